// Timing helpers for the benchmarks: high-resolution clock, medians, formatting.

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** CPU milliseconds (user + system, all threads of this process: the JIT and GC helpers too). */
export function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Wall-clock and CPU milliseconds of one run of fn. */
export interface Timing {
  wall: number;
  cpu: number;
}

export async function timeBoth(fn: () => unknown): Promise<Timing> {
  const c0 = cpuNow();
  const t0 = now();
  await fn();
  return { wall: now() - t0, cpu: cpuNow() - c0 };
}

/**
 * The first (cold) run of fn, the medians of `runs` more (warm), and the medians of `steadyRuns`
 * after those (steady: the JIT has finished with the code, as in a long-lived extension host).
 */
export async function coldAndWarm(
  runs: number,
  fn: () => unknown,
  steadyRuns = 0,
): Promise<{ cold: Timing; warm: Timing; steady: Timing }> {
  const cold = await timeBoth(fn);
  const all: Timing[] = [];
  for (let i = 0; i < runs + steadyRuns; i++) all.push(await timeBoth(fn));
  const med = (ts: Timing[]): Timing => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });
  return { cold, warm: med(all.slice(0, runs)), steady: med(all.slice(runs)) };
}

/** Milliseconds taken by fn (sync or async). */
export async function time(fn: () => unknown): Promise<number> {
  const t0 = now();
  await fn();
  return now() - t0;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Median of `runs` timings of fn. */
export async function medianOf(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await time(fn));
  return median(times);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}

export function ratio(a: number, b: number): string {
  return Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : 'n/a';
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

export function words(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
