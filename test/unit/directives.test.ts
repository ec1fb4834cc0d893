import * as assert from 'assert';
import { applyDirectives, findDirectives, ignoreLineEdit } from '../../src/engine/directives';
import { applyEdits } from '../../src/engine/fixes';
import { LineIndex } from '../../src/engine/text';
import { Finding, RuleId } from '../../src/engine/types';
import { cpuMs } from './helpers/cpuTime';

function finding(text: string, needle: string, rule: RuleId): Finding {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { rule, severity: 'warning', message: '', start, end: start + needle.length, sentence: { start, end: start + needle.length }, references: [], fixes: [] };
}

function kept(text: string, items: Array<[string, RuleId]>): string[] {
  const fs = items.map(([n, r]) => finding(text, n, r));
  const lines = new LineIndex(text);
  return applyDirectives(fs, findDirectives(text, lines), lines).map((f) => `${f.rule}@${text.slice(f.start, f.end)}`);
}

describe('directives', () => {
  it('parses the HTML and plain-text forms with rule lists', () => {
    const ds = findDirectives('<!-- attribution-review-disable-next-line unsourced-number vague-source -->\n[attribution-review: disable]\nx <!-- attribution-review-enable -->');
    assert.deepStrictEqual(
      ds.map((d) => [d.kind, d.rules, d.line]),
      [
        ['disable-next-line', ['unsourced-number', 'vague-source'], 1],
        ['disable', [], 2],
        ['enable', [], 3],
      ],
    );
  });

  it('reports unknown rule names', () => {
    assert.deepStrictEqual(findDirectives('<!-- attribution-review-disable-line no-such-rule -->')[0].unknown, ['no-such-rule']);
  });

  it('disable-next-line silences only the named rule on the next line', () => {
    const text = '<!-- attribution-review-disable-next-line unsourced-number -->\nAAA BBB\nCCC';
    assert.deepStrictEqual(kept(text, [['AAA', 'unsourced-number'], ['BBB', 'vague-source'], ['CCC', 'unsourced-number']]), [
      'vague-source@BBB',
      'unsourced-number@CCC',
    ]);
  });

  it('disable-line silences its own line', () => {
    const text = 'AAA [attribution-review: disable-line]\nBBB';
    assert.deepStrictEqual(kept(text, [['AAA', 'unattributed-claim'], ['BBB', 'unattributed-claim']]), ['unattributed-claim@BBB']);
  });

  it('disable/enable cover a region, per rule', () => {
    const text = 'AAA\n<!-- attribution-review-disable vague-source -->\nBBB CCC\n<!-- attribution-review-enable vague-source -->\nDDD';
    assert.deepStrictEqual(
      kept(text, [['AAA', 'vague-source'], ['BBB', 'vague-source'], ['CCC', 'unsourced-number'], ['DDD', 'vague-source']]),
      ['vague-source@AAA', 'unsourced-number@CCC', 'vague-source@DDD'],
    );
  });

  it('a plain enable ends a plain disable', () => {
    const text = '[attribution-review: disable]\nAAA\n[attribution-review: enable]\nBBB';
    assert.deepStrictEqual(kept(text, [['AAA', 'number-mismatch'], ['BBB', 'number-mismatch']]), ['number-mismatch@BBB']);
  });

  it('builds an ignore edit that keeps indentation', () => {
    const text = 'Intro.\n  - About 7,000 people were detained.\n';
    const edit = ignoreLineEdit(text, text.indexOf('About'), 'number-mismatch');
    assert.ok(edit);
    const out = applyEdits(text, [edit!]);
    assert.strictEqual(out, 'Intro.\n  <!-- attribution-review-disable-next-line number-mismatch -->\n  - About 7,000 people were detained.\n');
    // The new directive silences the finding.
    assert.deepStrictEqual(kept(out, [['About', 'number-mismatch']]), []);
  });

  it('reuses a directive on the line above by adding the rule', () => {
    const text = 'A\r\n<!-- attribution-review-disable-next-line vague-source -->\r\nOfficials said 5 people died.\r\n';
    const out = applyEdits(text, [ignoreLineEdit(text, text.indexOf('Officials'), 'unsourced-number')!]);
    assert.strictEqual(out, 'A\r\n<!-- attribution-review-disable-next-line vague-source unsourced-number -->\r\nOfficials said 5 people died.\r\n');
    assert.strictEqual(ignoreLineEdit(out, out.indexOf('Officials'), 'unsourced-number'), null);
  });

  it('uses the plain-text form and the document line ending', () => {
    const text = 'One.\r\nTwo 5 people.';
    const out = applyEdits(text, [ignoreLineEdit(text, text.indexOf('Two'), 'unsourced-number', 'plaintext')!]);
    assert.strictEqual(out, 'One.\r\n[attribution-review: disable-next-line unsourced-number]\r\nTwo 5 people.');
  });

  it('is linear on adversarial comments', () => {
    const ms = cpuMs(() => {
      findDirectives('<!-- attribution-review-disable '.repeat(20000));
      findDirectives('[attribution-review: disable '.repeat(20000));
    });
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms of CPU`);
  });
});
