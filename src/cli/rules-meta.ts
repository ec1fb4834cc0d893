// Rule metadata as the SARIF reporter needs it; filled from the engine's rule registry.
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
