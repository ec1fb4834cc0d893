// Hovers through vscode.executeHoverProvider: the matching reference fact with its source, a link
// to the reference line, the score and the figures; document text escaped, never live Markdown.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, hoverText, openDraft, openUntitled, rangeOf, revertAndCloseAll, rulesOf, waitForDiagnostics, workspaceUri } from './helpers';

describe('hover', () => {
  before(activate);
  after(revertAndCloseAll);

  it('shows the matching reference fact on a flagged figure', async () => {
    const doc = (await openDraft('drafts/harbour-fire.md')).document;
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unsourced-number'));
    const text = await hoverText(doc, rangeOf(doc, '18 warehouses').start.translate(0, 1));
    assert.match(text, /unsourced-number/);
    assert.match(text, /fire chief Miriam Okafor/, 'the source');
    assert.match(text, /harbour-fire\\?\.ref\\?\.md:5/, 'file and line of the fact');
    assert.match(text, /score 0\.\d\d|score 1\.00/, 'the match score');
    assert.match(text, /\*\*18\*\*/, 'the shared figure in bold');
    assert.match(text, /command:attributionReview\.openReference\?/, 'a link that opens the reference');
  });

  it('opens the reference at the fact line from the hover link', async () => {
    const doc = (await openDraft('drafts/harbour-fire.md')).document;
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unsourced-number'));
    const text = await hoverText(doc, rangeOf(doc, '18 warehouses').start);
    const link = /command:attributionReview\.openReference\?([^)\s]+)/.exec(text);
    assert.ok(link, 'no link in the hover');
    const args = JSON.parse(decodeURIComponent(link[1])) as [string, number];
    await vscode.commands.executeCommand('attributionReview.openReference', ...args);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), workspaceUri('references/harbour-fire.ref.md').toString());
    assert.strictEqual(editor?.selection.active.line, 4);
  });

  it('escapes document text instead of rendering it as Markdown', async () => {
    const doc = (await openUntitled('# Pier closed\n\n"We lost 40 *sailings* and [gate](command:x.y) too."\n')).document;
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unattributed-quote'));
    const text = await hoverText(doc, rangeOf(doc, 'We lost').start);
    assert.match(text, /unattributed-quote/);
    assert.ok(text.includes('\\*sailings\\*'), `emphasis not escaped:\n${text}`);
    assert.ok(text.includes('\\[gate\\]\\(command:x.y\\)'), `link not escaped:\n${text}`);
    assert.ok(!text.includes('[gate](command:x.y)'), `document text became a live link:\n${text}`);
  });

  it('has nothing to say where nothing needs a source', async () => {
    const doc = (await openDraft('drafts/harbour-fire.md')).document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    const text = await hoverText(doc, rangeOf(doc, 'Fire sweeps').start);
    assert.strictEqual(text, '');
  });
});
