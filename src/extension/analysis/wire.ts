// How an analysis crosses from the worker to the extension host without blocking it: reference facts
// are sent once (not once per match) and findings and claims travel in chunks, each one a separate
// message, so no single deserialisation on the host's thread takes long.
import type { AnalysisResult, Claim, FactMatch, Finding, ReferenceFact, RuleId } from '../../engine/types';
import type { ClaimSpan, DraftAnalysis } from './protocol';

/** Findings per message: a few milliseconds of structured clone each. */
const CHUNK_ITEMS = 100;

/**
 * Findings sent per draft, errors first, then warnings, then information, each in document order.
 * Publishing diagnostics is the one step that must run on the host's thread in one piece, and its
 * cost grows with their number (about 10-40 ms for 500 on a loaded 2-core machine); a draft with
 * more than 300 open issues needs the report, not squiggles. The status bar and the report give
 * the full count.
 */
export const MAX_FINDINGS = 300;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

type WireMatch = Omit<FactMatch, 'fact'> & { fact: number };
type WireFinding = Omit<Finding, 'references'> & { references: WireMatch[] };
type WireFact = Omit<ReferenceFact, 'terms' | 'entities'> & { terms: []; entities: [] };

export interface AnalysisChunk {
  /** Facts first referenced in this chunk; indices continue across chunks. */
  facts: WireFact[];
  findings: WireFinding[];
}

export type AnalysisTail = Pick<DraftAnalysis, 'stats' | 'notices' | 'ms' | 'totalFindings' | 'findingsByRule' | 'vagueClaims'>;

export function toChunks(result: AnalysisResult): AnalysisChunk[] {
  const index = new Map<ReferenceFact, number>();
  let fresh: WireFact[] = [];
  const ref = (fact: ReferenceFact): number => {
    let at = index.get(fact);
    if (at === undefined) {
      at = index.size;
      index.set(fact, at);
      // Terms and entities only serve matching, which is done: leave them behind.
      fresh.push({ ...fact, terms: [], entities: [] });
    }
    return at;
  };
  const wireMatch = (m: FactMatch): WireMatch => ({ ...m, fact: ref(m.fact) });
  const chunks: AnalysisChunk[] = [];
  const kept = selectFindings(result.findings);
  // Claims stay in the worker (hovers ask for the one they need): only findings travel.
  for (let from = 0; from < kept.length || chunks.length === 0; from += CHUNK_ITEMS) {
    const findings = kept.slice(from, from + CHUNK_ITEMS).map((f) => ({ ...f, references: f.references.map(wireMatch) }));
    chunks.push({ facts: fresh, findings });
    fresh = [];
  }
  return chunks;
}

export function tailOf(result: AnalysisResult, ms: number): AnalysisTail {
  const findingsByRule: Partial<Record<RuleId, number>> = {};
  for (const f of result.findings) findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
  return {
    stats: result.stats,
    notices: result.notices,
    ms,
    totalFindings: result.findings.length,
    findingsByRule,
    vagueClaims: result.claims.filter((c) => c.status === 'vague').length,
  };
}

/** A claim for the host: its facts without the matching-only fields. */
export function claimSpan(claim: Claim): ClaimSpan {
  const slim = (m: FactMatch): FactMatch => ({ ...m, fact: { ...m.fact, terms: [], entities: [] } });
  return { start: claim.start, end: claim.end, status: claim.status, matches: claim.matches.map(slim) };
}

function selectFindings(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start)
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a.start - b.start);
}

/** Rebuilds the analysis on the host side, chunk by chunk as messages arrive. */
export class AnalysisAssembler {
  private readonly facts: ReferenceFact[] = [];
  private readonly findings: Finding[] = [];

  add(chunk: AnalysisChunk): void {
    this.facts.push(...chunk.facts);
    const match = (m: WireMatch): FactMatch => ({ ...m, fact: this.facts[m.fact] });
    for (const f of chunk.findings) this.findings.push({ ...f, references: f.references.map(match) });
  }

  finish(tail: AnalysisTail): DraftAnalysis {
    return { ...tail, findings: this.findings };
  }
}
