// Quick fixes for this extension's own diagnostics: attribute to a matching source (prefix and
// suffix), an attribution placeholder snippet, the reference figure, ignore on this line, and fix-all
// (also offered as source.fixAll.attributionReview for codeActionsOnSave).
import * as vscode from 'vscode';
import type { Finding, Fix, TextEdit } from '../engine/types';
import type { AnalysisClient } from './analysis/client';
import type { DiagnosticsController, DraftResult } from './diagnostics';
import { DIAGNOSTIC_SOURCE, findingForDiagnostic } from './findingToDiagnostic';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('attributionReview');
const FIX_ALL_TITLE = 'Fix all attributions in this document';

/** A fix-all action whose edit is computed on resolve, for the document version it was offered for. */
class FixAllAction extends vscode.CodeAction {
  constructor(
    kind: vscode.CodeActionKind,
    readonly doc: vscode.TextDocument,
    readonly result: DraftResult,
  ) {
    super(FIX_ALL_TITLE, kind);
  }
}

export class AttributionCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(
    private readonly controller: DiagnosticsController,
    private readonly client: AnalysisClient,
  ) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const result = this.controller.result(doc.uri);
    // Fixes carry offsets into the analysed text: never offer them for another version.
    if (!result || result.version !== doc.version) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    // Source actions (codeActionsOnSave, "Fix All") are offered only when asked for explicitly.
    if (only && (only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only)) && hasFixes(result)) {
      actions.push(new FixAllAction(FIX_ALL_KIND, doc, result));
    }
    const wantsQuickFix = !only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only);
    if (wantsQuickFix) {
      const before = actions.length;
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const finding = findingForDiagnostic(diagnostic);
        if (!finding || !result.diagnostics.includes(diagnostic)) continue;
        actions.push(...fixActions(doc, finding, diagnostic));
        const ignore = await this.ignoreAction(doc, finding, diagnostic, result);
        if (ignore) actions.push(ignore);
      }
      if (actions.length > before && hasFixes(result)) {
        actions.push(new FixAllAction(vscode.CodeActionKind.QuickFix, doc, result));
      }
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof FixAllAction) || action.edit) return action;
    const { doc, result } = action;
    if (doc.isClosed || doc.version !== result.version) return action;
    const edits = await this.client.run(
      { kind: 'fixAll', text: doc.getText(), options: result.options, refKey: result.references.key },
      result.references.texts,
    );
    if (doc.version !== result.version) return action;
    action.edit = toWorkspaceEdit(doc, edits);
    return action;
  }

  private async ignoreAction(
    doc: vscode.TextDocument,
    finding: Finding,
    diagnostic: vscode.Diagnostic,
    result: DraftResult,
  ): Promise<vscode.CodeAction | undefined> {
    const own = finding.fixes.find((f) => f.kind === 'ignore-line');
    let edits: TextEdit[] | undefined = own?.edits;
    if (!edits) {
      const edit = await this.client.run({
        kind: 'ignoreLine',
        text: doc.getText(),
        offset: finding.start,
        rule: finding.rule,
        format: result.format,
      });
      edits = edit ? [edit] : undefined;
    }
    if (!edits || doc.version !== result.version) return undefined;
    const action = new vscode.CodeAction(`Ignore ${finding.rule} on this line`, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(doc, edits);
    action.diagnostics = [diagnostic];
    return action;
  }
}

/** One action per engine fix, in the engine's order; the engine marks at most one preferred. */
function fixActions(doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return finding.fixes
    .filter((fix) => fix.kind !== 'ignore-line')
    .map((fix) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = fixEdit(doc, fix);
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.preferred;
      return action;
    });
}

function fixEdit(doc: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  if (fix.kind === 'placeholder' && fix.snippet && fix.snippet.length > 0) {
    // A snippet edit puts the cursor on the source placeholder, ready to type over.
    const edit = new vscode.WorkspaceEdit();
    edit.set(
      doc.uri,
      fix.snippet.map((e) => new vscode.SnippetTextEdit(rangeOf(doc, e), new vscode.SnippetString(e.newText))),
    );
    return edit;
  }
  return toWorkspaceEdit(doc, fix.edits);
}

function toWorkspaceEdit(doc: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, edits.map((e) => new vscode.TextEdit(rangeOf(doc, e), e.newText)));
  return edit;
}

function rangeOf(doc: vscode.TextDocument, e: TextEdit): vscode.Range {
  return new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end));
}

function hasFixes(result: DraftResult): boolean {
  return result.analysis.findings.some((f) => f.fixes.some((fix) => fix.preferred && fix.kind !== 'ignore-line'));
}
