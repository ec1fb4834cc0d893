// Features of the two trained taggers (shared by training and inference, so they cannot drift):
//  1. the cue tagger labels each token O / B (cue starts) / I (cue continues);
//  2. the role tagger, run once per cue, labels the tokens around it O / S (source) / C (content).
// A feature is a 32-bit hash of a template number and the values it combines; no strings are built
// per token, which keeps tagging fast.

import type { ParagraphTokens } from './context';
import { posOf } from './pos';

export const CUE_TAGS = ['O', 'B', 'I'] as const;
export const ROLE_TAGS = ['O', 'S', 'C'] as const;

/** FNV-1a, 32 bit, of a string. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values into one (murmur3 finaliser over a combination). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function f2(t: number, a: number): number {
  return mix(t, a);
}
function f3(t: number, a: number, b: number): number {
  return mix(mix(t, a), b);
}
function f4(t: number, a: number, b: number, c: number): number {
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

const H_START = hash('<s>');
const H_END = hash('</s>');

/** Per-token hashes and running counts over a paragraph, computed once and shared by both taggers. */
export interface Prefix {
  word: Uint32Array;
  stem: Uint32Array;
  shape: Uint32Array;
  suffix: Uint32Array;
  /** Hash of the coarse word class (see pos.ts). */
  pos: Uint32Array;
  comma: Int32Array;
  quote: Int32Array;
  that: Int32Array;
}

export function prefixCounts(p: ParagraphTokens): Prefix {
  const n = p.tokens.length;
  const word = new Uint32Array(n);
  const st = new Uint32Array(n);
  const sh = new Uint32Array(n);
  const suffix = new Uint32Array(n);
  const pos = new Uint32Array(n);
  const comma = new Int32Array(n + 1);
  const quote = new Int32Array(n + 1);
  const that = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const t = p.tokens[i];
    word[i] = hash(t.lower);
    st[i] = hash(stem(t.lower));
    sh[i] = hash(shape(t.text));
    suffix[i] = hash(t.lower.slice(-3));
    pos[i] = hash(posOf(t.lower, t.text));
    comma[i + 1] = comma[i] + (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '\u2014' || t.text === '--' ? 1 : 0);
    quote[i + 1] = quote[i] + (t.kind === 'quote' ? 1 : 0);
    that[i + 1] = that[i] + (t.lower === 'that' ? 1 : 0);
  }
  return { word, stem: st, shape: sh, suffix, pos, comma, quote, that };
}

function wAt(pre: Prefix, i: number, a: number, b: number): number {
  return i < a ? H_START : i >= b ? H_END : pre.word[i];
}

/** Static features of token i for the cue tagger; [a, b) is its sentence's token range. */
export function cueFeatures(p: ParagraphTokens, pre: Prefix, i: number, a: number, b: number, out: number[]): void {
  out.length = 0;
  const w = pre.word[i];
  const p1 = wAt(pre, i - 1, a, b);
  const n1 = wAt(pre, i + 1, a, b);
  const p2 = wAt(pre, i - 2, a, b);
  const n2 = wAt(pre, i + 2, a, b);
  const sw = pre.stem[i];
  const sp1 = i - 1 >= a ? pre.stem[i - 1] : H_START;
  const iq = p.inQuote[i];
  const pos = i === a ? 0 : i === b - 1 ? 1 : i - a < 4 ? 2 : b - i < 5 ? 3 : 4;
  const qb = Math.min(2, pre.quote[i] - pre.quote[a]);
  const qa = Math.min(2, pre.quote[b] - pre.quote[i + 1]);
  const cb = Math.min(2, pre.comma[i] - pre.comma[a]);
  out.push(
    1,
    f2(2, w),
    f2(3, sw),
    f2(4, p1),
    f2(5, n1),
    f2(6, p2),
    f2(7, n2),
    f3(8, p1, w),
    f3(9, w, n1),
    f4(10, p1, w, n1),
    f3(11, sp1, sw),
    f2(12, pre.suffix[i]),
    f2(13, pre.shape[i]),
    f3(14, iq, sw),
    f2(15, iq),
    f3(16, qb, qa),
    f3(17, cb, sw),
    f2(18, pos),
    f3(19, pos < 2 ? pos : pos === 2 ? 2 : pos === 3 ? 3 : 4, sw),
    f3(20, w, n2),
    f4(21, qb, qa, sw),
    f3(22, p2, p1),
    f2(26, pre.pos[i]),
    f3(27, i - 1 >= a ? pre.pos[i - 1] : H_START, pre.pos[i]),
    f3(28, pre.pos[i], i + 1 < b ? pre.pos[i + 1] : H_END),
    f4(29, i - 1 >= a ? pre.pos[i - 1] : H_START, pre.pos[i], i + 1 < b ? pre.pos[i + 1] : H_END),
    f3(33, pre.pos[i], n1),
    f3(34, p1, pre.pos[i]),
  );
}

export function cueDynamic(pre: Prefix, i: number, prev: number, out: number[]): void {
  out.length = 0;
  out.push(f2(30, prev), f3(31, prev, pre.word[i]), f3(32, prev, pre.stem[i]));
}

function distBucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7;
}

/** What the role tagger knows about the cue it is labelling around. */
export interface CueRef {
  /** Token range [start, end) of the cue. */
  start: number;
  end: number;
  /** Hash of the cue's stemmed words ("according to", "say"). */
  key: number;
}

/**
 * Static features of token i (outside the cue) for the role tagger. `cueCount` is a running count
 * of cue tokens in the paragraph, so a token beyond another cue can be told apart.
 */
export function roleFeatures(p: ParagraphTokens, pre: Prefix, cueCount: Int32Array, cue: CueRef, i: number, out: number[]): void {
  out.length = 0;
  const n = p.tokens.length;
  const left = i < cue.start;
  const side = left ? 1 : 2;
  const lo = left ? i + 1 : cue.end;
  const hi = left ? cue.start : i;
  const db = distBucket(left ? cue.start - i : i - cue.end + 1);
  const commas = Math.min(3, pre.comma[hi] - pre.comma[lo]);
  const quotes = Math.min(3, pre.quote[hi] - pre.quote[lo]);
  const thats = Math.min(1, pre.that[hi] - pre.that[lo]);
  const others = Math.min(1, cueCount[hi] - cueCount[lo]);
  const sd = Math.max(-1, Math.min(1, p.sentence[i] - p.sentence[cue.start])) + 1;
  const w = pre.word[i];
  const p1 = i > 0 ? pre.word[i - 1] : H_START;
  const n1 = i + 1 < n ? pre.word[i + 1] : H_END;
  const iq = p.inQuote[i];
  const qd = p.quoteDir[i] + 1;
  const sentFirst = i === 0 || p.sentence[i - 1] !== p.sentence[i] ? 1 : 0;
  const sentLast = i === n - 1 || p.sentence[i + 1] !== p.sentence[i] ? 1 : 0;
  const afterCue = cue.end < n ? pre.word[cue.end] : H_END;
  const beforeCue = cue.start > 0 ? pre.word[cue.start - 1] : H_START;
  const sh = pre.shape[i];
  const s = side * 16;
  out.push(
    f2(40, side),
    f2(41, s + db),
    f3(42, side, w),
    f2(43, w),
    f3(44, side, p1),
    f3(45, side, n1),
    f3(46, s + db, sh),
    f4(47, side, iq, qd),
    f3(48, s + db, iq),
    f2(49, s + commas),
    f2(50, s + quotes),
    f4(51, s + commas, quotes, iq),
    f2(52, s + thats),
    f3(53, s + thats, commas),
    f2(54, s + sd),
    f3(55, s + sd, quotes),
    f2(56, s + others),
    f3(57, s + others, commas),
    f3(58, cue.key, side),
    f3(59, cue.key, s + db),
    f3(60, cue.key, s + commas),
    f3(61, afterCue, s + db),
    f3(62, beforeCue, s + db),
    f4(63, side, sentFirst * 2 + sentLast, sh),
    f4(64, side, sentFirst, sd),
    f4(65, cue.key, s + sd, iq),
    f4(66, s + db, w, iq),
    f4(67, side, p1, w),
    f4(68, side, w, n1),
    f4(69, s + sd, sentLast, sh),
    f3(73, side, pre.pos[i]),
    f4(74, side, i > 0 ? pre.pos[i - 1] : H_START, pre.pos[i]),
    f3(75, s + db, pre.pos[i]),
    f4(76, side, pre.pos[i], i + 1 < n ? pre.pos[i + 1] : H_END),
  );
}

/** Previous-tag features of the role tagger (prev: a role tag index, 3 = window start, 4 = the cue). */
export function roleDynamic(pre: Prefix, i: number, left: boolean, prev: number, out: number[]): void {
  out.length = 0;
  const side = left ? 1 : 2;
  out.push(f3(70, prev, side), f4(71, prev, side, pre.word[i]), f4(72, prev, side, pre.shape[i]), f4(77, prev, side, pre.pos[i]));
}
