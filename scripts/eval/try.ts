// Prints the attributions found in a text (a file or the argument), for quick inspection.
// Usage: node out/try.js FILE|TEXT [--markdown]
import * as fs from 'fs';
import { segment } from '../../src/engine/segment';
import { findAttributions } from '../../src/engine/attribution';

const arg = process.argv[2] ?? '';
const text = fs.existsSync(arg) ? fs.readFileSync(arg, 'utf8') : arg;
const seg = segment(text, process.argv.includes('--markdown') ? 'markdown' : 'plaintext');
for (const a of findAttributions(text, seg)) {
  const content = a.contentFragments.map((f) => f.text).join(' | ');
  console.log(`cue [${a.cue.text}]  source [${a.source?.text ?? '-'}]  content [${content}]  ${a.kind}${a.vague ? ' vague' : ''}`);
}
