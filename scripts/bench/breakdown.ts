// Where a pass of full analysis goes: V8's sampling CPU profiler, run in this process over warm
// passes, gives each stage of the engine its share of this thread's time (inclusive: a stage's
// callees count towards it). The stages are named by their functions, which the bench bundle keeps.
import { Session } from 'inspector';

export interface Stage {
  label: string;
  /** The function whose frames (and everything they call) make the stage. */
  fn: string;
  /** Nesting under the stage listed before it, for indentation only. */
  depth: number;
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

/** The parts of a V8 CPU profile (Profiler.stop) that the shares read. */
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Shares (0..1) of the profiled samples whose stack holds each stage's function; -1 for a function never seen. */
export async function stageShares(run: () => void, stages: readonly Stage[], intervalMicros = 100): Promise<number[]> {
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: intervalMicros });
    await post('Profiler.start');
    run();
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    return sharesOf(profile, stages);
  } finally {
    session.disconnect();
  }
}

/** stageShares' figures for a profile already taken. */
export function sharesOf(profile: Profile, stages: readonly Stage[]): number[] {
  // One bit per stage in a 32-bit mask.
  if (stages.length > 31) throw new RangeError(`at most 31 stages, not ${stages.length}`);
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  // For each node, the stages on its stack (a bit per stage), computed once per node.
  const stageOf = new Map(stages.map((s, k) => [s.fn, k]));
  const memo = new Map<number, number>();
  const maskOf = (id: number): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const k = stageOf.get(byId.get(id)?.callFrame.functionName ?? '');
    const mask = (up === undefined ? 0 : maskOf(up)) | (k === undefined ? 0 : 1 << k);
    memo.set(id, mask);
    return mask;
  };
  const counts = new Array<number>(stages.length).fill(0);
  const seen = new Array<boolean>(stages.length).fill(false);
  for (const n of profile.nodes) {
    const k = stageOf.get(n.callFrame.functionName);
    if (k !== undefined) seen[k] = true;
  }
  for (const id of profile.samples) {
    const mask = maskOf(id);
    for (let k = 0; k < stages.length; k++) if (mask & (1 << k)) counts[k]++;
  }
  const total = Math.max(1, profile.samples.length);
  return counts.map((c, k) => (seen[k] ? c / total : -1));
}
