import * as assert from 'assert';
import { analyze } from '../../src/engine/analyze';
import { fixAll } from '../../src/engine';
import { applyEdits } from '../../src/engine/fixes';
import { RULE_INFO } from '../../src/engine/rules/index';
import { AnalysisResult, RULE_IDS } from '../../src/engine/types';
import { analyzeWithAttributions, AttrSpec } from './helpers/harbour';

function summary(text: string, r: AnalysisResult): string[] {
  return r.findings.map((f) => `${f.rule} ${JSON.stringify(text.slice(f.start, f.end))}`);
}

describe('rules: registry', () => {
  it('has one entry per rule id, with severity, description and docs link', () => {
    assert.deepStrictEqual(RULE_INFO.map((r) => r.id).sort(), [...RULE_IDS].sort());
    for (const r of RULE_INFO) {
      assert.ok(r.description.length > 10);
      assert.ok(r.docsUrl.endsWith(`docs/rules/${r.id}.md`));
    }
  });
});

describe('rules: unsourced-number', () => {
  const text = 'Cargo revenue rose 12.5% last year.\n';
  it('flags the figure itself and names the matching reference source', () => {
    const r = analyzeWithAttributions(text, []);
    assert.deepStrictEqual(summary(text, r), ['unsourced-number "12.5%"']);
    const f = r.findings[0];
    assert.strictEqual(f.message, 'No source for 12.5%. The reference article attributes it to the Elwin Chamber of Commerce (harbour.ref.txt:2).');
    assert.strictEqual(f.references[0].fact.source, 'the Elwin Chamber of Commerce');
    const preferred = f.fixes.find((x) => x.preferred)!;
    assert.strictEqual(applyEdits(text, preferred.edits), 'According to the Elwin Chamber of Commerce, cargo revenue rose 12.5% last year.\n');
  });
  it('says where a source could come from when nothing matches', () => {
    const t = 'Ticket sales fell 40% in the spring.\n';
    const r = analyzeWithAttributions(t, []);
    assert.strictEqual(r.findings[0].message, 'No source for 40%. Say who reported it, or add the reference article it came from.');
    assert.deepStrictEqual(r.findings[0].fixes.map((f) => f.kind), ['placeholder']);
  });
  it('is silent when the sentence is attributed', () => {
    const t = 'Cargo revenue rose 12.5% last year, the chamber said.\n';
    const r = analyzeWithAttributions(t, [{ source: 'the chamber', cue: 'said', content: 'Cargo revenue rose 12.5% last year' }]);
    assert.deepStrictEqual(summary(t, r), []);
  });
  it('ignores dates, ordinals, ages and the reporter\'s own scene', () => {
    const t = [
      'The strike began on March 3, the second walkout this year.',
      '',
      'I counted about 300 people at the gate.',
      '',
      'Several hundred people are gathering at the quay.',
      '',
      'A 34-year-old crane driver spoke first.',
      '',
    ].join('\n');
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [])), []);
  });
  it('exempts headlines unless ignoreHeadlines is false', () => {
    const t = '# 5,000 dockworkers strike\n\nThe port is quiet.\n';
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [])), []);
    // As a claim, the headline's figure is also checked against the reference (1,800 joined the
    // strike): number-mismatch reports it, and unsourced-number does not repeat it.
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [], { ignoreHeadlines: false })), ['number-mismatch "5,000"']);
    // With number-mismatch off, the figure is still reported as unsourced.
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [], { ignoreHeadlines: false, rules: { 'number-mismatch': 'off' } })), ['unsourced-number "5,000"']);
  });
});

describe('rules: number-mismatch', () => {
  const text = 'About 2,500 dockworkers joined the strike, the union said.\n';
  const specs: AttrSpec[] = [{ source: 'the union', cue: 'said', content: 'About 2,500 dockworkers joined the strike' }];
  it('flags a figure that differs from the matching fact, with the reference figure as fix', () => {
    const r = analyzeWithAttributions(text, specs);
    assert.deepStrictEqual(summary(text, r), ['number-mismatch "About 2,500"']);
    const f = r.findings[0];
    assert.strictEqual(f.message, 'About 2,500 differs from the reference figure about 1,800 (Mayor Ida Brandt, harbour.ref.txt:3).');
    assert.strictEqual(applyEdits(text, f.fixes[0].edits), 'About 1,800 dockworkers joined the strike, the union said.\n');
    assert.strictEqual(f.fixes[0].kind, 'reference-figure');
  });
  it('accepts a rounded figure', () => {
    const t = 'Cargo revenue rose 12% last year, the chamber said.\n';
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [{ source: 'the chamber', cue: 'said', content: 'Cargo revenue rose 12% last year' }])), []);
  });
  it('a figure that another fact gives for something else is not confirmed by it ("four epidemiologists" for "four deaths")', () => {
    const reference = {
      path: 'outbreak.txt',
      text:
        'The number of confirmed cases in Elwin County has risen to 37, including three deaths, the county health department said.\n\n' +
        'The state health department said it had sent a team of four epidemiologists to help the Elwin County health department track the confirmed cases.\n',
    };
    const t = 'The number of confirmed cases in Elwin County has risen to 37, including four deaths, the county health department said.\n';
    const r = analyze(t, { format: 'plaintext', references: [reference] });
    assert.deepStrictEqual(summary(t, r), ['number-mismatch "four"']);
    assert.ok(r.findings[0].message.startsWith('four differs from the reference figure three'), r.findings[0].message);
  });
  it('compares the figures of public record too ("A jury convicted him on 16 counts", "Shares fell 9%")', () => {
    const reference = {
      path: 'court.txt',
      text: 'A jury convicted Carl Pike in August on 14 counts of theft and forgery, according to court records.\n\nShares in Northwind Shipping fell 6% on Friday, the exchange said.\n',
    };
    const t = 'A jury convicted Carl Pike in August on 16 counts of theft and forgery.\n\nShares in Northwind Shipping fell 9% on Friday.\n';
    const r = analyze(t, { format: 'plaintext', references: [reference] });
    assert.deepStrictEqual(summary(t, r), ['number-mismatch "16"', 'number-mismatch "9%"']);
    // Still no source asked for: the court's and the market's acts are public record.
    assert.deepStrictEqual(summary(t, analyze(t, { format: 'plaintext' })), []);
  });
  describe('the clause that holds the figure, matched on its own', () => {
    const reference = {
      path: 'flood-wire.txt',
      text:
        'The Tamsin River had covered 12,400 acres of farmland by Monday night, the state water agency said.\n\n' +
        'About 900 soldiers are helping with the sandbagging, the governor\'s office said.\n\n' +
        'Half of the county\'s voters back Ruth Nguyen over Al Ortiz, a Gannet County Ledger poll found.\n\n' +
        'Of its 20,150 registered voters, 11,000 live in the valley, county records show.\n',
    };
    const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
    it('flags a figure whose clause restates a reference fact inside a long sentence', () => {
      const t =
        'RIVERBEND - The Tamsin River burst its banks on Sunday and had covered 14,000 acres of farmland by Monday night, the state water agency said, cutting off three villages.\n\n' +
        'More than 1,200 soldiers are helping with the sandbagging, along with 40 volunteers, according to the governor\'s office.\n';
      const r = run(t);
      assert.deepStrictEqual(summary(t, r), ['number-mismatch "14,000 acres"', 'number-mismatch "More than 1,200"']);
      assert.strictEqual(r.findings[0].message, '14,000 acres differs from the reference figure 12,400 acres (the state water agency, flood-wire.txt:1).');
      assert.strictEqual(r.findings[1].message, "More than 1,200 differs from the reference figure about 900 (the governor's office, flood-wire.txt:3).");
      const fix = r.findings[1].fixes.find((f) => f.kind === 'reference-figure')!;
      assert.ok(applyEdits(t, fix.edits).includes('\nAbout 900 soldiers are helping'));
    });
    it('leaves a figure that another source gives, a bare share, and a clause sharing only what it counts', () => {
      const t =
        'Ruth Nguyen leads Al Ortiz by 43 percent, with the rest undecided after a bruising month of debates over the future of the flooded valley.\n\n' +
        'RIVERBEND - The Tamsin River burst its banks on Sunday and had covered 15,000 acres of farmland by Monday night, a county engineer estimated, cutting off three villages.\n\n' +
        'Lark Hollow, a hamlet upstream, has 41 registered voters.\n';
      assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.startsWith('number-mismatch')), []);
    });
  });
  it('can be switched off or given another severity', () => {
    assert.deepStrictEqual(summary(text, analyzeWithAttributions(text, specs, { rules: { 'number-mismatch': 'off' } })), []);
    assert.strictEqual(analyzeWithAttributions(text, specs, { rules: { 'number-mismatch': 'error' } }).findings[0].severity, 'error');
  });
});

describe('rules: number-mismatch, ages and durations', () => {
  const reference = {
    path: 'robbery-wire.txt',
    text:
      'Police on Thursday arrested a 34-year-old man in connection with last week\'s armed robbery of a Main Street jewelry store, the Halvern Police Department said.\n\n' +
      'The robbery at Castellan Jewelers lasted less than four minutes, Police Chief Renata Vukovic said.\n\n' +
      'A former county treasurer was sentenced Monday to six years in prison for stealing public money, the state Attorney General\'s Office said.\n\n' +
      'The siren gave residents about 12 minutes of warning, meteorologist Lena Sorensen said.\n\n' +
      'Treasurer Ida Marsh testified for 11 hours before the Kessling County council on Monday, the council clerk said.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  it('flags an age, a duration and a sentence that differ from the reference, with its figure as the fix', () => {
    const t =
      'Police on Thursday arrested a 36-year-old man in last week\'s armed robbery of a Main Street jewelry store, the Halvern Police Department said.\n\n' +
      'The robbery at Castellan Jewelers lasted less than six minutes, Chief Renata Vukovic said.\n\n' +
      'A former county treasurer was sentenced Monday to eight years in prison for stealing public money.\n\n' +
      'The siren gave residents about 15 minutes of warning, Sorensen said.\n';
    const r = run(t);
    assert.deepStrictEqual(
      summary(t, r).filter((x) => x.startsWith('number-mismatch')),
      ['number-mismatch "36-year-old"', 'number-mismatch "six"', 'number-mismatch "eight"', 'number-mismatch "15"'],
    );
    const mismatches = r.findings.filter((f) => f.rule === 'number-mismatch');
    assert.deepStrictEqual(
      mismatches.map((f) => f.message),
      [
        '36-year-old differs from the reference figure 34-year-old (the Halvern Police Department, robbery-wire.txt:1).',
        'six minutes differs from the reference figure four minutes (Police Chief Renata Vukovic, robbery-wire.txt:3).',
        "eight years differs from the reference figure six years (the state Attorney General's Office, robbery-wire.txt:5).",
        '15 minutes differs from the reference figure 12 minutes (meteorologist Lena Sorensen, robbery-wire.txt:7).',
      ],
    );
    assert.ok(applyEdits(t, mismatches[1].fixes[0].edits).includes('lasted less than four minutes, Chief'));
    assert.ok(applyEdits(t, mismatches[0].fixes[0].edits).startsWith('Police on Thursday arrested a 34-year-old man'));
    assert.ok(mismatches.every((f) => f.fixes[0].kind === 'reference-figure' && f.severity === 'error'));
    // The pair goes with the matched fact, the reference figure placed in its article (the hover marks it).
    const pair = mismatches[2].references[0].differentNumbers[0];
    assert.strictEqual(t.slice(pair.draft.start, pair.draft.end), 'eight');
    assert.strictEqual(reference.text.slice(pair.reference.start, pair.reference.end), 'six');
  });
  it('leaves the same figure, another thing measured, a range, a date and a draft without references', () => {
    const t =
      'The robbery at Castellan Jewelers lasted less than four minutes, Chief Renata Vukovic said.\n\n' +
      'Officers reached Castellan Jewelers within six minutes of the alarm, the chief said.\n\n' +
      'The siren gave residents between 10 and 15 minutes of warning, Sorensen said.\n\n' +
      'Two years ago, a former county treasurer was sentenced to six years in prison for stealing public money.\n\n' +
      // Another span of the same hearing: the words around the two figures share nothing.
      'Treasurer Ida Marsh waited 12 hours to testify before the Kessling County council on Monday.\n';
    assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.startsWith('number-mismatch')), []);
    const other = 'Police on Thursday arrested a 36-year-old man in last week\'s armed robbery of a Main Street jewelry store, the Halvern Police Department said.\n';
    assert.deepStrictEqual(summary(other, analyze(other, { format: 'plaintext' })), []);
  });
  it("compares a person's age with the reference's age of the same person, read from the source too", () => {
    const ref = {
      path: 'court-wire.txt',
      text: 'One of the victims, Agnes Whitfield, 81, told the judge she lost nearly all of her retirement savings.\n',
    };
    const same = 'One of the victims, Agnes Whitfield, 84, told the judge she lost nearly all of her retirement savings.\n';
    const r = analyze(same, { format: 'plaintext', references: [ref] });
    assert.deepStrictEqual(summary(same, r), ['number-mismatch "84"']);
    assert.strictEqual(r.findings[0].message, '84 differs from the reference figure 81 (One of the victims, Agnes Whitfield, 81, court-wire.txt:1).');
    // The pair points at the age in the reference's source, where it stands in the article.
    const pair = r.findings[0].references[0].differentNumbers[0];
    assert.strictEqual(ref.text.slice(pair.reference.start, pair.reference.end), '81');
    // Another person who told the judge the same is no correction of Whitfield's age.
    const other = 'One of the victims, Ruth Amsel, 84, told the judge she lost nearly all of her retirement savings.\n';
    assert.deepStrictEqual(summary(other, analyze(other, { format: 'plaintext', references: [ref] })).filter((x) => x.startsWith('number-mismatch')), []);
  });
  it('compares nothing when either side gives two figures of the kind', () => {
    const t = 'Police on Thursday arrested a 36-year-old man and a 19-year-old woman in last week\'s armed robbery of a Main Street jewelry store, the Halvern Police Department said.\n';
    assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.startsWith('number-mismatch')), []);
  });
});

describe('rules: number-mismatch, days', () => {
  const reference = {
    path: 'budget-wire.txt',
    text:
      'The Hadley Falls school board voted 5-2 on Monday to approve the budget, board president Lena Ortiz said.\n\n' +
      'The plant will close on Feb. 5, company spokeswoman Carla Nystrom said.\n\n' +
      'Officials announced that the plant will close on Monday, the company said.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  const mismatches = (t: string) => summary(t, run(t)).filter((x) => x.startsWith('number-mismatch'));
  it('flags a weekday and a day of the month that differ from the reference, with its day as the fix', () => {
    const t = 'The Hadley Falls school board voted 5-2 on Tuesday to approve the budget, board president Lena Ortiz said.\n';
    const r = run(t);
    assert.deepStrictEqual(mismatches(t), ['number-mismatch "Tuesday"']);
    const f = r.findings.find((x) => x.rule === 'number-mismatch')!;
    assert.strictEqual(f.message, 'Tuesday differs from the reference day, Monday (board president Lena Ortiz, budget-wire.txt:1).');
    assert.strictEqual(applyEdits(t, f.fixes[0].edits), 'The Hadley Falls school board voted 5-2 on Monday to approve the budget, board president Lena Ortiz said.\n');
    assert.strictEqual(f.severity, 'error');
    const date = 'The plant will close on Feb. 6, company spokeswoman Carla Nystrom said.\n';
    assert.deepStrictEqual(mismatches(date), ['number-mismatch "Feb. 6"']);
  });
  it('leaves the same day spelt otherwise, a day of something else, and a day with no word leading to it', () => {
    for (const t of [
      'The plant will close on February 5, company spokeswoman Carla Nystrom said.\n',
      'Officials announced on Tuesday that the plant will close, the company said.\n',
      'On Tuesday, the Hadley Falls school board voted 5-2 to approve the budget, board president Lena Ortiz said.\n',
      'The Hadley Falls school board met Sunday and voted 5-2 on Tuesday to approve the budget, board president Lena Ortiz said.\n',
    ]) {
      assert.deepStrictEqual(mismatches(t), [], t);
    }
  });
  it('leaves a day of someone the reference statement does not name', () => {
    const ref = { path: 'radio.txt', text: 'Widow Dana Pruitt discussed the controversy with radio host Hal Brewer on Thursday, the station said.\n' };
    const t = 'Commentator Lena Voss discussed the controversy with radio host Hal Brewer on Wednesday, the station said.\n';
    assert.deepStrictEqual(summary(t, analyze(t, { format: 'plaintext', references: [ref] })).filter((x) => x.startsWith('number-mismatch')), []);
    // The same sentence about the widow is compared.
    const same = 'Widow Dana Pruitt discussed the controversy with radio host Hal Brewer on Wednesday, the station said.\n';
    assert.deepStrictEqual(summary(same, analyze(same, { format: 'plaintext', references: [ref] })).filter((x) => x.startsWith('number-mismatch')), ['number-mismatch "Wednesday"']);
  });
  it("leaves a day that dates the reference's source, not its statement", () => {
    const ref = { path: 'poll.txt', text: 'Hillary Clinton has taken a commanding lead in the race, according to a New York Times/CBS News survey released on Thursday.\n' };
    const t = 'New polls released Sunday showed Hillary Clinton taking a commanding lead in the race, according to a New York Times/CBS News survey.\n';
    assert.deepStrictEqual(summary(t, analyze(t, { format: 'plaintext', references: [ref] })).filter((x) => x.startsWith('number-mismatch')), []);
  });
});

describe('rules: source-mismatch', () => {
  const reference = {
    path: 'transfer.txt',
    text:
      'Sporting Aldeira president Rui Fontes said the deal was worth 18 million euros including add-ons.\n\n' +
      'The club will pay 4.2 million euros a year in wages, chief executive Dana Okafor said.\n\n' +
      'The stadium will seat 41,000 fans, the club said.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  it('flags a figure credited to another person than the reference gives it to', () => {
    const t = 'The club named Dana Okafor chief executive in 2019.\n\nOkafor said the deal was worth 18 million euros including add-ons.\n';
    const r = run(t);
    assert.deepStrictEqual(summary(t, r).filter((x) => x.startsWith('source-mismatch')), ['source-mismatch "18 million euros"']);
    assert.strictEqual(r.findings[0].message, '18 million euros is credited to Okafor; the reference article gives it to Sporting Aldeira president Rui Fontes (transfer.txt:1).');
    assert.strictEqual(r.findings[0].severity, 'warning');
  });
  it('leaves the right person, an organisation, a sentence naming both, and the rule switched off', () => {
    const t =
      'Fontes said the deal was worth 18 million euros including add-ons.\n\n' +
      'The club will pay 4.2 million euros a year in wages, Sporting Aldeira said.\n\n' +
      'Okafor said the deal was worth 18 million euros, a figure Fontes confirmed.\n';
    assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.startsWith('source-mismatch')), []);
    const wrong = 'The club named Dana Okafor chief executive in 2019.\n\nOkafor said the deal was worth 18 million euros including add-ons.\n';
    assert.deepStrictEqual(summary(wrong, analyze(wrong, { format: 'plaintext', references: [reference], rules: { 'source-mismatch': 'off' } })).filter((x) => x.startsWith('source-mismatch')), []);
    // A vague quantity two people may both use is no figure to credit.
    const vague = 'The club named Dana Okafor chief executive in 2019.\n\nOkafor said millions of fans had waited years for the stadium deal to be signed.\n';
    const vagueRef = { path: 'fans.txt', text: 'Club president Rui Fontes said millions of fans had waited years for the stadium deal to be signed.\n' };
    assert.deepStrictEqual(summary(vague, analyze(vague, { format: 'plaintext', references: [vagueRef] })).filter((x) => x.startsWith('source-mismatch')), []);
    // A surname the draft never gives a given name may be an organisation's: no finding.
    const bare = 'Okafor said the deal was worth 18 million euros including add-ons.\n';
    assert.deepStrictEqual(summary(bare, run(bare)).filter((x) => x.startsWith('source-mismatch')), []);
  });
});

describe('rules: source-mismatch, organisations', () => {
  const reference = {
    path: 'robbery.txt',
    text:
      "Fitch faces charges of armed robbery and weapons possession, according to the Marlow County District Attorney's Office.\n\n" +
      'A clerk who was in the store at the time was treated for shock and released, according to the Halvern Fire Department.\n\n' +
      'The robber took 187 pieces of jewelry worth $212,400, police spokesman Sgt. Owen Bracci said.\n\n' +
      'Between 130 and 160 golf courses are closing every 12 months, said Frank Coleman, the group\'s senior vice president.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  it('flags a statement credited to another organisation than the reference names, with a fix that credits it', () => {
    const t = 'Fitch faces charges of armed robbery and weapons possession, according to the Halvern Police Department.\n';
    const r = run(t);
    assert.deepStrictEqual(summary(t, r), ['source-mismatch "the Halvern Police Department"']);
    assert.strictEqual(
      r.findings[0].message,
      "This is credited to the Halvern Police Department; the reference article attributes it to the Marlow County District Attorney's Office (robbery.txt:1).",
    );
    const fix = r.findings[0].fixes[0];
    assert.strictEqual(fix.kind, 'reference-source');
    assert.strictEqual(fix.preferred, false);
    assert.strictEqual(
      applyEdits(t, fix.edits),
      "Fitch faces charges of armed robbery and weapons possession, according to the Marlow County District Attorney's Office.\n",
    );
  });
  it('leaves one body under two names, a generic name, a person and the right organisation alone', () => {
    for (const t of [
      'Between 130 and 160 golf courses are closing every 12 months, the Tessaly Foundation said.\n',
      'A clerk who was in the store at the time was treated for shock and released, according to the fire department.\n',
      'A clerk who was in the store at the time was treated for shock and released, the department said.\n',
      'A clerk who was in the store at the time was treated for shock and released, Chief Dana Moss said.\n',
      "Fitch faces charges of armed robbery and weapons possession, the district attorney's office said.\n",
      'The robber took 187 pieces of jewelry worth $212,400, according to the Halvern Police Department.\n',
      // A body named by its kind alone, against a person described after the name.
      'A clerk who was in the store at the time was treated for shock and released, the foundation said.\n',
    ]) {
      assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.startsWith('source-mismatch')), [], t);
    }
  });
});

describe('rules: source-mismatch, a body against a person described by another', () => {
  const reference = {
    path: 'treasurer.txt',
    text:
      'Kessling County has recovered about $600,000 so far, county administrator Joan Pereira said.\n\n' +
      'The Linwood Transit Authority has estimated the Eastside line would cost $58 million, city spokesman Ben Kowalczyk said.\n\n' +
      'The county will seek the rest of the money through a civil lawsuit, Mayor Ida Brandt said.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  it('flags a statement credited to a body when the reference gives it to an officer of another kind of body', () => {
    const t = "Kessling County has recovered about $600,000 so far, according to the state Auditor's Office.\n";
    const r = run(t);
    assert.deepStrictEqual(summary(t, r), ['source-mismatch "the state Auditor\'s Office"']);
    assert.strictEqual(r.findings[0].message, "This is credited to the state Auditor's Office; the reference article attributes it to county administrator Joan Pereira (treasurer.txt:1).");
    assert.strictEqual(applyEdits(t, r.findings[0].fixes[0].edits), 'Kessling County has recovered about $600,000 so far, according to county administrator Joan Pereira.\n');
  });
  it("flags a sheriff's office for a fire marshal's finding", () => {
    const ref = { path: 'fire.txt', text: 'Investigators believe the fire started in a space heater in an upstairs bedroom, deputy fire marshal Curtis Amberley said.\n' };
    const t = "Investigators believe the fire started in a space heater in an upstairs bedroom, the Ostrander County Sheriff's Office said.\n";
    assert.deepStrictEqual(summary(t, analyze(t, { format: 'plaintext', references: [ref] })), ['source-mismatch "the Ostrander County Sheriff\'s Office"']);
  });
  it('reads a capitalised description before a given name as a person, not a body ("Parent Anna Reyes")', () => {
    const ref = { path: 'board.txt', text: 'Parent Thomas Beckwith, 44, told the board he moved to the district for its music program.\n' };
    const t = 'Parent Anna Reyes, 46, told the board she moved to the district for its music program.\n';
    assert.deepStrictEqual(summary(t, analyze(t, { format: 'plaintext', references: [ref] })), []);
  });
  it('leaves a body of the kind the officer serves, one the statement names, and an officer of no named kind', () => {
    for (const t of [
      "Kessling County has recovered about $600,000 so far, according to the Kessling County Treasurer's Office.\n",
      'The Eastside line would cost an estimated $58 million, according to the Linwood Transit Authority.\n',
      "The county will seek the rest of the money through a civil lawsuit, the county attorney's office said.\n",
    ]) {
      assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.startsWith('source-mismatch')), [], t);
    }
  });
});

describe('rules: source-mismatch, a reference body named by its kind alone', () => {
  const reference = {
    path: 'layoffs.txt',
    text:
      'The company filed a layoff notice with the state Department of Labor on Wednesday, according to the department.\n\n' +
      'The Bramwell Fire Department gives away free smoke detectors to residents who request them, department spokeswoman Alicia Brandt said.\n\n' +
      "The scheme came to light when a bank flagged a suspicious transfer and alerted the Carroway County Sheriff's Office, Detective Lamar Quinones said.\n\n" +
      'The Health Department and the Fire Department inspected the building on Monday, department spokeswoman Alicia Brandt said.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  const mismatches = (t: string) => summary(t, run(t)).filter((x) => x.startsWith('source-mismatch'));
  it('reads "according to the department" as the one department its statement names, and credits that body in the fix', () => {
    const t = 'The company filed a layoff notice with the state Department of Labor on Wednesday, according to the Tremont County Economic Development Corporation.\n';
    const r = run(t);
    assert.deepStrictEqual(mismatches(t), ['source-mismatch "the Tremont County Economic Development Corporation"']);
    const f = r.findings.find((x) => x.rule === 'source-mismatch')!;
    assert.strictEqual(
      f.message,
      'This is credited to the Tremont County Economic Development Corporation; the reference article attributes it to the department, the state Department of Labor (layoffs.txt:1).',
    );
    assert.strictEqual(applyEdits(t, f.fixes[0].edits), 'The company filed a layoff notice with the state Department of Labor on Wednesday, according to the state Department of Labor.\n');
  });
  it('reads "department spokeswoman" as a spokeswoman of the department her statement names', () => {
    const t = 'The Bramwell Fire Department gives away free smoke detectors to residents who request them, according to the Ostrander County Health Department.\n';
    assert.deepStrictEqual(mismatches(t), ['source-mismatch "the Ostrander County Health Department"']);
  });
  it("reads a detective as the police's or a sheriff's", () => {
    const t = "The scheme came to light when a bank flagged a suspicious transfer and alerted the Carroway County Sheriff's Office, according to the state Attorney General's Office.\n";
    assert.deepStrictEqual(mismatches(t), ['source-mismatch "the state Attorney General\'s Office"']);
  });
  it('leaves the body itself under another name, a police department for a detective, and a statement naming two departments', () => {
    for (const t of [
      'The company filed a layoff notice with the state Department of Labor on Wednesday, according to the Labor Department.\n',
      'The company filed a layoff notice with the state Department of Labor on Wednesday, the state Department of Labor said.\n',
      'The Bramwell Fire Department gives away free smoke detectors to residents who request them, the Bramwell Fire Department said.\n',
      "The scheme came to light when a bank flagged a suspicious transfer and alerted the Carroway County Sheriff's Office, according to the Halvern Police Department.\n",
      'The Health Department and the Fire Department inspected the building on Monday, according to the Ostrander County Health Department.\n',
    ]) {
      assert.deepStrictEqual(mismatches(t), [], t);
    }
  });
});

describe('rules: vague-source', () => {
  it('flags a charge in the passive with no one behind it ("was accused of", "was identified"), not one that names its agent', () => {
    const t =
      'Darnell Fitch was accused of stealing $600,000 from the county.\n\n' +
      'The suspect, Darnell Fitch, was identified from surveillance footage and a partial licence plate.\n\n' +
      'Peacekeepers have been blamed for introducing cholera to the island.\n\n' +
      'Fitch was accused by prosecutors of stealing $600,000 from the county.\n\n' +
      'Darnell Fitch was identified by police as the suspect.\n\n' +
      // What follows "as" is who they are, not who identified them.
      'The man was identified as Harold Okafor.\n';
    assert.deepStrictEqual(summary(t, analyze(t, { format: 'plaintext' })), [
      'vague-source "was accused of"',
      'vague-source "was identified"',
      'vague-source "have been blamed for"',
      'vague-source "was identified"',
    ]);
  });
  const text = 'Officials said 412 ships docked at Port Elwin last year.\n';
  const specs: AttrSpec[] = [{ source: 'Officials', cue: 'said', content: '412 ships docked at Port Elwin last year', vague: true }];
  it('flags the vague phrase and names the source the reference gives', () => {
    const r = analyzeWithAttributions(text, specs);
    assert.deepStrictEqual(summary(text, r), ['vague-source "Officials said"']);
    assert.strictEqual(r.findings[0].message, 'Vague source "Officials said": name the person or organisation. The reference article names the harbour authority (harbour.ref.txt:1).');
    assert.strictEqual(r.claims[0].status, 'vague');
  });
  it('covers a long source right after its cue, and quotes it in the message', () => {
    const t = 'At least 112 houses burned, according to a preliminary damage inspection by fire officials.\n';
    const r = analyze(t, { format: 'plaintext' });
    assert.deepStrictEqual(summary(t, r), ['vague-source "according to a preliminary damage inspection by fire officials"']);
    assert.ok(r.findings[0].message.startsWith('Vague source "according to a preliminary damage inspection by fire officials": '), r.findings[0].message);
  });
  it('trusts listed sources', () => {
    assert.deepStrictEqual(summary(text, analyzeWithAttributions(text, specs, { trustedSources: ['officials'] })), []);
  });
  it('reads a common kind of body opening the sentence as no name ("Company officials"), an institution as one', () => {
    const vague = (t: string) => analyze(t, { format: 'plaintext' }).findings.some((f) => f.rule === 'vague-source');
    assert.ok(vague('Company officials said sales would reach $3.4 billion.\n'));
    assert.ok(vague('Union officials said 300 members would strike.\n'));
    assert.ok(!vague('Pentagon officials said 300 troops would deploy.\n'));
  });
  it('reads a nationality, a party or a place in front of a vague head as no name', () => {
    const vague = (source: string) => {
      const t = `${source} said the guard had detained more than 400 migrants.\n`;
      return analyze(t, { format: 'plaintext' }).findings.some((f) => f.rule === 'vague-source');
    };
    for (const s of ['Mexican officials', 'Chinese diplomats', 'Democratic officials', 'Officials in Mexico', 'Insurers']) assert.ok(vague(s), s);
    for (const s of ['Pentagon officials', 'Vatican officials', 'FBI officials', 'Officials in the Interior Ministry', 'Mexican President Ana Ruiz']) assert.ok(!vague(s), s);
  });
  it('leaves the formula for what no one has reported alone ("No injuries were reported.")', () => {
    const rules = (t: string) => analyze(t, { format: 'plaintext' }).findings.map((f) => f.rule);
    assert.deepStrictEqual(rules('No deaths have been reported.\n'), []);
    assert.deepStrictEqual(rules('The fire spread fast, police said. No one was reported hurt.\n'), []);
    assert.deepStrictEqual(rules('Three deaths have been reported.\n'), ['vague-source']);
  });
  it('asks who expects an estimate given in the passive with no one behind it', () => {
    const t = 'The new berth is expected to cost $96 million.\n';
    const r = analyze(t, { format: 'plaintext' });
    assert.deepStrictEqual(summary(t, r), ['vague-source "is expected"']);
    assert.strictEqual(r.claims[0].status, 'vague');
    // A named source in the sentence speaks for the estimate.
    const named = 'The new berth is expected to cost $96 million, the harbour authority said.\n';
    assert.deepStrictEqual(summary(named, analyze(named, { format: 'plaintext' })), []);
  });
});

describe('rules: unattributed-quote', () => {
  it('flags a quote with no speaker, and not one with a speaker', () => {
    const t = 'The quay was silent.\n\n"We will stay out until the contracts are signed."\n\n"Nobody is going back to work today," Brandt said.\n';
    const r = analyzeWithAttributions(t, [{ source: 'Brandt', cue: 'said', content: '"Nobody is going back to work today,"', kind: 'direct-quote' }]);
    assert.deepStrictEqual(summary(t, r), ['unattributed-quote "\\"We will stay out until the contracts are signed.\\""']);
    const suffix = r.findings[0].fixes.find((f) => f.kind === 'placeholder')!;
    assert.strictEqual(applyEdits(t, suffix.edits).split('\n')[2], '"We will stay out until the contracts are signed," according to [source].');
  });
  it('leaves the figures inside an unattributed quote to the quote finding', () => {
    const t = '"Yesterday, there were 40 ships waiting at the quay."\n';
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [])).map((x) => x.split(' ')[0]), ['unattributed-quote']);
  });

  it('carries the speaker of "X said:" into the quote that follows', () => {
    const t = 'Brandt said: "Nobody is going back to work today, and nobody will go back tomorrow."\n';
    const r = analyzeWithAttributions(t, [{ source: 'Brandt', cue: 'said', content: null }]);
    assert.deepStrictEqual(summary(t, r), []);
  });
});

describe('rules: unattributed-claim', () => {
  it('flags an event involving a named person with no attribution', () => {
    const t = 'Harbour director Tom Okafor resigned on Monday.\n';
    const r = analyzeWithAttributions(t, []);
    assert.deepStrictEqual(summary(t, r), ['unattributed-claim "Harbour director Tom Okafor resigned on Monday."']);
    assert.ok(r.findings[0].fixes.some((f) => f.kind === 'placeholder'));
  });
  it('leaves background about places alone', () => {
    const t = 'Municipal elections were held in Belarus in March.\n';
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [])), []);
  });
  it('does not repeat a sentence already flagged for its number', () => {
    const t = 'Tom Okafor waved, and 40 ships left.\n';
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [])), ['unsourced-number "40"']);
    assert.deepStrictEqual(summary(t, analyzeWithAttributions(t, [], { rules: { 'unsourced-number': 'off' } })), [
      'unattributed-claim "Tom Okafor waved, and 40 ships left."',
    ]);
  });
});

describe('rules: unattributed-claim, a reference statement restated without its source', () => {
  const reference = {
    path: 'fire.txt',
    text:
      'Investigators have identified the cause of the fire as faulty wiring in the loading bay, Fire Chief Alan Pike said on Monday.\n\n' +
      'No employees will be laid off, company spokeswoman Dana Reyes said.\n\n' +
      'Officials said the warehouse would be demolished within weeks.\n',
  };
  const run = (t: string, refs = [reference]) => analyze(t, { format: 'plaintext', references: refs });
  it('flags it, names the source, and fix-all writes the source in', () => {
    const t = 'Investigators have identified faulty wiring in the loading bay as the cause of the fire.\n\nNo employees will be laid off.\n';
    const r = run(t);
    assert.deepStrictEqual(summary(t, r), [
      'unattributed-claim "Investigators have identified faulty wiring in the loading bay as the cause of the fire."',
      'unattributed-claim "No employees will be laid off."',
    ]);
    assert.strictEqual(r.findings[1].message, 'No attribution for this claim. The reference article attributes it to company spokeswoman Dana Reyes (fire.txt:3).');
    assert.deepStrictEqual(r.claims.map((c) => c.kinds), [['restatement'], ['restatement']]);
    assert.strictEqual(
      fixAll(t, { format: 'plaintext', references: [reference] }),
      'Investigators have identified faulty wiring in the loading bay as the cause of the fire, Fire Chief Alan Pike said.\n\nNo employees will be laid off, company spokeswoman Dana Reyes said.\n',
    );
  });
  it('leaves it alone without references, when the draft sources it, when it only shares a few words, and for a vague reference source', () => {
    const t = 'No employees will be laid off.\n';
    assert.deepStrictEqual(summary(t, analyze(t, { format: 'plaintext' })), []);
    assert.deepStrictEqual(analyze(t, { format: 'plaintext' }).claims, []);
    const sourced = 'No employees will be laid off, the company said.\n';
    assert.deepStrictEqual(summary(sourced, run(sourced)), []);
    const loose = 'Several employees of the loading bay were on holiday that week.\n';
    assert.deepStrictEqual(summary(loose, run(loose)), []);
    const vague = 'The warehouse will be demolished within weeks.\n';
    assert.deepStrictEqual(summary(vague, run(vague)), []);
    assert.deepStrictEqual(run(vague).claims, []);
  });
  it('names the reference\'s source for a vague one', () => {
    const t = 'Officials said no employees will be laid off.\n';
    const r = run(t);
    assert.deepStrictEqual(summary(t, r), ['vague-source "Officials said"']);
    assert.strictEqual(
      r.findings[0].message,
      'Vague source "Officials said": name the person or organisation. The reference article names company spokeswoman Dana Reyes (fire.txt:3).',
    );
  });
  it('leaves a lede that the draft sources further down', () => {
    const t = 'No employees will be laid off.\n\nNo employees will be laid off, company spokeswoman Dana Reyes said on Tuesday.\n';
    assert.deepStrictEqual(summary(t, run(t)), []);
  });
  it('leaves a quote run-on, a question and a sentence opening with a quote mark alone', () => {
    const t = '"We are shocked," Reyes said. "No employees will be laid off.\n\nWill no employees be laid off?\n\n\'\'No employees will be laid off.\n';
    assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.includes('laid off')), []);
  });
});

describe('rules: unattributed-claim, a stance the reference credits to someone', () => {
  const reference = {
    path: 'board.txt',
    text:
      'The district also plans to close the Maple Street annex building, which has been used for storage and offices, Superintendent Raymond Tillinghast said.\n\n' +
      'Mayor Ida Brandt said the annex would be sold to the city, the Pinecrest Gazette reported.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  it("flags a sentence whose own cue ('plans') lies inside what the reference credits to a named source", () => {
    const t = 'The district also plans to close the Maple Street annex building, which has been used for storage and offices.\n';
    const r = run(t);
    assert.deepStrictEqual(summary(t, r), [`unattributed-claim ${JSON.stringify(t.trim())}`]);
    assert.ok(r.findings[0].message.includes('Superintendent Raymond Tillinghast'), r.findings[0].message);
  });
  it('leaves a speech cue of its own, and the sentence with the credit kept', () => {
    for (const t of [
      'Mayor Ida Brandt said the annex would be sold to the city.\n',
      'The district also plans to close the Maple Street annex building, which has been used for storage and offices, Superintendent Raymond Tillinghast said.\n',
    ]) {
      assert.deepStrictEqual(summary(t, run(t)).filter((x) => x.startsWith('unattributed-claim')), [], t);
    }
  });
});

describe('rules: settings', () => {
  it('falls back to the default on a malformed severity, with a notice', () => {
    const t = 'Ticket sales fell 40% in the spring.\n';
    const r = analyzeWithAttributions(t, [], { rules: { 'unsourced-number': 'loud' as never } });
    assert.strictEqual(r.findings[0].severity, 'warning');
    assert.ok(r.notices.some((n) => n.includes('unsourced-number')));
  });
});

describe('rules: a related fact is a lead, not a source', () => {
  const t = [
    '# Strike talks stall',
    '',
    'The Port Halvern Authority said Tuesday that cargo volumes fell 12% in the first week of the strike.',
    '',
    'The last strike at Port Halvern, in 2002, lasted 11 days.',
    '',
    'Crime in Harwick has doubled since Mayor Pryce took office, council candidate Derek Lomax said.',
    '',
    'Reported crime in Harwick has not doubled.',
    '',
    'Cargo volumes fell 12% in the first week, officials said.',
    '',
  ].join('\n');
  const r = analyze(t, { format: 'markdown' });
  const on = (sentence: string) => r.findings.find((f) => t.slice(f.sentence.start, f.sentence.end).startsWith(sentence))!;

  it('offers a fact that shares a few words, but neither says it reports the claim nor lets fix-all write it in', () => {
    const f = on('The last strike');
    assert.strictEqual(f.message, 'No attribution for this claim. A related statement (line 3 of this draft) is attributed to the Port Halvern Authority; check that it covers this claim.');
    assert.ok(f.fixes.some((x) => x.kind === 'attribute-suffix'));
    assert.deepStrictEqual(f.fixes.filter((x) => x.preferred), []);
  });

  it('never offers a fact that says the opposite', () => {
    const f = on('Reported crime');
    assert.strictEqual(f.message, 'No attribution for this claim. Say who reported it, or add the reference article it came from.');
    assert.deepStrictEqual(f.fixes.map((x) => x.kind), ['placeholder']);
  });

  it('points a vague source to the named one in the draft, calling it the draft\'s', () => {
    const vague = r.findings.find((f) => f.rule === 'vague-source')!;
    assert.strictEqual(vague.message, 'Vague source "officials said": name the person or organisation. This draft names the Port Halvern Authority (line 3 of this draft).');
  });
});
