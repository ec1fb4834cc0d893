// The false-alarm rate of issue 4 and its error analysis: sentences flagged unattributed-claim or
// unsourced-number that PolNeAR marks as attributed (they overlap a gold cue or content), each put
// in one category by where its gold attribution lies relative to it.
import type { GoldAttribution, GoldDoc, Frags } from './brat';
import type { AnalysisResult, Attribution } from '../../src/engine/types';
import { CUE_WORD_SHARE } from '../../src/engine/data/cue-words';
import { tokenize } from '../../src/engine/tokenize';

/**
 * A gold cue holding a word that is a cue at least this often in train (P(cue | word), percent) is
 * a reporting word ("said", "estimates", "show"); the rest are actions and stances PolNeAR
 * annotates as attributions ("imposed", "has not mentioned", "voted against").
 */
const REPORTING_SHARE = 40;

function missedCue(cue: string): AlarmCategory {
  const reporting = tokenize(cue).some((t) => (CUE_WORD_SHARE[t.lower] ?? 0) >= REPORTING_SHARE);
  return reporting ? 'own cue missed: a reporting word' : 'own cue missed: an action or stance';
}

export type AlarmCategory =
  | 'title'
  | 'own cue missed: a reporting word'
  | 'own cue missed: an action or stance'
  | 'own cue found, content elsewhere'
  | 'quote continued from an earlier sentence'
  | 'content of a cue earlier in the paragraph'
  | 'content of a cue in an earlier paragraph'
  | 'content of a cue later on';

export interface FalseAlarm {
  doc: string;
  category: AlarmCategory;
  /** The engine found the gold attribution's cue (but not that it covers this sentence). */
  cueFound: boolean;
  /** Lower-cased gold cue, for the cue tallies. */
  cue: string;
  sentence: string;
}

export interface FalseAlarmStats {
  flaggedSentences: number;
  attributed: number;
  rate: number;
  alarms: FalseAlarm[];
}

function overlaps(f: Frags | null, start: number, end: number): boolean {
  return !!f && f.some(([s, e]) => s < end && start < e);
}

function first(f: Frags | null): number {
  return f && f.length > 0 ? Math.min(...f.map(([s]) => s)) : -1;
}

/** Whether the text before `start` in its paragraph leaves a quote open (or `start` opens one that runs on). */
function inQuoteRun(text: string, paraStart: number, start: number): boolean {
  const before = text.slice(paraStart, start);
  const opens = (before.match(/[“«]/g) ?? []).length;
  const closes = (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  if (opens > closes || straight % 2 === 1) return true;
  return /^\s*["“«]/.test(text.slice(start, start + 3));
}

function categorise(d: GoldDoc, res: AnalysisResult, start: number, end: number): Omit<FalseAlarm, 'doc' | 'sentence'> {
  const seg = res.segmentation;
  const si = seg.sentences.findIndex((s) => s.start < end && start < s.end);
  const para = si >= 0 ? seg.paragraphs[seg.sentences[si].paragraph] : undefined;
  const found = (g: GoldAttribution): boolean => res.attributions.some((a: Attribution) => overlaps(g.cue, a.cue.start, a.cue.end));
  const cueText = (g: GoldAttribution): string => (g.cue ?? []).map(([s, e]) => d.text.slice(s, e)).join(' ').toLowerCase();
  const own = d.attributions.find((g) => overlaps(g.cue, start, end));
  if (para && seg.paragraphs.indexOf(para) === 0) {
    const g = own ?? d.attributions.find((x) => overlaps(x.content, start, end));
    return { category: 'title', cueFound: !!g && found(g), cue: g ? cueText(g) : '' };
  }
  if (own) {
    const hit = found(own);
    return { category: hit ? 'own cue found, content elsewhere' : missedCue(cueText(own)), cueFound: hit, cue: cueText(own) };
  }
  const g = d.attributions.find((x) => overlaps(x.content, start, end));
  if (!g) return { category: missedCue(''), cueFound: false, cue: '' };
  const cueAt = first(g.cue);
  const base = { cueFound: found(g), cue: cueText(g) };
  if (cueAt >= end) return { category: 'content of a cue later on', ...base };
  if (para && cueAt >= para.start) {
    return { category: inQuoteRun(d.text, para.start, start) ? 'quote continued from an earlier sentence' : 'content of a cue earlier in the paragraph', ...base };
  }
  return { category: 'content of a cue in an earlier paragraph', ...base };
}

/** Flagged sentences and false alarms per claim kind ("event", "statistic", "event+statistic"). */
export type KindTally = Map<string, { flagged: number; alarms: number }>;

export function falseAlarms(d: GoldDoc, res: AnalysisResult, byKind?: KindTally): { flagged: number; alarms: FalseAlarm[] } {
  const seen = new Set<string>();
  const alarms: FalseAlarm[] = [];
  const goldRanges = d.attributions.flatMap((a) => [...(a.cue ?? []), ...(a.content ?? [])]);
  for (const f of res.findings) {
    if (f.rule !== 'unattributed-claim' && f.rule !== 'unsourced-number') continue;
    const k = f.sentence.start + ':' + f.sentence.end;
    if (seen.has(k)) continue;
    seen.add(k);
    const attributed = goldRanges.some(([s, e]) => s < f.sentence.end && f.sentence.start < e);
    if (byKind) {
      const claim = res.claims.find((c) => c.start === f.sentence.start);
      const kind = claim ? [...claim.kinds].sort().join('+') : '?';
      const t = byKind.get(kind) ?? { flagged: 0, alarms: 0 };
      t.flagged++;
      if (attributed) t.alarms++;
      byKind.set(kind, t);
    }
    if (!attributed) continue;
    const sentence = d.text.slice(f.sentence.start, f.sentence.end).replace(/\s+/g, ' ').trim();
    alarms.push({ doc: d.id, sentence, ...categorise(d, res, f.sentence.start, f.sentence.end) });
  }
  return { flagged: seen.size, alarms };
}

/** Counts per category, per claim kind, and per cue word for the missed cues, as printable lines. */
export function alarmReport(alarms: readonly FalseAlarm[], byKind: KindTally): string[] {
  const out: string[] = [];
  for (const [kind, t] of [...byKind].sort((x, y) => y[1].flagged - x[1].flagged)) {
    out.push(`claims of kind ${kind}: ${t.flagged} flagged, ${t.alarms} of them false alarms (${((100 * t.alarms) / t.flagged).toFixed(1)}%)`);
  }
  const byCat = new Map<string, FalseAlarm[]>();
  for (const a of alarms) byCat.set(a.category, [...(byCat.get(a.category) ?? []), a]);
  for (const [cat, list] of [...byCat].sort((x, y) => y[1].length - x[1].length)) {
    const found = list.filter((a) => a.cueFound).length;
    out.push(`${String(list.length).padStart(4)}  ${cat} (gold cue found by the engine: ${found})`);
  }
  const cues = new Map<string, number>();
  for (const a of alarms) if (a.category.startsWith('own cue missed') && a.cue) cues.set(a.cue, (cues.get(a.cue) ?? 0) + 1);
  out.push(`missed own cues: ${[...cues].sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const a of alarms) out.push(`ALARM [${a.category}] cue=[${a.cue}] ${a.doc.slice(0, 20)} ${a.sentence.slice(0, 220)}`);
  return out;
}
