// Which documents are shown in editor tabs: closing a draft's last tab clears its diagnostics, even
// while VS Code keeps the document itself alive for a while.
import * as vscode from 'vscode';

export function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  if (tab.input instanceof vscode.TabInputText) return tab.input.uri;
  if (tab.input instanceof vscode.TabInputTextDiff) return tab.input.modified;
  return undefined;
}

export function openTabUris(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const uri = tabUri(tab);
      if (uri) uris.add(uri.toString());
    }
  }
  return uris;
}
