// Speed work must not change a single finding. `save` snapshots analyze() over every PolNeAR dev
// article (plain text; Markdown with five other articles as references; the 10,000-word draft
// through the incremental analyser, sync and async) to out/bench/same-output.json; `check`
// recomputes and names the first input whose JSON differs. Exit code 1 on any difference.
//   npx esbuild scripts/bench/same-output.ts --bundle --platform=node --outfile=out/bench/same-output.js --log-level=warning
//   node out/bench/same-output.js save     (before an optimisation)
//   node out/bench/same-output.js check    (after it)
import * as fs from 'fs';
import * as path from 'path';
import * as engine from '../../src/engine';
import { buildDraft, loadDevArticles } from './corpus';

const repoRoot = path.resolve(__dirname, '..', '..');
const snapshotPath = path.join(repoRoot, 'out', 'bench', 'same-output.json');

async function outputs(): Promise<Map<string, string>> {
  const articles = loadDevArticles(repoRoot);
  const out = new Map<string, string>();
  for (const a of articles) out.set(`plain ${a.name}`, JSON.stringify(engine.analyze(a.text, { format: 'plaintext' })));
  articles.forEach((a, i) => {
    const references = [1, 2, 3, 4, 5].map((k) => articles[(i + k) % articles.length]).map((r) => ({ path: r.name, text: r.text }));
    out.set(`refs ${a.name}`, JSON.stringify(engine.analyze(a.text, { format: 'markdown', references })));
  });
  const draft = buildDraft(articles, 10_000);
  const inc = engine.createIncrementalAnalyzer();
  out.set('10k async', JSON.stringify(await inc.analyzeAsync(draft, {}, { sliceMs: 5 })));
  // An edit in the middle, then the incremental result.
  const at = draft.indexOf(' ', draft.length >> 1) + 1;
  out.set('10k edited', JSON.stringify(inc.analyze(draft.slice(0, at) + 'Reportedly 4,500 ' + draft.slice(at))));
  return out;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== 'save' && mode !== 'check') throw new Error('usage: node out/bench/same-output.js save|check');
  const now = await outputs();
  if (mode === 'save') {
    fs.mkdirSync(path.dirname(snapshotPath), { recursive: true });
    fs.writeFileSync(snapshotPath, JSON.stringify(Object.fromEntries(now)));
    console.log(`saved ${now.size} outputs to ${path.relative(repoRoot, snapshotPath)}`);
    return;
  }
  const saved = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as Record<string, string>;
  let differ = 0;
  for (const [name, json] of now) {
    if (saved[name] === json) continue;
    differ++;
    if (differ <= 5) console.log(`DIFFERS: ${name}`);
  }
  const missing = Object.keys(saved).filter((k) => !now.has(k));
  console.log(`${now.size - differ} of ${now.size} outputs identical; ${differ} differ; ${missing.length} missing`);
  if (differ > 0 || missing.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
