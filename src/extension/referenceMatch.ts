// Whether a document is itself a reference article (then it is not checked as a draft).
import * as path from 'path';
import * as vscode from 'vscode';
import type { Settings } from './config';

export function isReferenceDocument(doc: vscode.TextDocument, settings: Settings): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder) return false;
  for (const glob of settings.references) {
    try {
      if (vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, doc) > 0) return true;
    } catch {
      // A malformed pattern matches nothing (the reference store reports it).
    }
  }
  for (const named of settings.referenceFiles) {
    const file = path.isAbsolute(named) ? named : path.join(folder.uri.fsPath, named);
    if (doc.uri.scheme === 'file' && path.normalize(file) === path.normalize(doc.uri.fsPath)) return true;
  }
  return false;
}
