// The analysis side of the protocol: one incremental analyser per open draft, recent reference sets,
// and the engine's fix helpers. Pure (no vscode), so it runs in the worker or, as a fallback, in-process.
import type { AnalysisResult, ReferenceText } from '../../engine/types';
import type { EngineModule } from './engineModule';
import type { Reply, Request } from './protocol';
import { claimSpan, tailOf, toChunks } from './wire';
import { LruCache } from '../../engine/lru';
import { lineEdits } from './lineEdits';

/** Enough for every draft a user has open at once; older analysers are dropped and rebuilt on demand. */
const MAX_ANALYZERS = 24;
const MAX_REFERENCE_SETS = 8;

type IncrementalAnalyzer = ReturnType<EngineModule['createIncrementalAnalyzer']>;

export class AnalysisHandler {
  private engine: EngineModule | undefined;
  private readonly analyzers = new LruCache<IncrementalAnalyzer>(MAX_ANALYZERS);
  private readonly referenceSets = new LruCache<ReferenceText[]>(MAX_REFERENCE_SETS);
  /** The latest analysis per document, for hover questions about its claims. */
  private readonly latest = new LruCache<{ version: number; result: AnalysisResult }>(MAX_ANALYZERS);

  constructor(private readonly load: () => EngineModule) {}

  /** The replies to one request, in order (an analysis is several messages; see wire.ts). */
  handle(id: number, request: Request): Reply[] {
    try {
      if (request.kind === 'forget') {
        this.analyzers.delete(request.docKey);
        this.latest.delete(request.docKey);
        return [{ id, ok: true, value: null }];
      }
      if (request.kind === 'claimAt') {
        const latest = this.latest.get(request.docKey);
        if (!latest || latest.version !== request.version) return [{ id, ok: true, value: null }];
        const claim = latest.result.claims.find((c) => c.start <= request.offset && request.offset < c.end);
        return [{ id, ok: true, value: claim ? claimSpan(claim) : null }];
      }
      const engine = (this.engine ??= this.load());
      switch (request.kind) {
        case 'analyze': {
          const references = this.referencesFor(request.refKey, request.references);
          if (!references) return [{ id, ok: false, error: 'unknown reference set', unknownReferences: true }];
          let analyzer = this.analyzers.get(request.docKey);
          if (!analyzer) {
            analyzer = engine.createIncrementalAnalyzer();
            this.analyzers.set(request.docKey, analyzer);
          }
          const started = performance.now();
          const result = analyzer.analyze(request.text, { ...request.options, references });
          const tail = tailOf(result, performance.now() - started);
          this.latest.set(request.docKey, { version: request.version, result });
          return [...toChunks(result).map((chunk): Reply => ({ id, ok: true, chunk })), { id, ok: true, value: tail }];
        }
        case 'fixAll': {
          const references = this.referencesFor(request.refKey, request.references);
          if (!references) return [{ id, ok: false, error: 'unknown reference set', unknownReferences: true }];
          const fixed = engine.fixAll(request.text, { ...request.options, references });
          return [{ id, ok: true, value: lineEdits(request.text, fixed) }];
        }
        case 'ignoreLine':
          return [{ id, ok: true, value: engine.ignoreLineEdit(request.text, request.offset, request.rule, request.format) }];
      }
    } catch (err) {
      return [{ id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) }];
    }
  }

  private referencesFor(key: string, sent: ReferenceText[] | undefined): ReferenceText[] | undefined {
    if (sent) {
      this.referenceSets.set(key, sent);
      return sent;
    }
    return this.referenceSets.get(key);
  }
}
