// Segmentation for analyze(): fresh, or reusing the previous analysis around an edit (the
// incremental analyser), with the paragraphs the edit left alone handed back for reuse.
import { ParagraphWork } from './paragraph';
import { resegmentWindow } from './resegment';
import { segment } from './segment';
import { AnalyzeOptions, Segmentation, TextFormat } from './types';

export function formatOf(options: AnalyzeOptions): TextFormat {
  return options.format === 'plaintext' ? 'plaintext' : 'markdown';
}

/** Skipped ranges in offset order, so that every way of segmenting gives the same result. */
export function normalised(seg: Segmentation): Segmentation {
  const k = seg.skipped;
  for (let i = 1; i < k.length; i++) {
    if (k[i - 1].start > k[i].start || (k[i - 1].start === k[i].start && k[i - 1].end > k[i].end)) {
      return { ...seg, skipped: [...k].sort((x, y) => x.start - y.start || x.end - y.end) };
    }
  }
  return seg;
}

export function segmentSafely(text: string, options: AnalyzeOptions, notices: string[]): Segmentation {
  const format = formatOf(options);
  try {
    return normalised(segment(text, format));
  } catch (err) {
    notices.push(`The text could not be segmented: ${(err as Error).message}`);
    return { paragraphs: [], sentences: [], skipped: [] };
  }
}

/** What the incremental analyser keeps of its last analysis. */
export interface Previous {
  text: string;
  seg: Segmentation;
  format: TextFormat;
  optionsKey: string;
  /** Per paragraph results, relative to their paragraphs. */
  rels: ParagraphWork[];
  /** The same, placed at their offsets in `text`. */
  works: ParagraphWork[];
}

/** A previous paragraph result; `placed` only when it sits at the same offsets as before. */
export interface Reused {
  rel: ParagraphWork;
  placed?: ParagraphWork;
}

/** Segments, reusing the previous segmentation around an edit; says which old paragraphs carry over. */
export function segmentFor(
  text: string,
  opts: AnalyzeOptions,
  notices: string[],
  previous: Previous | undefined,
  optionsKey: string,
): { seg: Segmentation; reuse?: (p: number) => Reused | undefined } {
  if (!previous || previous.format !== formatOf(opts)) return { seg: segmentSafely(text, opts, notices) };
  try {
    const { seg, unchanged } = resegmentWindow(previous.text, previous.seg, text, formatOf(opts));
    const n = previous.seg.paragraphs.length;
    if (!unchanged || previous.optionsKey !== optionsKey || previous.rels.length !== n || previous.works.length !== n) return { seg: normalised(seg) };
    const { before, afterNew, afterOld } = unchanged;
    const { rels, works } = previous;
    const sameIndex = afterNew === afterOld;
    const delta = text.length - previous.text.length;
    return {
      seg: normalised(seg),
      reuse: (p) => {
        if (p < before) return { rel: rels[p], placed: works[p] };
        if (p < afterNew) return undefined;
        const old = p - afterNew + afterOld;
        // Unmoved only when neither offsets nor sentence numbers changed.
        const unmoved = delta === 0 && sameIndex && seg.paragraphs[p].sentences[0] === previous.seg.paragraphs[old].sentences[0];
        return unmoved ? { rel: rels[old], placed: works[old] } : { rel: rels[old] };
      },
    };
  } catch (err) {
    notices.push(`The text could not be segmented: ${(err as Error).message}`);
    return { seg: { paragraphs: [], sentences: [], skipped: [] } };
  }
}
