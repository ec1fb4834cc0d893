// Which trained features a shipped model keeps. Weights below a threshold are dropped to keep the
// models small, but the rare words whose few sightings made them cues (and kept their averaged
// weights small) are the tagger's long tail of recall. The features that read only the token's own
// word (cueWordFeatures, and cueDynamic: previous tag x word) are therefore kept down to a lower
// threshold: they are few (one set per vocabulary word), and at run time they are scored once per
// distinct word (attribution/wordScores.ts), so they barely cost speed.
// Held-out check (train split in 5 parts, parts 1 and 2 each held out, trained on the other 4;
// cue exact F1): min weight 3 everywhere 67.93 / 65.76; per-word features down to 1, others 3:
// 68.15 / 66.36; everything down to 1: 68.03 / 66.68 at 3.7x the features.
import { CUE_DYNAMIC, CUE_PREV_START, CUE_TAGS, CUE_WORD, cueDynamic, cueWordFeatures } from '../../src/engine/attribution/cueFeatures';
import type { Prefix } from '../../src/engine/attribution/features';
import { SparseLinear } from '../../src/engine/attribution/model';

/** The keys (as SparseLinear stores them) of every per-word cue feature the paragraphs produce. */
export function cueWordFeatureKeys(paragraphs: Iterable<{ pre: Prefix }>): Set<number> {
  const keys = new Set<number>();
  const word = new Uint32Array(CUE_WORD);
  const dyn = new Uint32Array(CUE_DYNAMIC);
  const add = (k: number) => keys.add(k === 0 ? 1 : k);
  for (const { pre } of paragraphs) {
    for (let i = 0; i < pre.word.length; i++) {
      cueWordFeatures(pre, i, word, 0);
      word.forEach(add);
      for (let prev = 0; prev <= CUE_TAGS.length; prev++) {
        cueDynamic(pre, i, prev === CUE_TAGS.length ? CUE_PREV_START : prev, dyn);
        dyn.forEach(add);
      }
    }
  }
  return keys;
}

/** The features of `m` whose largest absolute weight reaches `minWeight` (`wordMinWeight` for `wordKeys`). */
export function pruned(m: SparseLinear, minWeight: number, wordKeys: ReadonlySet<number> = new Set(), wordMinWeight = minWeight): SparseLinear {
  const out = new SparseLinear(m.tags, m.size);
  for (const [k, r] of m.entries()) {
    let max = 0;
    for (let t = 0; t < m.tags; t++) max = Math.max(max, Math.abs(m.weights[r + t]));
    if (max < (wordKeys.has(k) ? wordMinWeight : minWeight)) continue;
    const o = out.rowOf(k);
    for (let t = 0; t < m.tags; t++) out.weights[o + t] = m.weights[r + t];
  }
  return out;
}
