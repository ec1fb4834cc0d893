// Small text helpers shared by the engine: line/column lookup, surrogate-safe offsets, words and terms.
import { alnumLength, codeAt, isNumberAt, isNumberBefore } from './chars';
import { stemLower } from './stemLower';
import { wordFamily } from './wordFamily';

/** Start offset of every line; "\r\n", "\n" and a lone "\r" all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Without a "\r", indexOf finds each "\n" by a native scan, several times faster than a loop over
  // every character (this runs on each keystroke over the whole draft).
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line index of an offset, by binary search over lineStarts(). */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** Converts offsets to 1-based line and column; build once per text, query many times. */
export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }
  lineColumn(offset: number): LineColumn {
    const i = lineIndexAt(this.starts, offset);
    return { line: i + 1, column: offset - this.starts[i] + 1 };
  }
  line(offset: number): number {
    return lineIndexAt(this.starts, offset) + 1;
  }
  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Clamps an offset into [0, text.length] and moves it off the middle of a surrogate pair. */
export function safeOffset(text: string, offset: number): number {
  let o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length));
  if (o > 0 && o < text.length && isLowSurrogate(text.charCodeAt(o)) && isHighSurrogate(text.charCodeAt(o - 1))) o--;
  return o;
}

/** The line ending the text mostly uses, for inserted lines. */
export function detectEol(text: string): string {
  const crlf = text.indexOf('\r\n');
  return crlf >= 0 ? '\r\n' : '\n';
}

/**
 * A copy of part of a document that does not point into it, for a cache to keep: V8 slices longer
 * substrings as views of their parent, and a cached view would keep a whole old document alive.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

/** Escapes a user-supplied string so it can sit inside a RegExp literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const STOPWORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of in on at to for from by with ' +
    'without into onto over under about after before during between through against among as is are was ' +
    'were be been being am has have had do does did will would shall should can could may might must not ' +
    'no nor so too very also just only even still yet again already it its it\'s he she they them their ' +
    'his her him we us our you your i me my mine who whom whose which what when where why how all any ' +
    'both each few more most other some such own same up down out off once while until because per ' +
    'said says say saying told tells reported reports informed informs stated states announced confirmed ' +
    'added according cited statement message noted note recall today yesterday tomorrow one two three'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A light English stemmer: enough to match "detained"/"detain", "protests"/"protest". */
export function stem(word: string): string {
  return stemLower(word.toLowerCase());
}

/** Words of a text: letters (any script), digits and inner apostrophes or hyphens. */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

const isWordJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/** Skips a run of letters and numbers at `i`; returns its end (`i` when there is none). */
function alnumRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) i++;
    else if (c < 128) break;
    else {
      const l = alnumLength(text, i);
      if (l === 0) break;
      i += l;
    }
  }
  return i;
}

/** End of the WORD_RE word that starts with the run of letters and numbers ending at `j`. */
function wordEnd(text: string, j: number): number {
  while (isWordJoiner(codeAt(text, j)) && alnumLength(text, j + 1) > 0) j = alnumRunEnd(text, j + 1);
  return j;
}

/** The term of a word: '' for a short word, a stopword or one that opens with a digit. */
function termOf(word: string): string {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return '';
  let lower = word.toLowerCase();
  if (lower.length < 3) return '';
  if (lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
  return isStopword(lower) ? '' : wordFamily(lower);
}

/**
 * Name tokens (lower case) with their term keys as well: a name's words leave a list of terms
 * whatever their stem ("belarus" is the term "belaru", "department" a kept word's key).
 */
export function nameKeysOf(tokens: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    out.add(t);
    const key = termOf(t);
    if (key !== '') out.add(key);
  }
  return out;
}

/**
 * Content words as family keys (wordFamily.ts: derived forms and news synonyms joined), without
 * stopwords or numbers, de-duplicated in order.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // The words of WORD_RE, scanned by char code (this runs on every claim and fact).
  let i = 0;
  while (i < text.length) {
    const j = alnumRunEnd(text, i);
    if (j === i) {
      i++;
      continue;
    }
    const e = wordEnd(text, j);
    const s = termOf(text.slice(i, e));
    if (s !== '' && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
    i = e;
  }
  return out;
}

// Words for counting, as /[\p{L}\p{N}]+(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu
// matches them ("12.5" and "6,000" are one word each), scanned by char code.

/** Counts words the way a reader would (for stats). */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    let j = alnumRunEnd(text, i);
    if (j === i) {
      i++;
      continue;
    }
    for (;;) {
      const c = codeAt(text, j);
      if (isWordJoiner(c) && alnumLength(text, j + 1) > 0) j = alnumRunEnd(text, j + 1);
      else if ((c === 0x2e || c === 0x2c) && isNumberBefore(text, j) && isNumberAt(text, j + 1)) j = alnumRunEnd(text, j + 1);
      else break;
    }
    n++;
    i = j;
  }
  return n;
}

export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
