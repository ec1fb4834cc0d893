import * as assert from 'assert';
import { applyEdits, attributionFixes, figureAndSourceFixes, overlaps, prefixEdit, referenceFigureFix, suffixEdit, suffixPhrase } from '../../src/engine/fixes';
import { findNumbers } from '../../src/engine/numbers';
import { FactMatch, ReferenceFact } from '../../src/engine/types';

function fact(source: string | null, cue: string, kind: ReferenceFact['kind'] = 'indirect'): ReferenceFact {
  return { id: 'r#1', path: 'ref.txt', line: 4, start: 0, end: 10, text: 'x', source, cue, kind, numbers: [], entities: [], terms: [] };
}
const whole = (t: string) => ({ start: 0, end: t.length });
const noNames = () => false;

describe('fixes: prefix', () => {
  it('lower-cases an ordinary first word', () => {
    const t = 'About 7,000 people were detained.';
    assert.strictEqual(applyEdits(t, [prefixEdit(t, whole(t), 'the ministry', noNames)!]), 'According to the ministry, about 7,000 people were detained.');
  });
  it('keeps a name, "I" and acronyms capitalised', () => {
    const t = 'Lukashenko received 80.1% of the vote.';
    assert.strictEqual(applyEdits(t, [prefixEdit(t, whole(t), 'the CEC final data', (w) => w === 'Lukashenko')!]), 'According to the CEC final data, Lukashenko received 80.1% of the vote.');
    const u = 'NATO sent 300 troops.';
    assert.strictEqual(applyEdits(u, [prefixEdit(u, whole(u), 'Reuters', noNames)!]), 'According to Reuters, NATO sent 300 troops.');
  });
  it('goes before an opening quote, keeping its capital', () => {
    const t = '"We will win," he said.';
    assert.strictEqual(applyEdits(t, [prefixEdit(t, whole(t), 'X', noNames)!]), 'According to X, "We will win," he said.');
  });
  it('skips surrounding whitespace of the sentence range', () => {
    const t = '  Ten people died. ';
    assert.strictEqual(applyEdits(t, [prefixEdit(t, whole(t), 'police', noNames)!]), '  According to police, ten people died. ');
  });
});

describe('fixes: suffix', () => {
  it('goes before the final period', () => {
    const t = 'Several thousand people gathered in Minsk.';
    assert.strictEqual(applyEdits(t, [suffixEdit(t, whole(t), 'TASS reports')!]), 'Several thousand people gathered in Minsk, TASS reports.');
  });
  it('turns the period inside a closing quote into a comma', () => {
    const t = '"We will not give up."';
    assert.strictEqual(applyEdits(t, [suffixEdit(t, whole(t), 'the mayor said')!]), '"We will not give up," the mayor said.');
    const c = '“We will not give up.”';
    assert.strictEqual(applyEdits(c, [suffixEdit(c, whole(c), 'the mayor said')!]), '“We will not give up,” the mayor said.');
  });
  it('appends at the end when the sentence has no final punctuation', () => {
    const t = 'Prices rose 5%';
    assert.strictEqual(applyEdits(t, [suffixEdit(t, whole(t), 'according to the bank')!]), 'Prices rose 5%, according to the bank');
  });
  it('is not offered for questions', () => assert.strictEqual(suffixEdit('Who paid $5?', whole('Who paid $5?'), 'X said'), null));
  it('phrases "according to" sources and verb cues', () => {
    assert.strictEqual(suffixPhrase(fact('the CEC final data', 'According to', 'according-to'), 'the CEC final data'), 'according to the CEC final data');
    assert.strictEqual(suffixPhrase(fact('TASS', 'reports'), 'TASS'), 'TASS reports');
    assert.strictEqual(suffixPhrase(fact('Putin', 'expressed confidence'), 'Putin'), 'Putin said');
  });
  it('closes an appositive source with a comma before the verb', () => {
    const src = "the port authority's executive director, Nadia Brosch";
    assert.strictEqual(suffixPhrase(fact(src, 'said'), src), "the port authority's executive director, Nadia Brosch, said");
    assert.strictEqual(suffixPhrase(fact(src, 'told reporters'), src), "the port authority's executive director, Nadia Brosch, said");
  });
});

describe('fixes: per matching fact', () => {
  const t = 'Turnout was 64%.';
  const m = (f: ReferenceFact, score: number): FactMatch => ({ fact: f, score, sameNumbers: [], differentNumbers: [] });
  it('offers prefix and suffix per source, the best one preferred, and a placeholder', () => {
    const fixes = attributionFixes(t, whole(t), [m(fact('the electoral commission', 'according to', 'according-to'), 0.9), m(fact('Reuters', 'reported'), 0.5)], noNames);
    assert.deepStrictEqual(
      fixes.map((f) => [f.kind, f.preferred, applyEdits(t, f.edits)]),
      [
        ['attribute-prefix', true, 'According to the electoral commission, turnout was 64%.'],
        ['attribute-suffix', false, 'Turnout was 64%, according to the electoral commission.'],
        ['attribute-prefix', false, 'According to Reuters, turnout was 64%.'],
        ['attribute-suffix', false, 'Turnout was 64%, Reuters reported.'],
        ['placeholder', false, 'Turnout was 64%, according to [source].'],
      ],
    );
    assert.strictEqual(fixes[4].snippet![0].newText, ', according to ${1:source}');
  });
  it('lowers a capital that only opened the reference\'s sentence, not a name\'s', () => {
    const texts = (f: ReferenceFact, isName: (w: string) => boolean) => attributionFixes(t, whole(t), [m(f, 0.9)], isName).map((x) => applyEdits(t, x.edits));
    const src = fact('Insurance analysts at Harborline Risk Analytics', 'estimated');
    assert.deepStrictEqual(texts(src, noNames).slice(0, 2), [
      'According to insurance analysts at Harborline Risk Analytics, turnout was 64%.',
      'Turnout was 64%, insurance analysts at Harborline Risk Analytics estimated.',
    ]);
    assert.ok(texts(fact('Reuters reporters', 'said'), (w) => w === 'Reuters')[0].startsWith('According to Reuters reporters,'));
  });
  it('prefers the suffix for a "reports" source', () => {
    const fixes = attributionFixes(t, whole(t), [m(fact('TASS', 'reports'), 0.9)], noNames);
    assert.deepStrictEqual(fixes.filter((f) => f.preferred).map((f) => f.kind), ['attribute-suffix']);
  });
  it('writes a document or poll source as one: lower case where it only opened a sentence, no modifier, "according to"', () => {
    const texts = (f: ReferenceFact) => attributionFixes(t, whole(t), [m(f, 0.9)], noNames).map((x) => applyEdits(t, x.edits));
    assert.deepStrictEqual(texts(fact('Figures released by the Health Ministry', 'show')), [
      'According to figures released by the Health Ministry, turnout was 64%.',
      'Turnout was 64%, according to figures released by the Health Ministry.',
      'Turnout was 64%, according to [source].',
    ]);
    assert.deepStrictEqual(texts(fact('The Harbour Survey, published on Monday,', 'puts')).slice(0, 2), [
      'According to the Harbour Survey, turnout was 64%.',
      'Turnout was 64%, according to the Harbour Survey.',
    ]);
    assert.strictEqual(texts(fact('Interior Ministry officials', 'said'))[0], 'According to Interior Ministry officials, turnout was 64%.');
  });
  it('reads a source in a Markdown link without its brackets, lower-cases its article, and skips a placeholder', () => {
    const texts = (f: ReferenceFact) => attributionFixes(t, whole(t), [m(f, 0.9)], noNames).map((x) => applyEdits(t, x.edits));
    assert.strictEqual(texts(fact('A [report by the Elwin Chamber of Commerce', 'found'))[0], 'According to a report by the Elwin Chamber of Commerce, turnout was 64%.');
    assert.deepStrictEqual(attributionFixes(t, whole(t), [m(fact('[source]', 'according to'), 0.9)], noNames).map((f) => f.kind), ['placeholder']);
  });
  it('drops the adverb of a "first reported" cue in the suffix', () => {
    assert.strictEqual(suffixPhrase(fact('Bloomberg', 'first reported'), 'Bloomberg'), 'Bloomberg reported');
    assert.strictEqual(suffixPhrase(fact('the mayor', 'repeatedly said'), 'the mayor'), 'the mayor said');
  });
  it('skips pronoun sources', () => {
    const fixes = attributionFixes(t, whole(t), [m(fact('She', 'stated'), 0.9)], noNames);
    assert.deepStrictEqual(fixes.map((f) => f.kind), ['placeholder']);
  });
});

describe('fixes: reference figure and edits', () => {
  it('replaces the figure, keeping the capital', () => {
    const t = 'About 7,000 people were detained.';
    const [d] = findNumbers(t);
    const [r] = findNumbers('Police said about 6,000 people were detained.');
    const fix = referenceFigureFix(t, d, r, fact('police', 'said'));
    assert.strictEqual(applyEdits(t, fix.edits), 'About 6,000 people were detained.');
    assert.ok(fix.preferred);
  });
  it('rejects overlapping edits and treats two inserts at one point as overlapping', () => {
    assert.throws(() => applyEdits('abc', [{ start: 0, end: 2, newText: 'x' }, { start: 1, end: 3, newText: 'y' }]));
    assert.ok(overlaps({ start: 1, end: 1, newText: 'a' }, { start: 1, end: 1, newText: 'b' }));
    assert.ok(!overlaps({ start: 1, end: 2, newText: 'a' }, { start: 2, end: 3, newText: 'b' }));
    assert.strictEqual(applyEdits('abc', [{ start: 3, end: 3, newText: '!' }, { start: 0, end: 1, newText: 'A' }]), 'Abc!');
  });
});

describe('fixes: never twice', () => {
  it('offers no attribution the sentence already has', () => {
    const t = 'According to the electoral commission, turnout was 64%.';
    const f: ReferenceFact = { id: 'r#1', path: 'ref.txt', line: 1, start: 0, end: 1, text: 'x', source: 'the electoral commission', cue: 'according to', kind: 'according-to', numbers: [], entities: [], terms: [] };
    const fixes = attributionFixes(t, { start: 0, end: t.length }, [{ fact: f, score: 1, sameNumbers: [], differentNumbers: [] }], () => false);
    assert.deepStrictEqual(fixes.map((x) => x.kind), ['placeholder']);
  });
});

describe('fixes: a figure that differs from its reference', () => {
  const ref = 'TASS reports about 6,000 people were detained.';
  const tass = (): ReferenceFact => ({ ...fact('TASS', 'reports'), numbers: findNumbers(ref) });
  const mismatch = (draftText: string): { d: ReturnType<typeof findNumbers>[number]; m: FactMatch } => {
    const [d] = findNumbers(draftText);
    const [r] = findNumbers(ref);
    return { d, m: { fact: tass(), score: 0.9, sameNumbers: [], differentNumbers: [{ draft: d, reference: r }] } };
  };

  it('attributes only together with the reference figure, in one edit where they touch', () => {
    const t = 'About 7,000 people were detained.';
    const { d, m } = mismatch(t);
    const fixes = figureAndSourceFixes(t, whole(t), d, m.differentNumbers[0].reference, m, noNames);
    assert.deepStrictEqual(
      fixes.map((f) => [f.title, f.kind, f.preferred, f.edits.length, applyEdits(t, f.edits)]),
      [
        ['Use about 6,000 and attribute to TASS (ref.txt:4): "According to TASS, ..."', 'attribute-prefix', false, 1, 'According to TASS, about 6,000 people were detained.'],
        ['Use about 6,000 and attribute to TASS (ref.txt:4): "..., TASS reports."', 'attribute-suffix', true, 2, 'About 6,000 people were detained, TASS reports.'],
      ],
    );
  });

  it('keeps a suffix right after the figure in one edit, and maps offsets past a longer figure', () => {
    const t = 'Intro here. The toll was 7,000.';
    const [d] = findNumbers(t);
    const r = findNumbers('TASS reports 16,000 people.')[0];
    const m: FactMatch = { fact: tass(), score: 0.9, sameNumbers: [], differentNumbers: [{ draft: d, reference: r }] };
    const fixes = figureAndSourceFixes(t, { start: 12, end: t.length }, d, r, m, noNames);
    assert.deepStrictEqual(
      fixes.map((f) => applyEdits(t, f.edits)),
      ['Intro here. According to TASS, the toll was 16,000.', 'Intro here. The toll was 16,000, TASS reports.'],
    );
  });

  it('never credits a fact with a figure it contradicts in a plain attribution fix', () => {
    const t = 'About 7,000 people were detained.';
    const { m } = mismatch(t);
    const other: FactMatch = { fact: fact('the ministry', 'said'), score: 0.5, sameNumbers: [], differentNumbers: [] };
    const fixes = attributionFixes(t, whole(t), [m, other], noNames);
    assert.deepStrictEqual(
      fixes.map((f) => applyEdits(t, f.edits)),
      ['According to the ministry, about 7,000 people were detained.', 'About 7,000 people were detained, the ministry said.', 'About 7,000 people were detained, according to [source].'],
    );
  });
});
