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
export const ROLE_CONTEXT = 34; // ROLE_TOKEN + ROLE_COUNTS + ROLE_SPANS + ROLE_CUE
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
    // The kind first: most tokens are words, and a Set probe hashes the token's text.
    if (t.kind === 'punct' && i + 1 < n && BREAK_PUNCT.has(t.text)) {
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

/**
 * The small values that the role features of a token read besides words and hashes, written by
 * roleSituation into `RoleSituation` (one shared scratch array; indices below).
 */
export const SIDE = 0; // 1 left of the cue, 2 right of it
export const DB = 1; // distance bucket to the cue, 0..7
export const COMMAS = 2; // commas between token and cue, 0..3
export const QUOTES = 3; // quote marks between token and cue, 0..3
export const THATS = 4; // a "that" between token and cue, 0..1
export const OTHERS = 5; // another cue's token between token and cue, 0..1
export const SD = 6; // sentence of the token relative to the cue's, 0..2
export const IQ = 7; // token inside a quote, 0..1
export const QD = 8; // quote direction + 1, 0..2
export const SENT_FIRST = 9; // first token of its sentence, 0..1
export const SENT_LAST = 10; // last token of its sentence, 0..1
export const BRK = 11; // clause breaks between token and cue, 0..2
const LO = 12; // token range between token and cue: [LO, HI)
const HI = 13;
export const situation = new Int32Array(14);

/** Fills `situation` for token i (outside the cue). */
export function roleSituation(p: ParagraphTokens, pre: Prefix, cueCount: Int32Array, cue: CueRef, i: number): void {
  const n = p.tokens.length;
  const left = i < cue.start;
  const lo = left ? i + 1 : cue.end;
  const hi = left ? cue.start : i;
  const v = situation;
  v[SIDE] = left ? 1 : 2;
  v[DB] = distBucket(left ? cue.start - i : i - cue.end + 1);
  v[COMMAS] = Math.min(3, pre.comma[hi] - pre.comma[lo]);
  v[QUOTES] = Math.min(3, pre.quote[hi] - pre.quote[lo]);
  v[THATS] = Math.min(1, pre.that[hi] - pre.that[lo]);
  v[OTHERS] = Math.min(1, cueCount[hi] - cueCount[lo]);
  v[SD] = Math.max(-1, Math.min(1, p.sentence[i] - p.sentence[cue.start])) + 1;
  v[IQ] = p.inQuote[i];
  v[QD] = p.quoteDir[i] + 1;
  v[SENT_FIRST] = i === 0 || p.sentence[i - 1] !== p.sentence[i] ? 1 : 0;
  v[SENT_LAST] = i === n - 1 || p.sentence[i + 1] !== p.sentence[i] ? 1 : 0;
  const breaks = clauseBreaks(p, pre);
  v[BRK] = Math.min(2, breaks[hi] - breaks[lo]);
  v[LO] = lo;
  v[HI] = hi;
}

/** The ROLE_CONTEXT features of token i that read its neighbours, the cue or the distance to it. */
export function roleContextFeatures(p: ParagraphTokens, pre: Prefix, cueCount: Int32Array, cue: CueRef, i: number, out: Uint32Array): void {
  roleSituation(p, pre, cueCount, cue, i);
  roleTokenFeatures(p, pre, cue, i, out, 0);
  roleCountFeatures(out, ROLE_TOKEN);
  roleSpanFeatures(out, ROLE_TOKEN + ROLE_COUNTS);
  roleCueFeatures(p, pre, cue, out, ROLE_TOKEN + ROLE_COUNTS + ROLE_SPANS);
}

/**
 * Context features that read the cue (its key, the words around it) and nothing of the token but
 * `situation`'s side, distance bucket, commas, sentence and quote: ROLE_CUE of them at out[at...].
 * Within one cue's window they change only where roleCueKey does, so inference reuses their scores
 * from token to token.
 */
export const ROLE_CUE = 6;
export function roleCueKey(): number {
  const v = situation;
  return ((((v[SIDE] - 1) * 8 + v[DB]) * 4 + v[COMMAS]) * 3 + v[SD]) * 2 + v[IQ];
}
export function roleCueFeatures(p: ParagraphTokens, pre: Prefix, cue: CueRef, out: Uint32Array, at: number): void {
  const n = p.tokens.length;
  const v = situation;
  const side = v[SIDE];
  const s = side * 16;
  const db = v[DB];
  const afterCue = cue.end < n ? pre.word[cue.end] : H_END;
  const beforeCue = cue.start > 0 ? pre.word[cue.start - 1] : H_START;
  out[at] = f3(58, cue.key, side);
  out[at + 1] = f3(59, cue.key, s + db);
  out[at + 2] = f3(60, cue.key, s + v[COMMAS]);
  out[at + 3] = f3(61, afterCue, s + db);
  out[at + 4] = f3(62, beforeCue, s + db);
  out[at + 5] = f4(65, cue.key, s + v[SD], v[IQ]);
}

/**
 * Context features that read nothing but the counts between token and cue, the sentences and the
 * quote (`situation`, set first): ROLE_COUNTS of them at out[at...]. They take one of
 * ROLE_COUNT_KEYS values together, indexed by roleCountKey, so inference memoises their scores.
 */
export const ROLE_COUNTS = 10;
export const ROLE_COUNT_KEYS = 2 * 4 * 4 * 2 * 2 * 3 * 2 * 2;
export function roleCountKey(): number {
  const v = situation;
  return ((((((v[SIDE] - 1) * 4 + v[COMMAS]) * 4 + v[QUOTES]) * 2 + v[THATS]) * 2 + v[OTHERS]) * 3 + v[SD]) * 4 + v[SENT_FIRST] * 2 + v[IQ];
}
export function roleCountFeatures(out: Uint32Array, at: number): void {
  const v = situation;
  const side = v[SIDE];
  const s = side * 16;
  const commas = v[COMMAS];
  const quotes = v[QUOTES];
  const thats = v[THATS];
  const others = v[OTHERS];
  const sd = v[SD];
  const iq = v[IQ];
  out[at] = f2(49, s + commas);
  out[at + 1] = f2(50, s + quotes);
  out[at + 2] = f4(51, s + commas, quotes, iq);
  out[at + 3] = f2(52, s + thats);
  out[at + 4] = f3(53, s + thats, commas);
  out[at + 5] = f2(54, s + sd);
  out[at + 6] = f3(55, s + sd, quotes);
  out[at + 7] = f2(56, s + others);
  out[at + 8] = f3(57, s + others, commas);
  out[at + 9] = f4(64, side, v[SENT_FIRST], sd);
}

/**
 * Context features that read nothing but the side, distance bucket, quote and clause breaks
 * (`situation`): ROLE_SPANS of them at out[at...], memoised like the counting ones.
 */
export const ROLE_SPANS = 4;
export const ROLE_SPAN_KEYS = 2 * 8 * 2 * 3 * 3;
export function roleSpanKey(): number {
  const v = situation;
  return ((((v[SIDE] - 1) * 8 + v[DB]) * 2 + v[IQ]) * 3 + v[QD]) * 3 + v[BRK];
}
export function roleSpanFeatures(out: Uint32Array, at: number): void {
  const v = situation;
  const side = v[SIDE];
  const s = side * 16;
  const db = v[DB];
  const iq = v[IQ];
  out[at] = f2(41, s + db);
  out[at + 1] = f4(47, side, iq, v[QD]);
  out[at + 2] = f3(48, s + db, iq);
  out[at + 3] = f3(81, s + v[BRK], iq);
}

/** The ROLE_TOKEN context features: those that read the token's or its neighbours' words and classes (`situation` set). */
export const ROLE_TOKEN = 14;
export function roleTokenFeatures(p: ParagraphTokens, pre: Prefix, cue: CueRef, i: number, out: Uint32Array, at: number): void {
  const n = p.tokens.length;
  const v = situation;
  const side = v[SIDE];
  const s = side * 16;
  const db = v[DB];
  const commas = v[COMMAS];
  const sd = v[SD];
  const iq = v[IQ];
  const lo = v[LO];
  const hi = v[HI];
  const w = pre.word[i];
  const p1 = i > 0 ? pre.word[i - 1] : H_START;
  const n1 = i + 1 < n ? pre.word[i + 1] : H_END;
  const sh = pre.shape[i];
  out[at] = f3(44, side, p1);
  out[at + 1] = f3(45, side, n1);
  out[at + 2] = f3(46, s + db, sh);
  out[at + 3] = f4(63, side, v[SENT_FIRST] * 2 + v[SENT_LAST], sh);
  out[at + 4] = f4(66, s + db, w, iq);
  out[at + 5] = f4(67, side, p1, w);
  out[at + 6] = f4(68, side, w, n1);
  out[at + 7] = f4(69, s + sd, v[SENT_LAST], sh);
  out[at + 8] = f4(74, side, i > 0 ? pre.pos[i - 1] : H_START, pre.pos[i]);
  out[at + 9] = f3(75, s + db, pre.pos[i]);
  out[at + 10] = f4(76, side, pre.pos[i], i + 1 < n ? pre.pos[i + 1] : H_END);
  const sentStart = p.sentenceStart[i];
  out[at + 11] = f4(80, cue.key, s + db, pre.pos[i]);
  out[at + 12] = f4(82, s + v[BRK], commas, pre.pos[i]);
  out[at + 13] = f4(83, side, pre.pos[sentStart], Math.min(2, pre.comma[hi] - pre.comma[Math.max(lo, sentStart)]));
}

/** Previous-tag features of the role tagger (prev: a role tag index, 3 = window start, 4 = the cue). */
export function roleDynamic(pre: Prefix, i: number, left: boolean, prev: number, out: Uint32Array): void {
  const side = left ? 1 : 2;
  out[0] = f3(70, prev, side);
  out[1] = f4(71, prev, side, pre.word[i]);
  out[2] = f4(72, prev, side, pre.shape[i]);
  out[3] = f4(77, prev, side, pre.pos[i]);
}
