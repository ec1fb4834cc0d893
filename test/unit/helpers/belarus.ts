// The canonical reference article and its ten gold attributions, read from ../shared at run time
// (never copied into the project), turned into reference facts without the attribution model.
import * as fs from 'fs';
import * as path from 'path';
import { midSentenceNames } from '../../../src/engine/facts/entities';
import { extractFacts } from '../../../src/engine/facts/extract';
import { FactIndex } from '../../../src/engine/facts/index';
import { ReferenceSet } from '../../../src/engine/facts/references';
import { segment } from '../../../src/engine/segment';
import { LineIndex } from '../../../src/engine/text';
import { Attribution, Span } from '../../../src/engine/types';

/** The checkout: the nearest folder up from here with our package.json (works from src and out). */
function findRepoRoot(from: string): string {
  let dir = from;
  while (path.dirname(dir) !== dir) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'examples'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(from, '..', '..', '..', '..');
}

export const repoRoot = findRepoRoot(__dirname);
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const BELARUS_TXT = path.join(sharedDir, 'fixtures', 'belarus-reference.txt');
export const BELARUS_ANN = path.join(sharedDir, 'fixtures', 'belarus-reference.ann');

/** Code-point offsets (brat) to UTF-16 offsets. */
function utf16Offset(text: string, codePoints: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < codePoints) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    cp++;
  }
  return i;
}

/** The gold attributions of a brat .ann file (Source/Cue/Content tied by E lines). */
export function goldAttributions(text: string, ann: string): Attribution[] {
  const seg = segment(text, 'plaintext');
  const spans = new Map<string, Span>();
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\w+) (\d+) (\d+)\t/.exec(line);
    if (t) {
      const start = utf16Offset(text, Number(t[3]));
      const end = utf16Offset(text, Number(t[4]));
      spans.set(t[1], { start, end, text: text.slice(start, end) });
    }
  }
  const out: Attribution[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const roles = new Map(e[1].split(/\s+/).map((r) => r.split(':') as [string, string]));
    const cue = spans.get(roles.get('Cue') ?? '');
    if (!cue) continue;
    const content = spans.get(roles.get('Content') ?? '') ?? null;
    const source = spans.get(roles.get('Source') ?? '') ?? null;
    out.push({
      cue,
      source,
      content,
      kind: /^according/i.test(cue.text) ? 'according-to' : content && /^["“]/.test(content.text) ? 'direct-quote' : 'indirect',
      vague: false,
      sentence: seg.sentences.findIndex((s) => s.start <= cue.start && cue.start < s.end),
    });
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

export function belarusText(): string {
  return fs.readFileSync(BELARUS_TXT, 'utf8');
}

/** Reference facts of the belarus article from its gold attributions; path as the CLI would show it. */
export function belarusReferences(refPath = 'belarus-reference.txt'): ReferenceSet {
  const text = belarusText();
  const seg = segment(text, 'plaintext');
  const attributions = goldAttributions(text, fs.readFileSync(BELARUS_ANN, 'utf8'));
  const names = midSentenceNames(text);
  const facts = extractFacts(text, seg, attributions, refPath, new LineIndex(text), refPath, names);
  return { index: new FactIndex(facts), facts, names };
}
