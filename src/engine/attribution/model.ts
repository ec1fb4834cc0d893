// A linear multi-class scorer over hashed features (an averaged perceptron's weights), and its
// compact serialisation: weights quantised to 16 bit, deflated, base64 in a generated TS module.

import { inflateRawSync, deflateRawSync } from 'zlib';
import { hash } from './features';

export class HashedLinear {
  readonly mask: number;
  constructor(
    readonly bits: number,
    readonly tags: number,
    readonly weights: Float32Array = new Float32Array((1 << bits) * tags),
  ) {
    this.mask = (1 << bits) - 1;
  }

  index(feature: string): number {
    return (hash(feature) & this.mask) * this.tags;
  }

  /** Adds the weights of `features` to `scores` (one entry per tag). */
  addScores(features: readonly string[], scores: Float64Array): void {
    const w = this.weights;
    for (let f = 0; f < features.length; f++) {
      const base = this.index(features[f]);
      for (let t = 0; t < this.tags; t++) scores[t] += w[base + t];
    }
  }
}

export interface SerializedModel {
  bits: number;
  tags: number;
  scale: number;
  /** base64 of the deflated little-endian Int16 weights. */
  data: string;
}

export function serialize(m: HashedLinear): SerializedModel {
  let max = 0;
  for (let i = 0; i < m.weights.length; i++) max = Math.max(max, Math.abs(m.weights[i]));
  const scale = max > 0 ? 32767 / max : 1;
  const q = new Int16Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i] * scale);
  const buf = deflateRawSync(Buffer.from(q.buffer, q.byteOffset, q.byteLength), { level: 9 });
  return { bits: m.bits, tags: m.tags, scale, data: buf.toString('base64') };
}

export function deserialize(s: SerializedModel): HashedLinear {
  const raw = inflateRawSync(Buffer.from(s.data, 'base64'));
  const q = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i] / s.scale;
  return new HashedLinear(s.bits, s.tags, w);
}

/** Averaged perceptron training state over a HashedLinear (training scripts only). */
export class AveragedPerceptron {
  readonly model: HashedLinear;
  private readonly totals: Float64Array;
  private step = 1;
  constructor(bits: number, tags: number) {
    this.model = new HashedLinear(bits, tags);
    this.totals = new Float64Array(this.model.weights.length);
  }

  tick(): void {
    this.step++;
  }

  update(features: readonly string[], gold: number, guess: number): void {
    if (gold === guess) return;
    const w = this.model.weights;
    for (const f of features) {
      const base = this.model.index(f);
      w[base + gold] += 1;
      this.totals[base + gold] += this.step;
      w[base + guess] -= 1;
      this.totals[base + guess] -= this.step;
    }
  }

  /** The averaged weights (w - totals / step), as a new model. */
  averaged(): HashedLinear {
    const w = this.model.weights;
    const out = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) out[i] = w[i] - this.totals[i] / this.step;
    return new HashedLinear(this.model.bits, this.model.tags, out);
  }
}
