// Greedy left-to-right decoding of the two taggers. The same code trains them: given gold tags and
// a learner, each mistake updates the weights (the perceptron sees exactly what inference sees).

import type { ParagraphTokens } from './context';
import { cueDynamic, cueFeatures, roleDynamic, roleFeatures, CUE_TAGS, ROLE_TAGS, type CueRef, type Prefix } from './features';
import type { AveragedPerceptron, HashedLinear } from './model';

export interface Training {
  gold: Uint8Array;
  learner: AveragedPerceptron;
}

const NO_TAG = 255;

/** Cue tags (indices into CUE_TAGS) for every token of the paragraph, sentence by sentence. */
export function tagCues(p: ParagraphTokens, pre: Prefix, model: HashedLinear, train?: Training): Uint8Array {
  const n = p.tokens.length;
  const tags = new Uint8Array(n);
  const feats: string[] = [];
  const dyn: string[] = [];
  const scores = new Float64Array(CUE_TAGS.length);
  for (const [a, b] of p.sentenceTokens.values()) {
    let prev = 0;
    for (let i = a; i < b; i++) {
      cueFeatures(p, pre, i, a, b, feats);
      cueDynamic(p, i, i === a ? '<s>' : CUE_TAGS[prev], dyn);
      scores.fill(0);
      model.addScores(feats, scores);
      model.addScores(dyn, scores);
      let best = 0;
      for (let t = 1; t < CUE_TAGS.length; t++) {
        if (t === 2 && prev === 0) continue; // I only continues a cue
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

/**
 * Role tags (indices into ROLE_TAGS) for tokens [wa, wb) around one cue; the cue's own tokens get
 * NO_TAG. `cueCount` is a running count of cue tokens in the paragraph.
 */
export function tagRoles(
  p: ParagraphTokens,
  pre: Prefix,
  cueCount: Int32Array,
  cue: CueRef,
  wa: number,
  wb: number,
  model: HashedLinear,
  train?: Training,
): Uint8Array {
  const tags = new Uint8Array(wb - wa);
  const feats: string[] = [];
  const dyn: string[] = [];
  const scores = new Float64Array(ROLE_TAGS.length);
  let prev = '<s>';
  for (let i = wa; i < wb; i++) {
    if (i >= cue.start && i < cue.end) {
      tags[i - wa] = NO_TAG;
      prev = 'CUE';
      continue;
    }
    const left = i < cue.start;
    roleFeatures(p, pre, cueCount, cue, i, feats);
    roleDynamic(p, i, left, prev, dyn);
    scores.fill(0);
    model.addScores(feats, scores);
    model.addScores(dyn, scores);
    let best = 0;
    for (let t = 1; t < ROLE_TAGS.length; t++) if (scores[t] > scores[best]) best = t;
    if (train) {
      const g = train.gold[i - wa];
      if (g !== best) {
        train.learner.update(feats, g, best);
        train.learner.update(dyn, g, best);
      }
      train.learner.tick();
    }
    tags[i - wa] = best;
    prev = ROLE_TAGS[best];
  }
  return tags;
}

/** Token window of the role tagger: the cue's sentence and its neighbours in the same paragraph. */
export function roleWindow(p: ParagraphTokens, cueStart: number): [number, number] {
  const s = p.sentence[cueStart];
  const cur = p.sentenceTokens.get(s);
  const prev = p.sentenceTokens.get(s - 1);
  const next = p.sentenceTokens.get(s + 1);
  const a = prev ? prev[0] : cur ? cur[0] : cueStart;
  const b = next ? next[1] : cur ? cur[1] : cueStart + 1;
  return [a, b];
}

/** The cue's key for features: its words lower-cased and stemmed, adverbs between kept. */
export function cueKey(p: ParagraphTokens, start: number, end: number, stemmer: (w: string) => string): string {
  const parts: string[] = [];
  for (let i = start; i < end && parts.length < 4; i++) parts.push(stemmer(p.tokens[i].lower));
  return parts.join(' ');
}

export { NO_TAG };
