// First test in a real VS Code: the extension is installed in the host, activates on a Markdown draft
// (not at start-up), registers every command it contributes and publishes diagnostics for the draft.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'attribution-review.attribution-review';
const SOURCE = 'attribution-review';

/** A draft that every rule set flags: a bare statistic, a vague source, a quote with no speaker. */
const DRAFT = [
  '# Council approves harbour plan',
  '',
  'The harbour expansion will cost 48 million euros and create 1,200 jobs, officials said.',
  '',
  '"This is the biggest investment in a generation."',
  '',
].join('\n');

/** Resolves when `uri` has diagnostics from our source (checked at once, then on every change). */
function ourDiagnostics(uri: vscode.Uri, timeoutMs: number): Promise<vscode.Diagnostic[]> {
  const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
  return new Promise((resolve, reject) => {
    const now = ours();
    if (now.length > 0) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no ${SOURCE} diagnostics for ${uri.fsPath} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const found = ours();
      if (found.length === 0) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    });
  });
}

/** Activation is asynchronous after the triggering event: wait for it on the extension object. */
async function waitActive(ext: vscode.Extension<unknown>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ext.isActive) {
    if (Date.now() > deadline) throw new Error(`${EXTENSION_ID} did not activate within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('smoke: the extension in a real VS Code', () => {
  let draftUri: vscode.Uri;
  let tmpDir: string;

  before(() => {
    // Outside the workspace, so that no workspace-wide check reaches it and the repo stays clean.
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-smoke-'));
    const file = path.join(tmpDir, 'harbour-draft.md');
    fs.writeFileSync(file, DRAFT);
    draftUri = vscode.Uri.file(file);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  it('is installed, with a declared activation that is never "*"', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in the host`);
    const pkg = ext.packageJSON as { activationEvents?: string[]; engines?: { vscode?: string } };
    assert.ok(!(pkg.activationEvents ?? []).includes('*'), 'activationEvents must not contain "*"');
    assert.match(pkg.engines?.vscode ?? '', /\^?1\.\d+/);
  });

  it('activates when a Markdown draft is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const doc = await vscode.workspace.openTextDocument(draftUri);
    assert.strictEqual(doc.languageId, 'markdown');
    await vscode.window.showTextDocument(doc);
    await waitActive(ext, 30_000);
  });

  it('registers every command it contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const pkg = ext.packageJSON as { contributes?: { commands?: Array<{ command: string }> } };
    const contributed = (pkg.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'the extension contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], 'contributed commands that are not registered');
  });

  it('publishes attribution-review diagnostics for the draft', async () => {
    const diags = await ourDiagnostics(draftUri, 30_000);
    const text = fs.readFileSync(draftUri.fsPath, 'utf8');
    for (const d of diags) {
      assert.ok(d.range.end.line < text.split('\n').length, `range ${JSON.stringify(d.range)} is outside the draft`);
      assert.ok(d.message.length > 0);
    }
  });
});

// The extension's reference handling relies on these host services; if the test host were installed
// without them (ripgrep, the native file watcher) the failures elsewhere would be misleading.
describe('smoke: host services the extension relies on', () => {
  it('workspace.findFiles searches the workspace (ripgrep is installed in the host)', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the suite runs with the test workspace folder open');
    const name = `find-me-${process.pid}-${Date.now()}.ref.md`;
    const uri = vscode.Uri.joinPath(folder.uri, name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Officials said so.\n'));
    try {
      const found = await vscode.workspace.findFiles(`**/${name}`);
      assert.deepStrictEqual(found.map((u) => u.toString()), [uri.toString()]);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a FileSystemWatcher sees a file written to disk outside VS Code', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const name = `watched-${process.pid}-${Date.now()}.ref.md`;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `**/${name}`));
    const file = path.join(folder.uri.fsPath, name);
    try {
      const created = new Promise<vscode.Uri>((resolve) => watcher.onDidCreate(resolve));
      // The watcher starts asynchronously: write until it reports (each write is a fresh create).
      let seen: vscode.Uri | undefined;
      for (let attempt = 0; attempt < 20 && !seen; attempt++) {
        fs.rmSync(file, { force: true });
        fs.writeFileSync(file, `attempt ${attempt}\n`);
        seen = await Promise.race([created, new Promise<undefined>((r) => setTimeout(() => r(undefined), 500))]);
      }
      assert.ok(seen, 'no create event from the file watcher within 10 s');
      assert.strictEqual(seen.fsPath, file);
    } finally {
      watcher.dispose();
      fs.rmSync(file, { force: true });
    }
  });
});
