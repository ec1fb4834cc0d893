// Benchmark inputs: PolNeAR dev articles read from ../shared at run time (never copied into the
// project), and long drafts built by concatenating them.
import * as fs from 'fs';
import * as path from 'path';
import { words } from './timing';

export interface Article {
  name: string;
  text: string;
}

export function sharedDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared');
}

export function loadDevArticles(repoRoot: string): Article[] {
  const dir = path.join(sharedDir(repoRoot), 'datasets', 'polnear', 'dev', 'text');
  if (!fs.existsSync(dir)) throw new Error(`PolNeAR dev texts not found at ${dir} (../shared must sit beside the checkout)`);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Whole paragraphs of the articles, repeated as needed, until the draft has at least `target` words. */
export function buildDraft(articles: readonly Article[], target: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let round = 0; count < target; round++) {
    for (const a of articles) {
      for (const para of a.text.split(/\n\s*\n/)) {
        const p = para.trim();
        if (!p) continue;
        // Later rounds differ slightly so that a per-paragraph cache cannot serve the repeats.
        const text = round === 0 ? p : `${p} (${round})`;
        parts.push(text);
        count += words(text);
        if (count >= target) break;
      }
      if (count >= target) break;
    }
  }
  return parts.join('\n\n') + '\n';
}
