// The names the draft uses decide whether "According to X, ..." keeps a sentence's first capital.
// The whole-document stage reuses its names set between analyses: an edit that adds or removes a
// name elsewhere in the draft must still change the fix, incrementally and fresh alike.
import * as assert from 'assert';
import { analyze } from '../../src/engine/analyze';
import { createIncrementalAnalyzer } from '../../src/engine/incremental';
import { AnalysisResult, AnalyzeOptions } from '../../src/engine/types';

const REFERENCE = 'Mayor Ana Ruiz said on Monday that the city would build 4,000 homes, according to the city council.';
const OPTIONS: AnalyzeOptions = { references: [{ path: 'ref.txt', text: REFERENCE }] };
const WITH_NAME = [
  'Officials met on Monday.',
  'The mayor met the builder Lind on Monday.',
  'Lind will build 4,000 homes for the city, the mayor said on Monday.',
  'Lind will build 4,000 homes for the city.',
  'The council voted 7 to 2.',
].join('\n\n');
const WITHOUT_NAME = WITH_NAME.replace('the builder Lind', 'a builder');

/** The prefix fix offered for the unsourced figure of the last "Lind will build" sentence. */
function prefixFix(r: AnalysisResult, text: string): string {
  const at = text.lastIndexOf('4,000');
  const f = r.findings.find((x) => x.rule === 'unsourced-number' && x.start === at);
  assert.ok(f, 'the figure is flagged');
  const fix = f.fixes.find((x) => x.kind === 'attribute-prefix');
  assert.ok(fix, 'a prefix fix is offered');
  return fix.edits[0].newText;
}

describe('draft names in fixes', () => {
  it('a name used elsewhere keeps the capital; without it the first word is lower-cased', () => {
    assert.strictEqual(prefixFix(analyze(WITH_NAME, OPTIONS), WITH_NAME), 'According to the mayor, ');
    assert.strictEqual(prefixFix(analyze(WITHOUT_NAME, OPTIONS), WITHOUT_NAME), 'According to the mayor, l');
    assert.strictEqual(prefixFix(analyze(WITH_NAME, OPTIONS), WITH_NAME), 'According to the mayor, ');
  });

  it('incremental analysis follows the name coming and going, equal to a fresh analysis', () => {
    const inc = createIncrementalAnalyzer();
    for (const text of [WITH_NAME, WITHOUT_NAME, WITH_NAME, WITH_NAME, WITHOUT_NAME]) {
      const got = inc.analyze(text, OPTIONS);
      const fresh = analyze(text, OPTIONS);
      assert.deepStrictEqual(got.findings, fresh.findings);
      assert.strictEqual(prefixFix(got, text), text === WITH_NAME ? 'According to the mayor, ' : 'According to the mayor, l');
    }
  });
});
