import * as assert from 'assert';
import { detachStrings } from '../../src/engine/detach';

describe('detachStrings: plain data copied with no string pointing into another', () => {
  it('copies deeply, keeps key order and keeps shared objects shared', () => {
    const shared = { text: 'a span of the document', start: 4 };
    const value = { attributions: [shared], claims: [{ attribution: shared, kinds: ['statistic'], numbers: [] }], words: 12, note: null };
    const copy = detachStrings(value);
    assert.deepStrictEqual(copy, value);
    assert.deepStrictEqual(Object.keys(copy.claims[0]), ['attribution', 'kinds', 'numbers']);
    assert.notStrictEqual(copy.attributions[0], shared);
    assert.strictEqual(copy.claims[0].attribution, copy.attributions[0], 'one object for both lists, as in the original');
  });

  it('keeps class instances as they are', () => {
    const set = new Set(['x']);
    const copy = detachStrings({ set });
    assert.strictEqual(copy.set, set);
  });
});
