import * as assert from 'assert';
import { segment } from '../../src/engine/segment';
import type { Segmentation } from '../../src/engine/types';

function sentences(seg: Segmentation): string[] {
  return seg.sentences.map((s) => s.text);
}

describe('segment', () => {
  it('keeps exact offsets: every sentence is the slice it claims to be', () => {
    const text = 'First one. Second one!\n\nThird, in a new paragraph? Yes.';
    const seg = segment(text, 'plaintext');
    for (const s of seg.sentences) assert.strictEqual(text.slice(s.start, s.end), s.text);
    assert.deepStrictEqual(sentences(seg), ['First one.', 'Second one!', 'Third, in a new paragraph?', 'Yes.']);
    assert.strictEqual(seg.paragraphs.length, 2);
    assert.deepStrictEqual(seg.paragraphs[1].sentences, [2, 3]);
  });

  it('does not split at abbreviations, initials, decimals or times', () => {
    const text = 'Mr. Smith met Gov. Jones of the U.S. Senate at 10 a.m. on Jan. 5 and paid $3.5 million. J. K. Rowling was not there.';
    assert.deepStrictEqual(sentences(segment(text, 'plaintext')), [
      'Mr. Smith met Gov. Jones of the U.S. Senate at 10 a.m. on Jan. 5 and paid $3.5 million.',
      'J. K. Rowling was not there.',
    ]);
  });

  it('does not split after a title with a prefix ("then-Sen.", "ex-Gov.")', () => {
    const text = 'The bill was backed by then-Sen. Barack Obama and ex-Gov. Jane Hull. It failed.';
    assert.deepStrictEqual(sentences(segment(text, 'plaintext')), ['The bill was backed by then-Sen. Barack Obama and ex-Gov. Jane Hull.', 'It failed.']);
  });

  it('ends a sentence after "U.S." when a new sentence clearly starts', () => {
    assert.deepStrictEqual(sentences(segment('He flew to the U.S. The trip was short.', 'plaintext')), ['He flew to the U.S.', 'The trip was short.']);
    assert.deepStrictEqual(sentences(segment('About 300 people left before 6 a.m. The mayor said shelters were open.', 'plaintext')), [
      'About 300 people left before 6 a.m.',
      'The mayor said shelters were open.',
    ]);
    assert.deepStrictEqual(sentences(segment('The train left at 6 a.m. Monday with 300 aboard.', 'plaintext')), ['The train left at 6 a.m. Monday with 300 aboard.']);
    assert.deepStrictEqual(sentences(segment('They marched in Washington, D.C. The police watched.', 'plaintext')), ['They marched in Washington, D.C.', 'The police watched.']);
  });

  it('keeps the speaker after a quote that ends in "?", "!" or "." in the quote\'s sentence', () => {
    const text = '\u201cWho do they think they are?\u201d Vik said of the operator. \u201cStop!\u201d Sen. Ana Ruiz shouted. "We won." Moss said on Twitter. Then she left.';
    assert.deepStrictEqual(sentences(segment(text, 'plaintext')), [
      '\u201cWho do they think they are?\u201d Vik said of the operator.',
      '\u201cStop!\u201d Sen. Ana Ruiz shouted.',
      '"We won." Moss said on Twitter.',
      'Then she left.',
    ]);
  });

  it('still splits when the name starts a sentence of its own after the quote', () => {
    const text = '"We will win." Vik said Monday that the polls are wrong. "Is it?" Nobody knows.';
    assert.deepStrictEqual(sentences(segment(text, 'plaintext')), ['"We will win."', 'Vik said Monday that the polls are wrong.', '"Is it?"', 'Nobody knows.']);
  });

  it('keeps a multi-sentence quote in one sentence unit', () => {
    const text = '"We will not stop. We will win. Nobody can stop us," the mayor said. Then she left.';
    assert.deepStrictEqual(sentences(segment(text, 'plaintext')), ['"We will not stop. We will win. Nobody can stop us," the mayor said.', 'Then she left.']);
    const curly = 'She said: \u201cIt is over. We lost.\u201d The count went on.';
    assert.deepStrictEqual(sentences(segment(curly, 'plaintext')), ['She said: \u201cIt is over. We lost.\u201d', 'The count went on.']);
  });

  it('does not let an unclosed quote swallow the paragraph', () => {
    const text = 'He said "this is wrong. The vote was fine. Nobody cared.';
    assert.strictEqual(segment(text, 'plaintext').sentences.length, 3);
  });

  it('handles Markdown structure: headings, lists, blockquotes, tables', () => {
    const text = '# Big news\n\nThe council met. It voted.\n\n- First item. Second sentence.\n- Another item\n\n> Quoted line one.\n> Quoted line two.\n\n| a | b |\n|---|---|\n| cell | more |\n';
    const seg = segment(text, 'markdown');
    // The header row ("| a | b |", above the delimiter row) is column labels: markup, not prose.
    assert.deepStrictEqual(seg.paragraphs.map((p) => p.kind), ['headline', 'paragraph', 'list-item', 'list-item', 'blockquote', 'table-row']);
    assert.ok(seg.skipped.some((k) => k.reason === 'markup' && text.slice(k.start, k.end) === '| a | b |'));
    assert.strictEqual(seg.sentences[0].text, 'Big news');
    assert.strictEqual(seg.sentences[0].isHeadline, true);
    assert.deepStrictEqual(sentences(seg).slice(1, 6), ['The council met.', 'It voted.', 'First item.', 'Second sentence.', 'Another item']);
    const quote = seg.paragraphs[4];
    assert.deepStrictEqual(quote.sentences.map((i) => seg.sentences[i].text), ['Quoted line one.', 'Quoted line two.']);
    assert.ok(seg.skipped.some((k) => k.reason === 'markup' && text.slice(k.start, k.end).startsWith('>')));
  });

  it('a table row is a header only right above a delimiter row', () => {
    const text = '| Town | Homes |\n|---|---|\n| York | 450 |\n\n| Selby | 120 |\n| Hull | 80 |\n';
    const seg = segment(text, 'markdown');
    assert.deepStrictEqual(sentences(seg), ['| York | 450 |', '| Selby | 120 |', '| Hull | 80 |']);
  });

  it('skips fenced and indented code, front matter and HTML comments, but records them', () => {
    const text = '---\ntitle: Draft\n---\nReal prose here.\n\n```js\nconst x = "Not. Prose.";\n```\n\n    indented code. Also not prose.\n\n<!-- attribution-review-disable-next-line unsourced-number -->\nMore prose.\n';
    const seg = segment(text, 'markdown');
    assert.deepStrictEqual(sentences(seg), ['Real prose here.', 'More prose.']);
    const reasons = seg.skipped.map((k) => k.reason);
    assert.ok(reasons.includes('front-matter'));
    assert.strictEqual(reasons.filter((r) => r === 'code').length, 2);
    const comment = seg.skipped.find((k) => k.reason === 'html-comment');
    assert.ok(comment);
    assert.ok(text.slice(comment.start, comment.end).includes('attribution-review-disable-next-line'));
  });

  it('keeps link text and skips link targets', () => {
    const text = 'Read [the report](https://example.org/a(b).html) today. It is long.';
    const seg = segment(text, 'markdown');
    assert.deepStrictEqual(sentences(seg), ['Read [the report](https://example.org/a(b).html) today.', 'It is long.']);
    const link = seg.skipped.find((k) => k.reason === 'link-target');
    assert.ok(link);
    assert.strictEqual(text.slice(link.start, link.end), '(https://example.org/a(b).html)');
  });

  it('treats code and Markdown markers as prose in plain text', () => {
    const seg = segment('# not a heading here. Second.', 'plaintext');
    assert.strictEqual(seg.paragraphs[0].kind, 'paragraph');
    assert.strictEqual(seg.sentences.length, 2);
  });

  it('makes a plain-text first line a headline only when it looks like one', () => {
    const a = segment('Council Approves New Budget\n\nThe council approved it on Monday.', 'plaintext');
    assert.strictEqual(a.paragraphs[0].kind, 'headline');
    const b = segment('The council approved the budget on Monday.\n\nIt was late.', 'plaintext');
    assert.strictEqual(b.paragraphs[0].kind, 'paragraph');
  });

  it('handles CRLF, a BOM and emoji with UTF-16 offsets', () => {
    const text = '\uFEFFFirst line \u{1F389} here. Next one.\r\n\r\nSecond paragraph.\r\n';
    const seg = segment(text, 'plaintext');
    assert.deepStrictEqual(sentences(seg), ['First line \u{1F389} here.', 'Next one.', 'Second paragraph.']);
    assert.strictEqual(seg.sentences[0].start, 1);
    assert.strictEqual(seg.sentences[1].start, text.indexOf('Next'));
    assert.strictEqual(seg.paragraphs.length, 2);
    for (const s of seg.sentences) assert.ok(!s.text.includes('\r'));
  });

  it('is linear-time on hostile input', () => {
    const hostile = ['"'.repeat(50000), '.'.repeat(50000), 'a. '.repeat(30000), '[x]('.repeat(20000), '<!--'.repeat(20000), 'U.S. '.repeat(20000), '> '.repeat(30000) + 'x'];
    for (const h of hostile) {
      const t0 = Date.now();
      segment(h, 'markdown');
      segment(h, 'plaintext');
      assert.ok(Date.now() - t0 < 500, `slow on ${JSON.stringify(h.slice(0, 8))}`);
    }
  });

  it('segments 10,000 words in a few milliseconds', () => {
    const para = 'The mayor said on Monday that the city would spend $4.5 million on roads. "It is overdue," she said. Critics disagreed, according to a statement from the council.\n\n';
    let text = '';
    while (text.split(' ').length < 10000) text += para;
    segment(text, 'markdown');
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) segment(text, 'markdown');
    const ms = Number(process.hrtime.bigint() - t0) / 20e6;
    assert.ok(ms < 20, `${ms} ms`); // ~2 ms on a quiet machine; generous for shared CI
  });
});
