// Re-prunes one shipped model from the unpruned weights the last training run of that stage left in
// out/ (to try size/accuracy trade-offs without retraining).
// Usage: node out/prune.js cue|role MIN [WORD_MIN [TRAIN_DIR]]
//   WORD_MIN (cue only): the lower threshold of the per-word features (eval/pruning.ts), found
//   by tokenising the train split again (default ../shared/datasets/polnear/train).
import * as fs from 'fs';
import * as path from 'path';
import { deserialize, serialize, type SerializedModel } from '../../src/engine/attribution/model';
import { segment } from '../../src/engine/segment';
import { paragraphTokens } from '../../src/engine/attribution/context';
import { prefixCounts } from '../../src/engine/attribution/features';
import { loadGold } from './brat';
import { cueWordFeatureKeys, pruned } from './pruning';
import { modelFilePath, writeModelFile, type Stage } from './modelFile';

const root = path.resolve(__dirname, '..');
const stage = process.argv[2] as Stage;
const min = Number(process.argv[3]);
const wordMin = process.argv[4] === undefined ? min : Number(process.argv[4]);
const trainDir = path.resolve(process.argv[5] ?? path.join(root, '..', 'shared', 'datasets', 'polnear', 'train'));
if ((stage !== 'cue' && stage !== 'role') || !Number.isFinite(min) || !Number.isFinite(wordMin) || (stage === 'role' && wordMin !== min)) {
  console.error('usage: node out/prune.js cue|role MIN [WORD_MIN [TRAIN_DIR]]  (WORD_MIN: cue only)');
  process.exit(2);
}

function* trainParagraphs(): Generator<{ pre: ReturnType<typeof prefixCounts> }> {
  for (const doc of loadGold(trainDir)) {
    const seg = segment(doc.text, 'plaintext');
    for (let pi = 0; pi < seg.paragraphs.length; pi++) yield { pre: prefixCounts(paragraphTokens(doc.text, seg, pi)) };
  }
}

const full = deserialize(JSON.parse(fs.readFileSync(path.join(root, 'out', `${stage}-model.full.json`), 'utf8')) as SerializedModel);
const wordKeys = wordMin === min ? new Set<number>() : cueWordFeatureKeys(trainParagraphs());
const model = serialize(pruned(full, min, wordKeys, wordMin));
const size = writeModelFile(modelFilePath(root, stage), stage, model);
console.log(`${stage} min weight ${min} (per-word ${wordMin}): ${model.features} features, ${(size / 1024).toFixed(0)} KB`);
