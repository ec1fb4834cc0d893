// Settings: a severity of "off" removes the rule, another severity is applied, a malformed value
// falls back to its default (checking goes on), and `run: manual` stops checking while typing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, codeOf, nextDiagnostics, openUntitled, revertAndCloseAll, rulesOf, waitForDiagnostics, withSetting } from './helpers';

const DRAFT = '# Pier closed\n\nOfficials said the pier was unsafe.\n\nThe blaze destroyed 18 warehouses before it was brought under control.\n';

describe('settings', () => {
  before(activate);
  afterEach(revertAndCloseAll);

  it('severity "off" clears that rule and only that rule', async () => {
    const doc = (await openUntitled(DRAFT)).document;
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('vague-source') && rulesOf(d).includes('unsourced-number'));
    await withSetting('severity.vague-source', 'off', async () => {
      const after = await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('vague-source'), 'vague-source to be cleared');
      assert.ok(rulesOf(after).includes('unsourced-number'), 'other rules stay');
    });
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('vague-source'), 'vague-source back after restoring the setting');
  });

  it('applies a configured severity', async () => {
    const doc = (await openUntitled(DRAFT)).document;
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('vague-source'));
    await withSetting('severity.vague-source', 'error', async () => {
      await waitForDiagnostics(
        doc.uri,
        (d) => d.some((x) => codeOf(x) === 'vague-source' && x.severity === vscode.DiagnosticSeverity.Error),
        'vague-source as an error',
      );
    });
  });

  it('uses the default for a malformed value and keeps checking', async () => {
    await withSetting('run', 42, async () => {
      await withSetting('debounceMs', 'soon', async () => {
        const doc = (await openUntitled(DRAFT)).document;
        await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('vague-source'));
        // run falls back to onType: an edit is re-checked.
        const editor = vscode.window.activeTextEditor!;
        const updated = nextDiagnostics(doc.uri, (d) => !rulesOf(d).includes('vague-source'), 'a re-check after typing');
        await editor.edit((e) => e.replace(doc.lineAt(2).range, 'The pier was closed on Monday.'));
        await updated;
      });
    });
  });

  it('with run "manual" checks only on command', async () => {
    await withSetting('run', 'manual', async () => {
      const first = (await openUntitled(DRAFT)).document;
      const second = (await openUntitled(DRAFT)).document;
      // Requests are served in order, so once the command's check of `second` is done, an automatic
      // check of `first` (if one had been wrongly queued on open) would have been published too.
      const result = await vscode.commands.executeCommand<{ findings: number }>('attributionReview.checkCurrentDraft');
      assert.ok(result && result.findings > 0, 'the command checks the active draft');
      assert.ok(rulesOf(vscode.languages.getDiagnostics(second.uri)).includes('vague-source'));
      assert.deepStrictEqual(rulesOf(vscode.languages.getDiagnostics(first.uri)), [], 'not checked on open');
    });
  });
});
