// Sources cited the way online and data copy cites them: "per X", a parenthesis at the sentence's
// end, "..., census data show.", a link, a reference link, a footnote, a bare web address. Each was
// an unsourced-number or unattributed-claim false alarm on well-sourced copy; each look-alike that
// cites nothing ("per capita", "(Calif.)", a link to an anchor, an image) still leaves the flag.
import * as assert from 'assert';
import { analyze } from '../../src/engine/analyze';
import { findAttributions } from '../../src/engine/attribution';
import { segment } from '../../src/engine/segment';

const flags = (text: string, format: 'plaintext' | 'markdown' = 'plaintext'): string[] =>
  analyze(text, { format }).findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);

function spans(text: string): Array<[string, string, string]> {
  return findAttributions(text, segment(text, 'plaintext')).map((a) => [a.cue.text, a.source?.text ?? '', a.content?.text ?? '']);
}

describe('cited sources', () => {
  describe('"per" as a credit', () => {
    for (const text of [
      "Per the agency's own figures, buses carried 41 million riders last year.",
      'The plan, per a spokesperson for the mayor, would add 120 buses by 2028.',
      'She sold the company for $40 million in 2019, per CTV News.',
      'Sales jumped 22%, per company filings.',
      'Two officers were injured, per police.',
    ]) {
      it(`sources "${text.slice(0, 45)}"`, () => assert.deepStrictEqual(flags(text), []));
    }

    it('takes the source and the content around "per"', () => {
      assert.deepStrictEqual(spans("Per the agency's own figures, buses carried 41 million riders last year."), [
        ['Per', "the agency's own figures", 'buses carried 41 million riders last year'],
      ]);
      assert.deepStrictEqual(spans('Sales jumped 22%, per company filings.'), [['per', 'company filings', 'Sales jumped 22%']]);
    });

    it('a unit or a fixed phrase is no credit', () => {
      assert.deepStrictEqual(flags('Per capita income rose 3% in the county.'), ['unsourced-number 3%']);
      assert.deepStrictEqual(flags('The tax is $5 per gallon, up from $4.'), ['unsourced-number $5', 'unsourced-number $4']);
      assert.deepStrictEqual(flags('Unemployment rose to 9 per cent, up from 7 per cent.'), ['unsourced-number 9 per cent', 'unsourced-number 7 per cent']);
    });
  });

  describe('a parenthesis that cites', () => {
    for (const text of [
      'Average commute times rose by 6 minutes between 2015 and 2022 (Census Bureau, American Community Survey).',
      'Emissions fell 4% last year (Source: Environment Agency).',
      'Global temperatures have risen by 1.1 degrees since 1900 (WMO, 2023).',
      'Unemployment fell to 3.9% in October. (Source: Bureau of Labor Statistics)',
    ]) {
      it(`sources "${text.slice(0, 45)}"`, () => assert.deepStrictEqual(flags(text), []));
    }

    it('names what is inside as the source', () => {
      assert.deepStrictEqual(spans('Emissions fell 4% last year (Source: Environment Agency).'), [['Source:', 'Environment Agency', 'Emissions fell 4% last year']]);
      assert.deepStrictEqual(spans('Emissions fell 4% last year (Environment Agency, 2024).'), [['(', 'Environment Agency, 2024', 'Emissions fell 4% last year']]);
    });

    it('an aside is no citation: a state, a party, an acronym, a publisher, a list of names, a measure', () => {
      for (const text of [
        'Turnout in the county was 48% (Calif.).',
        'Turnout in the district was 48% (D-Nev.).',
        'The pact covers 40% of world trade under the Trans-Pacific Partnership (TPP).',
        "She sold 40,000 copies of her book ''Strangers No More'' (Princeton University Press).",
        'Crime fell 7% in one year (Sanders, Clinton or Trump).',
        'Inflation was 3.2% in October (CPI).',
        'Unemployment fell to 3.9% in October (BLS).',
      ]) {
        assert.strictEqual(flags(text).filter((f) => f.startsWith('unsourced-number')).length, 1, text);
      }
    });
  });

  describe('evidence named last, and filings that state', () => {
    it('"..., census data show." and "..., records show." source the sentence', () => {
      assert.deepStrictEqual(flags("The city's population grew by 4% last decade, census data show."), []);
      assert.deepStrictEqual(flags('The agency spent $3.4 million on consultants in 2023, campaign and corporate records show.'), []);
      assert.deepStrictEqual(spans("The city's population grew by 4% last decade, census data show."), [
        ['show', 'census data', "The city's population grew by 4% last decade"],
      ]);
    });

    it('"Court filings state that ..." sources its figure', () => {
      assert.deepStrictEqual(flags('Court filings state that the contractor was paid $12 million for work it never finished.'), []);
    });

    it('"state" is a verb of evidence only before "that" or a colon', () => {
      assert.deepStrictEqual(spans("Only one poll of the state's voters had been conducted before the primary."), []);
      assert.deepStrictEqual(spans('Court filings state that the contractor was paid $12 million.'), [['state', 'Court filings', 'that the contractor was paid $12 million']]);
    });

    it('a clause that only ends in a verb of showing is no credit', () => {
      assert.deepStrictEqual(flags('Sales rose 9%, and the shares show it.'), ['unsourced-number 9%']);
    });
  });

  describe('links and footnotes (Markdown)', () => {
    it('a link in the sentence sources it', () => {
      assert.deepStrictEqual(flags('Unemployment in the region fell to 3.9% [last month](https://example.gov/bls).\n', 'markdown'), []);
      assert.deepStrictEqual(flags('Ridership fell 18% ([Metro Transit annual report](https://example.org/report.pdf)).\n', 'markdown'), []);
    });

    it('a reference link sources it, and its label is no figure', () => {
      const md = 'The deficit will reach $4 billion, the [comptroller][1] estimates.\n\nRevenue fell 3% [in the quarter][2].\n\n[1]: https://example.gov/cbo\n[2]: <https://example.gov/q3>\n';
      assert.deepStrictEqual(flags(md, 'markdown'), []);
    });

    it('a footnote sources its sentence; the mark and the note hold no claim', () => {
      const md = 'Fares cover about a quarter of operating costs.[^1]\n\nRevenue fell 3% in the quarter [^rev] and spending rose 5%.\n\n[^1]: Metro Transit, 2023 Operating Budget, p. 14.\n[^rev]: Treasury monthly statement, October.\n';
      assert.deepStrictEqual(flags(md, 'markdown'), []);
      const seg = segment(md, 'markdown');
      assert.deepStrictEqual(
        seg.skipped.filter((k) => k.reason.startsWith('footnote')).map((k) => [k.reason, md.slice(k.start, k.end)]),
        [['footnote-ref', '[^1]'], ['footnote-ref', '[^rev]'], ['footnote', '[^1]: Metro Transit, 2023 Operating Budget, p. 14.'], ['footnote', '[^rev]: Treasury monthly statement, October.']],
      );
      assert.strictEqual(seg.sentences.length, 2);
    });

    it('a numbered mark ("a day.[1]") cites, and the numbered list of sources holds no claim', () => {
      const md = 'The bridge carries 60,000 vehicles a day.[1] Tolls raise $9 million a year [2].\n\n[1] State Department of Transportation, 2023 traffic counts.\n[2] Bridge authority annual report, 2024.\n';
      assert.deepStrictEqual(flags(md, 'markdown'), []);
      // A number in brackets that opens a link is the link's text, not a mark.
      assert.deepStrictEqual(segment('See [1](https://example.org) for 40% more.\n', 'markdown').skipped.filter((k) => k.reason === 'footnote-ref'), []);
    });

    it('a link within the draft, an image or a quote with no speaker is still flagged', () => {
      assert.deepStrictEqual(flags('Hiring rose 40% in March ([chart](#chart)).\n', 'markdown'), ['unsourced-number 40%']);
      assert.deepStrictEqual(flags('Hiring rose 40% in March. ![Hiring chart](chart.png)\n', 'markdown'), ['unsourced-number 40%']);
      assert.deepStrictEqual(
        flags('“We will never let this port close again, not while I am here.” [Video](https://example.org/v)\n', 'markdown').map((f) => f.split(' ')[0]),
        ['unattributed-quote'],
      );
    });

    it('a bare web address sources the sentence, in plain text too', () => {
      assert.deepStrictEqual(flags('Unemployment fell to 3.9% in October (https://example.gov/bls/october).'), []);
    });

    it('a bracketed note in prose that points nowhere is no definition', () => {
      const seg = segment('[Note]: the figures below are estimates of 40% growth.\n', 'markdown');
      assert.deepStrictEqual(seg.skipped.filter((k) => k.reason === 'link-definition'), []);
      assert.strictEqual(seg.sentences.length, 1);
    });
  });
});
