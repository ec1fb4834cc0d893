// Fixed patterns for figures whose source is a document, a dataset or an estimate, the way wire
// copy states them:
//   Figures released by the ministry show CONTENT.      The agency's data show CONTENT.
//   The ministry released figures that show CONTENT.    Officials estimate CONTENT.
//   The Interior Ministry put the number of detained at about 6,000.
//   In a CNN poll released Monday, CONTENT.             CONTENT in the latest Courier survey.
// The taggers, trained on political news, miss most of these, and each miss turns a sourced
// number into an "unsourced-number" false alarm.

import type { ParagraphTokens } from './context';
import { posOf } from './pos';
import { contentStart, isPunct, shortSource, TIME_WORDS, type PatternMatch } from './patternParts';
import { REPORTED } from './reportedBy';
import { POSTED } from './postedOn';

/** Nouns that name evidence: something that can show, find or estimate. */
export const EVIDENCE_NOUNS = new Set([
  'figures', 'figure', 'data', 'statistics', 'stats', 'numbers', 'report', 'reports', 'study', 'studies', 'survey',
  'surveys', 'poll', 'polls', 'polling', 'analysis', 'analyses', 'records', 'record', 'documents', 'document',
  'results', 'estimates', 'estimate', 'census', 'research', 'review', 'audit', 'count', 'tally', 'forecast',
  'forecasts', 'projections', 'tests', 'findings', 'filings', 'investigation', 'inquiry', 'assessment', 'calculations',
  'paper', 'papers', 'evidence', 'footage', 'images', 'logs', 'minutes', 'transcript', 'accounts',
  // Documents a reporter obtains or reviews, and where figures are posted.
  'counts', 'measurements', 'readings', 'memo', 'memos', 'email', 'emails', 'messages', 'invoices', 'receipts',
  'contracts', 'disclosures', 'filing', 'affidavit', 'indictment', 'complaint', 'lawsuit', 'ruling', 'petition',
  'letter', 'letters', 'dashboard', 'website', 'bulletin', 'tracker', 'database', 'spreadsheet', 'statements',
]);

/** What evidence does to its content: "show", "found", "puts X at", "gives X 80.1 %". */
export const EVIDENCE_VERBS = new Set([
  'show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'found',
  'finds', 'find', 'estimate', 'estimates', 'estimated', 'put', 'puts', 'reveal', 'reveals', 'revealed', 'give',
  'gives', 'gave', 'confirm', 'confirms', 'confirmed', 'predict', 'predicts', 'predicted', 'project', 'projects',
  'projected', 'conclude', 'concludes', 'concluded', 'say', 'says', 'said', 'state', 'states', 'stated',
  'list', 'lists', 'listed',
]);

/** "state" is a noun far more often than a verb ("a poll of the state's voters"): it counts only before "that" or a colon. */
const STATE_VERBS = new Set(['state', 'states', 'stated']);
const statesThat = (p: ParagraphTokens, v: number, end: number): boolean => v + 1 < end && (p.tokens[v + 1].lower === 'that' || p.tokens[v + 1].text === ':');

/** Participles that may modify the evidence noun before its verb ("figures released by X"). */
const MODIFIERS = new Set([
  'released', 'published', 'compiled', 'conducted', 'issued', 'gathered', 'collected', 'produced', 'commissioned',
  'obtained', 'seen', 'reviewed', 'posted', 'provided', 'cited', 'prepared', 'carried', 'made', 'based', 'drawn', 'out',
  'filed', 'submitted', 'sent', 'signed', 'written', 'dated', 'updated', 'sworn', 'unsealed',
]);

const RELATIVES = new Set(['that', 'which', 'who', 'whose', 'whom']);

/** Words of a verb group before the verb ("has also shown"), part of the cue. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'now', 'clearly', 'consistently', 'largely', 'already', 'still']);

/** Word classes that may stand in a noun phrase before its head or in its modifiers. */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'NOUNS', 'NAME', 'ORG', 'PROPN', 'CAP', 'PLACE', 'NUM', 'DATE', 'ACTOR', 'TITLE', 'PREP', '?S', '?', '?ADV', 'ADV']);

/**
 * NOUN_PHRASE, and base-form verbs: the word class lexicon reads many nouns so ("the state's
 * dashboard", "a public records request"), and the evidence's own verb is tested before this.
 */
const EVIDENCE_NP = new Set([...NOUN_PHRASE, 'VB']);

/** Publishing verbs whose object is the evidence ("released figures that show"). */
const RELEASE_VERBS = new Set(['released', 'releases', 'release', 'published', 'publishes', 'publish', 'issued', 'issues', 'issue', 'posted', 'unveiled', 'presented']);
/** The evidence verb after "that" / "which", or as a participle ("figures showing"). */
const RELEASE_LINKS = new Set(['show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'reveal', 'reveals', 'revealed', 'put', 'puts']);
const RELEASE_PARTICIPLES = new Set(['showing', 'suggesting', 'indicating', 'revealing', 'putting', 'estimating']);

/** Verbs of estimating with a person or body as subject ("Officials estimate 200 ..."). */
const ESTIMATE_VERBS = new Set(['estimate', 'estimates', 'estimated', 'calculate', 'calculates', 'calculated', 'reckon', 'reckons', 'reckoned']);

/** Verbs of forecasting with a named subject ("The National Weather Service forecast up to 14 inches"). */
const FORECAST_VERBS = new Set(['forecast', 'forecasts', 'forecasted', 'predict', 'predicts', 'predicted']);
/** Words that open the amount after a forecast verb ("forecast up to 14 inches", "about 300"). */
const FORECAST_AMOUNTS = new Set(['about', 'around', 'up', 'over', 'nearly', 'roughly', 'some', 'between', 'as']);
const FORECASTERS = new Set(['forecasters', 'meteorologists', 'economists', 'analysts', 'experts', 'scientists', 'researchers', 'officials', 'pollsters']);
const VERBISH = new Set(['VB', 'VBD', 'VBZ', 'VBG', 'VBN', 'COP']);

/** The subject [s, v) of a forecast verb names a forecaster: its last word capitalised or a trade, and no verb in it. */
function namesForecaster(p: ParagraphTokens, s: number, v: number): boolean {
  const last = p.tokens[v - 1];
  if (!(FORECASTERS.has(last.lower) || (last.kind === 'word' && last.text !== last.lower))) return false;
  for (let i = s; i < v; i++) {
    const t = p.tokens[i];
    if (t.text === t.lower && VERBISH.has(posOf(t.lower, t.text))) return false;
  }
  return true;
}

/** Words between "at" and the figure of "put X at N" ("at about 6,000"). */
const APPROXIMATORS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'least', 'more', 'than', 'up', 'to', 'over', 'under', 'just']);

const lowerWord = (p: ParagraphTokens, i: number): boolean => {
  const t = p.tokens[i];
  return t.kind === 'word' && t.text === t.lower && p.inQuote[i] === 0;
};

const isFigure = (p: ParagraphTokens, i: number): boolean => p.tokens[i].kind === 'number' || /^[$€£]?\d/.test(p.tokens[i].text);
/** The apostrophe of a plural possessive ("the dockers' union"). */
const pluralPossessive = (p: ParagraphTokens, i: number): boolean => p.tokens[i].kind === 'squote' && i > 0 && /s$/i.test(p.tokens[i - 1].text);
/** A word, a figure or a possessive: what a noun phrase or a clause is made of (punctuation and quotes end these scans). */
const isWordish = (p: ParagraphTokens, i: number): boolean => p.tokens[i].kind === 'word' || p.tokens[i].kind === 'number' || pluralPossessive(p, i);

/** Content after a verb at v, "that" included (as PolNeAR marks it); null when fewer than two tokens remain. */
function contentAfter(v: number, end: number): Array<[number, number]> | null {
  return end - (v + 1) >= 2 ? [[v + 1, end]] : null;
}

/** The evidence noun heading the noun phrase that opens at s, within its first six words. */
function evidenceHead(p: ParagraphTokens, s: number, end: number): number {
  for (let i = s; i < end && i - s < 6; i++) {
    const t = p.tokens[i];
    if (!isWordish(p, i) && t.text !== "'s" && t.text !== '’s') return -1;
    if (EVIDENCE_NOUNS.has(t.lower) && t.kind === 'word') return i;
    if (pluralPossessive(p, i)) continue;
    // "The ministry released figures ...": a verb before the noun (releasedShowing's case).
    if (RELEASE_VERBS.has(t.lower) || MODIFIERS.has(t.lower)) return -1;
    if (!EVIDENCE_NP.has(posOf(t.lower, t.text)) && t.text !== "'s" && t.text !== '’s') return -1;
  }
  return -1;
}

/**
 * EVIDENCE [modifiers | , parenthetical ,] VERB [that] CONTENT. ("Figures released by the Health
 * Ministry show 40 people died."; "The poll, conducted by Ipsos, puts support at 45%.")
 */
export function evidenceSubject(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const s = contentStart(p, a, end);
  const head = evidenceHead(p, s, end);
  if (head < 0) return null;
  const t = p.tokens;
  let j = head + 1;
  if (j < end && isPunct(p, j, ',')) {
    // A parenthetical between commas: anything but a quote, at most 15 tokens.
    let k = j + 1;
    while (k < end && k - j <= 15 && !isPunct(p, k, ',') && t[k].kind !== 'quote') k++;
    if (k >= end || !isPunct(p, k, ',')) return null;
    j = k + 1;
  }
  for (; j < end && j - head <= 14; j++) {
    const tok = t[j];
    if (!isWordish(p, j) && tok.text !== "'s" && tok.text !== '’s') return null;
    const aux = j;
    let v = j;
    while (v < end && AUXILIARIES.has(t[v].lower)) v++;
    // A participle followed by "by" modifies the noun ("documents found by police show").
    if (v < end && EVIDENCE_VERBS.has(t[v].lower) && lowerWord(p, v) && t[v + 1]?.lower !== 'by' && (!STATE_VERBS.has(t[v].lower) || statesThat(p, v, end))) {
      const content = contentAfter(v, end);
      return content ? { cue: [aux, v + 1], source: [s, aux], content } : null;
    }
    if (MODIFIERS.has(tok.lower) || TIME_WORDS.has(tok.lower) || pluralPossessive(p, j)) continue;
    // "The polls that show X have ...": a relative clause, the verb is not the evidence's.
    if (RELATIVES.has(tok.lower)) return null;
    if (!EVIDENCE_NP.has(posOf(tok.lower, tok.text)) && tok.text !== "'s" && tok.text !== '’s') return null;
  }
  return null;
}

/** Word classes that cannot stand in the evidence's noun phrase. */
const NOT_IN_NAME = new Set(['COP', 'VBD', 'VBZ', 'VBG', 'CONJ', 'WH']);

/** Verbs that close a trailing evidence credit: "..., census data show." */
const LAST_VERBS = new Set(['show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'found', 'finds', 'reveal', 'reveals', 'revealed', 'confirm', 'confirms', 'confirmed', 'list', 'lists']);

/**
 * CONTENT, EVIDENCE VERB.  ("The city's population grew by 4% last decade, census data show.";
 * "..., campaign and corporate records show.") The evidence's noun phrase, up to eight words, ends
 * in an evidence noun right before the verb, which ends the sentence.
 */
export function evidenceLast(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  const v = end - 1;
  if (v - a < 4 || !LAST_VERBS.has(t[v].lower) || !lowerWord(p, v) || !EVIDENCE_NOUNS.has(t[v - 1].lower)) return null;
  let c = v - 2;
  while (c > a && v - c <= 9 && (isWordish(p, c) || t[c].text === "'s" || t[c].text === '’s')) c--;
  if (!isPunct(p, c, ',') || p.inQuote[c] || c - a < 3) return null;
  for (let k = c + 1; k < v - 1; k++) {
    const tok = t[k];
    if (tok.kind !== 'word' || pluralPossessive(p, k) || tok.text === "'s" || tok.text === '’s' || tok.lower === 'and') continue;
    // The word class lexicon reads many nouns as verbs ("state data", "traffic counts"): only a
    // clause's words end the noun phrase.
    if (RELATIVES.has(tok.lower) || NOT_IN_NAME.has(posOf(tok.lower, tok.text))) return null;
  }
  return { cue: [v, v + 1], source: [c + 1, v], content: [[contentStart(p, a, c), c]] };
}

/** SRC released / published EVIDENCE that show / showing CONTENT.  (The cue runs to the evidence verb, as PolNeAR marks it.) */
export function releasedShowing(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const s = contentStart(p, a, end);
  const t = p.tokens;
  for (let v = s + 1; v < end && v - s <= 9; v++) {
    if (!RELEASE_VERBS.has(t[v].lower) || !lowerWord(p, v)) continue;
    if (!shortSource(p, s, v)) return null;
    let sawEvidence = false;
    for (let j = v + 1; j < end && j - v <= 8; j++) {
      const w = t[j].lower;
      if (EVIDENCE_NOUNS.has(w)) sawEvidence = true;
      else if (sawEvidence && RELEASE_PARTICIPLES.has(w)) {
        const content = contentAfter(j, end);
        return content ? { cue: [v, j + 1], source: [s, v], content } : null;
      } else if (sawEvidence && (w === 'that' || w === 'which') && RELEASE_LINKS.has(t[j + 1]?.lower ?? '')) {
        const content = contentAfter(j + 1, end);
        return content ? { cue: [v, j + 2], source: [s, v], content } : null;
      }
      if (!isWordish(p, j)) return null;
    }
    return null;
  }
  return null;
}

/** SRC estimate(s) [that] CONTENT.  ("Officials estimate 200 buildings were damaged.") */
export function subjectEstimates(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const s = contentStart(p, a, end);
  const t = p.tokens;
  for (let v = s + 1; v < end && v - s <= 8; v++) {
    const forecast = FORECAST_VERBS.has(t[v].lower);
    if (!ESTIMATE_VERBS.has(t[v].lower) && !forecast) continue;
    // "the estimates", "its estimate": a noun, not the verb.
    const before = posOf(t[v - 1].lower, t[v - 1].text);
    if (!lowerWord(p, v) || before === 'DET' || before === 'ADJ' || t[v - 1].text === "'s" || t[v - 1].text === '’s') return null;
    if (!shortSource(p, s, v, 8)) return null;
    // A forecaster is named or a trade ("The National Weather Service", "Forecasters"), and no verb
    // stands before "forecast" ("The company raised its revenue forecast to ...": a noun).
    if (forecast && !namesForecaster(p, s, v)) return null;
    const next = t[v + 1];
    const nextClass = next ? posOf(next.lower, next.text) : '';
    // "estimated at": a noun's participle; but "forecast up to 14 inches", "predicted about 300".
    if (!next || (nextClass === 'PREP' && !(forecast && FORECAST_AMOUNTS.has(next.lower)))) return null;
    // "The weather forecast calls for snow": the forecast is the subject, a noun.
    if (forecast && (nextClass === 'NOUNS' || nextClass === 'VBZ' || nextClass === 'COP' || nextClass === 'VB' || nextClass === 'VBD')) return null;
    const content = contentAfter(v, end);
    return content ? { cue: [v, v + 1], source: [s, v], content } : null;
  }
  return null;
}

/** Reporting verbs after "now" in a live update ("Police now say ...", "Entergy now reports ..."). */
const NOW_VERBS = new Set(['say', 'says', 'report', 'reports', 'estimate', 'estimates', 'believe', 'believes', 'confirm', 'confirms', 'count', 'counts', 'put', 'puts']);

/**
 * SRC now VERB CONTENT.  ("Police now say 14 people were taken to hospitals.") A live update's
 * revised figure: the taggers, trained on stories written after the fact, miss the verb behind "now".
 */
export function nowSays(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const s = contentStart(p, a, end);
  const t = p.tokens;
  for (let v = s + 2; v < end - 2 && v - s <= 9; v++) {
    if (t[v - 1].lower !== 'now' || !NOW_VERBS.has(t[v].lower) || !lowerWord(p, v)) continue;
    if (!shortSource(p, s, v - 1, 8)) return null;
    const content = contentAfter(v, end);
    return content ? { cue: [v - 1, v + 1], source: [s, v - 1], content } : null;
  }
  return null;
}

/** SRC put(s) WHAT at [about] FIGURE.  ("The Interior Ministry put the number of detained at about 6,000.") */
export function putAt(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const s = contentStart(p, a, end);
  const t = p.tokens;
  for (let v = s + 1; v < end && v - s <= 9; v++) {
    if ((t[v].lower !== 'put' && t[v].lower !== 'puts') || !lowerWord(p, v)) continue;
    if (!shortSource(p, s, v)) return null;
    for (let j = v + 2; j < end && j - v <= 12; j++) {
      if (!isWordish(p, j)) return null;
      if (t[j].lower !== 'at') continue;
      let k = j + 1;
      while (k < end && APPROXIMATORS.has(t[k].lower)) k++;
      return k < end && isFigure(p, k) ? { cue: [v, v + 1], source: [s, v], content: [[v + 1, end]] } : null;
    }
    return null;
  }
  return null;
}

/** Words that make a noun phrase a poll: "in a CNN national poll", "in the RealClearPolitics average of polls". */
const POLL_WORDS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);

/**
 * The end of a poll's noun phrase starting at s (its determiner, names, modifiers, "released
 * Monday", "of likely voters"), at a comma or `end`; -1 when it is not one or names no poll.
 */
function pollPhraseEnd(p: ParagraphTokens, s: number, end: number): number {
  let poll = false;
  let j = s;
  for (; j < end && j - s < 16; j++) {
    const t = p.tokens[j];
    if (isPunct(p, j, ',')) break;
    if (t.kind === 'number' || pluralPossessive(p, j) || t.text === "'s" || t.text === '’s' || t.text === '/' || t.text === '-') continue;
    if (t.kind !== 'word') return -1;
    // "a polling location", "survey teams": the poll word modifies another noun.
    if (POLL_WORDS.has(t.lower)) poll = !isNoun(p, j + 1, end);
    else if (!MODIFIERS.has(t.lower) && !TIME_WORDS.has(t.lower) && !NOUN_PHRASE.has(posOf(t.lower, t.text))) return -1;
  }
  return poll && j > s && (j === end || isPunct(p, j, ',')) ? j : -1;
}

/** Nouns after a poll word that keep it a poll ("polling averages", "survey data"). */
const POLL_NOUNS = new Set(['average', 'averages', 'data', 'results', 'numbers', 'figures', 'there', 'here']);

function isNoun(p: ParagraphTokens, i: number, end: number): boolean {
  if (i >= end || p.tokens[i].kind !== 'word' || POLL_NOUNS.has(p.tokens[i].lower)) return false;
  const cls = posOf(p.tokens[i].lower, p.tokens[i].text);
  return cls === 'NOUN' || cls === 'NOUNS' || cls === '?' || cls === '?S';
}

// Every word one of the fallback patterns needs, in one set: one lookup per token.
const TRIGGERS = new Set<string>([...EVIDENCE_NOUNS, ...POLL_WORDS, ...ESTIMATE_VERBS, ...FORECAST_VERBS, 'put', 'puts', 'per', 'now']);
// The verbs of reportedBy.ts and postedOn.ts, common words, count only before the word they need
// ("reported by", "posted on"): most sentences that hold them need no scan.
const ASIDE_VERBS = new Set<string>([...REPORTED, ...POSTED]);
const ASIDE_NEXT = new Set(['by', 'on', 'in', 'to', 'via']);

const QUOTE_DASHES = new Set(['\u2014', '\u2015', '--']);

/**
 * Whether sentence tokens [a, b) hold a word any of the fallback patterns needs (an evidence noun, a
 * poll word, "put", "per", an estimating verb, a verb of reportedBy.ts or postedOn.ts, a colon
 * before a quote or a dash after one (quoteCredits.ts), a closing parenthesis at the end): most
 * sentences hold none, and are not scanned further.
 */
export function mayHoldEvidence(p: ParagraphTokens, a: number, b: number): boolean {
  const t = p.tokens;
  for (let i = a; i < b; i++) {
    const w = t[i].lower;
    if (TRIGGERS.has(w) || (ASIDE_VERBS.has(w) && i + 1 < b && ASIDE_NEXT.has(t[i + 1].lower))) return true;
    // A quote introduced by a colon, or a dash line after a quote (quoteCredits.ts).
    if (t[i].kind === 'punct' && (t[i].text === ':' ? i + 1 < b && p.quoteDir[i + 1] === 1 : i > 0 && p.quoteDir[i - 1] === -1 && QUOTE_DASHES.has(t[i].text))) return true;
  }
  // A parenthesis closing the sentence (parentheticalCredit.ts).
  let e = b;
  while (e > a && isPunct(p, e - 1, '.!?')) e--;
  return e > a && isPunct(p, e - 1, ')');
}

/** In POLL, CONTENT.  ("In an NBC News poll released Monday, 50 percent of respondents chose Clinton.") */
export function inPollFirst(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  if (p.tokens[a].lower !== 'in') return null;
  const e = pollPhraseEnd(p, a + 1, end);
  if (e < 0 || e >= end || end - (e + 1) < 2) return null;
  return { cue: [a, a + 1], source: [a + 1, e], content: [[e + 1, end]] };
}

/** CONTENT in POLL.  ("Clinton held a 24-point lead among black voters in a CNN national poll.") */
export function inPollLast(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  for (let i = a + 2; i < end - 1; i++) {
    if (p.tokens[i].lower !== 'in' || p.inQuote[i]) continue;
    const e = pollPhraseEnd(p, i + 1, end);
    if (e < 0) continue;
    const s = contentStart(p, a, i);
    return { cue: [i, i + 1], source: [i + 1, e], content: [[s, i]] };
  }
  return null;
}
