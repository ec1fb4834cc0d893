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
export const CUE_CONTEXT = 24;
export const CUE_WORD = 7;
export const CUE_STATIC = CUE_CONTEXT + CUE_WORD;
export const CUE_DYNAMIC = 3;

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
  out[0] = f2(4, p1);
  out[1] = f2(5, n1);
  out[2] = f2(6, p2);
  out[3] = f2(7, n2);
  out[4] = f3(8, p1, w);
  out[5] = f3(9, w, n1);
  out[6] = f4(10, p1, w, n1);
  out[7] = f3(11, sp1, sw);
  out[8] = f3(14, iq, sw);
  out[9] = f2(15, iq);
  out[10] = f3(16, qb, qa);
  out[11] = f3(17, cb, sw);
  out[12] = f2(18, pos);
  out[13] = f3(19, pos < 2 ? pos : pos === 2 ? 2 : pos === 3 ? 3 : 4, sw);
  out[14] = f3(20, w, n2);
  out[15] = f4(21, qb, qa, sw);
  out[16] = f3(22, p2, p1);
  out[17] = f3(27, i - 1 >= a ? pre.pos[i - 1] : H_START, pre.pos[i]);
  out[18] = f3(28, pre.pos[i], i + 1 < b ? pre.pos[i + 1] : H_END);
  out[19] = f4(29, i - 1 >= a ? pre.pos[i - 1] : H_START, pre.pos[i], i + 1 < b ? pre.pos[i + 1] : H_END);
  out[20] = f3(33, pre.pos[i], n1);
  out[21] = f3(34, p1, pre.pos[i]);
  // Cue-word lexicon: shares evidence across rare cue words, in their usual constructions.
  const lex = pre.lex[i];
  out[22] = f3(36, lex, i + 1 < b ? pre.pos[i + 1] : H_END);
  out[23] = f4(37, i - 1 >= a ? pre.lex[i - 1] : 2, lex, i + 1 < b ? pre.lex[i + 1] : 2);
}

export function cueDynamic(pre: Prefix, i: number, prev: number, out: Uint32Array): void {
  out[0] = f2(30, prev);
  out[1] = f3(31, prev, pre.word[i]);
  out[2] = f3(32, prev, pre.stem[i]);
}
