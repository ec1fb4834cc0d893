// Well-sourced wire copy (test/unit/fixtures/well-sourced.txt, one attributed sentence per
// paragraph, in the forms reporters use for figures) must raise no unattributed-claim or
// unsourced-number: every such flag would be a false alarm on a careful reporter's draft.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine/analyze';

const file = path.join(__dirname, '..', '..', '..', 'test', 'unit', 'fixtures', 'well-sourced.txt');

describe('well-sourced copy', () => {
  const text = fs.readFileSync(file, 'utf8');
  const result = analyze(text, { format: 'plaintext' });

  it('has no unattributed-claim or unsourced-number finding', () => {
    const alarms = result.findings
      .filter((f) => f.rule === 'unattributed-claim' || f.rule === 'unsourced-number')
      .map((f) => `${f.rule}: ${text.slice(f.sentence.start, f.sentence.end)}`);
    assert.deepStrictEqual(alarms, []);
  });

  it('finds an attribution in every paragraph', () => {
    const bare = result.segmentation.paragraphs.filter((p) => !result.attributions.some((a) => a.cue.start >= p.start && a.cue.end <= p.end));
    assert.deepStrictEqual(bare.map((p) => text.slice(p.start, p.end)), []);
  });

  it('reports the one vague source as vague', () => {
    assert.deepStrictEqual(
      result.findings.filter((f) => f.rule === 'vague-source').map((f) => text.slice(f.start, f.end)),
      ['Officials estimate'],
    );
  });
});
