// Token tests shared by the fixed sentence patterns (patterns.ts, evidencePatterns.ts).

import type { ParagraphTokens } from './context';

export interface PatternMatch {
  cue: [number, number];
  source: [number, number] | null;
  content: Array<[number, number]>;
}

export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'recently', 'later']);

export function isPunct(p: ParagraphTokens, i: number, chars: string): boolean {
  const t = p.tokens[i];
  return t.kind === 'punct' && chars.includes(t.text);
}

/** Sentence-opening adverbials that frame the report rather than belong to what was said. */
const FRAMING = new Set(['today', 'yesterday', 'tonight', 'earlier', 'meanwhile', 'now', 'recently', 'previously', 'however', 'additionally', 'moreover', 'furthermore']);

/** Content start: skips a framing adverbial and its comma ("Today, ..."). */
export function contentStart(p: ParagraphTokens, a: number, end: number): number {
  if (a + 2 < end && FRAMING.has(p.tokens[a].lower) && isPunct(p, a + 1, ',')) return a + 2;
  return a;
}

/** Words that cannot be part of a short source phrase in these patterns. */
export const NOT_SOURCE = new Set(['that', 'which', 'who', 'and', 'but', 'if', 'when', 'because', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'not']);

/** A short noun phrase: 1..maxLen tokens of words (and inner "'s" / hyphens), no clause words. */
export function shortSource(p: ParagraphTokens, a: number, b: number, maxLen = 9): boolean {
  if (b <= a || b - a > maxLen) return false;
  for (let i = a; i < b; i++) {
    const t = p.tokens[i];
    if (t.kind === 'quote' || t.kind === 'squote') return false;
    if (t.kind === 'punct' && !(t.text === '-' || t.text === '.' || t.text === '(' || t.text === ')')) return false;
    if (NOT_SOURCE.has(t.lower)) return false;
  }
  return true;
}
