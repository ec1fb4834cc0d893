// Reference articles: files appearing, changing and disappearing on disk (FileSystemWatcher), unsaved
// edits in a reference editor, front matter, the two reference commands, and clear warnings for
// missing, binary and oversized references.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReferenceText } from '../../src/engine/types';
import {
  activate,
  analyzeLikeTheExtension,
  expectedLines,
  openUntitled,
  revertAndCloseAll,
  rulesOf,
  waitForDiagnostics,
  waitForEngineResult,
  withSetting,
  workspaceReferences,
  workspaceUri,
} from './helpers';

const enc = new TextEncoder();
const DRAFT = '# Ferries\n\nThe storm left 2,300 passengers stranded at the terminal.\n';
const FACT = (who: string) => `# Storm\n\n${who} said the storm left 2,300 passengers stranded at the terminal.\n`;


/**
 * What the draft `text` should show with the workspace references plus `extra`, and a check that
 * the extra reference changes it at all (otherwise the test would prove nothing).
 */
async function expectWith(text: string, extra: ReferenceText[], format: 'markdown' | 'plaintext' = 'markdown') {
  const base = await workspaceReferences();
  const without = analyzeLikeTheExtension(text, base.filter((r) => !extra.some((e) => e.path === r.path)), format);
  const withRef = analyzeLikeTheExtension(text, [...base.filter((r) => !extra.some((e) => e.path === r.path)), ...extra], format);
  assert.notDeepStrictEqual(
    expectedLines(text, withRef.findings),
    expectedLines(text, without.findings),
    `the engine does not use the reference ${extra.map((e) => e.path).join(', ')} for this draft`,
  );
  return withRef;
}

async function status(): Promise<{ text: string; tooltip: string }> {
  return vscode.commands.executeCommand('attributionReview.internal.statusText');
}

async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
}

describe('references', () => {
  const created: vscode.Uri[] = [];
  const write = async (relative: string, content: string | Uint8Array) => {
    const uri = workspaceUri(relative);
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? enc.encode(content) : content);
    return uri;
  };

  before(activate);
  afterEach(async () => {
    await revertAndCloseAll();
    for (const uri of created.splice(0)) await remove(uri);
  });

  it('picks up a reference file created, edited and deleted on disk', async () => {
    const doc = (await openUntitled(DRAFT)).document;
    const path = 'references/ferry.ref.md';
    const first = await expectWith(DRAFT, [{ path, text: FACT('Ferry captain Ana Silva'), format: 'markdown' }]);
    const second = await expectWith(DRAFT, [{ path, text: FACT('Harbour master Tom Reyes'), format: 'markdown' }]);
    assert.notDeepStrictEqual(expectedLines(DRAFT, first.findings), expectedLines(DRAFT, second.findings));
    const ref = await write(path, FACT('Ferry captain Ana Silva'));
    await waitForEngineResult(doc.uri, DRAFT, first, 'the findings with the new reference');
    await vscode.workspace.fs.writeFile(ref, enc.encode(FACT('Harbour master Tom Reyes')));
    await waitForEngineResult(doc.uri, DRAFT, second, 'the findings with the edited reference');
    await remove(ref);
    await waitForEngineResult(doc.uri, DRAFT, analyzeLikeTheExtension(DRAFT, await workspaceReferences()), 'the findings without it');
  });

  it('uses unsaved edits in an open reference editor at once', async () => {
    const path = 'references/ferry.ref.md';
    const ref = await write(path, FACT('Ferry captain Ana Silva'));
    const doc = (await openUntitled(DRAFT)).document;
    await waitForEngineResult(doc.uri, DRAFT, analyzeLikeTheExtension(DRAFT, await workspaceReferences()));
    const edited = await expectWith(DRAFT, [{ path, text: FACT('Harbour master Tom Reyes'), format: 'markdown' }]);
    const refDoc = await vscode.workspace.openTextDocument(ref);
    const editor = await vscode.window.showTextDocument(refDoc, vscode.ViewColumn.Beside);
    const who = 'Ferry captain Ana Silva';
    assert.ok(refDoc.lineAt(2).text.startsWith(who));
    const changed = waitForEngineResult(doc.uri, DRAFT, edited, 'the findings with the unsaved reference edit');
    await editor.edit((e) => e.replace(new vscode.Range(2, 0, 2, who.length), 'Harbour master Tom Reyes'));
    await changed;
  });

  it('reads references named in the draft\'s front matter', async () => {
    const text = `---\nreferences:\n  - notes/ferry-notes.txt\n---\n${DRAFT}`;
    const expected = await expectWith(text, [{ path: 'notes/ferry-notes.txt', text: FACT('The coastguard'), format: 'plaintext' }]);
    await write('notes/ferry-notes.txt', FACT('The coastguard'));
    const doc = (await openUntitled(text)).document;
    await waitForEngineResult(doc.uri, text, expected, 'the findings with the front-matter reference');
  });

  it('warns about a missing reference in the status bar instead of failing', async () => {
    const doc = (await openUntitled(`---\nreferences: [notes/missing.txt]\n---\n${DRAFT}`)).document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    const s = await status();
    assert.match(s.text, /\$\(warning\)/);
    assert.match(s.tooltip, /notes\/missing\.txt" does not exist/);
  });

  it('skips binary and oversized references with a warning', async () => {
    await write('notes/scan.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    await write('notes/huge.txt', 'The port authority said 2,300 passengers were stranded. '.repeat(60));
    await withSetting('maxFileSizeKB', 2, async () => {
      const doc = (await openUntitled(`---\nreferences: [notes/scan.txt, notes/huge.txt]\n---\n${DRAFT}`)).document;
      await waitForDiagnostics(doc.uri, (d) => d.length > 0);
      const s = await status();
      assert.match(s.tooltip, /scan\.txt" looks binary/);
      assert.match(s.tooltip, /huge\.txt" is 3 KB, larger than 2 KB/);
    });
  });

  it('"Add Reference Article..." stores the file in the workspace settings and uses it', async () => {
    const ref = await write('notes/added.txt', FACT('The ferry company Islander'));
    const expected = await expectWith(DRAFT, [{ path: 'notes/added.txt', text: FACT('The ferry company Islander'), format: 'plaintext' }]);
    const config = () => vscode.workspace.getConfiguration('attributionReview');
    const before = config().inspect<string[]>('referenceFiles')?.workspaceValue;
    try {
      const doc = (await openUntitled(DRAFT)).document;
      await waitForDiagnostics(doc.uri, (d) => d.length > 0);
      const added = await vscode.commands.executeCommand<string[]>('attributionReview.addReference', [ref]);
      assert.deepStrictEqual(added, ['notes/added.txt']);
      assert.deepStrictEqual(config().inspect<string[]>('referenceFiles')?.workspaceValue, ['notes/added.txt']);
      await waitForEngineResult(doc.uri, DRAFT, expected, 'the findings with the added reference');
    } finally {
      await config().update('referenceFiles', before, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('ends with the findings of the last reference set when references are switched quickly', async () => {
    const sources = ['The ferry company Islander', 'Harbour master Tom Reyes', 'The coastguard'];
    for (const [i, who] of sources.entries()) await write(`notes/switch-${i}.txt`, FACT(who));
    const last = `notes/switch-${sources.length - 1}.txt`;
    const expected = await expectWith(DRAFT, [{ path: last, text: FACT(sources[sources.length - 1]), format: 'plaintext' }]);
    const config = () => vscode.workspace.getConfiguration('attributionReview');
    const before = config().inspect<string[]>('referenceFiles')?.workspaceValue;
    try {
      const doc = (await openUntitled(DRAFT)).document;
      await waitForDiagnostics(doc.uri, (d) => d.length > 0);
      for (let i = 0; i < sources.length; i++) {
        await config().update('referenceFiles', [`notes/switch-${i}.txt`], vscode.ConfigurationTarget.Workspace);
      }
      await waitForEngineResult(doc.uri, DRAFT, expected, 'the findings with the last reference');
      // Once a check of the current state has been served, nothing older can land after it.
      await vscode.commands.executeCommand('attributionReview.checkCurrentDraft');
      await waitForEngineResult(doc.uri, DRAFT, expected, 'the findings with the last reference, still');
    } finally {
      await config().update('referenceFiles', before, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('"Use Active Editor as Reference" turns an unsaved editor into a reference', async () => {
    const draft = (await openUntitled(DRAFT)).document;
    await waitForDiagnostics(draft.uri, (d) => rulesOf(d).length > 0);
    const refDoc = (await openUntitled(FACT('The harbour pilot Ana Costa'))).document;
    const label = vscode.workspace.asRelativePath(refDoc.uri);
    const expected = await expectWith(DRAFT, [{ path: label, text: refDoc.getText(), format: 'plaintext' }]);
    await vscode.commands.executeCommand('attributionReview.useActiveEditorAsReference');
    await waitForEngineResult(draft.uri, DRAFT, expected, 'the findings with the editor as a reference');
  });
});
