// Rule metadata as the SARIF reporter needs it, taken from the engine's rule registry.
import type { RuleId, RuleSetting } from '../engine/types';

export interface RuleMeta {
  id: RuleId;
  /** PascalCase name, as SARIF's reportingDescriptor.name suggests ("UnsourcedNumber"). */
  name: string;
  shortDescription: string;
  fullDescription: string;
  helpUri: string;
  defaultSeverity: RuleSetting;
}

export const DOCS_BASE = 'https://github.com/attribution-review/attribution-review/blob/main/docs/rules/';

export function ruleName(id: string): string {
  return id
    .split('-')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join('');
}
