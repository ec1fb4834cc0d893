// Two ways feature and fact-check copy credits a quote without a reporting verb:
//   His spokesman, Gary Finch, was more specific: "Every public poll ..."   (a description, a colon)
//   "Crime in Harwick has doubled."
//   — City Council candidate Derek Lomax, in a campaign video               (a dash line under it)
import type { ParagraphTokens } from './context';
import { isPunct, NOT_SOURCE, type PatternMatch } from './patternParts';

const COPULAS = new Set(['was', 'were', 'is', 'are']);
const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we']);
const MAX_SUBJECT = 12;
const MAX_DESCRIPTION = 4;
const DASHES = new Set(['\u2014', '\u2015', '--']);

/** The closing quote mark that pairs with the opening one at `q` (exclusive end), or -1. */
function closingAfter(p: ParagraphTokens, q: number): number {
  for (let i = q + 1; i < p.tokens.length; i++) if (p.quoteDir[i] === -1) return i + 1;
  return -1;
}

/**
 * A named speaker (a capitalised word after the first, or a personal pronoun) of words, commas and
 * abbreviation dots only: "His spokesman, Gary Finch,", "She", "Mayor Lena Ortiz".
 */
function namedSubject(p: ParagraphTokens, a: number, b: number): boolean {
  if (b <= a || b - a > MAX_SUBJECT) return false;
  let named = b - a === 1 && PERSONAL.has(p.tokens[a].lower);
  for (let i = a; i < b; i++) {
    const t = p.tokens[i];
    if (t.kind === 'punct' ? !(t.text === ',' || t.text === '.') : t.kind !== 'word') return false;
    // Clause words make the subject a clause rather than a speaker.
    if (NOT_SOURCE.has(t.lower)) return false;
    if (i > a && t.kind === 'word' && t.text !== t.lower) named = true;
  }
  return named;
}

/** SRC was ADJ: "QUOTE"  ("was blunt:", "was more specific:", "were less diplomatic:"). */
export function describedQuote(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  for (let k = a + 1; k < end - 3 && k - a <= MAX_SUBJECT; k++) {
    if (!COPULAS.has(t[k].lower)) continue;
    let c = k + 1;
    while (c < end && c - k <= MAX_DESCRIPTION && t[c].kind === 'word') c++;
    if (c === k + 1 || c >= end - 1 || t[c].text !== ':') return null;
    const q = c + 1;
    if (t[q].kind !== 'quote' || p.quoteDir[q] !== 1) return null;
    let s = k;
    if (isPunct(p, s - 1, ',')) s--;
    if (!namedSubject(p, a, s)) return null;
    const e = closingAfter(p, q);
    return { cue: [k, c + 1], source: [a, s], content: [[q, e < 0 ? p.tokens.length : e]] };
  }
  return null;
}

/** "QUOTE" — SRC[, setting]: a dash line right under (or after) a quote that names who said it. */
export function dashCredit(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  for (let d = a; d < end - 1; d++) {
    if (!(t[d].kind === 'punct' && DASHES.has(t[d].text))) continue;
    // Right after a closing quote (in this sentence or ending the one before).
    const close = d - 1;
    if (close < 0 || p.quoteDir[close] !== -1) return null;
    let open = -1;
    for (let i = close - 1; i >= 0; i--) {
      if (p.quoteDir[i] === 1) {
        open = i;
        break;
      }
    }
    if (open < 0) return null;
    let c = d + 1;
    while (c < end && !isPunct(p, c, ',;(')) c++;
    const first = t[d + 1];
    if (first.kind !== 'word' || first.text === first.lower || !namedSubject(p, d + 1, c)) return null;
    return { cue: [d, d + 1], source: [d + 1, c], content: [[open, close + 1]] };
  }
  return null;
}
