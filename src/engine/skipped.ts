// Lookups in a segmentation's skipped ranges (markup, link targets, footnote marks, code), which are
// sorted by start and do not overlap, so their ends are sorted too.

import type { Segmentation } from './types';

/** Index of the first skipped range of `seg` that ends after `pos` (a binary search). */
export function firstSkipAfter(seg: Segmentation, pos: number): number {
  const k = seg.skipped;
  let lo = 0;
  let hi = k.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (k[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
