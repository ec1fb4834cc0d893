// The property suite: each entry pairs an invariant with its generated inputs and its share of
// the unit run (10,000 drafts in all). scripts/fuzz.ts runs the same entries with more runs.
import fc from 'fast-check';
import type { AnalyzeOptions } from '../../src/engine/types';
import { applyFractionalEdit, draftArbitrary, editArbitrary, referenceArbitrary } from './property-drafts';
import { checkAnalysis, checkFixAllIdempotent, checkFixesKeepWords, checkIncremental, type EngineUnderTest } from './property-checks';

export interface PropertyCase {
  name: string;
  /** Generated drafts in the normal unit run. */
  runs: number;
  /** Runs the property numRuns times; throws fast-check's report (seed, shrunk case) on failure. */
  check(engine: EngineUnderTest, params: { numRuns: number; seed?: number }): void;
}

const optionsArbitrary: fc.Arbitrary<AnalyzeOptions> = fc.record({
  format: fc.constantFrom<AnalyzeOptions['format']>('markdown', 'plaintext'),
  references: fc.option(fc.array(referenceArbitrary.map((text) => ({ path: 'ref.txt', text })), { maxLength: 2 }), { nil: undefined }),
  ignoreHeadlines: fc.boolean(),
});

export const PROPERTY_CASES: PropertyCase[] = [
  {
    name: 'analyze never throws and every offset is inside the text, off surrogate-pair middles',
    runs: 4500,
    check: (engine, params) => fc.assert(fc.property(draftArbitrary, optionsArbitrary, (text, options) => void checkAnalysis(engine, text, options)), params),
  },
  {
    name: 'every fix, applied, keeps every original word in order (except the two explicit replacements, of a figure and of a credited organisation)',
    runs: 2500,
    check: (engine, params) =>
      fc.assert(fc.property(draftArbitrary, optionsArbitrary, (text, options) => checkFixesKeepWords(engine, text, checkAnalysis(engine, text, options))), params),
  },
  {
    name: 'fix-all applied twice changes nothing the second time',
    runs: 2000,
    check: (engine, params) => fc.assert(fc.property(draftArbitrary, optionsArbitrary, (text, options) => checkFixAllIdempotent(engine, text, options)), params),
  },
  {
    name: 'incremental analysis through a sequence of edits equals analysing each version whole',
    runs: 1000,
    check: (engine, params) =>
      fc.assert(fc.property(draftArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), optionsArbitrary, (text, edits, options) => {
        const versions = [text];
        for (const e of edits) versions.push(applyFractionalEdit(versions[versions.length - 1], e));
        checkIncremental(engine, versions, options);
      }), params),
  },
];

export const TOTAL_UNIT_RUNS = PROPERTY_CASES.reduce((n, c) => n + c.runs, 0);
