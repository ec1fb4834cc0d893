// Greedy left-to-right decoding of the cue tagger. The same code trains it: given gold tags and a
// learner, each mistake updates the weights (the perceptron sees exactly what inference sees).

import type { ParagraphTokens } from './context';
import { CUE_DYNAMIC, CUE_STATIC, cueDynamic, cueFeatures, CUE_TAGS } from './cueFeatures';
import type { Prefix } from './features';
import type { SparseLinear, Training } from './model';

// Previous-tag value beyond the tag indices: sentence start.
const PREV_START = 9;

/** Cues start on a word, or on the colon / dash that introduces a quote ("Trump tweeted:", "― Name"). */
function canStartCue(p: ParagraphTokens, i: number): boolean {
  const t = p.tokens[i];
  return t.kind === 'word' || t.text === ':' || t.text === '\u2015' || t.text === '\u2014';
}

/**
 * Cue tags (indices into CUE_TAGS) for every token of the paragraph, sentence by sentence.
 * `bias` is added to the score of starting a cue: the perceptron is trained for accuracy, and a
 * small push towards recall raises F1 on the dev split (cues are rare and missing one costs a
 * whole attribution).
 */
export function tagCues(p: ParagraphTokens, pre: Prefix, model: SparseLinear, train?: Training, bias = 0): Uint8Array {
  const n = p.tokens.length;
  const tags = new Uint8Array(n);
  const feats = new Uint32Array(CUE_STATIC);
  const dyn = new Uint32Array(CUE_DYNAMIC);
  const scores = new Float64Array(CUE_TAGS.length);
  for (const [a, b] of p.sentenceTokens.values()) {
    let prev = 0;
    for (let i = a; i < b; i++) {
      cueFeatures(p, pre, i, a, b, feats);
      cueDynamic(pre, i, i === a ? PREV_START : prev, dyn);
      scores.fill(0);
      model.addScores(feats, scores);
      model.addScores(dyn, scores);
      scores[1] += bias;
      let best = 0;
      for (let t = 1; t < CUE_TAGS.length; t++) {
        if (t === 2 && prev === 0) continue; // I only continues a cue
        if (t === 1 && !canStartCue(p, i)) continue;
        if (scores[t] > scores[best]) best = t;
      }
      if (train) {
        const g = train.gold[i];
        if (g !== best) {
          train.learner.update(feats, g, best);
          train.learner.update(dyn, g, best);
        }
        train.learner.tick();
      }
      tags[i] = best;
      prev = best;
    }
  }
  return tags;
}
