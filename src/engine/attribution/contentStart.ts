// Where a right-hand content starts. Between the cue and what was said there is often a hearer or a
// setting that is not part of it ("told reporters | that ...", "urged Congress | to ...", "said on
// its website | that ..."), but as often it belongs to the content ("urged voters to ..." keeps the
// voters in some articles, "encouraged Americans to" in others), so no rule cuts there. This ranker
// scores each candidate start near the cue (the rules' start, the token after the cue, and before
// "that", "to", a question word, a subject pronoun, an opening quote, or after a comma) with
// features of what it would skip, trained like the content-end ranker (contentEnd.ts) on held-out
// predictions (scripts/train-content-ends.ts --kind start).

import { f2, f3, hash, type Prefix } from './features';
import type { LinearScorer } from './model';
import type { ContentEndSite } from './contentEnd';
import { bestCandidate } from './rankCandidates';

// Words that open what was said after a hearer or setting.
const OPENERS = new Set([
  'that', 'to', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there',
]);

/** How far past the cue a content may start (a hearer or setting is short). */
const START_WINDOW = 12;

/**
 * Candidate starts of the fragment [start, end), ascending, always holding `start`: the token after
 * the cue, and up to START_WINDOW tokens on, before an opener word or an opening quote, or after a
 * comma or colon.
 */
export function contentStartCandidates(site: ContentEndSite): number[] {
  const { p, cueEnd, start, end } = site;
  const t = p.tokens;
  const hi = Math.min(end - 1, Math.max(start, cueEnd + START_WINDOW));
  const out: number[] = [];
  for (let s = cueEnd; s <= hi; s++) {
    if (s === start || s === cueEnd) out.push(s);
    else if (OPENERS.has(t[s].lower) || (t[s].kind === 'quote' && p.quoteDir[s] === 1)) out.push(s);
    else if (t[s - 1].kind === 'punct' && (t[s - 1].text === ',' || t[s - 1].text === ':')) out.push(s);
  }
  return out;
}

export const START_FEATURES = 13;

function bucket(n: number): number {
  return n <= 3 ? n : n <= 6 ? 4 : n <= 12 ? 5 : 6;
}

/** The word at i for features: its lower-case form, or its shape when capitalised (names). */
function wordAt(site: ContentEndSite, pre: Prefix, i: number): number {
  const t = site.p.tokens[i];
  return t.kind === 'word' && t.text !== t.lower ? pre.shape[i] : pre.word[i];
}

const H_CUE = hash('<cue>');

/**
 * Features of starting the site's fragment at candidate `s`, written to out[0..START_FEATURES).
 * `rank` is s's place among the candidates counted from the rules' start.
 */
export function contentStartFeatures(site: ContentEndSite, s: number, rank: number, out: Uint32Array): void {
  const { p, pre, cueEnd, cueKey } = site;
  const t = p.tokens;
  const rel = (rank < -2 ? -3 : rank > 2 ? 3 : rank) + 8;
  const w = wordAt(site, pre, s);
  const before = s > cueEnd ? wordAt(site, pre, s - 1) : H_CUE;
  let commas = 0;
  let names = 0;
  for (let i = cueEnd; i < s; i++) {
    if (t[i].text === ',') commas++;
    if (t[i].kind === 'word' && t[i].text !== t[i].lower) names = 1;
  }
  const skip = bucket(s - cueEnd);
  let k = 0;
  out[k++] = f2(1, rel);
  out[k++] = f3(2, w, rel);
  out[k++] = f2(3, w);
  out[k++] = f3(4, before, w);
  out[k++] = f3(5, cueKey, w);
  out[k++] = f3(6, skip, w);
  out[k++] = f3(7, pre.pos[s], rel);
  out[k++] = f3(8, Math.min(commas, 2), w);
  out[k++] = f3(9, cueKey, rel);
  out[k++] = f3(10, pre.pos[cueEnd], w);
  out[k++] = f3(11, pre.word[cueEnd - 1], w);
  out[k++] = f3(12, names, w);
  out[k++] = f3(13, skip, rel);
}

const scratch = new Uint32Array(START_FEATURES);

/** The best-scoring candidate start of the site under `model`; ties keep the rules' start. */
export function rankContentStart(site: ContentEndSite, model: LinearScorer): number {
  const candidates = contentStartCandidates(site);
  if (candidates.length < 2) return site.start;
  return bestCandidate(candidates, site.start, (s, rank, out) => contentStartFeatures(site, s, rank, out), model, scratch);
}
