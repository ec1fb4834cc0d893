// The engine's contract. Every offset is in UTF-16 code units into the analysed text, end-exclusive.
// The extension, the CLI, the benchmarks and the evaluation all depend on these shapes.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How the draft is laid out: Markdown structure is skipped or treated as headlines. */
export type TextFormat = 'markdown' | 'plaintext';

export type BlockKind = 'headline' | 'paragraph' | 'list-item' | 'blockquote' | 'table-row';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index into Segmentation.paragraphs. */
  paragraph: number;
  isHeadline: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  kind: BlockKind;
  /** Indices into Segmentation.sentences, in order. */
  sentences: number[];
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Ranges that are not prose (code, front matter, HTML comments, link targets): never analysed. */
  skipped: Array<{ start: number; end: number; reason: string }>;
}

export type AttributionKind = 'direct-quote' | 'indirect' | 'according-to' | 'noun-cue';

export interface Attribution {
  cue: Span;
  source: Span | null;
  content: Span | null;
  kind: AttributionKind;
  /** "officials said", "sources say", "it is reported", "reportedly", "experts believe". */
  vague: boolean;
  /** Index of the sentence that holds the cue. */
  sentence: number;
}

export type RuleId =
  | 'unattributed-claim'
  | 'unsourced-number'
  | 'unattributed-quote'
  | 'vague-source'
  | 'number-mismatch'
  | 'source-mismatch';

export const RULE_IDS: readonly RuleId[] = [
  'unattributed-claim',
  'unsourced-number',
  'unattributed-quote',
  'vague-source',
  'number-mismatch',
  'source-mismatch',
];

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** 'day': a weekday or a day of a month, found only where number-mismatch compares one with a reference's. */
export type NumberKind = 'percent' | 'money' | 'measure' | 'count' | 'vague-quantity' | 'day';

/** A figure in the text. Dates, times, ages and ordinals are recognised so they can be excluded. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  /** Normalised value: "6,000" -> 6000, "80.1%" -> 80.1, "several thousand" -> 3000, "dozens" -> 24. */
  value: number;
  kind: NumberKind;
  /** "about", "nearly", "more than", "several thousand", "dozens". */
  approximate: boolean;
  /** False for dates, times, years, ages, ordinals and other figures that need no source. */
  isStatistic: boolean;
  /** What the figure counts, lower-cased ("people" in "6,000 people", "vote" in "80.1% of the vote"). */
  noun?: string;
  /** What happened to it, lower-cased ("detained" in "6,000 people were detained"). */
  predicate?: string;
}

export interface ReferenceText {
  /** File path as the user named it; shown in hovers and reports. */
  path: string;
  text: string;
  format?: TextFormat;
}

/** An attributed statement from a reference article or from the draft itself. */
export interface ReferenceFact {
  id: string;
  /** Path of the reference article; null when the fact comes from the draft being analysed. */
  path: string | null;
  /** 1-based line of the content's start in its text. */
  line: number;
  /** Offsets of the whole attributed sentence in its text. */
  start: number;
  end: number;
  /** The attributed statement (the content span, or the sentence when there is none). */
  text: string;
  /** Offset of `text` in its reference article (reference facts only). */
  textStart?: number;
  /** Offset of `source` in its reference article (reference facts with a source only). */
  sourceStart?: number;
  /** The source as written ("the CEC final data"), or null. */
  source: string | null;
  cue: string;
  kind: AttributionKind;
  /** The attribution was vague ("officials said"); such a fact never overrides the draft's figures. */
  vague?: boolean;
  numbers: NumberMention[];
  /** People, organisations and places named in the statement. */
  entities: string[];
  /** Lower-cased content words, stemmed lightly, for matching. */
  terms: string[];
}

export interface NumberComparison {
  draft: NumberMention;
  reference: NumberMention;
}

export interface FactMatch {
  fact: ReferenceFact;
  /** 0..1; higher is a closer match. */
  score: number;
  sameNumbers: NumberComparison[];
  differentNumbers: NumberComparison[];
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export type FixKind = 'attribute-prefix' | 'attribute-suffix' | 'placeholder' | 'reference-figure' | 'reference-source' | 'ignore-line';

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
  /** The fix a user most likely wants; at most one per finding. */
  preferred: boolean;
  /** For 'placeholder': the same edits with a snippet tab stop on the source (`${1:source}`). */
  snippet?: TextEdit[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** The sentence the finding belongs to. */
  sentence: { start: number; end: number };
  references: FactMatch[];
  fixes: Fix[];
}

export type ClaimStatus = 'sourced' | 'vague' | 'unsourced';
/**
 * statistic: a figure; event: something a named actor did; quote: a direct quote; restatement: a
 * sentence of no such shape that says what a reference article attributes to a source (only with
 * references, and only when unattributed: "Investigators have identified a suspect.").
 */
export type ClaimKind = 'statistic' | 'event' | 'quote' | 'restatement';

/** A sentence that states something needing a source, and how it is sourced. */
export interface Claim {
  start: number;
  end: number;
  text: string;
  sentence: number;
  kinds: ClaimKind[];
  status: ClaimStatus;
  /** The attribution that covers it, when there is one. */
  attribution: Attribution | null;
  numbers: NumberMention[];
  matches: FactMatch[];
}

export interface AnalysisStats {
  claims: number;
  attributedClaims: number;
  numbers: number;
  sourcedNumbers: number;
  words: number;
}

export interface AnalyzeOptions {
  /** Defaults to 'markdown' (plain text parses the same, minus the Markdown constructs). */
  format?: TextFormat;
  /** Reference articles the draft was written from. */
  references?: ReferenceText[];
  /** Per-rule severity or 'off'; unspecified rules use their defaults. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Headlines need no attribution (default true). */
  ignoreHeadlines?: boolean;
  /** Extra attribution verbs or phrases ("tweeted", "wrote in a blog post"); matched literally. */
  extraCues?: string[];
  /** Sources never reported as vague ("the Associated Press"). */
  trustedSources?: string[];
  /** How many matching facts to keep per claim (default 3). */
  maxMatches?: number;
  /** Lowest match score worth showing (default tuned in facts/match.ts). */
  minScore?: number;
}

export interface AnalysisResult {
  segmentation: Segmentation;
  attributions: Attribution[];
  claims: Claim[];
  findings: Finding[];
  /** Facts extracted from the draft itself and from the references. */
  facts: ReferenceFact[];
  /** Problems with the input that are not findings (a reference that could not be parsed, ...). */
  notices: string[];
  stats: AnalysisStats;
}
