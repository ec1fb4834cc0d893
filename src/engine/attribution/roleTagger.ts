// Viterbi decoding of the role tagger around one cue, its token window, and the cue's key. The same
// code trains it (structured perceptron: the learner sees exactly what inference sees).

import type { ParagraphTokens } from './context';
import { hash, type Prefix } from './features';
import {
  ROLE_COUNT_KEYS,
  ROLE_COUNTS,
  roleCountFeatures,
  roleCountKey,
  ROLE_CUE,
  roleCueFeatures,
  roleCueKey,
  ROLE_DYNAMIC,
  roleSituation,
  ROLE_SPAN_KEYS,
  ROLE_SPANS,
  roleSpanFeatures,
  roleSpanKey,
  ROLE_STATIC,
  ROLE_TOKEN,
  roleTokenFeatures,
  ROLE_WORD,
  roleDynamic,
  roleFeatures,
  ROLE_TAGS,
  roleWordFeatures,
  type CueRef,
} from './roleFeatures';
import type { LinearScorer, Training } from './model';
import { ModelMemos, ScoreTable, storeScores, WordScoreCache } from './wordScores';

export const NO_TAG = 255;

/**
 * Role tags (indices into ROLE_TAGS) for tokens [wa, wb) around one cue; the cue's own tokens get
 * NO_TAG. `cueCount` is a running count of cue tokens in the paragraph.
 * Decoding is Viterbi over first-order tag transitions (previous-tag features); training uses the
 * same decoder and updates where the best path differs from the gold one (structured perceptron).
 */
export function tagRoles(
  p: ParagraphTokens,
  pre: Prefix,
  cueCount: Int32Array,
  cue: CueRef,
  wa: number,
  wb: number,
  model: LinearScorer,
  train?: Training,
): Uint8Array {
  const T = ROLE_TAGS.length;
  const len = wb - wa;
  const tags = new Uint8Array(len);
  // dyn[(k * P + prev) * T + tag]: score of the previous-tag features; P previous states.
  const P = T + 2; // O, S, C, START, CUE
  const { stat, dyn, feats, dfeats, scores, delta, back } = workspace(len, T, P);
  const featsOf: Uint32Array[] = train ? new Array(len) : [];
  let cueKey = -1; // roleCueKey of the scores in cueScores
  for (let k = 0; k < len; k++) {
    const i = wa + k;
    if (i >= cue.start && i < cue.end) continue;
    // Training scores the full feature vector it updates; inference takes the word-only part's
    // scores, and all previous-tag scores, from the per-word memo, and those of the feature groups
    // that read only small counts from their memos (the same sums, exactly: see wordScores.ts).
    let wo = -1;
    if (train) {
      roleFeatures(p, pre, cueCount, cue, i, feats);
      featsOf[k] = feats.slice();
      for (let t = 0; t < T; t++) scores[t] = 0;
      model.addScores(feats, scores);
    } else {
      wo = wordScores(model, pre, i, i < cue.start);
      for (let t = 0; t < T; t++) scores[t] = memoValues[wo + t];
      roleSituation(p, pre, cueCount, cue, i);
      addGroupScores(model, scores);
      const ck = roleCueKey();
      if (ck !== cueKey) {
        roleCueFeatures(p, pre, cue, cueFeatures, 0);
        storeScores(model, cueFeatures, wordScratch, cueScores, 0);
        cueKey = ck;
      }
      for (let t = 0; t < T; t++) scores[t] += cueScores[t];
      roleTokenFeatures(p, pre, cue, i, context, 0);
      model.addScores(context, scores);
    }
    for (let t = 0; t < T; t++) stat[k * T + t] = scores[t];
    // The START and CUE states only precede the window's first token and the token after the cue.
    const firstState = k === 0 || i === cue.end ? (k === 0 && i !== cue.end ? PREV_START_ROLE : PREV_CUE_ROLE) : -1;
    for (let q = 0; q < P; q++) {
      if (q >= T && q !== firstState) continue;
      if (q < T && firstState >= 0 && k > 0) continue;
      if (train) {
        roleDynamic(pre, i, i < cue.start, q, dfeats);
        for (let t = 0; t < T; t++) scores[t] = 0;
        model.addScores(dfeats, scores);
        for (let t = 0; t < T; t++) dyn[(k * P + q) * T + t] = scores[t];
      } else {
        for (let t = 0; t < T; t++) dyn[(k * P + q) * T + t] = memoValues[wo + T * (1 + q) + t];
      }
    }
  }
  // Viterbi. Cue tokens are fixed; the token after the cue has the CUE state as its previous.
  let prevK = -1; // last non-cue token index
  let afterCue = false;
  for (let k = 0; k < len; k++) {
    const i = wa + k;
    if (i >= cue.start && i < cue.end) {
      tags[k] = NO_TAG;
      afterCue = true;
      continue;
    }
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      if (prevK < 0 || afterCue) {
        const q = prevK < 0 && !afterCue ? PREV_START_ROLE : PREV_CUE_ROLE;
        const base = prevK < 0 ? 0 : maxOf(delta, prevK * T, T);
        best = base + dyn[(k * P + q) * T + t];
        arg = prevK < 0 ? -1 : argMaxOf(delta, prevK * T, T);
      } else {
        for (let q = 0; q < T; q++) {
          const v = delta[prevK * T + q] + dyn[(k * P + q) * T + t];
          if (v > best) {
            best = v;
            arg = q;
          }
        }
      }
      delta[k * T + t] = best + stat[k * T + t];
      back[k * T + t] = arg;
    }
    prevK = k;
    afterCue = false;
  }
  if (prevK >= 0) {
    let t = argMaxOf(delta, prevK * T, T);
    for (let k = prevK; k >= 0; k--) {
      if (tags[k] === NO_TAG) continue;
      tags[k] = t;
      const b = back[k * T + t];
      if (b < 0) break;
      t = b;
    }
  }
  if (train) {
    let gPrev = PREV_START_ROLE;
    let pPrev = PREV_START_ROLE;
    for (let k = 0; k < len; k++) {
      const i = wa + k;
      if (tags[k] === NO_TAG) {
        gPrev = pPrev = PREV_CUE_ROLE;
        continue;
      }
      const g = train.gold[k];
      const t = tags[k];
      if (g !== t) train.learner.update(featsOf[k], g, t);
      if (g !== t || gPrev !== pPrev) {
        roleDynamic(pre, i, i < cue.start, gPrev, dfeats);
        train.learner.add(dfeats, g, 1);
        roleDynamic(pre, i, i < cue.start, pPrev, dfeats);
        train.learner.add(dfeats, t, -1);
      }
      train.learner.tick();
      gPrev = g;
      pPrev = t;
    }
  }
  return tags;
}

/**
 * Scratch arrays of tagRoles, reused from cue to cue (a paragraph can hold thousands of cues). Every
 * entry that a call reads it has written first, so leftovers of an earlier call never leak in.
 */
interface Workspace {
  stat: Float64Array;
  dyn: Float64Array;
  delta: Float64Array;
  back: Int8Array;
  feats: Uint32Array;
  dfeats: Uint32Array;
  scores: Float64Array;
  capacity: number;
}

let shared: Workspace | null = null;

function workspace(len: number, T: number, P: number): Workspace {
  if (shared === null || shared.capacity < len || shared.scores.length !== T) {
    const capacity = Math.max(len, 2 * (shared?.capacity ?? 0), 256);
    shared = {
      stat: new Float64Array(capacity * T),
      dyn: new Float64Array(capacity * P * T),
      delta: new Float64Array(capacity * T),
      back: new Int8Array(capacity * T),
      feats: new Uint32Array(ROLE_STATIC),
      dfeats: new Uint32Array(ROLE_DYNAMIC),
      scores: new Float64Array(T),
      capacity,
    };
  }
  return shared;
}

const PREV_START_ROLE = 3;
const PREV_CUE_ROLE = 4;

function maxOf(a: Float64Array, o: number, n: number): number {
  let m = a[o];
  for (let i = 1; i < n; i++) if (a[o + i] > m) m = a[o + i];
  return m;
}

function argMaxOf(a: Float64Array, o: number, n: number): number {
  let m = 0;
  for (let i = 1; i < n; i++) if (a[o + i] > a[o + m]) m = i;
  return m;
}

/**
 * Token window of the role tagger: the cue's sentence, and the next one in the same paragraph when
 * the content can run on into it (runsOn). Contents reach into the following sentence far more often
 * than into the previous one, but almost only inside a quote: the next sentence for every cue cost
 * about 3 % of full analysis and gave train content F1 66.37 (now 66.62) and dev 59.27 (now 59.22).
 */
export function roleWindow(p: ParagraphTokens, cueStart: number, scale = 1): [number, number] {
  const s = p.sentence[cueStart];
  const cur = p.sentenceTokens.get(s);
  const next = p.sentenceTokens.get(s + 1);
  const a = cur ? cur[0] : cueStart;
  const b = next && cur && runsOn(p, cur[0], cur[1]) ? next[1] : cur ? cur[1] : cueStart + 1;
  // Bounded, so a giant unsplittable "sentence" with many cues stays linear overall.
  const before = Math.max(MIN_BEFORE, Math.floor(WINDOW_BEFORE * scale));
  const after = Math.max(MIN_AFTER, Math.floor(WINDOW_AFTER * scale));
  return [Math.max(a, cueStart - before), Math.min(b, cueStart + after)];
}

/**
 * Whether the content of a cue in the sentence of tokens [a, b) may go on past b: a quote still
 * open, a colon. Kept for the last sentence asked about: its cues come in a row, and a giant
 * sentence with thousands of them is scanned once, not once per cue.
 */
function runsOn(p: ParagraphTokens, a: number, b: number): boolean {
  const last = lastRun.get(p);
  if (last !== undefined && last.a === a && last.b === b) return last.value;
  let value = p.inQuote[b - 1] === 1 || p.tokens[b - 1].text === ':';
  for (let i = a; i < b && !value; i++) if (p.quoteDir[i] === 0 && p.tokens[i].kind === 'quote') value = true;
  lastRun.set(p, { a, b, value });
  return value;
}
// Weak: a paragraph's tokens hold slices of the draft, which must not outlive its analysis.
const lastRun = new WeakMap<ParagraphTokens, { a: number; b: number; value: boolean }>();

// Narrower windows cost dev accuracy (60 / 100: cue F1 62.6 -> 62.5, content 48.3 -> 48.2).
const WINDOW_BEFORE = 100;
const WINDOW_AFTER = 150;
const MIN_BEFORE = 15;
const MIN_AFTER = 25;

/**
 * Shrink factor for the role windows of a paragraph, so that all its cues together tag at most
 * about ROLE_BUDGET tokens per paragraph token (plus a constant): news prose (about one cue per
 * sentence) is never shrunk; a run of dense cue words ("He said: ..." thousands of times, binary
 * junk read as words) costs a few passes over the paragraph instead of 250 tokens per cue.
 */
export function roleWindowScale(p: ParagraphTokens, cueStarts: readonly number[]): number {
  let total = 0;
  for (const cs of cueStarts) {
    const [a, b] = roleWindow(p, cs);
    total += b - a;
  }
  const budget = ROLE_BUDGET * p.tokens.length + 2000;
  return total <= budget ? 1 : budget / total;
}

const ROLE_BUDGET = 4;

/** The cue's key for features: a hash of its first words, lower-cased and stemmed. */
export function cueKey(p: ParagraphTokens, start: number, end: number, stemmer: (w: string) => string): number {
  const parts: string[] = [];
  for (let i = start; i < end && parts.length < 4; i++) parts.push(stemmer(p.tokens[i].lower));
  return hash(parts.join(' '));
}

// Per-word memo of each model (inference): T scores of the word-only features, then T scores of the
// previous-tag features for each of the P previous states. Keyed on the word's id (which stands for
// every value of the word roleWordFeatures and roleDynamic read) and its side of the cue.
const T_ROLE = ROLE_TAGS.length;
const P_ROLE = T_ROLE + 2;
const MEMO_VALUES = T_ROLE * (1 + P_ROLE);
class RoleMemos {
  readonly words = new WordScoreCache(MEMO_VALUES);
  /** Scores of roleCountFeatures by roleCountKey, and of roleSpanFeatures by roleSpanKey. */
  readonly counts = new ScoreTable(ROLE_COUNT_KEYS, T_ROLE);
  readonly spans = new ScoreTable(ROLE_SPAN_KEYS, T_ROLE);
}
const memos = new ModelMemos(() => new RoleMemos());
let memoValues: Float64Array = new Float64Array(0);
const context = new Uint32Array(ROLE_TOKEN);
const counts = new Uint32Array(ROLE_COUNTS);
const spans = new Uint32Array(ROLE_SPANS);
const cueFeatures = new Uint32Array(ROLE_CUE);
// Scores of roleCueFeatures for the last roleCueKey of the current cue (tagRoles).
const cueScores = new Float64Array(T_ROLE);
const word = new Uint32Array(ROLE_WORD);
const wordDyn = new Uint32Array(ROLE_DYNAMIC);
const wordScratch = new Float64Array(T_ROLE);

/** Offset in memoValues of token i's per-word scores under `model`, computed on a miss. */
function wordScores(model: LinearScorer, pre: Prefix, i: number, left: boolean): number {
  const memo = memos.of(model).words;
  memoValues = memo.values;
  const hit = memo.lookup(2 * pre.wordId[i] + (left ? 1 : 0));
  if (hit >= 0) return hit;
  const o = ~hit;
  roleWordFeatures(pre, i, left, word, 0);
  storeScores(model, word, wordScratch, memoValues, o);
  for (let q = 0; q < P_ROLE; q++) {
    roleDynamic(pre, i, left, q, wordDyn);
    storeScores(model, wordDyn, wordScratch, memoValues, o + T_ROLE * (1 + q));
  }
  return o;
}


/** Adds the scores of the count and span feature groups of the token in `situation` (roleSituation). */
function addGroupScores(model: LinearScorer, scores: Float64Array): void {
  const memo = memos.of(model);
  let o = memo.counts.lookup(roleCountKey());
  if (o < 0) {
    o = ~o;
    roleCountFeatures(counts, 0);
    storeScores(model, counts, wordScratch, memo.counts.values, o);
  }
  const cv = memo.counts.values;
  for (let t = 0; t < T_ROLE; t++) scores[t] += cv[o + t];
  o = memo.spans.lookup(roleSpanKey());
  if (o < 0) {
    o = ~o;
    roleSpanFeatures(spans, 0);
    storeScores(model, spans, wordScratch, memo.spans.values, o);
  }
  const sv = memo.spans.values;
  for (let t = 0; t < T_ROLE; t++) scores[t] += sv[o + t];
}
