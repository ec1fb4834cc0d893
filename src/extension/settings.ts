// Typed settings and their validation (pure, unit-tested). VS Code does not enforce the JSON schema
// at run time, so every value is checked: a malformed value yields a clear message and the safe default.
import type { RuleId, RuleSetting } from '../engine/types';
import { RULE_IDS } from '../engine/types';

export const SECTION = 'attributionReview';

export type RunMode = 'onType' | 'onSave' | 'manual';

export interface Settings {
  references: string[];
  referenceFiles: string[];
  run: RunMode;
  debounceMs: number;
  severity: Record<RuleId, RuleSetting>;
  languages: string[];
  ignoreHeadlines: boolean;
  extraCues: string[];
  trustedSources: string[];
  maxFileSizeKB: number;
}

/** Mirrors the `default` values in package.json's contributes.configuration. */
const defaults: Settings = {
  references: ['**/*.ref.md', '**/*.ref.txt', 'references/**'],
  referenceFiles: [],
  run: 'onType',
  debounceMs: 300,
  severity: {
    'unattributed-claim': 'warning',
    'unsourced-number': 'warning',
    'unattributed-quote': 'warning',
    'vague-source': 'info',
    'number-mismatch': 'error',
    'source-mismatch': 'warning',
  },
  languages: ['markdown', 'plaintext', 'newsdraft'],
  ignoreHeadlines: true,
  extraCues: [],
  trustedSources: [],
  maxFileSizeKB: 1024,
};
export const DEFAULTS: Readonly<Settings> = Object.freeze(defaults);

const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];
const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

export interface ReadSettings {
  settings: Settings;
  /** One line per malformed value, naming the setting and the default used instead. */
  problems: string[];
}

/** Pure validation, separate from VS Code so it reads as a table of rules. */
export function validateSettings(get: (key: string) => unknown): ReadSettings {
  const problems: string[] = [];
  const bad = (key: string, value: unknown, expected: string, fallback: unknown): void => {
    problems.push(
      `Setting "${SECTION}.${key}" is ${describe(value)}; expected ${expected}. Using ${JSON.stringify(fallback)}.`,
    );
  };

  const stringList = (key: keyof Settings, fallback: string[]): string[] => {
    const value = get(key);
    if (value === undefined || value === null) return [...fallback];
    if (!Array.isArray(value)) {
      bad(key, value, 'a list of strings', fallback);
      return [...fallback];
    }
    const kept = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    if (kept.length !== value.length) {
      problems.push(`Setting "${SECTION}.${key}" contains entries that are not non-empty strings; they are ignored.`);
    }
    return kept;
  };

  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = get(key);
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    bad(key, value, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, fallback);
    return fallback;
  };

  const integer = (key: string, min: number, max: number, fallback: number): number => {
    const value = get(key);
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return Math.round(value);
    bad(key, value, `a number from ${min} to ${max}`, fallback);
    return fallback;
  };

  const bool = (key: string, fallback: boolean): boolean => {
    const value = get(key);
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    bad(key, value, 'true or false', fallback);
    return fallback;
  };

  const severity = {} as Record<RuleId, RuleSetting>;
  for (const rule of RULE_IDS) {
    severity[rule] = oneOf(`severity.${rule}`, RULE_SETTINGS, DEFAULTS.severity[rule]);
  }

  return {
    settings: {
      references: stringList('references', DEFAULTS.references),
      referenceFiles: stringList('referenceFiles', DEFAULTS.referenceFiles),
      run: oneOf('run', RUN_MODES, DEFAULTS.run),
      debounceMs: integer('debounceMs', 0, 10_000, DEFAULTS.debounceMs),
      severity,
      languages: stringList('languages', DEFAULTS.languages),
      ignoreHeadlines: bool('ignoreHeadlines', DEFAULTS.ignoreHeadlines),
      extraCues: stringList('extraCues', DEFAULTS.extraCues),
      trustedSources: stringList('trustedSources', DEFAULTS.trustedSources),
      maxFileSizeKB: integer('maxFileSizeKB', 1, 1_048_576, DEFAULTS.maxFileSizeKB),
    },
    problems,
  };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
