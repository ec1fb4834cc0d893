// Features of the cue tagger, which labels each token O / B (cue starts) / I (cue continues).
// Shared by training and inference, so they cannot drift.

import type { ParagraphTokens } from './context';
import { f2, f3, f4, H_END, H_START, type Prefix } from './features';

export const CUE_TAGS = ['O', 'B', 'I'] as const;

/**
 * Features per token: static (cueFeatures) and previous-tag (cueDynamic); callers size `out` so.
 * The static ones are the context features (cueContextFeatures) followed by those of the word alone
 * (cueWordFeatures), which inference scores once per distinct word (wordScores.ts).
 */
export const CUE_CONTEXT = 24; // CUE_TOKEN + CUE_POS + CUE_LEX + CUE_PLACES
export const CUE_WORD = 7;
export const CUE_STATIC = CUE_CONTEXT + CUE_WORD;
export const CUE_DYNAMIC = 3;
/** The previous-tag value (cueDynamic's `prev`) of a sentence's first token. */
export const CUE_PREV_START = 9;

function wAt(pre: Prefix, i: number, a: number, b: number): number {
  return i < a ? H_START : i >= b ? H_END : pre.word[i];
}

/** Static features of token i for the cue tagger (training); [a, b) is its sentence's token range. */
export function cueFeatures(p: ParagraphTokens, pre: Prefix, i: number, a: number, b: number, out: Uint32Array): void {
  cueContextFeatures(p, pre, i, a, b, out);
  cueWordFeatures(pre, i, out, CUE_CONTEXT);
}

/**
 * Features of token i that read only the token's own values: word, stem, suffix, shape, word class
 * and lexicon flag (a memo of their scores is keyed on exactly these), written at out[at...].
 */
export function cueWordFeatures(pre: Prefix, i: number, out: Uint32Array, at: number): void {
  const pos = pre.pos[i];
  out[at] = 1;
  out[at + 1] = f2(2, pre.word[i]);
  out[at + 2] = f2(3, pre.stem[i]);
  out[at + 3] = f2(12, pre.suffix[i]);
  out[at + 4] = f2(13, pre.shape[i]);
  out[at + 5] = f2(26, pos);
  out[at + 6] = f3(35, pre.lex[i], pos);
}

/** The CUE_CONTEXT features of token i that read its neighbours or its place in the sentence. */
export function cueContextFeatures(p: ParagraphTokens, pre: Prefix, i: number, a: number, b: number, out: Uint32Array): void {
  cueTokenFeatures(p, pre, i, a, b, out, 0);
  const nextPos = i + 1 < b ? pre.pos[i + 1] : H_END;
  cuePosFeatures(i - 1 >= a ? pre.pos[i - 1] : H_START, pre.pos[i], nextPos, out, CUE_TOKEN);
  cueLexFeatures(i - 1 >= a ? pre.lex[i - 1] : 2, pre.lex[i], i + 1 < b ? pre.lex[i + 1] : 2, nextPos, out, CUE_TOKEN + CUE_POS);
  cuePlaceFeatures(cuePlaceKey(p, pre, i, a, b), out, CUE_TOKEN + CUE_POS + CUE_LEX);
}

/** The CUE_TOKEN context features: those that read neighbouring words or stems. */
export const CUE_TOKEN = 16;
export function cueTokenFeatures(p: ParagraphTokens, pre: Prefix, i: number, a: number, b: number, out: Uint32Array, at: number): void {
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
  out[at] = f2(4, p1);
  out[at + 1] = f2(5, n1);
  out[at + 2] = f2(6, p2);
  out[at + 3] = f2(7, n2);
  out[at + 4] = f3(8, p1, w);
  out[at + 5] = f3(9, w, n1);
  out[at + 6] = f4(10, p1, w, n1);
  out[at + 7] = f3(11, sp1, sw);
  out[at + 8] = f3(14, iq, sw);
  out[at + 9] = f3(17, cb, sw);
  out[at + 10] = f3(19, pos < 2 ? pos : pos === 2 ? 2 : pos === 3 ? 3 : 4, sw);
  out[at + 11] = f3(20, w, n2);
  out[at + 12] = f4(21, qb, qa, sw);
  out[at + 13] = f3(22, p2, p1);
  out[at + 14] = f3(33, pre.pos[i], n1);
  out[at + 15] = f3(34, p1, pre.pos[i]);
}

/**
 * Features of the word classes of token i and its neighbours (hashes; H_START / H_END beyond the
 * sentence): CUE_POS of them at out[at...]. Inference memoises their scores by the three classes.
 */
export const CUE_POS = 3;
export function cuePosFeatures(before: number, pos: number, after: number, out: Uint32Array, at: number): void {
  out[at] = f3(27, before, pos);
  out[at + 1] = f3(28, pos, after);
  out[at + 2] = f4(29, before, pos, after);
}

/**
 * Cue-word lexicon features: the flags of token i and its neighbours (2 beyond the sentence) and
 * the next word's class (hash): CUE_LEX of them at out[at...]. They share evidence across rare cue
 * words, in their usual constructions.
 */
export const CUE_LEX = 2;
export function cueLexFeatures(before: number, lex: number, after: number, nextPos: number, out: Uint32Array, at: number): void {
  out[at] = f3(36, lex, nextPos);
  out[at + 1] = f4(37, before, lex, after);
}

/**
 * Token i's place: in a quote, quote marks before / after it in the sentence [a, b), and where in
 * the sentence it stands, as one of CUE_PLACE_KEYS indices: all that the CUE_PLACES features read.
 */
export const CUE_PLACE_KEYS = 2 * 3 * 3 * 5;
export function cuePlaceKey(p: ParagraphTokens, pre: Prefix, i: number, a: number, b: number): number {
  const pos = i === a ? 0 : i === b - 1 ? 1 : i - a < 4 ? 2 : b - i < 5 ? 3 : 4;
  const qb = Math.min(2, pre.quote[i] - pre.quote[a]);
  const qa = Math.min(2, pre.quote[b] - pre.quote[i + 1]);
  return ((p.inQuote[i] * 3 + qb) * 3 + qa) * 5 + pos;
}

export const CUE_PLACES = 3;
export function cuePlaceFeatures(key: number, out: Uint32Array, at: number): void {
  const pos = key % 5;
  const qa = Math.floor(key / 5) % 3;
  const qb = Math.floor(key / 15) % 3;
  const iq = Math.floor(key / 45);
  out[at] = f2(15, iq);
  out[at + 1] = f3(16, qb, qa);
  out[at + 2] = f2(18, pos);
}

export function cueDynamic(pre: Prefix, i: number, prev: number, out: Uint32Array): void {
  out[0] = f2(30, prev);
  out[1] = f3(31, prev, pre.word[i]);
  out[2] = f3(32, prev, pre.stem[i]);
}
