import * as assert from 'assert';
import { quoteOpenAfter } from '../../src/engine/carry';
import { analyze } from '../../src/engine/analyze';
import { analyzeWithAttributions, AttrSpec } from './helpers/harbour';

/** The flagged sentences (unattributed-claim / unsourced-number / unattributed-quote), each once. */
function flagged(text: string, specs: AttrSpec[]): string[] {
  const r = analyzeWithAttributions(text, specs, { format: 'plaintext' }, undefined);
  const out: string[] = [];
  for (const f of r.findings) {
    if (f.rule === 'vague-source' || f.rule === 'number-mismatch') continue;
    const s = text.slice(f.sentence.start, f.sentence.end).trim();
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

describe('attribution carried over paragraphs', () => {
  it('tracks whether a quote is open', () => {
    assert.strictEqual(quoteOpenAfter('He said: “We will stay out.', false), true);
    assert.strictEqual(quoteOpenAfter('“We will stay out,” he said.', false), false);
    assert.strictEqual(quoteOpenAfter('We lose $2 million a day."', true), false);
    assert.strictEqual(quoteOpenAfter('No quotes here.', true), true);
    assert.strictEqual(quoteOpenAfter('«Nous restons», dit-il. «Toujours.', false), true);
  });

  it('reads only the part of the text it is given', () => {
    // The quote marks outside [start, end) must not count.
    const text = '“Open. He said: “We will stay out. Closed.”';
    const start = text.indexOf('He');
    const end = text.indexOf(' Closed');
    assert.strictEqual(quoteOpenAfter(text, false, start, end), true);
    assert.strictEqual(quoteOpenAfter(text, false, end, text.length), false);
    assert.strictEqual(quoteOpenAfter(text, true, 0, 0), true);
  });

  it('lets a lead-in ending with a colon speak for the whole next paragraph', () => {
    const t = 'Dock manager Ruth Abara added:\n\nForty ships are idle. The Lakeside Shipping Company lost $2 million a day.\n\nThe Lakeside Shipping Company cut 40 jobs.\n';
    assert.deepStrictEqual(flagged(t, [{ source: 'Dock manager Ruth Abara', cue: 'added', content: null }]), ['The Lakeside Shipping Company cut 40 jobs.']);
  });

  it('lets a sourced figure at a paragraph\'s end speak for a next paragraph that points back to it, in its first sentence', () => {
    const t = 'Unemployment rose to 5% in March, the ministry said.\n\nThat is up from 4% a year earlier. Crime rose 12% in the same period.\n\nThat is up from 9% in 2020.\n';
    assert.deepStrictEqual(flagged(t, [{ source: 'the ministry', cue: 'said', content: 'Unemployment rose to 5% in March' }]), [
      'Crime rose 12% in the same period.',
      'That is up from 9% in 2020.',
    ]);
    // Into a list, it covers the first item only: it is no lead-in for the rest.
    const list = 'Revenue rose 5% in March, the company said.\n\n- That is up from 4% a year earlier.\n- Costs rose 12% in the same period.\n';
    const r = analyzeWithAttributions(list, [{ source: 'the company', cue: 'said', content: 'Revenue rose 5% in March' }], { format: 'markdown' }, undefined);
    const flags = r.findings.filter((f) => f.rule === 'unsourced-number' || f.rule === 'unattributed-claim');
    assert.deepStrictEqual(flags.map((f) => `${f.rule} ${list.slice(f.start, f.end)}`), ['unsourced-number 12%']);
    // What a study's researchers did comes from the study named at the paragraph's end.
    const study = 'Visits rose 10% on hot days, a study published in JAMA found.\n\nThe researchers analysed 2.1 million visits to 400 hospitals.\n';
    assert.deepStrictEqual(flagged(study, [{ source: 'a study published in JAMA', cue: 'found', content: 'Visits rose 10% on hot days' }]), []);
    const vague = 'Officials said unemployment rose to 5%.\n\nThat is up from 4% a year earlier.\n';
    assert.deepStrictEqual(flagged(vague, [{ source: 'Officials', cue: 'said', content: 'unemployment rose to 5%', vague: true }]), [
      'That is up from 4% a year earlier.',
    ]);
  });

  it('lets a lead-in speak for every item of the list after it, and no further', () => {
    const t = 'Dock manager Ruth Abara added:\n\n- Forty ships are idle.\n- The Lakeside Shipping Company lost $2 million a day.\n\nThe Lakeside Shipping Company cut 40 jobs.\n';
    const r = analyzeWithAttributions(t, [{ source: 'Dock manager Ruth Abara', cue: 'added', content: null }], { format: 'markdown' }, undefined);
    assert.deepStrictEqual(
      r.findings.filter((f) => f.rule !== 'vague-source').map((f) => t.slice(f.sentence.start, f.sentence.end)),
      ['The Lakeside Shipping Company cut 40 jobs.'],
    );
  });

  it('lets a lead-in that points to a document speak for the list after it ("Among the report\'s findings:")', () => {
    const list = '\n\n- Rents rose 14% in two years.\n- About 38,000 households spend half their income on rent.\n';
    const opening = 'The Urban Institute released a report on Tuesday on rents in the region.\n\n';
    for (const lead of ["Among the report's findings:", "Key figures from the county's new housing report:", 'Its key findings:', 'Key results of the survey:', 'The study\'s main findings:', 'Here is what the data show:']) {
      assert.deepStrictEqual(analyze(opening + lead + list, { format: 'markdown' }).findings.map((f) => f.rule), [], lead);
    }
    // A lead-in that names no document does not.
    assert.deepStrictEqual(analyze(opening + 'Rents rose across the region:' + list, { format: 'markdown' }).findings.map((f) => f.rule), ['unsourced-number', 'unsourced-number']);
  });

  it('takes a lead-in the tagger missed when it names who speaks', () => {
    const t = 'The Harbour Gazette reports:\n\nThe Lakeside Shipping Company lost $2 million a day.\n';
    assert.deepStrictEqual(flagged(t, []), []);
    // With no one named, the colon introduces nothing: the claim after it is the reporter's.
    assert.deepStrictEqual(flagged('Here is the tally:\n\nThe Lakeside Shipping Company lost $2 million a day.\n', []), [
      'The Lakeside Shipping Company lost $2 million a day.',
    ]);
  });

  it('runs a quote on into the next paragraph that opens with a quote mark, and stops where it closes', () => {
    const t = [
      '“We will not go back until the berths are safe,” said dock manager Ruth Abara. “Forty ships are idle.',
      '“The Lakeside Shipping Company lost $2 million a day. We warned them in May.”',
      'The Lakeside Shipping Company cut 40 jobs.',
    ].join('\n\n');
    const specs: AttrSpec[] = [{ source: 'dock manager Ruth Abara', cue: 'said', content: 'We will not go back until the berths are safe' }];
    assert.deepStrictEqual(flagged(t, specs), ['The Lakeside Shipping Company cut 40 jobs.']);
  });

  it('does not run on a quote that was closed, or into a paragraph that opens without a quote mark', () => {
    const closed = '“Forty ships are idle,” said dock manager Ruth Abara.\n\n“The Lakeside Shipping Company lost $2 million a day.”\n';
    assert.deepStrictEqual(flagged(closed, [{ source: 'dock manager Ruth Abara', cue: 'said', content: 'Forty ships are idle' }]), [
      '“The Lakeside Shipping Company lost $2 million a day.”',
    ]);
    const plain = 'Dock manager Ruth Abara said: “Forty ships are idle.\n\nThe Lakeside Shipping Company lost $2 million a day.\n';
    assert.deepStrictEqual(flagged(plain, [{ source: 'Dock manager Ruth Abara', cue: 'said', content: null }]), [
      'The Lakeside Shipping Company lost $2 million a day.',
    ]);
  });
});
