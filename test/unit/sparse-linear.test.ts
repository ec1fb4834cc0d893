import * as assert from 'assert';
import { deserialize, SparseLinear } from '../../src/engine/attribution/model';
import { ROLE_MODEL } from '../../src/engine/data/role-model';

/** Scores of `features` under `m`, one entry per tag. */
function scoresOf(m: SparseLinear, features: number[]): number[] {
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
