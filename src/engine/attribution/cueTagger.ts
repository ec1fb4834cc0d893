// Greedy left-to-right decoding of the cue tagger. The same code trains it: given gold tags and a
// learner, each mistake updates the weights (the perceptron sees exactly what inference sees).

import type { ParagraphTokens } from './context';
import { CUE_DYNAMIC, CUE_STATIC, cueDynamic, cueFeatures, CUE_TAGS } from './cueFeatures';
import type { Prefix } from './features';
import type { SparseLinear, Training } from './model';

/**
 * Push towards starting a cue at run time (see tagCues), chosen on the PolNeAR dev split; the role
 * stage of training sees the cues tagged with it, as at run time. Cue exact F1 on dev is flat over
 * a wide range (Viterbi, 10 epochs, lexicon features: 4 / 6 / 9 -> 69.3 before the role retrain;
 * with the shipped models 6 / 8 / 10 -> 69.8 / 69.7 / 69.8); from 7 up, action verbs with an
 * object ("The council approved the budget") and "The storm: ..." become cues (hard cases), so
 * the smaller push wins.
 */
export const CUE_BIAS = 6;

// Previous-tag value beyond the tag indices: sentence start.
const PREV_START = 9;

/**
 * Cue tags (indices into CUE_TAGS) for every token of the paragraph, sentence by sentence: the best
 * tag sequence of each sentence under first-order transitions (Viterbi), where I only continues a
 * cue and B only starts on a word or an introducing colon / dash. In training, the same decoder runs
 * and the weights move where the best path differs from the gold one (structured perceptron).
 * `bias` is added to the score of starting a cue: the perceptron is trained for accuracy, and a
 * small push towards recall raises F1 on the dev split (cues are rare and missing one costs a
 * whole attribution).
 */
export function tagCues(p: ParagraphTokens, pre: Prefix, model: SparseLinear, train?: Training, bias = 0): Uint8Array {
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
      cueFeatures(p, pre, i, a, b, feats);
      if (train) featsOf[k] = feats.slice();
      for (let t = 0; t < T; t++) scores[t] = 0;
      model.addScores(feats, scores);
      scores[1] += bias;
      const canStart = pre.cueStart[i] === 1;
      for (let t = 0; t < T; t++) {
        delta[k * T + t] = -Infinity;
        back[k * T + t] = -1;
      }
      for (let q = 0; q < (k === 0 ? 1 : T); q++) {
        const prevScore = k === 0 ? 0 : delta[(k - 1) * T + q];
        if (prevScore === -Infinity) continue;
        cueDynamic(pre, i, k === 0 ? PREV_START : q, dyn);
        for (let t = 0; t < T; t++) ds[t] = 0;
        model.addScores(dyn, ds);
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
      let gPrev = PREV_START;
      let pPrev = PREV_START;
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
