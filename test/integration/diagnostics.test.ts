// Diagnostics for a draft written from the workspace's reference article: exactly the engine's
// findings (codes, ranges, severities, messages), documentation links, related information that
// points at the matched fact in the reference file, and nothing on well-sourced copy.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../src/engine/types';
import {
  activate,
  analyzeLikeTheExtension,
  closeAll,
  codeOf,
  lines,
  openDraft,
  positionIn,
  rangeOf,
  SOURCE,
  waitForEngineResult,
  workspaceReferences,
  workspaceUri,
} from './helpers';

const DOCS = 'https://github.com/attribution-review/attribution-review/blob/main/docs/rules/';

describe('diagnostics', () => {
  let doc: vscode.TextDocument;
  let result: AnalysisResult;
  let diagnostics: vscode.Diagnostic[];
  let references: Awaited<ReturnType<typeof workspaceReferences>>;

  before(async () => {
    await activate();
    doc = (await openDraft('drafts/harbour-fire.md')).document;
    references = await workspaceReferences();
    result = analyzeLikeTheExtension(doc.getText(), references);
    diagnostics = await waitForEngineResult(doc.uri, doc.getText(), result);
  });

  after(closeAll);

  it('the draft exercises every rule', () => {
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const rule of ['unsourced-number', 'number-mismatch', 'unattributed-quote', 'vague-source', 'source-mismatch']) {
      assert.ok(rules.has(rule as never), `the engine finds no ${rule} in the draft: ${[...rules].join(', ')}`);
    }
  });

  it('publishes exactly the engine\'s findings, with our source and rule links', () => {
    assert.strictEqual(diagnostics.length, result.findings.length, lines(diagnostics).join('\n'));
    for (const d of diagnostics) {
      assert.strictEqual(d.source, SOURCE);
      const code = d.code as { value: string; target: vscode.Uri };
      assert.strictEqual(code.target.toString(true), `${DOCS}${code.value}.md`);
    }
  });

  it('uses the configured default severities', () => {
    const severity = (rule: string) => diagnostics.filter((d) => codeOf(d) === rule).map((d) => d.severity);
    assert.ok(severity('unsourced-number').every((s) => s === vscode.DiagnosticSeverity.Warning));
    assert.ok(severity('vague-source').every((s) => s === vscode.DiagnosticSeverity.Information));
    // A figure that contradicts its reference is an error (the CLI exits 1 on it).
    assert.ok(severity('number-mismatch').length > 0 && severity('number-mismatch').every((s) => s === vscode.DiagnosticSeverity.Error));
  });

  it('points related information at the matched fact in the reference file', async () => {
    let checked = 0;
    for (const finding of result.findings) {
      const match = finding.references[0];
      if (!match || match.fact.path === null) continue;
      const pos = positionIn(doc.getText());
      const d = diagnostics.find((x) => codeOf(x) === finding.rule && x.range.start.isEqual(pos(finding.start)));
      assert.ok(d, `no diagnostic for ${finding.rule} at ${finding.start}`);
      const related = d.relatedInformation?.[0];
      assert.ok(related, `no related information on ${finding.rule}`);
      assert.strictEqual(related.location.uri.toString(), workspaceUri(match.fact.path).toString());
      const reference = references.find((r) => r.path === match.fact.path)!;
      assert.deepStrictEqual(related.location.range.start, positionIn(reference.text)(match.fact.start));
      if (match.fact.source) assert.ok(related.message.includes(match.fact.source), related.message);
      checked++;
    }
    assert.ok(checked >= 2, 'at least two findings match a reference fact');
  });

  for (const { kind, around, figure, message } of [
    { kind: 'duration', around: 'nine hours', figure: 'nine', message: 'nine hours differs from the reference figure six hours (fire chief Miriam Okafor, harbour-fire.ref.md:15).' },
    { kind: 'weekday', around: 'on Friday morning', figure: 'Friday', message: 'Friday differs from the reference day, Thursday (the harbour authority, harbour-fire.ref.md:17).' },
  ]) {
    it(`publishes a ${kind} that differs from the reference as an error on the ${kind}'s figure`, () => {
      const d = diagnostics.find((x) => codeOf(x) === 'number-mismatch' && x.range.intersection(rangeOf(doc, around)));
      assert.ok(d, lines(diagnostics).join('\n'));
      assert.strictEqual(doc.getText(d.range), figure);
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
      assert.strictEqual(d.message, message);
    });
  }

  it('leaves the attributed sentence and the headline alone', () => {
    for (const needle of ['Damage is estimated at $4.2 million', 'Fire sweeps Port Ellis harbour']) {
      const range = rangeOf(doc, needle);
      const hits = diagnostics.filter((d) => d.range.intersection(range));
      assert.deepStrictEqual(hits.map(codeOf), [], `unexpected findings on "${needle}"`);
    }
  });

  it('gives a well-sourced draft no diagnostics', async () => {
    const clean = (await openDraft('drafts/clean.md')).document;
    const checked = await vscode.commands.executeCommand<{ findings: number }>('attributionReview.checkCurrentDraft');
    assert.deepStrictEqual(checked, { findings: 0 }, lines(vscode.languages.getDiagnostics(clean.uri)).join('\n'));
  });
});
