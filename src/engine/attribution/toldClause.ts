// "The mayor told reporters the budget would pass": after "told" and its hearer, news drops the
// "that" of the reported clause. The role tagger often reads the whole run as neither source nor
// content, and the attribution was lost with it (the sentence then went unflagged, or its figure
// was flagged as unsourced). This repair finds the clause after the hearer.

import type { ParagraphTokens } from './context';
import type { RepairedSpans } from './repair';
import { posOf } from './pos';
import { TIME_WORDS } from './patternParts';

const TELL = new Set(['told', 'tells', 'tell', 'telling']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
const HEARER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'local', 'several', 'some']);
/** Word classes of the words of a hearer: "reporters", "CNN", "the Associated Press", "state lawmakers". */
const HEARER_CLASSES = new Set(['NOUN', 'NOUNS', 'NAME', 'ORG', 'PROPN', 'ACTOR', 'TITLE', 'CAP', 'PLACE', 'ADJ', '?S', '?']);
/** Words that open a subject in lower case: "the budget", "he", "there". */
const SUBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'he', 'she', 'it', 'they',
  'we', 'i', 'you', 'there', 'some', 'many', 'most', 'no', 'all', 'both', 'one', 'nobody', 'everyone', 'police',
]);
const FINITE_CLASSES = new Set(['VBD', '?VBD', 'VBZ', 'MODAL', 'COP']);
const FINITE_WORDS = new Set(['had', 'has', 'have', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'will', 'would']);
/** Furthest a subject's finite verb may stand from its first word. */
const MAX_SUBJECT = 5;
const MAX_HEARER = 5;
/** Longest reported clause this repair reads (the longest sentence of PolNeAR has 195 tokens in dev, 284 in train). */
const MAX_CLAUSE = 400;
const CLAUSE_ENDS = new Set(['.', '!', '?', ';', ':', '-', '--', '\u2013', '\u2014', '(']);

function isFinite(p: ParagraphTokens, i: number): boolean {
  const t = p.tokens[i];
  if (t.kind !== 'word' || t.text !== t.lower) return false;
  return FINITE_WORDS.has(t.lower) || FINITE_CLASSES.has(posOf(t.lower, t.text)) || (posOf(t.lower, t.text) === 'ADJ' && t.lower.endsWith('ed'));
}

/** Whether a reported clause starts at token k: "that ...", or a subject and its finite verb. */
function clauseAt(p: ParagraphTokens, k: number, end: number): boolean {
  const t = p.tokens;
  if (k >= end) return false;
  if (t[k].kind === 'number') return hasFiniteVerb(p, k, end);
  if (t[k].kind !== 'word') return false;
  if (t[k].lower === 'that') return k + 1 < end;
  return (SUBJECT_OPENERS.has(t[k].lower) || /^\p{Lu}/u.test(t[k].text)) && hasFiniteVerb(p, k, end);
}

/**
 * Whether a finite verb follows the subject opened at k, before any punctuation, preposition (but
 * "of") or "to". A subject pronoun on the way means the subject starts later: "told TheBlaze founder
 * Glenn Beck | he would consider ...".
 */
function hasFiniteVerb(p: ParagraphTokens, k: number, end: number): boolean {
  const t = p.tokens;
  for (let v = k + 1; v < end && v - k <= MAX_SUBJECT; v++) {
    const w = t[v];
    if (w.kind === 'punct' || w.kind === 'quote' || w.lower === 'to' || SUBJECT_PRONOUNS.has(w.lower)) return false;
    if (isFinite(p, v)) return true;
    if (w.lower !== 'of' && posOf(w.lower, w.text) === 'PREP') return false;
  }
  return false;
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Longest hearer before a "that" clause: "told a crowd in Miami on Tuesday that ...". */
const MAX_HEARER_BEFORE_THAT = 12;

/**
 * Where the clause reported after a "tell" cue's hearer starts (tokens [from, end) follow the cue),
 * or -1. A "that" clause may follow a hearer with a setting ("a crowd in Miami Tuesday that"); a
 * clause without "that" only a pronoun or a short noun phrase ("reporters", "the Associated Press").
 * The shortest hearer that leaves a clause wins, so a hearer never swallows the clause's subject.
 */
function clauseAfterHearer(p: ParagraphTokens, from: number, end: number): number {
  const t = p.tokens;
  let plain = true; // the hearer so far is a pronoun or a short noun phrase
  for (let h = from + 1; h < end && h - from <= MAX_HEARER_BEFORE_THAT; h++) {
    const w = t[h - 1];
    if (w.kind !== 'word' || w.lower === 'that' || isFinite(p, h - 1)) return -1;
    const first = h - 1 === from;
    if (first ? !OBJECT_PRONOUNS.has(w.lower) && !HEARER_DETERMINERS.has(w.lower) && !HEARER_CLASSES.has(posOf(w.lower, w.text)) : !HEARER_CLASSES.has(posOf(w.lower, w.text))) plain = false;
    if (first && OBJECT_PRONOUNS.has(w.lower) && h < end && t[h].lower !== 'that' && !TIME_WORDS.has(t[h].lower)) {
      // "told him the ..." : a pronoun is the whole hearer.
      return clauseAt(p, h, end) ? h : -1;
    }
    let k = h;
    while (k < end && TIME_WORDS.has(t[k].lower)) k++;
    if (k < end && t[k].lower === 'that') return k + 1 < end ? k : -1;
    if (plain && h - from <= MAX_HEARER && HEARER_CLASSES.has(posOf(w.lower, w.text)) && clauseAt(p, k, end)) return k;
  }
  return -1;
}

/**
 * The content of a "tell" cue: the clause after its hearer, to the end of the sentence, when the
 * tagger found no right-hand content or took the hearer into it ("told | residents the water ...").
 * A right-hand content that already starts past the cue's next word is left to the tagger.
 */
export function toldClause(p: ParagraphTokens, cue: { start: number; end: number }, spans: RepairedSpans): RepairedSpans {
  const t = p.tokens;
  if (cue.end >= t.length || !TELL.has(t[cue.end - 1].lower)) return spans;
  // Only a cue with no content, or one whose right-hand content starts with the hearer; a content
  // before the cue ("'...,' Trump told ITV") is what it reports.
  const right = spans.content.findIndex(([a]) => a >= cue.end);
  if (right >= 0 ? spans.content[right][0] > cue.end : spans.content.length > 0) return spans;
  const range = p.sentenceTokens.get(p.sentence[cue.start]);
  if (!range) return spans;
  // The hearer and the clause's subject are short: look for them near the cue only.
  const k = clauseAfterHearer(p, cue.end, Math.min(range[1], cue.end + MAX_HEARER_BEFORE_THAT + MAX_SUBJECT + 2));
  if (k < 0) return spans;
  // To the sentence's end, or to a dash, semicolon or colon that opens another clause ("..., he
  // realized ... earlier - though he gave varying stories"). Bounded: a "sentence" of thousands of
  // cues with no full stop is no prose, and each of its cues must not scan the rest of it.
  let end = k;
  while (end < range[1] && end - k <= MAX_CLAUSE && !(t[end].kind === 'punct' && CLAUSE_ENDS.has(t[end].text))) end++;
  if (end - k > MAX_CLAUSE) return spans;
  if (right < 0) return { source: spans.source, content: [...spans.content, [k, end]] };
  const [, b] = spans.content[right];
  if (k >= b) return spans;
  const content = spans.content.slice();
  content[right] = [k, b];
  return { source: spans.source, content };
}
