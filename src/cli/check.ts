// `attribution-review check`: read references and drafts, analyse, optionally fix, report.
// Every unreadable input becomes a message naming the file and exit code 2; never a stack trace.
import * as fs from 'fs';
import type { AnalysisResult, AnalyzeOptions, ReferenceText } from '../engine/types';
import type { CheckOptions } from './args';
import { encodeDraft } from './decode';
import { formatForPath, readStream, readTextFile, resolveInputs, type InputTarget, type ReadResult } from './inputs';
import { buildFileReport, countSeverities, type FileReport } from './report';
import { renderJson } from './reporters/json';
import { renderSarif } from './reporters/sarif';
import { renderText, shouldColour } from './reporters/text';
import type { RuleMeta } from './rules-meta';

export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The engine functions the CLI uses; injected so the CLI holds no engine logic. */
export interface EngineApi {
  analyze(text: string, options: AnalyzeOptions): AnalysisResult;
  /** Applies every preferred, non-overlapping fix; returns the new text. */
  fixAll(text: string, options: AnalyzeOptions): string;
  rules(): readonly RuleMeta[];
  version: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const STDIN_DISPLAY = '<stdin>';

export async function runCheck(opts: CheckOptions, io: CliIO, engine: EngineApi): Promise<number> {
  const problems: string[] = [];
  const complain = (message: string): void => {
    problems.push(message);
    io.stderr.write(`attribution-review: ${message}\n`);
  };
  const maxBytes = opts.maxFileSizeKB * 1024;

  // References first: checking against a partial set would give misleading results, so stop.
  const references: ReferenceText[] = [];
  const refInputs = resolveInputs(opts.references, io.cwd);
  refInputs.problems.forEach((p) => complain(`reference: ${p}`));
  for (const target of refInputs.targets) {
    if (target.kind !== 'file') continue;
    const read = readTextFile(target.absolute, maxBytes);
    if (!read.ok) complain(`cannot read reference '${target.display}': ${read.reason}`);
    else references.push({ path: target.display, text: read.text, format: formatForPath(target.display) });
  }
  if (problems.length > 0) return EXIT_USAGE;

  const drafts = resolveInputs(opts.files, io.cwd);
  drafts.problems.forEach(complain);

  const reports: FileReport[] = [];
  const texts = new Map<string, string>();
  for (const target of drafts.targets) {
    const display = target.kind === 'stdin' ? opts.stdinFilename ?? STDIN_DISPLAY : target.display;
    const read: ReadResult = target.kind === 'stdin' ? await readStream(io.stdin, maxBytes) : readTextFile(target.absolute, maxBytes);
    if (!read.ok) {
      complain(`cannot check '${display}': ${read.reason}`);
      continue;
    }
    const options: AnalyzeOptions = {
      // Standard input is most often Markdown; Markdown parsing of plain prose changes nothing.
      format: target.kind === 'stdin' && opts.stdinFilename === null ? 'markdown' : formatForPath(display),
      references,
      rules: opts.rules,
      ignoreHeadlines: !opts.checkHeadlines,
    };
    try {
      let text = read.text;
      if (opts.fix) text = applyFixes(target, display, text, read.bom, options, engine, io);
      const result = engine.analyze(text, options);
      reports.push(buildFileReport(display, text, result));
      texts.set(display, text);
    } catch (err) {
      if (err instanceof WriteError) complain(err.message);
      else complain(`internal error while checking '${display}' (please report it): ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  if (opts.format === 'json') io.stdout.write(renderJson(reports));
  else if (opts.format === 'sarif') io.stdout.write(renderSarif({ files: reports, texts, rules: engine.rules(), version: engine.version, notifications: problems }));
  else io.stdout.write(renderText(reports, opts.color ?? shouldColour(io.stdout.isTTY === true, io.env)));

  if (problems.length > 0) return EXIT_USAGE;
  return countSeverities(reports).errors > 0 && !opts.exitZero ? EXIT_FINDINGS : EXIT_OK;
}

class WriteError extends Error {}

/** Applies fix-all and writes the file back in its own encoding when anything changed. */
function applyFixes(
  target: InputTarget,
  display: string,
  text: string,
  bom: 'utf8' | 'utf16le' | 'utf16be' | null,
  options: AnalyzeOptions,
  engine: EngineApi,
  io: CliIO,
): string {
  if (target.kind !== 'file') return text;
  const fixed = engine.fixAll(text, options);
  if (fixed === text) return text;
  try {
    fs.writeFileSync(target.absolute, encodeDraft(fixed, bom));
  } catch (err) {
    throw new WriteError(`cannot write the fixes to '${display}': ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  io.stderr.write(`attribution-review: fixed '${display}'\n`);
  return fixed;
}
