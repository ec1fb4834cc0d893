// Named hostile and odd inputs (issue 5): a correct result or a clear message, never a crash,
// an offset outside the text, or a freeze. The CLI's side (size limits, binary and missing
// files) is in cli.test.ts.
import * as assert from 'assert';
import * as engine from '../../src/engine';
import type { AnalyzeOptions, RuleId } from '../../src/engine/types';
import { analyseInChild } from './hostile-child';
import { checkAnalysis } from './property-checks';

const PARA = 'About 5,000 homes were without power on Tuesday, the utility said. Officials said 300 people were hurt.';

function rulesOf(text: string, options?: AnalyzeOptions): RuleId[] {
  return checkAnalysis(engine, text, options).findings.map((f) => f.rule);
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = Date.now();
  const value = fn();
  return { value, ms: Date.now() - t0 };
}

describe('hostile input', function () {
  this.timeout(120_000);

  it('an empty text and whitespace-only texts give empty results', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\t\t', '\ufeff', '\u200b']) {
      const r = checkAnalysis(engine, text);
      assert.deepStrictEqual(r.findings, [], JSON.stringify(text));
      assert.deepStrictEqual(r.attributions, [], JSON.stringify(text));
    }
  });

  // These two run the engine bundle in a child process with a hard time limit, so that a
  // regression fails the test cleanly instead of hanging the whole unit run.
  it('a 10 MB draft finishes, with every offset inside the text', () => {
    const r = analyseInChild(`(${JSON.stringify(PARA + '\n\n')}).repeat(Math.ceil(10 * 1024 * 1024 / ${PARA.length + 2}))`, 90_000);
    assert.ok(r.ok, r.error);
  });

  it('a single 1 MB line finishes, with every offset inside the text', () => {
    const r = analyseInChild(`(${JSON.stringify(PARA + ' ')}).repeat(Math.ceil(1024 * 1024 / ${PARA.length + 1}))`, 30_000);
    assert.ok(r.ok, r.error);
  });

  it('binary-looking text (NULs, control characters, invalid surrogates) does not throw', () => {
    let bytes = '';
    for (let i = 0; i < 5_000; i++) bytes += String.fromCharCode((i * 7919) % 256);
    const { ms } = timed(() => checkAnalysis(engine, bytes));
    assert.ok(ms < 10_000, `5,000 binary-looking characters took ${ms} ms`);
    checkAnalysis(engine, '\ud800 About 5,000 \udc00 homes \ud83d were hurt.\udfff');
    checkAnalysis(engine, '\u0000'.repeat(10_000));
  });

  it('CRLF, lone CR and mixed endings give the same findings as LF', () => {
    const lf = `# Storm\n\n${PARA}\n\n"We are working on it."\n\nAbout 7,000 people lost power.\n`;
    const expected = rulesOf(lf);
    assert.ok(expected.length > 0);
    assert.deepStrictEqual(rulesOf(lf.replace(/\n/g, '\r\n')), expected, 'CRLF');
    assert.deepStrictEqual(rulesOf(lf.replace(/\n/g, '\r')), expected, 'CR');
    // In this order a lone CR is never followed by a LF (which would make one CRLF break of two).
    let i = 0;
    assert.deepStrictEqual(rulesOf(lf.replace(/\n/g, () => ['\r', '\r\n', '\n'][i++ % 3])), expected, 'mixed');
  });

  it('a BOM shifts findings by one and changes nothing else', () => {
    const text = `${PARA}\n\nAbout 7,000 people lost power.\n`;
    const plain = engine.analyze(text).findings;
    const bom = checkAnalysis(engine, '\ufeff' + text).findings;
    assert.deepStrictEqual(
      bom.map((f) => [f.rule, f.start - 1, f.end - 1]),
      plain.map((f) => [f.rule, f.start, f.end]),
    );
  });

  it('emoji, ZWJ sequences, flags and combining marks: same findings as without them, never split', () => {
    const decorated = '👩‍👩‍👧 About 5,000 🇺🇦 homes lost power. Cafe\u0301 owners said 300 people were hurt 🎉. “Zoë said 80% 🎉,” he said.';
    const bare = 'About 5,000 homes lost power. Cafe owners said 300 people were hurt. “Zoe said 80%,” he said.';
    const r = checkAnalysis(engine, decorated);
    assert.deepStrictEqual(r.findings.map((f) => f.rule), rulesOf(bare));
    for (const f of r.findings) assert.strictEqual(decorated.slice(f.start, f.end).length, f.end - f.start);
  });

  it('right-to-left text and bidi controls', () => {
    checkAnalysis(engine, 'قال المتحدث إن 5,000 شخص اعتقلوا. \u202eAbout 5,000 homes lost power.\u202c שלום 300 אנשים נעצרו.');
    checkAnalysis(engine, '\u202b'.repeat(1000) + PARA);
  });

  it('Markdown tables and code are not prose: figures in code are not flagged', () => {
    const md = ['# Figures', '', '```', 'About 5,000 homes lost power.', '```', '', '    About 6,000 homes lost power.', '', '| Town | Homes |', '|---|---:|', '| Minsk | 5,000 |', '', 'Use `About 7,000 homes` in code.', ''].join('\n');
    const r = checkAnalysis(engine, md);
    const codeStart = md.indexOf('```');
    const codeEnd = md.indexOf('| Town');
    for (const f of r.findings) assert.ok(f.start < codeStart || f.start >= codeEnd, `finding inside code: ${md.slice(f.start, f.end)}`);
    checkAnalysis(engine, '|'.repeat(100_000));
    checkAnalysis(engine, '```\n'.repeat(5_000));
  });

  it('deeply nested and unbalanced quotes', () => {
    const nested = '“‘"'.repeat(2_000) + 'About 5,000 homes lost power.' + '"’”'.repeat(2_000) + ' she said.';
    const { ms } = timed(() => checkAnalysis(engine, nested));
    assert.ok(ms < 5_000, `took ${ms} ms`);
    checkAnalysis(engine, '"'.repeat(50_000));
    checkAnalysis(engine, '“'.repeat(20_000) + PARA);
    checkAnalysis(engine, `"${PARA}\n\n${PARA}\n\n"${PARA}`);
  });

  it('thousands of numbers in one paragraph', () => {
    const nums = Array.from({ length: 5_000 }, (_, i) => `${(i * 1237) % 100_000}${i % 3 ? ',000' : '%'}`).join(', ');
    const text = `Officials counted ${nums} people.`;
    const { value, ms } = timed(() => checkAnalysis(engine, text));
    assert.ok(ms < 10_000, `took ${ms} ms`);
    for (const f of value.findings) assert.ok(f.end <= text.length);
  });

  it('thousands of ages and durations in one sentence, against a reference that gives them too, stay linear', () => {
    const units = ['minutes', 'hours', 'days', 'weeks'];
    const spans = Array.from({ length: 60_000 }, (_, i) => `${(i % 50) + 2} ${units[i % 4]}`).join(', ');
    const text = `The treasurer testified for ${spans} before the council, the clerk said.`;
    const references = [{ path: 'ref.txt', text: `The treasurer testified for ${spans.slice(0, 20_000)} before the council, the clerk said.` }];
    const { value, ms } = timed(() => checkAnalysis(engine, text, { references }));
    assert.ok(ms < 10_000, `took ${ms} ms`);
    for (const f of value.findings) assert.ok(f.end <= text.length);
  });

  it('thousands of days in one sentence, against a reference that gives them too, stay linear', () => {
    const days = ['Monday', 'Feb. 6', '7 March', 'Tuesday'];
    const spans = Array.from({ length: 40_000 }, (_, i) => `voted on ${days[i % 4]}`).join(', ');
    const text = `The board ${spans} to approve the budget, the clerk said.`;
    const references = [{ path: 'ref.txt', text: `The board ${spans.slice(0, 20_000)} to approve the budget, the clerk said.` }];
    const { value, ms } = timed(() => checkAnalysis(engine, text, { references }));
    assert.ok(ms < 10_000, `took ${ms} ms`);
    for (const f of value.findings) assert.ok(f.end <= text.length);
  });

  it('thousands of cues, or of opening quote marks, in one sentence with no full stop stay linear', () => {
    // Each used to rank every end up to the sentence's end (content-end ranker), or scan to it ("told"):
    // 400 KB of "A person briefed on the talks said ..." took 33 s; 200 KB of opening quote marks
    // with no closing one, 13 s (the quote pattern of claims.ts).
    for (const unit of ['A person briefed on the talks said ', 'Reyes said via text message that ', 'He told reporters the ', 'told him, ', '\u201c']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length)) + '.';
      const { ms } = timed(() => checkAnalysis(engine, text));
      assert.ok(ms < 5_000, `${unit}: took ${ms} ms`);
    }
  });

  it('malformed options are tolerated: unknown rules, bad severities, odd references, regex-like extra cues', () => {
    const bad = {
      rules: { 'no-such-rule': 'error', 'unsourced-number': 'loud' },
      references: [{ path: '', text: '' }, { path: 'x.txt', text: '\u0000\u0001' }],
      extraCues: ['(a+)+$', '.*', '[', '\\', ''],
      trustedSources: ['(', ''],
      maxMatches: -1,
      minScore: Number.NaN,
    } as unknown as AnalyzeOptions;
    checkAnalysis(engine, PARA, bad);
    const { ms } = timed(() => checkAnalysis(engine, 'a'.repeat(30_000) + '!', { extraCues: ['(a+)+$', '(a|aa)*b'] }));
    assert.ok(ms < 5_000, `user cues compiled as regexes? took ${ms} ms`);
  });

  it('extra cues are matched literally, never as patterns', () => {
    // A made-up verb, so that only the extra cue can make it an attribution.
    const cues = (text: string): string[] => engine.analyze(text, { extraCues: ['bl.rped'] }).attributions.map((a) => a.cue.text);
    assert.ok(cues('The ministry bl.rped that 5,000 people were detained.').includes('bl.rped'), 'the literal cue is found');
    assert.ok(!cues('The ministry blxrped that 5,000 people were detained.').includes('blxrped'), '"bl.rped" must not match "blxrped"');
  });
});
