// Measures how long the event loop stays blocked: a setImmediate chain records the gap between
// its turns; the longest gap is the longest synchronous slice of whatever ran meanwhile.
import { now } from './timing';

export interface LoopMonitor {
  stop(): { longestMs: number; turns: number };
}

export function monitorEventLoop(): LoopMonitor {
  let last = now();
  let longest = 0;
  let turns = 0;
  let running = true;
  const tick = (): void => {
    if (!running) return;
    const t = now();
    longest = Math.max(longest, t - last);
    last = t;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop() {
      running = false;
      // Count the final stretch up to now as well: work that ended without yielding.
      longest = Math.max(longest, now() - last);
      return { longestMs: longest, turns };
    },
  };
}
