// Diagnostics for a draft written from the workspace's reference article: rule codes with their
// documentation links, exact ranges, severities and related information pointing at the reference.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, describe as show, openDraft, rangeOf, rulesOf, SOURCE, waitForDiagnostics, workspaceUri } from './helpers';

const DOCS = 'https://github.com/attribution-review/attribution-review/blob/main/docs/rules/';

describe('diagnostics', () => {
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    await activate();
    doc = (await openDraft('drafts/harbour-fire.md')).document;
    diagnostics = await waitForDiagnostics(
      doc.uri,
      (d) => ['unsourced-number', 'number-mismatch', 'unattributed-quote', 'vague-source'].every((r) => rulesOf(d).includes(r)),
      'one diagnostic of each rule',
    );
  });

  after(closeAll);

  const find = (rule: string, needle: string) => {
    const range = rangeOf(doc, needle);
    const hit = diagnostics.find((d) => codeOf(d) === rule && d.range.intersection(range) !== undefined);
    assert.ok(hit, `no ${rule} diagnostic on "${needle}"; have:\n${show(diagnostics)}`);
    return hit;
  };

  it('uses our source and links every code to the rule page', () => {
    for (const d of diagnostics) {
      assert.strictEqual(d.source, SOURCE);
      const code = d.code as { value: string; target: vscode.Uri };
      assert.strictEqual(typeof code, 'object');
      assert.strictEqual(code.target.toString(true), `${DOCS}${code.value}.md`);
    }
  });

  it('flags the unsourced figure with its exact range and the configured severity', () => {
    const d = find('unsourced-number', '240');
    assert.deepStrictEqual(d.range, rangeOf(doc, '240'));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /240/);
  });

  it('points the related information at the matching fact in the reference file', () => {
    const d = find('unsourced-number', '240');
    const related = d.relatedInformation ?? [];
    assert.ok(related.length > 0, 'no related information');
    const reference = workspaceUri('references/harbour-fire.ref.md');
    assert.strictEqual(related[0].location.uri.toString(), reference.toString());
    assert.strictEqual(related[0].location.range.start.line, 2, 'the fact is on line 3 of the reference');
    assert.match(related[0].message, /Port Ellis fire service/);
  });

  it('reports a figure that differs from the reference', () => {
    const d = find('number-mismatch', '1,500');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /1,200/);
    const related = d.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.range.start.line === 6 && /Coastline Energy/.test(r.message)));
  });

  it('reports a quote with no speaker and a vague source', () => {
    find('unattributed-quote', 'We were lucky');
    const vague = find('vague-source', 'Officials said');
    assert.strictEqual(vague.severity, vscode.DiagnosticSeverity.Information);
  });

  it('leaves the attributed sentence and the headline alone', () => {
    for (const needle of ['Damage is estimated at $4.2 million', 'Fire sweeps Port Ellis harbour']) {
      const range = rangeOf(doc, needle);
      const hits = diagnostics.filter((d) => d.range.intersection(range));
      assert.deepStrictEqual(hits.map(codeOf), [], `unexpected findings on "${needle}"`);
    }
  });

  it('gives a well-sourced draft no diagnostics', async () => {
    const clean = (await openDraft('drafts/clean.md')).document;
    const result = await vscode.commands.executeCommand<{ findings: number }>('attributionReview.checkCurrentDraft');
    assert.deepStrictEqual(result, { findings: 0 }, show(vscode.languages.getDiagnostics(clean.uri)));
  });
});
