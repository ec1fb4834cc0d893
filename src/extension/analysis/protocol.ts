// Messages between the extension host and the analysis worker. Plain data only (structured clone).
import type {
  AnalysisStats,
  AnalyzeOptions,
  ClaimStatus,
  FactMatch,
  Finding,
  ReferenceText,
  RuleId,
  TextEdit,
  TextFormat,
} from '../../engine/types';
import type { AnalysisChunk } from './wire';

/** Options without the references: those travel once per reference set, keyed by `refKey`. */
export type DraftOptions = Omit<AnalyzeOptions, 'references'>;

interface WithReferences {
  /** Identifies the reference set; the worker keeps recent sets so they are not resent per keystroke. */
  refKey: string;
  /** Sent when the worker may not know `refKey` yet. */
  references?: ReferenceText[];
}

export interface AnalyzeRequest extends WithReferences {
  kind: 'analyze';
  /** Stable key of the document (its uri); the worker keeps one incremental analyser per key. */
  docKey: string;
  /** The document version of `text`; later questions about this analysis name it. */
  version: number;
  text: string;
  options: DraftOptions;
}

/** The claim at an offset in the latest analysis of a document (hovers), if that is still `version`. */
export interface ClaimAtRequest {
  kind: 'claimAt';
  docKey: string;
  version: number;
  offset: number;
}

export interface FixAllRequest extends WithReferences {
  kind: 'fixAll';
  text: string;
  options: DraftOptions;
}

export interface IgnoreLineRequest {
  kind: 'ignoreLine';
  text: string;
  /** Offset of the finding's start. */
  offset: number;
  rule: RuleId;
  format: TextFormat;
}

export interface ForgetRequest {
  kind: 'forget';
  docKey: string;
}

export type Request = AnalyzeRequest | ClaimAtRequest | FixAllRequest | IgnoreLineRequest | ForgetRequest;

/** A claim as the host needs it: where it is, how it is sourced, and its matching facts (for hovers). */
export interface ClaimSpan {
  start: number;
  end: number;
  status: ClaimStatus;
  matches: FactMatch[];
}

/** What the extension keeps of an analysis: enough for diagnostics, hovers, the report and the status bar. */
export interface DraftAnalysis {
  /** At most MAX_FINDINGS (wire.ts), errors first. */
  findings: Finding[];
  /** Before the cap. */
  totalFindings: number;
  findingsByRule: Partial<Record<RuleId, number>>;
  vagueClaims: number;
  stats: AnalysisStats;
  notices: string[];
  /** Wall time of the engine call, for the log. */
  ms: number;
}

export interface ResultMap {
  analyze: DraftAnalysis;
  claimAt: ClaimSpan | null;
  fixAll: TextEdit[];
  ignoreLine: TextEdit | null;
  forget: null;
}

export type Envelope = { id: number; request: Request };

export type Reply =
  | { id: number; ok: true; value: unknown }
  /** Part of an analysis; the final reply for the same id carries the rest (AnalysisTail). */
  | { id: number; ok: true; chunk: AnalysisChunk }
  | { id: number; ok: false; error: string; unknownReferences?: boolean };
