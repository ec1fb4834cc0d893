// Sends analysis requests to the worker thread and matches replies to callers. A stuck or crashed
// worker is terminated and restarted; if workers cannot run at all, analysis falls back in-process.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { ReferenceText } from '../../engine/types';
import type { BlockMeter } from '../blockMeter';
import { LruCache } from '../../engine/lru';
import { enginePath, loadEngine } from './engineModule';
import { AnalysisHandler } from './handler';
import type { Envelope, Reply, Request, ResultMap } from './protocol';
import { AnalysisAssembler, type AnalysisTail } from './wire';

/** Far above the engine's worst case (100,000 words in about 3 s), so it only catches a hang. */
const REQUEST_TIMEOUT_MS = 60_000;
const MAX_CRASHES_BEFORE_FALLBACK = 3;

interface Pending {
  resolve: (reply: FinalReply) => void;
  timer: NodeJS.Timeout;
  assembler?: AnalysisAssembler;
}

type FinalReply = Exclude<Reply, { chunk: unknown }>;

export interface ClientLog {
  info(message: string): void;
  warn(message: string): void;
}

export class AnalysisClient {
  private worker: Worker | undefined;
  private inProcess: AnalysisHandler | undefined;
  private crashes = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Reference sets this worker instance has been sent (it may have evicted some: it then asks again). */
  private readonly sentReferenceSets = new LruCache<true>(8);
  private disposed = false;

  constructor(
    private readonly dir: string,
    private readonly log: ClientLog,
    private readonly meter: BlockMeter,
  ) {}

  /** Runs one request. References are attached only when the worker has not seen that set yet. */
  async run<K extends Request['kind']>(
    request: Extract<Request, { kind: K }>,
    references?: ReferenceText[],
  ): Promise<ResultMap[K]> {
    if (this.disposed) throw new Error('Attribution Review is shutting down.');
    let message: Request = request;
    if ('refKey' in request && references) {
      if (!this.sentReferenceSets.has(request.refKey)) message = { ...request, references };
    }
    let reply = await this.send(message);
    if (!reply.ok && reply.unknownReferences && references) {
      reply = await this.send({ ...request, references } as Request);
    }
    if (!reply.ok) throw new Error(reply.error);
    if ('refKey' in request) this.sentReferenceSets.set(request.refKey, true);
    return reply.value as ResultMap[K];
  }

  private send(request: Request): Promise<FinalReply> {
    const id = this.nextId++;
    if (this.inProcess || !this.ensureWorker()) {
      this.inProcess ??= new AnalysisHandler(() => loadEngine(enginePath(this.dir)));
      const replies = this.inProcess.handle(id, request);
      return new Promise<FinalReply>((resolve) => {
        this.pending.set(id, { resolve, timer: setTimeout(() => undefined, 0) });
        replies.forEach((r) => this.settle(r));
      });
    }
    const worker = this.worker!;
    return new Promise<FinalReply>((resolve) => {
      const timer = setTimeout(() => {
        this.log.warn(`Analysis did not finish within ${REQUEST_TIMEOUT_MS / 1000} s; restarting the analysis worker.`);
        this.restart(`timed out after ${REQUEST_TIMEOUT_MS / 1000} s`);
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve, timer });
      const envelope: Envelope = { id, request };
      worker.postMessage(envelope);
    });
  }

  private ensureWorker(): boolean {
    if (this.worker) return true;
    if (this.crashes >= MAX_CRASHES_BEFORE_FALLBACK) return false;
    const file = path.join(this.dir, 'worker.js');
    if (!fs.existsSync(file)) {
      this.log.warn(`Analysis worker ${file} is missing; analysing on the extension host thread.`);
      this.crashes = MAX_CRASHES_BEFORE_FALLBACK;
      return false;
    }
    try {
      const started = performance.now();
      const worker = new Worker(file, { workerData: { enginePath: enginePath(this.dir) } });
      this.log.info(`Analysis worker started (${(performance.now() - started).toFixed(1)} ms on this thread).`);
      worker.unref();
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', (err) => {
        this.log.warn(`Analysis worker failed: ${err.message}`);
        this.restart(err.message);
      });
      worker.on('exit', (code) => {
        if (this.worker === worker) this.restart(`exited with code ${code}`);
      });
      this.sentReferenceSets.clear();
      this.worker = worker;
      return true;
    } catch (err) {
      this.log.warn(`Cannot start the analysis worker (${String(err)}); analysing on the extension host thread.`);
      this.crashes = MAX_CRASHES_BEFORE_FALLBACK;
      return false;
    }
  }

  private settle(reply: Reply): void {
    this.meter.measure('worker message', () => this.settleNow(reply));
  }

  private settleNow(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    if ('chunk' in reply) {
      (entry.assembler ??= new AnalysisAssembler()).add(reply.chunk);
      return;
    }
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok && entry.assembler) entry.resolve({ ...reply, value: entry.assembler.finish(reply.value as AnalysisTail) });
    else entry.resolve(reply);
  }

  /** Fails every pending request and drops the worker; the next request starts a fresh one. */
  private restart(reason: string): void {
    const worker = this.worker;
    this.worker = undefined;
    if (!this.disposed) this.crashes++;
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.resolve({ id, ok: false, error: `Analysis worker ${reason}.` });
    }
    this.pending.clear();
    if (worker) void worker.terminate().catch(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    this.restart('stopped');
  }
}
