// The numbers behind the status bar and the report, derived once from a draft's analysis.
import type { RuleId } from '../engine/types';
import type { DraftResult } from './diagnostics';

export interface DraftSummary {
  claims: number;
  attributedClaims: number;
  vagueClaims: number;
  numbers: number;
  sourcedNumbers: number;
  findingsByRule: Partial<Record<RuleId, number>>;
  findings: number;
  /** How many of them are in the Problems panel (at most 1,000). */
  shownFindings: number;
  references: number;
  warnings: string[];
}

export function summarize(result: DraftResult): DraftSummary {
  const { stats, findingsByRule, totalFindings, vagueClaims } = result.analysis;
  return {
    claims: stats.claims,
    attributedClaims: stats.attributedClaims,
    vagueClaims,
    numbers: stats.numbers,
    sourcedNumbers: stats.sourcedNumbers,
    findingsByRule,
    findings: totalFindings,
    shownFindings: result.analysis.findings.length,
    references: result.references.texts.length,
    warnings: [...result.references.warnings, ...result.analysis.notices],
  };
}
