// A small linear-time word tokenizer with exact UTF-16 offsets. Used by the attribution detector
// (and free for other engine parts): words, numbers, punctuation and quote marks.

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'squote';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, curly apostrophes folded to "'". */
  lower: string;
  kind: TokenKind;
}

const enum C {
  Apos = 0x27,
  Dquote = 0x22,
  Hyphen = 0x2d,
  Dot = 0x2e,
  Comma = 0x2c,
  LSquo = 0x2018,
  RSquo = 0x2019,
  LDquo = 0x201c,
  RDquo = 0x201d,
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters of any script (BMP), digits excluded. Emoji (surrogate pairs) are not letters. */
export function isLetter(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji are symbols, handled as punctuation
  if (c >= 0xfe00 && c <= 0xfe0f) return false; // variation selectors
  return true;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * Tokenizes text[start, end). Words keep inner hyphens, apostrophes and dots ("U.S", "don't", "COVID-19");
 * a possessive "'s" is split off; numbers keep separators ("6,000", "80.1").
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c) || ((c === C.Dot || c === 0x24) && i + 1 < end && isDigit(text.charCodeAt(i + 1)))) {
      // Number: digits with , . separators between digits; trailing letters ("10th", "5pm") join.
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === C.Comma || d === C.Dot) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      let kind: TokenKind = 'number';
      while (j < end && isLetter(text.charCodeAt(j))) {
        j++;
        kind = 'word';
      }
      push(out, text, i, j, kind);
      i = j;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isWordChar(d)) {
          j++;
          continue;
        }
        const n = j + 1 < end ? text.charCodeAt(j + 1) : 0;
        if ((d === C.Hyphen || d === C.Dot) && isWordChar(n)) {
          j += 2;
          continue;
        }
        if ((d === C.Apos || d === C.RSquo) && isLetter(n)) {
          // "'s" possessive / contraction "'s" is its own token; "don't", "O'Neil" stay whole.
          const n2 = j + 2 < end ? text.charCodeAt(j + 2) : 0;
          if ((n === 115 || n === 83) && !isWordChar(n2)) break;
          j += 2;
          continue;
        }
        break;
      }
      push(out, text, i, j, 'word');
      i = j;
      continue;
    }
    if ((c === C.Apos || c === C.RSquo) && i + 1 < end) {
      const n = text.charCodeAt(i + 1);
      const n2 = i + 2 < end ? text.charCodeAt(i + 2) : 0;
      const prev = i > start ? text.charCodeAt(i - 1) : 32;
      if ((n === 115 || n === 83) && !isWordChar(n2) && isWordChar(prev)) {
        push(out, text, i, i + 2, 'word');
        i += 2;
        continue;
      }
    }
    if (c === C.Dquote || c === C.LDquo || c === C.RDquo) {
      push(out, text, i, i + 1, 'quote');
    } else if ((c === C.Apos || c === 0x60) && i + 1 < end && text.charCodeAt(i + 1) === c) {
      // Typewriter double quotes: '' or `` (wire copy and plain-text newsrooms) quote like ".
      push(out, text, i, i + 2, 'quote');
      i += 2;
      continue;
    } else if (c === C.Apos || c === C.LSquo || c === C.RSquo) {
      push(out, text, i, i + 1, 'squote');
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // A lone symbol outside the BMP (emoji): keep the surrogate pair together.
      push(out, text, i, i + 2, 'punct');
      i += 2;
      continue;
    } else {
      // Runs of the same punctuation ("...", "--") are one token.
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === c) j++;
      push(out, text, i, j, 'punct');
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

function push(out: Token[], text: string, s: number, e: number, kind: TokenKind): void {
  const t = text.slice(s, e);
  out.push({ start: s, end: e, text: t, lower: lowerOf(t), kind });
}

/** A token's `lower`: lower-cased, with curly apostrophes made straight. */
export function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  // Most tokens hold no curly apostrophe: no RegExp replace for them.
  return lower.indexOf('\u2019') < 0 ? lower : lower.replace(/\u2019/g, "'");
}
