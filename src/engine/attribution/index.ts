// Attribution detection: who said what. Two small taggers trained on the PolNeAR train split
// (see scripts/train-attribution.ts) find the cues, then the source and content around each cue;
// rules then tidy the spans, add user cues, and classify kind and vagueness.
// Results for a paragraph depend only on that paragraph's text (the incremental analyser caches them).

import type { Attribution, Segmentation, Span } from '../types';
import { paragraphTokens, type ParagraphTokens } from './context';
import { posOf } from './pos';
import { prefixCounts, stem, type Prefix } from './features';
import { loadScorer, type LinearScorer } from './model';
import { CUE_BIAS, tagCues } from './cueTagger';
import { cueKey, roleWindow, roleWindowScale, tagRoles } from './roleTagger';
import { CUE_MODEL } from '../data/cue-model';
import { ROLE_MODEL } from '../data/role-model';
import { CONTENT_END_MODEL } from '../data/content-end-model';
import { CONTENT_START_MODEL } from '../data/content-start-model';
import { rankContentEnd, type ContentEndSite } from './contentEnd';
import { rankContentStart } from './contentStart';
import { rankCueExtent, type CueExtentSite } from './cueExtent';
import { CUE_EXTENT_MODEL } from '../data/cue-extent-model';
import { findExtraCues } from './extraCues';
import { attributionKind, isPassiveCharge, isVague } from './classify';
import { repairSpans } from './repair';
import { contentLength, continueQuote, cutAtBut, shapeTaggedContent } from './content';
import { extendCue, matchPatterns, trimCue, type PatternMatch } from './patterns';
import { releasesPeople } from './notSpeech';
import { mayHoldEvidence } from './evidencePatterns';

export interface AttributionOptions {
  /** Extra cue words or phrases ("tweeted", "wrote in a blog post"), matched literally, case-insensitively. */
  extraCues?: string[];
}

/** An attribution with its content fragments (PolNeAR contents can wrap around the cue). */
export interface DetailedAttribution extends Attribution {
  contentFragments: Span[];
}

let models: { cue: LinearScorer; role: LinearScorer } | null = null;
let endModel: LinearScorer | null = null;
let startModel: LinearScorer | null = null;
let extentModel: LinearScorer | null = null;

/** The weights are inflated on first use, so loading the engine stays cheap. */
function getModels(): { cue: LinearScorer; role: LinearScorer } {
  if (!models) models = { cue: loadScorer(CUE_MODEL), role: loadScorer(ROLE_MODEL) };
  return models;
}

/**
 * Picks where a right-hand content fragment ends (contentEnd.ts); the shipped ranker, or in
 * scripts/train-content-ends.ts one that records the sites it is asked about.
 */
export type ContentEndChooser = (site: ContentEndSite) => number;

const shippedEnd: ContentEndChooser = (site) => rankContentEnd(site, (endModel ??= loadScorer(CONTENT_END_MODEL)));
/** Picks where a right-hand content fragment starts (contentStart.ts), once its end is chosen. */
const shippedStart: ContentEndChooser = (site) => rankContentStart(site, (startModel ??= loadScorer(CONTENT_START_MODEL)));

/**
 * Picks a found cue's extent (cueExtent.ts); the shipped ranker, or in scripts/train-cue-extents.ts
 * one that records the sites it is asked about.
 */
export type CueExtentChooser = (site: CueExtentSite) => [number, number];

const shippedCue: CueExtentChooser = (site) => rankCueExtent(site, (extentModel ??= loadScorer(CUE_EXTENT_MODEL)));

/** Each cue's extent as the chooser picks it, within the tokens between its neighbours. */
function chooseCueExtents(p: ParagraphTokens, pre: Prefix, cues: Array<[number, number]>, choose: CueExtentChooser): void {
  for (let k = 0; k < cues.length; k++) {
    const [start, end] = cues[k];
    const lo = k > 0 ? cues[k - 1][1] : 0;
    const hi = k + 1 < cues.length ? cues[k + 1][0] : p.tokens.length;
    cues[k] = choose({ p, pre, start, end, lo, hi });
  }
}

/** Re-ends the tagged content's right-hand fragments (the ranker also sees one that opens with a quote, which the rules end at its closing quote). */
function chooseEnds(
  p: ParagraphTokens,
  pre: Prefix,
  cue: { start: number; end: number; key: number },
  content: Array<[number, number]>,
  tagged: number,
  isCue: Uint8Array,
  choose: ContentEndChooser,
  chooseStart: ContentEndChooser,
): void {
  for (const f of content) {
    if (f[0] < cue.end) continue;
    const site = { p, pre, cueStart: cue.start, cueEnd: cue.end, cueKey: cue.key, start: f[0], end: f[1], tagged, isCue };
    f[1] = site.end = choose(site);
    f[0] = pastSetting(p, chooseStart(site), f[1]);
  }
}

function startsWithVerb(p: ParagraphTokens, i: number): boolean {
  const t = p.tokens[i];
  const cls = posOf(t.lower, t.text);
  return cls === 'VBD' || cls === 'VBZ' || cls === 'VB' || cls === 'MODAL' || cls === 'COP' || cls === '?VBD' || /^(?:have|has|had)$/.test(t.lower);
}

/** Prepositions that open the setting of a report: "said via text message that", "said on his Facebook page that". */
const SETTING_PREPOSITIONS = new Set(['on', 'in', 'via', 'through', 'during', 'over', 'at']);
/** Longest setting before its "that": "in an interview with the Gazette on Tuesday". */
const MAX_SETTING = 9;

/**
 * A right-hand content that opens with the report's setting and then a "that" clause starts at the
 * "that": PolNeAR puts the setting in the cue or between cue and content (74 and 54 times in train),
 * almost never in the content (3). Only plain words between: a comma or a verb ends the setting.
 */
function pastSetting(p: ParagraphTokens, start: number, end: number): number {
  const t = p.tokens;
  if (start >= end || !SETTING_PREPOSITIONS.has(t[start].lower) || t[start].text !== t[start].lower) return start;
  for (let j = start + 1; j < end && j - start <= MAX_SETTING; j++) {
    const w = t[j];
    // A "that" followed by a verb is a relative pronoun ("through policy issues that matter").
    if (w.lower === 'that') return j + 2 < end && !startsWithVerb(p, j + 1) ? j : start;
    if ((w.kind !== 'word' && w.kind !== 'number' && w.text !== "'s" && w.text !== '\u2019s') || p.inQuote[j]) return start;
    const cls = posOf(w.lower, w.text);
    if (cls === 'VBD' || cls === 'VBZ' || cls === 'MODAL' || cls === 'COP' || cls === 'WH' || cls === 'CONJ') return start;
  }
  return start;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Maximal runs of `tag` in window tags, as token ranges [start, end) in paragraph token indices. */
function runs(tags: Uint8Array, wa: number, tag: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = -1;
  for (let k = 0; k <= tags.length; k++) {
    const hit = k < tags.length && tags[k] === tag;
    if (hit && s < 0) s = k;
    if (!hit && s >= 0) {
      out.push([wa + s, wa + k]);
      s = -1;
    }
  }
  return out;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'to', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'there', 'then', 'it', 'i', 'of', 'in', 'on', 'and', 'or', 'but', 'that', 'this', 'be', 'been']);

/** A lone function word or single letter ("J" of "Donald J. Trump") is never a cue by itself. */
function isFunctionWord(p: ParagraphTokens, i: number): boolean {
  const t = p.tokens[i];
  return FUNCTION_WORDS.has(t.lower) || (t.kind === 'word' && t.text.length === 1);
}

const NAME_CLASSES = new Set(['CAP', 'NAME', 'PROPN', 'TITLE', 'ORG', 'PLACE']);
const VERB_CLASSES = new Set(['VB', 'VBD', 'VBG', 'VBN', 'VBZ', '?VBD', '?VBG', 'COP', 'MODAL']);

/** A capitalised name, title or noun inside a sentence ("Lt." of "Retired Lt. Gen.", "President") does not start a cue; a title-case verb ("Warren Hammers ...") may. */
function isNameLike(p: ParagraphTokens, i: number): boolean {
  if (i === 0 || p.sentence[i - 1] !== p.sentence[i]) return false;
  const t = p.tokens[i];
  if (!/^[A-Z]/.test(t.text)) return false;
  const cls = posOf(t.lower, t.text);
  return NAME_CLASSES.has(cls) || !VERB_CLASSES.has(cls);
}

// Word classes that (almost) never start a cue in PolNeAR dev: numbers, determiners,
// prepositions, pronouns, wh-words, unknown words; alone, a singular noun or a modal.
const NEVER_START = new Set(['NUM', 'DET', 'PREP', 'PRON', 'WH', '?']);
const NEVER_ALONE = new Set(['NOUN', 'MODAL']);

// Approximators before a figure ("x About 5,000 homes"), whatever their case or word class
// ("estimated" is left out: "police estimated 300 ..." is a cue).
const APPROXIMATORS = new Set(['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'circa', 'approx']);

function neverStartsCue(p: ParagraphTokens, i: number, j: number): boolean {
  const t = p.tokens[i];
  if (APPROXIMATORS.has(t.lower) && p.tokens[i + 1]?.kind === 'number') return true;
  const cls = posOf(t.lower, t.text);
  return NEVER_START.has(cls) || (j - i === 1 && NEVER_ALONE.has(cls));
}

// Word classes of a speaker label before a lone colon cue ("WALLACE:", "Trump:", "She:").
const SPEAKER_CLASSES = new Set(['NAME', 'CAP', 'ACTOR', 'PROPN', 'ORG', 'TITLE', 'PRON']);

/**
 * "The storm: About 5,000 homes lost power" -- a colon alone is a cue only after a speaker label
 * or before a quote; after a common noun it introduces the reporter's own detail.
 */
function colonWithoutSpeaker(p: ParagraphTokens, i: number): boolean {
  const t = p.tokens[i];
  if (t.text !== ':' || i === 0 || p.tokens[i + 1]?.kind === 'quote') return false;
  const prev = p.tokens[i - 1];
  if (prev.text.length > 1 && prev.text === prev.text.toUpperCase() && /[A-Z]/.test(prev.text)) return false;
  return !SPEAKER_CLASSES.has(posOf(prev.lower, prev.text));
}

/** The cue token ranges of a paragraph: the tagger's, plus literal matches of the user's extra cues. */
function cueRanges(text: string, p: ParagraphTokens, tags: Uint8Array, extraCues: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 1) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === 2) j++;
    if (j - i === 1 && isFunctionWord(p, i)) continue;
    if (isNameLike(p, i)) continue;
    if (neverStartsCue(p, i, j)) continue;
    if (j - i === 1 && colonWithoutSpeaker(p, i)) continue;
    out.push([i, j]);
  }
  if (extraCues.length) {
    for (const r of findExtraCues(text, p, extraCues)) {
      if (!out.some(([a, b]) => a < r[1] && r[0] < b)) out.push(r);
    }
    out.sort((x, y) => x[0] - y[0]);
  }
  return out;
}

// The attribution as returned, beside what the overlap check needs (no copy of it per candidate).
interface Found {
  a: DetailedAttribution;
  pattern: boolean;
  tokens: { cue: [number, number]; content: Array<[number, number]> };
}

/**
 * Fixed news patterns, sentence by sentence. A sentence inside an earlier pattern's content that
 * runs on past its own sentence (an unclosed quote after "X said:", a transcript turn) is not
 * matched again: its match would nest inside that content and be dropped, and re-scanning to the
 * paragraph's end per sentence would be quadratic.
 */
function paragraphPatterns(p: ParagraphTokens): PatternMatch[] {
  const patterns: PatternMatch[] = [];
  let coveredUntil = 0;
  for (const [a, b] of p.sentenceTokens.values()) {
    if (a < coveredUntil) continue;
    for (const m of matchPatterns(p, a, b)) {
      patterns.push(m);
      for (const [, e] of m.content) if (e > b) coveredUntil = Math.max(coveredUntil, e);
    }
  }
  return patterns;
}

/**
 * Fallback patterns (matchPatterns' second list) for the sentences that ended up with no
 * attribution, neither a pattern's nor the tagger's, and inside none's content. A share of
 * respondents as the tagger's source ("68 percent of French voters believe ...") is a poll's
 * finding, not its source: a sentence whose only attributions are such may still open with the
 * evidence that holds them ("Polls show that 68 percent ..."), and that match then wins (unnested).
 */
function addFallbackFound(text: string, p: ParagraphTokens, found: Found[]): void {
  let taken: Uint8Array | null = null;
  // Sentences with an attribution of their own need no scan at all.
  const own = new Set<number>();
  let shares: Map<number, Found[]> | null = null;
  // The attributions other than shares: their tokens are taken; the shares' are free, since the
  // evidence's content is to hold them.
  const owned: Found[] = [];
  for (const f of found) {
    if (!f.a.source || !SHARE_SOURCE.test(f.a.source.text)) {
      own.add(f.a.sentence);
      owned.push(f);
    } else {
      shares ??= new Map();
      const list = shares.get(f.a.sentence);
      if (list) list.push(f);
      else shares.set(f.a.sentence, [f]);
    }
  }
  for (const [si, [a, b]] of p.sentenceTokens) {
    // Most other sentences hold no word these patterns need: they cost one scan, and no token marks.
    if (own.has(si) || !mayHoldEvidence(p, a, b)) continue;
    if (!taken) taken = takenTokens(p, owned);
    let free = true;
    for (let i = a; i < b && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    const inSentence = shares?.get(si);
    for (const m of matchPatterns(p, a, b, true)) {
      if (inSentence && !inSentence.every((f) => holds(m.content, f.tokens.cue))) continue;
      cutAtBut(p, m.content, m.cue[1]);
      found.push(buildFound(text, p, m.cue[0], m.cue[1], m.source, m.content, true));
    }
  }
}

/** A source that is a share of a group: "68 percent of French voters", "about 40% of residents". */
const SHARE_SOURCE = /^(?:about |nearly |almost |roughly |around |more than |over |fewer than |less than |just |only |some )?\d[\d.,]*\s*(?:%|percent\b|per cent\b)/i;

/** Whether one of the token ranges `content` holds the token range `cue`. */
function holds(content: ReadonlyArray<[number, number]>, cue: readonly [number, number]): boolean {
  return content.some(([s, e]) => s <= cue[0] && cue[1] <= e);
}

/** Marks the tokens of every cue and content found so far. */
function takenTokens(p: ParagraphTokens, found: readonly Found[]): Uint8Array {
  const taken = new Uint8Array(p.tokens.length);
  for (const f of found) {
    for (let i = f.tokens.cue[0]; i < f.tokens.cue[1]; i++) taken[i] = 1;
    for (const [a, b] of f.tokens.content) for (let i = a; i < b; i++) taken[i] = 1;
  }
  return taken;
}

function buildFound(
  text: string,
  p: ParagraphTokens,
  cs: number,
  ce: number,
  source: [number, number] | null,
  content: Array<[number, number]>,
  pattern: boolean,
): Found {
  const tok = p.tokens;
  // "Surveys suggest about 40% of ...": an approximator before a figure opens the content, not the
  // cue (the cue's extent is chosen for verbs that take "about": "talked about the plan").
  while (ce - 1 > cs && tok[ce]?.kind === 'number' && APPROXIMATORS.has(tok[ce - 1].lower)) {
    ce--;
    for (const range of content) if (range[0] === ce + 1) range[0] = ce;
  }
  // The contract has one content span: the longest fragment (all of them are kept alongside).
  const fragments: Span[] = [];
  let main: Span | undefined;
  for (const [a, b] of content) {
    const f = span(text, tok[a].start, tok[b - 1].end);
    fragments.push(f);
    if (!main || f.end - f.start > main.end - main.start) main = f;
  }
  // "The man was identified as Harold Okafor": after a passive charge only "by" brings its agent.
  if (source && source[0] >= ce && isPassiveCharge(text.slice(tok[cs].start, tok[ce - 1].end)) && tok[source[0] - 1]?.lower !== 'by') source = null;
  const attribution: DetailedAttribution = {
    cue: span(text, tok[cs].start, tok[ce - 1].end),
    source: source ? span(text, tok[source[0]].start, tok[source[1] - 1].end) : null,
    content: main ?? null,
    contentFragments: fragments,
    kind: attributionKind(p, cs, ce, content),
    vague: false,
    sentence: p.sentence[cs],
  };
  attribution.vague = isVague(attribution);
  return { a: attribution, pattern, tokens: { cue: [cs, ce], content } };
}

/**
 * PolNeAR never nests attributions: when one cue lies inside another attribution's content, only
 * one survives. Pattern matches win, then longer contents (the outer attribution). `found` is in
 * cue order and so is the result.
 */
function unnested(found: readonly Found[], n: number, sentenceOf: Int32Array): DetailedAttribution[] {
  const order: number[] = [];
  // Each content's length once, not once per comparison.
  const lengths = new Int32Array(found.length);
  for (let i = 0; i < found.length; i++) {
    order.push(i);
    lengths[i] = contentLength(found[i]);
  }
  order.sort((x, y) => Number(found[y].pattern) - Number(found[x].pattern) || lengths[y] - lengths[x]);
  // contentOf[i]: 1 + the accepted attribution whose content covers token i; acceptedCue marks cues.
  const contentOf = new Int32Array(n);
  const acceptedCue = new Uint8Array(n);
  const kept = new Uint8Array(found.length);
  let serial = 0;
  for (const i of order) {
    const a = found[i];
    const [cs, ce] = a.tokens.cue;
    // Its cue inside an accepted content (both ends under the same one)?
    if (contentOf[cs] && contentOf[cs] === contentOf[ce - 1]) continue;
    // An accepted cue inside its content?
    let clash = false;
    for (const [s, e] of a.tokens.content) {
      for (let k = s; k < e && !clash; k++) if (acceptedCue[k]) clash = true;
    }
    if (clash) continue;
    // Nor does it take over, in another sentence, words an accepted content holds: the tagger's
    // "investors had expected" had reached into the next sentence's quote, which the pattern
    // "..., Moffatt said." holds.
    const cueSentence = sentenceOf[cs];
    for (const [s, e] of a.tokens.content) {
      for (let k = s; k < e && !clash; k++) if (contentOf[k] && sentenceOf[k] !== cueSentence) clash = true;
    }
    if (clash) continue;
    serial++;
    for (const [s, e] of a.tokens.content) for (let k = s; k < e; k++) if (!contentOf[k]) contentOf[k] = serial;
    for (let k = cs; k < ce; k++) acceptedCue[k] = 1;
    kept[i] = 1;
  }
  const out: DetailedAttribution[] = [];
  for (let i = 0; i < found.length; i++) if (kept[i]) out.push(found[i].a);
  return out;
}


/** Attributions whose cue lies in paragraph `paragraphIndex`. */
export function attributeParagraph(
  text: string,
  seg: Segmentation,
  paragraphIndex: number,
  options: AttributionOptions = {},
  chooseEnd: ContentEndChooser = shippedEnd,
  chooseStart: ContentEndChooser = shippedStart,
  chooseCue: CueExtentChooser = shippedCue,
): DetailedAttribution[] {
  const { cue: cueModel, role: roleModel } = getModels();
  const p = paragraphTokens(text, seg, paragraphIndex);
  const n = p.tokens.length;
  if (n === 0) return [];
  const pre = prefixCounts(p);
  const cueTags = tagCues(p, pre, cueModel, undefined, CUE_BIAS);
  // Extended in place: a mapped copy of an empty list would be an array of another kind (V8).
  const cues = cueRanges(text, p, cueTags, options.extraCues ?? []);
  for (let k = 0; k < cues.length; k++) cues[k] = extendCue(p, cues[k][0], trimCue(p, cues[k][0], cues[k][1]), 3);
  chooseCueExtents(p, pre, cues, chooseCue);
  const cueCount = new Int32Array(n + 1);
  const isCue = new Uint8Array(n);
  for (const [a, b] of cues) for (let i = a; i < b; i++) isCue[i] = 1;
  for (let i = 0; i < n; i++) cueCount[i + 1] = cueCount[i] + isCue[i];

  // Fixed news patterns first; the tagger's cues that overlap them give way.
  const patterns = paragraphPatterns(p);
  // Token marks instead of pairwise checks: a paragraph can hold thousands of attributions.
  const patternCue = new Uint8Array(n);
  for (const m of patterns) for (let i = m.cue[0]; i < m.cue[1]; i++) patternCue[i] = 1;
  const overlapsPattern = (cs: number, ce: number) => {
    for (let i = cs; i < ce; i++) if (patternCue[i]) return true;
    return false;
  };

  const found: Found[] = [];
  for (const m of patterns) {
    if (releasesPeople(p, m.cue[0], m.cue[1], m.content)) continue;
    cutAtBut(p, m.content, m.cue[1]);
    found.push(buildFound(text, p, m.cue[0], m.cue[1], m.source, continueQuote(p, m.content, m.cue[0], isCue), true));
  }
  const cueStarts: number[] = [];
  for (const [cs, ce] of cues) if (!overlapsPattern(cs, ce)) cueStarts.push(cs);
  const windowScale = roleWindowScale(p, cueStarts);
  for (const [cs, ce] of cues) {
    if (overlapsPattern(cs, ce)) continue;
    const [wa, wb] = roleWindow(p, cs, windowScale);
    const ref = { start: cs, end: ce, key: cueKey(p, cs, ce, stem) };
    const tags = tagRoles(p, pre, cueCount, ref, wa, wb, roleModel);
    const spans = repairSpans(p, { start: cs, end: ce }, runs(tags, wa, 1), runs(tags, wa, 2));
    // The tagger's own right-hand end, before the rules move it (shapeTaggedContent edits in place).
    let tagged = -1;
    for (const [a, b] of spans.content) if (a >= ce) tagged = b;
    const content = shapeTaggedContent(p, spans.content, cs, ce, isCue);
    if (content.length === 0 || releasesPeople(p, cs, ce, content)) continue;
    chooseEnds(p, pre, ref, content, tagged, isCue, chooseEnd, chooseStart);
    found.push(buildFound(text, p, cs, ce, spans.source, content, false));
  }
  addFallbackFound(text, p, found);
  found.sort((x, y) => x.a.cue.start - y.a.cue.start);
  return unnested(found, n, p.sentence);
}

/** All attributions of a text, paragraph by paragraph. */
export function findAttributions(text: string, seg: Segmentation, options: AttributionOptions = {}): DetailedAttribution[] {
  const out: DetailedAttribution[] = [];
  for (let i = 0; i < seg.paragraphs.length; i++) {
    for (const a of attributeParagraph(text, seg, i, options)) out.push(a);
  }
  return out;
}
