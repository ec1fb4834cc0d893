// One line per finding, `path:line:col severity message rule`, then a summary line.
// Colour only when writing to a terminal and NO_COLOR is not set (https://no-color.org).
import type { FileReport } from '../report';
import { countSeverities } from '../report';

interface Palette {
  path(s: string): string;
  severity(s: string): string;
  rule(s: string): string;
  summary(s: string, hasErrors: boolean): string;
}

const plain: Palette = {
  path: (s) => s,
  severity: (s) => s,
  rule: (s) => s,
  summary: (s) => s,
};

const sgr = (code: string, s: string): string => `\u001b[${code}m${s}\u001b[0m`;
const SEVERITY_COLOUR: Record<string, string> = { error: '31', warning: '33', info: '36' };

const ansi: Palette = {
  path: (s) => sgr('1', s),
  severity: (s) => sgr(SEVERITY_COLOUR[s] ?? '0', s),
  rule: (s) => sgr('2', s),
  summary: (s, hasErrors) => sgr(hasErrors ? '1;31' : '1', s),
};

export function shouldColour(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY && env.TERM !== 'dumb';
}

/** Messages are one line in this format; collapse any line breaks a message might carry. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function renderText(files: readonly FileReport[], colour: boolean): string {
  const c = colour ? ansi : plain;
  const out: string[] = [];
  for (const file of files) {
    for (const f of file.findings) {
      out.push(`${c.path(`${file.path}:${f.line}:${f.column}`)} ${c.severity(f.severity)} ${oneLine(f.message)} ${c.rule(f.rule)}`);
    }
  }
  const t = countSeverities(files);
  const total = t.errors + t.warnings + t.infos;
  const checked = plural(files.length, 'file');
  const summary =
    total === 0
      ? `No problems found in ${checked}.`
      : `${plural(total, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.infos} info) in ${checked}.`;
  out.push(c.summary(summary, t.errors > 0));
  return out.join('\n') + '\n';
}
