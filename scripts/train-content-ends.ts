// Trains the content-end ranker (src/engine/attribution/contentEnd.ts) in two steps:
//   collect DIR OUT.json: runs the engine (with the cue and role models bundled into this build)
//     over the gold articles of DIR and stores, for every right-hand content whose cue and start
//     are gold, the features of each candidate end and which one is gold. Only feature hashes are
//     stored, no text.
//   train SITES.json... [--epochs N (3)] [--margin M (2)] [--runs N (1)] [--drop SLOTS]
//     [--eval SITES.json] [--write]: a ranking perceptron over the collected sites (--runs averages
//     several shuffle orders; --drop 3,9 leaves feature slots out, for trying smaller sets); --eval
//     prints how often it picks the gold end on other sites, against the rules' end; --write writes
//     src/engine/data/content-end-model.ts with the margin folded into the weights.
// The ranker sees where the rules put the end, so it must learn from sites the taggers never
// trained on: collected on train with the shipped models, the rules' end would look near perfect.
// scripts/train-content-ends.sh (npm run build:content-ends) does the cross-fitting: each fifth of
// train is collected with taggers trained on the other four fifths.
import * as fs from 'fs';
import * as path from 'path';
import { loadGold, normFrags, type GoldDoc } from './eval/brat';
import { segment } from '../src/engine/segment';
import { attributeParagraph } from '../src/engine/attribution';
import { contentEndCandidates, contentEndFeatures, END_FEATURES, endContext, type ContentEndSite } from '../src/engine/attribution/contentEnd';
import { contentStartCandidates, contentStartFeatures, START_FEATURES } from '../src/engine/attribution/contentStart';
import { serialize, SparseLinear } from '../src/engine/attribution/model';
import { bestOf, trainRanking } from './eval/rankingPerceptron';

const root = path.resolve(__dirname, '..');

interface Site {
  /** Candidate count, the gold candidate's and the rules' end's index. */
  n: number;
  gold: number;
  own: number;
  /** n * END_FEATURES feature hashes. */
  feats: number[];
}

function collect(dir: string, out: string, kind: Kind): void {
  const docs: GoldDoc[] = loadGold(dir);
  const sites: Site[] = [];
  let seen = 0;
  let outside = 0;
  for (const d of docs) {
    const cues = new Map<string, Array<[number, number]>>();
    for (const g of d.attributions) if (g.cue && g.content) cues.set(JSON.stringify(g.cue), g.content);
    const seg = segment(d.text, 'plaintext');
    const chooser = (site: ContentEndSite): number => {
      seen++;
      const t = site.p.tokens;
      const cue = normFrags(d.text, [[t[site.cueStart].start, t[site.cueEnd - 1].end]]);
      const content = cues.get(JSON.stringify(cue));
      const frag = content?.find(([s]) => s === t[site.start].start);
      if (!frag) return site.end;
      const cands = contentEndCandidates(site);
      const gold = cands.findIndex((e) => t[e - 1].end === frag[1]);
      if (gold < 0) {
        outside++;
        return site.end;
      }
      const own = cands.indexOf(site.end);
      const ctx = endContext(site, cands[cands.length - 1]);
      const feats: number[] = [];
      const buf = new Uint32Array(END_FEATURES);
      for (let c = 0; c < cands.length; c++) {
        contentEndFeatures(site, cands[c], c - own, ctx, buf);
        for (const f of buf) feats.push(f);
      }
      sites.push({ n: cands.length, gold, own, feats });
      return site.end;
    };
    // Where a right-hand content starts (contentStart.ts), once its end is the rules' one.
    const startChooser = (site: ContentEndSite): number => {
      seen++;
      const t = site.p.tokens;
      const cue = normFrags(d.text, [[t[site.cueStart].start, t[site.cueEnd - 1].end]]);
      const content = cues.get(JSON.stringify(cue));
      const frag = content?.find(([s, e]) => s < t[site.end - 1].end && t[site.start].start < e);
      if (!frag) return site.start;
      const cands = contentStartCandidates(site);
      const gold = cands.findIndex((c) => t[c].start === frag[0]);
      if (gold < 0) {
        outside++;
        return site.start;
      }
      const own = cands.indexOf(site.start);
      const feats: number[] = [];
      const buf = new Uint32Array(START_FEATURES);
      for (let c = 0; c < cands.length; c++) {
        contentStartFeatures(site, cands[c], c - own, buf);
        for (const f of buf) feats.push(f);
      }
      sites.push({ n: cands.length, gold, own, feats });
      return site.start;
    };
    const keepEnd = (site: ContentEndSite): number => site.end;
    const keepStart = (site: ContentEndSite): number => site.start;
    for (let pi = 0; pi < seg.paragraphs.length; pi++) {
      if (kind === 'start') attributeParagraph(d.text, seg, pi, {}, keepEnd, startChooser);
      else attributeParagraph(d.text, seg, pi, {}, chooser, keepStart);
    }
  }
  fs.writeFileSync(out, JSON.stringify(sites));
  const ownRight = sites.filter((s) => s.own === s.gold).length;
  console.log(`${dir} (${kind}): ${seen} right-hand contents, ${sites.length} with the gold ${kind} among the candidates (and, for ends, a gold start); the rules' ${kind} is gold in ${ownRight}; ${outside} more have it outside them`);
}

// Feature slots left out (--drop 3,9: for trying smaller feature sets).
let dropped = new Set<number>();
/** Which boundary the sites and the model are about: the content's end or its start. */
type Kind = 'end' | 'start';
let stride = END_FEATURES;
function featsOf(s: Site, c: number): number[] {
  return s.feats.slice(c * stride, (c + 1) * stride).filter((_, k) => !dropped.has(k));
}

function train(files: string[], epochs: number, runs: number, evalFile: string | null, write: boolean, margin: number, kind: Kind): void {
  const sites: Site[] = files.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Site[]);
  const scores = new Float64Array(1);
  // Rankers of several shuffle orders, averaged: the sites are few, so one order's quirks show.
  const model = new SparseLinear(1, 1 << 12);
  for (let run = 0; run < runs; run++) {
    const m = trainRanking(sites, epochs, run, featsOf, scores);
    for (const [k, r] of m.entries()) model.weights[model.rowOf(k)] += m.weights[r] / runs;
  }
  if (evalFile) {
    const held = JSON.parse(fs.readFileSync(evalFile, 'utf8')) as Site[];
    let right = 0;
    let ownRight = 0;
    let gained = 0;
    let lost = 0;
    for (const s of held) {
      const g = bestOf(model, s, featsOf, scores, margin);
      if (g === s.gold) right++;
      if (s.own === s.gold) ownRight++;
      if (g === s.gold && s.own !== s.gold) gained++;
      if (g !== s.gold && s.own === s.gold) lost++;
    }
    console.log(`${evalFile}: ranker ${right} / rules ${ownRight} of ${held.length} ends gold (gained ${gained}, lost ${lost})`);
  }
  if (write) {
    // The margin goes into the weights of "this is the rules' end" (contentEndFeatures' first
    // feature at rank 0, one per kind of content), so the engine moves an end only when another
    // candidate wins by more.
    const marks = new Set(sites.map((s) => s.feats[s.own * stride]));
    if (margin) for (const key of marks) model.weights[model.rowOf(key)] += margin;
    const file = path.join(root, 'src', 'engine', 'data', `content-${kind}-model.ts`);
    const body =
      '// GENERATED by scripts/train-content-ends.ts from sites collected on held-out parts of the PolNeAR\n' +
      `// train split (docs/accuracy.md, category 4). Hashed feature weights of the content-${kind} ranker;\n` +
      '// no corpus text. Do not edit by hand.\n' +
      "import type { SerializedModel } from '../attribution/model';\n\n" +
      `export const CONTENT_${kind.toUpperCase()}_MODEL: SerializedModel = ${JSON.stringify(serialize(model))};\n`;
    fs.writeFileSync(file, body);
    console.log(`wrote ${path.relative(root, file)} (${model.size} features, ${(body.length / 1024).toFixed(0)} KB)`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | null => {
    const i = args.indexOf('--' + name);
    return i >= 0 ? args[i + 1] : null;
  };
  const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--epochs', '--eval', '--drop', '--margin', '--runs', '--kind'].includes(args[i - 1])));
  const kind: Kind = opt('kind') === 'start' ? 'start' : 'end';
  stride = kind === 'start' ? START_FEATURES : END_FEATURES;
  const drop = opt('drop');
  if (drop) dropped = new Set(drop.split(',').map(Number));
  if (positional[0] === 'collect' && positional.length === 3) return collect(path.resolve(positional[1]), positional[2], kind);
  if (positional[0] === 'train' && positional.length > 1) return train(positional.slice(1), Number(opt('epochs') ?? '3'), Number(opt('runs') ?? '1'), opt('eval'), args.includes('--write'), Number(opt('margin') ?? '2'), kind);
  console.error('usage: collect DIR OUT.json | train SITES.json... [--epochs N] [--margin M] [--runs N] [--drop SLOTS] [--eval SITES.json] [--write]');
  process.exit(2);
}

main();
