import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine/analyze';
import { createIncrementalAnalyzer, SPARE_CACHE_PARAGRAPHS } from '../../src/engine/incremental';
import { joinPieces, pieceBounds, resegment, segmentPiece } from '../../src/engine/resegment';
import { segment } from '../../src/engine/segment';
import { AnalysisResult, AnalyzeOptions, Segmentation, TextFormat } from '../../src/engine/types';
import { repoRoot } from './helpers/belarus';

const example = fs.readFileSync(path.join(repoRoot, 'examples', 'draft.md'), 'utf8');
const reference = { path: 'examples/reference/harbour-strike.ref.md', text: fs.readFileSync(path.join(repoRoot, 'examples', 'reference', 'harbour-strike.ref.md'), 'utf8') };

/** A small deterministic PRNG (mulberry32), so failures can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['x', ' ', '.', '\n', '\n\n', '"', '“', '5,000 ', 'said ', 'According to the union, ', '```\n', '<!-- ', ' -->', '# ', '- ', '    ', '\r\n', '😀', 'Mayor Ida Brandt ', '<!-- attribution-review-disable-next-line -->\n', '---\n'];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  if (r() < 0.3 && text.length > 0) {
    const len = 1 + Math.floor(r() * 8);
    return text.slice(0, at) + text.slice(Math.min(text.length, at + len));
  }
  const s = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
  return text.slice(0, at) + s + text.slice(at);
}

function comparable(r: AnalysisResult): unknown {
  return { attributions: r.attributions, claims: r.claims, findings: r.findings, facts: r.facts, stats: r.stats, notices: r.notices };
}

describe('incremental: re-segmentation', () => {
  for (const format of ['markdown', 'plaintext'] as TextFormat[]) {
    it(`splices to exactly what a full segmentation gives (${format}, 300 random edits)`, () => {
      const r = rng(format === 'markdown' ? 1 : 2);
      let text = [example, example, example].join('\n\n');
      let seg = segment(text, format);
      for (let k = 0; k < 300; k++) {
        const next = edit(text, r);
        const spliced = resegment(text, seg, next, format);
        const full = segment(next, format);
        const sortSkipped = (s: typeof full) => ({ ...s, skipped: [...s.skipped].sort((x, y) => x.start - y.start || x.end - y.end) });
        assert.deepStrictEqual(sortSkipped(spliced), sortSkipped(full), `edit ${k}: ${JSON.stringify(next.slice(0, 200))}`);
        text = next;
        seg = spliced;
      }
    });
  }
});

describe('incremental: same result as a fresh analysis', () => {
  const options: AnalyzeOptions[] = [{}, { references: [reference] }, { format: 'plaintext', references: [reference], rules: { 'vague-source': 'off' } }];
  options.forEach((opts, n) => {
    it(`over 80 random edits (options set ${n})`, () => {
      const r = rng(10 + n);
      const inc = createIncrementalAnalyzer(50);
      let text = [example, example].join('\n\n');
      for (let k = 0; k < 80; k++) {
        text = edit(text, r);
        assert.deepStrictEqual(comparable(inc.analyze(text, opts)), comparable(analyze(text, opts)), `edit ${k}`);
      }
    });
  });

  it('keeps the draft facts before an edit as they were, and numbers those after it afresh', () => {
    const filler = 'The harbour is quiet.\n\nGulls circle the cranes.\n\n';
    const before = `The port lost $2 million, the mayor said.\n\n${filler}The union said 40 ships are idle.\n`;
    const after = before.replace('Gulls', 'The council said 3 roads are shut.\n\nGulls');
    const inc = createIncrementalAnalyzer();
    const first = inc.analyze(before);
    assert.deepStrictEqual(first.facts.map((f) => [f.id, f.line, f.source]), [['draft#1', 1, 'the mayor'], ['draft#2', 7, 'The union']]);
    const again = inc.analyze(after);
    assert.deepStrictEqual(again.facts.map((f) => [f.id, f.line, f.source]), [['draft#1', 1, 'the mayor'], ['draft#2', 5, 'The council'], ['draft#3', 9, 'The union']]);
    assert.strictEqual(again.facts[0], first.facts[0], 'the first paragraph\'s fact is reused, not copied again');
    assert.deepStrictEqual(comparable(again), comparable(analyze(after)));
  });

  it('gives the same result asynchronously, in slices', async () => {
    const inc = createIncrementalAnalyzer();
    const text = Array(20).fill(example).join('\n\n');
    const viaAsync = await inc.analyzeAsync(text, { references: [reference] }, { sliceMs: 1 });
    assert.ok(viaAsync);
    assert.deepStrictEqual(comparable(viaAsync!), comparable(analyze(text, { references: [reference] })));
  });

  it('gives the same result when a long text is segmented in pieces', async () => {
    const plain = example.replace(/<!--[^]*?-->\n?/g, '');
    const text = Array(120).fill(plain).join('\n\n');
    assert.ok(text.length > 40_000);
    const viaAsync = await createIncrementalAnalyzer().analyzeAsync(text, { references: [reference] }, { sliceMs: 5 });
    assert.deepStrictEqual(comparable(viaAsync!), comparable(analyze(text, { references: [reference] })));
  });

  it('stops when cancelled', async () => {
    const inc = createIncrementalAnalyzer();
    const text = Array(50).fill(example).join('\n\n');
    const result = await inc.analyzeAsync(text, {}, { sliceMs: 0, isCancelled: () => true });
    assert.strictEqual(result, null);
  });

  it('gives the fresh result after an analysis cancelled while it indexed the draft facts', async () => {
    // More new paragraphs with draft facts than one indexing step takes (but too few to make their
    // words common keys), and a warm claim cache that they change: a sync cut short must not leave
    // the kept claims unaware of the facts it indexed.
    const base = Array(10).fill(example).join('\n\n');
    const added = Array.from({ length: 90 }, (_, i) => `Harbour director Tom Okafor resigned on Monday as ${i + 1} ships waited outside the harbour, the port authority said.`).join('\n\n');
    const edited = `${base}\n\n${added}\n`;
    const fresh = analyze(edited);
    const expected = comparable(fresh);
    // With sliceMs 0 the analyser pauses once per paragraph; the whole-document stage pauses a few
    // times before and during the indexing: cancel at each of those pauses.
    const paragraphs = fresh.segmentation.paragraphs.length;
    for (let cut = paragraphs - 2; cut <= paragraphs + 16; cut++) {
      const inc = createIncrementalAnalyzer();
      await inc.analyzeAsync(base, {}, { sliceMs: 0 });
      let calls = 0;
      const stopped = await inc.analyzeAsync(edited, {}, { sliceMs: 0, isCancelled: () => ++calls >= cut });
      assert.strictEqual(stopped, null);
      const after = await inc.analyzeAsync(edited, {}, { sliceMs: 0 });
      assert.deepStrictEqual(comparable(after!), expected, `cancelled at pause ${cut} (${paragraphs} paragraphs)`);
    }
  });

  it('keeps its cache bounded', () => {
    const inc = createIncrementalAnalyzer(20);
    for (let k = 0; k < 10; k++) inc.analyze(`${example}\n\nVersion ${k}: 40 ships left.`);
    assert.ok(inc.cacheSize <= 20);
  });

  it('keeps few old versions of a paragraph typed into, relative to the draft', () => {
    const inc = createIncrementalAnalyzer();
    let text = 'The port lost $2 million, the mayor said.\n\nThe strike is in its third week.\n\nShips wait offshore.\n';
    const at = text.indexOf(' in its');
    // 600 keystrokes: each makes a new version of the second paragraph.
    for (let k = 0; k < 600; k++) {
      text = text.slice(0, at + k) + 'x' + text.slice(at + k);
      inc.analyze(text);
    }
    assert.ok(inc.cacheSize <= 2 * 3 + SPARE_CACHE_PARAGRAPHS, `${inc.cacheSize} paragraph results kept for a 3-paragraph draft`);
    assert.deepStrictEqual(comparable(inc.analyze(text + 'More.\n')), comparable(analyze(text + 'More.\n')));
  });
});

describe('incremental: segmentation in pieces', () => {
  for (const format of ['markdown', 'plaintext'] as TextFormat[]) {
    it(`joins pieces into exactly the whole-text segmentation (${format})`, () => {
      // A long text with no fences, comments or indentation: headings, lists, quotes, tables.
      const block = ['# A heading', '', 'First paragraph with 5,000 people. Second sentence, officials said.', '', '- a list item with 10%', '- another', '', '> a quote "that runs on" here.', '', '| a | b |', '|---|---|', '| 1 | 2 |', '', 'Plain line'].join('\n');
      const text = Array.from({ length: 1000 }, (_, i) => `${block} ${i}.`).join('\n\n');
      const bounds = pieceBounds(text);
      assert.ok(bounds && bounds.length > 3, 'cut into several pieces');
      const pieces = [];
      for (let k = 0; k + 1 < bounds!.length; k++) pieces.push(segmentPiece(text, bounds![k], bounds![k + 1], format));
      const sortSkipped = (s: Segmentation) => ({ ...s, skipped: [...s.skipped].sort((x, y) => x.start - y.start || x.end - y.end) });
      assert.deepStrictEqual(sortSkipped(joinPieces(pieces)), sortSkipped(segment(text, format)));
    });
  }

  it('refuses texts whose markup can cross a blank line', () => {
    const long = 'Para one.\n\n'.repeat(5000);
    assert.ok(pieceBounds(long));
    assert.strictEqual(pieceBounds(long + '```\ncode\n```\n'), null);
    assert.strictEqual(pieceBounds(long + '<!-- c -->'), null);
    assert.strictEqual(pieceBounds('short'), null);
  });
});
