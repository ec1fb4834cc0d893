// Flag recall: the counter-metric to the false-alarm rate, so that flagging less cannot pass for
// flagging better. From each gold attribution that lies wholly inside one sentence (and is that
// sentence's only gold attribution), build the claim without its attribution ("Smith said that
// the plant closed." -> "The plant closed."; "\"We won,\" she said." -> "\"We won.\""), put it in
// place of the sentence in its article, analyse the article, and count the stripped sentences the
// engine flags (unattributed-claim, unsourced-number or unattributed-quote). Only contents that
// read as a clause on their own count: compromise (not the engine) must see a subject and a finite
// verb, so "to monitor polling places" or "his attacks on a former Miss Universe" are left out.
import nlp from 'compromise';
import type { GoldDoc, Frags } from './brat';
import type { AnalysisResult, AnalyzeOptions, RuleId } from '../../src/engine/types';
import type { AnalyzeInternals, ParagraphCache } from '../../src/engine/analyze';

export type AnalyzeFn = (text: string, options: AnalyzeOptions, internals?: AnalyzeInternals) => AnalysisResult;

export interface FlagRecall {
  /** Stripped sentences analysed. */
  eligible: number;
  /** Of those, the ones the engine flags. */
  flagged: number;
  rate: number;
  /** Examples of stripped sentences left unflagged (for --errors flags). */
  missed: Array<{ doc: string; stripped: string }>;
}

const FLAG_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['unattributed-claim', 'unsourced-number', 'unattributed-quote']);
const OPEN_QUOTE = /^["“«„]/;
const CLOSE_QUOTE = /["”»]$/;

function inside(f: Frags | null, start: number, end: number): boolean {
  return !!f && f.length > 0 && f.every(([s, e]) => s >= start && e <= end);
}

function overlaps(f: Frags | null, start: number, end: number): boolean {
  return !!f && f.some(([s, e]) => s < end && start < e);
}

/** The content as a sentence of its own: no "that", no trailing comma, a capital and a full stop. */
export function strippedClaim(content: string): string | null {
  let s = content.replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:that|whether)\s+/i, '');
  let close = '';
  if (CLOSE_QUOTE.test(s) && OPEN_QUOTE.test(s)) {
    close = s.slice(-1);
    s = s.slice(0, -1);
  }
  s = s.replace(/[\s,;:—–-]+$/u, '');
  if (!/[.!?]$/.test(s)) s += '.';
  s += close;
  const first = s.search(/\p{L}/u);
  if (first < 0) return null;
  s = s.slice(0, first) + s[first].toUpperCase() + s.slice(first + 1);
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 4 ? s : null;
}

const CLAUSE = '(#Noun|#Pronoun) #Adverb? (#Auxiliary|#Copula|#PastTense|#PresentTense|#Modal)';
const NOT_MAIN = '^(to|how|what|whether|if|which|with|why|who|when|where) ';

/** A sentence with a subject and a finite verb, not a fragment or a subordinate clause. */
export function isClause(sentence: string): boolean {
  const doc = nlp(sentence);
  return doc.has(CLAUSE) && !doc.has(NOT_MAIN);
}

export function flagRecall(docs: readonly GoldDoc[], analyze: AnalyzeFn, keepMissed = 0): FlagRecall {
  let eligible = 0;
  let flagged = 0;
  const missed: FlagRecall['missed'] = [];
  const options: AnalyzeOptions = { format: 'plaintext' };
  for (const d of docs) {
    // One cache per article: only the edited paragraph is analysed again for each stripped claim.
    const store = new Map<string, Parameters<ParagraphCache['set']>[1]>();
    const cache: ParagraphCache = { get: (k) => store.get(k), set: (k, w) => void store.set(k, w) };
    const base = analyze(d.text, options, { cache });
    for (const s of base.segmentation.sentences) {
      let start = s.start;
      let end = s.end;
      while (start < end && /\s/.test(d.text[start])) start++;
      while (end > start && /\s/.test(d.text[end - 1])) end--;
      if (s.isHeadline || end <= start) continue;
      const touching = d.attributions.filter(
        (a) => overlaps(a.cue, start, end) || overlaps(a.source, start, end) || overlaps(a.content, start, end),
      );
      if (touching.length !== 1) continue;
      const a = touching[0];
      if (!a.source || !inside(a.cue, start, end) || !inside(a.source, start, end) || !inside(a.content, start, end)) continue;
      const content = (a.content ?? []).map(([fs, fe]) => d.text.slice(fs, fe)).join(' ');
      const stripped = strippedClaim(content);
      if (!stripped || !isClause(stripped)) continue;
      eligible++;
      const text = d.text.slice(0, start) + stripped + d.text.slice(end);
      const res = analyze(text, options, { cache });
      const hit = res.findings.some((f) => FLAG_RULES.has(f.rule) && f.sentence.start < start + stripped.length && start < f.sentence.end);
      if (hit) flagged++;
      else if (missed.length < keepMissed) missed.push({ doc: d.id, stripped });
    }
  }
  return { eligible, flagged, rate: eligible ? Math.round((1000 * flagged) / eligible) / 10 : 0, missed };
}
