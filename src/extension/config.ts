// Reads the settings for a document or folder through VS Code and validates them (settings.ts).
import * as vscode from 'vscode';
import { SECTION, validateSettings, type ReadSettings } from './settings';

export { DEFAULTS, SECTION, type RunMode, type Settings } from './settings';

/** Reads and validates the settings that apply to `scope` (a document or folder uri). */
export function readSettings(scope?: vscode.Uri): ReadSettings {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  return validateSettings((key) => cfg.get<unknown>(key));
}

