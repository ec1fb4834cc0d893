import * as assert from 'assert';
import { detailsOf } from '../../src/engine/facts/details';
import { extractFacts, matchFeatures } from '../../src/engine/facts/extract';
import { findEntities } from '../../src/engine/facts/entities';
import { FactIndex } from '../../src/engine/facts/index';
import { compareNumbers, matchClaim } from '../../src/engine/facts/match';
import { buildReferenceIndex } from '../../src/engine/facts/references';
import { figureClause } from '../../src/engine/facts/figureClause';
import { findNumbers } from '../../src/engine/numbers';
import { segment } from '../../src/engine/segment';
import { LineIndex } from '../../src/engine/text';
import { ReferenceFact } from '../../src/engine/types';
import { attr } from './helpers/attr';
import { usableSource } from '../../src/engine/fixes';
import { fixAll } from '../../src/engine';

// An invented reference article (not from any corpus).
const REF = [
  'The harbour authority said that 412 ships docked at Port Elwin last year.',
  'According to the Elwin Chamber of Commerce, cargo revenue rose 12.5% to $3.2 million.',
  'Mayor Ida Brandt told reporters that about 1,800 dockworkers joined the strike.',
].join('\n');

function refFacts(): ReferenceFact[] {
  const seg = segment(REF, 'plaintext');
  const attributions = [
    attr(REF, seg, { source: 'The harbour authority', cue: 'said', content: 'that 412 ships docked at Port Elwin last year' }),
    attr(REF, seg, { source: 'the Elwin Chamber of Commerce', cue: 'According to', content: 'cargo revenue rose 12.5% to $3.2 million', kind: 'according-to' }),
    attr(REF, seg, { source: 'Mayor Ida Brandt', cue: 'told', content: 'that about 1,800 dockworkers joined the strike' }),
  ];
  return extractFacts(REF, seg, attributions, 'harbour.txt', new LineIndex(REF), 'harbour.txt');
}

function claim(text: string) {
  const f = matchFeatures(text, 0, text.length);
  return { numbers: f.numbers, entityTokens: f.entityTokens, terms: f.terms };
}

describe('facts: entities', () => {
  it('finds multiword names, acronyms and drops sentence-initial function words', () => {
    const ents = findEntities('The Ministry of Internal Affairs said TASS and Vladimir Putin met in Minsk on Independence Square.');
    assert.deepStrictEqual(
      ents.map((e) => [e.text, e.kind]),
      [
        ['Ministry of Internal Affairs', 'actor'],
        ['TASS', 'actor'],
        ['Vladimir Putin', 'actor'],
        ['Minsk', 'place'],
        ['Independence Square', 'place'],
      ],
    );
  });
  it('does not take a lone sentence-initial word for a name unless known', () => {
    assert.deepStrictEqual(findEntities('Protesters gathered.').map((e) => e.text), []);
    assert.deepStrictEqual(findEntities('Brandt resigned.', [0], new Set(['brandt'])).map((e) => e.text), ['Brandt']);
  });
});

describe('facts: extraction', () => {
  it('turns attributions into facts with source, cue, figures, names, terms and line', () => {
    const facts = refFacts();
    assert.deepStrictEqual(
      facts.map((f) => [f.id, f.line, f.source, f.cue, f.numbers.map((n) => n.value)]),
      [
        ['harbour.txt#1', 1, 'The harbour authority', 'said', [412]],
        ['harbour.txt#2', 2, 'the Elwin Chamber of Commerce', 'According to', [12.5, 3200000]],
        ['harbour.txt#3', 3, 'Mayor Ida Brandt', 'told', [1800]],
      ],
    );
    assert.deepStrictEqual(facts[0].entities, ['Port Elwin']);
    // Terms are word families (wordFamily.ts): "dockworkers" -> dockwork, "striking" and "strike" -> strike.
    assert.ok(facts[2].terms.includes('dockwork') && facts[2].terms.includes('strike'));
  });
});

describe('facts: matching', () => {
  const index = new FactIndex(refFacts());
  it('ranks the fact with the same figure first', () => {
    const [best] = matchClaim(index, claim('Cargo revenue rose 12.5% last year.'));
    assert.strictEqual(best.fact.id, 'harbour.txt#2');
    assert.strictEqual(best.sameNumbers.length, 1);
    assert.ok(best.score > 0.7);
  });
  it('reports a differing figure about the same thing', () => {
    const [best] = matchClaim(index, claim('About 2,500 dockworkers joined the strike.'));
    assert.strictEqual(best.fact.id, 'harbour.txt#3');
    assert.deepStrictEqual(best.differentNumbers.map((p) => [p.draft.value, p.reference.value]), [[2500, 1800]]);
  });
  it('takes a rounded figure for the fact\'s only when more than one word or the counted thing agrees', () => {
    // "12%" rounds 12.5%, but a price cut is not cargo revenue: one shared word ("rose") is chance.
    assert.deepStrictEqual(matchClaim(index, claim('The average price rose 12%.')), []);
    // Two shared words: the same statement, rounded.
    const [best] = matchClaim(index, claim('Cargo revenue rose 12%.'));
    assert.strictEqual(best.fact.id, 'harbour.txt#2');
    assert.deepStrictEqual(best.sameNumbers.map((p) => [p.draft.value, p.reference.value]), [[12, 12.5]]);
    // The same counted noun: "1,800 dockworkers" restated as "about 2,000 dockworkers" would be
    // another figure, but "1,800" as "1,800" with one word is exact and still a lead.
    const [docks] = matchClaim(index, claim('Some 1,800 dockworkers marched.'));
    assert.strictEqual(docks.fact.id, 'harbour.txt#3');
    assert.strictEqual(docks.sameNumbers.length, 1);
  });
  it('finds nothing for an unrelated claim', () => {
    assert.deepStrictEqual(matchClaim(index, claim('The orchestra played Mahler on Sunday.')), []);
  });
  it('pairs figures by what they count', () => {
    const d = findNumbers('7,000 people and 40 officers');
    const r = findNumbers('about 6,000 people and 40 officers');
    const { same, different } = compareNumbers(d, r);
    assert.deepStrictEqual(same.map((p) => p.draft.value), [40]);
    assert.deepStrictEqual(different.map((p) => [p.draft.value, p.reference.value]), [[7000, 6000]]);
  });
  it('pairs a reference figure with one draft figure at most: the nearest, unless the draft restates it', () => {
    const r = findNumbers('112 cases so far this year');
    const d = findNumbers('121 cases so far this year, compared with 64 at the same point last year');
    assert.deepStrictEqual(compareNumbers(d, r).different.map((p) => [p.draft.value, p.reference.value]), [[121, 112]]);
    const restated = findNumbers('112 cases so far this year, compared with 60 last year');
    assert.deepStrictEqual(compareNumbers(restated, r).different, []);
  });
  it('pairs no figures a hundredfold apart ("Two" is no slip for "20 million")', () => {
    assert.deepStrictEqual(compareNumbers(findNumbers('Two were invited'), findNumbers('20 million were invited')).different, []);
    assert.deepStrictEqual(compareNumbers(findNumbers('60,000 were invited'), findNumbers('6,000 were invited')).different.length, 1);
  });
  it('leaves out the reference figures the draft restates when it looks for a counterpart', () => {
    const r = findNumbers('proficiency dropped 5.2 percentage points to 39.0%');
    const d = findNumbers('proficiency dropped 5.2 percentage points to 37.0%');
    assert.deepStrictEqual(compareNumbers(d, r).different.map((p) => [p.draft.text, p.reference.text]), [['37.0%', '39.0%']]);
  });
  it('does not pair figures that count what different things happened to', () => {
    const r = findNumbers('about 6,000 people were detained');
    assert.strictEqual(r[0].predicate, 'detained');
    assert.deepStrictEqual(compareNumbers(findNumbers('200 people were injured'), r).different, []);
    assert.deepStrictEqual(compareNumbers(findNumbers('7,000 people were detained'), r).different.map((p) => p.draft.value), [7000]);
    assert.deepStrictEqual(compareNumbers(findNumbers('7,000 people'), r).different.map((p) => p.draft.value), [7000]);
  });
  // The 20 ms target is measured by the benchmark (npm run bench); here a loose bound catches a
  // pathological regression without failing on a busy CI machine.
  it('indexes 50 reference articles and matches a claim quickly', () => {
    const facts: ReferenceFact[] = [];
    for (let a = 0; a < 50; a++) for (const f of refFacts()) facts.push({ ...f, id: `${a}/${f.id}`, path: `ref${a}.txt` });
    // Median of several runs: a shared CI machine can stall any single one.
    const runs: number[] = [];
    for (let k = 0; k < 7; k++) {
      const t0 = process.hrtime.bigint();
      const big = new FactIndex(facts);
      const m = matchClaim(big, claim('About 2,500 dockworkers joined the strike at Port Elwin.'));
      runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      assert.ok(m.length > 0);
    }
    runs.sort((a, b) => a - b);
    assert.ok(runs[3] < 100, `median ${runs[3]} ms`);
  });
});

describe('facts: reference cache', () => {
  it('returns the same index object for the same references', () => {
    const refs = [{ path: 'a.txt', text: 'Police said 40 people were hurt.' }];
    assert.strictEqual(buildReferenceIndex(refs), buildReferenceIndex([{ ...refs[0] }]));
  });
  it('skips binary and huge references with a notice', () => {
    const notices: string[] = [];
    buildReferenceIndex([{ path: 'bin.dat', text: 'abc\u0000def' }, { path: 'huge.txt', text: 'a'.repeat(2_000_001) }], notices);
    assert.strictEqual(notices.length, 2);
    assert.ok(notices[0].includes('bin.dat') && notices[1].includes('huge.txt'));
  });
});

describe('facts: the clause of a figure', () => {
  const clauseOf = (text: string, figure: string): string => {
    const n = findNumbers(text).find((x) => x.text === figure)!;
    const c = figureClause(text, 0, text.length, n);
    return text.slice(c.start, c.end);
  };
  it('ends at a comma or colon before a space, a semicolon, a spaced dash or a bracket, not inside a figure', () => {
    const t = 'ELWIN - The strike spread to 41,000 dockworkers by Friday, the union said; 12 ships (of 40) waited: 3 sailed.';
    assert.strictEqual(clauseOf(t, '41,000'), 'The strike spread to 41,000 dockworkers by Friday');
    assert.strictEqual(clauseOf(t, '12'), '12 ships');
    assert.strictEqual(clauseOf(t, '3'), '3 sailed.');
    assert.strictEqual(clauseOf('Cargo rose 12.5% in 2023 \u2014 a record.', '12.5%'), 'Cargo rose 12.5% in 2023');
  });
  it('keeps a hyphenated word and a figure at the edge of the text', () => {
    assert.strictEqual(clauseOf('A year-long strike idled 2,000 workers', '2,000'), 'A year-long strike idled 2,000 workers');
  });
});

describe('facts: sources of a reference written out', () => {
  const REF_TEXT = [
    'County Health Director Dr. Yvonne Castellane said 37 cases had been confirmed.',
    '"If you are over 50, see a doctor," she said.',
    'Superintendent Maren Holt said enrolment rose. Holt said 420 pupils had joined.',
    'Local group Ashby Forward opposes the plan. Its chair, Gordon Lyle, said 2,400 people had signed a letter.',
    'Among the marchers was retired engineer Halina Sowa, 67, who said she had worked at the plant for 31 years.',
    'The county health department said it had hired four nurses.',
  ].join('\n\n');
  const sources = () => buildReferenceIndex([{ path: 'ref.txt', text: REF_TEXT }]).facts.map((f) => f.source);
  it('gives a pronoun the person named last, a surname its full form, and a possessive title its name', () => {
    const got = sources();
    for (const want of ['Yvonne Castellane', 'Maren Holt', 'Gordon Lyle', 'Halina Sowa', 'The county health department']) {
      assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
    }
    for (const gone of ['she', 'Holt', 'who', 'Its chair, Gordon Lyle']) assert.ok(!got.includes(gone), `${gone} in ${JSON.stringify(got)}`);
  });
  it('takes no title for a given name, and keeps an abbreviation\'s period and an occupation\'s lower case in a fix', () => {
    const text =
      'Assistant Attorney General Celia Marchetti told the court he acted alone. He took money 212 times, Marchetti said.\n\n' +
      'Analyst Dana Whitcombe of Larkin & Co. said the price increases of 4% would hold.\n';
    const facts = buildReferenceIndex([{ path: 'c.txt', text }]).facts;
    assert.ok(facts.some((f) => f.source === 'Celia Marchetti'), JSON.stringify(facts.map((f) => f.source)));
    const whitcombe = facts.find((f) => f.source?.includes('Whitcombe'))!;
    assert.strictEqual(usableSource(whitcombe), 'analyst Dana Whitcombe of Larkin & Co.');
    const draft = 'The price increases of 4% would hold.\n';
    assert.strictEqual(fixAll(draft, { format: 'plaintext', references: [{ path: 'c.txt', text }] }), 'The price increases of 4% would hold, analyst Dana Whitcombe of Larkin & Co. said.\n');
  });
  it('does not take a title-case headline\'s words for given names', () => {
    const text = 'Ted Cruz Refuses to Disavow Lindsey Graham\n\nSen. Lindsey Graham of South Carolina backed the plan. Graham said 40 senators agreed.\n';
    const got = buildReferenceIndex([{ path: 'h.txt', text }]).facts.map((f) => f.source);
    assert.ok(got.includes('Lindsey Graham') && !got.some((s) => s?.includes('Disavow')), JSON.stringify(got));
  });
  it('leaves "they" and an organisation alone, and a pronoun with no one before it', () => {
    const got = buildReferenceIndex([{ path: 'r.txt', text: 'She said the pier would close. The union said 400 dockers struck. They said the strike would go on.' }]).facts.map((f) => f.source);
    assert.ok(!got.some((s) => s !== null && /Castellane|Holt/.test(s)));
    assert.ok(got.includes('The union') || got.includes('the union'), JSON.stringify(got));
  });
});

describe('facts: ages and durations (details.ts)', () => {
  const details = (t: string) => detailsOf(t, 0, t.length).map((d) => [d.key, d.shown]);
  it('reads ages and durations with their units', () => {
    assert.deepStrictEqual(details('Police arrested a 36-year-old man.'), [['age', '36-year-old']]);
    assert.deepStrictEqual(details('The suspect, 34, was arrested. A man aged 41 fled.'), [['age', '34'], ['age', '41']]);
    assert.deepStrictEqual(details('He was sentenced to eight years in prison.'), [['duration:year', 'eight years']]);
    assert.deepStrictEqual(details('The 12-minute warning came late.'), [['duration:minute', '12-minute']]);
  });
  it('reads weekdays and days of a month, in either order, as days', () => {
    assert.deepStrictEqual(details("The board voted Tuesday. It closes Feb. 6, 2020, and opened 5 March. Monday's vote, September 30th."), [
      ['weekday', 'Tuesday'],
      ['date', 'Feb. 6'],
      ['date', '5 March'],
      ['weekday', 'Monday'],
      ['date', 'September 30th'],
    ]);
    const values = (t: string) => detailsOf(t, 0, t.length).map((d) => d.n.value);
    assert.deepStrictEqual(values('Feb. 6 and February 6 and 6 February, on Sunday'), [206, 206, 206, 7]);
  });
  it('reads no day in a modal "may", a name, a month with a year, or a figure after a month', () => {
    assert.deepStrictEqual(details('Voters may 2 times. Mayor Tuesdays said. In May 2020, March 3.5% and Jan 12%.'), []);
  });
  it('leaves ranges, dates said as durations, and statistics', () => {
    assert.deepStrictEqual(details('Symptoms appear two to 10 days after exposure, between 5 and 10 minutes, ages 18-34.'), []);
    assert.deepStrictEqual(details('It happened two years ago. He is 34 years old.'), [['age', '34 years old']]);
    assert.deepStrictEqual(details('The storm killed 12 people.'), []);
  });
});
