// "N/M sourced" for the active draft, with a breakdown in the tooltip; a click opens the report.
import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { summarize } from './summary';

export const SHOW_REPORT_COMMAND = 'attributionReview.showReport';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('attributionReview.status', vscode.StatusBarAlignment.Right, 100);
  private tooltipText = '';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly controller: DiagnosticsController) {
    this.item.name = 'Attribution Review';
    this.item.command = SHOW_REPORT_COMMAND;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      controller.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh();
      }),
    );
    this.refresh();
  }

  /** The current text and tooltip (also exposed to tests through a command). */
  get state(): { text: string; tooltip: string; visible: boolean } {
    return { text: this.item.text, tooltip: this.tooltipText, visible: this.visible };
  }

  private visible = false;

  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.controller.isDraft(doc)) return this.hide();
    if (!this.controller.enabled) return this.show('$(circle-slash) Attribution Review off', 'Checking is off. Run "Attribution Review: Toggle Checking" to turn it on.');
    const status = this.controller.status(doc.uri);
    if (status?.kind === 'too-large') {
      return this.show(
        '$(warning) Draft too large',
        `This draft is about ${status.sizeKB} KB, above the ${status.limitKB} KB limit (attributionReview.maxFileSizeKB), so it is not checked.`,
      );
    }
    if (status?.kind === 'failed') return this.show('$(error) Attribution Review', `Checking failed: ${status.message}. See the "Attribution Review" output.`);
    const result = this.controller.result(doc.uri);
    if (!result) return this.show('$(sync~spin) Checking attributions', 'Attribution Review is checking this draft.');
    const s = summarize(result);
    const lines = [
      `Claims attributed: ${s.attributedClaims}/${s.claims}${s.vagueClaims > 0 ? ` (${s.vagueClaims} only vaguely)` : ''}`,
      `Numbers sourced: ${s.sourcedNumbers}/${s.numbers}`,
      `Findings: ${s.findings}${s.shownFindings < s.findings ? ` (${s.shownFindings} in the Problems panel)` : ''}${s.findings > 0 ? ' (' + Object.entries(s.findingsByRule).map(([r, n]) => `${r} ${n}`).join(', ') + ')' : ''}`,
      `Reference articles: ${s.references}`,
      ...s.warnings.map((w) => `Warning: ${w}`),
      'Click for the attribution report.',
    ];
    const icon = s.warnings.length > 0 ? '$(warning)' : '$(quote)';
    this.show(`${icon} ${s.attributedClaims}/${s.claims} sourced`, lines.join('\n'));
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.tooltipText = tooltip;
    this.visible = true;
    this.item.show();
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
