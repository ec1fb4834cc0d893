// The clause around one figure, matched on its own. A long sentence is scored against a fact by all
// its words, so "PINE HOLLOW - The fire ... had burned 41,000 acres by Wednesday morning, the state
// forestry department said, forcing new evacuations across two counties" shares too little with the
// reference's "The fire had burned 39,500 acres by Wednesday morning" to be called the same
// statement, though the clause that holds the figure says nearly the same words.

import type { ClaimInfo } from '../claims';
import type { NumberMention } from '../types';
import { contentTerms, nameKeysOf } from '../text';
import { isSpace } from '../tokenize';
import { filterList } from '../lists';
import type { ClaimFeatures } from './match';

/**
 * Offsets of the clause of `text` [from, to) that holds figure n: bounded by a comma, semicolon or
 * colon before a space (not the comma of "41,000"), a spaced dash, or a bracket; without the
 * spaces at its ends.
 */
export function figureClause(text: string, from: number, to: number, n: NumberMention): { start: number; end: number } {
  let start = n.start;
  while (start > from && !endsClause(text, start - 1)) start--;
  let end = n.end;
  while (end < to && !endsClause(text, end)) end++;
  while (start < n.start && isSpace(text.charCodeAt(start))) start++;
  while (end > n.end && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Whether the character at i separates clauses. */
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  switch (c) {
    case 0x3b: // ;
    case 0x28: // (
    case 0x29: // )
    case 0x2014: // em dash
    case 0x2013: // en dash
      return true;
    case 0x2c: // ,
    case 0x3a: // :
      return i + 1 >= text.length || isSpace(text.charCodeAt(i + 1));
    case 0x2d: // a hyphen with a space on each side, as a dash
      return i > 0 && isSpace(text.charCodeAt(i - 1)) && i + 1 < text.length && isSpace(text.charCodeAt(i + 1));
    default:
      return false;
  }
}

/**
 * Match features of figure n's clause in claim `info`: the figure, the claim's names that occur in
 * the clause, and the clause's other content words.
 */
export function figureFeatures(text: string, info: ClaimInfo, n: NumberMention): ClaimFeatures {
  const c = info.claim;
  const clause = figureClause(text, c.start, c.end, n);
  const words = clause.end > clause.start ? text.slice(clause.start, clause.end) : '';
  const inClause = new Set(words.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const entityTokens = filterList(info.entityTokens, (t) => inClause.has(t));
  const names = nameKeysOf(entityTokens);
  return { numbers: [n], entityTokens, terms: filterList(contentTerms(words), (t) => !names.has(t)) };
}
