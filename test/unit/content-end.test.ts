import * as assert from 'assert';
import { segment } from '../../src/engine/segment';
import { attributeParagraph } from '../../src/engine/attribution';
import { contentEndCandidates, rankContentEnd, type ContentEndSite } from '../../src/engine/attribution/contentEnd';
import { contentStartCandidates, rankContentStart } from '../../src/engine/attribution/contentStart';
import { SparseLinear } from '../../src/engine/attribution/model';

/** The sites the engine asks its content-end chooser about in `text` (the rules' end kept). */
function sites(text: string): ContentEndSite[] {
  const seg = segment(text, 'plaintext');
  const out: ContentEndSite[] = [];
  for (let i = 0; i < seg.paragraphs.length; i++) {
    attributeParagraph(text, seg, i, {}, (s) => {
      out.push(s);
      return s.end;
    });
  }
  return out;
}

describe('content ends (attribution/contentEnd.ts)', () => {
  const text = 'The minister promised lower fares and "faster trains," but her budget leaves the rail network short of money for years.';

  it('asks about the right-hand content of a tagged cue, with the rules\' end among the candidates', () => {
    const found = sites(text);
    assert.strictEqual(found.length, 1);
    const s = found[0];
    const t = s.p.tokens;
    assert.strictEqual(text.slice(t[s.start].start, t[s.end - 1].end), 'lower fares and "faster trains," but her budget leaves the rail network short of money for years');
    const ends = contentEndCandidates(s).map((e) => text.slice(t[s.start].start, t[e - 1].end));
    assert.ok(ends.includes('lower fares and "faster trains,"'), ends.join(' | '));
    assert.ok(ends.includes('lower fares'), ends.join(' | '));
    // Ascending, and never past the sentence's final stop.
    assert.deepStrictEqual([...ends].sort((a, b) => a.length - b.length), ends);
    assert.ok(!ends.some((e) => e.endsWith('.')));
  });

  it('keeps the rules\' end on ties (an empty model changes nothing)', () => {
    const s = sites(text)[0];
    assert.strictEqual(rankContentEnd(s, new SparseLinear(1)), s.end);
  });

  it('asks about a content that opens with a quote too, its closing quote among the candidates', () => {
    const quoted = 'The agency reported "2,300 new cases" in the capital between March and May.';
    const found = sites(quoted);
    assert.strictEqual(found.length, 1);
    const s = found[0];
    const t = s.p.tokens;
    const ends = contentEndCandidates(s).map((e) => quoted.slice(t[s.start].start, t[e - 1].end));
    assert.strictEqual(quoted.slice(t[s.start].start, t[s.end - 1].end), '"2,300 new cases"');
    assert.ok(ends.includes('"2,300 new cases" in the capital between March and May'), ends.join(' | '));
  });

  it('offers the starts past a hearer or setting, and keeps the rules\' start on ties', () => {
    const told = 'The minister told reporters at a briefing in the capital that the port would reopen in May.';
    const seg = segment(told, 'plaintext');
    const found: ContentEndSite[] = [];
    attributeParagraph(told, seg, 0, {}, (s) => s.end, (s) => {
      found.push(s);
      return s.start;
    });
    assert.strictEqual(found.length, 1);
    const s = found[0];
    const t = s.p.tokens;
    const starts = contentStartCandidates(s).map((i) => t[i].text);
    assert.deepStrictEqual(starts, ['reporters', 'that']);
    assert.strictEqual(rankContentStart(s, new SparseLinear(1)), s.start);
  });
});
