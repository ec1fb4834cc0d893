// Settings: a severity of "off" removes that rule only, another severity is applied, a malformed
// value falls back to its default (checking goes on), and `run: manual` checks only on command.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RuleId } from '../../src/engine/types';
import { DEFAULTS } from '../../src/extension/settings';
import {
  activate,
  engine,
  EXTENSION_ID,
  analyzeLikeTheExtension,
  codeOf,
  nextDiagnostics,
  openUntitled,
  revertAndCloseAll,
  rulesOf,
  waitForDiagnostics,
  waitForEngineResult,
  withSetting,
  workspaceReferences,
} from './helpers';

const DRAFT = '# Pier closed\n\nOfficials said the pier was unsafe.\n\nThe blaze destroyed 18 warehouses before it was brought under control.\n';

describe('settings', () => {
  let rules: RuleId[];

  before(async () => {
    await activate();
    const result = analyzeLikeTheExtension(DRAFT, await workspaceReferences());
    rules = [...new Set(result.findings.map((f) => f.rule))];
    assert.ok(rules.length >= 2, `the draft needs findings of two rules; the engine finds ${rules.join(', ') || 'none'}`);
  });
  afterEach(revertAndCloseAll);

  it('has one default severity per rule: the engine registry\'s, in the manifest and the extension', () => {
    const props = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
    }).contributes.configuration.properties;
    const registry = engine().RULE_INFO;
    assert.ok(registry.length > 0);
    for (const rule of registry) {
      const key = `attributionReview.severity.${rule.id}`;
      assert.strictEqual(props[key]?.default, rule.defaultSeverity, `manifest default of ${key}`);
      assert.strictEqual(DEFAULTS.severity[rule.id], rule.defaultSeverity, `extension default of ${rule.id}`);
    }
  });

  it('severity "off" clears that rule and only that rule', async () => {
    const [off, ...others] = rules;
    const doc = (await openUntitled(DRAFT)).document;
    await waitForDiagnostics(doc.uri, (d) => rules.every((r) => rulesOf(d).includes(r)));
    await withSetting(`severity.${off}`, 'off', async () => {
      const after = await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes(off), `${off} to be cleared`);
      for (const rule of others) assert.ok(rulesOf(after).includes(rule), `${rule} went too`);
    });
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes(off), `${off} back after restoring the setting`);
  });

  it('applies a configured severity', async () => {
    // A rule that is not an error by default, so that the setting is what makes it one.
    const rule = rules.find((r) => engine().RULE_INFO.find((i) => i.id === r)?.defaultSeverity !== 'error');
    assert.ok(rule, `the draft needs a finding that is not an error by default: ${rules.join(', ')}`);
    const doc = (await openUntitled(DRAFT)).document;
    await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes(rule));
    await withSetting(`severity.${rule}`, 'error', async () => {
      await waitForDiagnostics(
        doc.uri,
        (d) => d.some((x) => codeOf(x) === rule) && d.filter((x) => codeOf(x) === rule).every((x) => x.severity === vscode.DiagnosticSeverity.Error),
        `${rule} as an error`,
      );
    });
  });

  it('uses the default for a malformed value and keeps checking', async () => {
    await withSetting('run', 42, async () => {
      await withSetting('debounceMs', 'soon', async () => {
        const editor = await openUntitled(DRAFT);
        const doc = editor.document;
        await waitForDiagnostics(doc.uri, (d) => d.length > 0);
        // `run` falls back to onType: an edit is re-checked.
        const references = await workspaceReferences();
        const updated = nextDiagnostics(doc.uri, () => true, 'a re-check after typing');
        await editor.edit((e) => e.replace(doc.lineAt(2).range, 'The pier was closed on Monday.'));
        await updated;
        await waitForEngineResult(doc.uri, doc.getText(), analyzeLikeTheExtension(doc.getText(), references));
      });
    });
  });

  it('survives malformed reference patterns and keeps checking', async () => {
    await withSetting('references', ['[unclosed', '{a,', '**/*.ref.md'], async () => {
      const doc = (await openUntitled(DRAFT)).document;
      const result = await vscode.commands.executeCommand<{ findings: number }>('attributionReview.checkCurrentDraft');
      assert.ok(result && result.findings > 0, `the draft is still checked: ${JSON.stringify(result)}, active: ${vscode.window.activeTextEditor?.document.uri.toString()}`);
      assert.ok(vscode.languages.getDiagnostics(doc.uri).length > 0);
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
      assert.ok(rulesOf(vscode.languages.getDiagnostics(second.uri)).length > 0);
      assert.deepStrictEqual(rulesOf(vscode.languages.getDiagnostics(first.uri)), [], 'not checked on open');
    });
  });
});
