// Nightly-style property run: the unit suite's properties (test/unit/property-suite.ts) with many
// more generated drafts. Usage: npm run fuzz [-- --scale 20] [--seed N]
import * as engine from '../src/engine';
import { PROPERTY_CASES, TOTAL_UNIT_RUNS } from '../test/unit/property-suite';

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : Number(process.argv[i + 1]);
}

const scale = flag('--scale') ?? 20;
const seed = flag('--seed') ?? Date.now() % 2 ** 31;

console.log(`fuzz: ${Math.round(TOTAL_UNIT_RUNS * scale)} drafts (${scale}x the unit run), seed ${seed}`);
let failed = 0;
for (const c of PROPERTY_CASES) {
  const runs = Math.max(1, Math.round(c.runs * scale));
  const t0 = Date.now();
  try {
    c.check(engine, { numRuns: runs, seed });
    console.log(`ok   ${c.name}: ${runs} drafts in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${c.name}\n${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exitCode = failed ? 1 : 0;
