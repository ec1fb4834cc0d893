// Cue error analysis on a PolNeAR split (dev by default): which gold cues the engine misses and why,
// and which cues it predicts that no annotator marked. For tuning only; prints corpus words, so its
// output is never copied into the project.
// Usage: npx esbuild scripts/eval/cue-errors.ts --bundle --platform=node --outfile=out/cue-errors.js
//        node out/cue-errors.js [DIR] [--top N] [--show WORD]
//   --show WORD: the sentences of missed and false cues whose text contains WORD (lower case).
import * as path from 'path';
import { loadGold, normFrags, type Frags } from './brat';
import { segment } from '../../src/engine/segment';
import { findAttributions } from '../../src/engine/attribution';
import { paragraphTokens, type ParagraphTokens } from '../../src/engine/attribution/context';
import { prefixCounts, stem } from '../../src/engine/attribution/features';
import { deserialize } from '../../src/engine/attribution/model';
import { CUE_BIAS, tagCues } from '../../src/engine/attribution/cueTagger';
import { posOf } from '../../src/engine/attribution/pos';
import { CUE_MODEL } from '../../src/engine/data/cue-model';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] ?? null : null;
};
const top = Number(opt('top') ?? '30');
const show = opt('show');
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dir = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'datasets', 'polnear', 'dev'));

type Category = string;
const tallies = new Map<string, Map<string, number>>();
function tally(table: string, k: string): void {
  let t = tallies.get(table);
  if (!t) tallies.set(table, (t = new Map()));
  t.set(k, (t.get(k) ?? 0) + 1);
}
function printTable(table: string): void {
  const t = tallies.get(table);
  if (!t) return;
  const total = [...t.values()].reduce((a, b) => a + b, 0);
  console.log(`\n== ${table} (${total})`);
  const rows = [...t.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(rows.map(([k, v]) => `${v.toString().padStart(5)}  ${k}`).join('\n'));
}

const overlaps = (a: Frags, b: Frags) => a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
const key = (f: Frags) => f.map(([s, e]) => `${s}-${e}`).join(',');
const textOf = (text: string, f: Frags) => f.map(([s, e]) => text.slice(s, e)).join(' ... ').replace(/\s+/g, ' ');

/** Word classes of the words of a span, as a short signature ("VBD", "NOUN PREP"). */
function classes(text: string, f: Frags): string {
  return textOf(text, f)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((w) => posOf(w.toLowerCase().replace(/[^a-z'-]/g, ''), w))
    .join(' ');
}

function sentenceAround(text: string, s: number, e: number): string {
  const a = Math.max(text.lastIndexOf('\n', s) + 1, s - 160);
  let b = text.indexOf('\n', e);
  if (b < 0 || b > e + 160) b = e + 160;
  return (text.slice(a, s) + '[[' + text.slice(s, e) + ']]' + text.slice(e, b)).replace(/\s+/g, ' ');
}

function main(): void {
  const docs = loadGold(dir);
  const cueModel = deserialize(CUE_MODEL);
  let gold = 0;
  let pred = 0;
  const cat: Record<Category, number> = {};
  const bump = (c: Category) => (cat[c] = (cat[c] ?? 0) + 1);
  for (const d of docs) {
    const seg = segment(d.text, 'plaintext');
    const atts = findAttributions(d.text, seg);
    const predCues = atts.map((a) => normFrags(d.text, [[a.cue.start, a.cue.end]])).filter((f) => f.length);
    const goldCues = d.attributions.map((a) => a.cue).filter((f): f is Frags => !!f && f.length > 0);
    // Raw tagger proposals (B/I runs before the start filters and patterns), as character ranges.
    const raw: Frags[] = [];
    for (let pi = 0; pi < seg.paragraphs.length; pi++) {
      const p: ParagraphTokens = paragraphTokens(d.text, seg, pi);
      if (!p.tokens.length) continue;
      const tags = tagCues(p, prefixCounts(p), cueModel, undefined, CUE_BIAS);
      for (let i = 0; i < tags.length; i++) {
        if (tags[i] !== 1) continue;
        let j = i + 1;
        while (j < tags.length && tags[j] === 2) j++;
        raw.push([[p.tokens[i].start, p.tokens[j - 1].end]]);
      }
    }
    gold += goldCues.length;
    pred += predCues.length;
    const predKeys = new Set(predCues.map(key));
    const goldKeys = new Set(goldCues.map(key));
    for (const g of goldCues) {
      const words = textOf(d.text, g).toLowerCase();
      if (predKeys.has(key(g))) {
        bump('gold: exact');
        continue;
      }
      const near = predCues.find((p) => overlaps(p, g));
      let c: Category;
      if (near) {
        c = 'gold: boundary (a predicted cue overlaps)';
        tally('boundary errors: gold -> predicted', `${words}  ->  ${textOf(d.text, near).toLowerCase()}`);
      } else if (raw.some((r) => overlaps(r, g))) {
        c = 'gold: tagger proposed, dropped by filters/nesting';
        tally('dropped after proposal (gold text)', words);
      } else {
        c = 'gold: never proposed';
        tally('never proposed (gold text)', words);
        tally('never proposed (first-word stem)', stem(words.split(/\s+/)[0] ?? ''));
        tally('never proposed (word classes)', classes(d.text, g));
        if (g.length > 1) tally('never proposed (shape)', 'multi-fragment');
      }
      bump(c);
      if (show && words.includes(show)) console.log(`MISS ${c}: ${sentenceAround(d.text, g[0][0], g[g.length - 1][1])}`);
    }
    for (const p of predCues) {
      if (goldKeys.has(key(p))) continue;
      const words = textOf(d.text, p).toLowerCase();
      if (goldCues.some((g) => overlaps(p, g))) {
        bump('pred: boundary');
        continue;
      }
      bump('pred: false (no gold cue overlaps)');
      tally('false cues (text)', words);
      tally('false cues (word classes)', classes(d.text, p));
      if (show && words.includes(show)) console.log(`FALSE: ${sentenceAround(d.text, p[0][0], p[p.length - 1][1])}`);
    }
  }
  console.log(`${docs.length} documents: ${gold} gold cues, ${pred} predicted`);
  for (const [c, n] of Object.entries(cat).sort()) console.log(`${n.toString().padStart(5)}  ${c}`);
  for (const t of tallies.keys()) printTable(t);
}

main();
