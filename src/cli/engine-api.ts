// The engine functions the CLI calls, in one place (see EngineApi in check.ts).
import { analyze, fixAll, rules } from '../engine';
import type { EngineApi } from './check';

export function engineApi(version: string): EngineApi {
  return {
    analyze,
    fixAll: (text, options) => fixAll(text, options),
    rules: () =>
      rules().map((r) => ({
        id: r.id,
        name: r.name,
        shortDescription: r.shortDescription,
        fullDescription: r.fullDescription,
        helpUri: r.helpUri,
        defaultSeverity: r.defaultSeverity,
      })),
    version,
  };
}
