// Inline directives that silence findings, in Markdown as HTML comments and in plain text in brackets:
//   <!-- attribution-review-disable-next-line [rule ...] -->   [attribution-review: disable-next-line rule ...]
//   <!-- attribution-review-disable-line [rule ...] -->        [attribution-review: disable-line rule ...]
//   <!-- attribution-review-disable [rule ...] -->             [attribution-review: disable rule ...]
//   <!-- attribution-review-enable [rule ...] -->              [attribution-review: enable rule ...]
// With no rule listed, the directive covers every rule. Both forms work in both formats.
import { detectEol, LineIndex } from './text';
import { Finding, RULE_IDS, RuleId, TextEdit, TextFormat } from './types';
import { filterList } from './lists';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  rules: RuleId[];
  start: number;
  end: number;
  /** 1-based line of the directive. */
  line: number;
  /** Names that are not rule ids (reported as notices). */
  unknown: string[];
}

// Bounded, non-nested patterns: linear time on any input.
const HTML_RE = /<!--[ \t]*attribution-review-(disable-next-line|disable-line|disable|enable)\b([^\n>]{0,400}?)-->/g;
const PLAIN_RE = /\[attribution-review:[ \t]*(disable-next-line|disable-line|disable|enable)\b([^\]\n]{0,400})\]/g;

function parseRules(list: string): { rules: RuleId[]; unknown: string[] } {
  const rules: RuleId[] = [];
  const unknown: string[] = [];
  for (const name of list.split(/[\s,]+/)) {
    if (!name) continue;
    if ((RULE_IDS as readonly string[]).includes(name)) rules.push(name as RuleId);
    else unknown.push(name);
  }
  return { rules, unknown };
}

export function findDirectives(text: string, lines: LineIndex = new LineIndex(text)): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('attribution-review')) return out;
  for (const re of [HTML_RE, PLAIN_RE]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const { rules, unknown } = parseRules(m[2] ?? '');
      out.push({ kind: m[1] as DirectiveKind, rules, unknown, start, end: start + m[0].length, line: lines.line(start) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function covers(d: Directive, rule: RuleId): boolean {
  return d.rules.length === 0 || d.rules.includes(rule);
}

/** Drops findings silenced by directives. A finding belongs to the line where it starts. */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], lines: LineIndex): Finding[] {
  if (directives.length === 0) return findings;
  const regions = filterList(directives, (d) => d.kind === 'disable' || d.kind === 'enable');
  return filterList(findings, (f) => {
    const line = lines.line(f.start);
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === line && covers(d, f.rule)) return false;
      if (d.kind === 'disable-line' && d.line === line && covers(d, f.rule)) return false;
    }
    // The last region directive before the finding that mentions its rule decides.
    let disabled = false;
    for (const d of regions) {
      if (d.start > f.start) break;
      if (covers(d, f.rule)) disabled = d.kind === 'disable';
      else if (d.kind === 'enable' && d.rules.length > 0 && disabled && d.rules.includes(f.rule)) disabled = false;
    }
    return !disabled;
  });
}

/** The directive text for one rule on the next line, in the format's comment style. */
export function directiveText(rules: readonly RuleId[], format: TextFormat): string {
  const list = rules.join(' ');
  return format === 'plaintext'
    ? `[attribution-review: disable-next-line ${list}]`
    : `<!-- attribution-review-disable-next-line ${list} -->`;
}

/**
 * The edit behind "Ignore <rule> on this line": inserts a disable-next-line directive above the
 * finding's line with the same indentation, or adds the rule to a directive already there.
 * Returns null when the line is already silenced for that rule.
 */
export function ignoreLineEdit(text: string, offset: number, rule: RuleId, format: TextFormat = 'markdown'): TextEdit | null {
  const lines = new LineIndex(text);
  const line = lines.line(Math.max(0, Math.min(offset, text.length)));
  const lineStart = lines.lineStart(line);
  if (line > 1) {
    const prevStart = lines.lineStart(line - 1);
    const prevText = text.slice(prevStart, lineStart).replace(/\r?\n$|\r$/, '');
    const existing = findDirectives(prevText).find((d) => d.kind === 'disable-next-line');
    if (existing && /^\s*$/.test(prevText.slice(0, existing.start) + prevText.slice(existing.end))) {
      if (covers(existing, rule)) return null;
      const raw = prevText.slice(existing.start, existing.end);
      const closer = raw.endsWith('-->') ? raw.lastIndexOf('-->') : raw.lastIndexOf(']');
      // Insert " rule" before the closer, trimming to one space.
      let at = closer;
      while (at > 0 && raw[at - 1] === ' ') at--;
      const insertAt = prevStart + existing.start + at;
      return { start: insertAt, end: insertAt, newText: ` ${rule}` };
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  return { start: lineStart, end: lineStart, newText: `${indent}${directiveText([rule], format)}${detectEol(text)}` };
}
