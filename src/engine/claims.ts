// Decides which sentences of a paragraph state something that needs a source, and how each is
// sourced. Works on one paragraph at a time so that results can be cached by paragraph text.
import { alnumLength } from './chars';
import { citesSource, inCitationMark } from './citations';
import { isCredit } from './attribution/patterns';
import { findEntities, midSentenceNames } from './facts/entities';
import { entityTokensOf } from './facts/index';
import { hasLikelyCue, isCueAnywhere } from './likely-cue';
import { findNumbers } from './numbers';
import { contentTerms, nameKeysOf } from './text';
import { Attribution, Claim, ClaimKind, ClaimStatus, FactMatch, NumberMention, Segmentation, Span } from './types';
import { mapList, filterList } from './lists';
import { Range, relativeAside } from './relativeAside';

/** A claim plus what the rules and the matcher need about it. */
export interface ClaimInfo {
  claim: Claim;
  /** Direct quotes in the sentence (absolute offsets). */
  quotes: Array<{ start: number; end: number }>;
  /** The sentence mentions a named person or organisation (not only places), or a pronoun stands for one named just before. */
  namesActor: boolean;
  /**
   * An event told of a pronoun that opens the paragraph ("He was arrested twice."): a claim only
   * when the paragraph before ends by naming its actor, which the whole-document stage checks.
   */
  actorBefore: boolean;
  entityTokens: string[];
  /**
   * Content words for matching (claimTerms): empty until a match asks, since most claims never need
   * them. One holder for the claim and its shifted copies, so that an edit elsewhere keeps them.
   */
  terms: { words: string[] | null };
}

/**
 * The claim's content words other than its names (and, for a restatement, its own attribution's
 * cue and source: "..., according to the Halvern Police Department" says who, not what), computed
 * on first use and kept.
 */
export function claimTerms(info: ClaimInfo): string[] {
  if (info.terms.words === null) {
    const names = nameKeysOf(info.entityTokens);
    info.terms.words = filterList(contentTerms(withoutCredit(info.claim)), (t) => !names.has(t));
  }
  return info.terms.words;
}

/**
 * A credited restatement's text with its attribution's cue and source blanked where they lie inside
 * it: what it restates is matched, for its source to be checked or named. Other claims keep them:
 * a figure credited to someone else than the reference's source matches less well, and
 * number-mismatch relies on that ("15,000 acres ..., a county engineer estimated" is no
 * restatement of the state water agency's 12,400 acres).
 */
function withoutCredit(c: Claim): string {
  const a = c.status !== 'unsourced' && c.kinds[0] === 'restatement' ? c.attribution : null;
  if (!a) return c.text;
  return blanked(c.text, a.source ? [{ span: a.cue }, { span: a.source }] : [{ span: a.cue }], c.start);
}

/**
 * A claim with new values for what a carry or a shift changes, field by field in the order
 * paragraphClaims builds claims: a spread copy would have another object shape in V8, and the code
 * that reads claims would be compiled again for it.
 */
export function copyClaim(
  c: Claim,
  start: number,
  end: number,
  sentence: number,
  status: ClaimStatus,
  attribution: Attribution | null,
  numbers: NumberMention[],
  matches: FactMatch[],
): Claim {
  return { start, end, text: c.text, sentence, kinds: c.kinds, status, attribution, numbers, matches };
}

/** A claim's info around a new claim object (and new quotes), with the shape paragraphClaims gives it. */
export function copyClaimInfo(info: ClaimInfo, claim: Claim, quotes: Array<{ start: number; end: number }> = info.quotes): ClaimInfo {
  return { claim, quotes, namesActor: info.namesActor, actorBefore: info.actorBefore, entityTokens: info.entityTokens, terms: info.terms };
}

export interface ClaimOptions {
  ignoreHeadlines: boolean;
  trustedSources: readonly string[];
  /**
   * Also keep, as 'restatement' claims, sentences that are no claim by their own shape
   * ("Investigators have identified a suspect."): the whole-document stage keeps those that
   * restate an attributed statement of a reference article, and drops the rest. Only with
   * references.
   */
  restatements?: boolean;
}

/**
 * Direct quotes in s, curly, straight and guillemets, left to right: what the pattern
 * /“[^”]*”|"[^"\n]*"|«[^»]*»|„[^“”]*[“”]/g matches. A scan rather than that pattern: tried at each
 * opening mark of a run with no closing one, the pattern reads to the end every time, quadratic
 * (200 KB of “ took 13 s). Here each kind of mark remembers where its next closing mark is.
 */
export function quoteSpans(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Next closing mark after the current position, per kind (-1: none left); recomputed only once
  // the scan has passed it, so each part of s is searched once per kind.
  let curly = -2;
  let guillemet = -2;
  let low = -2;
  let straight = -2;
  let newline = -2;
  // The opening marks are found by a native scan (one character class: linear); most sentences have none.
  OPENING_MARK.lastIndex = 0;
  for (let m = OPENING_MARK.exec(s); m; m = OPENING_MARK.exec(s)) {
    const i = m.index;
    const c = s.charCodeAt(i);
    let close = -1;
    if (c === 0x201c) {
      if (curly !== -1 && curly <= i) curly = s.indexOf('\u201d', i + 1);
      close = curly;
    } else if (c === 0xab) {
      if (guillemet !== -1 && guillemet <= i) guillemet = s.indexOf('\u00bb', i + 1);
      close = guillemet;
    } else if (c === 0x201e) {
      if (low !== -1 && low <= i) low = nextOf(s, i + 1, '\u201c', '\u201d');
      close = low;
    } else if (c === 0x22) {
      if (straight !== -1 && straight <= i) straight = s.indexOf('"', i + 1);
      if (newline !== -1 && newline <= i) newline = s.indexOf('\n', i + 1);
      close = straight >= 0 && (newline < 0 || straight < newline) ? straight : -1;
    }
    if (close < 0) continue;
    out.push([i, close + 1]);
    OPENING_MARK.lastIndex = close + 1;
  }
  return out;
}
const OPENING_MARK = /[\u201c"\u00ab\u201e]/g;

/** The first index at or after `from` of either of two characters, or -1. */
function nextOf(s: string, from: number, a: string, b: string): number {
  const x = s.indexOf(a, from);
  const y = s.indexOf(b, from);
  return x < 0 ? y : y < 0 ? x : Math.min(x, y);
}
// Navigation, not a claim: links alone, maybe after a short label ("Related: [Strike costs
// mount](...)", "Read more: [...](...) | [...](...)"). The linked headlines are other stories'.
const LINK_LINE_RE = /^\s*(?:[-*+]\s+|>\s*)*(?:\p{L}[\p{L} ]{0,24}:\s*)?(?:\[[^\]\n]*\]\([^)\s]*\)[\s,;|·•–—-]*)+$/u;

/**
 * Whether the line of the sentence [start, end) holds nothing but links (and a label). Only a short
 * line is read: a link line is short, and a huge one-line draft must not be read once per sentence.
 */
function isLinkLine(text: string, start: number, end: number, sentence: string): boolean {
  // Most sentences hold no link: a link line's sentence holds its "[" or starts right after it.
  if (end - start > MAX_LINK_LINE || ((start === 0 || text.charCodeAt(start - 1) !== 91) && !sentence.includes('['))) return false;
  // Windows of bounded size around the sentence, so that no search runs to a far line end.
  const lo = Math.max(0, start - MAX_LINK_LINE);
  const before = text.slice(lo, start);
  const nlBefore = before.lastIndexOf('\n');
  if (nlBefore < 0 && lo > 0) return false;
  const after = text.slice(end, end + MAX_LINK_LINE);
  const nlAfter = after.indexOf('\n');
  if (nlAfter < 0 && end + MAX_LINK_LINE < text.length) return false;
  const line = before.slice(nlBefore + 1) + text.slice(start, end) + (nlAfter < 0 ? after : after.slice(0, nlAfter));
  return line.includes('](') && LINK_LINE_RE.test(line);
}
const MAX_LINK_LINE = 2000;

// "He was arrested twice.": a sentence opened by a personal pronoun is about the person or group
// the sentence before it names.
const OPENING_PRONOUN_RE = /^\s*["“]?(?:He|She|They)\b/u;

function pronounForActor(sentence: string, before: string, knownNames: ReadonlySet<string>): boolean {
  return before !== '' && OPENING_PRONOUN_RE.test(sentence) && findEntities(before, [0], knownNames).some((e) => e.kind === 'actor');
}

// Verbs that report an event: past tense, passive, perfect or future.
const EVENT_VERB_RE = /\b(?:\p{L}{3,}ed|died|was|were|had|has been|have been|will|would|won|lost|met|held|took|gave|made|left|sent|began|fell|rose|paid|led|got|came|went|saw|struck|hit|cut|sold|bought|built|fought|broke|spoke|wrote|ran|fled|shot|stole|drew|became|kept|brought|caught|sought|taught|threw|wore|beat|bore|chose|forgot|froze|hid|laid|lay|slept|spent|stood|swore|tore|understood|withdrew|won)\b/iu;
/**
 * A definition's text without the participle that describes its noun: "Legionnaires' disease is a
 * severe form of pneumonia caused by Legionella bacteria." tells what a thing is, not what anyone
 * did, and "caused" is no event there. Only a kind of thing (a lower-case word before "is a" /
 * "are an") with a participle of cause or make-up and its "by" after it: "Darnell Fitch is a
 * suspect wanted by police", "The virus is a strain first identified by Chinese scientists" and
 * "The fire was caused by wiring" keep their verbs.
 * Anchored, and every repeat that may backtrack is bounded ({0,100}), so linear.
 */
function definedOnly(text: string): string {
  // The text must hold DEFINITION_RE's middle: a cheap test first, since its lazy search over the
  // first hundred characters is slow to fail, and nearly every sentence fails it.
  if (!DEFINITION_CORE_RE.test(text)) return text;
  const m = DEFINITION_RE.exec(text);
  return m ? text.slice(0, m.index + m[1].length) + text.slice(m.index + m[0].length) : text;
}
const DEFINITION_RE = /^([^,;:]{0,100}?(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*\s(?:is|are)\s+(?:a|an)\s[^,;:]{0,100}?\s)(?:caused|spread|transmitted|carried|triggered|marked|characteri[sz]ed|produced)\s+by\b/u;
/** DEFINITION_RE's "is a" / "are an" part alone: text without it cannot match DEFINITION_RE. */
const DEFINITION_CORE_RE = /\s(?:is|are)\s+an?\s/u;

// A sentence that gives nothing but someone's age ("She was 84.", "Reyes is 52 years old."): a
// detail of the person, as in an obituary, not an event to source. Anchored, so linear.
const AGE_ONLY_RE = /^\s*(?:He|She|They|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:was|is)\s+(?:just\s+|only\s+)?\d{1,3}(?:\s+years?\s+old)?\s*[.!]?\s*$/u;
// The formulas that close an obituary: who survives the dead ("Mrs. Osterhout is survived by seven
// grandchildren", "Survivors include ..."), the notice of the services ("A funeral will be held at
// 11 a.m. Friday", "Services are pending") and the family's request ("In lieu of flowers, ...").
// The family and the funeral home give them; no story attributes them. Bounded, so linear.
const OBITUARY_FORMULA_RE =
  /\b(?:is|are|was|were)\s+survived\s+by\b|^\s*(?:survivors|those surviving)\s+include\b|^\s*in\s+lieu\s+of\s+flowers\b|^\s*(?:an?\s+|the\s+)?(?:private\s+|public\s+)?(?:funeral|memorial|visitation|viewing|wake|burial|interment|services?|mass|celebration\s+of\s+(?:her|his|their)\s+life)\b[^.!?]{0,120}?\b(?:will\s+be|is|are)\s+(?:held|scheduled|planned|private|pending|set)\b/i;
// "Among the marchers was retired engineer Halina Sowa, ...": who was there, as the reporter saw it.
const AMONG_RE = /^\s*Among\s+(?:the|those)\s+((?:[\p{Ll}'’-]+\s+){0,3}?)(?:was|were)\s/u;
// Not a count of victims or suspects ("Among the dead were two children", "Among those arrested was ...").
const AMONG_TOLL = /\b(?:dead|killed|injured|wounded|missing|victims|hurt|casualties|hospitalized|hospitalised|suspects|accused|charged|detained|arrested|evacuated|fired|laid|sick|infected)\b|\p{L}+ed\b/u;

/** Whether a sentence only tells who was among a crowd or a group: a scene, not a claim to source. */
function amongThoseThere(reporterText: string): boolean {
  const m = AMONG_RE.exec(reporterText);
  return m !== null && !AMONG_TOLL.test(m[1]);
}

// The reporter's own observation: first person, or a scene described as it happens.
// Present progressive only with verbs that describe what is in front of the reporter ("people are
// gathering"), not positions ("the union is demanding").
const SCENE_RE = /\b(?:I|[Ww]e|[Ww]e've|I've|I'm|[Ww]e're)\b|\b(?:currently|right now|at the scene|on the scene|this reporter|our correspondent)\b|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:gathering|marching|protesting|chanting|waiting|standing|queuing|queueing|lining|streaming|arriving|leaving|taking place|shouting|singing|walking|filling|crowding|rallying|burning|blocking|sitting|holding|waving|clapping|dancing|lying|gathered|assembled)\b/u;
// An organisation or a person making a document public: the release itself is public record.
const PUBLICATION_RE = /\b(?:released|publishes|published|issued|unveiled|presented|submitted|posted)\s+(?:a|an|its|their|the|his|her|new|annual|\d{4})\s+(?:[\w'’-]+\s+){0,3}(?:reports?|study|studies|survey|poll|audit|analysis|review|plan|budget|proposal|statement|data|figures|statistics|findings|forecast|guidance|guidelines|assessment|letter|documents?|paper|index|estimates|projections)\b/;
/**
 * Whether the sentence's main clause is someone making a document public: the verb in its first
 * clause, after a subject of a few words ("The think tank that published the paper" is an aside).
 */
function publishes(reporterText: string): boolean {
  const m = PUBLICATION_RE.exec(reporterText);
  if (!m) return false;
  const subject = reporterText.slice(0, m.index);
  return subject.length <= 120 && !/[,;:(—–]|\b(?:that|which|who|whose)\b/i.test(subject) && wordCount(subject) <= 10;
}

// The newsroom's own work and voice: its count, its reporters' eyes, what it could not verify, a
// contact line ("By our count", "A Reuters reporter saw", "could not independently confirm").
const NEWSROOM_RE = /\b(?:[Bb]y|[Ii]n) our (?:count|tally|analysis|review|estimate)\b|\b(?:reporter|reporters|photographer|photographers|journalist|journalists|correspondent|correspondents|staff)\s+(?:at the scene\s+|on the scene\s+)?(?:saw|counted|witnessed|observed|heard|watched)\b|\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|has not been able to|have not been able to)\s+(?:independently\s+)?(?:verify|confirm|authenticate)\b|\bcan be reached at\b/u;

// A sentence that points back to the figure before it: "That is up from 4%", "This was the highest
// since 2008", "It compares with 3.1% in May", "The figure was revised from 6,200".
export const FOLLOW_UP_RE = /^\s*(?:(?:That|This|It)(?:\s+(?:is|was|would be|will be|marks|marked|compares|compared|represents|represented|brings|brought|puts|put)\b|['’]s\b)|(?:The|That|This)\s+(?:figure|number|rate|total|increase|rise|decline|drop|fall|gain|tally|toll|count|level)\s+(?:is|was|has|had|would|will|compares|compared|brings|brought|puts|put|marks|marked)\b|(?:The|Its|Their)\s+(?:researchers|authors|study|survey|report|analysis|poll|pollsters|paper|audit|review)\s+(?:also\s+)?(?:analy[sz]ed|surveyed|examined|studied|looked at|included|covered|tracked|followed|interviewed|polled|used|drew on|counted|estimated|found)\b)/;
// A market's own record: "Shares rose 7% in after-hours trading", "The Dow closed down 240 points",
// "Oil prices fell 3%". Prices on an exchange are public, as the reporter's observation is: no one
// else to attribute them to. The gaps are bounded, so the test stays linear.
const MARKET_RE = /\b(?:shares|stocks?|stock price|share price|the (?:Dow|Dow Jones|S&P 500|Nasdaq|FTSE 100|Nikkei|DAX|index|dollar|euro|yen|pound|rouble|ruble)|oil prices?|gold prices?|bond yields?|Treasury yields?|bitcoin)\b[^.;:!?]{0,60}?\b(?:rose|fell|gained|lost|climbed|dropped|jumped|slid|sank|surged|tumbled|plunged|closed|ended|traded|edged|rallied|soared|slumped|dipped|rebounded)\b/iu;
// A court's record: what a judge, a jury or a court did in the case, public as a vote is ("A jury on
// Thursday convicted X of embezzling $1.3 million", "Judge Amy Roe sentenced X to 12 years", "The
// Supreme Court ruled 6-3 ..."). Their act only: what a party or a lawyer says in court is attributed
// as anywhere. The gap is bounded, so the test stays linear.
const COURT_RE = /\b(?:[Jj]ury|[Jj]urors|[Jj]udge|[Jj]ustices?|[Cc]ourt|[Mm]agistrate|[Gg]rand jury)\s[^.;:!?"“”]{0,80}?\b(?:convicted|acquitted|sentenced|ruled|ordered|dismissed|granted|denied|rejected|upheld|overturned|struck down|blocked|set (?:sentencing|bail|a trial date|a hearing)|heard arguments|awarded|indicted|fined|found (?:him|her|them|the \w+|\p{Lu}\w*) (?:guilty|not guilty|liable))\b/u;
// The words COURT_RE needs, found first by a plain scan: most sentences hold none.
const COURT_WORD_RE = /[Jj]ury|[Jj]urors|[Jj]udge|[Jj]ustice|[Cc]ourt|[Mm]agistrate/;
// A game's record: a sentence about a game whose figures are all the box score's or the score's
// ("Jalen Johnson had 22 points and 12 rebounds", "Los Angeles led 88-71 late in the third
// quarter"; findNumbers reads those as no statistics). The box score is public, as a market's
// prices are. Bounded alternatives: linear.
const GAME_RE = /\b(?:game|games|match|quarter|halftime|inning|innings|overtime|scored|scoring|playoffs?|tournament|coach|rebounds|assists|touchdowns|homers|RBIs|averaging|NBA|NFL|MLB|NHL|MLS|WNBA|goalkeeper|pitcher|quarterback|striker|teammates|scoreless|saves|penalty|minute)\b/iu;
// A wire dateline: a place in capitals, maybe a date, the agency in brackets, a dash. Bounded: linear.
const DATELINE_RE = /^\s*\p{Lu}[\p{Lu} .,'’-]{1,40}(?:,[^()\n]{0,40})?\((?:AP|UPI|Reuters|AFP|TASS|dpa|DPA|Xinhua|Bloomberg|CNN|BBC|Interfax|RIA Novosti|Belta|BelTA)\)\s*[—–-]/u;

/** Runs of letters and digits (\p{L}, \p{N}), counted by char code. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; ) {
    const l = alnumLength(s, i);
    if (l > 0) {
      if (!inWord) n++;
      inWord = true;
      i += l;
    } else {
      inWord = false;
      i++;
    }
  }
  return n;
}

/** Quote marks of a sentence: curly and guillemet openers and closers, and straight double quotes. */
function quoteMarks(s: string): { opens: number; closes: number; straight: number } {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c || c === 0xab) opens++;
    else if (c === 0x201d || c === 0xbb) closes++;
  }
  return { opens, closes, straight };
}

/** The sentence's own attributions that speak only inside a relative aside (relativeAside.ts), with the aside. */
function relativeAsides(text: string, s: Range, si: number, covering: readonly Attribution[] | undefined): Array<{ a: Attribution; span: Range }> {
  const out: Array<{ a: Attribution; span: Range }> = [];
  if (!covering) return out;
  for (const a of covering) {
    const span = a.sentence === si ? relativeAside(text, s, a) : null;
    if (span) out.push({ a, span });
  }
  return out;
}

function inAside(asides: ReadonlyArray<{ span: Range }>, start: number, end: number): boolean {
  for (const { span } of asides) if (span.start <= start && end <= span.end) return true;
  return false;
}

// Words too general to tell that two sentences with figures are about the same thing.
const GENERAL_TERMS = new Set(contentTerms('percent percentage per cent million billion trillion thousand hundred dozen year years month months week weeks day days time times number numbers total last first more less than about nearly almost least most some new rose fell rise fall up down compared'));

// A company's results are one report: "Net income was $214 million, the company reported. Revenue
// rose 3 percent." goes on about the same thing.
const RESULTS_TERMS = new Set(contentTerms('revenue revenues sales income profit profits earnings loss losses margin margins quarter quarterly dividend dividends'));

/** A content word's topic: the word (stemmed), or one shared by the words of a company's results. */
function topicOf(term: string): string {
  return RESULTS_TERMS.has(term) ? '#results' : term;
}

/** Whether two sentences share a content word (stemmed) that is not a general one. */
function sameTopic(a: string, b: string): boolean {
  const before = new Set(mapList(contentTerms(a), topicOf));
  for (const t of contentTerms(b)) if (!GENERAL_TERMS.has(t) && before.has(topicOf(t))) return true;
  return false;
}

/** `s` (starting at offset `base`) with the asides' spans replaced by spaces. */
function blanked(s: string, asides: ReadonlyArray<{ span: Range }>, base: number): string {
  let out = s;
  for (const { span } of asides) {
    const a = Math.max(0, span.start - base);
    const b = Math.min(out.length, span.end - base);
    if (b > a) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** Blanks quoted stretches (keeping offsets), so scene and verb tests look at the reporter's words. */
function outsideQuotes(s: string, quotes: Array<{ start: number; end: number }>, base: number): string {
  if (quotes.length === 0) return s;
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += s.slice(at, q.start - base) + ' '.repeat(q.end - q.start);
    at = q.end - base;
  }
  return out + s.slice(at);
}

/** An attribution by a named speaker with a speech verb ("Vik said the port would stay shut"), whose next quote is theirs. */
function speaks(a: Attribution): boolean {
  if (a.vague || !a.source) return false;
  for (const w of a.cue.text.toLowerCase().split(/\s+/)) if (isCueAnywhere(w)) return true;
  return false;
}

/** Named, or one of the sources the writer trusts. */
function isNamed(a: Attribution, trusted: readonly string[]): boolean {
  return !a.vague || isTrusted(a, trusted);
}

function isTrusted(a: Attribution, trusted: readonly string[]): boolean {
  if (!a.source || trusted.length === 0) return false;
  const src = a.source.text.toLowerCase();
  return trusted.some((t) => t && src.includes(t.toLowerCase()));
}

/** The credit attribution of the sentence after sids[k] when that sentence is a credit in parentheses on the same line. */
function parenthesisedCreditAfter(text: string, seg: Segmentation, sids: readonly number[], k: number, coveringOf: ReadonlyMap<number, Attribution[]>): Attribution | null {
  const next = k + 1 < sids.length ? seg.sentences[sids[k + 1]] : undefined;
  const s = seg.sentences[sids[k]];
  if (!next || !s || text.charCodeAt(next.start) !== 40 /* ( */ || /[\n\r]/.test(text.slice(s.end, next.start))) return null;
  return (coveringOf.get(sids[k + 1]) ?? []).find((a) => isCredit(a) && a.sentence === sids[k + 1]) ?? null;
}

/**
 * For each sentence of a paragraph, the attributions in it or whose content reaches into it, in
 * their given order. One pass per attribution (a binary search over the sentences), not one filter
 * per sentence: a one-paragraph 1 MB draft has tens of thousands of both.
 */
function coveringBySentence(seg: Segmentation, sids: readonly number[], attributions: readonly Attribution[]): Map<number, Attribution[]> {
  const out = new Map<number, Attribution[]>();
  const add = (si: number, a: Attribution) => {
    const list = out.get(si);
    if (!list) out.set(si, [a]);
    else if (list[list.length - 1] !== a) list.push(a);
  };
  // First sentence (position in sids) whose end is past `offset`.
  const firstEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = sids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = seg.sentences[sids[mid]];
      if (!s || s.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const inParagraph = new Set(sids);
  for (const a of attributions) {
    const own = inParagraph.has(a.sentence) ? a.sentence : -1;
    const c = a.content;
    const spans: number[] = [];
    if (c !== null) {
      for (let k = firstEndingAfter(c.start); k < sids.length; k++) {
        const s = seg.sentences[sids[k]];
        if (!s || s.start >= c.end) break;
        if (s.end > s.start && c.start < s.end && c.end > s.start) spans.push(sids[k]);
      }
    }
    // Keep each list in the attributions' order: the own sentence and the content's sentences.
    const all = own >= 0 && !spans.includes(own) ? [own, ...spans] : spans;
    for (const si of all) add(si, a);
  }
  return out;
}

// The publication's own voice and furniture, not reporting: a note from the editors, a picture with
// its caption, a publication date line, credits. Each tested on the paragraph's first characters,
// or on a short paragraph whole.
const EDITORS_NOTE_RE = /^\s*(?:[*_]{1,2})?(?:editor['’]?s['’]? note|correction|corrections|clarification)\s*(?:[*_]{1,2})?\s*[:.\u2014\u2013-]/i;
const IMAGE_RE = /^\s*!\[/;
const MONTH_OR_TIME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
const DATE_LINE_RE = /^\s*(?:[*_]{1,2})?(?:published|updated|posted|last updated|first published|last modified)(?:\s+(?:on|at))?\s*:?\s*[\w ,.:/\u2013-]{0,60}$/i;
const MAX_DATE_LINE = 80;
// The credits and rights at a story's foot: "Reporting by Ana Reyes; Editing by Tom Hale",
// "Contributing: Jane Doe", "Jane Doe contributed reporting from Elwin.", "© 2026 The Associated
// Press. All rights reserved." Only a short paragraph, so a sentence of reporting is never swallowed.
const CREDITS_RE = /^\s*(?:[*_]{1,2}|\()?(?:(?:additional |staff )?(?:reporting|writing|editing|contributing|compiled)(?: and [a-z]+)?\s*(?:by\b|:)|©|\(c\)\s*\d|copyright\b)/i;
const CONTRIBUTED_RE = /\bcontributed (?:reporting|research|to this (?:report|story|article))\b|\ball rights reserved\b/i;
const MAX_CREDITS = 200;

/** Whether the paragraph [start, end) is an editors' note, a picture and its caption, a publication date line, or credits. */
function isFurniture(text: string, start: number, end: number): boolean {
  const head = text.slice(start, Math.min(end, start + MAX_DATE_LINE + 1));
  if (IMAGE_RE.test(head) || EDITORS_NOTE_RE.test(head)) return true;
  if (end - start <= MAX_CREDITS) {
    const para = text.slice(start, end);
    if (CREDITS_RE.test(para) || CONTRIBUTED_RE.test(para)) return true;
  }
  return end - start <= MAX_DATE_LINE && DATE_LINE_RE.test(head.trimEnd()) && MONTH_OR_TIME.test(head);
}

/** Fewest words of a sentence that can restate a reference's statement (not "He declined."). */
const MIN_RESTATEMENT_WORDS = 5;

/**
 * Whether a sentence that is no claim by its shape may still restate a reference: a statement of
 * some length, not a question, not a lead-in ("The New York Times reports:"), not a quote or the
 * run-on of an open one (its speaker is the quote's: a short quote is no quote claim, and a phrase
 * such as "That's a rational way of looking at it." is anyone's).
 */
function mayRestate(sText: string, startsInQuote: boolean): boolean {
  return !startsInQuote && !/^\s*(?:["“«]|'')/.test(sText) && !/[?:]\s*["”»]?\s*$/.test(sText) && wordCount(sText) >= MIN_RESTATEMENT_WORDS;
}

/**
 * Claims of paragraph `p`. `attributions` are the paragraph's own. A sentence is covered by an
 * attribution in it, by one whose content reaches into it, or by the one of the sentence it
 * continues ("X said:" then a quote; a quote left open by an attributed sentence).
 */
export function paragraphClaims(
  text: string,
  seg: Segmentation,
  p: number,
  attributions: readonly Attribution[],
  options: ClaimOptions,
  names?: ReadonlySet<string>,
): ClaimInfo[] {
  const para = seg.paragraphs[p];
  if (!para || isFurniture(text, para.start, para.end)) return [];
  const knownNames = names ?? midSentenceNames(text.slice(para.start, para.end));
  const out: ClaimInfo[] = [];
  let carried: Attribution | null = null;
  // The named source of the previous sentence's figures, for a sentence that follows them up.
  let figureSource: Attribution | null = null;
  // That sentence's text, to tell whether the next one goes on about the same thing.
  let figureText = '';
  let openQuote = false;
  const coveringOf = coveringBySentence(seg, para.sentences, attributions);
  // The sentence before, in this paragraph: a pronoun that opens a sentence names its actor.
  let prevText = '';
  for (let position = 0; position < para.sentences.length; position++) {
    const si = para.sentences[position];
    const s = seg.sentences[si];
    if (!s || s.end <= s.start) continue;
    const sText = text.slice(s.start, s.end);
    // "The company, which declined to comment, laid off 300 workers": the aside speaks for itself alone.
    const asides = relativeAsides(text, s, si, coveringOf.get(si));
    const covering = asides.length === 0 ? (coveringOf.get(si) ?? []) : filterList(coveringOf.get(si) ?? [], (a) => !asides.some((x) => x.a === a));
    const before = prevText;
    prevText = sText;
    const quotes: Array<{ start: number; end: number }> = [];
    for (const [qa, qb] of quoteSpans(sText)) {
      if (wordCount(sText.slice(qa, qb)) >= 4) quotes.push({ start: s.start + qa, end: s.start + qb });
    }
    // The quotes and figures inside such an aside are its speaker's, sourced by it.
    const ownQuotes = asides.length === 0 ? quotes : filterList(quotes, (q) => !inAside(asides, q.start, q.end));
    // Continuation: the previous sentence ended with a colon or left a quote open.
    const startsInQuote = openQuote;
    let attribution: Attribution | null = covering.find((a) => !a.vague) ?? covering[0] ?? null;
    // "Imports fell 12% in October. (Source: Port Authority)": a credit in parentheses right after
    // the sentence, on its line, sources it.
    if (!attribution) attribution = parenthesisedCreditAfter(text, seg, para.sentences, position, coveringOf);
    if (!attribution && carried && (startsInQuote || /^\s*["“«]/.test(sText))) attribution = carried;
    // "Unemployment rose to 5%, the ministry said. That is up from 4% a year earlier.": a figure that
    // follows up a sourced one, pointing back to it, comes from the same source.
    if (!attribution && figureSource && FOLLOW_UP_RE.test(sText)) attribution = figureSource;
    const prevFigure: Attribution | null = figureSource;
    const prevFigureText = figureText;
    figureSource = null;
    // Quote balance after this sentence, for the next one.
    const { opens, closes, straight } = quoteMarks(sText);
    openQuote = opens > closes || (opens === closes && (straight % 2 === 1 ? !openQuote : openQuote));
    // The speaker of this sentence goes on speaking in a quote that opens the next one, whether
    // quoted here or paraphrased with a verb of speech ("“We will stay,” she said. “The berths are
    // unsafe.”"; "Vik said the port would stay shut. “The berths are unsafe.”"): news style names
    // a new speaker.
    carried = attribution && (/:\s*$/.test(sText) || openQuote || quotes.length > 0 || speaks(attribution)) ? attribution : openQuote ? carried : null;

    if (s.isHeadline && options.ignoreHeadlines) continue;
    // The segmenter skips link markup, so the sentence is tested as its whole line reads.
    if (isLinkLine(text, s.start, s.end, sText)) continue;
    const numbers: NumberMention[] = findNumbers(text, s.start, s.end);
    // A footnote mark or a reference link's label ("[^1]", "[text][2]") holds no figure of the claim.
    const stats = filterList(
      numbers,
      (n) => n.isStatistic && (seg.skipped.length === 0 || !inCitationMark(seg, n.start)) && (asides.length === 0 || !inAside(asides, n.start, n.end)),
    );
    // "Brightwater's sales rose 4%, the company reported. Revenue rose 3 percent to $2.91 billion.":
    // the next sentence's figures about the same thing (a content word in common) come from the
    // same report. Not a figure about something else ("... according to the arrest report. About
    // 900 homes lost power."), nor an event of a named actor (undone below).
    const continued = !attribution && prevFigure !== null && stats.length > 0 && ownQuotes.length === 0 && sameTopic(prevFigureText, sText);
    if (continued) attribution = prevFigure;
    if (stats.length > 0 && attribution && !attribution.vague) {
      figureSource = attribution;
      figureText = sText;
    }
    // The reporter's words: quotes blanked, and asides that speak for themselves alone.
    const reporterText = asides.length === 0 ? outsideQuotes(sText, quotes, s.start) : blanked(outsideQuotes(sText, quotes, s.start), asides, s.start);
    const kinds: ClaimKind[] = [];
    // Tested only where it matters: a sentence with figures, or a claim no attribution covers.
    let sceneTest: boolean | undefined;
    // A market's moves count only with a figure ("Shares rose 7%"): tested for those sentences alone.
    const scene = (): boolean =>
      (sceneTest ??=
        SCENE_RE.test(reporterText) ||
        NEWSROOM_RE.test(reporterText) ||
        (stats.length > 0 && MARKET_RE.test(reporterText)) ||
        (COURT_WORD_RE.test(reporterText) && COURT_RE.test(reporterText)) ||
        (stats.length === 0 && numbers.length > 0 && GAME_RE.test(reporterText)));
    if (stats.length > 0 && !scene()) kinds.push('statistic');
    if (ownQuotes.length > 0) kinds.push('quote');
    // An event is told by its verb and needs a named actor: a sentence with neither figures, quotes
    // nor such a verb is no claim, and its names are not looked for.
    let eventTest: boolean | undefined;
    const eventVerb = (): boolean => (eventTest ??= EVENT_VERB_RE.test(definedOnly(reporterText)) && !/\?\s*["”»]?\s*$/.test(sText));
    // Not a claim by its shape; with references, still a restatement when it says what one attributes.
    const shapeless = kinds.length === 0 && (!eventVerb() || AGE_ONLY_RE.test(sText));
    if (shapeless && !(options.restatements && mayRestate(sText, startsInQuote))) continue;
    if (ownQuotes.length === 0 && OBITUARY_FORMULA_RE.test(reporterText)) continue;
    if (amongThoseThere(reporterText)) continue;
    const sourceSpans: Span[] = [];
    for (const a of covering) if (a.source !== null) sourceSpans.push(a.source);
    const found = findEntities(sText, [0], knownNames);
    // Names inside the attribution's own source are not what the claim is about.
    const entities = sourceSpans.length === 0 ? found : filterList(found, (e) => !sourceSpans.some((src) => src.start <= s.start + e.start && s.start + e.end <= src.end));
    const namesActor = entities.some((e) => e.kind === 'actor') || pronounForActor(sText, before, knownNames);
    // At the paragraph's start, the actor a pronoun stands for is in the paragraph before.
    const actorBefore = !namesActor && before === '' && OPENING_PRONOUN_RE.test(sText);
    if (!shapeless && (namesActor || actorBefore) && eventVerb()) kinds.push('event');
    if (continued && kinds.includes('event')) attribution = null;
    if (kinds.length === 0) {
      if (!options.restatements || !mayRestate(sText, startsInQuote)) continue;
      kinds.push('restatement');
    }
    let status: ClaimStatus = 'unsourced';
    if (attribution) {
      // A carried attribution is judged alone; the sentence's own, together. (No array is built for
      // the first case: one .some() call site seeing two kinds of array cost V8 a recompilation.)
      const named = covering.includes(attribution)
        ? covering.some((a) => isNamed(a, options.trustedSources))
        : isNamed(attribution, options.trustedSources);
      status = named ? 'sourced' : 'vague';
    } else if (DATELINE_RE.test(sText)) {
      // "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ...": the wire service's own report.
      status = 'sourced';
    } else if (scene() && kinds.every((k) => k !== 'quote')) {
      // The reporter saw it: no one else to attribute it to.
      status = 'sourced';
    } else if (kinds.length === 1 && kinds[0] === 'event' && publishes(reporterText)) {
      // "The Urban Institute released a report on Tuesday": the document is public; what it says
      // is attributed to it where the story reports it.
      status = 'sourced';
    } else if (kinds.every((k) => k !== 'quote') && citesSource(text, seg, s.start, s.end)) {
      // A link or a footnote cites the source (a quote still needs its speaker named).
      status = 'sourced';
    } else if (hasLikelyCue(sText, reporterText)) {
      status = 'sourced';
    }
    const entityTokens = entityTokensOf(mapList(entities, (e) => e.text));
    out.push({
      claim: {
        start: s.start,
        end: s.end,
        text: sText,
        sentence: si,
        kinds,
        status,
        attribution,
        // Figures of public record ("A jury convicted him on 16 counts", "Shares fell 6%") need no
        // source, but are still compared with the references'.
        numbers: stats,
        matches: [],
      },
      quotes: ownQuotes,
      namesActor,
      actorBefore: actorBefore && kinds.length === 1 && kinds[0] === 'event',
      entityTokens,
      terms: { words: null },
    });
  }
  return out;
}
