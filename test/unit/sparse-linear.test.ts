import * as assert from 'assert';
import { deserialize, loadScorer, serialize, SparseLinear, type LinearScorer } from '../../src/engine/attribution/model';
import { CUE_MODEL } from '../../src/engine/data/cue-model';
import { ROLE_MODEL } from '../../src/engine/data/role-model';

/** Scores of `features` under `m`, one entry per tag. */
function scoresOf(m: LinearScorer, features: number[]): number[] {
  const out = new Float64Array(m.tags);
  m.addScores(Uint32Array.from(features), out);
  return [...out];
}

describe('SparseLinear: the packed inference table (freeze)', () => {
  it('scores every shipped feature, and features it does not hold, exactly as before packing', () => {
    const loose = deserialize(ROLE_MODEL);
    const packed = deserialize(ROLE_MODEL).freeze();
    const keys = [...loose.entries()].map(([k]) => k);
    // Held features one at a time, in groups, and absent ones (a key beside each held one).
    for (let i = 0; i < keys.length; i += 97) {
      const group = [keys[i], keys[(i * 7) % keys.length], (keys[i] + 1) >>> 0, 0];
      assert.deepStrictEqual(scoresOf(packed, group), scoresOf(loose, group), `features ${group.join()}`);
      assert.deepStrictEqual(scoresOf(packed, [keys[i]]), scoresOf(loose, [keys[i]]));
    }
  });

  it('a new feature after freeze() is scored: the packed table is dropped, not left stale', () => {
    const m = new SparseLinear(1);
    m.weights[m.rowOf(5)] = 2;
    m.freeze();
    assert.deepStrictEqual(scoresOf(m, [5, 9]), [2]);
    m.weights[m.rowOf(9)] = 3;
    assert.deepStrictEqual(scoresOf(m, [5, 9]), [5]);
  });

  it('a model with more tags than a packed row holds is left unpacked and scores the same', () => {
    const m = new SparseLinear(4);
    const r = m.rowOf(7);
    [0.5, -2, 3, 100].forEach((w, t) => (m.weights[r + t] = w));
    m.freeze();
    assert.deepStrictEqual(scoresOf(m, [7, 8]), [0.5, -2, 3, 100]);
  });

  it('feature 0 is the same feature as 1, packed or not', () => {
    const m = new SparseLinear(2);
    const r = m.rowOf(0);
    m.weights[r] = 1.5;
    m.weights[r + 1] = -1;
    assert.deepStrictEqual(scoresOf(m, [0]), [1.5, -1]);
    m.freeze();
    assert.deepStrictEqual(scoresOf(m, [0]), [1.5, -1]);
    assert.deepStrictEqual(scoresOf(m, [1]), [1.5, -1]);
  });
});

describe('loadScorer: the packed table straight from the shipped bytes', () => {
  for (const [name, shipped] of [
    ['cue', CUE_MODEL],
    ['role', ROLE_MODEL],
  ] as const) {
    it(`scores every ${name} model feature, and absent ones, exactly as deserialize().freeze()`, () => {
      const frozen = deserialize(shipped).freeze();
      const loaded = loadScorer(shipped);
      const keys = [...deserialize(shipped).entries()].map(([k]) => k);
      let checked = 0;
      for (let i = 0; i < keys.length; i++) {
        const group = [keys[i], keys[(i * 7919) % keys.length], (keys[i] + 1) >>> 0, 0];
        const want = scoresOf(frozen, group);
        const got = scoresOf(loaded, group);
        if (want.some((w, t) => w !== got[t])) assert.fail(`features ${group.join()}: ${got.join()} != ${want.join()}`);
        checked++;
      }
      assert.strictEqual(checked, shipped.features);
    });
  }

  it('keeps weights stored exactly (beyond the mu-law range) beside byte weights in the same row', () => {
    const m = new SparseLinear(3);
    const r = m.rowOf(11);
    [100.5, -0.5, 2].forEach((w, t) => (m.weights[r + t] = w));
    m.weights[m.rowOf(12) + 1] = -300.25;
    m.weights[m.rowOf(13) + 2] = 1;
    const loaded = loadScorer(serialize(m));
    const reference = deserialize(serialize(m)).freeze();
    for (const f of [[11], [12], [13], [11, 12, 13], [14]]) assert.deepStrictEqual(scoresOf(loaded, f), scoresOf(reference, f), `features ${f.join()}`);
    // The exact weights come back as stored; the byte ones within the mu-law error (about 2%).
    assert.deepStrictEqual(scoresOf(loaded, [12]), [0, -300.25, 0]);
    const [a, b, c] = scoresOf(loaded, [11]);
    assert.strictEqual(a, 100.5);
    assert.ok(Math.abs(b + 0.5) < 0.02 && Math.abs(c - 2) < 0.05, `${b} ${c}`);
  });

  it('a model with more tags than a packed row holds loads unpacked, with the same scores', () => {
    const m = new SparseLinear(4);
    const r = m.rowOf(7);
    [0.5, -2, 3, 100].forEach((w, t) => (m.weights[r + t] = w));
    const loaded = loadScorer(serialize(m));
    assert.deepStrictEqual(scoresOf(loaded, [7, 8]), scoresOf(deserialize(serialize(m)), [7, 8]));
    assert.strictEqual(scoresOf(loaded, [7])[3], 100);
  });
});
