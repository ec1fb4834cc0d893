// Incremental analysis for editors: paragraphs whose text (and sentence layout) did not change are
// not re-analysed; their attributions, claims and facts come from a bounded cache and are shifted to
// their new place. The result is exactly what a fresh analyze() returns, because analyze() runs the
// same code with no cache.
import { analyze, analyzeKeeping, finishSteps, optionsKeyOf, ParagraphCache, paragraphOptions, paragraphWorks } from './analyze';
import { formatOf, normalised, Previous, Reused, segmentFor } from './segmentation';
import { joinPieces, pieceBounds, segmentPiece } from './resegment';
import { DraftMatcher } from './facts/draft-matcher';
import { LruCache } from './lru';
import { ParagraphWork } from './paragraph';

export { LruCache } from './lru';
import { AnalysisResult, AnalyzeOptions, Segmentation } from './types';

export interface SliceOptions {
  /** Longest stretch of work between yields, in ms (default 20). */
  sliceMs?: number;
  /** Checked between slices; when true the analysis stops and resolves to null. */
  isCancelled?: () => boolean;
}

export interface IncrementalAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** The same result, computed in slices that yield to the event loop between them. */
  analyzeAsync(text: string, options?: AnalyzeOptions, slices?: SliceOptions): Promise<AnalysisResult | null>;
  /** Paragraph results currently kept. */
  readonly cacheSize: number;
  clear(): void;
}

/** Default bound: enough for a 100,000-word draft plus a few other open documents. */
export const DEFAULT_CACHE_PARAGRAPHS = 10_000;

/**
 * Paragraph results kept beyond the document's own paragraphs. Each keystroke adds the edited
 * paragraph's new version; the old versions only help an undo, so the cache keeps twice the
 * document's paragraphs and this many more, not maxParagraphs of them (typing thousands of
 * characters into a short draft used to keep thousands of versions of one paragraph).
 */
export const SPARE_CACHE_PARAGRAPHS = 256;

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function createIncrementalAnalyzer(maxParagraphs = DEFAULT_CACHE_PARAGRAPHS): IncrementalAnalyzer {
  const cache: ParagraphCache & LruCache<ParagraphWork> = new LruCache<ParagraphWork>(Math.max(1, maxParagraphs));
  // The last analysis: its text, segmentation and paragraph results, for the next edit.
  let last: Previous | null = null;
  let draftMatcher = new DraftMatcher();
  const fitCache = (paragraphs: number): void => cache.setLimit(Math.max(1, Math.min(maxParagraphs, 2 * paragraphs + SPARE_CACHE_PARAGRAPHS)));
  return {
    analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
      const { result, previous } = analyzeKeeping(text, options, { cache, previous: last ?? undefined, draftMatcher });
      if (previous) {
        last = previous;
        fitCache(previous.seg.paragraphs.length);
      }
      return result;
    },
    async analyzeAsync(text: string, options: AnalyzeOptions = {}, slices: SliceOptions = {}): Promise<AnalysisResult | null> {
      const sliceMs = slices.sliceMs ?? 20;
      const notices: string[] = [];
      if (typeof text !== 'string') return analyze(text, options);
      const opts: AnalyzeOptions = options && typeof options === 'object' ? options : {};
      const popts = paragraphOptions(opts);
      const key = optionsKeyOf(popts);
      // A long text with nothing analysed before is segmented in pieces, with yields between.
      const bounds = last ? null : pieceBounds(text);
      let seg: Segmentation;
      let reuse: ((p: number) => Reused | undefined) | undefined;
      if (bounds) {
        const pieces: Segmentation[] = [];
        let t0 = Date.now();
        for (let k = 0; k + 1 < bounds.length; k++) {
          pieces.push(segmentPiece(text, bounds[k], bounds[k + 1], formatOf(opts)));
          if (Date.now() - t0 >= sliceMs) {
            await nextTick();
            if (slices.isCancelled?.()) return null;
            t0 = Date.now();
          }
        }
        seg = normalised(joinPieces(pieces));
      } else {
        ({ seg, reuse } = segmentFor(text, opts, notices, last ?? undefined, key));
      }
      await nextTick();
      if (slices.isCancelled?.()) return null;
      // The synchronous path's code, one slice of paragraphs at a time.
      const works: ParagraphWork[] = [];
      const rels: ParagraphWork[] = [];
      let p = 0;
      while (p < seg.paragraphs.length) {
        const t0 = Date.now();
        // At least one paragraph per slice, so that sliceMs 0 still makes progress.
        do {
          paragraphWorks(text, seg, popts, key, cache, p, p + 1, works, notices, undefined, reuse, rels);
          p++;
        } while (p < seg.paragraphs.length && Date.now() - t0 < sliceMs);
        if (p < seg.paragraphs.length) {
          await nextTick();
          if (slices.isCancelled?.()) return null;
        }
      }
      const steps = finishSteps(text, opts, seg, works, notices, undefined, draftMatcher);
      let t0 = Date.now();
      let step = steps.next();
      while (!step.done) {
        if (Date.now() - t0 >= sliceMs) {
          await nextTick();
          if (slices.isCancelled?.()) return null;
          t0 = Date.now();
        }
        step = steps.next();
      }
      last = { text, seg, format: formatOf(opts), optionsKey: key, rels, works };
      fitCache(seg.paragraphs.length);
      return step.value;
    },
    get cacheSize() {
      return cache.size;
    },
    clear() {
      cache.clear();
      last = null;
      draftMatcher = new DraftMatcher();
    },
  };
}
