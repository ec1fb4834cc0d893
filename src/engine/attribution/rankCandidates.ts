// The choice both content rankers make (contentEnd.ts, contentStart.ts): score each candidate
// boundary with a one-tag model and keep the rules' own choice unless another scores higher.

import type { LinearScorer } from './model';

/** Writes the features of choosing candidate `at`, `rank` places from the rules' choice, to `out`. */
export type CandidateFeatures = (at: number, rank: number, out: Uint32Array) => void;

const score = new Float64Array(1);

/** The best-scoring of `candidates` (ascending, holding `own`, the rules' choice); ties keep `own`. */
export function bestCandidate(candidates: readonly number[], own: number, features: CandidateFeatures, model: LinearScorer, scratch: Uint32Array): number {
  const ownIndex = candidates.indexOf(own);
  features(own, 0, scratch);
  score[0] = 0;
  model.addScores(scratch, score);
  let best = own;
  let bestScore = score[0];
  for (let c = 0; c < candidates.length; c++) {
    if (c === ownIndex) continue;
    features(candidates[c], c - ownIndex, scratch);
    score[0] = 0;
    model.addScores(scratch, score);
    if (score[0] > bestScore) {
      bestScore = score[0];
      best = candidates[c];
    }
  }
  return best;
}
