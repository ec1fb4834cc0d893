// "Per" credits a source the way "according to" does, in online and business copy:
//   Per the agency's own figures, buses carried 41 million riders last year.
//   The plan, per a spokesperson for the mayor, would add 120 buses by 2028.
//   She moved to Egypt several years ago, per CTV News.
// Not a unit or a fixed phrase: "per cent", "per capita", "$5 per gallon", "as per usual", "per se".
// The taggers, trained on 2016 political news (three "per" credits in 924 articles), never tag it,
// and the figure it sources was flagged. A fallback pattern: only for sentences left with no attribution.

import type { ParagraphTokens } from './context';
import { contentStart, isPunct, shortSource, type PatternMatch } from './patternParts';
import { EVIDENCE_NOUNS } from './evidencePatterns';

/** Words that open a source after "per": a determiner or a possessive. */
const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'one', 'two', 'several', 'data', 'figures', 'records', 'documents', 'sources', 'officials']);
/** Fixed phrases that are no credit, even capitalised ("Per capita income rose"). */
const FIXED = new Set(['cent', 'capita', 'se', 'annum', 'diem', 'centum', 'usual']);
/** Longest source: "the agency's own figures", "a spokesperson for the mayor's office". */
const MAX_SOURCE = 8;

/** Whether token i is a "per" that credits: a source opens after it. */
function creditingPer(p: ParagraphTokens, i: number, end: number): boolean {
  const t = p.tokens;
  if (t[i].lower !== 'per' || p.inQuote[i] || i + 1 >= end) return false;
  const next = t[i + 1];
  if (next.kind !== 'word' || FIXED.has(next.lower)) return false;
  // A name ("per CTV News", "per Reuters") or a determiner ("per the filing"); a lower-case noun is a
  // unit ("per gallon", "per person") unless evidence or people who report follow ("per company filings").
  if (OPENERS.has(next.lower) || (next.text !== next.lower && p.inQuote[i + 1] === 0)) return true;
  for (let k = i + 1; k < end && k - i <= 3 && t[k].kind === 'word'; k++) if (EVIDENCE_NOUNS.has(t[k].lower) || REPORTERS.has(t[k].lower)) return true;
  return false;
}

/** Plural nouns of people who report: "per police", "per court officials". */
const REPORTERS = new Set(['police', 'officials', 'sources', 'authorities', 'prosecutors', 'investigators', 'analysts', 'economists', 'experts', 'organizers', 'organisers', 'witnesses']);

/** Where a source that opens at s ends: at a comma or the sentence's end; -1 when it is no short source. */
function sourceEnd(p: ParagraphTokens, s: number, end: number): number {
  let e = s;
  while (e < end && !isPunct(p, e, ',')) e++;
  return shortSource(p, s, e, MAX_SOURCE) ? e : -1;
}

/** One of the three forms above, in sentence tokens [a, end). */
export function perSource(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const s = contentStart(p, a, end);
  // "Per SRC, CONTENT."
  if (creditingPer(p, s, end)) {
    const e = sourceEnd(p, s + 1, end);
    if (e > 0 && e < end && end - (e + 1) >= 2) return { cue: [s, s + 1], source: [s + 1, e], content: [[e + 1, end]] };
    return null;
  }
  for (let c = s + 1; c < end - 2; c++) {
    if (!isPunct(p, c, ',') || p.inQuote[c] || !creditingPer(p, c + 1, end)) continue;
    const e = sourceEnd(p, c + 2, end);
    if (e < 0) return null;
    // "CONTENT, per SRC."
    if (e === end) return { cue: [c + 1, c + 2], source: [c + 2, e], content: [[s, c]] };
    // "SUBJECT, per SRC, REST.": the subject and the rest are what was credited.
    if (end - (e + 1) < 2) return null;
    return { cue: [c + 1, c + 2], source: [c + 2, e], content: [[s, c], [e + 1, end]] };
  }
  return null;
}
