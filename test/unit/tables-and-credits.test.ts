import * as assert from 'assert';
import { analyze } from '../../src/engine';

/** Each flagged line's text with the rule, in order (vague-source included). */
function flags(text: string): string[] {
  const r = analyze(text, { format: 'markdown' });
  const lineOf = (offset: number): string => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const end = text.indexOf('\n', offset);
    return text.slice(start, end < 0 ? text.length : end);
  };
  return r.findings.map((f) => `${f.rule}: ${lineOf(f.start)}`);
}

const TABLE = '| Berth | Ships idle |\n|---|---|\n| North | 14 |\n| South | 26 |\n';

describe('tables and credit lines', () => {
  it('reads a table header as column labels, not a claim, and flags each figure of an unsourced table', () => {
    const table = '| Berth | Ships stranded | Crews evacuated |\n|---|---|---|\n| North | 14 | 3 |\n';
    assert.deepStrictEqual(flags(`Idle ships by berth.\n\n${table}`), ['unsourced-number: | North | 14 | 3 |', 'unsourced-number: | North | 14 | 3 |']);
  });

  it('a credit line under a table sources all its rows, and is a named source, not a vague one', () => {
    const text = `${TABLE}\nSource: Port of Lakeside\n`;
    assert.deepStrictEqual(flags(text), []);
    const credit = analyze(text, { format: 'markdown' }).attributions.find((a) => a.cue.text === 'Source:');
    assert.ok(credit);
    assert.strictEqual(credit.source?.text, 'Port of Lakeside');
    assert.strictEqual(credit.content, null);
  });

  it('a credit line under a list sources its items; several sources may be listed', () => {
    const text = '- 14 ships idle at North berth\n- 26 ships idle at South berth\n\nSources: Port of Lakeside; Harbour Gazette.\n';
    assert.deepStrictEqual(flags(text), []);
  });

  it('a credit line above a table sources the table, and nothing after it', () => {
    const text = `Source: Port of Lakeside\n\n${TABLE}\nThe Lakeside Shipping Company cut 40 jobs.\n`;
    assert.deepStrictEqual(flags(text), ['unsourced-number: The Lakeside Shipping Company cut 40 jobs.']);
  });

  it('a credit line sources only the paragraph, table or list right above it', () => {
    const text = `${TABLE}\nThe Lakeside Shipping Company cut 40 jobs.\n\nSource: Port of Lakeside\n`;
    assert.deepStrictEqual(flags(text), ['unsourced-number: | North | 14 |', 'unsourced-number: | South | 26 |']);
  });

  it('a credit line under a paragraph, or on its last line, sources that paragraph and nothing else', () => {
    const para = 'Imports fell 12% in October. Exports rose 3% in the same month.';
    const after = 'The strike began on Monday, and 300 dockers joined it.';
    for (const credit of ['Source: Lakeside Port Authority', '*Source: Lakeside Port Authority*', '_Sources: Lakeside Port Authority; Harbour Survey._']) {
      assert.deepStrictEqual(flags(`${para}\n\n${credit}\n\n${after}\n`), [`unsourced-number: ${after}`], credit);
      assert.deepStrictEqual(flags(`${para}\n${credit}\n\n${after}\n`), [`unsourced-number: ${after}`], credit);
    }
    // On the same line it is a sentence among others, not a credit line; under a heading it credits nothing.
    assert.deepStrictEqual(flags(`${after} Source: Lakeside Port Authority\n`).length, 1);
    assert.deepStrictEqual(flags(`${para}\n\n## Exports\n\nSource: Lakeside Port Authority\n`), [
      `unsourced-number: ${para}`,
      `unsourced-number: ${para}`,
    ]);
  });

  it('a credit line in emphasis is a credit line, not a vague speaker "Source"', () => {
    const r = analyze('*Source: Lakeside Port Authority*\n', { format: 'markdown' });
    assert.deepStrictEqual(r.attributions.map((a) => [a.cue.text, a.source?.text]), [['Source:', 'Lakeside Port Authority']]);
    assert.deepStrictEqual(r.findings, []);
  });

  it('a lead-in naming its source speaks for the table after it', () => {
    assert.deepStrictEqual(flags(`Idle ships by berth, according to the Port of Lakeside:\n\n${TABLE}`), []);
  });

  it('a table row\'s quick fix is a credit line under the table in Markdown only (in plain text it would not reach the rows)', () => {
    const text = `Idle ships by berth.\n\n${TABLE}`;
    const kinds = (format: 'markdown' | 'plaintext') =>
      analyze(text, { format }).findings.flatMap((f) => f.fixes.filter((x) => x.kind !== 'ignore-line').map((x) => x.title));
    assert.deepStrictEqual(kinds('markdown'), ['Add a credit line under the table: "Source: [source]"', 'Add a credit line under the table: "Source: [source]"']);
    assert.deepStrictEqual(kinds('plaintext'), []);
  });

  it('"Figures from X", "Data from X" and a credit in parentheses are credit lines; "Data from X show ..." is a sentence', () => {
    assert.deepStrictEqual(flags('- About 40% of imports pass through the port.\n- The port employs 6,500 people.\n\n*Figures from the Port of Lakeside\'s 2025 annual report.*\n'), []);
    assert.deepStrictEqual(flags(`${TABLE}\nData from the Port Authority\n`), []);
    assert.deepStrictEqual(flags(`${TABLE}\n(Source: Port Authority)\n`), []);
    assert.deepStrictEqual(flags('Imports fell 12% in October.\n\nData from the census show growth of 4% a year.\n'), [
      'unsourced-number: Imports fell 12% in October.',
    ]);
  });

  it('a label before figures is no credit line ("Figures: 14, 26")', () => {
    const r = analyze('Figures: 14, 26, 40.\n', { format: 'markdown' });
    assert.ok(!r.attributions.some((a) => a.cue.text === 'Figures:'));
    assert.ok(r.findings.some((f) => f.rule === 'unsourced-number'));
  });

  it('a credit line may end with the graphic\'s own credits, and a note may stand between the table and it', () => {
    assert.deepStrictEqual(flags(`${TABLE}\nSource: Port of Lakeside. Graphic by Ana Ruiz\n`), []);
    assert.deepStrictEqual(flags(`${TABLE}\nSource: Port of Lakeside. Chart: The Ledger\n`), []);
    assert.deepStrictEqual(flags(`${TABLE}\nNote: Figures are provisional.\n\nSource: Port of Lakeside\n`), []);
    // Another sentence on the line is no credit, and a paragraph that is no note ends the table's run.
    assert.strictEqual(flags(`${TABLE}\nSource: Port of Lakeside. The port cut 40 jobs.\n`).length, 3);
    assert.deepStrictEqual(flags(`${TABLE}\nThe port was quiet.\n\nSource: Port of Lakeside\n`), ['unsourced-number: | North | 14 |', 'unsourced-number: | South | 26 |']);
  });

  it('a box listing many sources is a credit line, not a vague speaker "Sources"', () => {
    const box = '*Sources: Harwick Police Department annual crime reports, 2021-2024; campaign video by Derek Lomax, Oct. 14; email from Rita Osei, Nov. 3; interview with Hana Takeda, Nov. 4; Harwick city budget, FY2023.*\n';
    assert.deepStrictEqual(flags(box), []);
    const credit = analyze(box, { format: 'markdown' }).attributions.find((a) => a.cue.text === 'Sources:');
    assert.ok(credit && !credit.vague && credit.source?.text.startsWith('Harwick Police Department'));
  });

  it('a credit line naming no one is a vague source, and a sentence is no credit line', () => {
    assert.deepStrictEqual(flags(`${TABLE}\nSource: officials\n`), ['vague-source: Source: officials']);
    assert.deepStrictEqual(flags(`${TABLE}\nSource: the port said it had 40 idle ships.\n`).slice(0, 2), [
      'unsourced-number: | North | 14 |',
      'unsourced-number: | South | 26 |',
    ]);
  });
});
