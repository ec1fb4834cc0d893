// Features of the role tagger, run once per cue, which labels the tokens around it O / S (source) /
// C (content). Shared by training and inference, so they cannot drift.

import type { ParagraphTokens } from './context';
import { f2, f3, f4, H_END, H_START, type Prefix } from './features';

export const ROLE_TAGS = ['O', 'S', 'C'] as const;

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
