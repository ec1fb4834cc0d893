// Reference articles: files appearing, changing and disappearing on disk (FileSystemWatcher), unsaved
// edits in a reference editor, front matter, the two reference commands, and clear warnings for
// missing, binary and oversized references.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, codeOf, nextDiagnostics, openUntitled, revertAndCloseAll, rulesOf, waitForDiagnostics, withSetting, workspaceUri } from './helpers';

const enc = new TextEncoder();
const DRAFT = '# Ferries\n\nThe storm left 2,300 passengers stranded at the terminal.\n';
const FACT = (who: string) => `# Storm\n\n${who} said the storm left 2,300 passengers stranded at the terminal.\n`;

const numberMessage = (d: vscode.Diagnostic[]) => d.find((x) => codeOf(x) === 'unsourced-number')?.message ?? '';

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
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unsourced-number'));
    const ref = await write('references/ferry.ref.md', FACT('Ferry operator Bluewater Lines'));
    await waitForDiagnostics(doc.uri, (d) => /Bluewater/.test(numberMessage(d)), 'the new reference in the message');
    await vscode.workspace.fs.writeFile(ref, enc.encode(FACT('Harbour master Tom Reyes')));
    await waitForDiagnostics(doc.uri, (d) => /Tom Reyes/.test(numberMessage(d)), 'the edited reference in the message');
    await remove(ref);
    await waitForDiagnostics(
      doc.uri,
      (d) => rulesOf(d).includes('unsourced-number') && !/Tom Reyes/.test(numberMessage(d)),
      'the deleted reference to be forgotten',
    );
  });

  it('uses unsaved edits in an open reference editor at once', async () => {
    const ref = await write('references/ferry.ref.md', FACT('Ferry operator Bluewater Lines'));
    const doc = (await openUntitled(DRAFT)).document;
    await waitForDiagnostics(doc.uri, (d) => /Bluewater/.test(numberMessage(d)));
    const refDoc = await vscode.workspace.openTextDocument(ref);
    const editor = await vscode.window.showTextDocument(refDoc, vscode.ViewColumn.Beside);
    const changed = nextDiagnostics(doc.uri, (d) => /Tom Reyes/.test(numberMessage(d)), 'the unsaved reference edit');
    const who = 'Ferry operator Bluewater Lines';
    assert.ok(refDoc.lineAt(2).text.startsWith(who));
    await editor.edit((e) => e.replace(new vscode.Range(2, 0, 2, who.length), 'Harbour master Tom Reyes'));
    await changed;
  });

  it('reads references named in the draft\'s front matter', async () => {
    await write('notes/ferry-notes.txt', FACT('The coastguard'));
    const doc = (await openUntitled(`---\nreferences:\n  - notes/ferry-notes.txt\n---\n${DRAFT}`)).document;
    await waitForDiagnostics(doc.uri, (d) => /coastguard/i.test(numberMessage(d)), 'the front-matter reference in the message');
  });

  it('warns about a missing reference in the status bar instead of failing', async () => {
    const doc = (await openUntitled(`---\nreferences: [notes/missing.txt]\n---\n${DRAFT}`)).document;
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unsourced-number'));
    const s = await status();
    assert.match(s.text, /\$\(warning\)/);
    assert.match(s.tooltip, /notes\/missing\.txt" does not exist/);
  });

  it('skips binary and oversized references with a warning', async () => {
    await write('notes/scan.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    await write('notes/huge.txt', 'The port authority said 2,300 passengers were stranded. '.repeat(60));
    await withSetting('maxFileSizeKB', 2, async () => {
      const doc = (await openUntitled(`---\nreferences: [notes/scan.txt, notes/huge.txt]\n---\n${DRAFT}`)).document;
      await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unsourced-number'));
      const s = await status();
      assert.match(s.tooltip, /scan\.txt" looks binary/);
      assert.match(s.tooltip, /huge\.txt" is 3 KB, larger than 2 KB/);
    });
  });

  it('"Add Reference Article..." stores the file in the workspace settings and uses it', async () => {
    const ref = await write('notes/added.txt', FACT('The ferry company Islander'));
    const config = () => vscode.workspace.getConfiguration('attributionReview');
    const before = config().inspect<string[]>('referenceFiles')?.workspaceValue;
    try {
      const doc = (await openUntitled(DRAFT)).document;
      await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unsourced-number'));
      const added = await vscode.commands.executeCommand<string[]>('attributionReview.addReference', [ref]);
      assert.deepStrictEqual(added, ['notes/added.txt']);
      assert.deepStrictEqual(config().inspect<string[]>('referenceFiles')?.workspaceValue, ['notes/added.txt']);
      await waitForDiagnostics(doc.uri, (d) => /Islander/.test(numberMessage(d)), 'the added reference in the message');
    } finally {
      await config().update('referenceFiles', before, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('"Use Active Editor as Reference" turns an unsaved editor into a reference', async () => {
    const draft = (await openUntitled(DRAFT)).document;
    await waitForDiagnostics(draft.uri, (d) => rulesOf(d).includes('unsourced-number'));
    await openUntitled(FACT('The harbour pilot Ana Costa'));
    await vscode.commands.executeCommand('attributionReview.useActiveEditorAsReference');
    await waitForDiagnostics(draft.uri, (d) => /Ana Costa/.test(numberMessage(d)), 'the editor used as a reference');
  });
});
