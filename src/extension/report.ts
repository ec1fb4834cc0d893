// The Attribution Report: a read-only virtual Markdown document per draft (no webview, so no script
// surface at all). It lists claims attributed / total, numbers sourced / total and every unsourced
// item with a link to its line; it refreshes when the draft is re-checked.
import * as vscode from 'vscode';
import type { DiagnosticsController, DraftResult } from './diagnostics';
import { escapeMarkdown } from './markdown';
import { summarize } from './summary';

export const REPORT_SCHEME = 'attribution-review-report';

export class ReportProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly controller: DiagnosticsController) {
    this.subscription = controller.onDidUpdate((draft) => {
      const report = reportUri(draft);
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === report.toString())) this.changed.fire(report);
    });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const draft = vscode.Uri.parse(uri.query);
    const result = this.controller.result(draft);
    const name = vscode.workspace.asRelativePath(draft);
    if (!result) return `# Attribution report: ${escapeMarkdown(name)}\n\nThis draft has not been checked yet. Run "Attribution Review: Check Current Draft".\n`;
    return renderReport(name, result);
  }

  /** Opens (or refreshes) the report for a draft beside it. */
  async show(draft: vscode.Uri): Promise<vscode.TextDocument> {
    const uri = reportUri(draft);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    return doc;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function reportUri(draft: vscode.Uri): vscode.Uri {
  const base = draft.path.split('/').pop() || 'draft';
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/Attribution report - ${base}.md`, query: draft.toString() });
}

export function renderReport(name: string, result: DraftResult): string {
  const s = summarize(result);
  const lines: string[] = [
    `# Attribution report: ${escapeMarkdown(name)}`,
    '',
    `| | Sourced | Total |`,
    `|---|---:|---:|`,
    `| Claims attributed | ${s.attributedClaims} | ${s.claims} |`,
    `| Numbers sourced | ${s.sourcedNumbers} | ${s.numbers} |`,
    '',
    `Reference articles used: ${s.references}. Findings: ${s.findings}.`,
    '',
  ];
  if (s.warnings.length > 0) {
    lines.push('## Warnings', '', ...s.warnings.map((w) => `- ${escapeMarkdown(w)}`), '');
  }
  lines.push('## Items that need a source', '');
  if (result.analysis.findings.length === 0) lines.push('Nothing: every claim and figure is attributed.');
  if (s.shownFindings < s.findings) lines.push(`The first ${s.shownFindings} of ${s.findings} are listed.`, '');
  for (const finding of result.analysis.findings) {
    const pos = result.mapper.positionAt(finding.start);
    const target = result.uri.with({ fragment: `L${pos.line + 1}` });
    const excerpt = excerptOf(result, finding.start, finding.end);
    lines.push(
      `- [line ${pos.line + 1}](${target.toString()}) · \`${finding.rule}\` · ${escapeMarkdown(finding.message)}` +
        (excerpt ? `\n  > ${escapeMarkdown(excerpt)}` : ''),
    );
  }
  lines.push('');
  return lines.join('\n');
}

function excerptOf(result: DraftResult, start: number, end: number): string {
  const finding = result.analysis.findings.find((f) => f.start === start && f.end === end);
  const text = finding ? result.text.slice(finding.sentence.start, finding.sentence.end).trim() : '';
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}
