// Hovers through vscode.executeHoverProvider: the matching reference fact with its source, a link
// to the reference line, the score and the figures; document text escaped, never live Markdown.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnalysisResult, Finding } from '../../src/engine/types';
import {
  activate,
  analyzeLikeTheExtension,
  hoverText,
  openDraft,
  openUntitled,
  positionIn,
  rangeOf,
  revertAndCloseAll,
  rulesOf,
  waitForDiagnostics,
  waitForEngineResult,
  workspaceReferences,
  workspaceUri,
} from './helpers';

describe('hover', () => {
  let doc: vscode.TextDocument;
  let result: AnalysisResult;
  let references: Awaited<ReturnType<typeof workspaceReferences>>;
  const at = (f: Finding) => positionIn(doc.getText())(f.start);

  before(async () => {
    await activate();
    references = await workspaceReferences();
  });
  beforeEach(async () => {
    doc = (await openDraft('drafts/harbour-fire.md')).document;
    result = analyzeLikeTheExtension(doc.getText(), references);
    await waitForEngineResult(doc.uri, doc.getText(), result);
  });
  after(revertAndCloseAll);

  it('shows the matching reference fact on a flagged figure', async () => {
    const finding = result.findings.find((f) => f.rule === 'unsourced-number' && f.references.some((m) => m.fact.path));
    assert.ok(finding, 'no unsourced figure with a matching reference fact');
    const match = finding.references[0];
    const text = await hoverText(doc, at(finding));
    assert.ok(text.includes('unsourced-number'), text);
    assert.ok(match.fact.source && text.includes(match.fact.source), `the source "${match.fact.source}" is missing:\n${text}`);
    assert.ok(text.includes(`${match.fact.path}:${match.fact.line}`), `file and line are missing:\n${text}`);
    assert.ok(text.includes(`score ${match.score.toFixed(2)}`), `the score is missing:\n${text}`);
    assert.match(text, /command:attributionReview\.openReference\?/, 'a link that opens the reference');
    for (const same of match.sameNumbers) assert.ok(text.includes(`**${same.draft.text}**`), `figure ${same.draft.text} not highlighted`);
  });

  it('shows the differing figures of a number mismatch', async () => {
    const finding = result.findings.find((f) => f.rule === 'number-mismatch');
    assert.ok(finding, 'no number-mismatch in the draft');
    const text = await hoverText(doc, at(finding));
    const differ = finding.references[0].differentNumbers[0];
    assert.ok(text.includes(`draft **${differ.draft.text}** vs reference **${differ.reference.text}**`), text);
    assert.ok(text.includes(`~~${differ.reference.text}~~`), `the differing reference figure is not marked:\n${text}`);
  });

  for (const { kind, starts, pair, struck } of [
    { kind: 'duration', starts: 'nine hours', pair: 'Figure differs: draft **nine** vs reference **six**', struck: '**~~six~~**' },
    { kind: 'weekday', starts: 'Friday', pair: 'Day differs: draft **Friday** vs reference **Thursday**', struck: '**~~Thursday~~**' },
  ]) {
    it(`shows a differing ${kind} beside its fact, struck through there`, async () => {
      const finding = result.findings.find((f) => f.rule === 'number-mismatch' && f.message.startsWith(starts));
      assert.ok(finding, `no ${kind} mismatch in the draft`);
      const text = await hoverText(doc, at(finding));
      assert.ok(text.includes(pair), text);
      assert.ok(text.includes(struck), `the reference ${kind} is not marked:\n${text}`);
    });
  }

  it('opens the reference at the fact line from the hover link', async () => {
    const finding = result.findings.find((f) => f.references.some((m) => m.fact.path));
    assert.ok(finding);
    const text = await hoverText(doc, at(finding));
    const link = /command:attributionReview\.openReference\?([^)\s]+)/.exec(text);
    assert.ok(link, 'no link in the hover');
    const args = JSON.parse(decodeURIComponent(link[1])) as [string, number];
    await vscode.commands.executeCommand('attributionReview.openReference', ...args);
    const fact = finding.references[0].fact;
    const reference = references.find((r) => r.path === fact.path)!;
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), workspaceUri(fact.path!).toString());
    assert.strictEqual(editor?.selection.active.line, positionIn(reference.text)(fact.start).line);
  });

  it('escapes document text instead of rendering it as Markdown', async () => {
    // Short enough that the engine's message quotes it whole (it shortens quotes to 40 characters).
    const source = '# Pier closed\n\n"Lost *sailings* at [gate](command:x.y)."\n';
    const quoted = analyzeLikeTheExtension(source, []).findings.find((f) => f.rule === 'unattributed-quote');
    assert.ok(quoted?.message.includes('*sailings* at [gate](command:x.y)'), `precondition: the message must carry the Markdown text:\n${quoted?.message}`);
    const draft = (await openUntitled(source)).document;
    await waitForDiagnostics(draft.uri, (d) => rulesOf(d).includes('unattributed-quote'));
    const text = await hoverText(draft, rangeOf(draft, 'Lost').start);
    assert.match(text, /unattributed-quote/);
    assert.ok(text.includes('\\*sailings\\*'), `emphasis not escaped:\n${text}`);
    assert.ok(text.includes('\\[gate\\]\\(command:x.y\\)'), `link not escaped:\n${text}`);
    assert.ok(!text.includes('[gate](command:x.y)'), `document text became a live link:\n${text}`);
  });

  it('escapes reference text in the matching fact', async () => {
    const path = 'references/pier-escape.ref.txt';
    const ref = workspaceUri(path);
    const draftText = '# Pier closed\n\nThe storm cancelled 40 sailings at the gate on Monday.\n';
    await vscode.workspace.fs.writeFile(
      ref,
      // Content before the cue: the attribution model now ends "said ..." content at the "[" of a
      // link in plain text ("... cancelled at [gate"), which would leave no link to escape.
      new TextEncoder().encode('Pier\n\n40 *sailings* were cancelled at [gate](command:x.y) on Monday, the port authority said.\n'),
    );
    try {
      const expected = analyzeLikeTheExtension(draftText, await workspaceReferences());
      const finding = expected.findings.find((f) => f.references.some((m) => m.fact.path === path));
      assert.ok(finding, `precondition: the engine matches no fact of ${path}`);
      assert.ok(finding.references.some((m) => m.fact.text.includes('[gate](command:x.y)')), 'precondition: the fact keeps the Markdown text');
      const draft = (await openUntitled(draftText)).document;
      await waitForEngineResult(draft.uri, draftText, expected, 'the findings with the new reference');
      const text = await hoverText(draft, positionIn(draftText)(finding.start));
      assert.ok(text.includes('\\*sailings\\*'), `emphasis not escaped:\n${text}`);
      assert.ok(text.includes('\\[gate\\]\\(command:x.y\\)'), `link not escaped:\n${text}`);
      assert.ok(!text.includes('[gate](command:x.y)'), `reference text became a live link:\n${text}`);
    } finally {
      await vscode.workspace.fs.delete(ref, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('has nothing to say where nothing needs a source', async () => {
    const text = await hoverText(doc, rangeOf(doc, 'Fire sweeps').start);
    assert.strictEqual(text, '');
  });
});
