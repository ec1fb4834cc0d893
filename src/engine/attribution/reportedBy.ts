// A report credited in an aside, the way wire copy credits another outlet's scoop:
//   The deal, first reported by Bloomberg, is worth $2 billion.
//   The deal is worth $2 billion, as first reported by Bloomberg.
//   As first reported by Bloomberg, the deal is worth $2 billion.
// The taggers miss these (the participle reads as a modifier of the noun), and the figure in them
// was flagged as unsourced. A fallback pattern: only for sentences left with no attribution.

import type { ParagraphTokens } from './context';
import { isPunct, shortSource, type PatternMatch } from './patternParts';

/** Participles that credit a report to whoever follows "by". */
export const REPORTED = new Set(['reported', 'disclosed', 'revealed', 'broken', 'published', 'announced', 'confirmed']);
/** Adverbs that may stand before the participle ("first reported by"). */
const BEFORE = new Set(['first', 'originally', 'initially', 'exclusively', 'earlier', 'previously', 'also']);
/** Longest source after "by" (a name, an outlet): "The Wall Street Journal's Ana Reyes". */
const MAX_SOURCE = 8;

/** The participle's token at or after i (past "as" and one adverb), or -1. */
function participleAt(p: ParagraphTokens, i: number, end: number): number {
  if (i < end && p.tokens[i].lower === 'as') i++;
  if (i < end && BEFORE.has(p.tokens[i].lower)) i++;
  return i + 1 < end && REPORTED.has(p.tokens[i].lower) && p.tokens[i + 1].lower === 'by' ? i : -1;
}

/** The cue of an aside from token i: its adverb and participle, as PolNeAR marks it ("first reported"). */
function cueFrom(p: ParagraphTokens, i: number, v: number): [number, number] {
  if (p.tokens[i].lower === 'as') i++;
  return [i, v + 1];
}

/** Where the source after "by" at `by` ends: at a comma or the sentence's end; -1 when it is no short source. */
function sourceEnd(p: ParagraphTokens, by: number, end: number): number {
  let e = by + 1;
  while (e < end && !isPunct(p, e, ',')) e++;
  return shortSource(p, by + 1, e, MAX_SOURCE) ? e : -1;
}

/** One of the three asides above, in sentence tokens [a, end). */
export function reportedByAside(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  // "As first reported by SRC, CONTENT."
  if (t[a].lower === 'as') {
    const v = participleAt(p, a, end);
    const e = v >= 0 ? sourceEnd(p, v + 1, end) : -1;
    if (e > 0 && e < end && end - (e + 1) >= 2) return { cue: cueFrom(p, a, v), source: [v + 2, e], content: [[e + 1, end]] };
    return null;
  }
  for (let c = a + 1; c < end - 3; c++) {
    if (!isPunct(p, c, ',') || p.inQuote[c]) continue;
    const v = participleAt(p, c + 1, end);
    if (v < 0) continue;
    const e = sourceEnd(p, v + 1, end);
    if (e < 0) return null;
    const cue = cueFrom(p, c + 1, v);
    // "CONTENT, as first reported by SRC."
    if (e === end) return t[c + 1].lower === 'as' ? { cue, source: [v + 2, e], content: [[a, c]] } : null;
    // "SUBJECT, first reported by SRC, REST.": the subject and the rest are what was reported.
    if (t[c + 1].lower === 'as' || end - (e + 1) < 2) return null;
    return { cue, source: [v + 2, e], content: [[a, c], [e + 1, end]] };
  }
  return null;
}
