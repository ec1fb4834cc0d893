// Tidies the role tagger's raw runs into one source and the content fragments of an attribution.

import type { ParagraphTokens } from './context';

export interface RepairedSpans {
  /** Token range [start, end) of the source, or null. */
  source: [number, number] | null;
  /** Token ranges of the content fragments, left to right. */
  content: Array<[number, number]>;
}

export function repairSpans(
  p: ParagraphTokens,
  cue: { start: number; end: number },
  sourceRuns: Array<[number, number]>,
  contentRuns: Array<[number, number]>,
  _tags: Uint8Array,
  _wa: number,
  _noTag: number,
): RepairedSpans {
  void p;
  // One source: the run nearest the cue.
  let source: [number, number] | null = null;
  let best = Infinity;
  for (const r of sourceRuns) {
    const d = r[1] <= cue.start ? cue.start - r[1] : r[0] - cue.end;
    if (d < best) {
      best = d;
      source = r;
    }
  }
  return { source, content: contentRuns };
}
