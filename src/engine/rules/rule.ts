// What every rule gets and gives. Rules are pure functions over the analysed draft.
import { ClaimInfo } from '../claims';
import { Attribution, FactMatch, Finding, NumberMention, ReferenceFact, RuleId, Severity } from '../types';
import { baseName, usableSource } from '../fixes';
import { isStrongMatch } from './matchStrength';

export interface RuleContext {
  text: string;
  claims: readonly ClaimInfo[];
  attributions: readonly Attribution[];
  trustedSources: readonly string[];
  ignoreHeadlines: boolean;
  isHeadlineSentence(sentence: number): boolean;
  /** Whether a sentence is a row of a Markdown table (its fix is a credit line under the table). */
  isTableRowSentence(sentence: number): boolean;
  /** Whether a word at a sentence start is a name (keeps its capital in "According to X, ..."). */
  isName(word: string): boolean;
  /** Best matching facts for a claim (memoised). */
  matches(info: ClaimInfo): FactMatch[];
  /**
   * Best matching reference facts for the clause that holds one figure of a claim (figureClause.ts):
   * how number-mismatch finds the statement a figure restates inside a long sentence.
   */
  figureMatches(info: ClaimInfo, n: NumberMention): FactMatch[];
  enabled(rule: RuleId): boolean;
}

/** A finding before the runner stamps the configured severity on it. */
export type RawFinding = Omit<Finding, 'severity'>;

export interface RuleDefinition {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line, for settings, SARIF and the docs table. */
  description: string;
  check(ctx: RuleContext): RawFinding[];
  /**
   * True when each claim's findings depend on that claim alone (and the context's other fields),
   * so the rule may be run over the claims in slices, with pauses between them.
   */
  perClaim?: boolean;
}

/** Where a fact lives, for messages: "belarus-reference.txt:7" or "line 3 of this draft". */
export function factLocation(fact: ReferenceFact): string {
  return fact.path ? `${baseName(fact.path)}:${fact.line}` : `line ${fact.line} of this draft`;
}

/**
 * The sentence that tells the writer where a source could come from. `related`: the facts are about
 * the same thing but none of them states the figure in question, so no one is said to report it.
 */
export function sourceHint(matches: readonly FactMatch[], related = false, what: 'figure' | 'claim' | 'quote' = 'figure'): string {
  const best = matches.find((m) => usableSource(m.fact)) ?? matches[0];
  if (!best) return 'Say who reported it, or add the reference article it came from.';
  const src = usableSource(best.fact);
  if (related) {
    const where = factLocation(best.fact);
    return src ? `A related statement (${where}) is attributed to ${src}; check that it covers this ${what}.` : `A related statement (${where}) has no named source.`;
  }
  const whose = best.fact.path ? 'The reference article' : 'This draft';
  if (src) return `${whose} attributes it to ${src} (${factLocation(best.fact)}).`;
  return `It matches ${factLocation(best.fact)}, which has no named source.`;
}

/**
 * sourceHint() for a claim or a quote, given the matches agreeing() kept: its best match is said to
 * attribute it only when it states it (matchStrength.ts); otherwise it is a related statement to check.
 */
export function claimHint(matches: readonly FactMatch[], what: 'claim' | 'quote'): string {
  const best = matches.find((m) => usableSource(m.fact)) ?? matches[0];
  return sourceHint(matches, !!best && !isStrongMatch(best), what);
}

/** A short, single-line excerpt for messages. */
export function excerpt(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}
