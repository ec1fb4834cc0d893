import * as assert from 'assert';
import type { ParagraphTokens } from '../../src/engine/attribution/context';
import { hash, prefixCounts, stem } from '../../src/engine/attribution/features';
import { POS_ALL, posOf } from '../../src/engine/attribution/pos';
import { lowerOf, type Token } from '../../src/engine/tokenize';

// prefixCounts keeps each word's values in an open-addressing table keyed on the FNV-1a hash of its
// text. Words whose hashes are equal in all 32 bits must still get their own values, and a long run
// of them must neither slow lookups down nor hand one word another's row.

const FNV_PRIME = 0x01000193;

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The inverse of an odd number modulo 2^32 (Newton's iteration). */
function inverse(a: number): number {
  let x = a;
  for (let k = 0; k < 5; k++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** `prefix` and two more characters chosen so the whole hashes to `target`, or null if none exists. */
function collide(prefix: string, target: number): string | null {
  const s = fnv(prefix);
  const u = Math.imul(target, inverse(FNV_PRIME)) >>> 0;
  for (let c1 = 0x100; c1 < 0x10000; c1++) {
    if (isSurrogate(c1)) continue;
    const c2 = (Math.imul(s ^ c1, FNV_PRIME) ^ u) >>> 0;
    if (c2 < 0x100 || c2 >= 0x10000 || isSurrogate(c2)) continue;
    return prefix + String.fromCharCode(c1, c2);
  }
  return null;
}

function paragraph(words: string[]): ParagraphTokens {
  let at = 0;
  const tokens: Token[] = words.map((text) => {
    const t: Token = { start: at, end: at + text.length, text, lower: lowerOf(text), kind: 'word' };
    at += text.length + 1;
    return t;
  });
  return { tokens } as ParagraphTokens;
}

describe('word values of the taggers (features.ts prefixCounts)', () => {
  const target = fnv('said');
  const colliding: string[] = [];
  for (let k = 0; colliding.length < 200; k++) {
    const w = collide(`w${k.toString(36)}`, target);
    if (w !== null) colliding.push(w);
  }

  it('the generated words share one 32-bit hash with "said"', () => {
    assert.ok(colliding.every((w) => fnv(w) === target));
    assert.strictEqual(new Set(colliding).size, colliding.length);
  });

  it('every word gets its own values, also after 200 words of the same hash', () => {
    const words = ['said', ...colliding, ...colliding, 'said', 'Said'];
    const pre = prefixCounts(paragraph(words));
    words.forEach((w, i) => {
      const lower = lowerOf(w);
      assert.strictEqual(pre.word[i], hash(lower) | 0, w);
      assert.strictEqual(pre.stem[i], hash(stem(lower)) | 0, w);
      assert.strictEqual(POS_ALL[pre.posClass[i]], posOf(lower, w), w);
    });
    // "said" stands before and after the colliding run: same row, same id.
    assert.strictEqual(pre.wordId[0], pre.wordId[words.length - 2]);
    assert.strictEqual(pre.lex[0], 1);
  });

  it('equal ids mean equal words (the per-word memos key on the id alone)', () => {
    const words = [...colliding.slice(0, 60), 'said', ...colliding.slice(0, 60), 'told'];
    const pre = prefixCounts(paragraph(words));
    const textOfId = new Map<number, string>();
    words.forEach((w, i) => {
      const seen = textOfId.get(pre.wordId[i]);
      if (seen !== undefined) assert.strictEqual(seen, w);
      textOfId.set(pre.wordId[i], w);
    });
  });
});
