import * as assert from 'assert';
import { deserialize } from '../../src/engine/attribution/model';
import { WordScoreCache } from '../../src/engine/attribution/wordScores';
import { CUE_MODEL } from '../../src/engine/data/cue-model';
import { ROLE_MODEL } from '../../src/engine/data/role-model';

function lookup(cache: WordScoreCache, key: number[]): number {
  cache.key.set(key);
  return cache.lookup();
}

describe('per-word score memo (wordScores.ts)', () => {
  it('misses, then hits the same entry; a key differing in any value misses', () => {
    const cache = new WordScoreCache(3, 2, 6);
    const miss = lookup(cache, [11, 22, 33]);
    assert.ok(miss < 0);
    assert.strictEqual(lookup(cache, [11, 22, 33]), ~miss);
    for (const other of [[12, 22, 33], [11, 23, 33], [11, 22, 34]]) assert.ok(lookup(cache, other) < 0, other.join());
  });

  it('a colliding key replaces the entry, so the old key misses again', () => {
    for (let other = 2; ; other++) {
      const cache = new WordScoreCache(2, 1, 2); // four slots: a collision is found quickly
      const slot = ~lookup(cache, [1, 0]);
      if (~lookup(cache, [other, 0]) !== slot) continue;
      assert.ok(lookup(cache, [1, 0]) < 0);
      assert.ok(lookup(cache, [other, 0]) < 0);
      break;
    }
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
