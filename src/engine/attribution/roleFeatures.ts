// Features of the role tagger, run once per cue, which labels the tokens around it O / S (source) /
// C (content). Shared by training and inference, so they cannot drift.

import type { ParagraphTokens } from './context';
import { f2, f3, f4, H_END, H_START, type Prefix } from './features';
import { posOf } from './pos';

export const ROLE_TAGS = ['O', 'S', 'C'] as const;

/**
 * Features per token: static (roleFeatures) and previous-tag (roleDynamic); callers size `out` so.
 * The static ones are the context features (roleContextFeatures) followed by those of the word and
 * its side of the cue alone (roleWordFeatures), which inference scores once per distinct word.
 */
export const ROLE_CONTEXT = 34;
export const ROLE_WORD = 4;
export const ROLE_STATIC = ROLE_CONTEXT + ROLE_WORD;
export const ROLE_DYNAMIC = 4;

function distBucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7;
}

const BREAK_PUNCT = new Set([',', ';', ':', '\u2014', '\u2015', '--', '-', '(']);
const BREAK_CLASSES = new Set(['WH', 'CONJ', 'VBG', 'PREP']);

/**
 * Running count of clause breaks in a paragraph: a comma, semicolon or dash before a wh-word,
 * conjunction, participle or preposition (", which", "; the", " -- far lower", ", contradicting").
 * Contents end at such breaks far more often than at a plain comma. Computed once per paragraph.
 */
const breakCache = new WeakMap<Prefix, Int32Array>();
function clauseBreaks(p: ParagraphTokens, pre: Prefix): Int32Array {
  let b = breakCache.get(pre);
  if (b) return b;
  const n = p.tokens.length;
  b = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const t = p.tokens[i];
    let hit = 0;
    if (BREAK_PUNCT.has(t.text) && t.kind === 'punct' && i + 1 < n) {
      const u = p.tokens[i + 1];
      hit = t.text === ';' || t.text.length > 1 || t.text !== ',' && t.text !== '(' || BREAK_CLASSES.has(posOf(u.lower, u.text)) ? 1 : 0;
    }
    b[i + 1] = b[i] + hit;
  }
  breakCache.set(pre, b);
  return b;
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
export function roleFeatures(p: ParagraphTokens, pre: Prefix, cueCount: Int32Array, cue: CueRef, i: number, out: Uint32Array): void {
  roleContextFeatures(p, pre, cueCount, cue, i, out);
  roleWordFeatures(pre, i, i < cue.start, out, ROLE_CONTEXT);
}

/**
 * Features of token i that read only its word, its word class and its side of the cue (a memo of
 * their scores is keyed on exactly these), written at out[at...].
 */
export function roleWordFeatures(pre: Prefix, i: number, left: boolean, out: Uint32Array, at: number): void {
  const side = left ? 1 : 2;
  out[at] = f2(40, side);
  out[at + 1] = f3(42, side, pre.word[i]);
  out[at + 2] = f2(43, pre.word[i]);
  out[at + 3] = f3(73, side, pre.pos[i]);
}

/** The ROLE_CONTEXT features of token i that read its neighbours, the cue or the distance to it. */
export function roleContextFeatures(p: ParagraphTokens, pre: Prefix, cueCount: Int32Array, cue: CueRef, i: number, out: Uint32Array): void {
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
  out[0] = f2(41, s + db);
  out[1] = f3(44, side, p1);
  out[2] = f3(45, side, n1);
  out[3] = f3(46, s + db, sh);
  out[4] = f4(47, side, iq, qd);
  out[5] = f3(48, s + db, iq);
  out[6] = f2(49, s + commas);
  out[7] = f2(50, s + quotes);
  out[8] = f4(51, s + commas, quotes, iq);
  out[9] = f2(52, s + thats);
  out[10] = f3(53, s + thats, commas);
  out[11] = f2(54, s + sd);
  out[12] = f3(55, s + sd, quotes);
  out[13] = f2(56, s + others);
  out[14] = f3(57, s + others, commas);
  out[15] = f3(58, cue.key, side);
  out[16] = f3(59, cue.key, s + db);
  out[17] = f3(60, cue.key, s + commas);
  out[18] = f3(61, afterCue, s + db);
  out[19] = f3(62, beforeCue, s + db);
  out[20] = f4(63, side, sentFirst * 2 + sentLast, sh);
  out[21] = f4(64, side, sentFirst, sd);
  out[22] = f4(65, cue.key, s + sd, iq);
  out[23] = f4(66, s + db, w, iq);
  out[24] = f4(67, side, p1, w);
  out[25] = f4(68, side, w, n1);
  out[26] = f4(69, s + sd, sentLast, sh);
  out[27] = f4(74, side, i > 0 ? pre.pos[i - 1] : H_START, pre.pos[i]);
  out[28] = f3(75, s + db, pre.pos[i]);
  out[29] = f4(76, side, pre.pos[i], i + 1 < n ? pre.pos[i + 1] : H_END);
  const breaks = clauseBreaks(p, pre);
  const brk = Math.min(2, breaks[hi] - breaks[lo]);
  const sentStart = p.sentenceTokens.get(p.sentence[i])?.[0] ?? i;
  out[30] = f4(80, cue.key, s + db, pre.pos[i]);
  out[31] = f3(81, s + brk, iq);
  out[32] = f4(82, s + brk, commas, pre.pos[i]);
  out[33] = f4(83, side, pre.pos[sentStart], Math.min(2, pre.comma[hi] - pre.comma[Math.max(lo, sentStart)]));
}

/** Previous-tag features of the role tagger (prev: a role tag index, 3 = window start, 4 = the cue). */
export function roleDynamic(pre: Prefix, i: number, left: boolean, prev: number, out: Uint32Array): void {
  const side = left ? 1 : 2;
  out[0] = f3(70, prev, side);
  out[1] = f4(71, prev, side, pre.word[i]);
  out[2] = f4(72, prev, side, pre.shape[i]);
  out[3] = f4(77, prev, side, pre.pos[i]);
}
