// Turning user-written paths into uris, and the workspace-boundary check used in untrusted workspaces.
import * as path from 'path';
import * as vscode from 'vscode';

/** Absolute paths are taken as they are; relative ones are resolved against `base`. */
export function resolveUserPath(named: string, base: vscode.Uri | undefined): vscode.Uri | undefined {
  if (path.isAbsolute(named)) return vscode.Uri.file(named);
  if (!base) return undefined;
  return vscode.Uri.joinPath(base, ...named.split(/[\\/]+/).filter((p) => p !== ''));
}

export function isInsideWorkspace(uri: vscode.Uri): boolean {
  // getWorkspaceFolder normalises ".." segments, so a relative path cannot climb out unnoticed.
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}
