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
import { belarusReferences, repoRoot } from './helpers/belarus';
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
