// Every quick fix through vscode.executeCodeActionProvider, applied, with the exact resulting text:
// attribute (prefix and suffix), placeholder snippet, reference figure, ignore on this line (new and
// reused directive), fix-all (quick fix and source.fixAll.attributionReview), and nothing for
// diagnostics that are not ours.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, apply, codeOf, nextDiagnostics, openUntitled, quickFixes, rangeOf, revertAndCloseAll, rulesOf, waitForDiagnostics } from './helpers';

const HEAD = '# Fire at the harbour\n\n';
const WAREHOUSES = 'The blaze destroyed 18 warehouses before it was brought under control.';

async function draftWith(body: string, rule: string): Promise<{ doc: vscode.TextDocument; diagnostic: vscode.Diagnostic }> {
  const doc = (await openUntitled(HEAD + body)).document;
  const diagnostics = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes(rule), `a ${rule} diagnostic`);
  return { doc, diagnostic: diagnostics.find((d) => codeOf(d) === rule)! };
}

async function fixesFor(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return quickFixes(doc, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

function byTitle(actions: vscode.CodeAction[], pattern: RegExp): vscode.CodeAction {
  const found = actions.find((a) => pattern.test(a.title));
  assert.ok(found, `no action matching ${pattern}; have: ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

describe('quick fixes', () => {
  before(activate);
  afterEach(revertAndCloseAll);

  it('offers one attribution per matching fact, prefix and suffix, the best preferred', async () => {
    const { doc, diagnostic } = await draftWith(WAREHOUSES, 'unsourced-number');
    const actions = await fixesFor(doc, diagnostic);
    const attribute = actions.filter((a) => a.title.startsWith('Attribute to'));
    assert.ok(attribute.length >= 2, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(actions.filter((a) => a.isPreferred).length, 1, 'exactly one preferred fix');
    for (const a of actions) assert.strictEqual(a.kind?.value, vscode.CodeActionKind.QuickFix.value);
  });

  it('"Attribute to ..." as a prefix inserts the source before the sentence', async () => {
    const { doc, diagnostic } = await draftWith(WAREHOUSES, 'unsourced-number');
    await apply(byTitle(await fixesFor(doc, diagnostic), /^Attribute to fire chief Miriam Okafor.*"According to/));
    assert.strictEqual(
      doc.getText(),
      HEAD + 'According to fire chief Miriam Okafor, the blaze destroyed 18 warehouses before it was brought under control.',
    );
  });

  it('"Attribute to ..." as a suffix appends the source to the sentence', async () => {
    const { doc, diagnostic } = await draftWith(WAREHOUSES, 'unsourced-number');
    const suffix = (await fixesFor(doc, diagnostic)).find((a) => a.title.startsWith('Attribute to') && !/"According to/.test(a.title));
    assert.ok(suffix, 'no suffix form');
    await apply(suffix);
    assert.strictEqual(
      doc.getText(),
      HEAD + 'The blaze destroyed 18 warehouses before it was brought under control, fire chief Miriam Okafor told reporters.',
    );
  });

  it('"Add a placeholder" inserts a snippet with the source selected', async () => {
    const { doc, diagnostic } = await draftWith(WAREHOUSES, 'unsourced-number');
    const editor = await vscode.window.showTextDocument(doc);
    await apply(byTitle(await fixesFor(doc, diagnostic), /placeholder/i));
    assert.strictEqual(
      doc.getText(),
      HEAD + 'The blaze destroyed 18 warehouses before it was brought under control, according to source.',
    );
    // The tab stop: "source" is selected, ready to be typed over.
    assert.strictEqual(doc.getText(editor.selection), 'source');
  });

  it('"Use the reference figure" replaces only the differing number', async () => {
    const { doc, diagnostic } = await draftWith('About 1,500 homes lost power overnight.', 'number-mismatch');
    await apply(byTitle(await fixesFor(doc, diagnostic), /reference figure/i));
    assert.strictEqual(doc.getText(), HEAD + 'About 1,200 homes lost power overnight.');
  });

  it('"Ignore on this line" inserts a directive with the line\'s indentation, and the finding goes away', async () => {
    const { doc, diagnostic } = await draftWith(`- ${WAREHOUSES}`, 'unsourced-number');
    const cleared = nextDiagnostics(doc.uri, (d) => !rulesOf(d).includes('unsourced-number'), 'the ignored finding to go');
    await apply(byTitle(await fixesFor(doc, diagnostic), /^Ignore unsourced-number on this line$/));
    assert.strictEqual(doc.getText(), `${HEAD}<!-- attribution-review-disable-next-line unsourced-number -->\n- ${WAREHOUSES}`);
    await cleared;
  });

  it('"Ignore on this line" reuses a directive already above the line', async () => {
    const body = `<!-- attribution-review-disable-next-line vague-source -->\n${WAREHOUSES}`;
    const { doc, diagnostic } = await draftWith(body, 'unsourced-number');
    await apply(byTitle(await fixesFor(doc, diagnostic), /^Ignore unsourced-number on this line$/));
    assert.strictEqual(
      doc.getText(),
      `${HEAD}<!-- attribution-review-disable-next-line vague-source unsourced-number -->\n${WAREHOUSES}`,
    );
  });

  it('"Fix all attributions in this document" applies every preferred fix, and again changes nothing', async () => {
    const body = `${WAREHOUSES}\n\n"We were lucky the wind changed after midnight."`;
    const { doc, diagnostic } = await draftWith(body, 'unattributed-quote');
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('unsourced-number'));
    await apply(byTitle(await fixesFor(doc, diagnostic), /^Fix all attributions in this document$/));
    const fixed =
      HEAD +
      'The blaze destroyed 18 warehouses before it was brought under control, fire chief Miriam Okafor told reporters.\n\n' +
      '"We were lucky the wind changed after midnight," Okafor said.';
    assert.strictEqual(doc.getText(), fixed);
    await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('unsourced-number') && !rulesOf(d).includes('unattributed-quote'));
    const again = await quickFixes(doc, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.attributionReview');
    for (const action of again) await apply(action);
    assert.strictEqual(doc.getText(), fixed);
  });

  it('offers fix-all as source.fixAll.attributionReview', async () => {
    const { doc } = await draftWith(WAREHOUSES, 'unsourced-number');
    const actions = await quickFixes(doc, new vscode.Range(0, 0, 0, 0), 'source.fixAll.attributionReview');
    assert.deepStrictEqual(actions.map((a) => [a.title, a.kind?.value]), [
      ['Fix all attributions in this document', 'source.fixAll.attributionReview'],
    ]);
    await apply(actions[0]);
    assert.strictEqual(
      doc.getText(),
      HEAD + 'The blaze destroyed 18 warehouses before it was brought under control, fire chief Miriam Okafor told reporters.',
    );
  });

  it('offers nothing for diagnostics that are not ours', async () => {
    const doc = (await openUntitled(HEAD + WAREHOUSES)).document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    const foreign = vscode.languages.createDiagnosticCollection('someone-else');
    try {
      const range = rangeOf(doc, '18');
      const other = new vscode.Diagnostic(range, 'not ours', vscode.DiagnosticSeverity.Warning);
      other.source = 'someone-else';
      other.code = 'unsourced-number';
      foreign.set(doc.uri, [other]);
      const actions = await quickFixes(doc, range, vscode.CodeActionKind.QuickFix.value);
      assert.ok(actions.length > 0, 'our own diagnostic there still gets its fixes');
      assert.ok(actions.every((a) => (a.diagnostics ?? []).every((d) => d.source === 'attribution-review')));
    } finally {
      foreign.dispose();
    }
  });
});
