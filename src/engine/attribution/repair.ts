// Tidies the role tagger's raw runs into one source and the content fragments of an attribution.
// A greedy tagger leaves holes ("that voting fraud is ... has the guts to"); PolNeAR contents are
// contiguous on each side of the cue, so runs on the same side are joined unless the source lies
// between them. A passive cue's subject is what was said, not who said it; a participle cue after a
// comma ("..., saying ...") is spoken by its clause's subject.

import type { ParagraphTokens } from './context';
import { posOf } from './pos';
import { filterList } from '../lists';
import { toldClause } from './toldClause';

export interface RepairedSpans {
  /** Token range [start, end) of the source, or null. */
  source: [number, number] | null;
  /** Token ranges of the content fragments, left to right. */
  content: Array<[number, number]>;
}

type Range = [number, number];

function distance(r: Range, cue: { start: number; end: number }): number {
  return r[1] <= cue.start ? cue.start - r[1] : r[0] - cue.end;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

// Participles of feeling: their subject is the one who feels (a source), as PolNeAR marks them
// ("Democrats are worried about ...", "she is convinced that ...").
const EXPERIENCER = new Set([
  'concerned', 'worried', 'convinced', 'outraged', 'shocked', 'scared', 'frightened', 'excited', 'surprised', 'impressed',
  'thrilled', 'pleased', 'disappointed', 'frustrated', 'angered', 'upset', 'alarmed', 'troubled', 'tired', 'assured',
  'inclined', 'determined', 'committed', 'opposed', 'divided', 'mystified', 'startled', 'embittered', 'irritated',
  'attracted', 'interested', 'intrigued', 'dismayed', 'encouraged', 'relieved', 'satisfied', 'puzzled', 'baffled',
  'horrified', 'appalled', 'disgusted', 'offended', 'annoyed', 'amazed', 'stunned', 'confused', 'delighted', 'gripped',
  'devoted', 'poised', 'prepared', 'resigned', 'unconvinced', 'unimpressed', 'unmoved', 'heartened', 'emboldened',
]);

/** Adverbs and negation inside a verb group ("has been harshly criticized", "was not named"). */
function isAdverb(p: ParagraphTokens, i: number): boolean {
  const cls = posOf(p.tokens[i].lower, p.tokens[i].text);
  return cls === 'ADV' || cls === '?ADV' || p.tokens[i].lower === 'not';
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can']);

/**
 * Where a passive cue's verb group starts, or -1 when the cue is not passive: "was charged with",
 * "has been harshly criticized", "were rated", and a cue that is the bare participle after its
 * "be" ("were | called to service") -- a form of "be", adverbs, then a participle that is not a
 * feeling.
 */
function passiveStart(p: ParagraphTokens, cue: { start: number; end: number }): number {
  const t = p.tokens;
  const sent = p.sentence[cue.start];
  // Back over adverbs to a "be" just before the cue, in the same sentence.
  let i = cue.start;
  let k = cue.start - 1;
  while (k >= 0 && cue.start - k <= 3 && p.sentence[k] === sent && isAdverb(p, k)) k--;
  if (k >= 0 && p.sentence[k] === sent && BE.has(t[k].lower)) i = k;
  for (; i + 1 < cue.end; i++) {
    if (!BE.has(t[i].lower)) continue;
    let v = i + 1;
    while (v < cue.end - 1 && isAdverb(p, v)) v++;
    if (EXPERIENCER.has(t[v].lower)) return -1;
    const cls = posOf(t[v].lower, t[v].text);
    if (cls === 'VBN' || cls === 'VBD' || cls === '?VBD' || /[a-z](ed|en)$/.test(t[v].lower)) {
      // The auxiliaries before "be" belong to the verb group ("has | been named").
      let s = Math.min(i, cue.start);
      while (s > 0 && p.sentence[s - 1] === sent && (AUXILIARIES.has(t[s - 1].lower) || BE.has(t[s - 1].lower) || isAdverb(p, s - 1))) s--;
      return s;
    }
  }
  return -1;
}

/**
 * "Officer X was charged with manslaughter": the tagger reads the subject right before a passive
 * cue as its source; PolNeAR makes it part of the content (the source, if any, follows "by").
 */
function passiveSubjectToContent(p: ParagraphTokens, cue: { start: number; end: number }, spans: RepairedSpans): RepairedSpans {
  const src = spans.source;
  if (!src || src[1] > cue.start) return spans;
  const lead = passiveStart(p, cue);
  if (lead < 0 || src[1] < lead) return spans;
  const content = filterList(spans.content, (r) => r[1] > cue.start || r[1] < src[0]);
  const before = filterList(spans.content, (r) => r[1] <= cue.start && r[1] >= src[0]);
  const start = before.length ? Math.min(src[0], before[0][0]) : src[0];
  content.push([start, src[1]]);
  content.sort((x, y) => x[0] - y[0]);
  return { source: null, content };
}

// Words that open a clause, not a name: "which state media claimed", "how experts say".
const CLAUSE_OPENERS = new Set(['which', 'how', 'what', 'whom', 'that', 'lest', 'if', 'because', 'when', 'whether', 'as', 'while', 'although', 'though']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their']);

/**
 * A clause opener before the speaker is not part of the source ("which | Apple's chief executive"),
 * and a source of determiners alone ("the | elections announced by ...") names nobody.
 */
function tidySource(p: ParagraphTokens, spans: RepairedSpans): RepairedSpans {
  const src = spans.source;
  if (!src) return spans;
  let only = true;
  for (let i = src[0]; i < src[1] && only; i++) only = DETERMINERS.has(p.tokens[i].lower);
  if (only) return { source: null, content: spans.content };
  if (src[1] - src[0] < 2 || !CLAUSE_OPENERS.has(p.tokens[src[0]].lower)) return spans;
  return { source: [src[0] + 1, src[1]], content: spans.content };
}

/**
 * A source keeps the comma that closes its appositive before the cue ("Josh Earnest, the press
 * secretary, | said") and never ends with the comma after a plain name ("Tester, | who ...",
 * "according to the poll, | ..."): PolNeAR train marks it so 852 times to 76, and 798 to 5.
 */
function sourceComma(p: ParagraphTokens, cue: { start: number; end: number }, spans: RepairedSpans): RepairedSpans {
  const src = spans.source;
  if (!src) return spans;
  const t = p.tokens;
  let inner = false;
  for (let i = src[0]; i < src[1] - 1; i++) if (t[i].text === ',') inner = true;
  const last = t[src[1] - 1].text === ',';
  if (last && !inner && src[1] - src[0] > 1) return { source: [src[0], src[1] - 1], content: spans.content };
  const next = src[1];
  if (!last && inner && next < cue.start && t[next].text === ',' && !spans.content.some(([a, b]) => a <= next && next < b)) {
    return { source: [src[0], next + 1], content: spans.content };
  }
  return spans;
}

const DASHES = new Set(['\u2015', '\u2014']);

/**
 * '"Quote." ― Ana Reyes' (a pull quote signed with a dash, often one per line): the name after the
 * dash, with a title after a comma, is the source and the quote before it the content, back to the
 * previous signature.
 */
function dashSignature(p: ParagraphTokens, cue: { start: number; end: number }, spans: RepairedSpans): RepairedSpans {
  const t = p.tokens;
  if (cue.end - cue.start !== 1 || !DASHES.has(t[cue.start].text) || cue.start < 3 || t[cue.start - 1].kind !== 'quote') return spans;
  // The name: a few capitalised words (and initials), up to the next quote or the paragraph's end.
  let j = cue.end;
  while (j < t.length && j - cue.end < 6 && (/^[A-Z\u00c0-\u00de]/.test(t[j].text) || (t[j].text === '.' && j > cue.end))) j++;
  // A full stop after a whole word ends the line, not an initial ("Tom O." keeps its stop).
  if (j - cue.end > 1 && t[j - 1].text === '.' && t[j - 2].text.length > 1) j--;
  // A title after a comma belongs to the signature: "― Tom Hale, fire chief", "― Ana Reyes, 52, a nurse".
  if (j > cue.end && j < t.length && t[j].text === ',') {
    let m = j + 1;
    while (m < t.length && m - j <= 8 && (t[m].kind === 'word' || t[m].kind === 'number' || t[m].text === ',')) m++;
    if (m > j + 1 && t[m - 1].text !== ',' && (m === t.length || t[m].kind === 'quote' || '.!?'.includes(t[m].text))) j = m;
  }
  if (j === cue.end || (j < t.length && t[j].kind !== 'quote' && !'.!?'.includes(t[j].text))) return spans;
  // The quote: from the first quote mark after the previous signature (or the paragraph start).
  let k = cue.start - 2;
  while (k > 0 && cue.start - k < 600 && !DASHES.has(t[k].text)) k--;
  let q = k;
  while (q < cue.start - 1 && t[q].kind !== 'quote') q++;
  if (cue.start - q < 3) return spans;
  return { source: [cue.end, j], content: [[q, cue.start]] };
}

/**
 * "the results announced by the CEC": with no source found, a passive cue's agent after "by" is the
 * source (a few words up to punctuation or a lower-case verb-like word).
 */
function agentAfterBy(p: ParagraphTokens, cue: { start: number; end: number }, spans: RepairedSpans): RepairedSpans {
  const t = p.tokens;
  const by = cue.end;
  if (spans.source || by + 1 >= t.length || t[by].lower !== 'by' || p.sentence[by] !== p.sentence[cue.start]) return spans;
  let j = by + 1;
  while (j < t.length && j - by <= 6 && p.sentence[j] === p.sentence[by] && t[j].kind === 'word') {
    const cls = posOf(t[j].lower, t[j].text);
    if (j > by + 1 && /^[a-z]/.test(t[j].text) && (cls.includes('VB') || cls === 'PREP' || cls === 'CONJ' || cls === 'WH')) break;
    j++;
  }
  let named = false;
  for (let i = by + 1; i < j; i++) if (/^[A-Z]/.test(t[i].text)) named = true;
  if (!named || j - by > 6) return spans;
  const content = filterList(spans.content, (r) => r[1] <= by || r[0] >= j);
  return content.length ? { source: [by + 1, j], content } : spans;
}

const FINITE = new Set(['VBD', 'VBZ', 'VB', 'COP', 'MODAL', '?VBD', 'VBN']);
// Word classes that end a subject noun phrase when written in lower case.
const NOT_IN_SUBJECT = new Set(['PREP', 'CONJ', 'WH', 'MODAL', 'COP', 'VBD', 'VBZ', 'VB', 'VBN', '?VBD', 'ADV', '?ADV']);
const LEADING_CONJ = new Set(['and', 'but', 'yet', 'so', 'or', 'even', 'also', 'then', 'still']);

/**
 * "Trump's campaign backtracked, putting out a statement ...": a participle cue after a comma with
 * no source found has its clause's subject as its source: the noun phrase that opens the sentence
 * (after "And" / "But") right before its finite verb. Not after a sentence-opening phrase ("In an
 * interview, ..."), nor for "be" ("One of her moves was ..., believing": no speaker).
 */
function participleSubject(p: ParagraphTokens, cue: { start: number; end: number }, spans: RepairedSpans): RepairedSpans {
  const t = p.tokens;
  const w = t[cue.start];
  if (spans.source || cue.start < 2 || !w.lower.endsWith('ing') || w.lower === 'according' || t[cue.start - 1].text !== ',') return spans;
  const range = p.sentenceTokens.get(p.sentence[cue.start]);
  if (!range) return spans;
  let s = range[0];
  while (s < cue.start && LEADING_CONJ.has(t[s].lower)) s++;
  const first = posOf(t[s].lower, t[s].text);
  if (first === 'PREP' || first === 'WH' || CLAUSE_OPENERS.has(t[s].lower)) return spans;
  let j = s;
  let named = false;
  let verb = false;
  for (; j < cue.start && j - s < 8 && t[j].kind === 'word'; j++) {
    const x = t[j];
    const cls = posOf(x.lower, x.text);
    if (j > s && x.text === x.lower) {
      // The lexicon lists many past tenses as adjectives ("rejected", "closed").
      if (FINITE.has(cls) || ((cls === 'ADJ' || cls === 'VBD' || cls === '?VBD') && x.lower.endsWith('ed'))) {
        verb = true;
        break;
      }
      if ((NOT_IN_SUBJECT.has(cls) && x.lower !== 'of' && x.lower !== 'and') || /n['’]t$/.test(x.lower)) return spans;
      if (DETERMINERS.has(x.lower) && named && t[j - 1].lower !== 'of' && t[j - 1].lower !== 'and') return spans;
    }
    if (!DETERMINERS.has(x.lower)) named = true;
  }
  if (!verb || !named || BE.has(t[j].lower)) return spans;
  for (const [a, b] of spans.content) if (a < j && s < b) return spans;
  return { source: [s, j], content: spans.content };
}

export function repairSpans(p: ParagraphTokens, cue: { start: number; end: number }, sourceRuns: Range[], contentRuns: Range[]): RepairedSpans {
  const joined = joinRuns(cue, sourceRuns, contentRuns);
  const signed = dashSignature(p, cue, joined);
  if (signed !== joined) return signed;
  return toldClause(p, cue, sourceComma(p, cue, participleSubject(p, cue, agentAfterBy(p, cue, tidySource(p, passiveSubjectToContent(p, cue, joined))))));
}

function joinRuns(cue: { start: number; end: number }, sourceRuns: Range[], contentRuns: Range[]): RepairedSpans {
  // One source: the run nearest the cue.
  let source: Range | null = null;
  for (const r of sourceRuns) if (!source || distance(r, cue) < distance(source, cue)) source = r;
  const content: Range[] = [];
  for (const r of contentRuns) {
    const last = content[content.length - 1];
    const sameSide = last && (last[1] <= cue.start) === (r[1] <= cue.start);
    const sourceBetween = source && last && source[0] >= last[1] && source[1] <= r[0];
    if (last && sameSide && !sourceBetween) last[1] = r[1];
    else content.push([r[0], r[1]]);
  }
  return { source, content };
}
