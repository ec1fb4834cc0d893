// Where a found cue starts and ends. The cue tagger labels tokens one by one and trimCue / extendCue
// (patterns.ts) then cut or stretch its run by fixed word lists; PolNeAR's cues take in what follows
// the verb ("described as", "warned against", "said in an interview") or what stands before it
// ("did not", "has been", "could not resist") in some constructions and not in others, so no list
// gets them right. This ranker scores candidate ends (the rules' end, up to END_BACK words short of
// it and END_AHEAD words past it) and candidate starts (START_BACK words before the rules' start,
// START_AHEAD after it) with features of the boundary words and what was added or dropped, and
// keeps the rules' choice unless another wins by a margin (folded into the model). Start and end
// are scored apart (their features do not mix), so the best pair is the best start with the best
// end: a few candidates per cue. Trained on held-out predictions of the taggers
// (scripts/train-cue-extents.ts), like contentEnd.ts.

import type { ParagraphTokens } from './context';
import { f2, f3, hash, mix, type Prefix } from './features';
import type { LinearScorer } from './model';
import { bestCandidate } from './rankCandidates';

/** One found cue [start, end) and the tokens it may grow into: [lo, hi) (not another cue). */
export interface CueExtentSite {
  p: ParagraphTokens;
  pre: Prefix;
  start: number;
  end: number;
  lo: number;
  hi: number;
}

const END_BACK = 5;
const END_AHEAD = 5;
const START_BACK = 3;
const START_AHEAD = 2;

/** A token a cue may take in: a word in the cue's sentence (a colon may close a cue: "said:"). */
function mayJoin(p: ParagraphTokens, i: number, sentence: number): boolean {
  const t = p.tokens[i];
  return p.sentence[i] === sentence && (t.kind === 'word' || t.text === ':');
}

/** Candidate ends, ascending, holding the rules' end. */
export function cueEndCandidates(site: CueExtentSite): number[] {
  const { p, start, end, hi } = site;
  const out: number[] = [];
  for (let e = Math.max(start + 1, end - END_BACK); e < end; e++) out.push(e);
  out.push(end);
  const sentence = p.sentence[end - 1];
  for (let e = end + 1; e <= Math.min(hi, end + END_AHEAD); e++) {
    if (!mayJoin(p, e - 1, sentence)) break;
    out.push(e);
    if (p.tokens[e - 1].text === ':') break;
  }
  return out;
}

/** Candidate starts, ascending, holding the rules' start. */
export function cueStartCandidates(site: CueExtentSite): number[] {
  const { p, start, end, lo } = site;
  const sentence = p.sentence[start];
  let first = start;
  while (first > Math.max(lo, start - START_BACK) && p.tokens[first - 1].kind === 'word' && p.sentence[first - 1] === sentence) first--;
  const out: number[] = [];
  for (let s = first; s <= start; s++) out.push(s);
  for (let s = start + 1; s < Math.min(end, start + 1 + START_AHEAD) && p.tokens[s].kind === 'word'; s++) out.push(s);
  return out;
}

export const CUE_END_FEATURES = 9;
export const CUE_START_FEATURES = 9;

const H_NONE = hash('<none>');

/** The cue's stemmed words (up to four) as one hash, from the per-token stems: no strings per cue. */
export function cueStemKey(site: CueExtentSite): number {
  let h = H_NONE;
  for (let i = site.start; i < site.end && i < site.start + 4; i++) h = mix(h, site.pre.stem[i]);
  return h;
}

/** The lower-case word at i for features (not its shape: "said Friday" is not "said Trump"); none past the paragraph. */
function wordAt(site: CueExtentSite, i: number): number {
  return i < 0 || i >= site.p.tokens.length ? H_NONE : site.pre.word[i];
}

function posAt(site: CueExtentSite, i: number): number {
  return i < 0 || i >= site.p.tokens.length ? H_NONE : site.pre.pos[i];
}

/** The words between two boundaries, as one hash: what a candidate adds to or cuts from the cue. */
function between(site: CueExtentSite, a: number, b: number): number {
  let h = H_NONE;
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) h = mix(h, site.pre.word[i]);
  return h;
}

function clip(rank: number): number {
  return (rank < -3 ? -3 : rank > 3 ? 3 : rank) + 8;
}

/** Features of ending the site's cue at candidate `e`, `rank` places from the rules' end. */
export function cueEndFeatures(site: CueExtentSite, e: number, rank: number, out: Uint32Array, cueKey: number): void {
  const { end } = site;
  const r = clip(rank);
  const last = wordAt(site, e - 1);
  const next = wordAt(site, e);
  const moved = between(site, e, end);
  let k = 0;
  out[k++] = f2(1, r);
  out[k++] = f3(3, next, r);
  out[k++] = f3(4, last, next);
  out[k++] = f3(5, cueKey, r);
  out[k++] = f3(6, posAt(site, e - 1), posAt(site, e));
  out[k++] = f3(7, cueKey, last);
  out[k++] = f3(8, moved, r);
  out[k++] = f3(9, posAt(site, e - 1), r);
  out[k++] = f3(13, last, moved);
}

/** Features of starting the site's cue at candidate `s`, `rank` places from the rules' start. */
export function cueStartFeatures(site: CueExtentSite, s: number, rank: number, out: Uint32Array, cueKey: number): void {
  const { start } = site;
  const r = clip(rank);
  const first = wordAt(site, s);
  const before = wordAt(site, s - 1);
  let k = 0;
  out[k++] = f2(21, r);
  out[k++] = f3(22, first, r);
  out[k++] = f3(23, before, r);
  out[k++] = f3(24, before, first);
  out[k++] = f3(25, cueKey, r);
  out[k++] = f3(26, posAt(site, s - 1), posAt(site, s));
  out[k++] = f3(27, between(site, s, start), r);
  out[k++] = f3(28, posAt(site, s), r);
  out[k++] = f3(29, cueKey, first);
}

const endScratch = new Uint32Array(CUE_END_FEATURES);
const startScratch = new Uint32Array(CUE_START_FEATURES);

/** The best-scoring extent of the site's cue under `model`; ties keep the rules' start and end. */
export function rankCueExtent(site: CueExtentSite, model: LinearScorer): [number, number] {
  const ends = cueEndCandidates(site);
  const starts = cueStartCandidates(site);
  const key = cueStemKey(site);
  const e = ends.length < 2 ? site.end : bestCandidate(ends, site.end, (c, rank, out) => cueEndFeatures(site, c, rank, out, key), model, endScratch);
  const s = starts.length < 2 ? site.start : bestCandidate(starts, site.start, (c, rank, out) => cueStartFeatures(site, c, rank, out, key), model, startScratch);
  return s < e ? [s, e] : [site.start, site.end];
}
