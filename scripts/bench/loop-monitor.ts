// Measures how long the event loop stays blocked: a setImmediate chain records the gap between
// its turns; the longest gap is the longest synchronous slice of whatever ran meanwhile. On a
// loaded machine the wall-clock gap includes time the OS gave to other processes, so the CPU time
// of this thread in the gap is recorded too (Linux: /proc/thread-self/schedstat, in ns; elsewhere
// the process's CPU time, which also counts its GC and JIT helper threads).
import * as fs from 'fs';
import { cpuNow, now } from './timing';

let schedstat = process.platform === 'linux';

/** CPU milliseconds of the calling thread (of the whole process where that is not available). */
export function threadCpuNow(): number {
  if (schedstat) {
    try {
      return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
    } catch {
      schedstat = false;
    }
  }
  return cpuNow();
}

export interface LoopMonitor {
  stop(): { longestMs: number; longestCpuMs: number; turns: number };
}

export function monitorEventLoop(): LoopMonitor {
  let last = now();
  let lastCpu = threadCpuNow();
  let longest = 0;
  let longestCpu = 0;
  let turns = 0;
  let running = true;
  const tick = (): void => {
    if (!running) return;
    const t = now();
    const c = threadCpuNow();
    longest = Math.max(longest, t - last);
    longestCpu = Math.max(longestCpu, c - lastCpu);
    last = t;
    lastCpu = c;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop() {
      running = false;
      // Count the final stretch up to now as well: work that ended without yielding.
      longest = Math.max(longest, now() - last);
      longestCpu = Math.max(longestCpu, threadCpuNow() - lastCpu);
      return { longestMs: longest, longestCpuMs: longestCpu, turns };
    },
  };
}
