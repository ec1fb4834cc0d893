// Ages and durations: figures that need no source ("a 34-year-old man", "lasted four minutes", "six
// years in prison"), so they are no statistics and never take part in fact matching, but that a
// draft can still get wrong against the article it was written from. A copy desk checks them too.

import { findNumbers, sameFigure } from '../numbers';
import type { FactMatch, NumberMention } from '../types';
import { filterList } from '../lists';
import { contentTerms } from '../text';
import { figureClause } from './figureClause';

/** A figure of a claim with what it measures: 'age', or 'duration:<unit>' ("duration:minute"). */
export interface Detail {
  n: NumberMention;
  key: string;
  /** The figure with its unit as written ("six minutes", "36-year-old"), for messages. */
  shown: string;
}

const UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * Whether a sentence may hold an age or a duration (cheap, before any figure is read): a unit word,
 * "aged", "-year-old", or a number between commas.
 */
export function mayHoldDetail(sentence: string): boolean {
  return DETAIL_HINT.test(sentence);
}
const DETAIL_HINT = /\b(?:second|minute|hour|day|week|month|year)s?\b|\baged?\b|-year-old|,\s?\d{1,3},/i;

/** The ages and durations in text[start, end), with offsets into `text`. */
export function detailsOf(text: string, start: number, end: number): Detail[] {
  const out: Detail[] = [];
  for (const n of findNumbers(text, start, end)) {
    if (n.isStatistic || !Number.isFinite(n.value) || n.value <= 0) continue;
    const d = detailOf(text, n);
    if (d) out.push(d);
  }
  return out;
}

const RANGE_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\b)\s*(?:to|and|or|-|\u2013|\/)\s*$/i;

function detailOf(text: string, n: NumberMention): Detail | null {
  // One end of a range ("two to 10 days", "ages 18-34") is no figure to compare on its own.
  const before = text.slice(Math.max(0, n.start - 16), n.start);
  if (RANGE_BEFORE.test(before)) return null;
  if (/^\d+-year-old$/i.test(n.text) || /\byears?[- ]old$/i.test(n.text)) return { n, key: 'age', shown: n.text };
  const after = text.slice(n.end, n.end + 16);
  if (/^\d{1,3}$/.test(n.text) && ((/\baged?\s+$/i.test(before) && !/^\s*(?:to|-|\u2013|and)\s*\d/.test(after)) || (/,\s?$/.test(before) && /^\s?,/.test(after)))) {
    return { n, key: 'age', shown: n.text };
  }
  // "four minutes", "12-minute", "six years": the unit right after the figure.
  const unit = /^(?:-|\s+)(\p{L}+)/u.exec(n.text.includes('-') ? n.text.slice(n.text.lastIndexOf('-')) : after);
  if (!unit) return null;
  const word = unit[1].toLowerCase();
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  if (!UNITS.has(singular)) return null;
  if (/^\s+\p{L}+\s+(?:old|ago)\b/u.test(after)) return null; // an age or a date, said another way
  const shown = n.text.includes('-') ? n.text : `${n.text} ${unit[1]}`;
  return { n, key: `duration:${singular}`, shown };
}

/** A reference figure that contradicts one detail of a claim, and the match that gives it. */
export interface DetailConflict {
  match: FactMatch;
  reference: Detail;
}

/**
 * The details that are the only one of their kind among `details`: "aged 34 and 36"
 * cannot say which is whose. Counted once per claim, so a sentence of thousands stays linear.
 */
export function loneDetails(details: readonly Detail[]): Detail[] {
  const count = new Map<string, number>();
  for (const d of details) count.set(d.key, (count.get(d.key) ?? 0) + 1);
  return filterList(details, (d) => count.get(d.key) === 1);
}

/**
 * The first of `matches` (best first) whose statement gives another figure for detail `d` of a
 * claim in `text` (one of loneDetails), when none confirms it. The statement must hold exactly one
 * figure of that kind too, and the words around the two figures must share one
 * (neighbourTerms): "lasted less than six minutes" against "lasted less than four minutes", not
 * "reached the store within six minutes", nor "ignore facts for two hours" against "I testified for
 * 11 hours" (two statements about one hearing). `isStrong` says which matches are close enough.
 */
export function contradictingDetail(
  text: string,
  clause: { start: number; end: number },
  d: Detail,
  matches: readonly FactMatch[],
  isStrong: (m: FactMatch) => boolean,
): DetailConflict | undefined {
  let around: Set<string> | null = null;
  let conflict: DetailConflict | undefined;
  for (const m of matches) {
    if (m.fact.path === null || m.fact.vague || !isStrong(m)) continue;
    const same = filterList(factDetails(m), (r) => r.key === d.key);
    if (same.length !== 1) continue;
    const r = same[0];
    if (sameFigure(d.n, r.n)) return undefined;
    if (conflict || !comparable(d.n.value, r.n.value)) continue;
    around ??= new Set(neighbourTerms(text, clause.start, clause.end, d));
    const t = m.fact.text;
    const refClause = figureClause(t, 0, t.length, r.n);
    if (neighbourTerms(t, refClause.start, refClause.end, r).some((w) => around!.has(w))) conflict = { match: m, reference: r };
  }
  return conflict;
}

/** Within a tenfold of each other: "six" against "eight" years, not "two" hours against "90". */
function comparable(a: number, b: number): boolean {
  return Math.max(a, b) <= 10 * Math.min(a, b);
}

// A fact's details (offsets into fact.text), worked out once per fact object (facts of a reference set are cached with it).
const factDetailCache = new WeakMap<object, Detail[]>();

function factDetails(m: FactMatch): Detail[] {
  let ds = factDetailCache.get(m.fact);
  if (ds === undefined) {
    const t = m.fact.text;
    ds = mayHoldDetail(t) ? detailsOf(t, 0, t.length) : [];
    factDetailCache.set(m.fact, ds);
  }
  return ds;
}

/**
 * The common words around detail `d` within text[from, to) (its clause): up to four words before the
 * figure and three after it, without names, the figure and its unit, and words of degree.
 */
export function neighbourTerms(text: string, from: number, to: number, d: Detail): string[] {
  // Four words lie well within 200 characters; a giant clause is not split whole.
  const before = lowerWords(text.slice(Math.max(from, d.n.start - 200), d.n.start)).slice(-4);
  const after = lowerWords(text.slice(d.n.end, Math.min(to, d.n.end + 200))).slice(0, 3);
  const own = new Set(contentTerms(d.shown));
  return filterList(contentTerms([...before, ...after].join(' ')), (t) => !own.has(t) && !DEGREE.has(t) && !UNIT_TERMS.has(t));
}

/** The words of `s` that open with a lower-case letter (names and sentence openings go). */
function lowerWords(s: string): string[] {
  return filterList(s.split(/[^\p{L}\p{N}'\u2019-]+/u), (w) => /^\p{Ll}/u.test(w));
}

const DEGREE = new Set(contentTerms('within about almost nearly roughly around least less more than some over under just only after before'));
const UNIT_TERMS = new Set(contentTerms([...UNITS].map((u) => `${u} ${u}s`).join(' ')));

/** Figure `n` of a fact's details with offsets into the fact's article, as its statistics have. */
export function inArticle(fact: FactMatch['fact'], n: NumberMention): NumberMention {
  const base = fact.textStart ?? 0;
  return { ...n, start: n.start + base, end: n.end + base };
}
