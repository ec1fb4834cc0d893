// Re-prunes the shipped model from the unpruned weights the last training run left in out/
// (to try size/accuracy trade-offs without retraining). Usage: node out/prune.js CUE_MIN [ROLE_MIN]
import * as fs from 'fs';
import * as path from 'path';
import { deserialize, serialize, type SerializedModel } from '../../src/engine/attribution/model';
import { writeModelFile } from './modelFile';

const root = path.resolve(__dirname, '..');
const min = Number(process.argv[2] ?? '3');
const roleMin = Number(process.argv[3] ?? min);
const full = JSON.parse(fs.readFileSync(path.join(root, 'out', 'attribution-model.full.json'), 'utf8')) as { cue: SerializedModel; role: SerializedModel };
const cue = serialize(deserialize(full.cue), min);
const role = serialize(deserialize(full.role), roleMin);
const size = writeModelFile(path.join(root, 'src', 'engine', 'data', 'attribution-model.ts'), cue, role);
console.log(`min weight ${min} / ${roleMin}: ${cue.features} cue + ${role.features} role features, ${(size / 1024).toFixed(0)} KB`);
