import * as assert from 'assert';
import { findNumbers, parseDigits, sameFigure } from '../../src/engine/numbers';
import { NumberMention } from '../../src/engine/types';

function stats(text: string): Array<[string, number, string, boolean]> {
  return findNumbers(text)
    .filter((n) => n.isStatistic)
    .map((n) => [n.text, Math.round(n.value * 1000) / 1000, n.kind, n.approximate]);
}

describe('numbers: normaliser', () => {
  const cases: Array<[string, Array<[string, number, string, boolean]>]> = [
    ['Officers detained 6,000 people.', [['6,000', 6000, 'count', false]]],
    ['Officers detained about 6,000 people.', [['about 6,000', 6000, 'count', true]]],
    ['She won 80.1% and he won 10.12%.', [['80.1%', 80.1, 'percent', false], ['10.12%', 10.12, 'percent', false]]],
    ['Turnout was 64 percent.', [['64 percent', 64, 'percent', false]]],
    ['Turnout was 64 per cent.', [['64 per cent', 64, 'percent', false]]],
    ['The deal is worth $3.5 million.', [['$3.5 million', 3500000, 'money', false]]],
    ['Sales reached 2.4bn euros.', [['2.4bn euros', 2.4e9, 'money', false]]],
    ['It cost $3.5m.', [['$3.5m', 3500000, 'money', false]]],
    ['Several thousand people gathered.', [['Several thousand', 3000, 'vague-quantity', true]]],
    ['Dozens of officers were injured.', [['Dozens', 24, 'vague-quantity', true]]],
    ['Hundreds of people marched.', [['Hundreds', 200, 'vague-quantity', true]]],
    ['Tens of thousands of people marched.', [['Tens of thousands', 20000, 'vague-quantity', true]]],
    ['A third of voters stayed home.', [['A third', 33.333, 'percent', false]]],
    ['Seven people were injured.', [['Seven', 7, 'count', false]]],
    ['Twenty-five miners were rescued.', [['Twenty-five', 25, 'count', false]]],
    ['More than 200 people signed.', [['More than 200', 200, 'count', true]]],
    ['Nearly 1,500 votes were cast.', [['Nearly 1,500', 1500, 'count', true]]],
    ['The river rose 3 metres.', [['3 metres', 3, 'measure', false]]],
    ['Ice covered 1.1 million square kilometres.', [['1.1 million square kilometres', 1100000, 'measure', false]]],
  ];
  for (const [text, want] of cases) {
    it(text, () => assert.deepStrictEqual(stats(text), want));
  }

  it('parses digit groups', () => {
    assert.strictEqual(parseDigits('6,000'), 6000);
    assert.strictEqual(parseDigits('1,234,567.5'), 1234567.5);
    assert.strictEqual(parseDigits('80.1'), 80.1);
  });

  it('records what a figure counts', () => {
    assert.strictEqual(findNumbers('about 6,000 people were detained')[0].noun, 'people');
    assert.strictEqual(findNumbers('80.1% of the vote')[0].noun, 'vote');
  });

  it('reads a ratio as one share ("one in four", "Six in 10", "one out of every five")', () => {
    assert.deepStrictEqual(stats('Only one in four heart attack survivors completes rehabilitation.'), [['one in four', 25, 'percent', false]]);
    assert.deepStrictEqual(stats('Six in 10 voters approve.'), [['Six in 10', 60, 'percent', false]]);
    assert.deepStrictEqual(stats('about 1 in 5 children'), [['about 1 in 5', 20, 'percent', true]]);
    assert.deepStrictEqual(stats('one out of every five homes'), [['one out of every five', 20, 'percent', false]]);
    // Not a ratio: the second number is no larger, or "in" starts a time.
    assert.deepStrictEqual(stats('They won five in four days.').map((x) => x[0]), []);
  });

  it('gives offsets into the whole text when given a range', () => {
    const text = 'Intro. Then 5,000 people came.';
    const [n] = findNumbers(text, 7, text.length);
    assert.strictEqual(text.slice(n.start, n.end), '5,000');
  });
});

describe('numbers: not statistics', () => {
  const none = [
    'Elections were held on August 9.',
    'Elections were held on 9 August.',
    'It happened on Aug. 9, 2020.',
    'The vote was on Monday.',
    'The meeting starts at 10:30.',
    'The meeting starts at 5 pm.',
    'The law was passed in 2020.',
    'A man aged 34 was arrested.',
    'A 34-year-old man was arrested.',
    'He is 34 years old.',
    'This is the second telephone conversation.',
    'She finished 3rd in the race.',
    'Article 5 of the treaty applies.',
    'Section 12 was amended.',
    'Call 555-0142 for details.',
    'Call +1 202 555 0142 for details.',
    'The talks lasted two days.',
    'He was sentenced to 10 years.',
    'The two presidents spoke.',
    'COVID-19 spread quickly.',
    'The G7 met in the 1990s.',
    'One of them left.',
    'Students at Intermediate School 285 in Brooklyn sing.',
    'It includes the nation’s two largest unions.',
    'Donald Trump, 70, spoke in Ohio.',
    'The health of Donald Trump, who is 70, was questioned.',
    'She left school when she turned 16.',
    'The mayor turned 60 last week.',
    'The harbour master turns 65 on Monday.',
    'Traffic on Interstate 95 was halted.',
    'Ships at Berth 7 were unloaded.',
    'The 30-second spot aired on Monday.',
    'They planned a 10-day trip.',
    'The talks lasted 5-10 years.',
    'Details are at https://example.com/2020/1234567 and www.port.org/page/55 today.',
    'Study: doi:10.1001/jama.2026.1234',
  ];
  for (const text of none) {
    it(text, () => assert.deepStrictEqual(stats(text), []));
  }
});

describe('numbers: rate bases and halves of time', () => {
  const statistics = (t: string) => findNumbers(t).filter((n) => n.isStatistic).map((n) => n.text);
  it('reads the base of a rate as no figure to source ("per $100", "per 100,000 residents")', () => {
    assert.deepStrictEqual(statistics('The tax is $1.27 per $100 of assessed value.'), ['$1.27']);
    assert.deepStrictEqual(statistics('The rate was 12 deaths per 100,000 residents.'), ['12']);
  });
  it('reads "the second half of next year" as time, "half of the residents" as a share', () => {
    assert.deepStrictEqual(statistics('Inflation will not return to target before the second half of next year.'), []);
    assert.deepStrictEqual(statistics('Rates rose in the first half of 2024.'), []);
    assert.deepStrictEqual(statistics('Half of the residents left.'), ['Half']);
  });
});

describe('numbers: what a figure counts', () => {
  it('names no noun when a verb follows the figure, and reads what happened after it', () => {
    const read = (t: string) => findNumbers(t).map((n) => [n.text, n.noun ?? null, n.predicate ?? null]);
    assert.deepStrictEqual(read('The Red Cross said 109 had been rescued alive.'), [['109', null, 'rescued']]);
    assert.deepStrictEqual(read('About 6,000 were detained.'), [['About 6,000', null, 'detained']]);
    assert.deepStrictEqual(read('109 people had been rescued.'), [['109', 'people', 'rescued']]);
  });
});

describe('numbers: sameFigure', () => {
  const n = (text: string): NumberMention => findNumbers(text)[0];
  it('treats a rounded figure as the same', () => assert.ok(sameFigure(n('80%'), n('80.1%'))));
  it('treats 7,000 and about 6,000 as different', () => assert.ok(!sameFigure(n('7,000 people'), n('about 6,000 people'))));
  it('allows a small difference when one side is approximate', () => assert.ok(sameFigure(n('about 6,000'), n('6,100'))));
  it('keeps exact different figures apart', () => assert.ok(!sameFigure(n('6,000'), n('6,100'))));
  it('reads a bound on one side: "more than 70" states 74, not 69 or 120; "nearly 75" states 74, not 70', () => {
    assert.ok(sameFigure(n('more than 70 people'), n('74 people')));
    assert.ok(sameFigure(n('more than 2,000 tonnes'), n('2,340 tonnes')));
    assert.ok(!sameFigure(n('more than 77 people'), n('74 people')));
    assert.ok(!sameFigure(n('more than 70 people'), n('120 people')));
    assert.ok(!sameFigure(n('fewer than 72 people'), n('74 people')));
    assert.ok(sameFigure(n('74 people'), n('nearly 75 people')));
    assert.ok(!sameFigure(n('nearly 75 people'), n('70 people')));
    assert.ok(!sameFigure(n('More than 1,800 firefighters'), n('About 1,600 firefighters')));
  });
});

describe('numbers: linear time', () => {
  it('handles 100,000 digits and separators quickly', () => {
    const t0 = Date.now();
    findNumbers('1,'.repeat(50000) + 'x');
    findNumbers('1.'.repeat(50000) + 'x');
    findNumbers('1 '.repeat(50000) + 'x');
    findNumbers('$'.repeat(50000) + '1');
    assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  });
});

describe('numbers: tallies and ranges are one figure', () => {
  it('"5-4"', () => assert.deepStrictEqual(stats('Democrats outnumber Republicans 5-4 here.'), [['5-4', 5, 'count', false]]));
  it('"10-15%"', () => assert.deepStrictEqual(stats('Prices rose 10-15% last year.'), [['10-15%', 10, 'percent', false]]));
  it('"$5-10 million"', () => assert.deepStrictEqual(stats('It cost $5-10 million.'), [['$5-10 million', 5000000, 'money', false]]));
  it('a figure after "turned" is no age when a unit or percent follows', () => {
    assert.deepStrictEqual(stats('Profits turned 60 percent higher.').map((x) => x[0]), ['60 percent']);
    assert.deepStrictEqual(stats('The index turned 60 points lower.').map((x) => x[0]), ['60']);
  });
  it('a number after a comma is no age when no comma follows', () => assert.deepStrictEqual(stats('Smith, 40 people said.'), [['40', 40, 'count', false]]));
  it('a number between commas after one person named by a common noun is an age; after a plural it is a count', () => {
    assert.deepStrictEqual(stats('The suspect, 34, was arrested on Thursday.'), []);
    assert.deepStrictEqual(stats('A woman, 45, and her son were hurt.'), []);
    assert.deepStrictEqual(stats('The victims, 34, were taken to hospital.').map((x) => x[0]), ['34']);
    assert.deepStrictEqual(stats('In the county, 34, people died.').map((x) => x[0]), ['34']);
  });
});

describe('numbers: age ranges and results', () => {
  it('an age range is one figure and no statistic', () => {
    assert.deepStrictEqual(stats('The study followed 1,850 students aged 13 to 18.').map((x) => x[0]), ['1,850']);
    assert.deepStrictEqual(stats('It is open to people between the ages of 18 and 29.'), []);
    assert.deepStrictEqual(stats('Children ages 5 through 11 can get the vaccine at 300 pharmacies.').map((x) => x[0]), ['300']);
    assert.deepStrictEqual(stats('Voters age 18-34 make up 53% of the roll.').map((x) => x[0]), ['53%']);
  });
  it('the result of a vote or a match is no statistic', () => {
    for (const text of [
      'The Senate voted 52-48 to confirm her.',
      'The council approved the plan in a 7-2 vote.',
      'The court made a 5-4 decision.',
      'Harbor City beat Riverton 3-2 on Saturday.',
      'Harbor City edged New Hampshire 3-2 on Saturday.',
      'The Red Sox won, 4-2.',
      'The council approved the new budget 5-2 on Monday.',
      'The House passed a stopgap spending bill 218-212 on Friday.',
      'The bill won a vote of 60-40.',
    ]) {
      assert.deepStrictEqual(stats(text), [], text);
    }
  });
  it('a ratio, a lead or a range of people still is', () => {
    assert.deepStrictEqual(stats('Democrats outnumber Republicans 3-1 in the district.').map((x) => x[0]), ['3-1']);
    assert.deepStrictEqual(stats('By 2-1, voters back the plan.').map((x) => x[0]), ['2-1']);
    assert.deepStrictEqual(stats('Clinton led Trump 48-45 among likely voters.').map((x) => x[0]), ['48-45']);
    assert.deepStrictEqual(stats('The measure passed with 2-1 support among voters.').map((x) => x[0]), ['2-1']);
    assert.deepStrictEqual(stats('Women voted for Clinton 2-1 in the poll.').map((x) => x[0]), ['2-1']);
    assert.deepStrictEqual(stats('About 5-10 people were hurt.').map((x) => x[0]), ['About 5-10']);
    assert.deepStrictEqual(stats('It cost $5-10 million after the vote.').map((x) => x[0]), ['$5-10 million']);
  });
});

describe('numbers: a game\'s record is no statistic', () => {
  const none = [
    'Trae Young scored 38 points, including 14 in the fourth quarter.',
    'Jalen Johnson had 22 points and 12 rebounds as the Hawks won their fifth straight game.',
    'Young shot 13 of 24 from the field in the game.',
    'Riverton led 2-1 at halftime.',
    'Los Angeles led 88-71 late in the third quarter before Atlanta closed the period on a 16-4 run.',
    'Reyes made five saves for Riverton.',
    'Harper hit .291 with 34 home runs and 102 RBIs last season.',
    'Atlanta (24-19) moved into sixth place.',
  ];
  for (const text of none) it(text, () => assert.deepStrictEqual(stats(text), []));

  it('a stat noun outside a game, "percentage points" and a toll still are statistics', () => {
    assert.deepStrictEqual(stats('Trump leads by 5 percentage points in the latest poll.').map((x) => x[0]), ['5 percentage points']);
    assert.deepStrictEqual(stats('The flu season has killed 4,000 people.').map((x) => x[0]), ['4,000']);
    assert.deepStrictEqual(stats('The index fell 240 points on Monday.').map((x) => x[0]), ['240']);
  });
});

describe('numbers: a family is no statistic', () => {
  it('the youngest of five children', () => assert.deepStrictEqual(stats('She was the youngest of five children of Swedish immigrants.'), []));

  it('counts of children or siblings that describe a family', () => {
    for (const text of [
      'She is survived by her daughter, two sons and seven grandchildren.',
      'He leaves two sons and seven grandchildren.',
      'Her two sons live in Ohio.',
      'A mother of three, she ran for mayor.',
    ]) {
      assert.deepStrictEqual(stats(text), [], text);
    }
  });
  it('a toll, or a large count, still is', () => {
    assert.deepStrictEqual(stats('Three children were killed in the fire.').map((x) => x[0]), ['Three']);
    assert.deepStrictEqual(stats('The school has 400 children.').map((x) => x[0]), ['400']);
    assert.deepStrictEqual(stats('The family has had two children hospitalized.').map((x) => x[0]), ['two']);
  });
});

describe('numbers: products, models and ranks', () => {
  it('a camel-case brand\'s number, a model and a rank are no statistics', () => {
    for (const text of ['He bought an iPhone 15 in March.', 'The airline grounded its 737 Max fleet.', 'It is a top 10 market for the firm.']) {
      assert.deepStrictEqual(stats(text), [], text);
    }
  });
  it('a count before a capitalised word, or a top share, still is', () => {
    assert.deepStrictEqual(stats('Israeli troops killed 40 Palestinian civilians.').map((x) => x[0]), ['40']);
    assert.deepStrictEqual(stats('The top 20% of earners paid more.').map((x) => x[0]), ['20%']);
  });
});

describe('numbers: day ranges', () => {
  it('takes "Sept. 16-19" for dates', () => assert.deepStrictEqual(stats('The survey ran Sept. 16-19 with 600 people.'), [['600', 600, 'count', false]]));
});

describe('numbers: emoji around a figure', () => {
  it('"About" after an emoji is an approximator, not a name ("School 285")', () => {
    for (const text of ['👩‍👩‍👧 About 5,000 🇺🇦 homes lost power.', '👩‍👩‍👧 About 5,000 homes lost power.', 'About 5,000 🇺🇦 homes lost power.', 'x About 5,000 homes lost power.']) {
      assert.deepStrictEqual(stats(text), [['About 5,000', 5000, 'count', true]], text);
    }
  });
  it('finds the counted noun past a flag or a skin-toned emoji', () => {
    for (const text of ['About 5,000 🇺🇦 homes lost power.', 'About 5,000 👍🏽 homes lost power.']) {
      assert.strictEqual(findNumbers(text)[0].noun, 'homes', text);
    }
  });
  it('still reads a bare number after a name as part of it', () => {
    assert.deepStrictEqual(stats('👩‍👩‍👧 Pupils of Intermediate School 285 🎉 won.'), []);
  });
});
