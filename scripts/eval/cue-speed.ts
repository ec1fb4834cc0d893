// Times the cue tagger alone (features + Viterbi) over the dev split, to weigh a feature's cost
// without the noise of segmentation and role tagging. Tokens and prefixes are built beforehand.
// Usage: node out/cue-speed.js [DIR] (best of 7 passes, CPU time).
import * as path from 'path';
import { loadGold } from './brat';
import { segment } from '../../src/engine/segment';
import { paragraphTokens, type ParagraphTokens } from '../../src/engine/attribution/context';
import { prefixCounts, type Prefix } from '../../src/engine/attribution/features';
import { CUE_BIAS, tagCues } from '../../src/engine/attribution/cueTagger';
import { deserialize } from '../../src/engine/attribution/model';
import { CUE_MODEL } from '../../src/engine/data/cue-model';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'datasets', 'polnear', 'dev'));
const paras: Array<{ p: ParagraphTokens; pre: Prefix }> = [];
let tokens = 0;
for (const d of loadGold(dir)) {
  const seg = segment(d.text, 'plaintext');
  for (let pi = 0; pi < seg.paragraphs.length; pi++) {
    const p = paragraphTokens(d.text, seg, pi);
    paras.push({ p, pre: prefixCounts(p) });
    tokens += p.tokens.length;
  }
}
const model = deserialize(CUE_MODEL).freeze();
let best = Infinity;
let cues = 0;
for (let pass = 0; pass < 8; pass++) {
  const t0 = process.cpuUsage();
  cues = 0;
  for (const { p, pre } of paras) {
    const tags = tagCues(p, pre, model, undefined, CUE_BIAS);
    for (let i = 0; i < tags.length; i++) if (tags[i] === 1) cues++;
  }
  const t = process.cpuUsage(t0);
  if (pass > 0) best = Math.min(best, (t.user + t.system) / 1000);
}
console.log(`cue tagger: ${best.toFixed(1)} ms CPU for ${tokens} tokens (${((1000 * best) / tokens).toFixed(2)} ms per 1,000 tokens), ${cues} cue starts`);
