// Unicode character classes by char code, for word scanners on hot paths. Each class is decided by
// the very RegExp property it stands for (\p{L}, \p{N}, \s) the first time a code unit is seen and
// then read from a table, so a scanner agrees with the regex it replaces at a fraction of its cost.
// Code points outside the BMP (surrogate pairs) are tested on the pair, without the table.

const LETTER = 1;
const NUMBER = 2;
const SPACE = 4;
const UPPER = 8;
const LOWER = 16;
const KNOWN = 128;

const table = new Uint8Array(0x10000);

const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const SPACE_RE = /^\s$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LOWER_RE = /^\p{Ll}$/u;

function classesOf(ch: string): number {
  return (
    (LETTER_RE.test(ch) ? LETTER : 0) |
    (NUMBER_RE.test(ch) ? NUMBER : 0) |
    (SPACE_RE.test(ch) ? SPACE : 0) |
    (UPPER_RE.test(ch) ? UPPER : 0) |
    (LOWER_RE.test(ch) ? LOWER : 0)
  );
}

/** Classes of the BMP code unit `c` (a lone surrogate has none). */
function unitClasses(c: number): number {
  let v = table[c];
  if (v === 0) {
    v = classesOf(String.fromCharCode(c)) | KNOWN;
    table[c] = v;
  }
  return v;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The code unit at `i`, or -1 past the end. Scanners read one past a run to see whether it goes on;
 * charCodeAt gives NaN there, which V8's optimised code does not expect: it threw the scanner's
 * code away and compiled it again once the first text ended in the middle of a run.
 */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Length in code units (1 or 2) of the code point at `i`. */
export function codePointLength(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Classes of the code point at `i` of `text`. */
function classesAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return unitClasses(c);
  if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) return classesOf(text.slice(i, i + 2));
  return unitClasses(c);
}

/** Length in code units of the letter (\p{L}) at `i`: 1 or 2, or 0 when there is none. */
export function letterLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  return (classesAt(text, i) & LETTER) === 0 ? 0 : codePointLength(text, i);
}

/** Length in code units of the letter or number (\p{L} or \p{N}) at `i`: 1 or 2, or 0 when there is none. */
export function alnumLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  return (classesAt(text, i) & (LETTER | NUMBER)) === 0 ? 0 : codePointLength(text, i);
}

/** Whether the code point that ends just before `i` is a number (\p{N}), as (?<=\p{N}) tests it. */
export function isNumberBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return c >= 48 && c <= 57;
  if (isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2))) return (classesOf(text.slice(i - 2, i)) & NUMBER) !== 0;
  return (unitClasses(c) & NUMBER) !== 0;
}

/** Whether the code point at `i` is a letter (\p{L}); `i` past the end is none. */
export function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classesAt(text, i) & LETTER) !== 0;
}

/** Whether the code point at `i` is a letter or a number (\p{L} or \p{N}). */
export function isAlnumAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return (classesAt(text, i) & (LETTER | NUMBER)) !== 0;
}

/** Whether the code point at `i` is a number (\p{N}). */
export function isNumberAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return (classesAt(text, i) & NUMBER) !== 0;
}

/** Whether the code unit at `i` is white space (\s). */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (unitClasses(c) & SPACE) !== 0;
}

/** Whether the code point at `i` is an upper-case letter (\p{Lu}). */
export function isUpperAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return (classesAt(text, i) & UPPER) !== 0;
}

/** Whether the code point at `i` is a lower-case letter (\p{Ll}). */
export function isLowerAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return (classesAt(text, i) & LOWER) !== 0;
}
