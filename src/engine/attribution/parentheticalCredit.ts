// A source cited in parentheses at the end of a sentence, as explainers and data stories do:
//   Average commute times rose by 6 minutes (Census Bureau, American Community Survey).
//   Fares cover about a quarter of operating costs (Source: Metro Transit).
//   Global temperatures have risen 1.1C since 1900 (WMO, 2023).
// A parenthesis at a sentence's end is far more often an aside in news copy than a citation:
// "(Calif.)", "(D-Nev.)", "(TPP)", "(Princeton University Press)" after a book, "(Sanders, Hillary
// Clinton or Trump)", "(CPI)". So only a label ("Source:"), a name with an institution's word, or a
// name with a year counts. A fallback pattern: only for sentences left with no attribution.

import type { ParagraphTokens } from './context';
import { contentStart, isPunct, type PatternMatch } from './patternParts';

/** Labels that say what follows is the source: "(Source: X)", "(Data: X)". */
const LABELS = new Set(['source', 'sources', 'data', 'figures', 'credit', 'via']);
/** Words that make a name an institution or a publication, which can be cited. */
const INSTITUTIONS = new Set([
  'agency', 'association', 'authority', 'bank', 'board', 'bureau', 'census', 'center', 'centre', 'commission',
  'council', 'department', 'foundation', 'fund', 'institute', 'ministry', 'office', 'organization', 'organisation',
  'report', 'review', 'service', 'statistics', 'survey', 'study', 'university', 'database', 'index', 'journal',
]);
/** Lower-case words a cited name may hold ("Bureau of Labor Statistics", "Smith et al."). */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'to', '&', 'et', 'al', 'p', 'pp']);
/** Longest parenthesis read, in tokens. */
const MAX_INSIDE = 16;

const isYear = (text: string): boolean => /^(1[89]|20)\d\d$/.test(text);

/** CONTENT (CITATION).  in sentence tokens [a, end): end is past the closing parenthesis. */
export function parentheticalCredit(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  const close = end - 1;
  if (close <= a || !isPunct(p, close, ')') || p.inQuote[close]) return null;
  let open = close - 1;
  while (open > a && close - open <= MAX_INSIDE && !isPunct(p, open, '(')) open--;
  if (!isPunct(p, open, '(') || close - open < 2) return null;
  const s = contentStart(p, a, open);
  // At least a short clause before it: "(Source: X)" alone is a credit line (patterns.ts).
  if (open - s < 3) return null;
  const first = t[open + 1];
  if (LABELS.has(first.lower) && open + 3 < close && (isPunct(p, open + 2, ':') || first.lower === 'via')) {
    const src = first.lower === 'via' ? open + 2 : open + 3;
    return { cue: [open + 1, src], source: [src, close], content: [[s, open]] };
  }
  return citedName(p, open + 1, close) ? { cue: [open, open + 1], source: [open + 1, close], content: [[s, open]] } : null;
}

/** A cited name in tokens [i, j): capitalised words, connectors, commas, a final year; an institution or a year in it. */
function citedName(p: ParagraphTokens, i: number, j: number): boolean {
  const t = p.tokens;
  let words = 0;
  let institution = false;
  let year = false;
  for (let k = i; k < j; k++) {
    const tok = t[k];
    if (tok.kind === 'number') {
      // Only a year, and only last: "(WHO, 2023)", "(Smith et al. 2021)".
      if (!isYear(tok.text) || k !== j - 1) return false;
      year = true;
      continue;
    }
    if (tok.kind === 'punct') {
      if (tok.text === ',' || tok.text === '.' || tok.text === '&') continue;
      return false;
    }
    if (tok.kind !== 'word') return false;
    // A party and state ("D-Nev.", "R-Tex.") is an aside about a politician.
    if (/^[DRI]-[A-Z]/.test(tok.text)) return false;
    if (CONNECTORS.has(tok.lower)) continue;
    const c = tok.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && c < 0xc0) return false;
    words++;
    if (INSTITUTIONS.has(tok.lower)) institution = true;
  }
  // A publisher after a title ("the book ''Strangers No More,'' (Princeton University Press)") credits nothing.
  const last = t[year ? j - 2 : j - 1];
  if (last && (last.lower === 'press' || last.lower === 'books')) return false;
  // One capitalised word alone is a place ("(Calif.)"), an acronym of the words before it ("(TPP)") or
  // a measure ("(CPI)", "(GAAP)") more often than a source; "(Source: BLS)" names one.
  return words >= 2 && (institution || year) || (words === 1 && year);
}
