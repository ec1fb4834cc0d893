// Scores the engine's attributions against brat gold.
// Usage: npm run eval -- [DIR] [--json] [--errors ROLE|flags]
//   DIR: a PolNeAR split (text/ + attributions/) or a folder of .txt/.ann pairs; default: PolNeAR dev.
//   --json: machine-readable figures (for the README); --errors cue|source|content: list mismatches;
//   --errors alarms: the false alarms by category; --errors flags: the stripped claims (see eval/flagRecall.ts) the engine leaves unflagged.
import * as path from 'path';
import { loadGold, normFrags, ROLES, type Frags, type GoldDoc, type Role } from './eval/brat';
import { emptyCounts, scoreDoc, summarize, type Counts } from './eval/score';
import { segment } from '../src/engine/segment';
import { findAttributions, type DetailedAttribution } from '../src/engine/attribution';
import { analyze } from '../src/engine/analyze';
import { flagRecall, type FlagRecall } from './eval/flagRecall';
import { alarmReport, falseAlarms, type FalseAlarm, type KindTally } from './eval/falseAlarms';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const errIdx = args.indexOf('--errors');
const errorsRole = errIdx >= 0 ? (args[errIdx + 1] as string) : null;
const positional = args.filter((a, i) => !a.startsWith('--') && !(errIdx >= 0 && i === errIdx + 1));
const dir = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'datasets', 'polnear', 'dev'));

function predictedSpans(text: string, atts: DetailedAttribution[], role: Role): Frags[] {
  const out: Frags[] = [];
  for (const a of atts) {
    let f: Frags = [];
    if (role === 'Cue') f = [[a.cue.start, a.cue.end]];
    else if (role === 'Source' && a.source) f = [[a.source.start, a.source.end]];
    else if (role === 'Content') f = a.contentFragments.map((s) => [s.start, s.end] as [number, number]);
    f = normFrags(text, f);
    if (f.length) out.push(f);
  }
  return out;
}

function goldSpans(doc: GoldDoc, role: Role): Frags[] {
  const out: Frags[] = [];
  for (const a of doc.attributions) {
    const f = role === 'Cue' ? a.cue : role === 'Source' ? a.source : a.content;
    if (f && f.length) out.push(f);
  }
  return out;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function main(): void {
  const docs = loadGold(dir);
  if (docs.length === 0) {
    console.error(`no annotated documents in ${dir}`);
    process.exit(2);
  }
  const counts: Record<Role, Counts> = { Cue: emptyCounts(), Source: emptyCounts(), Content: emptyCounts() };
  const predictions: DetailedAttribution[][] = [];
  // Warm up with one full pass (model inflation, JIT), then time segmentation + attribution only.
  for (const d of docs) findAttributions(d.text, segment(d.text, 'plaintext'));
  let totalWords = 0;
  let sentences = 0;
  // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const d of docs) {
    const seg = segment(d.text, 'plaintext');
    sentences += seg.sentences.length;
    predictions.push(findAttributions(d.text, seg));
  }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000;
  for (const d of docs) totalWords += words(d.text);
  docs.forEach((d, k) => {
    for (const role of ROLES) scoreDoc(predictedSpans(d.text, predictions[k], role), goldSpans(d, role), counts[role]);
  });

  // False alarms: sentences flagged unattributed-claim / unsourced-number that overlap a gold cue or content.
  let flagged = 0;
  const alarms: FalseAlarm[] = [];
  const byKind: KindTally = new Map();
  for (const d of docs) {
    const found = falseAlarms(d, analyze(d.text, { format: 'plaintext' }), byKind);
    flagged += found.flagged;
    alarms.push(...found.alarms);
  }
  const attributed = alarms.length;
  const falseAlarm = { flaggedSentences: flagged, attributed, rate: flagged ? Math.round((1000 * attributed) / flagged) / 10 : 0 };
  // The counter-metric: claims stripped of their attribution that the engine flags.
  const recall: FlagRecall = flagRecall(docs, analyze, errorsRole === 'flags' ? 10000 : 0);

  const result = {
    dir: path.relative(process.cwd(), dir) || '.',
    docs: docs.length,
    words: totalWords,
    sentences,
    cue: summarize(counts.Cue),
    source: summarize(counts.Source),
    content: summarize(counts.Content),
    speed: {
      msPer1000Words: Math.round(((1000 * ms) / totalWords) * 1000) / 1000,
      msPerSentence: Math.round((ms / sentences) * 1000) / 1000,
      cpuMs: Math.round(ms),
      wallMs: Math.round(wallMs),
    },
    falseAlarm,
    flagRecall: { eligible: recall.eligible, flagged: recall.flagged, rate: recall.rate },
  };

  if (errorsRole === 'alarms') for (const line of alarmReport(alarms, byKind)) console.log(line);
  else if (errorsRole === 'flags') for (const m of recall.missed) console.log(`UNFLAGGED ${m.doc.slice(0, 20)} ${m.stripped}`);
  else if (errorsRole) printErrors(docs, predictions, (errorsRole[0].toUpperCase() + errorsRole.slice(1).toLowerCase()) as Role);
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`${result.dir}: ${docs.length} documents, ${totalWords} words`);
  console.log('span       exact P /  R  /  F1        overlap P /  R  /  F1    (predicted / gold)');
  for (const [name, r] of [['cue', result.cue], ['source', result.source], ['content', result.content]] as const) {
    const e = r.exact;
    const o = r.overlap;
    console.log(`${name.padEnd(9)} ${fmt(e.precision)} ${fmt(e.recall)} ${fmt(e.f1)}     ${fmt(o.precision)} ${fmt(o.recall)} ${fmt(o.f1)}     (${r.predicted} / ${r.gold})`);
  }
  console.log(`speed: ${result.speed.msPer1000Words} ms per 1,000 words, ${result.speed.msPerSentence} ms per sentence (segment + attributions, CPU time; ${result.speed.cpuMs} ms CPU, ${result.speed.wallMs} ms wall for all documents)`);
  console.log(`false alarms: ${falseAlarm.rate}% of ${falseAlarm.flaggedSentences} sentences flagged unattributed-claim/unsourced-number overlap a gold cue or content (${falseAlarm.attributed})`);
  console.log(`flag recall: ${recall.rate}% of ${recall.eligible} gold-attributed sentences stripped of their attribution are flagged in context (${recall.flagged})`);
}

function fmt(x: number): string {
  return x.toFixed(2).padStart(6);
}

/** Mismatches of one role, for error analysis (printed, never stored). */
function printErrors(docs: GoldDoc[], predictions: DetailedAttribution[][], role: Role): void {
  docs.forEach((d, k) => {
    const pred = predictedSpans(d.text, predictions[k], role);
    const gold = goldSpans(d, role);
    const show = (f: Frags) => f.map(([s, e]) => d.text.slice(s, e)).join(' … ').replace(/\s+/g, ' ').slice(0, 160);
    const gk = new Set(gold.map((f) => JSON.stringify(f)));
    const pk = new Set(pred.map((f) => JSON.stringify(f)));
    for (const g of gold) {
      if (pk.has(JSON.stringify(g))) continue;
      const near = pred.find((p) => p.some(([s, e]) => g.some(([a, b]) => s < b && a < e)));
      const ctx = d.text.slice(Math.max(0, g[0][0] - 80), g[g.length - 1][1] + 40).replace(/\s+/g, ' ');
      console.log(`MISS ${d.id.slice(0, 20)} gold=[${show(g)}] pred=[${near ? show(near) : '-'}]${role === 'Cue' ? ` ctx=[${ctx}]` : ''}`);
    }
    for (const p of pred) {
      if (gk.has(JSON.stringify(p))) continue;
      if (gold.some((g) => g.some(([a, b]) => p.some(([s, e]) => s < b && a < e)))) continue;
      console.log(`SPURIOUS ${d.id.slice(0, 20)} pred=[${show(p)}]`);
    }
  });
}

main();
