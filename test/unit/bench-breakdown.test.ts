import * as assert from 'assert';
import { sharesOf, stageShares, type Profile, type Stage } from '../../scripts/bench/breakdown';

const stage = (fn: string): Stage => ({ label: fn, fn, depth: 0 });

describe('bench: where a pass goes (section 7)', () => {
  // root -> analyze -> tag -> lookup; analyze -> claims; root -> (garbage collector)
  const profile: Profile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)' }, children: [2, 6] },
      { id: 2, callFrame: { functionName: 'analyze' }, children: [3, 5] },
      { id: 3, callFrame: { functionName: 'tag' }, children: [4] },
      { id: 4, callFrame: { functionName: 'lookup' } },
      { id: 5, callFrame: { functionName: 'claims' } },
      { id: 6, callFrame: { functionName: '(garbage collector)' } },
    ],
    samples: [4, 4, 3, 5, 2, 6, 1, 4],
  };

  it('counts a sample for every stage on its stack, callees included, once each', () => {
    const shares = sharesOf(profile, [stage('analyze'), stage('tag'), stage('lookup'), stage('claims'), stage('(garbage collector)')]);
    assert.deepStrictEqual(shares, [6 / 8, 4 / 8, 3 / 8, 1 / 8, 1 / 8]);
  });

  it('counts a recursive stage once per sample', () => {
    const recursive: Profile = {
      nodes: [
        { id: 1, callFrame: { functionName: 'walk' }, children: [2] },
        { id: 2, callFrame: { functionName: 'walk' } },
      ],
      samples: [2, 2, 1],
    };
    assert.deepStrictEqual(sharesOf(recursive, [stage('walk')]), [1]);
  });

  it('tells a stage whose function never appears (renamed) from one that took no time', () => {
    const shares = sharesOf(profile, [stage('renamedAway'), stage('claims')]);
    assert.strictEqual(shares[0], -1);
    assert.strictEqual(shares[1], 1 / 8);
  });

  it('refuses more stages than its bit mask holds', () => {
    const many = Array.from({ length: 32 }, (_, k) => stage(`f${k}`));
    assert.throws(() => sharesOf(profile, many), /at most 31 stages/);
    assert.strictEqual(sharesOf(profile, many.slice(0, 31)).length, 31);
  });

  it('profiles real work in this process', async () => {
    function busyStage(): number {
      let x = 0;
      const end = Date.now() + 60;
      while (Date.now() < end) x += Math.sqrt(x + 1);
      return x;
    }
    const [busy, absent] = await stageShares(() => void busyStage(), [stage('busyStage'), stage('neverCalled')]);
    assert.ok(busy > 0.5, `busyStage took ${busy} of the samples`);
    assert.strictEqual(absent, -1);
  });
});
