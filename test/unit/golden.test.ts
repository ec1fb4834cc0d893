// Golden drafts written from the canonical belarus reference article: every rule, fix and directive.
// The reference facts come from its gold attributions and the drafts' attributions are given in a
// sidecar file, so these tests pin down claims, matching, rules, fixes and directives exactly,
// whatever the attribution model does. UPDATE_GOLDEN=1 rewrites the expected files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine/analyze';
import { applyEdits } from '../../src/engine/fixes';
import { segment } from '../../src/engine/segment';
import { LineIndex } from '../../src/engine/text';
import { AnalysisResult, AnalyzeOptions, TextFormat } from '../../src/engine/types';
import { belarusReferences, belarusText, repoRoot } from './helpers/belarus';
import { fixAll } from '../../src/engine/index';
import { AttrSpec, buildAttributions } from './helpers/harbour';

const DIR = path.join(repoRoot, 'test', 'unit', 'fixtures', 'drafts');

export function analyzeGolden(text: string, specs: AttrSpec[], format: TextFormat, options: AnalyzeOptions = {}): AnalysisResult {
  const seg = segment(text, format);
  const all = buildAttributions(text, seg, specs);
  return analyze(text, { ...options, format }, {
    segmentation: seg,
    attribute: (_t, s, p) => all.filter((a) => a.cue.start >= s.paragraphs[p].start && a.cue.start < s.paragraphs[p].end),
    references: belarusReferences(),
  });
}

/** What a reviewer checks: rule, place, text, where the source could come from, and the preferred fix. */
function summarise(text: string, r: AnalysisResult): unknown[] {
  const lines = new LineIndex(text);
  return r.findings.map((f) => {
    const preferred = f.fixes.find((x) => x.preferred);
    const fixed = preferred ? applyEdits(text, preferred.edits) : null;
    // The fixed sentence: from where the original sentence starts to the end of that line.
    const fixedSentence = fixed === null ? null : fixed.slice(f.sentence.start).split(/\r?\n/)[0];
    return {
      rule: f.rule,
      line: lines.line(f.start),
      text: text.slice(f.start, f.end),
      message: f.message,
      references: f.references.map((m) => `${m.fact.path ?? 'draft'}:${m.fact.line} ${m.fact.source ?? '-'}`),
      fixes: f.fixes.map((x) => x.kind),
      preferred: fixedSentence,
    };
  });
}

describe('golden drafts from the belarus reference', function () {
  const cases = fs.readdirSync(DIR).filter((f) => /\.(md|txt)$/.test(f));
  it('has drafts to check', () => assert.ok(cases.length >= 3));
  for (const file of cases) {
    it(file, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const base = file.replace(/\.(md|txt)$/, '');
      const specs = JSON.parse(fs.readFileSync(path.join(DIR, `${base}.attributions.json`), 'utf8')) as AttrSpec[];
      const format: TextFormat = file.endsWith('.md') ? 'markdown' : 'plaintext';
      const got = summarise(text, analyzeGolden(text, specs, format));
      const expectedPath = path.join(DIR, `${base}.expected.json`);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(expectedPath, JSON.stringify(got, null, 2) + '\n');
      assert.deepStrictEqual(got, JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('belarus reference end to end (real attribution model)', () => {
  const reference = { path: 'belarus-reference.txt', text: belarusText() };
  const draft = [
    'Presidential elections were held in Belarus on August 9.',
    'Lukashenko received 80.1% of the vote.',
    'About 7,000 people were detained.',
    'Several thousand people gathered in Minsk, TASS reports.',
    'This was the second telephone conversation between the presidents in two days.',
  ].join('\n\n');
  const result = analyze(draft, { references: [reference] });
  // Findings in the paragraph that starts with `s`.
  const on = (s: string) => {
    const start = draft.indexOf(s);
    const end = draft.indexOf('\n\n', start) < 0 ? draft.length : draft.indexOf('\n\n', start);
    return result.findings.filter((f) => f.start >= start && f.start < end);
  };

  it('80.1% has no source; the fix credits the CEC final data', () => {
    const [f] = on('Lukashenko received');
    assert.strictEqual(f?.rule, 'unsourced-number');
    assert.strictEqual(f.message, 'No source for 80.1%. The reference article attributes it to the CEC final data (belarus-reference.txt:7).');
    const fixed = applyEdits(draft, f.fixes.find((x) => x.preferred)!.edits);
    assert.ok(fixed.includes('According to the CEC final data, Lukashenko received 80.1% of the vote.'));
  });

  it('7,000 detained conflicts with about 6,000: one finding, every fix with the reference figure', () => {
    const found = on('About 7,000');
    assert.deepStrictEqual(found.map((x) => x.rule), ['number-mismatch']);
    const fixed = (fix: { edits: Parameters<typeof applyEdits>[1] }) => applyEdits(draft, fix.edits).split('\n\n')[2];
    assert.deepStrictEqual(
      found[0].fixes.map((x) => [x.title.replace(/ \(.*?\)/, ''), x.preferred, fixed(x)]),
      [
        ['Use about 6,000 and attribute to the Ministry of Internal Affairs: "According to the Ministry of Internal Affairs, ..."', true, 'According to the Ministry of Internal Affairs, about 6,000 people were detained.'],
        ['Use about 6,000 and attribute to the Ministry of Internal Affairs: "..., according to the Ministry of Internal Affairs."', false, 'About 6,000 people were detained, according to the Ministry of Internal Affairs.'],
        ['Use the reference figure: About 6,000', false, 'About 6,000 people were detained.'],
      ],
    );
  });

  it('is silent on an attributed sentence, a date and an ordinal', () => {
    assert.deepStrictEqual(on('Several thousand'), []);
    assert.deepStrictEqual(on('Presidential elections'), []);
    assert.deepStrictEqual(on('This was the second'), []);
  });

  it('fix-all settles', () => {
    const once = fixAll(draft, { references: [reference] });
    assert.strictEqual(fixAll(once, { references: [reference] }), once);
  });
});
