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
  references: number;
  warnings: string[];
}

export function summarize(result: DraftResult): DraftSummary {
  const { stats, findings, claims } = result.analysis;
  const findingsByRule: Partial<Record<RuleId, number>> = {};
  for (const f of findings) findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
  return {
    claims: stats.claims,
    attributedClaims: stats.attributedClaims,
    vagueClaims: claims.filter((c) => c.status === 'vague').length,
    numbers: stats.numbers,
    sourcedNumbers: stats.sourcedNumbers,
    findingsByRule,
    findings: findings.length,
    references: result.references.texts.length,
    warnings: [...result.references.warnings, ...result.analysis.notices],
  };
}
