// Peak memory sampling for the benchmarks (run node with --expose-gc for a clean baseline).

const gc = (globalThis as { gc?: () => void }).gc;

export class PeakMemory {
  private peakRss = 0;
  private peakHeap = 0;
  private timer: NodeJS.Timeout | null = null;

  /** Samples every few ms while async work runs, and on every explicit sample() call. */
  start(): this {
    this.timer = setInterval(() => this.sample(), 5);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const m = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, m.rss);
    this.peakHeap = Math.max(this.peakHeap, m.heapUsed);
  }

  stop(): { rssMB: number; heapMB: number } {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return { rssMB: this.peakRss / 2 ** 20, heapMB: this.peakHeap / 2 ** 20 };
  }
}

export function collectGarbage(): boolean {
  if (!gc) return false;
  gc();
  return true;
}

/** Heap in use after a full collection, in bytes; NaN without --expose-gc. */
export function heapAfterGc(): number {
  if (!gc) return Number.NaN;
  // V8 remembers the last regular expression's subject, which may be a draft: run one to replace it.
  /x/.exec('x');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
