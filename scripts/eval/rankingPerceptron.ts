// The ranking perceptron both ranker trainers use (train-content-ends.ts, train-cue-extents.ts):
// each site is a set of candidate boundaries with one gold and one the rules chose; a mistake moves
// the weights toward the gold candidate's features and away from the guess's.
import { AveragedPerceptron, SparseLinear } from '../../src/engine/attribution/model';
import { shuffle } from './shuffle';

/** A training site: candidate count, the gold candidate's index and the rules' choice's. */
export interface RankingSite {
  n: number;
  gold: number;
  own: number;
}

/** The features of candidate c of a site. */
export type SiteFeatures<S extends RankingSite> = (s: S, c: number) => number[];

/** The best candidate of `s` under `model`; the rules' choice stays unless another beats it by more than `margin`. */
export function bestOf<S extends RankingSite>(model: SparseLinear, s: S, featsOf: SiteFeatures<S>, scores: Float64Array, margin = 0): number {
  let arg = s.own;
  let top = -Infinity;
  let own = 0;
  for (let c = 0; c < s.n; c++) {
    scores[0] = 0;
    model.addScores(featsOf(s, c), scores);
    if (c === s.own) own = scores[0];
    if (c !== s.own && scores[0] > top) {
      top = scores[0];
      arg = c;
    }
  }
  return top > own + margin ? arg : s.own;
}

/** One averaged ranking perceptron over the sites, in the shuffle orders of `run`. */
export function trainRanking<S extends RankingSite>(sites: S[], epochs: number, run: number, featsOf: SiteFeatures<S>, scores: Float64Array): SparseLinear {
  const learner = new AveragedPerceptron(1);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(sites, ep + 7 + 1000 * run);
    let wrong = 0;
    for (const s of sites) {
      const guess = bestOf(learner.model, s, featsOf, scores);
      if (guess !== s.gold) {
        wrong++;
        learner.add(featsOf(s, s.gold), 0, 1);
        learner.add(featsOf(s, guess), 0, -1);
      }
      learner.tick();
    }
    console.log(`run ${run + 1} epoch ${ep + 1}: ${wrong} of ${sites.length} sites wrong`);
  }
  return learner.averaged();
}
