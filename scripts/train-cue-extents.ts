// Trains the cue-extent ranker (src/engine/attribution/cueExtent.ts) in two steps:
//   collect DIR OUT.json [--text]: runs the engine (with the cue and role models bundled into this build)
//     over the gold articles of DIR and stores, for every found cue that overlaps a one-fragment
//     gold cue, the features of each candidate end and start and which one is gold. Only feature
//     hashes are stored, no text (--text adds each candidate's words, for tuning: --eval lists the
//     boundaries the ranker moves; never store such a file in the project).
//   train SITES.json... [--epochs N (5)] [--margin M (3)] [--runs N (3)] [--eval SITES.json]...
//     [--drop e3,s9] [--min W (1)] [--write]: a ranking perceptron over the collected end and start sites; --eval prints how
//     often it picks the gold boundary on other sites, against the rules'; --write writes
//     src/engine/data/cue-extent-model.ts with the margin folded into the weights.
// As for the content rankers, the sites must come from text the taggers never trained on:
// scripts/train-cue-extents.sh (npm run build:cue-extents) collects each fifth of train with
// taggers trained on the other four fifths.
import * as fs from 'fs';
import * as path from 'path';
import { loadGold, normFrags, type GoldDoc } from './eval/brat';
import { segment } from '../src/engine/segment';
import { attributeParagraph, type ContentEndChooser } from '../src/engine/attribution';
import {
  CUE_END_FEATURES,
  CUE_START_FEATURES,
  cueEndCandidates,
  cueEndFeatures,
  cueStartCandidates,
  cueStartFeatures,
  cueStemKey,
  type CueExtentSite,
} from '../src/engine/attribution/cueExtent';
import { serialize, SparseLinear } from '../src/engine/attribution/model';
import { bestOf, trainRanking } from './eval/rankingPerceptron';

const root = path.resolve(__dirname, '..');

interface Site {
  /** Candidate count, the gold candidate's and the rules' choice's index. */
  n: number;
  gold: number;
  own: number;
  /** Features per candidate. */
  stride: number;
  /** n * stride feature hashes. */
  feats: number[];
  /** With collect --text (for tuning only, never stored in the project): each candidate's words. */
  texts?: string[];
}

interface Sites {
  end: Site[];
  start: Site[];
}

function siteOf(cands: number[], gold: number, own: number, stride: number, features: (c: number, rank: number, out: Uint32Array) => void): Site {
  const feats: number[] = [];
  const buf = new Uint32Array(stride);
  for (let c = 0; c < cands.length; c++) {
    features(cands[c], c - own, buf);
    for (const f of buf) feats.push(f);
  }
  return { n: cands.length, gold, own, stride, feats };
}

function collect(dir: string, out: string, withText: boolean): void {
  const docs: GoldDoc[] = loadGold(dir);
  const sites: Sites = { end: [], start: [] };
  let seen = 0;
  let matched = 0;
  const outside = { end: 0, start: 0 };
  for (const d of docs) {
    const gold: Array<[number, number]> = [];
    for (const g of d.attributions) if (g.cue && g.cue.length === 1) gold.push(g.cue[0]);
    const seg = segment(d.text, 'plaintext');
    const chooser = (site: CueExtentSite): [number, number] => {
      seen++;
      const t = site.p.tokens;
      const [[a, b]] = normFrags(d.text, [[t[site.start].start, t[site.end - 1].end]]);
      let best: [number, number] | null = null;
      let bestOverlap = 0;
      for (const g of gold) {
        const overlap = Math.min(b, g[1]) - Math.max(a, g[0]);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = g;
        }
      }
      if (!best) return [site.start, site.end];
      matched++;
      const [gs, ge] = best;
      const key = cueStemKey(site);
      const ends = cueEndCandidates(site);
      const endGold = ends.findIndex((e) => t[e - 1].end === ge);
      if (endGold < 0) outside.end++;
      else sites.end.push(siteOf(ends, endGold, ends.indexOf(site.end), CUE_END_FEATURES, (c, r, o) => cueEndFeatures(site, c, r, o, key)));
      if (withText && endGold >= 0) sites.end[sites.end.length - 1].texts = ends.map((e) => d.text.slice(t[site.start].start, t[e - 1].end));
      const starts = cueStartCandidates(site);
      const startGold = starts.findIndex((s) => t[s].start === gs);
      if (startGold < 0) outside.start++;
      else sites.start.push(siteOf(starts, startGold, starts.indexOf(site.start), CUE_START_FEATURES, (c, r, o) => cueStartFeatures(site, c, r, o, key)));
      if (withText && startGold >= 0) sites.start[sites.start.length - 1].texts = starts.map((s) => d.text.slice(t[s].start, t[site.end - 1].end));
      return [site.start, site.end];
    };
    const keepEnd: ContentEndChooser = (site) => site.end;
    const keepStart: ContentEndChooser = (site) => site.start;
    for (let pi = 0; pi < seg.paragraphs.length; pi++) attributeParagraph(d.text, seg, pi, {}, keepEnd, keepStart, chooser);
  }
  fs.writeFileSync(out, JSON.stringify(sites));
  const ownRight = (s: Site[]) => s.filter((x) => x.own === x.gold).length;
  console.log(
    `${dir}: ${seen} cues, ${matched} overlap a gold cue; ends: ${sites.end.length} sites, rules right in ${ownRight(sites.end)}, ${outside.end} gold outside; ` +
      `starts: ${sites.start.length} sites, rules right in ${ownRight(sites.start)}, ${outside.start} gold outside`,
  );
}

// Feature slots left out, per kind (--drop e3,s9: for trying smaller feature sets).
let dropped = new Set<string>();
function featsOf(s: Site, c: number): number[] {
  const kind = s.stride === CUE_END_FEATURES ? 'e' : 's';
  return s.feats.slice(c * s.stride, (c + 1) * s.stride).filter((_, k) => !dropped.has(kind + k));
}

function load(file: string): Site[] {
  const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Sites;
  return [...s.end, ...s.start];
}

function train(files: string[], epochs: number, runs: number, evalFiles: string[], write: boolean, margin: number, min: number): void {
  const sites: Site[] = files.flatMap(load);
  const scores = new Float64Array(1);
  const sum = new SparseLinear(1, 1 << 12);
  for (let run = 0; run < runs; run++) {
    const m = trainRanking(sites, epochs, run, featsOf, scores);
    for (const [k, r] of m.entries()) sum.weights[sum.rowOf(k)] += m.weights[r] / runs;
  }
  // Weights under `min` (features seen a few times, in one order) are dropped: a smaller model file.
  const model = new SparseLinear(1, 1 << 12);
  for (const [k, r] of sum.entries()) if (Math.abs(sum.weights[r]) >= min) model.weights[model.rowOf(k)] = sum.weights[r];
  for (const evalFile of evalFiles) {
    const held = JSON.parse(fs.readFileSync(evalFile, 'utf8')) as Sites;
    for (const kind of ['end', 'start'] as const) {
      let right = 0;
      let ownRight = 0;
      let gained = 0;
      let lost = 0;
      for (const s of held[kind]) {
        const g = bestOf(model, s, featsOf, scores, margin);
        if (g === s.gold) right++;
        if (s.own === s.gold) ownRight++;
        if (g === s.gold && s.own !== s.gold) gained++;
        if (g !== s.gold && s.own === s.gold) lost++;
        if (s.texts && g !== s.own) console.log(`  ${g === s.gold ? 'gained' : s.own === s.gold ? 'lost  ' : 'moved '} ${s.texts[s.own]} -> ${s.texts[g]} (gold ${s.texts[s.gold]})`);
      }
      console.log(`${evalFile} ${kind}s: ranker ${right} / rules ${ownRight} of ${held[kind].length} gold (gained ${gained}, lost ${lost})`);
    }
  }
  if (write) {
    // The margin goes into the weights of "this is the rules' choice" (each kind's first feature
    // at rank 0), so the engine moves a boundary only when another candidate wins by more.
    const marks = new Set(sites.map((s) => s.feats[s.own * s.stride]));
    if (margin) for (const key of marks) model.weights[model.rowOf(key)] += margin;
    const file = path.join(root, 'src', 'engine', 'data', 'cue-extent-model.ts');
    const body =
      '// GENERATED by scripts/train-cue-extents.ts from sites collected on held-out parts of the PolNeAR\n' +
      '// train split (docs/accuracy.md, category 2). Hashed feature weights of the cue-extent ranker;\n' +
      '// no corpus text. Do not edit by hand.\n' +
      "import type { SerializedModel } from '../attribution/model';\n\n" +
      `export const CUE_EXTENT_MODEL: SerializedModel = ${JSON.stringify(serialize(model))};\n`;
    fs.writeFileSync(file, body);
    console.log(`wrote ${path.relative(root, file)} (${model.size} features, ${(body.length / 1024).toFixed(0)} KB)`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const opts = (name: string): string[] => args.flatMap((a, i) => (i > 0 && args[i - 1] === '--' + name ? [a] : []));
  const opt = (name: string): string | null => opts(name)[0] ?? null;
  const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--epochs', '--eval', '--margin', '--runs', '--drop', '--min'].includes(args[i - 1])));
  dropped = new Set((opt('drop') ?? '').split(',').filter(Boolean));
  if (positional[0] === 'collect' && positional.length === 3) return collect(path.resolve(positional[1]), positional[2], args.includes('--text'));
  if (positional[0] === 'train' && positional.length > 1) return train(positional.slice(1), Number(opt('epochs') ?? '5'), Number(opt('runs') ?? '3'), opts('eval'), args.includes('--write'), Number(opt('margin') ?? '3'), Number(opt('min') ?? '1'));
  console.error('usage: collect DIR OUT.json | train SITES.json... [--epochs N] [--margin M] [--runs N] [--eval SITES.json]... [--write]');
  process.exit(2);
}

main();
