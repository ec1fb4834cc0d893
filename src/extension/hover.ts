// Hovers on flagged spans and on any claim with matching reference facts: the facts, their
// sources, a link to the reference line, the score, and matching or differing figures.
import * as vscode from 'vscode';
import type { FactMatch, Finding, NumberMention } from '../engine/types';
import type { AnalysisClient } from './analysis/client';
import type { DiagnosticsController, DraftResult } from './diagnostics';
import { factLocation } from './findingToDiagnostic';
import { commandLink, escapeMarkdown, OPEN_REFERENCE_COMMAND, trustedForOurCommands } from './markdown';

const MAX_FACTS = 3;

export class AttributionHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly controller: DiagnosticsController,
    private readonly client: AnalysisClient,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = this.controller.result(doc.uri);
    // Offsets from an older version would point at the wrong text.
    if (!result || result.version !== doc.version) return undefined;
    const offset = doc.offsetAt(position);
    const findings = result.analysis.findings.filter((f) => f.start <= offset && offset <= f.end && f.start < f.end);
    // Claims stay in the analysis worker; ask for the one under the cursor.
    const claim = await this.client
      .run({ kind: 'claimAt', docKey: doc.uri.toString(), version: result.version, offset })
      .catch(() => null);
    if (doc.version !== result.version) return undefined;
    const matches = uniqueMatches([...findings.flatMap((f) => f.references), ...(claim?.matches ?? [])]);
    if (findings.length === 0 && matches.length === 0) return undefined;

    const md = trustedForOurCommands();
    for (const finding of findings) appendFinding(md, finding);
    if (matches.length > 0) {
      if (findings.length > 0) md.appendMarkdown('\n\n---\n\n');
      md.appendMarkdown(`**Matching reference facts**\n\n`);
      for (const match of matches.slice(0, MAX_FACTS)) appendMatch(md, match, result);
    } else {
      md.appendMarkdown('\n\n_No matching fact in the reference articles._');
    }
    const span = findings[0] ?? claim!;
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
  }
}

function appendFinding(md: vscode.MarkdownString, finding: Finding): void {
  md.appendMarkdown(`**Attribution Review** · \`${finding.rule}\` (${finding.severity}): `);
  md.appendText(finding.message);
  md.appendMarkdown('\n\n');
}

function appendMatch(md: vscode.MarkdownString, match: FactMatch, result: DraftResult): void {
  const { fact } = match;
  const location = factLocation(match, result.mapper, result.uri, result.references);
  const where = `${fact.path ?? 'this draft'}:${fact.line}`;
  const link = location
    ? `[${escapeMarkdown(where)}](${commandLink(OPEN_REFERENCE_COMMAND, [location.uri.toString(), location.range.start.line])})`
    : escapeMarkdown(where);
  md.appendMarkdown(`- **${escapeMarkdown(fact.source ?? 'unnamed source')}** · ${link} · score ${match.score.toFixed(2)}\n\n  > `);
  // An age, a duration or a day that differs is no statistic of the fact, but it is shown like one.
  const shown = new Set(fact.numbers.map((n) => n.start));
  const figures = [...fact.numbers, ...match.differentNumbers.map((d) => d.reference).filter((n) => !shown.has(n.start))];
  appendHighlighted(md, fact.text, figures, new Set(match.differentNumbers.map((d) => d.reference.start)));
  md.appendMarkdown('\n\n');
  if (match.sameNumbers.length > 0) {
    md.appendMarkdown(`  Same figure: ${match.sameNumbers.map((n) => `**${escapeMarkdown(n.draft.text)}**`).join(', ')}\n\n`);
  }
  if (match.differentNumbers.length > 0) {
    const pairs = match.differentNumbers.map(
      (n) => `draft **${escapeMarkdown(n.draft.text)}** vs reference **${escapeMarkdown(n.reference.text)}**`,
    );
    const what = match.differentNumbers.every((n) => n.draft.kind === 'day') ? 'Day' : 'Figure';
    md.appendMarkdown(`  $(warning) ${what} differs: ${pairs.join('; ')}\n\n`);
  }
}

/** The fact's text, escaped, with its figures in bold (and the differing ones struck through). */
function appendHighlighted(md: vscode.MarkdownString, text: string, numbers: NumberMention[], differing: Set<number>): void {
  const spans: Array<{ start: number; end: number; differs: boolean }> = [];
  let from = 0;
  for (const n of [...numbers].sort((a, b) => a.start - b.start)) {
    const at = text.indexOf(n.text, from);
    if (at < 0 || n.text === '') continue;
    spans.push({ start: at, end: at + n.text.length, differs: differing.has(n.start) });
    from = at + n.text.length;
  }
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += escapeMarkdown(text.slice(pos, s.start));
    const figure = escapeMarkdown(text.slice(s.start, s.end));
    out += s.differs ? `**~~${figure}~~**` : `**${figure}**`;
    pos = s.end;
  }
  out += escapeMarkdown(text.slice(pos));
  md.appendMarkdown(out);
}

function uniqueMatches(matches: FactMatch[]): FactMatch[] {
  const seen = new Map<string, FactMatch>();
  for (const m of matches) {
    const prev = seen.get(m.fact.id);
    if (!prev || prev.score < m.score) seen.set(m.fact.id, m);
  }
  return [...seen.values()].sort((a, b) => b.score - a.score);
}
