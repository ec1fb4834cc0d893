import * as assert from 'assert';
import { deserialize } from '../../src/engine/attribution/model';
import { WordScoreCache } from '../../src/engine/attribution/wordScores';
import { CUE_MODEL } from '../../src/engine/data/cue-model';
import { ROLE_MODEL } from '../../src/engine/data/role-model';

describe('per-word score memo (wordScores.ts)', () => {
  it('misses, then hits the same entry; another key misses', () => {
    const cache = new WordScoreCache(2, 6);
    const miss = cache.lookup(11);
    assert.ok(miss < 0);
    assert.strictEqual(cache.lookup(11), ~miss);
    for (const other of [12, 11 + 64, 11 + 2 ** 32, 0]) assert.ok(cache.lookup(other) < 0, String(other));
  });

  it('a colliding key replaces the entry, so the old key misses again', () => {
    const cache = new WordScoreCache(1, 2); // four slots: 1 and 5 share one
    const slot = ~cache.lookup(1);
    assert.strictEqual(~cache.lookup(5), slot);
    assert.ok(cache.lookup(1) < 0);
    assert.ok(cache.lookup(5) < 0);
  });

  it('keys past 2^32 are told apart from the keys that share their low bits', () => {
    const cache = new WordScoreCache(1, 4);
    const a = ~cache.lookup(3);
    assert.ok(a >= 0);
    assert.ok(cache.lookup(3 + 2 ** 32) < 0);
    assert.ok(cache.lookup(3) < 0);
  });

  // The memo sums a word's feature weights apart from the rest of the token's: bit-identical to
  // summing feature by feature only while every weight is a float32 multiple of 2^-30 below 2^9.
  for (const [name, serialized] of [['cue', CUE_MODEL], ['role', ROLE_MODEL]] as const) {
    it(`the shipped ${name} model's weights keep sums exact`, () => {
      const m = deserialize(serialized);
      let bad = 0;
      for (const [, r] of m.entries()) {
        for (let t = 0; t < m.tags; t++) {
          const w = m.weights[r + t];
          if (!Number.isInteger(w * 2 ** 30) || Math.abs(w) >= 2 ** 9) bad++;
        }
      }
      assert.strictEqual(bad, 0);
    });
  }
});
