// The rule registry: ids, default severities, descriptions and documentation links.
import { RuleId, Severity } from '../types';
import { numberMismatch } from './number-mismatch';
import { RuleDefinition } from './rule';
import { sourceMismatch } from './source-mismatch';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { unsourcedNumber } from './unsourced-number';
import { vagueSource } from './vague-source';

export type { RuleContext, RuleDefinition, RawFinding } from './rule';

/** Where the rule pages live; diagnostics and SARIF link here. */
export const DOCS_BASE = 'https://github.com/attribution-review/attribution-review/blob/main/docs/rules/';

export const RULES: readonly RuleDefinition[] = [unattributedClaim, unsourcedNumber, unattributedQuote, vagueSource, numberMismatch, sourceMismatch];

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  description: string;
  docsUrl: string;
}

export function ruleDocsUrl(id: RuleId): string {
  return `${DOCS_BASE}${id}.md`;
}

export const RULE_INFO: readonly RuleInfo[] = RULES.map((r) => ({
  id: r.id,
  defaultSeverity: r.defaultSeverity,
  description: r.description,
  docsUrl: ruleDocsUrl(r.id),
}));

export function ruleInfo(id: RuleId): RuleInfo | undefined {
  return RULE_INFO.find((r) => r.id === id);
}
