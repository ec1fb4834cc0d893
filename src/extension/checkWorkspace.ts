// "Check All Drafts in Workspace": every draft file, with a cancellable progress notification;
// results go to the Problems panel through the same diagnostics controller.
import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import type { Log } from './log';
import { readSettings } from './config';
import type { ReferenceStore } from './references';

/** File extensions per language id, for finding drafts that are not open. */
const EXTENSIONS: Record<string, string[]> = {
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
  newsdraft: ['draft', 'news'],
};

export interface WorkspaceCheckSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

export async function checkWorkspace(
  controller: DiagnosticsController,
  references: ReferenceStore,
  log: Log,
): Promise<WorkspaceCheckSummary> {
  const summary: WorkspaceCheckSummary = { files: 0, findings: 0, skipped: 0, cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Attribution Review: checking drafts', cancellable: true },
    async (progress, token) => {
      const settings = readSettings().settings;
      const byExtension = new Map<string, string>();
      for (const language of settings.languages) {
        for (const ext of EXTENSIONS[language] ?? []) byExtension.set(ext, language);
      }
      if (byExtension.size === 0) return;
      const glob = `**/*.{${[...byExtension.keys()].join(',')}}`;
      const files = await vscode.workspace.findFiles(glob, '{**/node_modules/**,**/.git/**}', 5000, token);
      files.sort((a, b) => a.toString().localeCompare(b.toString()));
      const referenceFiles = await references.workspaceReferenceUris(settings);
      for (const uri of files) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        const ext = uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase();
        const languageId = byExtension.get(ext) ?? 'plaintext';
        if (referenceFiles.has(uri.toString())) continue;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        try {
          const result = await controller.checkFile(uri, languageId);
          if (result) {
            summary.files++;
            summary.findings += result.diagnostics.length;
          } else summary.skipped++;
        } catch (err) {
          summary.skipped++;
          log.error(`Could not check ${uri.fsPath}`, err);
        }
      }
    },
  );
  log.info(
    `Checked ${summary.files} drafts in the workspace: ${summary.findings} findings` +
      `${summary.skipped ? `, ${summary.skipped} skipped (too large, binary or unreadable)` : ''}${summary.cancelled ? ' (cancelled)' : ''}.`,
  );
  return summary;
}
