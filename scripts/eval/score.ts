// Span scoring per role. Exact: a predicted span whose fragments equal a gold span's fragments (both
// whitespace-trimmed). Overlap: a predicted span sharing at least one character with a gold span of
// the same role. Precision counts predicted spans that match some gold span; recall counts gold spans
// matched by some predicted span (matching is per document and per role, ignoring which attribution
// a span belongs to, as in the published PolNeAR results).
import type { Frags } from './brat';

export interface Counts {
  predicted: number;
  gold: number;
  exactP: number;
  exactR: number;
  overlapP: number;
  overlapR: number;
}

export function emptyCounts(): Counts {
  return { predicted: 0, gold: 0, exactP: 0, exactR: 0, overlapP: 0, overlapR: 0 };
}

function key(f: Frags): string {
  return f.map(([s, e]) => s + '-' + e).join(',');
}

function overlaps(a: Frags, b: Frags): boolean {
  for (const [s1, e1] of a) for (const [s2, e2] of b) if (s1 < e2 && s2 < e1) return true;
  return false;
}

export function scoreDoc(pred: Frags[], gold: Frags[], c: Counts): void {
  c.predicted += pred.length;
  c.gold += gold.length;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(pred.map(key));
  for (const p of pred) {
    if (goldKeys.has(key(p))) c.exactP++;
    if (gold.some((g) => overlaps(p, g))) c.overlapP++;
  }
  for (const g of gold) {
    if (predKeys.has(key(g))) c.exactR++;
    if (pred.some((p) => overlaps(p, g))) c.overlapR++;
  }
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(hitP: number, predicted: number, hitR: number, gold: number): PRF {
  const precision = predicted ? (100 * hitP) / predicted : 0;
  const recall = gold ? (100 * hitR) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

// Two decimals: a bar such as "F1 >= 70" must not pass on 69.98 shown as 70.0.
function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function summarize(c: Counts): { exact: PRF; overlap: PRF; predicted: number; gold: number } {
  return {
    exact: prf(c.exactP, c.predicted, c.exactR, c.gold),
    overlap: prf(c.overlapP, c.predicted, c.overlapR, c.gold),
    predicted: c.predicted,
    gold: c.gold,
  };
}
