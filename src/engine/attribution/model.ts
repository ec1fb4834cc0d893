// A linear multi-class scorer over hashed features (the weights of an averaged perceptron), and its
// compact serialisation: the features kept after pruning, delta-coded, with half-precision weights,
// deflated and base64-encoded into a generated TS module.

import { deflateRawSync, inflateRawSync } from 'zlib';

/** What inference needs of a model: its tag count, and the summed weights of a feature vector. */
export interface LinearScorer {
  readonly tags: number;
  /** Adds the weights of `features` to `scores` (one entry per tag). */
  addScores(features: ArrayLike<number>, scores: Float64Array): void;
}

export class SparseLinear {
  // Open-addressing hash table (linear probing) from feature hash to row number: much faster than
  // a Map with hundreds of thousands of entries. Key 0 marks an empty slot (feature 0 is stored as 1).
  private keys: Uint32Array;
  private slots: Int32Array;
  private mask: number;
  // One bit per FILTER_BITS-bit hash of every key in the table (set, never cleared: keys are never
  // removed). Most of a token's features are absent from the model; a clear bit (a 128 KB array
  // that stays in the cache) says so without probing the large key table.
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  size = 0;
  weights: Float32Array;
  // The packed inference table (PackedScores) after freeze(); null while the model can still
  // change, or when it has more than three tags.
  private packed: PackedScores | null = null;
  constructor(readonly tags: number, capacity = 1024) {
    let cap = 1024;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.weights = new Float32Array(Math.max(capacity, 16) * tags);
  }

  /** Row offset of a feature, or -1. */
  find(feature: number): number {
    const h = this.probe(feature === 0 ? 1 : feature);
    return this.keys[h] === 0 ? -1 : this.slots[h];
  }

  /**
   * Packs the table for inference (see PackedScores). Call once the weights are final: later writes
   * to `weights` are not seen by addScores; rowOf() drops the packed table.
   */
  freeze(): this {
    const T = this.tags;
    if (T > 3) return this;
    const packed = new PackedScores(T, this.size);
    const row = new Float32Array(T);
    for (let j = 0; j < this.keys.length; j++) {
      const key = this.keys[j];
      if (key === 0) continue;
      const r = this.slots[j];
      let code = 0;
      for (let t = 0; t < T && code >= 0; t++) {
        const b = BYTE_OF.get(this.weights[r + t]);
        code = b === undefined ? -1 : code | (b << (8 * t));
      }
      if (code >= 0) packed.put(key, code);
      else {
        for (let t = 0; t < T; t++) row[t] = this.weights[r + t];
        packed.putExact(key, row);
      }
    }
    this.packed = packed;
    return this;
  }

  /** Row offset of a feature, created when missing (training and loading). */
  rowOf(feature: number): number {
    this.packed = null;
    const key = feature === 0 ? 1 : feature;
    const h = this.probe(key);
    if (this.keys[h] === key) return this.slots[h];
    const r = this.size * this.tags;
    if (r + this.tags > this.weights.length) {
      const grown = new Float32Array(this.weights.length * 2);
      grown.set(this.weights);
      this.weights = grown;
    }
    this.keys[h] = key;
    this.slots[h] = r;
    const b = filterBit(key);
    this.filter[b >>> 5] |= 1 << (b & 31);
    this.size++;
    if (this.size * 2 > this.keys.length) this.rehash();
    return r;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private probe(key: number): number {
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      h &= this.mask;
      const k = this.keys[h];
      if (k === key || k === 0) return h;
      h++;
    }
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const key = oldKeys[j];
      if (key === 0) continue;
      const h = this.probe(key); // keys are unique, so this is an empty slot
      this.keys[h] = key;
      this.slots[h] = oldSlots[j];
    }
  }

  /** Every (feature, row offset) pair. */
  *entries(): IterableIterator<[number, number]> {
    for (let j = 0; j < this.keys.length; j++) if (this.keys[j] !== 0) yield [this.keys[j], this.slots[j]];
  }

  /** Adds the weights of `features` to `scores` (one entry per tag). */
  addScores(features: ArrayLike<number>, scores: Float64Array): void {
    if (this.packed !== null) {
      this.packed.addScores(features, scores);
      return;
    }
    // Training and models with more than three tags: the unpacked table, through the filter.
    const w = this.weights;
    const T = this.tags;
    for (let f = 0; f < features.length; f++) {
      const r = this.filteredFind(features[f]);
      if (r < 0) continue;
      for (let t = 0; t < T; t++) scores[t] += w[r + t];
    }
  }

  /** find(), with a clear filter bit answering "absent" without a probe. */
  private filteredFind(feature: number): number {
    const key = feature === 0 ? 1 : feature;
    const b = filterBit(key);
    return (this.filter[b >>> 5] & (1 << (b & 31))) === 0 ? -1 : this.find(key);
  }
}

/**
 * The inference table of a model with at most three tags: each key in an 8-byte row beside its
 * weights as one mu-law byte each (see serialize; the few other rows point into a side table of
 * float32 weights), so a hit costs one cache line and the table a quarter of the unpacked one's
 * memory: the shipped tables are larger than the L2 cache, and probing them is most of the
 * taggers' time. Built by SparseLinear.freeze(), or by loadScorer() straight from the shipped
 * bytes (which skips the unpacked table that only training needs).
 */
export class PackedScores implements LinearScorer {
  private readonly rows: Uint32Array;
  private readonly mask: number;
  // One bit per FILTER_BITS-bit hash of every key (see SparseLinear.filter).
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  private side = new Float32Array(0);
  private sideRows = 0;

  /** An empty table sized for `size` features. */
  constructor(readonly tags: number, size: number) {
    if (tags > 3) throw new RangeError(`a packed row holds at most three tags, not ${tags}`);
    let cap = 1024;
    while (cap < size * 2) cap *= 2;
    this.rows = new Uint32Array(2 * cap);
    this.mask = cap - 1;
  }

  /** Adds a feature (not yet in the table) whose weight of tag t is DEQUANT[(code >>> 8t) & 0xff]. */
  put(feature: number, code: number): void {
    const key = feature === 0 ? 1 : feature;
    let h = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.rows[2 * h] !== 0) h = (h + 1) & this.mask;
    this.rows[2 * h] = key;
    this.rows[2 * h + 1] = code;
    const b = filterBit(key);
    this.filter[b >>> 5] |= 1 << (b & 31);
  }

  /** Adds a feature (not yet in the table) with weights that are not all mu-law bytes. */
  putExact(feature: number, weights: ArrayLike<number>): void {
    const T = this.tags;
    if ((this.sideRows + 1) * T > this.side.length) {
      const grown = new Float32Array(Math.max(16, 2 * this.side.length));
      grown.set(this.side);
      this.side = grown;
    }
    for (let t = 0; t < T; t++) this.side[this.sideRows * T + t] = weights[t];
    // Top byte 1: the low 24 bits index the row's weights in the side table.
    this.put(feature, 0x1000000 | this.sideRows++);
  }

  addScores(features: ArrayLike<number>, scores: Float64Array): void {
    const rows = this.rows;
    const side = this.side;
    const T = this.tags;
    const mask = this.mask;
    const filter = this.filter;
    for (let f = 0; f < features.length; f++) {
      const key = features[f] === 0 ? 1 : features[f];
      const b = filterBit(key);
      if ((filter[b >>> 5] & (1 << (b & 31))) === 0) continue;
      let h = Math.imul(key, 0x9e3779b1) & mask;
      let k = rows[2 * h];
      while (k !== key && k !== 0) {
        h = (h + 1) & mask;
        k = rows[2 * h];
      }
      if (k === 0) continue;
      const code = rows[2 * h + 1];
      if (code < 0x1000000) {
        scores[0] += DEQUANT[code & 0xff];
        if (T > 1) {
          scores[1] += DEQUANT[(code >>> 8) & 0xff];
          if (T > 2) scores[2] += DEQUANT[code >>> 16];
        }
      } else {
        const o = (code & 0xffffff) * T;
        for (let t = 0; t < T; t++) scores[t] += side[o + t];
      }
    }
  }
}

const FILTER_BITS = 20;

/** The filter bit of a key: the top FILTER_BITS bits of another multiplicative hash than the table's. */
function filterBit(key: number): number {
  return Math.imul(key, 0x85ebca6b) >>> (32 - FILTER_BITS);
}

export interface SerializedModel {
  tags: number;
  features: number;
  /** base64 of deflate(varint key deltas; one signed log-scaled byte per weight; varint count of
   * large weights, then for each a varint weight index and a float32). */
  data: string;
}

// Weights are stored in 8 bits on a logarithmic (mu-law) scale up to CAP (about 2% relative
// error); the few larger weights (biases, the commonest cue words) are kept exactly as float32,
// because a relative error on a weight of thousands would swamp all the small ones.
const MU_C = 0.25;
const CAP = 64;

function quantize(x: number, max: number): number {
  const q = Math.round((127 * Math.log1p(Math.abs(x) / MU_C)) / Math.log1p(max / MU_C));
  return (x < 0 ? -q : q) & 0xff;
}

function dequantTable(max: number): Float32Array {
  const table = new Float32Array(256);
  for (let b = 0; b < 256; b++) {
    const q = b >= 128 ? b - 256 : b;
    const v = MU_C * Math.expm1((Math.abs(q) / 127) * Math.log1p(max / MU_C));
    table[b] = q < 0 ? -v : v;
  }
  return table;
}

/** The weight of each stored byte, and the byte of each such weight (SparseLinear.freeze). */
const DEQUANT = dequantTable(CAP);
const BYTE_OF = new Map<number, number>();
DEQUANT.forEach((w, b) => {
  if (!BYTE_OF.has(w)) BYTE_OF.set(w, b);
});

function varint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Every feature of `m`, quantised (pruning is the training scripts' job: scripts/eval/pruning.ts). */
export function serialize(m: SparseLinear): SerializedModel {
  const T = m.tags;
  const keys: number[] = [];
  for (const [k] of m.entries()) keys.push(k);
  keys.sort((a, b) => a - b);
  const bytes: number[] = [];
  let prev = 0;
  for (const k of keys) {
    varint(bytes, k - prev);
    prev = k;
  }
  const q = new Uint8Array(keys.length * T);
  const large: Array<[number, number]> = [];
  keys.forEach((k, i) => {
    const r = m.find(k);
    for (let t = 0; t < T; t++) {
      const w = m.weights[r + t];
      if (Math.abs(w) > CAP) large.push([i * T + t, w]);
      else q[i * T + t] = quantize(w, CAP);
    }
  });
  const tail: number[] = [];
  varint(tail, large.length);
  const f = new Float32Array(1);
  const fb = new Uint8Array(f.buffer);
  for (const [idx, w] of large) {
    varint(tail, idx);
    f[0] = w;
    tail.push(...fb);
  }
  const buf = Buffer.concat([Buffer.from(bytes), Buffer.from(q.buffer), Buffer.from(tail)]);
  return { tags: T, features: keys.length, data: deflateRawSync(buf, { level: 9 }).toString('base64') };
}

/** The parts of a serialised model: sorted keys, T weight bytes per key, and the exact large weights. */
interface ModelParts {
  keys: Uint32Array;
  bytes: Uint8Array;
  /** [weight index (key index * tags + tag), float32 weight] for each weight stored exactly. */
  large: Array<[number, number]>;
}

function parseModel(s: SerializedModel): ModelParts {
  const raw = inflateRawSync(Buffer.from(s.data, 'base64'));
  let pos = 0;
  const readVarint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = raw[pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  // Feature hashes are uint32: a typed array holds them as they are (a plain array changed its
  // elements kind from small integers to doubles partway through, and V8 recompiled this loop).
  const keys = new Uint32Array(s.features);
  let key = 0;
  for (let i = 0; i < s.features; i++) {
    key += readVarint();
    keys[i] = key;
  }
  const bytes = raw.subarray(pos, pos + s.features * s.tags);
  pos += s.features * s.tags;
  const nLarge = readVarint();
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const large: Array<[number, number]> = [];
  for (let j = 0; j < nLarge; j++) {
    const idx = readVarint();
    large.push([idx, dv.getFloat32(pos, true)]);
    pos += 4;
  }
  return { keys, bytes, large };
}

/** A trainable model from its serialised form (see loadScorer for inference). */
export function deserialize(s: SerializedModel): SparseLinear {
  const { keys, bytes, large } = parseModel(s);
  const m = new SparseLinear(s.tags, s.features);
  const rows = new Int32Array(s.features);
  for (let i = 0; i < s.features; i++) {
    const r = m.rowOf(keys[i]);
    rows[i] = r;
    for (let t = 0; t < s.tags; t++) m.weights[r + t] = DEQUANT[bytes[i * s.tags + t]];
  }
  for (const [idx, w] of large) m.weights[rows[Math.floor(idx / s.tags)] + (idx % s.tags)] = w;
  return m;
}

/**
 * The shipped model for inference: the packed table built straight from the stored bytes, the same
 * weights as deserialize(s).freeze() without its unpacked table (which only training needs).
 */
export function loadScorer(s: SerializedModel): LinearScorer {
  const T = s.tags;
  if (T > 3) return deserialize(s).freeze();
  const { keys, bytes, large } = parseModel(s);
  // A row with a weight stored exactly keeps all its weights in the side table.
  const exact = new Map<number, Float32Array>();
  for (const [idx, w] of large) {
    const i = Math.floor(idx / T);
    let row = exact.get(i);
    if (row === undefined) {
      row = Float32Array.from(bytes.subarray(i * T, i * T + T), (b) => DEQUANT[b]);
      exact.set(i, row);
    }
    row[idx % T] = w;
  }
  const packed = new PackedScores(T, s.features);
  for (let i = 0; i < keys.length; i++) {
    const row = exact.get(i);
    if (row !== undefined) {
      packed.putExact(keys[i], row);
      continue;
    }
    let code = 0;
    for (let t = 0; t < T; t++) code |= bytes[i * T + t] << (8 * t);
    packed.put(keys[i], code);
  }
  return packed;
}

/** Gold tags and the learner that a tagger updates when it decodes in training mode. */
export interface Training {
  gold: Uint8Array;
  learner: AveragedPerceptron;
}

/** Averaged perceptron training over a SparseLinear (training scripts only). */
export class AveragedPerceptron {
  readonly model: SparseLinear;
  private totals: Float64Array;
  private step = 1;
  constructor(tags: number) {
    this.model = new SparseLinear(tags, 1 << 16);
    this.totals = new Float64Array(this.model.weights.length);
  }

  tick(): void {
    this.step++;
  }

  /** Adds `delta` to the weight of `tag` for each feature. */
  add(features: ArrayLike<number>, tag: number, delta: number): void {
    for (let j = 0; j < features.length; j++) {
      const r = this.rowOf(features[j]);
      this.model.weights[r + tag] += delta;
      this.totals[r + tag] += delta * this.step;
    }
  }

  update(features: ArrayLike<number>, gold: number, guess: number): void {
    if (gold === guess) return;
    for (let j = 0; j < features.length; j++) {
      const r = this.rowOf(features[j]);
      const w = this.model.weights;
      w[r + gold] += 1;
      this.totals[r + gold] += this.step;
      w[r + guess] -= 1;
      this.totals[r + guess] -= this.step;
    }
  }

  /** The feature's row, creating it; the running totals grow with the weight table. */
  private rowOf(feature: number): number {
    const r = this.model.rowOf(feature);
    if (this.totals.length < this.model.weights.length) {
      const grown = new Float64Array(this.model.weights.length);
      grown.set(this.totals);
      this.totals = grown;
    }
    return r;
  }

  /** The averaged weights (w - totals / step), as a new model. */
  averaged(): SparseLinear {
    const src = this.model;
    const out = new SparseLinear(src.tags, src.size);
    for (const [k, r] of src.entries()) {
      const o = out.rowOf(k);
      for (let t = 0; t < src.tags; t++) out.weights[o + t] = src.weights[r + t] - this.totals[r + t] / this.step;
    }
    return out;
  }
}
