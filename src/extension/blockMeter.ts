// Measures the extension's own synchronous stretches on the extension host's thread (handling a
// worker message, converting findings, publishing diagnostics), so the "never block the host for
// more than 50 ms" promise can be checked by tests and seen in the log.
//
// Each stretch is timed twice: wall clock, and this thread's CPU time. On a loaded machine the wall
// clock also counts time the operating system gave to other processes, so the smaller of the two is
// the best estimate of how long the thread was busy with our work; both are kept. The thread's CPU
// time comes from /proc/thread-self/schedstat on Linux (nanoseconds; /proc/thread-self/stat's 10 ms
// ticks where schedstat is missing); elsewhere the process's CPU time (which also counts the
// analysis worker) stands in for it. The total CPU time of all stretches lets a test tell our share
// of an event-loop gap from the rest (see threadTimes).
import * as fs from 'fs';
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
  private ownCpu = 0;

  measure<T>(label: string, work: () => T): T {
    const wall0 = performance.now();
    const cpu0 = cpuNowMs();
    try {
      return work();
    } finally {
      const wallMs = performance.now() - wall0;
      const cpuMs = cpuNowMs() - cpu0;
      this.ownCpu += cpuMs;
      const ms = Math.min(wallMs, cpuMs);
      if (ms > this.longestStretch.ms) this.longestStretch = { ms, wallMs, cpuMs, label };
      this.longestWall = Math.max(this.longestWall, wallMs);
    }
  }

  /** The longest stretch by min(wall, cpu), and the longest wall-clock time of any stretch. */
  get longest(): Stretch & { longestWallMs: number } {
    return { ...this.longestStretch, longestWallMs: this.longestWall };
  }

  /** CPU time of this thread spent in measured stretches since the extension started, in ms. */
  get ownCpuMs(): number {
    return this.ownCpu;
  }

  reset(): void {
    this.longestStretch = NONE;
    this.longestWall = 0;
  }
}

/**
 * The calling thread's time on a CPU and time spent runnable but waiting for one (ms, cumulative),
 * from /proc/thread-self/schedstat; null where that file is missing. A stalled event loop whose
 * thread was mostly waiting for a CPU was starved by other processes, not blocked by code.
 */
export function threadTimes(): { runMs: number; waitMs: number } | null {
  if (!schedstatReadable) return null;
  try {
    const [run, wait] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    if (Number.isFinite(run) && Number.isFinite(wait)) return { runMs: run / 1e6, waitMs: wait / 1e6 };
  } catch {
    // Not available (no schedstats in this kernel, or a sandbox).
  }
  schedstatReadable = false;
  return null;
}

let schedstatReadable = process.platform === 'linux';

let threadStatReadable = process.platform === 'linux';

/** CPU time of the calling thread in ms (Linux), else of the whole process. */
function cpuNowMs(): number {
  const times = threadTimes();
  if (times) return times.runMs;
  if (threadStatReadable) {
    try {
      const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
      // Fields after "pid (comm) ": state is the first; utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (Number.isFinite(ticks)) return ticks * 10;
    } catch {
      // Not available (e.g. a sandbox): use the process's CPU time from now on.
    }
    threadStatReadable = false;
  }
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1000;
}

/** Lets other tasks (typing, rendering) run between slices of our work. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
