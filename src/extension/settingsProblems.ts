// Tells the user once about each malformed setting: a line in the output channel and a non-modal
// warning with a button to the settings; the safe default is used meanwhile.
import * as vscode from 'vscode';
import { readSettings, SECTION } from './config';
import type { Log } from './log';

export function reportSettingsProblems(log: Log): void {
  const scopes: Array<vscode.Uri | undefined> = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  for (const scope of scopes) {
    for (const problem of readSettings(scope).problems) {
      if (!log.warnOnce(problem)) continue;
      void vscode.window.showWarningMessage(`Attribution Review: ${problem}`, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
      });
    }
  }
}
