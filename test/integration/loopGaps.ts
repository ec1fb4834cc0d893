// Watches the extension host's event loop from a 5 ms timer and takes every long gap apart with the
// thread's scheduler statistics: time on a CPU (split into the extension's own measured stretches
// and everything else on this thread: VS Code, other extensions, the test, garbage collection),
// time runnable but waiting for a CPU (other processes had it), and the rest (asleep, i.e. late
// timers). This separates our synchronous work from starvation on a loaded machine.
import { threadTimes } from '../../src/extension/blockMeter';

export interface Gap {
  wallMs: number;
  /** On a CPU, in the extension's measured stretches. */
  ownCpuMs: number;
  /** On a CPU, in anything else on this thread. */
  otherCpuMs: number;
  /** Runnable, waiting for a CPU. */
  waitMs: number;
}

const NO_GAP: Gap = { wallMs: 0, ownCpuMs: 0, otherCpuMs: 0, waitMs: 0 };

export class LoopGaps {
  /** The longest gap by wall clock. */
  longest: Gap = NO_GAP;
  /** The gap with the most CPU time on this thread that was not ours. */
  busiestOther: Gap = NO_GAP;
  /** How many gaps exceeded the bound, and how many of those had more than the bound on a CPU. */
  over = 0;
  overOnCpu = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ownCpu: () => number,
    private readonly boundMs = 50,
  ) {}

  /** Whether the scheduler statistics are readable here (Linux with schedstats). */
  static available(): boolean {
    return threadTimes() !== null;
  }

  start(): void {
    this.stop();
    this.longest = NO_GAP;
    this.busiestOther = NO_GAP;
    this.over = 0;
    this.overOnCpu = 0;
    let last = this.sample();
    this.timer = setInterval(() => {
      const now = this.sample();
      const gap: Gap = {
        wallMs: now.wall - last.wall,
        ownCpuMs: now.own - last.own,
        otherCpuMs: now.run - last.run - (now.own - last.own),
        waitMs: now.wait - last.wait,
      };
      last = now;
      if (gap.wallMs > this.longest.wallMs) this.longest = gap;
      if (gap.otherCpuMs > this.busiestOther.otherCpuMs) this.busiestOther = gap;
      if (gap.wallMs > this.boundMs) {
        this.over++;
        if (gap.ownCpuMs + gap.otherCpuMs > this.boundMs) this.overOnCpu++;
      }
    }, 5);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private sample(): { wall: number; run: number; wait: number; own: number } {
    const t = threadTimes() ?? { runMs: 0, waitMs: 0 };
    return { wall: performance.now(), run: t.runMs, wait: t.waitMs, own: this.ownCpu() };
  }
}

export function describeGap(g: Gap): string {
  const asleep = Math.max(0, g.wallMs - g.ownCpuMs - g.otherCpuMs - g.waitMs);
  return `${g.wallMs.toFixed(0)} ms = on CPU ${g.ownCpuMs.toFixed(1)} ms ours + ${g.otherCpuMs.toFixed(1)} ms other code on this thread, ` +
    `waiting for a CPU ${g.waitMs.toFixed(1)} ms, asleep ${asleep.toFixed(1)} ms`;
}
