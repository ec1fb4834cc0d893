import * as assert from 'assert';
import { ClaimInfo, paragraphClaims, quoteSpans } from '../../src/engine/claims';
import { segment } from '../../src/engine/segment';
import { analyze } from '../../src/engine/analyze';
import { AttrSpec, buildAttributions } from './helpers/harbour';

function claims(text: string, specs: AttrSpec[] = [], trustedSources: string[] = [], ignoreHeadlines = true): ClaimInfo[] {
  const seg = segment(text, 'markdown');
  const all = buildAttributions(text, seg, specs);
  return seg.paragraphs.flatMap((p, i) =>
    paragraphClaims(text, seg, i, all.filter((a) => a.cue.start >= p.start && a.cue.start < p.end), { ignoreHeadlines, trustedSources }),
  );
}

const brief = (cs: ClaimInfo[]) => cs.map((c) => `${c.claim.status} ${c.claim.kinds.join('+')}${c.actorBefore ? ' (actor before?)' : ''}: ${c.claim.text}`);

describe('claims', () => {
  it('finds statistics, events with named actors and quotes', () => {
    assert.deepStrictEqual(brief(claims('Prices rose 5%.\n\nMayor Ida Brandt resigned.\n\n"We will stay out until the end."\n\nThe weather was mild.\n')), [
      'unsourced statistic: Prices rose 5%.',
      'unsourced event: Mayor Ida Brandt resigned.',
      'unsourced quote: "We will stay out until the end."',
    ]);
  });

  it('reads a sentence opened by "He", "She" or "They" as about the actor named just before it', () => {
    assert.deepStrictEqual(brief(claims('Mayor Ida Brandt resigned. She was arrested twice in 1998.\n\nShe was arrested twice in 1998.\n\nThe weather was mild. It was arrested.\n')), [
      'unsourced event: Mayor Ida Brandt resigned.',
      'unsourced event: She was arrested twice in 1998.',
      // Opening its paragraph, the pronoun's actor is looked for in the paragraph before (analyze.ts).
      'unsourced event (actor before?): She was arrested twice in 1998.',
    ]);
  });

  it('reads a pronoun that opens a paragraph as the actor the paragraph before ends with', () => {
    const t = 'Union secretary Jonas Ferreira has led the union since 2015.\n\nHe was arrested twice in 1998.\n\nThe weather was mild.\n\nHe was arrested again.\n';
    const flagged = analyze(t, { format: 'plaintext' }).findings.map((f) => t.slice(f.sentence.start, f.sentence.end));
    assert.deepStrictEqual(flagged, ['Union secretary Jonas Ferreira has led the union since 2015.', 'He was arrested twice in 1998.']);
    // With the paragraph before gone, the claim goes too (the whole-document stage decides, on every analysis).
    assert.deepStrictEqual(analyze('He was arrested twice in 1998.\n', { format: 'plaintext' }).findings, []);
  });

  it('reads a line of links, maybe after a label, as navigation, and prose with a link as a claim', () => {
    const t = 'Related: [Mayor Ida Brandt resigned](https://example.org/a) | [Prices rose 5%](https://example.org/b)\r\n\r\n- [Prices rose 5%](https://example.org/d)\n\n[Mayor Ida Brandt](https://example.org/c) resigned.\n';
    assert.deepStrictEqual(brief(claims(t)), ['unsourced event: Mayor Ida Brandt](https://example.org/c) resigned.']);
  });

  it('is sourced by an attribution in the sentence or reaching into it', () => {
    const t = 'Prices rose 5%, the bank said.\n';
    assert.deepStrictEqual(brief(claims(t, [{ source: 'the bank', cue: 'said', content: 'Prices rose 5%' }])), ['sourced statistic: Prices rose 5%, the bank said.']);
  });

  it('carries a speaker into the sentence after "X said:" and into an open quote', () => {
    const t = 'The mayor said: "Forty ships are idle. We lose $2 million a day."\n';
    const got = claims(t, [{ source: 'The mayor', cue: 'said', content: null }]);
    assert.ok(got.every((c) => c.claim.status === 'sourced'), brief(got).join('\n'));
  });

  it('gives a quote that opens the next sentence to the speaker paraphrased before it', () => {
    const t = 'Vik said the port would stay shut until Friday. "The berths are unsafe for 40 ships."\n';
    const got = claims(t, [{ source: 'Vik', cue: 'said', content: 'the port would stay shut until Friday' }]);
    assert.deepStrictEqual(brief(got), ['sourced statistic+quote: "The berths are unsafe for 40 ships."']);
    // Not past a sentence of the reporter's own: the speaker must be named again.
    const later = claims('Vik said the port would stay shut. The storm passed on Monday. "The berths are unsafe for 40 ships."\n', [
      { source: 'Vik', cue: 'said', content: 'the port would stay shut' },
    ]);
    assert.strictEqual(later[later.length - 1].claim.status, 'unsourced', brief(later).join('\n'));
  });

  it('marks claims covered only by a vague source as vague, unless trusted', () => {
    const t = 'Officials said 30 ships left.\n';
    const spec: AttrSpec[] = [{ source: 'Officials', cue: 'said', content: '30 ships left', vague: true }];
    assert.deepStrictEqual(claims(t, spec).map((c) => c.claim.status), ['vague']);
    assert.deepStrictEqual(claims(t, spec, ['officials']).map((c) => c.claim.status), ['sourced']);
  });

  it('exempts headlines by default', () => {
    assert.deepStrictEqual(brief(claims('# Prices rose 5%\n')), []);
    assert.deepStrictEqual(brief(claims('# Prices rose 5%\n', [], [], false)), ['unsourced statistic: Prices rose 5%']);
  });

  it('reads a death as an event, and a bare age as no claim', () => {
    assert.deepStrictEqual(brief(claims('Rosa Delgado died Tuesday at her home. She was 84.\n\nMayor Ida Brandt is 52 years old.\n\nShe was 84 when she founded the pantry.\n')), [
      'unsourced event: Rosa Delgado died Tuesday at her home.',
      'unsourced event (actor before?): She was 84 when she founded the pantry.',
    ]);
  });

  it('reads what a kind of thing is ("a form of pneumonia caused by ...") as no event; what someone did stays one', () => {
    const t =
      "Legionnaires' disease is a severe form of pneumonia caused by Legionella bacteria.\n\n" +
      'Lyme disease is an infection transmitted by ticks.\n\n' +
      'Darnell Fitch is a suspect wanted by police in the robbery of Castellan Jewelers.\n\n' +
      'The virus is a strain first identified by Chinese scientists in Wuhan.\n\n' +
      'The Smith Foundation is a charity founded by Jane Smith.\n';
    assert.deepStrictEqual(brief(claims(t)), [
      'unsourced event: Darnell Fitch is a suspect wanted by police in the robbery of Castellan Jewelers.',
      'unsourced event: The virus is a strain first identified by Chinese scientists in Wuhan.',
      'unsourced event: The Smith Foundation is a charity founded by Jane Smith.',
    ]);
  });

  it('reads an obituary\'s survivors, services and flowers as no claims, and generations as time', () => {
    const t =
      'Mrs. Lund is survived by two sons and a sister, Ruth Lund, of Elwin.\n\n' +
      'Survivors include five grandchildren.\n\n' +
      'A funeral will be held at 11 a.m. Friday at St. Olaf Church in Elwin.\n\n' +
      'Services are pending.\n\n' +
      'In lieu of flowers, the family asks for donations to the Elwin Food Pantry, 12 Dock Road.\n\n' +
      'The Lund family had fished the bay for three generations.\n\n' +
      'The funeral of Ana Ruiz, who was shot by police, drew 4,000 mourners.\n';
    // "three generations" is how long, not a figure to source; the event is still a claim.
    assert.deepStrictEqual(brief(claims(t)), [
      'unsourced event: The Lund family had fished the bay for three generations.',
      'unsourced statistic+event: The funeral of Ana Ruiz, who was shot by police, drew 4,000 mourners.',
    ]);
  });

  it('reads who was among a crowd as a scene, but not a toll ("Among the dead were ...")', () => {
    const t =
      'Among the marchers was retired engineer Halina Sowa, 67, who said she had worked at the plant for 31 years.\n\n' +
      'Among those at the rally was Senator Ana Ruiz.\n\n' +
      'Among the dead were Ana Ruiz and her two children.\n\n' +
      'Among those arrested was Mayor Ida Brandt.\n';
    assert.deepStrictEqual(brief(claims(t)).map((x) => x.replace(/:.*/, '')), ['unsourced event', 'unsourced event']);
    assert.ok(brief(claims(t))[0].includes('Among the dead'));
  });

  it('reads a market\'s moves as public record, not as figures to source', () => {
    assert.deepStrictEqual(brief(claims('Shares rose 7% in after-hours trading.\n\nOil prices fell 3% on Monday.\n\nShares in Northwind Shipping, the port\'s biggest client, fell 6% on Friday.\n\nThe company\'s sales rose 7% last year.\n')), [
      'sourced event: Shares in Northwind Shipping, the port\'s biggest client, fell 6% on Friday.',
      'unsourced statistic: The company\'s sales rose 7% last year.',
    ]);
  });

  it('reads an editors\' note, a picture with its caption and a publication line as no claim', () => {
    const text = [
      'Editor\u2019s note: An earlier version of this story misstated the number of closed roads as 45.',
      '**Correction:** The bridge reopened on Tuesday, not Wednesday.',
      '![Flooded street](flood.jpg)\n*Water covers Main Street on Monday. (Photo: Tom Okafor/Gazette)*',
      'Published March 3, 2026 at 6:14 p.m.',
      'Posted at 6:14 p.m. ET',
      'Updated: Police arrested 3 people on Monday night.',
    ].join('\n\n');
    assert.deepStrictEqual(brief(claims(text)), ['unsourced statistic: Updated: Police arrested 3 people on Monday night.']);
  });

  it('takes what a study\'s researchers did from the study named just before', () => {
    const text = 'Emergency room visits rose 10% on hot days, a study published in JAMA found. The researchers analysed 2.1 million visits to 400 hospitals.\n\nThe researchers analysed 2.1 million visits to 400 hospitals.\n';
    const got = brief(claims(text, [{ source: 'a study published in JAMA', cue: 'found', content: 'Emergency room visits rose 10% on hot days' }]));
    assert.deepStrictEqual(got, [
      'sourced statistic: Emergency room visits rose 10% on hot days, a study published in JAMA found.',
      'sourced statistic: The researchers analysed 2.1 million visits to 400 hospitals.',
      'unsourced statistic: The researchers analysed 2.1 million visits to 400 hospitals.',
    ]);
  });

  it('reads a game\'s box score and score as public record, and a game sentence with a statistic as a claim', () => {
    const text = 'Anthony Davis added 24 points and 15 rebounds in the game.\n\nLos Angeles led 88-71 late in the third quarter.\n\nThe coach said the season drew 1.2 million fans.\n\nThe Hawks sold 40,000 season tickets.\n';
    assert.deepStrictEqual(brief(claims(text, [{ source: 'The coach', cue: 'said', content: 'the season drew 1.2 million fans' }])), [
      'sourced event: Anthony Davis added 24 points and 15 rebounds in the game.',
      'sourced event: Los Angeles led 88-71 late in the third quarter.',
      'sourced statistic: The coach said the season drew 1.2 million fans.',
      'unsourced statistic+event: The Hawks sold 40,000 season tickets.',
    ]);
  });

  it('reads the credits and rights at a story\'s foot as no claim, and a sentence of reporting as one', () => {
    const text = [
      'Reporting by Ana Reyes in Lakeside; Editing by Tom Hale',
      '(Reporting by Teodor Lanz in Kastrell and Mira Fell in Brennick; Editing by Jon Sato)',
      'Contributing: Jane Doe, Lakeside Ledger',
      'Bryant Rousseau and Caryn Wilson contributed reporting.',
      'Staff writer Jane Doe contributed to this report.',
      '\u00a9 2026 The Associated Press. All rights reserved.',
      'Copyright 2026 Lakeside Ledger',
      'Jane Doe resigned from the Ledger on Monday.',
    ].join('\n\n');
    assert.deepStrictEqual(brief(claims(text)), ['unsourced event: Jane Doe resigned from the Ledger on Monday.']);
  });

  it('takes a figure that follows up a sourced one from the same source', () => {
    const text = 'Unemployment rose to 5% in March, the ministry said. That is up from 4% a year earlier.\n\nUnemployment rose to 5% in March, the ministry said. The rate was 4% a year earlier.\n\nUnemployment rose to 5% in March, the ministry said. Crime rose 12% in the same period.\n\nOfficials said unemployment rose to 5%. That is up from 4% a year earlier.\n';
    const specs = [0, 1, 2].map((nth) => ({ source: 'the ministry', cue: 'said', content: 'Unemployment rose to 5% in March', nth }));
    const got = brief(claims(text, [...specs, { source: 'Officials', cue: 'said', content: 'unemployment rose to 5%', vague: true, nth: 3 }]));
    assert.deepStrictEqual(got, [
      'sourced statistic: Unemployment rose to 5% in March, the ministry said.',
      'sourced statistic: That is up from 4% a year earlier.',
      'sourced statistic: Unemployment rose to 5% in March, the ministry said.',
      'sourced statistic: The rate was 4% a year earlier.',
      'sourced statistic: Unemployment rose to 5% in March, the ministry said.',
      'unsourced statistic: Crime rose 12% in the same period.',
      'vague statistic: Officials said unemployment rose to 5%.',
      'unsourced statistic: That is up from 4% a year earlier.',
    ]);
  });

  it('treats the reporter\'s own observation as sourced', () => {
    assert.deepStrictEqual(brief(claims('I counted 300 people at the gate.\n\nHundreds of people are gathering outside.\n')), []);
    // The newsroom's own work and voice: its count, its reporters' eyes, what it could not verify, its contacts.
    const own = [
      'We excluded 3 metros where boundaries changed.',
      'By our count, renters in 23 metros now spend more than 30% of income on rent.',
      'A Reuters reporter saw at least 20 tanks on the road.',
      'An AFP photographer counted at least 20 tanks.',
      'The Associated Press could not independently confirm the figures from either side.',
      'The Ledger was unable to verify the video\'s authenticity.',
      'Marcus Hill can be reached at mhill@lakesidecourier.com or 555-0142.',
    ];
    for (const text of own) assert.ok(brief(claims(`${text}\n`)).every((b) => b.startsWith('sourced')), text);
  });

  it('does not count places, dates or ordinals', () => {
    assert.deepStrictEqual(brief(claims('Elections were held in Belarus on August 9.\n\nThis is the second call in two days.\n')), []);
  });

  it('treats a wire dateline as the agency\'s own report', () => {
    assert.deepStrictEqual(brief(claims('HEMPSTEAD, N.Y., Sept. 26 (UPI) — Candidate Jill Stein was escorted off the premises.\n')).map((b) => b.split(' ')[0]), ['sourced']);
  });

  it('reads an attribution in a relative aside as speaking for the aside alone', () => {
    // The company declining to comment sources nothing of the lay-offs.
    const t = 'The company, which declined to comment, laid off 300 workers last month.\n';
    assert.deepStrictEqual(brief(claims(t, [{ source: 'which', cue: 'declined', content: 'to comment' }])), ['unsourced statistic: ' + t.trim()]);
    const found = analyze(t, { format: 'plaintext' }).findings.map((f) => `${f.rule} ${t.slice(f.start, f.end)}`);
    assert.deepStrictEqual(found, ['unsourced-number 300']);
    // A content that runs on past the aside, the sentence's own cue, or an aside with no main clause of its own still source it.
    assert.deepStrictEqual(brief(claims('The firm, which said it laid off 300 workers, closed.\n', [{ source: 'which', cue: 'said', content: 'it laid off 300 workers, closed' }])).map((b) => b.split(' ')[0]), ['sourced']);
    assert.deepStrictEqual(
      brief(claims('The company, which declined to comment, laid off 300 workers, the union said.\n', [{ source: 'which', cue: 'declined', content: 'to comment' }, { source: 'the union', cue: 'said', content: 'The company, which declined to comment, laid off 300 workers' }])).map((b) => b.split(' ')[0]),
      ['sourced'],
    );
    assert.deepStrictEqual(brief(claims('Voters, who said 300 were lost.\n', [{ source: 'who', cue: 'said', content: '300 were lost' }])).map((b) => b.split(' ')[0]), ['sourced']);
  });

  it('reads making a document public as public record, in the main clause only', () => {
    assert.deepStrictEqual(brief(claims('The Urban Institute released a report on Tuesday on rents in the region.\n')).map((b) => b.split(':')[0]), ['sourced event']);
    assert.deepStrictEqual(brief(claims('Mayor Ida Brandt published her budget proposal on Monday.\n')).map((b) => b.split(':')[0]), ['sourced event']);
    // The publisher in an aside: the sentence's own event still needs its source.
    assert.deepStrictEqual(brief(claims('Ana Reyes succeeded Tom Hale as head of the Harbour Trust, the think tank that published the paper.\n')).map((b) => b.split(':')[0]), ['unsourced event']);
  });

  it('reads the next sentence\'s figures about the same thing as the same source\'s', () => {
    const rules = (t: string) => analyze(t, { format: 'plaintext' }).findings.map((f) => `${f.rule} ${t.slice(f.start, f.end)}`);
    // A word in common: the same release goes on.
    assert.deepStrictEqual(rules('The freeze keeps in-state tuition at $9,860, the university said. Out-of-state tuition will rise 3 percent, to $24,150.\n'), []);
    // A company's results are one report.
    assert.deepStrictEqual(rules('Net income was $214 million in the quarter, the snack maker reported. Revenue rose 3 percent to $2.91 billion.\n'), []);
    // Another subject: no source for it.
    assert.deepStrictEqual(rules('His blood-alcohol level was 0.19 percent, according to the arrest report. About 900 homes lost power after the crash.\n'), ['unsourced-number About 900']);
    // Only general words in common ("percent", "rose").
    assert.deepStrictEqual(rules('Exports rose 4 percent, the ministry said. Rents rose 9 percent.\n'), ['unsourced-number 9 percent']);
  });

  it('reads what a judge, a jury or a court did as public record, and not what was said in court', () => {
    const rules = (t: string) => analyze(t, { format: 'plaintext' }).findings.map((f) => `${f.rule} ${t.slice(f.start, f.end)}`);
    assert.deepStrictEqual(rules('A jury on Thursday convicted former treasurer Gail Renshaw of embezzling $1.3 million from the town.\n'), []);
    assert.deepStrictEqual(rules('Judge Miriam Oduya set sentencing for Feb. 12 and allowed Renshaw to remain free on bail.\n'), []);
    assert.deepStrictEqual(rules('In July, the State Department fell behind the court-ordered goals by 4,000 pages.\n'), ['unsourced-number 4,000']);
    assert.deepStrictEqual(rules('Renshaw moved $1.3 million into her own account.\n'), ['unsourced-number $1.3 million']);
  });

  it('ignores short scare quotes', () => {
    assert.deepStrictEqual(brief(claims('The so-called "reform" stalled.\n')), []);
  });
});

describe('claims: quote spans', () => {
  const PATTERN = /“[^”]*”|"[^"\n]*"|«[^»]*»|„[^“”]*[“”]/g;
  const byPattern = (t: string): Array<[number, number]> => [...t.matchAll(PATTERN)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);

  it('finds what the quote pattern finds, on 20,000 random strings of quote marks, words and line breaks', () => {
    const pieces = ['“', '”', '"', '«', '»', '„', '\n', 'a', ' we ', 'x'];
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 20_000; n++) {
      let t = '';
      const len = next() % 30;
      for (let k = 0; k < len; k++) t += pieces[next() % pieces.length];
      assert.deepStrictEqual(quoteSpans(t), byPattern(t), JSON.stringify(t));
    }
  });

  it('is linear on a run of opening marks with no closing one', () => {
    for (const mark of ['“', '«', '„', '"']) {
      const t0 = Date.now();
      assert.deepStrictEqual(quoteSpans(mark === '"' ? '"' + 'x'.repeat(200_000) : mark.repeat(200_000)), []);
      assert.ok(Date.now() - t0 < 1000, `${mark}: ${Date.now() - t0} ms`);
    }
  });
});
