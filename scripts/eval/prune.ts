// Re-prunes one shipped model from the unpruned weights the last training run of that stage left in
// out/ (to try size/accuracy trade-offs without retraining). Usage: node out/prune.js cue|role MIN
import * as fs from 'fs';
import * as path from 'path';
import { deserialize, serialize, type SerializedModel } from '../../src/engine/attribution/model';
import { modelFilePath, writeModelFile, type Stage } from './modelFile';

const root = path.resolve(__dirname, '..');
const stage = process.argv[2] as Stage;
const min = Number(process.argv[3]);
if ((stage !== 'cue' && stage !== 'role') || !Number.isFinite(min)) {
  console.error('usage: node out/prune.js cue|role MIN_WEIGHT');
  process.exit(2);
}
const full = JSON.parse(fs.readFileSync(path.join(root, 'out', `${stage}-model.full.json`), 'utf8')) as SerializedModel;
const model = serialize(deserialize(full), min);
const size = writeModelFile(modelFilePath(root, stage), stage, model);
console.log(`${stage} min weight ${min}: ${model.features} features, ${(size / 1024).toFixed(0)} KB`);
