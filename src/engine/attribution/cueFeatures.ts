// Features of the cue tagger, which labels each token O / B (cue starts) / I (cue continues).
// Shared by training and inference, so they cannot drift.

import type { ParagraphTokens } from './context';
import { f2, f3, f4, H_END, H_START, type Prefix } from './features';

export const CUE_TAGS = ['O', 'B', 'I'] as const;

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
