// Command-line grammar (commander). Parsing only: turns argv into CheckOptions or a usage error.
import { Command, CommanderError, Option } from 'commander';
import { RULE_IDS, type RuleId, type RuleSetting } from '../engine/types';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  files: string[];
  references: string[];
  format: OutputFormat;
  rules: Partial<Record<RuleId, RuleSetting>>;
  maxFileSizeKB: number;
  fix: boolean;
  stdinFilename: string | null;
  checkHeadlines: boolean;
  /** Report errors but exit 0 (2 still means bad usage or unreadable input). */
  exitZero: boolean;
  /** true/false when --color/--no-color was given, else decided by the terminal. */
  color: boolean | undefined;
}

export const DEFAULT_MAX_FILE_SIZE_KB = 1024;
const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info'];

export class UsageError extends Error {}

/** Parses `--rule ID=SEVERITY` values into the engine's rules option. */
export function parseRuleSettings(values: readonly string[]): Partial<Record<RuleId, RuleSetting>> {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const id = (eq === -1 ? value : value.slice(0, eq)).trim();
    const setting = eq === -1 ? '' : value.slice(eq + 1).trim();
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      throw new UsageError(`unknown rule '${id}' in --rule ${value}; rules are: ${RULE_IDS.join(', ')}`);
    }
    if (!(SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(`--rule ${value}: expected ${id}=off|error|warning|info`);
    }
    rules[id as RuleId] = setting as RuleSetting;
  }
  return rules;
}

function parseSizeKB(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--max-file-size-kb expects a whole number of kilobytes (at least 1), got '${value}'`);
  }
  return n;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export interface ParseOutcome {
  /** Set when the user asked for --help or --version (already written) or made a usage error. */
  exitCode?: number;
  options?: CheckOptions;
}

export interface ParseIO {
  writeOut(s: string): void;
  writeErr(s: string): void;
}

/**
 * Parses argv (without the node and script entries). Help and version text go to writeOut;
 * usage errors to writeErr with exit code 2.
 */
export function parseArgs(argv: readonly string[], version: string, io: ParseIO): ParseOutcome {
  let options: CheckOptions | undefined;
  const program = new Command('attribution-review')
    .description('Review news drafts like a copy desk: unattributed claims, unsourced numbers, quotes with no speaker, vague sources, and figures that differ from the reference articles.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('check')
    .description('check drafts and report findings (exit 0: no errors, 1: errors found, 2: bad usage or unreadable input)')
    .argument('<files...>', 'draft files, directories, globs (quote them), or - for standard input')
    .option('-r, --reference <file>', 'a reference article the draft was written from (repeatable; globs allowed)', collect, [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--rule <id=severity>', `set a rule to off, error, warning or info (repeatable); rules: ${RULE_IDS.join(', ')}`, collect, [])
    .option('--max-file-size-kb <kb>', 'skip files larger than this, with a message', String(DEFAULT_MAX_FILE_SIZE_KB))
    .option('--fix', 'apply every preferred fix and write the files back, then report what is left')
    .option('--stdin-filename <name>', 'name to report for standard input (its extension picks Markdown or plain text)')
    .option('--check-headlines', 'also require attribution in headlines (exempt by default)')
    .option('--exit-zero', 'exit 0 even when findings have severity error (bad usage and unreadable input still exit 2)')
    .option('--color', 'force coloured text output')
    .option('--no-color', 'never colour text output (NO_COLOR is honoured too)')
    .action((files: string[], raw: Record<string, unknown>) => {
      options = {
        files,
        references: raw.reference as string[],
        format: raw.format as OutputFormat,
        rules: parseRuleSettings(raw.rule as string[]),
        maxFileSizeKB: parseSizeKB(raw.maxFileSizeKb as string),
        fix: raw.fix === true,
        stdinFilename: typeof raw.stdinFilename === 'string' ? raw.stdinFilename : null,
        checkHeadlines: raw.checkHeadlines === true,
        exitZero: raw.exitZero === true,
        color: typeof raw.color === 'boolean' ? raw.color : undefined,
      };
      if (options.fix && options.files.includes('-')) {
        throw new UsageError('--fix cannot write back to standard input; name the files instead');
      }
    });

  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects is bad usage.
      return { exitCode: err.exitCode === 0 ? 0 : 2 };
    }
    if (err instanceof UsageError) {
      io.writeErr(`attribution-review: ${err.message}\n`);
      return { exitCode: 2 };
    }
    throw err;
  }
  if (!options) {
    io.writeErr('attribution-review: missing command; try: attribution-review check FILE...\n');
    return { exitCode: 2 };
  }
  return { options };
}
