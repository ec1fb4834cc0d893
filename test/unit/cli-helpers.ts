// Runs the built CLI (dist/cli.js) as a child process, the way users and CI run it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, opts.env ?? {});
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? repoRoot,
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch directory with the given files; removed by the returned cleanup. */
export function scratch(files: Record<string, string | Buffer>): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// An invented story, written for these tests: one reference and a draft with unsourced figures,
// a mismatched figure, a vague source and a quote without a speaker.
export const REFERENCE = [
  'Flooding closed the Harbour Road bridge on Tuesday, the county roads office said.',
  '',
  'About 4,200 homes were without power on Tuesday night, according to Northgrid, the local utility.',
  '',
  '"We expect most customers to be reconnected by Thursday," said Priya Raman, a Northgrid spokeswoman.',
  '',
].join('\n');

export const DRAFT = [
  '# Floods cut power across the county',
  '',
  'About 5,000 homes were without power on Tuesday night.',
  '',
  'Officials said 300 people spent the night in shelters.',
  '',
  '"Most customers will be reconnected by Thursday."',
  '',
  'The Harbour Road bridge closed, the county roads office said.',
  '',
].join('\n');
