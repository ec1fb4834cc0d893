// Figures sourced to documents, data and estimates: the evidence patterns make them attributed, so
// well-sourced copy gets no unsourced-number false alarm; and they stay out of what they do not fit.
import * as assert from 'assert';
import { analyze } from '../../src/engine/analyze';
import { findAttributions } from '../../src/engine/attribution';
import { segment } from '../../src/engine/segment';

const flags = (text: string): string[] =>
  analyze(text, { format: 'plaintext' }).findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);

describe('evidence patterns', () => {
  const sourced = [
    'Figures released by the Health Ministry show 40 people died in the floods.',
    'The ministry released figures that show 40 people died in the floods.',
    'Data from the electoral commission showed turnout of 68%.',
    "The agency's data show prices rose 3.2% in the year to October.",
    'The Interior Ministry put the number of detained at about 6,000.',
    'Results published by the commission give the incumbent 80.1% of the vote.',
    'The poll, conducted by Ipsos for the Daily Courier, puts support for the plan at 45%.',
    'The mayor held a 24-point lead among dockers in a Courier poll.',
    'In a Courier survey released Monday, 50 percent of dockers backed the strike.',
    'The deal, first reported by Bloomberg, is worth $2 billion.',
    'The deal is worth $2 billion, as first reported by Bloomberg.',
    'As first reported by the Courier, the strike has cost $40 million.',
    'The port authority posted on social media that it had hired 300 temporary workers.',
    'Police now say 14 people were taken to hospitals.',
    'Entergy now reports 312,000 customers without power.',
    'Homelessness in Pierce County rose 8% between 2023 and 2025, state data show.',
    'Traffic on the bridge rose 12% last year, DOT traffic counts show.',
    'The county paid Delmont Paving $14.6 million, a city staff memo shows.',
    'Internal emails reviewed by the Ledger show that staff rushed a $1.2 million invoice.',
    'Records obtained by the Ledger through a public records request show that the county paid $14.6 million.',
    "The state's dashboard, updated Friday, shows 1,204 new cases this week.",
    "The airport's website lists 183 cancellations.",
    'An affidavit filed by a police lieutenant states that officers received 17 complaints.',
    'The Coast Guard rescued 14 people from the river, Petty Officer Kendra Lowe told The Ledger.',
    'Police arrested 14 people, a police spokeswoman told The Associated Press.',
    'The outbreak has sickened 87 people in six counties, the state health department reported Friday.',
    'The agency sent 12 inspectors to the site, spokesperson Mark Feld confirmed in an email.',
    'The port will stay shut for 10 days, the mayor said on Telegram late Tuesday.',
    'The National Weather Service forecast up to 14 inches of snow in the hills by Saturday.',
    'The central bank predicted growth of 2.1% next year.',
    'A: About $2 million a day. We have 42 ships waiting.',
    '**A:** About $2 million a day. We have 42 ships waiting.',
  ];
  for (const text of sourced) {
    it(`no unsourced figure in "${text.slice(0, 50)}"`, () => assert.deepStrictEqual(flags(text), []));
  }

  it('a trailing cue names its speaker before the verb and its hearer or setting after it', () => {
    const text = 'Police arrested 14 people, a police spokeswoman told The Associated Press.';
    const a = findAttributions(text, segment(text, 'plaintext'));
    assert.deepStrictEqual(a.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['told', 'a police spokeswoman', 'Police arrested 14 people']]);
    // A figure or a clause after the verb is a content of its own, not a setting.
    assert.deepStrictEqual(flags('The strike is over, the union said 40 ships would sail.').filter((f) => f.startsWith('unsourced')), []);
  });

  it('a forecast as a noun is no forecaster ("The snow forecast grew to 14 inches")', () => {
    assert.deepStrictEqual(flags('The snow forecast grew to 14 inches on Friday.'), ['unsourced-number 14 inches']);
    assert.deepStrictEqual(flags('The company raised its revenue forecast to $16.5 billion.'), ['unsourced-number $16.5 billion']);
  });

  it('an estimate by officials is a vague source, not an unsourced number', () => {
    assert.deepStrictEqual(flags('Officials estimate that 200 buildings were damaged.'), ['vague-source Officials estimate']);
  });

  it('evidence named by kind alone is a vague source ("Polls show"), a definite one is not', () => {
    assert.deepStrictEqual(flags('Polls show a close contest in Ohio.'), ['vague-source Polls show']);
    assert.deepStrictEqual(flags('Data show the fund lost $3 billion.'), ['vague-source Data show']);
    assert.deepStrictEqual(flags('The figures show that 40 people died.'), []);
  });

  it('one unnamed document is a vague source ("a survey found"); one with its owner is not', () => {
    assert.deepStrictEqual(flags('Nearly half of local shops have cut staff, a survey found.'), ['vague-source a survey found']);
    assert.deepStrictEqual(flags('A new study shows that 40% of dockers are over 50.'), ['vague-source A new study shows']);
    assert.deepStrictEqual(flags('A survey by the Elwin Chamber of Commerce found that 40% of shops had cut staff.'), []);
  });

  it('a group named by what it is, not who, is a vague source; with an owner it is not', () => {
    assert.deepStrictEqual(flags('Local shops say business is down by half.'), ['vague-source Local shops say']);
    assert.deepStrictEqual(flags('Business is down by half, some workers said.'), ['vague-source some workers said']);
    assert.deepStrictEqual(flags("The company's employees said business was down by half."), []);
  });

  it('a trade or a crowd is a vague source too ("Striking dockers said", "Economists say"); an owner or a name is not', () => {
    assert.deepStrictEqual(flags('Striking dockers said the port would stay shut until Friday.'), ['vague-source Striking dockers said']);
    assert.deepStrictEqual(flags('Economists say the strike has cost the port $40 million.'), ['vague-source Economists say']);
    assert.deepStrictEqual(flags('Protesters said police used tear gas on the crowd.'), ['vague-source Protesters said']);
    assert.deepStrictEqual(flags('Some nurses told the paper they had not been paid.'), ['vague-source Some nurses told']);
    for (const sourced of [
      'The port would stay shut until Friday, his doctors said.',
      'The port would stay shut until Friday, Maersk dockers said.',
      'Doctors at the county hospital said 12 people were treated.',
      'The researchers reported that 40% of dockers are over 50.',
      'Dockers\u2019 union leader Ana Reyes said the strike would go on.',
    ]) assert.deepStrictEqual(flags(sourced), [], sourced);
  });

  it('a source that will not be named is vague ("A person briefed on the talks"); a named one who is close to it is not', () => {
    assert.deepStrictEqual(flags('A person briefed on the talks said the deal was worth $2 billion.'), ['vague-source A person briefed on the talks said']);
    assert.deepStrictEqual(flags('Someone at the company said the deal was worth $2 billion.'), ['vague-source Someone at the company said']);
    assert.deepStrictEqual(flags('White House officials familiar with the talks said the deal was off.'), ['vague-source White House officials familiar with the talks said']);
    assert.deepStrictEqual(flags('"Nobody told us anything," said one resident.'), ['vague-source said one resident']);
    assert.deepStrictEqual(flags('A witness said the car was speeding.'), ['vague-source A witness said']);
    for (const named of [
      'A resident, Ana Reyes, said the car was speeding.',
      '"Nobody told us anything," said resident Ana Reyes.',
      'Ana Reyes, a lawyer involved in the case, said the deal was worth $2 billion.',
      'Ana Reyes, who is close to the family, said the deal was worth $2 billion.',
    ]) assert.deepStrictEqual(flags(named), [], named);
  });

  it('a post names its author; a time after "that" is no report', () => {
    const found = (text: string) => findAttributions(text, segment(text, 'plaintext')).map((a) => [a.source?.text ?? null, a.cue.text, a.content?.text ?? null]);
    assert.deepStrictEqual(found('The council shared on Facebook: the pool will close on Monday.'), [['The council', 'shared', 'the pool will close on Monday']]);
    assert.deepStrictEqual(found('Reyes posted on the wall that day.'), []);
  });

  it('an answer label opens only its paragraph; a bold lead is no answer', () => {
    assert.deepStrictEqual(flags('The port lost $2 million. A: The port has 42 ships waiting.'), ['unsourced-number $2 million', 'unsourced-number 42']);
    assert.deepStrictEqual(flags('**A bold lead:** 300 containers are stuck.'), ['unsourced-number 300']);
  });

  it('the same figures with no source are still flagged', () => {
    assert.deepStrictEqual(flags('Forty people died in the floods, and 68% of voters turned out.'), ['unsourced-number Forty', 'unsourced-number 68%']);
    assert.deepStrictEqual(flags('The number of detained rose to about 6,000.'), ['unsourced-number about 6,000']);
  });

  it('a share of respondents is what a poll found, not its source ("Polls show that 68 percent of voters believe ...")', () => {
    assert.deepStrictEqual(flags('Polls show that 68 percent of French voters believe corruption is widespread.'), ['vague-source Polls show']);
    const text = 'Recent surveys suggest that about 40% of residents think the port should close.';
    const found = findAttributions(text, segment(text, 'plaintext')).map((a) => `${a.cue.text} | ${a.source?.text}`);
    assert.deepStrictEqual(found, ['suggest | Recent surveys']);
    // A named poll stays the source; the share alone, with no evidence before it, stays as the tagger read it.
    assert.deepStrictEqual(flags('A Quinnipiac poll found that 52 percent of voters say the economy is weak.'), []);
    const alone = 'In the capital, 52 percent of voters say the economy is weak.';
    assert.ok(findAttributions(alone, segment(alone, 'plaintext')).some((a) => a.source?.text === '52 percent of voters'));
  });

  it('a polling place is no poll', () => {
    const text = 'Jim Bennett and Sandy Paradis stand in front of a polling location in Manchester.';
    assert.deepStrictEqual(findAttributions(text, segment(text, 'plaintext')).map((a) => a.cue.text), []);
  });

  it('a relative clause after the evidence noun is not its verb', () => {
    const text = 'The polls that show Johnson at 10 percent have Clinton ahead.';
    const cues = findAttributions(text, segment(text, 'plaintext')).map((a) => `${a.cue.text} | ${a.source?.text}`);
    assert.ok(!cues.includes('show | The polls that'), cues.join('; '));
  });

  it('where the tagger finds a cue, it keeps the nested report ("..., he said, ...")', () => {
    const text = 'The documents indicate, Vik said in an interview, that the two offices worked together.';
    const found = findAttributions(text, segment(text, 'plaintext'));
    assert.ok(found.some((a) => a.cue.text.startsWith('said') && a.source?.text === 'Vik'), found.map((a) => a.cue.text).join('; '));
  });
});

describe('cue extents', () => {
  it('an approximator before a figure opens the content, not the cue ("suggest | about 40% ...")', () => {
    const read = (text: string) => findAttributions(text, segment(text, 'plaintext')).map((a) => `${a.cue.text} | ${a.content?.text}`);
    assert.deepStrictEqual(read('Recent polls suggest about 40% of residents are angry.'), ['suggest | about 40% of residents are angry']);
    assert.deepStrictEqual(read('The union said about 400 dockers walked out.'), ['said | about 400 dockers walked out']);
  });
});
