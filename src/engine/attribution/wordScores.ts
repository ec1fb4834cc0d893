// Per-word memo of tagger scores (inference only). Many features of a token depend on nothing but
// the token's own values (word, stem, shape, word class...); their summed weights are looked up once
// per distinct word instead of once per token, which saves most of the hash-table probes (each a
// likely cache miss) in tagging.
//
// Exactness: every shipped weight is a float32 multiple of 2^-30 with |w| < 2^9 (dequantised mu-law
// bytes, whose smallest magnitude is about 0.011, and float32 weights above 64; checked on both
// shipped models). A token's scores sum at most ~60 such weights, so every partial sum is a
// multiple of 2^-30 below 2^15 and is exact in float64: summing a cached subtotal plus the rest
// gives bit-for-bit the sum feature by feature, in any order.

import type { LinearScorer } from './model';

/**
 * A bounded direct-mapped table from a key (a word's id, Prefix.wordId, perhaps with a small value
 * folded in by the caller: an integer below 2^53) to `valueLength` float64 scores. A colliding key
 * replaces the old entry, so hostile input cannot grow it. The whole key is compared on a hit, and
 * a word's id stands for every value its features read, so the cached scores are exact.
 * 2^14 slots (about 2.5 MB per tagger): over PolNeAR dev, 16.5% of lookups miss in a first pass
 * (13.8% are words seen for the first time), 8% in later ones; 2^15 slots gave 15.0% / 4.3%.
 */
export class WordScoreCache {
  /** Scores of every slot, `valueLength` per slot. */
  readonly values: Float64Array;
  private readonly keys: Float64Array;
  private readonly mask: number;

  constructor(readonly valueLength: number, slotBits = 14) {
    const slots = 1 << slotBits;
    this.values = new Float64Array(slots * valueLength);
    // -1 marks an empty slot: keys are never negative.
    this.keys = new Float64Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  /**
   * Offset in `values` of the entry for `key` when cached; otherwise the slot is claimed for `key`
   * and ~offset (negative) is returned: the caller must write all `valueLength` scores there.
   */
  lookup(key: number): number {
    // Ids are handed out in order, so their low bits (& takes the low 32 bits of an integer double)
    // spread over the slots.
    const slot = key & this.mask;
    if (this.keys[slot] === key) return slot * this.valueLength;
    this.keys[slot] = key;
    return ~(slot * this.valueLength);
  }
}

/**
 * Scores of a group of features that together take few values, by a dense index of those values
 * (the caller's): a direct table, filled on first use. The same exactness argument as above holds
 * for any group of a token's features.
 */
export class ScoreTable {
  readonly values: Float64Array;
  private readonly filled: Uint8Array;

  constructor(readonly size: number, readonly valueLength: number) {
    this.values = new Float64Array(size * valueLength);
    this.filled = new Uint8Array(size);
  }

  /** Offset in `values` of entry `index`; ~offset (negative) the first time: the caller fills it. */
  lookup(index: number): number {
    const o = index * this.valueLength;
    if (this.filled[index] === 1) return o;
    this.filled[index] = 1;
    return ~o;
  }
}

/**
 * The memos of each model: cached scores belong to the weights they were summed from (the shipped
 * model, or another one a test or the trainer passes in). The last model's memos are kept at hand,
 * since every call of a tagging pass uses the same model.
 */
export class ModelMemos<M> {
  private readonly byModel = new WeakMap<LinearScorer, M>();
  private model: LinearScorer | null = null;
  private memo: M | null = null;

  constructor(private readonly make: () => M) {}

  /** The memos of `model`, created on its first use. */
  of(model: LinearScorer): M {
    if (model !== this.model || this.memo === null) {
      let m = this.byModel.get(model);
      if (m === undefined) {
        m = this.make();
        this.byModel.set(model, m);
      }
      this.model = model;
      this.memo = m;
    }
    return this.memo;
  }
}

/** values[o .. o + scratch.length) = the scores of `features` under `model`; scratch is overwritten. */
export function storeScores(model: LinearScorer, features: Uint32Array, scratch: Float64Array, values: Float64Array, o: number): void {
  const T = scratch.length;
  for (let t = 0; t < T; t++) scratch[t] = 0;
  model.addScores(features, scratch);
  for (let t = 0; t < T; t++) values[o + t] = scratch[t];
}
