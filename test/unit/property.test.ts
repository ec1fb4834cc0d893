// Property tests over generated drafts (fast-check): issue 5's invariants, 10,000 drafts per run.
// On failure fast-check prints the seed and a shrunk counterexample; FC_SEED=<n> replays a run.
import * as assert from 'assert';
import * as engine from '../../src/engine';
import { keepsWordsInOrder, splitsPair } from './property-checks';
import { PROPERTY_CASES, TOTAL_UNIT_RUNS } from './property-suite';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

describe('property: generated drafts', function () {
  this.timeout(180_000);

  it('the unit run covers at least 10,000 generated drafts', () => {
    assert.ok(TOTAL_UNIT_RUNS >= 10_000, `only ${TOTAL_UNIT_RUNS}`);
  });

  it('the checkers themselves catch what they must', () => {
    assert.ok(keepsWordsInOrder('Lukashenko received 80.1%.', 'According to the CEC, lukashenko received 80.1%.'));
    assert.ok(keepsWordsInOrder('Minsk.', 'Minsk, TASS reports.'));
    assert.ok(!keepsWordsInOrder('a b c', 'a c'));
    assert.ok(!keepsWordsInOrder('a b c', 'a c b'));
    assert.ok(splitsPair('x🎉y', 2));
    assert.ok(!splitsPair('x🎉y', 3));
  });

  for (const c of PROPERTY_CASES) {
    it(`${c.name} (${c.runs} drafts)`, () => {
      c.check(engine, { numRuns: c.runs, seed });
    });
  }
});
