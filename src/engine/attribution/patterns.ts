// High-precision sentence patterns that override the trained taggers where news style is fixed:
//   According to SRC, CONTENT.          CONTENT, according to SRC.
//   CONTENT, SRC reports.               CONTENT, said SRC.        "QUOTE," SRC said.
// They make the common forms exact (the reference article's attributions all follow them) and
// also catch reporting verbs the statistical cue tagger has rarely seen ("informs", "reads").

import type { ParagraphTokens } from './context';
import { posOf } from './pos';
import { isCueWord } from './cueLexicon';
import { contentStart, isPunct, shortSource, TIME_WORDS, type PatternMatch } from './patternParts';
import { EVIDENCE_VERBS, evidenceLast, evidenceSubject, inPollFirst, inPollLast, nowSays, putAt, releasedShowing, subjectEstimates } from './evidencePatterns';
import { reportedByAside } from './reportedBy';
import { postedOn } from './postedOn';
import { perSource } from './perSource';
import { parentheticalCredit } from './parentheticalCredit';
import { dashCredit, describedQuote } from './quoteCredits';

export type { PatternMatch } from './patternParts';

/** Reporting verbs accepted in the fixed sentence-final patterns. */
const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'report', 'informs', 'informed', 'stated', 'states',
  'announced', 'announces', 'confirmed', 'confirms', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'tweeted',
  'claimed', 'claims', 'argued', 'argues', 'insisted', 'insists', 'explained', 'explains', 'warned', 'warns', 'reads',
  'read', 'recalled', 'recalls', 'declared', 'declares', 'acknowledged', 'admitted', 'asserted', 'predicted', 'estimated',
  'estimates', 'suggested', 'suggests', 'replied', 'responded', 'continued', 'concluded', 'emphasized', 'stressed',
]);

const PASSIVE_CUES = new Set(['reported', 'said', 'believed', 'claimed', 'alleged', 'rumored', 'rumoured', 'understood', 'thought', 'known', 'expected', 'estimated']);

const DETERMINERS = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'this', 'these', 'those', 'our', 'my', 'your']);

/**
 * A cue that ran on into its object ("confirmed his readiness") ends at the reporting verb; the
 * rest joins the content that follows it. Returns the new cue end.
 */
export function trimCue(p: ParagraphTokens, cs: number, ce: number): number {
  // "plans to employ", "agreed to clean up": the infinitive is content; unless it reports or
  // thinks itself ("went on to say", "appeared to suggest", "seemed to think"): PolNeAR's cue runs
  // on to it (dev cue +0.18; held-out train parts +0.26 / +0.14).
  for (let i = cs + 1; i < ce - 1; i++) {
    if (p.tokens[i].lower !== 'to') continue;
    const cls = posOf(p.tokens[i + 1].lower, p.tokens[i + 1].text);
    if ((cls === 'VB' || cls === 'VBZ') && !isCueWord(p.tokens[i + 1].lower)) {
      ce = p.tokens[i - 1].lower === 'not' && i - 1 > cs ? i - 1 : i;
      break;
    }
  }
  for (let i = cs; i < ce - 1; i++) {
    if (!REPORTING_VERBS.has(p.tokens[i].lower)) continue;
    const next = p.tokens[i + 1].lower;
    if (DETERMINERS.has(next) || !CUE_CONTINUATIONS.has(next)) return i + 1;
  }
  return ce;
}

/** Words that may follow a reporting verb inside a cue ("called for", "said Friday", "pointed to"). */
const CUE_CONTINUATIONS = new Set([
  'for', 'to', 'on', 'of', 'about', 'out', 'up', 'in', 'with', 'at', 'by', 'as', 'back', 'also', 'again', 'that',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'confidence', 'concern', 'concerns', 'hope', 'doubt', 'doubts', 'support', 'opposition', ':', 'in a statement',
]);

/**
 * A right-hand content that stops just before a closing parenthetical of its sentence
 * ("... Treaty Organization (CSTO).") takes it in.
 */
export function extendOverParenthetical(p: ParagraphTokens, e: number): number {
  if (e >= p.tokens.length || !isPunct(p, e, '(')) return e;
  let i = e + 1;
  while (i < p.tokens.length && i - e < 12 && !isPunct(p, i, ')') && p.sentence[i] === p.sentence[e]) i++;
  if (i >= p.tokens.length || !isPunct(p, i, ')')) return e;
  const after = i + 1;
  if (after >= p.tokens.length || p.sentence[after] !== p.sentence[e] || isPunct(p, after, '.!?')) return after;
  return e;
}

/** A reporting verb as written in running text: lower case ("Report" in "the Cook Political Report" is a name). */
function isVerb(p: ParagraphTokens, i: number): boolean {
  const t = p.tokens[i];
  return REPORTING_VERBS.has(t.lower) && t.text === t.lower;
}

/** Verbs whose object is the hearer, not the speaker ("told reporters", "tells me"). */
const HEARER_VERBS = new Set(['told', 'tells', 'informed', 'informs']);

/**
 * The words after a sentence-final reporting verb name the speaker ("..., said Ana Ruiz.") unless
 * they are the hearer ("told reporters") or an adverbial ("said on Tuesday", "said in a statement",
 * "said Tuesday"): then the speaker stands before the verb and the pattern does not apply.
 */
function sourceAfterVerb(p: ParagraphTokens, v: number, end: number): boolean {
  if (HEARER_VERBS.has(p.tokens[v].lower)) return false;
  const first = p.tokens[v + 1];
  if (!first || TIME_WORDS.has(first.lower)) return false;
  const cls = posOf(first.lower, first.text);
  if (cls === 'PREP' || cls === 'DATE' || cls === 'ADV') return false;
  // A figure is no speaker: "..., estimates the cost at $2.4 billion."
  for (let i = v + 1; i < end; i++) if (p.tokens[i].kind === 'number') return false;
  return shortSource(p, v + 1, end);
}

/** End of the sentence's content: before the final punctuation (and a closing quote stays inside). */
function trimEnd(p: ParagraphTokens, a: number, b: number): number {
  while (b > a && isPunct(p, b - 1, '.!?;:…')) b--;
  return b;
}

/** The quote that starts the sentence and ends at token `close` (exclusive end), if any. */
function leadingQuote(p: ParagraphTokens, a: number): number {
  if (p.tokens[a]?.kind !== 'quote' || p.quoteDir[a] !== 1) return -1;
  for (let i = a + 1; i < p.tokens.length; i++) if (p.tokens[i].kind === 'quote' && p.quoteDir[i] === -1) return i + 1;
  return -1;
}

/** A title-case line ("Poll: Clinton and Trump in Dead Heat"): most words after the colon at `c` capitalised, in the paragraph's first sentence. */
function titleCaseLine(p: ParagraphTokens, a: number, c: number, end: number): boolean {
  if (a !== 0) return false;
  const t = p.tokens;
  let words = 0;
  let capitalised = 0;
  for (let i = c + 1; i < end; i++) {
    if (t[i].kind !== 'word') continue;
    words++;
    if (/^[A-Z]/.test(t[i].text)) capitalised++;
  }
  return words >= 2 && capitalised / words >= 0.6;
}

function hasQuote(p: ParagraphTokens, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (p.tokens[i].kind === 'quote') return true;
  return false;
}

// The fixed patterns, each over sentence tokens [a, end) (end: before trailing punctuation), tried
// in this order; the first that matches wins. One function each: V8 compiles and, on a rare path
// first taken late, recompiles each on its own instead of the whole set.

/** It is reported / was said / has been claimed that CONTENT.  (No source: the passive hides it.) */
function passiveIt(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  if (t[a].lower !== 'it') return null;
  let v = a + 1;
  if (t[v]?.lower === 'has' && t[v + 1]?.lower === 'been') v += 2;
  else if (t[v]?.lower === 'is' || t[v]?.lower === 'was') v += 1;
  else return null;
  if (PASSIVE_CUES.has(t[v]?.lower ?? '') && t[v + 1]?.lower === 'that' && v + 2 < end) {
    return { cue: [a + 1, v + 1], source: null, content: [[v + 1, end]] };
  }
  return null;
}

/** Words that label a story rather than name a speaker ("EXCLUSIVE: ...", "Update: ..."). */
const LABELS = new Set(['exclusive', 'breaking', 'update', 'updated', 'watch', 'video', 'photos', 'live', 'abstract', 'note', 'correction', 'editor', "editor's", 'analysis', 'opinion', 'related', 'read', 'see', 'listen', 'fix', 'previously', 'editors']);

/**
 * SPEAKER: CONTENT -- one to four capitalised words and a colon at the start of a sentence, either
 * in capitals ("WALLACE: If I may, ...": a transcript turn, which runs to the paragraph's end) or
 * in a title-case line (a headline: "Poll: Clinton and Trump in Dead Heat", to the sentence's end).
 */
function speakerTurn(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  let s0 = t[a].kind === 'quote' ? a + 1 : a;
  // "**A:** ...": emphasis marks before an answer's label.
  if (a === 0) while (s0 < end - 2 && isEmphasis(t[s0].text) && (t[s0 + 1].text === 'A' || isEmphasis(t[s0 + 1].text))) s0++;
  let c = s0;
  while (c < end && c - s0 < 5 && t[c].kind === 'word' && /^[A-Z]/.test(t[c].text)) c++;
  if (c === s0 || c - s0 > 4 || c >= end - 1 || t[c].text !== ':') return null;
  let caps = true;
  for (let i = s0; i < c; i++) if (t[i].text !== t[i].text.toUpperCase() || t[i].text.length < 2) caps = false;
  // An interview's answer ("A: About $2 million a day.", "**A:** ..."), opening its paragraph: the
  // interviewee's words to the paragraph's end, as a transcript turn.
  const answer = c === s0 + 1 && (t[s0].text === 'A' || t[s0].text === 'Answer') && onlyEmphasisBefore(p, s0);
  if (answer) caps = true;
  if (caps && LABELS.has(t[s0].lower)) return null;
  if (!caps && !titleCaseLine(p, a, c, end)) return null;
  let e = caps ? t.length : end;
  if (caps && e > c + 1 && t[e - 1].kind === 'quote' && p.quoteDir[e - 1] !== -1) e--;
  let from = c + 1;
  if (answer) while (from < e && isEmphasis(t[from].text)) from++;
  return e > from ? { cue: [c, c + 1], source: [s0, c], content: [[from, e]] } : null;
}

/** Whether only emphasis marks ("**", "_") stand before token i in its paragraph. */
function onlyEmphasisBefore(p: ParagraphTokens, i: number): boolean {
  for (let k = 0; k < i; k++) if (!isEmphasis(p.tokens[k].text)) return false;
  return true;
}

// Labels of a credit line under a table, chart or list ("Source: Environment Agency").
const CREDIT_LABELS = new Set(['source', 'sources', 'data', 'figures']);
// Most tokens a "Sources:" box may list (a fact-check's reports, videos, emails and interviews).
const MAX_SOURCES_LIST = 80;
// Words that make the rest a sentence of its own rather than a list of sources.
const NOT_CREDIT = new Set(['that', 'which', 'who', 'is', 'are', 'was', 'were', 'said', 'says', 'will', 'would', 'has', 'have', 'had', 'not']);

function isEmphasis(token: string): boolean {
  return /^[*_]+$/.test(token);
}

/** Whether an attribution is a credit line's (creditLine): "Source:", "Figures from" and the like as its cue, and no content. */
export function isCredit(a: { cue: { text: string }; source: unknown; content: unknown }): boolean {
  const m = /^(\w+)\s*(?::|from)$/i.exec(a.cue.text);
  return a.content === null && a.source !== null && m !== null && CREDIT_LABELS.has(m[1].toLowerCase());
}

/**
 * LABEL: SOURCES -- a credit line ("Source: Environment Agency", "Sources: ONS; Met Office"): the
 * label and colon are the cue, the rest the source. Its content is the table or list it stands by
 * (analyze.ts), so the attribution itself has none.
 */
function creditLine(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  // Markdown emphasis around the line ("*Source: Port Authority*") is markup, not part of it, and so
  // are parentheses round it ("Imports fell 12%. (Source: Port Authority)").
  while (a < end && isEmphasis(t[a].text)) a++;
  while (end > a && isEmphasis(t[end - 1].text)) end--;
  if (end - a > 3 && isPunct(p, a, '(') && isPunct(p, end - 1, ')')) {
    a++;
    end--;
  }
  // "Source: X", or "Figures from X" / "Data from X" (a line of its own, so no verb follows).
  if (a >= end || !CREDIT_LABELS.has(t[a].lower) || t[a].text === t[a].lower) return null;
  const from = t[a + 1]?.lower === 'from' && t[a].lower !== 'source' && t[a].lower !== 'sources';
  if (t[a + 1]?.text !== ':' && !from) return null;
  const s = a + 2;
  // "Data from the census show rapid growth." is a sentence, not a credit.
  if (from) {
    for (let i = s; i < end; i++) {
      const cls = posOf(t[i].lower, t[i].text);
      if (EVIDENCE_VERBS.has(t[i].lower) || cls === 'VBD' || cls === 'VBZ' || cls === 'COP') return null;
    }
  }
  // "Figures: 5, 6,000, 12" lists figures, not sources: a source opens with a word.
  // A list of sources ("Sources: X, 2021-2024; Y, Oct. 14; ...", a fact-check's box) runs longer than one name.
  const longest = t[a].lower === 'sources' ? MAX_SOURCES_LIST : 16;
  if (end - s < 1 || end - s > longest || t[s].kind !== 'word' || !/^\p{L}/u.test(t[s].text)) return null;
  for (let i = s; i < end; i++) {
    const u = t[i];
    if (u.kind === 'quote' || u.kind === 'squote' || NOT_CREDIT.has(u.lower)) return null;
    if (u.kind === 'punct' && !',;&/-.()'.includes(u.text)) return null;
  }
  return { cue: [a, a + 2], source: [s, end], content: [] };
}

/**
 * SRC VERB: "QUOTE ..." -- the colon belongs to the cue; the quote (or, unclosed, the rest of
 * the paragraph) is the content.
 */
function colonQuote(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  for (let v = a + 1; v < end - 2 && v - a <= 9; v++) {
    if (t[v + 1].text !== ':' || !isVerb(p, v) || !shortSource(p, a, v)) continue;
    const q = v + 2;
    if (t[q].kind !== 'quote' || p.quoteDir[q] === -1) return null;
    let e = p.tokens.length;
    for (let i = q + 1; i < p.tokens.length; i++) {
      if (p.quoteDir[i] === -1) {
        e = i + 1;
        break;
      }
    }
    return { cue: [v, v + 2], source: [a, v], content: [[q, e]] };
  }
  return null;
}

/** According to SRC, CONTENT. */
function accordingToFirst(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  if (t[a].lower !== 'according' || t[a + 1]?.lower !== 'to') return null;
  let c = a + 2;
  while (c < end && !isPunct(p, c, ',')) c++;
  return c < end - 1 && shortSource(p, a + 2, c, 12) ? { cue: [a, a + 2], source: [a + 2, c], content: [[c + 1, end]] } : null;
}

/** CONTENT, according to SRC. */
function accordingToLast(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  for (let i = a + 1; i < end - 2; i++) {
    if (t[i].lower === 'according' && t[i + 1].lower === 'to' && isPunct(p, i - 1, ',') && shortSource(p, i + 2, end, 12)) {
      return { cue: [i, i + 2], source: [i + 2, end], content: [[contentStart(p, a, i - 1), i - 1]] };
    }
  }
  return null;
}

/** "QUOTE," SRC VERB.  /  "QUOTE," VERB SRC. */
function quoteThenCue(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const q = leadingQuote(p, a);
  if (q <= 0 || q >= end) return null;
  const last = end - 1;
  if (isVerb(p, last) && shortSource(p, q, last)) return { cue: [last, end], source: [q, last], content: [[a, q]] };
  if (isVerb(p, q) && sourceAfterVerb(p, q, end)) return { cue: [q, q + 1], source: [q + 1, end], content: [[a, q]] };
  return null;
}

/** CONTENT, SRC VERB, CONTENT.  (a parenthetical cue: "The new rules, the ministry said, will ...") */
function parentheticalCue(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  for (let c1 = a + 2; c1 < end - 4; c1++) {
    if (!isPunct(p, c1, ',') || p.inQuote[c1]) continue;
    let c2 = c1 + 2;
    while (c2 < end && c2 - c1 <= 8 && !isPunct(p, c2, ',')) c2++;
    if (c2 >= end - 1 || !isPunct(p, c2, ',')) continue;
    const v = c2 - 1;
    if (!isVerb(p, v) || !shortSource(p, c1 + 1, v, 6)) return null;
    // "Asked about the tunnel, the mayor said, "...."": a quote after the cue is the whole
    // content; the opening phrase only frames it (unless the quote goes on mid-sentence: "The
    // tunnel, the mayor said, "will be pumped out"").
    if (p.quoteDir[c2 + 1] === 1 && /^[A-Z]/.test(p.tokens[c2 + 2]?.text ?? '') && !hasQuote(p, a, c1)) {
      return { cue: [v, v + 1], source: [c1 + 1, v], content: [[c2 + 1, end]] };
    }
    return { cue: [v, v + 1], source: [c1 + 1, v], content: [[contentStart(p, a, c1), c1], [c2 + 1, end]] };
  }
  return null;
}

/** Participles of publishing verbs whose passive names the source after "by". */
const PASSIVE_REPORTS = new Set(['released', 'announced', 'reported', 'published', 'confirmed', 'disclosed', 'revealed', 'issued', 'stated']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are']);

/**
 * CONTENT was / were / has been / have been / had been PARTICIPLE by SRC [on Monday].  ("The
 * figures were released by the Health Ministry on Monday.") The passive puts what was reported
 * first and its source in the "by" phrase, which ends at a time word or preposition.
 */
function passiveBy(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  for (let v = a + 1; v < end - 2 && v - a <= 12; v++) {
    if (!PASSIVE_REPORTS.has(t[v].lower) || t[v + 1].lower !== 'by' || p.inQuote[v]) continue;
    let aux = v - 1;
    if (t[aux].lower === 'been' && (t[aux - 1]?.lower === 'has' || t[aux - 1]?.lower === 'have' || t[aux - 1]?.lower === 'had')) aux--;
    else if (!PASSIVE_AUX.has(t[aux].lower)) return null;
    if (aux <= a) return null;
    let e = v + 2;
    while (e < end && !TIME_WORDS.has(t[e].lower) && posOf(t[e].lower, t[e].text) !== 'PREP' && !isPunct(p, e, ',')) e++;
    if (!shortSource(p, v + 2, e, 8)) return null;
    return { cue: [aux, v + 1], source: [v + 2, e], content: [[contentStart(p, a, aux), aux]] };
  }
  return null;
}

/** Words of a setting after a reporting verb: "in an email", "on Telegram", "to reporters". */
/**
 * Reporting verbs that may close a sentence with a time, setting or hearer after them; not those
 * that are as often nouns or other verbs there ("states", "read", "added to the picture").
 */
const TAIL_VERBS = new Set(['said', 'says', 'told', 'tells', 'reported', 'reports', 'announced', 'announces', 'confirmed', 'confirms', 'wrote', 'writes', 'tweeted', 'stated', 'noted', 'explained', 'warned', 'acknowledged', 'admitted', 'insisted', 'recalled']);
// Not "by": "..., as first reported by Bloomberg" is a passive, its source after "by" (reportedBy.ts).
const SETTING_PREPS = new Set(['in', 'on', 'to', 'via', 'at', 'during', 'after', 'through', 'over', 'from']);
const MAX_TAIL = 8;
/** Word classes that make the words after the verb a clause ("said in posing the question"). */
const TAIL_STOPS = new Set(['COP', 'VBG', 'VBZ', 'VBD']);

/**
 * Whether tokens (v, end) are what may follow a sentence-final reporting verb besides its speaker:
 * a time ("Friday", "on Friday"), a setting ("in an email", "on Telegram"), or for "told" its
 * hearer ("The Associated Press", "reporters"), then maybe a time or setting. No figure, quote or
 * verb: "..., he said 40 people died" is a content of its own.
 */
function verbTail(p: ParagraphTokens, v: number, end: number): boolean {
  const t = p.tokens;
  if (end - (v + 1) > MAX_TAIL) return false;
  let i = v + 1;
  const first = t[i];
  if (!(TIME_WORDS.has(first.lower) || SETTING_PREPS.has(first.lower) || HEARER_VERBS.has(t[v].lower))) return false;
  for (; i < end; i++) {
    const u = t[i];
    if (u.kind === 'number' || u.kind === 'quote' || u.kind === 'squote' || (u.kind === 'punct' && u.text !== '.' && u.text !== '-')) return false;
    if (u.kind === 'word' && u.text === u.lower && (REPORTING_VERBS.has(u.lower) || u.lower === 'that' || TAIL_STOPS.has(posOf(u.lower, u.text)))) return false;
  }
  return true;
}

/** The last comma before token `before` and after the sentence's first token `a`, or -1. */
function lastCommaBefore(p: ParagraphTokens, a: number, before: number): number {
  for (let i = before - 1; i > a; i--) if (isPunct(p, i, ',')) return i;
  return -1;
}

/** CONTENT, SRC VERB.  /  CONTENT, SRC VERB HEARER-OR-SETTING.  /  CONTENT, VERB SRC. */
function trailingCue(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const comma = lastCommaBefore(p, a, end);
  if (comma <= a + 2 || end - comma < 3 || p.inQuote[comma] !== 0) return null;
  const last = end - 1;
  if (isVerb(p, last) && shortSource(p, comma + 1, last)) {
    return { cue: [last, end], source: [comma + 1, last], content: [[contentStart(p, a, comma), comma]] };
  }
  // "..., SRC told The Ledger.", "..., SRC confirmed in an email.", "..., SRC reported Friday.": the
  // verb with its hearer or setting after it.
  for (let v = comma + 2; v < last && v - comma <= 9; v++) {
    if (!isVerb(p, v)) continue;
    if (TAIL_VERBS.has(p.tokens[v].lower) && p.tokens[comma + 1].lower !== 'as' && shortSource(p, comma + 1, v) && verbTail(p, v, end)) {
      // PolNeAR's cue takes in a bare time word ("said Tuesday"), as extendCue does, not a setting or hearer.
      const cueEnd = TIME_WORDS.has(p.tokens[v + 1].lower) ? v + 2 : v + 1;
      return { cue: [v, cueEnd], source: [comma + 1, v], content: [[contentStart(p, a, comma), comma]] };
    }
    break;
  }
  if (isVerb(p, comma + 1) && sourceAfterVerb(p, comma + 1, end)) {
    return { cue: [comma + 1, comma + 2], source: [comma + 2, end], content: [[contentStart(p, a, comma), comma]] };
  }
  return relativeAfterSpeaker(p, a, comma, end);
}

const PRONOUN_SPEAKERS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you', 'this', 'that', 'there']);

/**
 * CONTENT, VERB SRC, who ...  ("Police arrested 12 people, said Capt. Ana Ruiz, who declined to
 * give their names."): the speaker's own relative clause after the name. Its cue ("declined") made
 * the tagger look for the speaker before "said". The source runs to the sentence's end, as the
 * tagger's does when it reads the construction ("said Tom Hale, who runs the union local").
 */
function relativeAfterSpeaker(p: ParagraphTokens, a: number, comma: number, end: number): PatternMatch | null {
  if (p.tokens[comma + 1].lower !== 'who') return null;
  const c0 = lastCommaBefore(p, a, comma);
  if (c0 <= a + 2 || comma - c0 < 3 || p.inQuote[c0] !== 0) return null;
  const v = c0 + 1;
  // A name or a title after the verb ("said Capt. Ana Ruiz"), not a clause ("said he's with ...").
  const first = p.tokens[v + 1];
  if (first.kind !== 'word' || first.text === first.lower || PRONOUN_SPEAKERS.has(first.lower)) return null;
  if (!isVerb(p, v) || !TAIL_VERBS.has(p.tokens[v].lower) || !sourceAfterVerb(p, v, comma)) return null;
  return { cue: [v, v + 1], source: [v + 1, end], content: [[contentStart(p, a, c0), c0]] };
}

const PATTERNS: ReadonlyArray<(p: ParagraphTokens, a: number, end: number) => PatternMatch | null> = [
  passiveIt,
  creditLine,
  speakerTurn,
  colonQuote,
  accordingToFirst,
  accordingToLast,
  quoteThenCue,
  parentheticalCue,
  trailingCue,
  passiveBy,
];

/**
 * Patterns for sentences in which the tagger found no cue: figures sourced to documents, data and
 * estimates. Only there, because where the tagger found a cue it reads nested and parenthetical
 * reporting ("The documents indicate, he said, that ...") better than a whole-sentence pattern.
 */
const FALLBACK_PATTERNS: ReadonlyArray<(p: ParagraphTokens, a: number, end: number) => PatternMatch | null> = [
  evidenceSubject,
  releasedShowing,
  subjectEstimates,
  putAt,
  inPollFirst,
  inPollLast,
  reportedByAside,
  postedOn,
  perSource,
  evidenceLast,
  parentheticalCredit,
  nowSays,
  describedQuote,
  dashCredit,
];

/**
 * A pattern's cue takes in the auxiliaries and adverbs before its verb, as the tagger's cues do
 * ("my father | often said", "Mr. Obama | often says"), and a source that ended at the verb gives
 * them up.
 */
function takeInVerbGroup(p: ParagraphTokens, m: PatternMatch): void {
  const [cs] = extendCue(p, m.cue[0], m.cue[1], 1);
  if (cs === m.cue[0]) return;
  if (m.source && m.source[1] === m.cue[0]) {
    if (cs <= m.source[0]) return;
    m.source = [m.source[0], cs];
  }
  for (const f of m.content) if (f[1] > cs && f[0] < m.cue[0]) return;
  m.cue = [cs, m.cue[1]];
}

/** Matches the fixed patterns in sentence tokens [a, b): the first that matches, or none. */
export function matchPatterns(p: ParagraphTokens, a: number, b: number, fallback = false): PatternMatch[] {
  const out: PatternMatch[] = [];
  const end = trimEnd(p, a, b);
  if (end - a < 3) return out;
  for (const pattern of fallback ? FALLBACK_PATTERNS : PATTERNS) {
    const m = pattern(p, a, end);
    if (m) takeInVerbGroup(p, m);
    if (m) {
      out.push(m);
      break;
    }
  }
  return out;
}

/**
 * A right-hand content that stops short of its sentence's end, when all that is left is a plain
 * run of words (no clause punctuation, quote or other cue: "... the issues | through the CSTO."),
 * runs to the end: the tagger's early stops there are boundary noise, not a second clause.
 */
export function extendToSentenceEnd(p: ParagraphTokens, e: number, isCue: Uint8Array): number {
  if (e <= 0 || e >= p.tokens.length) return e;
  const sent = p.sentence[e - 1];
  let i = e;
  while (i < p.tokens.length && p.sentence[i] === sent) {
    const t = p.tokens[i];
    if (isCue[i] || t.kind === 'quote' || t.kind === 'squote' || i - e > 60) return e; // bounded: linear overall
    if (t.kind === 'punct' && !'()-%'.includes(t.text)) break; // '%' belongs to its figure ("a rise of 9%.")
    i++;
  }
  // Only when the run reaches the sentence's final punctuation.
  if (i < p.tokens.length && p.sentence[i] === sent && !isPunct(p, i, '.!?')) return e;
  if (i < p.tokens.length && p.sentence[i] === sent && i + 1 < p.tokens.length && p.sentence[i + 1] === sent) return e;
  return i;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'did', 'does', 'do', "'s", "'ll", "'ve", "'d", 'also', 'not', "n't", 'never', 'already', 'repeatedly', 'again', 'previously', 'recently', 'once', 'often', 'publicly', 'later', 'then', 'even', 'has been', 'been', 'be', 'could', 'can', 'may', 'might', 'should', 'must']);

/**
 * PolNeAR cues take in the verb group: auxiliaries and adverbs before the verb ("has also
 * intensified", "did not address") and a bare time word right after it ("said Friday that").
 */
export function extendCue(p: ParagraphTokens, cs: number, ce: number, mode: number): [number, number] {
  const t = p.tokens;
  if (mode & 1) {
    while (cs > 0 && p.sentence[cs - 1] === p.sentence[cs] && AUXILIARIES.has(t[cs - 1].lower)) cs--;
  }
  if (mode & 2) {
    if (ce < t.length && p.sentence[ce] === p.sentence[ce - 1] && TIME_WORDS.has(t[ce].lower) && REPORTING_VERBS.has(t[ce - 1].lower)) ce++;
  }
  return [cs, ce];
}
