// Shared helpers of the two trained taggers' features (cueFeatures.ts, roleFeatures.ts): hashing,
// a crude stemmer, and the per-token hashes and running counts both compute from once per paragraph.
// A feature is a 32-bit hash of a template number and the values it combines; no strings are built
// per token, which keeps tagging fast.

import type { ParagraphTokens } from './context';
import { isCueWord } from './cueLexicon';
import { POS_ALL, posOf } from './pos';
import { lowerOf } from '../tokenize';
import { detached } from '../text';

/** FNV-1a, 32 bit, of a string. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mixes two 32-bit values into one (murmur3 finaliser over a combination). The result is the hash's
 * 32 bits as a signed integer: V8 keeps that unboxed (a uint32 above 2^31 would be a heap number
 * per call), and a Uint32Array that stores it reads back the unsigned hash.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function f2(t: number, a: number): number {
  return mix(t, a);
}
export function f3(t: number, a: number, b: number): number {
  return mix(mix(t, a), b);
}
export function f4(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(t, a), b), c);
}

function shape(t: string): string {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (t.length === 1 && !/[A-Za-z]/.test(t)) return t;
  if (t === t.toUpperCase() && t !== t.toLowerCase()) return t.length > 1 ? 'XX' : 'X';
  if (t[0] !== t[0].toLowerCase()) return 'Xx';
  return 'x';
}

/** A crude stem so "says", "said", "saying" and "say" share evidence. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export const H_START = hash('<s>');
export const H_END = hash('</s>');

/**
 * Per-token hashes and running counts over a paragraph, computed once and shared by both taggers.
 * The hashes are kept as signed 32-bit values (same bits; they only feed mix()), so reading them
 * allocates nothing.
 */
export interface Prefix {
  word: Int32Array;
  stem: Int32Array;
  shape: Int32Array;
  suffix: Int32Array;
  /** Hash of the coarse word class (see pos.ts). */
  pos: Int32Array;
  /** The coarse word class as an index into POS_ALL (posHash turns it back into `pos`). */
  posClass: Uint8Array;
  comma: Int32Array;
  quote: Int32Array;
  that: Int32Array;
  /** 1 for a speech / cognition / attitude / intention word (cueLexicon.ts). */
  lex: Uint8Array;
  /**
   * The id of the token's word (see nextWordId): equal ids mean equal values of every field above
   * that reads only the token's text, so per-word memos key on it alone.
   */
  wordId: Float64Array;
  /**
   * 1 where the cue tagger may start a cue: on a word, or on the colon / dash that introduces a
   * quote ("Trump tweeted:", "― Name"). Kept here because this loop reads every token anyway.
   */
  cueStart: Uint8Array;
}

// Token text -> its values (all that prefixCounts needs of a token that depends only on its text),
// computed once per word: news repeats its words, so most tokens skip five hashes, the stemmer and
// the word-class lookup. An open-addressing table over one Float64Array with a row of ROW values per
// word (its text's hash, the five feature hashes, class and lexicon flag, id): a hit reads one cache
// line and the stored text. A Map of objects took several cache misses per token, and was a tenth of
// all analysis time. Cleared when three quarters full, so hostile input cannot grow it; a word whose
// slot is at the end of a long run of colliding ones is computed and not stored, so crafted
// collisions cannot make lookups slow either.
const ROW = 8;
const WORD_SLOTS = 1 << 16;
const WORD_CACHE_MAX = (WORD_SLOTS * 3) >> 2;
const MAX_PROBES = 32;
/** Rows of WORD_SLOTS slots, then a spare row for words that are not stored. */
const wordRows = new Float64Array((WORD_SLOTS + 1) * ROW);
/** The text of each used slot ('' = empty: a token is never empty). */
let wordKeys: string[] = new Array<string>(WORD_SLOTS).fill('');
let wordCount = 0;
/**
 * Unique over the process's life (a double: 2^53 ids never run out), so it keys memos exactly:
 * equal ids mean equal values of every Prefix field that reads only the token's text.
 */
let nextWordId = 0;

/** FNV-1a (32 bit) of a token's text as written. */
function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Row offset in wordRows of `text`'s values, computed (and stored when there is room) on a miss. */
function wordRow(text: string): number {
  const h = textHash(text);
  const mask = WORD_SLOTS - 1;
  let slot = h & mask;
  for (let probes = 0; ; probes++) {
    const key = wordKeys[slot];
    if (key === '') break;
    if (wordRows[slot * ROW] === h && key === text) return slot * ROW;
    if (probes === MAX_PROBES) return fillRow(WORD_SLOTS * ROW, text, h);
    slot = (slot + 1) & mask;
  }
  if (wordCount >= WORD_CACHE_MAX) {
    wordKeys = new Array<string>(WORD_SLOTS).fill('');
    wordCount = 0;
    slot = h & mask;
  }
  wordKeys[slot] = detached(text);
  wordCount++;
  return fillRow(slot * ROW, text, h);
}

/** Writes `text`'s values in the row at offset o, with a new id. */
function fillRow(o: number, text: string, h: number): number {
  // From the text alone (not the token's own `lower`), so that a stored row is exact by construction.
  const lower = lowerOf(text);
  const cls = posOf(lower, text);
  wordRows[o] = h;
  wordRows[o + 1] = hash(lower) | 0;
  wordRows[o + 2] = hash(stem(lower)) | 0;
  wordRows[o + 3] = hash(shape(text)) | 0;
  wordRows[o + 4] = hash(lower.slice(-3)) | 0;
  wordRows[o + 5] = hash(cls) | 0;
  wordRows[o + 6] = (POS_INDEX.get(cls) as number) * 2 + (isCueWord(lower) ? 1 : 0);
  wordRows[o + 7] = nextWordId++;
  return o;
}

/** Sentence start and end as word classes, after those of POS_ALL. */
export const POS_START = POS_ALL.length;
export const POS_END = POS_ALL.length + 1;
export const POS_COUNT = POS_ALL.length + 2;
const POS_HASHES = new Int32Array(POS_COUNT);
POS_ALL.forEach((c, k) => (POS_HASHES[k] = hash(c)));
POS_HASHES[POS_START] = H_START;
POS_HASHES[POS_END] = H_END;
const POS_INDEX = new Map<string, number>(POS_ALL.map((c, k) => [c, k]));

/** The hash (as in Prefix.pos; H_START, H_END) of a word class index (Prefix.posClass, POS_START, POS_END). */
export function posHash(posClass: number): number {
  return POS_HASHES[posClass];
}

export function prefixCounts(p: ParagraphTokens): Prefix {
  const n = p.tokens.length;
  // One buffer for all twelve arrays: a paragraph is often short, and each allocation costs more than
  // filling it. The doubles first, for their alignment.
  const buffer = new ArrayBuffer(8 * n + 4 * (8 * n + 3) + 3 * n);
  const wordId = new Float64Array(buffer, 0, n);
  const ints = (k: number, len: number) => new Int32Array(buffer, 8 * n + 4 * (k * n + Math.max(0, k - 5)), len);
  const word = ints(0, n);
  const st = ints(1, n);
  const sh = ints(2, n);
  const suffix = ints(3, n);
  const pos = ints(4, n);
  const comma = ints(5, n + 1);
  const quote = ints(6, n + 1);
  const that = ints(7, n + 1);
  const bytes = 8 * n + 4 * (8 * n + 3);
  const lex = new Uint8Array(buffer, bytes, n);
  const cueStart = new Uint8Array(buffer, bytes + n, n);
  const posClass = new Uint8Array(buffer, bytes + 2 * n, n);
  for (let i = 0; i < n; i++) {
    const t = p.tokens[i];
    const o = wordRow(t.text);
    word[i] = wordRows[o + 1];
    st[i] = wordRows[o + 2];
    sh[i] = wordRows[o + 3];
    suffix[i] = wordRows[o + 4];
    pos[i] = wordRows[o + 5];
    const classAndLex = wordRows[o + 6];
    posClass[i] = classAndLex >> 1;
    lex[i] = classAndLex & 1;
    wordId[i] = wordRows[o + 7];
    comma[i + 1] = comma[i] + (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '\u2014' || t.text === '--' ? 1 : 0);
    quote[i + 1] = quote[i] + (t.kind === 'quote' ? 1 : 0);
    that[i + 1] = that[i] + (t.lower === 'that' ? 1 : 0);
    cueStart[i] = t.kind === 'word' || t.text === ':' || t.text === '\u2015' || t.text === '\u2014' ? 1 : 0;
  }
  return { word, stem: st, shape: sh, suffix, pos, posClass, comma, quote, that, lex, cueStart, wordId };
}
