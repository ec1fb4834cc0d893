// Tidies the role tagger's raw runs into one source and the content fragments of an attribution.
// A greedy tagger leaves holes ("that voting fraud is ... has the guts to"); PolNeAR contents are
// contiguous on each side of the cue, so runs on the same side are joined unless the source lies
// between them.

export interface RepairedSpans {
  /** Token range [start, end) of the source, or null. */
  source: [number, number] | null;
  /** Token ranges of the content fragments, left to right. */
  content: Array<[number, number]>;
}

type Range = [number, number];

function distance(r: Range, cue: { start: number; end: number }): number {
  return r[1] <= cue.start ? cue.start - r[1] : r[0] - cue.end;
}

export function repairSpans(cue: { start: number; end: number }, sourceRuns: Range[], contentRuns: Range[]): RepairedSpans {
  // One source: the run nearest the cue.
  let source: Range | null = null;
  for (const r of sourceRuns) if (!source || distance(r, cue) < distance(source, cue)) source = r;
  const content: Range[] = [];
  for (const r of contentRuns) {
    const last = content[content.length - 1];
    const sameSide = last && (last[1] <= cue.start) === (r[1] <= cue.start);
    const sourceBetween = source && last && source[0] >= last[1] && source[1] <= r[0];
    if (last && sameSide && !sourceBetween) last[1] = r[1];
    else content.push([r[0], r[1]]);
  }
  return { source, content };
}
