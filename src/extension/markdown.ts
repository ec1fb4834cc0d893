// Helpers to build hover and report Markdown where document text is always escaped.
import * as vscode from 'vscode';

/** Backslash-escapes every character Markdown could treat as syntax. */
export function escapeMarkdown(text: string): string {
  // Inline text only (line breaks become spaces), so line-start syntax such as "1." or "-" cannot apply.
  return text.replace(/[\\`*_{}[\]()#+!|<>~&$]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}

/** A `command:` link to one of this extension's own commands, with JSON arguments. */
export function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

export const OPEN_REFERENCE_COMMAND = 'attributionReview.openReference';

/** Hovers trust only our own reference-opening command; everything else stays inert. */
export function trustedForOurCommands(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [OPEN_REFERENCE_COMMAND] };
  md.supportHtml = false;
  return md;
}
