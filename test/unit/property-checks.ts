// The invariants of issue 5 as plain functions that throw on violation, so the unit run
// (property.test.ts) and the nightly-style run (scripts/fuzz.ts) check exactly the same things.
import * as assert from 'assert';
import type { AnalysisResult, AnalyzeOptions, TextEdit } from '../../src/engine/types';

export interface EngineUnderTest {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  applyEdits(text: string, edits: readonly TextEdit[]): string;
  fixAll(text: string, options?: AnalyzeOptions): string;
  createIncrementalAnalyzer(): { analyze(text: string, options?: AnalyzeOptions): AnalysisResult };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when an offset lies between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkRange(text: string, what: string, start: number, end: number): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}..${end} are not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: ${start}..${end} outside 0..${text.length}`);
  assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what}: ${start}..${end} splits a surrogate pair`);
}

function checkSpan(text: string, what: string, span: { start: number; end: number; text: string } | null): void {
  if (span === null) return;
  checkRange(text, what, span.start, span.end);
  assert.strictEqual(span.text, text.slice(span.start, span.end), `${what}: span text differs from the text at its offsets`);
}

/** Never throws, and every offset in the result is inside the text and on a code-point boundary. */
export function checkAnalysis(engine: EngineUnderTest, text: string, options?: AnalyzeOptions): AnalysisResult {
  const result = engine.analyze(text, options);
  const { segmentation } = result;
  segmentation.paragraphs.forEach((p, i) => checkRange(text, `paragraph ${i}`, p.start, p.end));
  segmentation.sentences.forEach((s, i) => checkSpan(text, `sentence ${i}`, s));
  segmentation.skipped.forEach((s, i) => checkRange(text, `skipped range ${i}`, s.start, s.end));
  result.attributions.forEach((a, i) => {
    checkSpan(text, `attribution ${i} cue`, a.cue);
    checkSpan(text, `attribution ${i} source`, a.source);
    checkSpan(text, `attribution ${i} content`, a.content);
  });
  result.claims.forEach((c, i) => {
    checkSpan(text, `claim ${i}`, c);
    c.numbers.forEach((n, j) => checkSpan(text, `claim ${i} number ${j}`, n));
  });
  result.findings.forEach((f, i) => {
    const what = `finding ${i} (${f.rule})`;
    checkRange(text, what, f.start, f.end);
    checkRange(text, `${what} sentence`, f.sentence.start, f.sentence.end);
    assert.ok(f.message.length > 0, `${what}: empty message`);
    f.fixes.forEach((fix, j) => {
      fix.edits.forEach((e, k) => checkRange(text, `${what} fix ${j} edit ${k}`, e.start, e.end));
      (fix.snippet ?? []).forEach((e, k) => checkRange(text, `${what} fix ${j} snippet edit ${k}`, e.start, e.end));
      assert.ok(fix.edits.length > 0, `${what} fix ${j} (${fix.title}) has no edits`);
    });
    assert.ok(f.fixes.filter((x) => x.preferred).length <= 1, `${what}: more than one preferred fix`);
  });
  result.facts
    .filter((fact) => fact.path === null)
    .forEach((fact, i) => checkRange(text, `draft fact ${i}`, fact.start, fact.end));
  return result;
}

/** Lower-cased letter/digit runs: what "the words of the text" means for the keep-words property. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map((w) => w.toLowerCase());
}

/** True when every word of `original` appears in `changed`, in order (changed may add words). */
export function keepsWordsInOrder(original: string, changed: string): boolean {
  const want = wordsOf(original);
  const have = wordsOf(changed);
  let i = 0;
  for (const w of have) if (i < want.length && w === want[i]) i++;
  return i === want.length;
}

/**
 * Every fix, applied alone, keeps every original word in order (except the two explicit
 * replacements, of a figure and of a credited organisation: a number-mismatch fix that also attributes keeps every word of the text with the reference figure).
 */
export function checkFixesKeepWords(engine: EngineUnderTest, text: string, result: AnalysisResult): void {
  for (const f of result.findings) {
    const figure = f.fixes.find((x) => x.kind === 'reference-figure');
    const base = f.rule === 'number-mismatch' && figure ? engine.applyEdits(text, figure.edits) : text;
    for (const fix of f.fixes) {
      const changed = engine.applyEdits(text, fix.edits);
      assert.notStrictEqual(changed, text, `fix "${fix.title}" for ${f.rule} changes nothing`);
      if (fix.kind === 'reference-figure' || fix.kind === 'reference-source') continue;
      assert.ok(keepsWordsInOrder(base, changed), `fix "${fix.title}" for ${f.rule} loses or reorders words:\n${JSON.stringify(base)}\n->\n${JSON.stringify(changed)}`);
    }
  }
}

/** Fix-all applied a second time changes nothing. */
export function checkFixAllIdempotent(engine: EngineUnderTest, text: string, options?: AnalyzeOptions): void {
  const once = engine.fixAll(text, options);
  const twice = engine.fixAll(once, options);
  assert.strictEqual(twice, once, `fix-all is not idempotent:\n${JSON.stringify(text)}\n-> ${JSON.stringify(once)}\n-> ${JSON.stringify(twice)}`);
}

/** What "the same findings" means when comparing incremental with whole-document analysis. */
export function comparable(result: AnalysisResult): unknown {
  return {
    attributions: result.attributions,
    claims: result.claims.map((c) => ({ start: c.start, end: c.end, status: c.status, kinds: c.kinds })),
    findings: result.findings,
  };
}

/** Each version of a document, analysed incrementally in order, equals a fresh analysis. */
export function checkIncremental(engine: EngineUnderTest, versions: readonly string[], options?: AnalyzeOptions): void {
  const inc = engine.createIncrementalAnalyzer();
  versions.forEach((text, i) => {
    const incremental = inc.analyze(text, options);
    const whole = engine.analyze(text, options);
    assert.deepStrictEqual(comparable(incremental), comparable(whole), `version ${i} differs: ${JSON.stringify(text)}`);
  });
}
