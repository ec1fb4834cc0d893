// How many gold contents cross a paragraph break, and how many of those the engine finds the cue
// of. Answers whether joining quotes across paragraphs could pay (docs/accuracy.md, category 5).
// Usage: esbuild scripts/eval/cross-paragraph.ts --bundle --platform=node --outfile=out/cross-paragraph.js
//        && node out/cross-paragraph.js [DIR]   (default: PolNeAR dev)
import * as path from 'path';
import { loadGold } from './brat';
import { segment } from '../../src/engine/segment';
import { findAttributions } from '../../src/engine/attribution';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'datasets', 'polnear', 'dev'));
let contents = 0;
let crossing = 0;
let cueFound = 0;
for (const d of loadGold(dir)) {
  const seg = segment(d.text, 'plaintext');
  const paragraphOf = (o: number): number => seg.paragraphs.findIndex((p) => o >= p.start && o < p.end);
  const predicted = findAttributions(d.text, seg);
  for (const a of d.attributions) {
    if (!a.content || !a.cue) continue;
    contents++;
    const first = paragraphOf(a.content[0][0]);
    const last = paragraphOf(a.content[a.content.length - 1][1] - 1);
    if (first === last) continue;
    crossing++;
    const [cs, ce] = [a.cue[0][0], a.cue[a.cue.length - 1][1]];
    if (predicted.some((p) => p.cue.start === cs && p.cue.end === ce)) cueFound++;
  }
}
console.log(`${dir}: ${crossing} of ${contents} gold contents cross a paragraph break; the engine finds the exact cue of ${cueFound} of them`);
