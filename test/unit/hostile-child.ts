// Runs the engine bundle on a generated text in a child process with a hard time limit, so a
// slow or looping case fails its own test cleanly instead of hanging the whole unit run.
// The limit applies to the child's CPU time, not wall time: on a loaded machine a linear pass can
// wait seconds for a core, while a quadratic one burns CPU for minutes. The wall-clock kill is
// four times the limit (plus start-up), so a looping case still ends.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const engineBundle = path.resolve(__dirname, '..', '..', '..', 'dist', 'engine.js');

export interface ChildResult {
  ok: boolean;
  /** Analysis CPU time inside the child, all threads (excludes start-up and building the text). */
  ms: number;
  error: string;
}

/**
 * `expression` and `optionsExpression` are JavaScript that evaluate to the text and the options,
 * built inside the child: megabytes never cross the process boundary (one argument is limited
 * to 128 KB on Linux).
 */
export function analyseInChild(expression: string, limitMs: number, optionsExpression = '{}'): ChildResult {
  if (!fs.existsSync(engineBundle)) return { ok: false, ms: 0, error: 'dist/engine.js missing: run `npm run compile` first' };
  const script = `
    const e = require(${JSON.stringify(engineBundle)});
    const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const text = ${expression};
    const c0 = process.cpuUsage();
    const options = ${optionsExpression};
    const r = e.analyze(text, options);
    const used = process.cpuUsage(c0);
    const ms = Math.round((used.user + used.system) / 1000);
    const bad = (s, e2) => !(Number.isInteger(s) && Number.isInteger(e2) && s >= 0 && s <= e2 && e2 <= text.length);
    for (const f of r.findings) if (bad(f.start, f.end)) throw new Error('finding offset out of range: ' + f.start + '..' + f.end);
    for (const a of r.attributions) for (const sp of [a.cue, a.source, a.content]) if (sp && bad(sp.start, sp.end)) throw new Error('attribution offset out of range');
    process.stdout.write(JSON.stringify({ ms }));`;
  const t0 = Date.now();
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 4 * limitMs + 2_000, maxBuffer: 1 << 20 });
  if (run.error && (run.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') return { ok: false, ms: 0, error: `could not start node: ${run.error.message}` };
  if (run.error || run.signal) return { ok: false, ms: Date.now() - t0, error: `did not finish within ${4 * limitMs} ms of wall time` };
  if (run.status !== 0) return { ok: false, ms: 0, error: run.stderr.slice(0, 2000) };
  const { ms } = JSON.parse(run.stdout) as { ms: number };
  return ms <= limitMs ? { ok: true, ms, error: '' } : { ok: false, ms, error: `took ${ms} ms of CPU (limit ${limitMs} ms)` };
}
