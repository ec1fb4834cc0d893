// Where a draft cites its source the way online copy does, instead of naming it in words: a link
// ("Unemployment fell to 3.9% [last month](https://...)"), a reference link ("[last month][1]"), a
// footnote ("... operating costs.[^1]") or a bare web address. A copy desk takes a link or a footnote
// as sourcing, so a claim that carries one is not flagged as unsourced. (What the link says is for
// the editor to check; the hover of a sourced claim still shows the reference facts it matches.)

import type { Segmentation } from './types';
import { firstSkipAfter } from './skipped';

const CITING = new Set(['link-target', 'footnote-ref']);
const BARE_URL_RE = /\b(?:https?:\/\/|www\.)[^\s)\]>"]+/gi;

/** Whether text[start, end) cites a source: a link or footnote mark (not an image), or a bare web address. */
export function citesSource(text: string, seg: Segmentation, start: number, end: number): boolean {
  const k = seg.skipped;
  // A footnote mark after the final stop ("costs.[^1]", "costs. [^1]") still belongs to the sentence.
  for (let i = firstSkipAfter(seg, start); i < k.length && k[i].start <= end + 1; i++) {
    if (k[i].start >= end && k[i].reason !== 'footnote-ref') continue;
    if (k[i].reason === 'footnote-ref' || (k[i].reason === 'link-target' && linkCites(text, k[i].start))) return true;
  }
  // A web address written out; not one inside a link's target, which the link decided on above.
  const slice = text.slice(start, end);
  BARE_URL_RE.lastIndex = 0;
  for (let m = BARE_URL_RE.exec(slice); m !== null; m = BARE_URL_RE.exec(slice)) {
    const j = firstSkipAfter(seg, start + m.index);
    if (!(k[j] && k[j].start <= start + m.index)) return true;
  }
  return false;
}

/**
 * Whether the link whose target starts at `at` cites: not an image ("![alt](src)"), not a jump
 * within the draft ("(#chart)"), and not a name alone ("[Mayor Ida Brandt](...) resigned": a link to
 * who it names) unless it stands in parentheses ("([BLS](...))"). An autolink always cites.
 */
function linkCites(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 60 /* < */) return true;
  if (text.charCodeAt(at + 1) === 35 /* # */ && text.charCodeAt(at) === 40) return false;
  if (text.charCodeAt(at - 1) !== 93 /* ] */) return true;
  let o = at - 2;
  while (o >= 0 && at - o < 1000 && text.charCodeAt(o) !== 91 && text.charCodeAt(o) !== 10) o--;
  if (o < 0 || text.charCodeAt(o) !== 91) return true;
  const before = o > 0 ? text.charCodeAt(o - 1) : 32;
  if (before === 33 /* ! */) return false;
  return before === 40 /* ( */ || !isNameOnly(text.slice(o + 1, at - 1));
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', '&']);
const UPPER_START_RE = /^\p{Lu}/u;

/** Capitalised words (and connectors) only: a name ("Mayor Ida Brandt", "Bank of England"). */
function isNameOnly(anchor: string): boolean {
  const words = anchor.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => UPPER_START_RE.test(w) || CONNECTORS.has(w));
}

/** Whether position `pos` lies in a citation mark or a link's destination ("[^1]", "[1]" of "[text][1]"). */
export function inCitationMark(seg: Segmentation, pos: number): boolean {
  const i = firstSkipAfter(seg, pos);
  const k = seg.skipped[i];
  return k !== undefined && k.start <= pos && CITING.has(k.reason);
}
