// Shared helpers for the integration suite: waiting on diagnostics events (never a fixed sleep; the
// one poll is for the built-in Markdown server, which has no readiness event), opening workspace
// drafts, changing settings for one test, and applying code actions.
import * as assert from 'assert';
import * as nodePath from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'attribution-review.attribution-review';
export const SOURCE = 'attribution-review';
const DEFAULT_TIMEOUT_MS = 20_000;

export interface Api {
  activationMs: number;
  statusText(): { text: string; tooltip: string; visible: boolean };
  longestBlock(): { ms: number; wallMs: number; cpuMs: number; label: string; longestWallMs: number };
  resetLongestBlock(): void;
  ownCpuMs(): number;
}

export async function activate(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await (markdownReady ??= markdownLanguageServerReady());
  return api;
}

let markdownReady: Promise<void> | undefined;

/**
 * VS Code cancels a code-action request, which then returns nothing, when a code-action provider
 * for the document is registered while it runs. The built-in Markdown extension registers its
 * language server's providers when the server has started, seconds after the first Markdown
 * document opened: the first quick-fix test of a run sometimes got no action at all. So the
 * suites start once that server answers (the document symbols of a workspace draft, which has a
 * heading).
 */
async function markdownLanguageServerReady(): Promise<void> {
  const md = vscode.extensions.getExtension('vscode.markdown-language-features');
  if (!md) return;
  await md.activate();
  const [uri] = await vscode.workspace.findFiles('drafts/*.md', undefined, 1);
  assert.ok(uri, 'the test workspace has no drafts/*.md with a heading');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const symbols = await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', uri);
    if (symbols && symbols.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail('the Markdown language server did not answer within 30 s');
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the test workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/**
 * Resolves with our diagnostics for `uri` once `accept` holds for them: checked at once and then on
 * every onDidChangeDiagnostics event for that uri. Rejects (failing the test) after `timeoutMs`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'the expected diagnostics',
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  const now = ours(uri);
  // Checking and subscribing happen in the same tick, so no publication can slip between them.
  return accept(now) ? Promise.resolve(now) : nextDiagnostics(uri, accept, what, timeoutMs);
}

/** Waits for the next diagnostics publication for `uri` that satisfies `accept`, ignoring the current state. */
export function nextDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = () => true,
  what = 'new diagnostics',
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.toString()}; have:\n${describe(ours(uri))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const current = ours(uri);
      if (!accept(current)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(current);
    });
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code);
}

export function rulesOf(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map(codeOf);
}

export function describe(diagnostics: vscode.Diagnostic[]): string {
  return diagnostics
    .map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${codeOf(d)} ${d.message}`)
    .join('\n');
}

export async function openDraft(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(doc);
}

/** An unsaved draft with the given text: quick-fix tests edit these, never the workspace files. */
export async function openUntitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  // VS Code gives a new untitled draft the name of a closed one ("Untitled-1") and, now and then,
  // the closed one's text (seen in code-server: a 600 KB plain-text draft opened holding the previous
  // test's 14 KB Markdown text; apparently restored from a backup not yet discarded). Such a draft is
  // set aside while a fresh one opens under another name, then reverted and closed.
  const lf = (text: string) => text.replace(/\r\n?/g, '\n');
  const stale: vscode.TextDocument[] = [];
  let doc = await vscode.workspace.openTextDocument({ language, content });
  while (lf(doc.getText()) !== lf(content)) {
    assert.ok(stale.length < 3, `untitled drafts keep opening with other text (${stale.map((d) => d.uri.toString()).join(', ')})`);
    stale.push(doc);
    doc = await vscode.workspace.openTextDocument({ language, content });
  }
  for (const old of stale) {
    await vscode.window.showTextDocument(old);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  return vscode.window.showTextDocument(doc);
}

export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" is not in the document`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Sets a setting for the duration of `body` (workspace target) and restores it afterwards. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('attributionReview');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('attributionReview').update(key, before, vscode.ConfigurationTarget.Workspace);
  }
}

export async function quickFixes(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    range,
    kind,
    // Resolve every action so fix-all (computed on resolve) carries its edit.
    100,
  );
  return actions ?? [];
}

export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `"${action.title}" has neither an edit nor a command`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function revertAndCloseAll(): Promise<void> {
  // Untitled drafts would ask to be saved: revert them first.
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.isDirty) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await closeAll();
}

// ---------------------------------------------------------------------------------------------
// The oracle: the engine bundle the extension ships, run in the test itself on the same text and
// references. The extension must present exactly what the engine finds (codes, ranges, severities,
// messages, fixes); the tests also require that the drafts exercise every rule and fix kind.

type Engine = typeof import('../../src/engine');
type AnalyzeOptions = import('../../src/engine/types').AnalyzeOptions;
type AnalysisResult = import('../../src/engine/types').AnalysisResult;
type Finding = import('../../src/engine/types').Finding;
type ReferenceText = import('../../src/engine/types').ReferenceText;

export function engine(): Engine {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(nodePath.join(ext.extensionPath, 'dist', 'engine.js')) as Engine;
}

/** The severities the extension passes by default (the manifest's defaults). */
function defaultRules(): AnalyzeOptions['rules'] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const props = (ext.packageJSON as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } })
    .contributes.configuration.properties;
  const rules: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const m = /^attributionReview\.severity\.(.+)$/.exec(key);
    if (m) rules[m[1]] = value.default;
  }
  return rules as AnalyzeOptions['rules'];
}

export function formatOf(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

/** The reference articles the default `references` globs find in the workspace, as the extension names them. */
export async function workspaceReferences(): Promise<ReferenceText[]> {
  const folder = vscode.workspace.workspaceFolders![0];
  const seen = new Map<string, vscode.Uri>();
  for (const glob of ['**/*.ref.md', '**/*.ref.txt', 'references/**']) {
    for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')) {
      seen.set(uri.toString(), uri);
    }
  }
  const refs: ReferenceText[] = [];
  for (const uri of seen.values()) {
    const path = vscode.workspace.asRelativePath(uri);
    refs.push({ path, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), format: formatOf(path) });
  }
  return refs.sort((a, b) => a.path.localeCompare(b.path));
}

export function analyzeLikeTheExtension(text: string, references: ReferenceText[], format: 'markdown' | 'plaintext' = 'markdown'): AnalysisResult {
  return engine().analyze(text, { format, references, rules: defaultRules(), ignoreHeadlines: true, extraCues: [], trustedSources: [] });
}

export function fixAllLikeTheExtension(text: string, references: ReferenceText[]): string {
  return engine().fixAll(text, { format: 'markdown', references, rules: defaultRules(), ignoreHeadlines: true, extraCues: [], trustedSources: [] });
}

const SEVERITY_NAME: Record<number, string> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'hint' };

/** One comparable line per diagnostic: range, rule, severity and message. */
export function lines(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)} ${SEVERITY_NAME[d.severity]} ${d.message}`)
    .sort();
}

/** The same lines for engine findings on `text` (positions computed independently of the extension). */
export function expectedLines(text: string, findings: Finding[]): string[] {
  const pos = positionIn(text);
  return findings
    .map((f) => {
      const s = pos(f.start);
      const e = pos(f.end);
      return `${s.line}:${s.character}-${e.line}:${e.character} ${f.rule} ${f.severity} ${f.message}`;
    })
    .sort();
}

export function positionIn(text: string): (offset: number) => vscode.Position {
  return (offset) => {
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\r|\n/).length - 1;
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return new vscode.Position(line, offset - lastBreak - 1);
  };
}

/** Waits until our diagnostics for `uri` are exactly the engine's findings for `text`. */
export function waitForEngineResult(uri: vscode.Uri, text: string, result: AnalysisResult, what = 'the engine\'s findings'): Promise<vscode.Diagnostic[]> {
  const want = expectedLines(text, result.findings);
  return waitForDiagnostics(uri, (d) => JSON.stringify(lines(d)) === JSON.stringify(want), `${what}:\n  ${want.join('\n  ')}`);
}
