// Content post-processing: rules that tidy the content fragments the role tagger (or a pattern)
// proposes, where PolNeAR's guideline is regular enough for a rule (quotes, sentence ends, a second
// cue). All work on token ranges [start, end) of one paragraph and mutate or return them.

import type { ParagraphTokens } from './context';
import { posOf } from './pos';
import { extendOverParenthetical, extendToSentenceEnd } from './patterns';

/**
 * The content fragments of a tagged cue [cs, ce), from the repaired tagger runs: clipped before a
 * later sentence's cue, right-hand fragments run to their sentence end, then the rules below.
 */
export function shapeTaggedContent(p: ParagraphTokens, runs: Array<[number, number]>, cs: number, ce: number, isCue: Uint8Array): Array<[number, number]> {
  const content = clipAtLaterCue(p, runs, cs, isCue);
  endIndirectAtSentence(p, content, ce);
  skipHearer(p, content, cs, ce);
  skipAddressee(p, content, cs, ce);
  for (const f of content) if (f[0] >= ce) f[1] = extendToSentenceEnd(p, extendOverParenthetical(p, f[1]), isCue);
  cutBeforeCoordinatedCue(p, content, ce, isCue);
  endAtClosingQuote(p, content);
  tidyFragments(p, content);
  return continueQuote(p, content, cs, isCue);
}

const HEARER_CUES = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'assured', 'warned', 'reminded', 'urged']);

/**
 * "told reporters that ...", "assured the board that ...": the hearer between the cue and "that"
 * is not part of what was said.
 */
function skipHearer(p: ParagraphTokens, content: Array<[number, number]>, cs: number, ce: number): void {
  if (!HEARER_CUES.has(p.tokens[ce - 1].lower) && !HEARER_CUES.has(p.tokens[cs].lower)) return;
  for (const f of content) {
    if (f[0] !== ce) continue;
    for (let i = f[0] + 1; i < f[1] && i - f[0] <= 5; i++) {
      const t = p.tokens[i];
      if (t.lower === 'that') {
        f[0] = i;
        break;
      }
      if (t.kind !== 'word') break;
    }
  }
}

// Verbs whose object is the person addressed ("asked Sanders whether ...", "told them he ...").
const ADDRESS_VERBS = new Set([
  'ask', 'asks', 'asked', 'asking', 'tell', 'tells', 'told', 'telling', 'urge', 'urges', 'urged', 'urging', 'remind',
  'reminds', 'reminded', 'reminding', 'assure', 'assures', 'assured', 'assuring', 'warn', 'warns', 'warned', 'warning',
  'convince', 'convinced', 'convincing', 'persuade', 'persuaded', 'persuading', 'email', 'emailed', 'inform', 'informs',
  'informed', 'advise', 'advised', 'promise', 'promised', 'promises', 'encourage', 'encouraged', 'encouraging', 'beg', 'begged',
  'implore', 'implored', 'invite', 'invited', 'instruct', 'instructed', 'press', 'pressed', 'challenge', 'challenged',
]);
const QUESTION_OPENERS = new Set(['if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who', 'which', 'about']);
// Words that end an addressee ("urged voters | to ...", "told reporters | that ...").
const ADDRESSEE_ENDS = new Set(['to', 'that', 'of', 'not', 'for', ...QUESTION_OPENERS]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', "he's", "she's", "they're", "he'd", "she'd", "they'd", "he'll", "she'll", "they'll", "it's"]);
// Word classes that cannot be part of a short addressee ("voters", "the GOP frontrunner", "POLITICO").
const NOT_ADDRESSEE = new Set(['VB', 'VBD', 'VBZ', 'VBN', 'VBG', '?VBD', '?VBG', 'COP', 'MODAL', 'PREP', 'CONJ', 'WH', 'ADV', '?ADV']);

/**
 * "asked Sanders whether ...", "told them he would ...", "assured voters he'd ...": the person
 * addressed (up to four words) between the cue and what was said is not part of it. What was said
 * starts at a question word after "ask", or at a subject pronoun opening its clause. PolNeAR is
 * split on "urged voters to ..." (dev keeps the addressee, train mostly drops it), so "to" is left
 * alone; after "asked about" the object is what was asked.
 */
function skipAddressee(p: ParagraphTokens, content: Array<[number, number]>, cs: number, ce: number): void {
  const t = p.tokens;
  let address = false;
  let asking = false;
  for (let i = cs; i < ce; i++) {
    if (ADDRESS_VERBS.has(t[i].lower)) address = true;
    if (/^ask(s|ed|ing)?$/.test(t[i].lower)) asking = true;
  }
  if (!address || posOf(t[ce - 1].lower, t[ce - 1].text) === 'PREP' || t[ce - 1].text === ':') return;
  for (const f of content) {
    if (f[0] !== ce || f[1] - f[0] < 2) continue;
    let j = f[0];
    while (j < f[1] && j - f[0] < 4 && t[j].kind === 'word' && !ADDRESSEE_ENDS.has(t[j].lower) && !SUBJECT_PRONOUNS.has(t[j].lower)) {
      if (NOT_ADDRESSEE.has(posOf(t[j].lower, t[j].text))) break;
      j++;
    }
    if (j === f[0] || j >= f[1] - 1) continue;
    if (SUBJECT_PRONOUNS.has(t[j].lower) || (asking && QUESTION_OPENERS.has(t[j].lower))) f[0] = j;
  }
}

/**
 * "X said that the plan would fail. 'It never worked,' ...": reported speech after the cue ends with
 * its sentence; the next sentence, even a quote, is the reporter's or a new attribution.
 */
function endIndirectAtSentence(p: ParagraphTokens, content: Array<[number, number]>, ce: number): void {
  for (const f of content) {
    if (f[0] < ce || p.tokens[f[0]].kind === 'quote' || p.inQuote[f[0]]) continue;
    const own = p.sentenceTokens.get(p.sentence[f[0]]);
    if (!own || f[1] <= own[1]) continue;
    let e = own[1];
    while (e > f[0] + 1 && p.tokens[e - 1].kind === 'punct' && '.!?'.includes(p.tokens[e - 1].text)) e--;
    f[1] = e;
  }
}

/**
 * "... that Machado was 'disgusting' and encouraged Americans to ...": a right-hand content stops
 * before "and" + another cue (a second attribution of the same source, which PolNeAR keeps apart).
 */
export function cutBeforeCoordinatedCue(p: ParagraphTokens, content: Array<[number, number]>, ce: number, isCue: Uint8Array): void {
  for (const f of content) {
    if (f[0] < ce) continue;
    for (let i = f[0] + 1; i < f[1]; i++) {
      if (isCue[i] && !isCue[i - 1] && p.tokens[i - 1].lower === 'and') {
        let e = i - 1;
        if (e > f[0] && p.tokens[e - 1].text === ',') e--;
        if (e > f[0]) f[1] = e;
        break;
      }
    }
  }
}

/**
 * '"We lost," she said. "We will be back. Next year."' -- a quote that opens the sentence after the
 * speaker's and runs to the end of a sentence (one or several) continues the same content
 * (PolNeAR joins them).
 */
export function continueQuote(p: ParagraphTokens, content: Array<[number, number]>, cs: number, isCue: Uint8Array): Array<[number, number]> {
  if (content.length !== 1) return content;
  const [a, b] = content[0];
  if (b > cs || p.quoteDir[a] !== 1 || p.quoteDir[b - 1] !== -1) return content;
  const next = p.sentenceTokens.get(p.sentence[cs] + 1);
  if (!next) return content;
  const s = next[0];
  if (p.quoteDir[s] !== 1) return content;
  // Bounded, so many cues cannot rescan a giant quote.
  const limit = Math.min(p.tokens.length, s + 400);
  let close = -1;
  for (let i = s + 1; i < limit; i++) {
    if (isCue[i] || p.quoteDir[i] === 1) return content;
    if (p.quoteDir[i] === -1) {
      close = i;
      break;
    }
  }
  if (close < 0) return content;
  // The quote must end its sentence (at most final punctuation after it), and not be signed by a
  // cue of its own ('"..." ― Name').
  const last = p.sentenceTokens.get(p.sentence[close]);
  if (!last || last[1] - (close + 1) > 1) return content;
  if (isCue[close + 1] || isCue[close + 2]) return content;
  content.push([s, close + 1]);
  return content;
}

/** ", but still lost the election": a pattern's right-hand content outside quotes stops before ", but". */
export function cutAtBut(p: ParagraphTokens, content: Array<[number, number]>, ce: number): void {
  for (const f of content) {
    if (f[0] < ce) continue;
    for (let i = f[0] + 1; i < f[1] - 1; i++) {
      if (p.tokens[i].text === ',' && p.tokens[i + 1].lower === 'but' && !p.inQuote[i]) {
        f[1] = i;
        break;
      }
    }
  }
}

/** A content that opens with a quote ends with that quote ("'...,' Scott Pruitt, the ..."). */
export function endAtClosingQuote(p: ParagraphTokens, content: Array<[number, number]>): void {
  for (const f of content) {
    if (p.quoteDir[f[0]] !== 1) continue;
    for (let i = f[0] + 1; i < f[1]; i++) {
      if (p.quoteDir[i] === -1) {
        if (i + 1 < f[1]) f[1] = i + 1;
        break;
      }
    }
  }
}

/**
 * Drops fragments that are only punctuation (a stray opening quote) and, when the content has a
 * whole direct quote, the fragments beside it that hold no quote at all (the tagger's run-ons
 * past the speaker: "'...,' | to the TV").
 */
export function tidyFragments(p: ParagraphTokens, content: Array<[number, number]>): void {
  const hasWords = (f: [number, number]) => {
    for (let i = f[0]; i < f[1]; i++) if (p.tokens[i].kind === 'word' || p.tokens[i].kind === 'number') return true;
    return false;
  };
  const hasQuote = (f: [number, number]) => {
    for (let i = f[0]; i < f[1]; i++) if (p.tokens[i].kind === 'quote') return true;
    return false;
  };
  const wholeQuote = (f: [number, number]) => p.tokens[f[0]].kind === 'quote' && p.tokens[f[1] - 1].kind === 'quote' && f[1] - f[0] > 2;
  for (let k = content.length - 1; k >= 0; k--) if (!hasWords(content[k])) content.splice(k, 1);
  if (content.length > 1 && content.some(wholeQuote)) {
    for (let k = content.length - 1; k >= 0; k--) if (!hasQuote(content[k])) content.splice(k, 1);
  }
}

export function contentLength(a: { tokens: { content: Array<[number, number]> } }): number {
  return a.tokens.content.reduce((n, [s, e]) => n + e - s, 0);
}

/**
 * A content that runs on into a later sentence stops at the end of its own sentence when that later
 * sentence has a cue of its own ("... 10.12%. She stated that ..."): the next sentence is then a
 * new attribution, not the continuation of this one.
 */
export function clipAtLaterCue(p: ParagraphTokens, content: Array<[number, number]>, cs: number, isCue: Uint8Array): Array<[number, number]> {
  const own = p.sentence[cs];
  const out: Array<[number, number]> = [];
  for (const [a, b] of content) {
    // A quote that ends at the cue is one content, whatever cues it quotes ('"... he said ..." ― Name').
    if (b === cs && p.tokens[a].kind === 'quote' && p.tokens[b - 1].kind === 'quote') {
      out.push([a, b]);
      continue;
    }
    let cut = -1;
    for (let i = a; i < b; i++) {
      if (p.sentence[i] !== own && p.sentence[a] <= own && isCue[i]) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      out.push([a, b]);
      continue;
    }
    let e = a;
    while (e < b && p.sentence[e] === p.sentence[a]) e++;
    while (e > a && p.tokens[e - 1].kind === 'punct' && '.!?'.includes(p.tokens[e - 1].text)) e--;
    if (e > a) out.push([a, e]);
  }
  return out;
}
