// Viterbi decoding of the cue tagger, sentence by sentence. The same code trains it: given gold tags and a
// learner, each mistake updates the weights (the perceptron sees exactly what inference sees).

import type { ParagraphTokens } from './context';
import {
  CUE_DYNAMIC,
  cueDynamic,
  cueFeatures,
  CUE_LEX,
  cueLexFeatures,
  CUE_PLACE_KEYS,
  CUE_PLACES,
  cuePlaceFeatures,
  cuePlaceKey,
  CUE_POS,
  CUE_PREV_START,
  cuePosFeatures,
  CUE_STATIC,
  CUE_TAGS,
  CUE_TOKEN,
  cueTokenFeatures,
  CUE_WORD,
  cueWordFeatures,
} from './cueFeatures';
import { POS_COUNT, POS_END, POS_START, posHash, type Prefix } from './features';
import type { LinearScorer, Training } from './model';
import { ModelMemos, ScoreTable, storeScores, WordScoreCache } from './wordScores';

/**
 * Push towards starting a cue at run time (see tagCues), chosen on the PolNeAR dev split; the role
 * stage of training sees the cues tagged with it, as at run time. Cue exact F1 on dev is flat over
 * a wide range (Viterbi, 10 epochs, lexicon features: 4 / 6 / 9 -> 69.3 before the role retrain;
 * with the shipped models 6 / 8 / 10 -> 69.8 / 69.7 / 69.8); from 7 up, action verbs with an
 * object ("The council approved the budget") and "The storm: ..." become cues (hard cases), so
 * the smaller push wins.
 */
export const CUE_BIAS = 6;


/**
 * Cue tags (indices into CUE_TAGS) for every token of the paragraph, sentence by sentence: the best
 * tag sequence of each sentence under first-order transitions (Viterbi), where I only continues a
 * cue and B only starts on a word or an introducing colon / dash. In training, the same decoder runs
 * and the weights move where the best path differs from the gold one (structured perceptron).
 * `bias` is added to the score of starting a cue: the perceptron is trained for accuracy, and a
 * small push towards recall raises F1 on the dev split (cues are rare and missing one costs a
 * whole attribution).
 */
export function tagCues(p: ParagraphTokens, pre: Prefix, model: LinearScorer, train?: Training, bias = 0): Uint8Array {
  const n = p.tokens.length;
  const tags = new Uint8Array(n);
  for (const [a, b] of p.sentenceTokens.values()) {
    const len = b - a;
    if (len <= 0) continue;
    // delta[k * T + t]: best score of a path ending in tag t at token a + k; back: its previous tag.
    // Both are set for every k below before they are read, so they are reused across calls.
    if (delta.length < len * T) {
      delta = new Float64Array(Math.max(len, 2 * delta.length / T) * T);
      back = new Int8Array(delta.length);
    }
    const featsOf: Uint32Array[] = train ? new Array(len) : [];
    for (let k = 0; k < len; k++) {
      const i = a + k;
      // Training scores the full feature vector it updates; inference takes the word-only part's
      // scores from the per-word memo, and those of the word-class and place features from their
      // memos (the same sums, exactly: see wordScores.ts).
      let wo = -1;
      if (train) {
        cueFeatures(p, pre, i, a, b, feats);
        featsOf[k] = feats.slice();
        for (let t = 0; t < T; t++) scores[t] = 0;
        model.addScores(feats, scores);
      } else {
        wo = wordScores(model, pre, i);
        for (let t = 0; t < T; t++) scores[t] = memoValues[wo + t];
        addGroupScores(model, p, pre, i, a, b);
        cueTokenFeatures(p, pre, i, a, b, context, 0);
        model.addScores(context, scores);
      }
      scores[1] += bias;
      const canStart = pre.cueStart[i] === 1;
      for (let t = 0; t < T; t++) {
        delta[k * T + t] = -Infinity;
        back[k * T + t] = -1;
      }
      for (let q = 0; q < (k === 0 ? 1 : T); q++) {
        const prevScore = k === 0 ? 0 : delta[(k - 1) * T + q];
        if (prevScore === -Infinity) continue;
        if (train) {
          cueDynamic(pre, i, k === 0 ? CUE_PREV_START : q, dyn);
          for (let t = 0; t < T; t++) ds[t] = 0;
          model.addScores(dyn, ds);
        } else {
          const o = wo + T * (1 + (k === 0 ? START_ROW : q));
          for (let t = 0; t < T; t++) ds[t] = memoValues[o + t];
        }
        for (let t = 0; t < T; t++) {
          if (t === 2 && (k === 0 || q === 0)) continue; // I only continues a cue
          if (t === 1 && !canStart) continue;
          const v = prevScore + ds[t] + scores[t];
          if (v > delta[k * T + t]) {
            delta[k * T + t] = v;
            back[k * T + t] = k === 0 ? -1 : q;
          }
        }
      }
    }
    let t = argMax(delta, (len - 1) * T);
    for (let k = len - 1; k >= 0; k--) {
      tags[a + k] = t;
      if (k > 0) t = back[k * T + t];
    }
    if (train) {
      let gPrev = CUE_PREV_START;
      let pPrev = CUE_PREV_START;
      for (let k = 0; k < len; k++) {
        const i = a + k;
        const g = train.gold[i];
        const pt = tags[i];
        if (g !== pt) train.learner.update(featsOf[k], g, pt);
        if (g !== pt || gPrev !== pPrev) {
          cueDynamic(pre, i, gPrev, dyn);
          train.learner.add(dyn, g, 1);
          cueDynamic(pre, i, pPrev, dyn);
          train.learner.add(dyn, pt, -1);
        }
        train.learner.tick();
        gPrev = g;
        pPrev = pt;
      }
    }
  }
  return tags;
}

const T = CUE_TAGS.length;

// Scratch arrays of tagCues, shared by all calls (a fresh set per paragraph cost more than the
// scoring of short paragraphs).
const feats = new Uint32Array(CUE_STATIC);
const context = new Uint32Array(CUE_TOKEN);
const posFeatures = new Uint32Array(CUE_POS);
const lexFeatures = new Uint32Array(CUE_LEX);
const places = new Uint32Array(CUE_PLACES);
const word = new Uint32Array(CUE_WORD);
const dyn = new Uint32Array(CUE_DYNAMIC);
const scores = new Float64Array(T);
const ds = new Float64Array(T);
let delta = new Float64Array(64 * T);
let back = new Int8Array(64 * T);

function argMax(a: Float64Array, o: number): number {
  let m = 0;
  for (let t = 1; t < T; t++) if (a[o + t] > a[o + m]) m = t;
  return m;
}

// Per-word memo of each model (inference): T scores of the word-only features, then T scores of the
// previous-tag features for each previous state (tags 0..T-1, then sentence start at START_ROW).
// Keyed on the word's id, which stands for every value cueWordFeatures and cueDynamic read.
const START_ROW = T;
const MEMO_VALUES = T * (1 + T + 1);
class CueMemos {
  readonly words = new WordScoreCache(MEMO_VALUES);
  /**
   * Scores of cuePosFeatures by the three word classes, of cueLexFeatures by the three flags and
   * the next class, and of cuePlaceFeatures by cuePlaceKey.
   */
  readonly pos = new ScoreTable(POS_COUNT * POS_COUNT * POS_COUNT, T);
  readonly lex = new ScoreTable(3 * 2 * 3 * POS_COUNT, T);
  readonly places = new ScoreTable(CUE_PLACE_KEYS, T);
}
const memos = new ModelMemos(() => new CueMemos());
let memoValues: Float64Array = new Float64Array(0);

/** Offset in memoValues of token i's per-word scores under `model`, computed on a miss. */
function wordScores(model: LinearScorer, pre: Prefix, i: number): number {
  const memo = memos.of(model).words;
  memoValues = memo.values;
  const hit = memo.lookup(pre.wordId[i]);
  if (hit >= 0) return hit;
  const o = ~hit;
  cueWordFeatures(pre, i, word, 0);
  storeScores(model, word, scores, memoValues, o);
  for (let row = 0; row <= START_ROW; row++) {
    cueDynamic(pre, i, row === START_ROW ? CUE_PREV_START : row, dyn);
    storeScores(model, dyn, scores, memoValues, o + T * (1 + row));
  }
  return o;
}


/** Adds to `scores` those of the word-class, lexicon and place feature groups of token i (sentence [a, b)). */
function addGroupScores(model: LinearScorer, p: ParagraphTokens, pre: Prefix, i: number, a: number, b: number): void {
  const memo = memos.of(model);
  const before = i - 1 >= a ? pre.posClass[i - 1] : POS_START;
  const cls = pre.posClass[i];
  const after = i + 1 < b ? pre.posClass[i + 1] : POS_END;
  let o = memo.pos.lookup((before * POS_COUNT + cls) * POS_COUNT + after);
  if (o < 0) {
    o = ~o;
    cuePosFeatures(posHash(before), posHash(cls), posHash(after), posFeatures, 0);
    storeScores(model, posFeatures, ds, memo.pos.values, o);
  }
  addAt(memo.pos.values, o);
  const lexBefore = i - 1 >= a ? pre.lex[i - 1] : 2;
  const lex = pre.lex[i];
  const lexAfter = i + 1 < b ? pre.lex[i + 1] : 2;
  o = memo.lex.lookup(((lexBefore * 2 + lex) * 3 + lexAfter) * POS_COUNT + after);
  if (o < 0) {
    o = ~o;
    cueLexFeatures(lexBefore, lex, lexAfter, posHash(after), lexFeatures, 0);
    storeScores(model, lexFeatures, ds, memo.lex.values, o);
  }
  addAt(memo.lex.values, o);
  const place = cuePlaceKey(p, pre, i, a, b);
  o = memo.places.lookup(place);
  if (o < 0) {
    o = ~o;
    cuePlaceFeatures(place, places, 0);
    storeScores(model, places, ds, memo.places.values, o);
  }
  addAt(memo.places.values, o);
}

function addAt(values: Float64Array, o: number): void {
  for (let t = 0; t < T; t++) scores[t] += values[o + t];
}
