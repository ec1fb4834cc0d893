// The CLI's report model. FileReport is exactly the JSON contract of issue 2; the text and
// SARIF reporters render the same objects, so positions are computed once.
import type { AnalysisResult, Attribution, Finding, RuleId, Severity, Span } from '../engine/types';
import { LineIndex } from '../engine/text';

export interface JsonSpan {
  start: number;
  end: number;
  text: string;
}

export interface JsonReference {
  text: string;
  source: string | null;
  /** Reference article path as given on the command line; null for a fact from the draft itself. */
  path: string | null;
  line: number;
  score: number;
}

export interface JsonFix {
  title: string;
  edits: Array<{ start: number; end: number; newText: string }>;
}

export interface JsonFinding {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  references: JsonReference[];
  fixes: JsonFix[];
}

export interface JsonAttribution {
  cue: JsonSpan;
  source: JsonSpan | null;
  content: JsonSpan | null;
}

export interface FileReport {
  path: string;
  attributions: JsonAttribution[];
  findings: JsonFinding[];
}

export interface JsonReport {
  version: 1;
  files: FileReport[];
}

export function buildFileReport(displayPath: string, text: string, result: AnalysisResult): FileReport {
  const lines = new LineIndex(text);
  return {
    path: displayPath,
    attributions: result.attributions.map(toJsonAttribution),
    findings: [...result.findings].sort(byPosition).map((f) => toJsonFinding(f, text, lines)),
  };
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule);
}

function span(s: Span): JsonSpan {
  return { start: s.start, end: s.end, text: s.text };
}

function toJsonAttribution(a: Attribution): JsonAttribution {
  return { cue: span(a.cue), source: a.source ? span(a.source) : null, content: a.content ? span(a.content) : null };
}

function toJsonFinding(f: Finding, text: string, lines: LineIndex): JsonFinding {
  const start = lines.lineColumn(f.start);
  const end = lines.lineColumn(f.end);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    start: f.start,
    end: f.end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text: text.slice(f.start, f.end),
    references: f.references.map((m) => ({
      text: m.fact.text,
      source: m.fact.source,
      path: m.fact.path,
      line: m.fact.line,
      score: Math.round(m.score * 1000) / 1000,
    })),
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })),
    })),
  };
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(files: readonly FileReport[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const f of file.findings) {
      if (f.severity === 'error') totals.errors++;
      else if (f.severity === 'warning') totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}
