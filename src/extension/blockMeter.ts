// Measures the extension's own synchronous stretches on the extension host's thread (handling a
// worker message, converting findings, publishing diagnostics), so the "never block the host for
// more than 50 ms" promise can be checked by tests and seen in the log.
//
// Each stretch is timed twice: wall clock, and the process's CPU time. On a loaded machine the wall
// clock also counts time the operating system gave to other processes; the CPU time also counts
// other threads of this process (the analysis worker, the garbage collector's helpers). The smaller
// of the two is the best estimate of how long this thread was busy with our work; both are kept.
export interface Stretch {
  /** min(wall, cpu), in ms. */
  ms: number;
  wallMs: number;
  cpuMs: number;
  label: string;
}

const NONE: Stretch = { ms: 0, wallMs: 0, cpuMs: 0, label: '' };

export class BlockMeter {
  private longestStretch: Stretch = NONE;
  private longestWall = 0;

  measure<T>(label: string, work: () => T): T {
    const wall0 = performance.now();
    const cpu0 = process.cpuUsage();
    try {
      return work();
    } finally {
      const wallMs = performance.now() - wall0;
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const ms = Math.min(wallMs, cpuMs);
      if (ms > this.longestStretch.ms) this.longestStretch = { ms, wallMs, cpuMs, label };
      this.longestWall = Math.max(this.longestWall, wallMs);
    }
  }

  /** The longest stretch by min(wall, cpu), and the longest wall-clock time of any stretch. */
  get longest(): Stretch & { longestWallMs: number } {
    return { ...this.longestStretch, longestWallMs: this.longestWall };
  }

  reset(): void {
    this.longestStretch = NONE;
    this.longestWall = 0;
  }
}

/** Lets other tasks (typing, rendering) run between slices of our work. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
