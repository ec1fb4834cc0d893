// Error analysis of source and content spans on a PolNeAR split, for attributions whose cue the
// engine finds exactly: how the predicted boundaries differ from gold (which side, by which tokens),
// and which kinds of source are missed or wrong. Prints counts and a few examples per category;
// nothing is stored (the corpus texts stay in ../shared).
// Usage: esbuild scripts/eval/role-errors.ts --bundle --platform=node --outfile=out/role-errors.js && node out/role-errors.js [DIR] [--examples N] [--only CATEGORY] [--overlap]
import * as path from 'path';
import { loadGold, normFrags, type Frags, type GoldAttribution } from './brat';
import { segment } from '../../src/engine/segment';
import { findAttributions, type DetailedAttribution } from '../../src/engine/attribution';

const args = process.argv.slice(2);
const exIdx = args.indexOf('--examples');
const examples = exIdx >= 0 ? Number(args[exIdx + 1]) : 3;
const onlyIdx = args.indexOf('--only');
// --overlap: analyse attributions whose cue only overlaps a gold cue (boundary differs) instead.
const overlapCues = args.includes('--overlap');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : null;
// An option's value is not positional (indexOf gives -1 for an absent option, so test for it).
const positional = args.filter((a, i) => !a.startsWith('--') && !(exIdx >= 0 && i === exIdx + 1) && !(onlyIdx >= 0 && i === onlyIdx + 1));
const dir = path.resolve(positional[0] ?? path.join(__dirname, '..', '..', 'shared', 'datasets', 'polnear', 'dev'));

const tally = new Map<string, { n: number; shown: string[] }>();
function note(role: string, category: string, example: string): void {
  const k = `${role}: ${category}`;
  const t = tally.get(k) ?? { n: 0, shown: [] };
  t.n++;
  if (t.shown.length < examples || (only && k.includes(only))) t.shown.push(example);
  tally.set(k, t);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
const show = (text: string, f: Frags | null) => (f ? f.map(([s, e]) => flat(text.slice(s, e))).join(' … ') : '-');
const key = (f: Frags | null) => (f ? JSON.stringify(f) : 'null');

/** What the text between two offsets is, as a category name ("'.'", "'that'", "quote", "words: 3"). */
function describe(diff: string): string {
  const d = diff.trim();
  if (d === '') return 'whitespace';
  if (/^[.,;:!?]$/.test(d)) return `'${d}'`;
  if (/^["“”'‘’]+$/.test(d)) return 'quote mark';
  if (/^[.,;:!?]?["“”'‘’][.,;:!?]?$/.test(d)) return 'punct + quote';
  if (/^that$/i.test(d)) return "'that'";
  if (/^[,;:]?\s*(that|to|of|about|whether|if)\b/i.test(d) && d.split(/\s+/).length <= 2) return `'${d.toLowerCase()}'`;
  if (/^\(.*\)$/.test(d) || /^,?\s*\(/.test(d)) return 'parenthetical';
  if (/[.!?]["”’]?\s+["“‘]?[A-Z]/.test(d)) return 'another sentence';
  const words = d.split(/\s+/).length;
  return `words: ${words <= 3 ? words : words <= 8 ? '4-8' : '9+'}`;
}

/** Compares one predicted span with gold; the category says which boundary differs and by what. */
function compare(text: string, role: string, pred: Frags | null, gold: Frags | null, ctx: string): void {
  if (key(pred) === key(gold)) {
    note(role, 'exact', '');
    return;
  }
  if (!pred) return note(role, 'missed (predicted none)', `gold=[${show(text, gold)}] ${ctx}`);
  if (!gold) return note(role, 'spurious (gold has none)', `pred=[${show(text, pred)}] ${ctx}`);
  const ex = `gold=[${show(text, gold)}]\n      pred=[${show(text, pred)}] ${ctx}`;
  const overlap = pred.some(([s, e]) => gold.some(([a, b]) => s < b && a < e));
  if (!overlap) return note(role, "wrong span (no overlap)", ex);
  if (pred.length !== gold.length) return note(role, `fragments: pred ${pred.length} gold ${gold.length}`, ex);
  // Same fragment count: report the first fragment boundary that differs.
  for (let k = 0; k < gold.length; k++) {
    const [ps, pe] = pred[k];
    const [gs, ge] = gold[k];
    const frag = gold.length > 1 ? ` (fragment ${k + 1}/${gold.length})` : '';
    const parts: string[] = [];
    if (ps !== gs) parts.push(ps < gs ? `start early by ${describe(text.slice(ps, gs))}` : `start late by ${describe(text.slice(gs, ps))}`);
    if (pe !== ge) parts.push(pe > ge ? `end late by ${describe(text.slice(ge, pe))}` : `end early by ${describe(text.slice(pe, ge))}`);
    if (parts.length) return note(role, parts.join(' & ') + frag, ex);
  }
}

/** Source categories for misses and wrong spans: what kind of source the gold one is. */
function sourceKind(s: string): string {
  const t = s.trim();
  if (/^(he|she|they|it|i|we|you|his|her|their)$/i.test(t)) return 'pronoun';
  if (/,/.test(t)) return 'appositive / comma';
  if (/^(the|a|an)\s/i.test(t)) return 'noun phrase';
  if (/^[A-Z]/.test(t)) return 'name';
  return 'other';
}

function predicted(text: string, a: DetailedAttribution): { cue: Frags; source: Frags | null; content: Frags | null } {
  return {
    cue: normFrags(text, [[a.cue.start, a.cue.end]]),
    source: a.source ? normFrags(text, [[a.source.start, a.source.end]]) : null,
    content: normFrags(text, a.contentFragments.map((f) => [f.start, f.end] as [number, number])),
  };
}

function main(): void {
  const docs = loadGold(dir);
  let matched = 0;
  for (const d of docs) {
    const atts = findAttributions(d.text, segment(d.text, 'plaintext'));
    const byCue = new Map<string, GoldAttribution>();
    for (const g of d.attributions) if (g.cue) byCue.set(key(g.cue), g);
    for (const a of atts) {
      const p = predicted(d.text, a);
      const exact = byCue.get(key(p.cue));
      const g = overlapCues
        ? exact
          ? undefined
          : d.attributions.find((x) => x.cue && x.cue.some(([s, e]) => p.cue.some(([a, b]) => s < b && a < e)))
        : exact;
      if (!g) continue;
      matched++;
      const cueText = flat(d.text.slice(a.cue.start, a.cue.end));
      const ctx = `cue=[${cueText}] ${d.id.slice(0, 12)}`;
      compare(d.text, 'content', p.content, g.content, ctx);
      compare(d.text, 'source', p.source, g.source, ctx);
      if (key(p.source) !== key(g.source) && g.source) note('source-kind', sourceKind(show(d.text, g.source)) + (p.source ? ' (wrong)' : ' (missed)'), `gold=[${show(d.text, g.source)}] pred=[${show(d.text, p.source)}] ${ctx}`);
      if (g.source && !/^(said|says|say|told|according to)$/i.test(cueText) && key(p.source) !== key(g.source)) {
        const gs = g.source[0][0];
        note('source-side', gs > a.cue.start ? 'gold source after cue' : 'gold source before cue', '');
      }
    }
  }
  console.log(`${path.relative(process.cwd(), dir)}: ${matched} predicted attributions with ${overlapCues ? 'a gold cue that only overlaps' : 'an exact gold cue'}`);
  const rows = [...tally.entries()].sort((x, y) => x[0].split(':')[0].localeCompare(y[0].split(':')[0]) || y[1].n - x[1].n);
  for (const [k, t] of rows) {
    if (only && !k.includes(only)) continue;
    console.log(`${String(t.n).padStart(5)}  ${k}`);
    for (const e of t.shown) if (e) console.log(`      ${e}`);
  }
}

main();
