// Features of the two trained taggers (shared by training and inference, so they cannot drift):
//  1. the cue tagger labels each token O / B (cue starts) / I (cue continues);
//  2. the role tagger, run once per cue, labels the tokens around it O / S (source) / C (content).
// Features are strings hashed into a fixed number of buckets (the model file stays small).

import type { ParagraphTokens } from './context';

export const CUE_TAGS = ['O', 'B', 'I'] as const;
export const ROLE_TAGS = ['O', 'S', 'C'] as const;

/** FNV-1a, 32 bit. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

/** Running counts over a paragraph's tokens, for O(1) "how many commas between i and j". */
export interface Prefix {
  comma: Int32Array;
  quote: Int32Array;
  that: Int32Array;
}

export function prefixCounts(p: ParagraphTokens): Prefix {
  const n = p.tokens.length;
  const comma = new Int32Array(n + 1);
  const quote = new Int32Array(n + 1);
  const that = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const t = p.tokens[i];
    comma[i + 1] = comma[i] + (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '\u2014' || t.text === '--' ? 1 : 0);
    quote[i + 1] = quote[i] + (t.kind === 'quote' ? 1 : 0);
    that[i + 1] = that[i] + (t.lower === 'that' ? 1 : 0);
  }
  return { comma, quote, that };
}

function lw(p: ParagraphTokens, i: number, a: number, b: number): string {
  return i < a ? '<s>' : i >= b ? '</s>' : p.tokens[i].lower;
}

/** Static features of token i for the cue tagger; [a, b) is its sentence's token range. */
export function cueFeatures(p: ParagraphTokens, pre: Prefix, i: number, a: number, b: number, out: string[]): void {
  out.length = 0;
  const t = p.tokens[i];
  const w = t.lower;
  const p1 = lw(p, i - 1, a, b);
  const n1 = lw(p, i + 1, a, b);
  const p2 = lw(p, i - 2, a, b);
  const n2 = lw(p, i + 2, a, b);
  const sw = stem(w);
  out.push(
    'b',
    'w=' + w,
    'st=' + sw,
    'p1=' + p1,
    'n1=' + n1,
    'p2=' + p2,
    'n2=' + n2,
    'pw=' + p1 + '_' + w,
    'wn=' + w + '_' + n1,
    'pwn=' + p1 + '_' + w + '_' + n1,
    'pst=' + stem(p1) + '_' + sw,
    's3=' + w.slice(-3),
    'sh=' + shape(t.text),
    'iq=' + p.inQuote[i] + '|st=' + sw,
    'iq=' + p.inQuote[i],
    'qb=' + Math.min(2, pre.quote[i] - pre.quote[a]) + '|qa=' + Math.min(2, pre.quote[b] - pre.quote[i + 1]),
    'cb=' + Math.min(2, pre.comma[i] - pre.comma[a]) + '|st=' + sw,
    'pos=' + (i === a ? 'first' : i === b - 1 ? 'last' : i - a < 4 ? 'near-first' : b - i < 5 ? 'near-last' : 'mid'),
    'pos=' + (i - a < 4 ? 'nf' : b - i < 5 ? 'nl' : 'm') + '|st=' + sw,
  );
}

export function cueDynamic(p: ParagraphTokens, i: number, prev: string, out: string[]): void {
  out.length = 0;
  out.push('pt=' + prev, 'pt=' + prev + '|w=' + p.tokens[i].lower);
}

function distBucket(d: number): string {
  return d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 10 ? '6-10' : d <= 20 ? '11-20' : '>20';
}

/** What the role tagger knows about the cue it is labelling around. */
export interface CueRef {
  /** Token range [start, end) of the cue. */
  start: number;
  end: number;
  /** The cue's words, lower-cased and stemmed ("according to", "say"). */
  key: string;
}

/**
 * Static features of token i (outside the cue) for the role tagger. `isCue` marks the tokens of
 * every cue found in the paragraph, so a token beyond another cue can be told apart.
 */
export function roleFeatures(p: ParagraphTokens, pre: Prefix, cueCount: Int32Array, cue: CueRef, i: number, out: string[]): void {
  out.length = 0;
  const t = p.tokens[i];
  const left = i < cue.start;
  const side = left ? 'L' : 'R';
  const lo = left ? i + 1 : cue.end;
  const hi = left ? cue.start : i;
  const dist = left ? cue.start - i : i - cue.end + 1;
  const db = distBucket(dist);
  const commas = Math.min(3, pre.comma[hi] - pre.comma[lo]);
  const quotes = Math.min(3, pre.quote[hi] - pre.quote[lo]);
  const thats = Math.min(1, pre.that[hi] - pre.that[lo]);
  const others = Math.min(1, cueCount[hi] - cueCount[lo]);
  const sd = Math.max(-1, Math.min(1, p.sentence[i] - p.sentence[cue.start]));
  const w = t.lower;
  const n = p.tokens.length;
  const p1 = i > 0 ? p.tokens[i - 1].lower : '<s>';
  const n1 = i + 1 < n ? p.tokens[i + 1].lower : '</s>';
  const iq = p.inQuote[i];
  const qd = p.quoteDir[i];
  const sentFirst = i === 0 || p.sentence[i - 1] !== p.sentence[i];
  const sentLast = i === n - 1 || p.sentence[i + 1] !== p.sentence[i];
  const afterCue = cue.end < n ? p.tokens[cue.end].lower : '</s>';
  const beforeCue = cue.start > 0 ? p.tokens[cue.start - 1].lower : '<s>';
  const sh = shape(t.text);
  out.push(
    'b|' + side,
    side + '|d' + db,
    side + '|w=' + w,
    'w=' + w,
    side + '|p1=' + p1,
    side + '|n1=' + n1,
    side + '|sh=' + sh + '|d' + db,
    side + '|iq' + iq + '|qd' + qd,
    side + '|iq' + iq + '|d' + db,
    side + '|c' + commas,
    side + '|q' + quotes,
    side + '|c' + commas + '|q' + quotes + '|iq' + iq,
    side + '|th' + thats,
    side + '|th' + thats + '|c' + commas,
    side + '|sd' + sd,
    side + '|sd' + sd + '|q' + quotes,
    side + '|oc' + others,
    side + '|oc' + others + '|c' + commas,
    'cw=' + cue.key + '|' + side,
    'cw=' + cue.key + '|' + side + '|d' + db,
    'cw=' + cue.key + '|' + side + '|c' + commas,
    'ca=' + afterCue + '|' + side + '|d' + db,
    'cb=' + beforeCue + '|' + side + '|d' + db,
    side + '|first' + (sentFirst ? 1 : 0) + '|last' + (sentLast ? 1 : 0) + '|sh=' + sh,
    side + '|sf' + (sentFirst ? 1 : 0) + '|sd' + sd,
  );
}

export function roleDynamic(p: ParagraphTokens, i: number, left: boolean, prev: string, out: string[]): void {
  out.length = 0;
  const side = left ? 'L' : 'R';
  const t = p.tokens[i];
  out.push('pt=' + prev + '|' + side, 'pt=' + prev + '|' + side + '|w=' + t.lower, 'pt=' + prev + '|' + side + '|sh=' + shape(t.text));
}
