// Per-claim rules run over a long draft's claims in slices (with pauses for async callers): every
// claim must be checked exactly once, in order, and the sliced async path must equal analyze().
import * as assert from 'assert';
import { analyze } from '../../src/engine/analyze';
import { createIncrementalAnalyzer } from '../../src/engine/incremental';

// More claims than one slice holds (500), each with one unsourced figure.
const DRAFT = Array.from({ length: 1200 }, (_, k) => `Crews in district ${k + 1} counted ${1000 + k * 7} damaged homes on Tuesday.`).join('\n\n');

describe('rules over many claims', () => {
  const result = analyze(DRAFT);

  it('checks every claim once: one unsourced-number finding per unsourced figure', () => {
    const expected = result.claims.filter((c) => c.status === 'unsourced').flatMap((c) => c.numbers.filter((n) => n.isStatistic).map((n) => n.start));
    assert.ok(expected.length > 1000, `enough claims to need several slices (${expected.length})`);
    const found = result.findings.filter((f) => f.rule === 'unsourced-number').map((f) => f.start);
    assert.deepStrictEqual(found, expected);
  });

  it('analyzeAsync, yielding between slices, gives the same result', async () => {
    const sliced = await createIncrementalAnalyzer().analyzeAsync(DRAFT, {}, { sliceMs: 1 });
    assert.deepStrictEqual(sliced, result);
  });
});
