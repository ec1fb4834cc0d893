// The palette commands (category "Attribution Review") and two internal ones: opening a reference at
// a line (hover links) and reading the status bar (tests).
import * as path from 'path';
import * as vscode from 'vscode';
import { checkWorkspace, type WorkspaceCheckSummary } from './checkWorkspace';
import { SECTION } from './config';
import type { DiagnosticsController } from './diagnostics';
import type { Log } from './log';
import { OPEN_REFERENCE_COMMAND } from './markdown';
import { isInsideWorkspace } from './paths';
import type { ReferenceStore } from './references';
import type { ReportProvider } from './report';
import { SHOW_REPORT_COMMAND, type StatusBar } from './statusBar';

export const COMMANDS = {
  checkCurrentDraft: 'attributionReview.checkCurrentDraft',
  checkWorkspace: 'attributionReview.checkWorkspace',
  showReport: SHOW_REPORT_COMMAND,
  addReference: 'attributionReview.addReference',
  useActiveEditorAsReference: 'attributionReview.useActiveEditorAsReference',
  clearDiagnostics: 'attributionReview.clearDiagnostics',
  toggle: 'attributionReview.toggle',
  openReference: OPEN_REFERENCE_COMMAND,
  statusText: 'attributionReview.internal.statusText',
} as const;

const ENABLED_KEY = 'attributionReview.enabled';

interface Deps {
  context: vscode.ExtensionContext;
  controller: DiagnosticsController;
  references: ReferenceStore;
  report: ReportProvider;
  statusBar: StatusBar;
  log: Log;
}

export function registerCommands(deps: Deps): void {
  const { context, controller, references, report, statusBar, log } = deps;
  const register = (id: string, run: (...args: never[]) => unknown) => {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: never[]) => {
        try {
          return await run(...args);
        } catch (err) {
          log.error(`Command ${id} failed`, err);
          void vscode.window.showWarningMessage(`Attribution Review: ${err instanceof Error ? err.message : String(err)}`);
          return undefined;
        }
      }),
    );
  };

  register(COMMANDS.checkCurrentDraft, async () => {
    const doc = activeDocument();
    if (!doc) return undefined;
    const result = await controller.checkNow(doc);
    return result ? { findings: result.diagnostics.length } : undefined;
  });

  register(COMMANDS.checkWorkspace, async (): Promise<WorkspaceCheckSummary> => {
    const summary = await checkWorkspace(controller, references, log);
    if (!summary.cancelled) void vscode.commands.executeCommand('workbench.actions.view.problems');
    return summary;
  });

  register(COMMANDS.showReport, async (draft?: vscode.Uri) => {
    const target = draft ?? activeDocument()?.uri;
    if (!target) return undefined;
    const doc = await report.show(target);
    return doc.uri;
  });

  // `files` lets tests and other extensions skip the file picker.
  register(COMMANDS.addReference, async (files?: vscode.Uri[]) => {
    const picked =
      files ??
      (await vscode.window.showOpenDialog({
        canSelectMany: true,
        openLabel: 'Add Reference',
        title: 'Reference articles the draft was written from',
        filters: { 'Articles': ['md', 'markdown', 'txt', 'news', 'draft'], 'All files': ['*'] },
      }));
    if (!picked || picked.length === 0) return [];
    return addReferenceFiles(picked, references, log);
  });

  register(COMMANDS.useActiveEditorAsReference, async () => {
    const doc = activeDocument();
    if (!doc) return undefined;
    if (doc.uri.scheme !== 'file' || !vscode.workspace.workspaceFolders) {
      references.addSessionReference(doc.uri);
      controller.forget(doc.uri);
      log.info(`Using ${doc.uri.toString()} as a reference for this session.`);
      return [doc.uri.toString()];
    }
    const added = await addReferenceFiles([doc.uri], references, log);
    controller.forget(doc.uri);
    return added;
  });

  register(COMMANDS.clearDiagnostics, () => controller.clearAll());

  register(COMMANDS.toggle, async () => {
    controller.setEnabled(!controller.enabled);
    await context.workspaceState.update(ENABLED_KEY, controller.enabled);
    statusBar.refresh();
    log.info(`Checking turned ${controller.enabled ? 'on' : 'off'}.`);
    return controller.enabled;
  });

  register(COMMANDS.openReference, async (uri: string, line: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const at = new vscode.Position(Math.max(0, Math.min(Number(line) || 0, doc.lineCount - 1)), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preview: true });
  });

  register(COMMANDS.statusText, () => statusBar.state);

  if (context.workspaceState.get<boolean>(ENABLED_KEY) === false) controller.setEnabled(false);
}

function activeDocument(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) void vscode.window.showInformationMessage('Attribution Review: open a draft first.');
  return doc;
}

/** Stores picked files in the workspace's `referenceFiles` setting (relative when inside a folder). */
async function addReferenceFiles(files: vscode.Uri[], references: ReferenceStore, log: Log): Promise<string[]> {
  if (!vscode.workspace.workspaceFolders) {
    files.forEach((f) => references.addSessionReference(f));
    return files.map((f) => f.toString());
  }
  const config = vscode.workspace.getConfiguration(SECTION);
  const current = config.get<unknown>('referenceFiles');
  const list = Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [];
  const added: string[] = [];
  for (const file of files) {
    const folder = vscode.workspace.getWorkspaceFolder(file);
    const named = folder && vscode.workspace.workspaceFolders.length === 1
      ? path.relative(folder.uri.fsPath, file.fsPath).split(path.sep).join('/')
      : file.fsPath;
    if (!isInsideWorkspace(file) && !vscode.workspace.isTrusted) {
      log.warn(`${file.fsPath} is outside the workspace; it will be read only once the workspace is trusted.`);
    }
    if (!list.includes(named)) {
      list.push(named);
      added.push(named);
    }
  }
  if (added.length > 0) {
    await config.update('referenceFiles', list, vscode.ConfigurationTarget.Workspace);
    log.info(`Added reference articles: ${added.join(', ')}`);
  }
  return added;
}
