import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine/analyze';
import { isHighSurrogate, isLowSurrogate } from '../../src/engine/text';
import { AnalysisResult, AnalyzeOptions } from '../../src/engine/types';
import { repoRoot } from './helpers/belarus';
import { analyzeWithAttributions, noReferences } from './helpers/harbour';

/** Every offset inside the text and on a code-point boundary. */
function checkOffsets(text: string, r: AnalysisResult): void {
  const ok = (o: number, what: string) => {
    assert.ok(Number.isInteger(o) && o >= 0 && o <= text.length, `${what} ${o} outside 0..${text.length}`);
    if (o > 0 && o < text.length) assert.ok(!(isHighSurrogate(text.charCodeAt(o - 1)) && isLowSurrogate(text.charCodeAt(o))), `${what} ${o} splits a surrogate pair`);
  };
  for (const s of r.segmentation.sentences) (ok(s.start, 'sentence'), ok(s.end, 'sentence'));
  for (const a of r.attributions) for (const sp of [a.cue, a.source, a.content]) if (sp) (ok(sp.start, 'span'), ok(sp.end, 'span'), assert.strictEqual(text.slice(sp.start, sp.end), sp.text));
  for (const c of r.claims) (ok(c.start, 'claim'), ok(c.end, 'claim'));
  for (const f of r.findings) {
    ok(f.start, 'finding');
    ok(f.end, 'finding');
    assert.ok(f.start <= f.end);
    for (const fix of f.fixes) for (const e of [...fix.edits, ...(fix.snippet ?? [])]) (ok(e.start, 'edit'), ok(e.end, 'edit'));
  }
}

function run(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const r = analyze(text, options);
  checkOffsets(text, r);
  return r;
}

describe('analyze: odd input never throws and keeps offsets valid', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', ' \n\n\t\r\n'],
    ['binary-looking', '\u0000\u0001\u0002PNG\r\n\u001a\n\u0000\u0000 5,000 \uFFFD\uFFFD'],
    ['BOM', '\uFEFFAbout 7,000 people were detained.\n'],
    ['CRLF and mixed endings', 'Title\r\n\r\nAbout 7,000 people were detained.\r\rSeven people were hurt.\n\r\nPolice said 40 were held.'],
    ['emoji and combining marks', '😀 About 7,000 👩‍👩‍👧 people were detained 😀. Ame\u0301lie Poulain won 55% 🎉.'],
    ['lone surrogates', '\uD800 About 7,000 \uDC00 people. \uD83D'],
    ['right-to-left text', 'قال المسؤولون إن 5,000 شخص اعتقلوا. About 7,000 people were detained, officials said.'],
    ['markdown table and code', '| a | b |\n|---|---|\n| 5,000 | 10% |\n\n```\nx = 5000\n```\n\n    code 10%\n\nText 20% here.'],
    ['deeply nested quotes', '"'.repeat(200) + 'He said "she said \'they said "80%" ...\'"' + '"'.repeat(200)],
    ['thousands of numbers', Array.from({ length: 3000 }, (_, i) => `${i * 7},000`).join(' ') + ' people.'],
    ['long line', 'word '.repeat(50000) + '5,000 people.'],
    ['unclosed markup', '<!-- open comment 5,000\n\n```\nunclosed fence 10%\n\n---\nfront: matter'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      run(text);
      run(text, { format: 'plaintext', ignoreHeadlines: false });
    });
  }

  it('ignores malformed options instead of throwing', () => {
    const text = 'About 7,000 people were detained.';
    for (const bad of [null, 5, 'x', { rules: 'loud' }, { references: 'nope' }, { references: [null, { path: 1 }] }, { extraCues: [1, null, ''] }, { trustedSources: 'all' }, { maxMatches: -1, minScore: NaN }]) {
      run(text, bad as unknown as AnalyzeOptions);
    }
  });

  it('survives a missing, huge or binary reference with a notice', () => {
    const r = run('About 7,000 people were detained.', { references: [{ path: 'bin.dat', text: '\u0000\u0001\u0002' }, { path: 'huge.txt', text: 'x'.repeat(2_100_000) }] });
    assert.strictEqual(r.notices.length, 2);
  });
});

describe('analyze: results', () => {
  it('returns facts from the draft itself and stats', () => {
    const t = 'Cargo revenue rose 12.5% last year, the chamber said.\n\nRevenue rose 12.5%.\n';
    const r = analyzeWithAttributions(t, [{ source: 'the chamber', cue: 'said', content: 'Cargo revenue rose 12.5% last year' }], {}, noReferences());
    assert.deepStrictEqual(r.facts.map((f) => [f.id, f.path, f.line, f.source]), [['draft#1', null, 1, 'the chamber']]);
    // The unsourced repeat points at the draft's own attributed sentence.
    const f = r.findings.find((x) => x.rule === 'unsourced-number')!;
    assert.strictEqual(f.message, 'No source for 12.5%. This draft attributes it to the chamber (line 1 of this draft).');
    assert.deepStrictEqual(r.stats, { claims: 2, attributedClaims: 1, numbers: 2, sourcedNumbers: 1, words: 12 });
  });

  it('says a related statement is only related when it does not state the figure', () => {
    const t = 'Northwind Corp. reported revenue of $4.2 billion on Thursday.\n\nThe company raised its revenue forecast to $16.5 billion.\n';
    const r = analyze(t, { references: [] });
    const f = r.findings.find((x) => x.rule === 'unsourced-number' && t.slice(x.start, x.end) === '$16.5 billion')!;
    assert.strictEqual(f.message, 'No source for $16.5 billion. A related statement (line 1 of this draft) is attributed to Northwind Corp.; check that it covers this figure.');
  });

  it('takes no figure of unknown noun elsewhere in the draft for a contradiction', () => {
    const t = 'The bridge carries four trains an hour, the agency said.\n\nIts deck was rated 4 on a 9-point scale.\n';
    const r = analyze(t, { references: [] });
    assert.deepStrictEqual(r.findings.filter((f) => f.rule === 'number-mismatch'), []);
    // The same noun still contradicts: "7,000 people" against "6,000 people".
    const same = 'The ministry said 6,000 people were detained on Sunday.\n\nAbout 7,000 people were detained on Sunday.\n';
    assert.deepStrictEqual(analyze(same, { references: [] }).findings.map((f) => f.rule), ['number-mismatch']);
  });

  it('names the other figure a fact gives when number-mismatch is off', () => {
    const t = 'The ministry said 6,000 people were detained on Sunday.\n\nAbout 7,000 people were detained on Sunday.\n';
    const r = analyze(t, { references: [], rules: { 'number-mismatch': 'off' } });
    const f = r.findings.find((x) => x.rule === 'unsourced-number')!;
    assert.strictEqual(f.message, 'No source for About 7,000. This draft gives 6,000 instead, attributed to the ministry (line 1 of this draft).');
  });

  it('names a loosely related fact\'s other figure of the same thing, and lets the writer judge', () => {
    const ref = 'According to the election commission, Lukashenko received 80.1% of the vote.';
    const t = 'Lukashenko won 81% of the vote in the August 9 election after a long campaign.\n';
    const r = analyze(t, { references: [{ path: 'ref.txt', text: ref }] });
    const f = r.findings.find((x) => x.rule === 'unsourced-number')!;
    assert.strictEqual(f.message, 'No source for 81%. A related statement (ref.txt:1), attributed to the election commission, gives 80.1%; check which figure is right.');
  });

  it('sorts findings by position', () => {
    const t = 'Sales fell 40%.\n\nOfficials said 30 ships left.\n\nProfits rose 12%.\n';
    const r = analyzeWithAttributions(t, [{ source: 'Officials', cue: 'said', content: '30 ships left', vague: true }], {}, noReferences());
    const starts = r.findings.map((f) => f.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('runs the bundled example without notices', () => {
    const draft = fs.readFileSync(path.join(repoRoot, 'examples', 'draft.md'), 'utf8');
    const ref = fs.readFileSync(path.join(repoRoot, 'examples', 'reference', 'harbour-strike.ref.md'), 'utf8');
    const r = run(draft, { references: [{ path: 'examples/reference/harbour-strike.ref.md', text: ref }] });
    assert.deepStrictEqual(r.notices, []);
  });
});
