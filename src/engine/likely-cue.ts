// A recall-oriented check for a cue the attribution tagger missed. It only ever suppresses a flag
// (a sentence that likely names its source is not reported as unattributed); it never creates an
// attribution, so precision matters less here than in the tagger.
import { CUE_WORD_SHARE } from './data/cue-words';
import { Token, tokenize } from './tokenize';

/**
 * P(cue | word) in percent (PolNeAR train) from which a word counts as a cue wherever it stands
 * ("said", "told", "according"). Dev, 85: 41.1 % false alarms, 46.5 % flag recall; 60: 37.6 % and
 * 45.6 %, but then "Putin promised Lukashenko help" (promised: 79) would pass as attributed.
 */
export const CUE_SHARE = 85;
/**
 * From this share, a word counts as a cue where it introduces a content ("found that", "warning
 * voters that", "made the following comment:", "…, the agency confirmed."), not where it names an
 * action ("promised Lukashenko help", "had declared bankruptcy", "a group called X").
 */
export const CUE_SHARE_BEFORE_CONTENT = 40;
/** Words between the cue and "that" / a colon / a quote ("told reporters on Friday that"). */
const MAX_GAP = 3;

const isEnd = (t: Token | undefined): boolean => !t || (t.kind === 'punct' && /^[.!?]/.test(t.text));
const isBreak = (t: Token): boolean => t.kind === 'quote' || (t.kind === 'punct' && /^[,;(—–-]/.test(t.text));

const COORDINATOR = new Set(['and', 'or', 'but']);

// The shares as a Map: a lookup by a token's (never interned) lower-case text is a plain hash probe,
// and a word such as "constructor" is not found on Object.prototype.
const SHARE = new Map<string, number>(Object.entries(CUE_WORD_SHARE));

/** Whether a lower-cased word is a cue wherever it stands (P(cue | word) >= CUE_SHARE: "said", "told"). */
export function isCueAnywhere(lower: string): boolean {
  return (SHARE.get(lower) ?? 0) >= CUE_SHARE;
}

/** A quote of at least four words opens at token `j` (not a scare quote: "was “true.”"). */
function quoteOfWords(tokens: readonly Token[], j: number): boolean {
  let words = 0;
  for (let k = j + 1; k < tokens.length && tokens[k].kind !== 'quote'; k++) if (tokens[k].kind === 'word') words++;
  return words >= 4;
}

/** "that", a colon or a quote just after the cue, or a cue that closes its sentence after a comma ("…, X confirmed."). */
function introducesContent(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 1 + MAX_GAP && j < tokens.length; j++) {
    const n = tokens[j];
    if (n.lower === 'that' || n.text === ':' || (n.kind === 'quote' && quoteOfWords(tokens, j))) return true;
    // "found in Chelsea and that location": after a conjunction, "that" points, it does not report.
    if (n.kind === 'punct' || COORDINATOR.has(n.lower)) break;
  }
  let after = i + 1;
  while (after < tokens.length && after <= i + 2 && tokens[after].kind === 'word') after++;
  if (!isEnd(tokens[after]) && tokens[after]?.text !== ',') return false;
  for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_GAP; j--) if (isBreak(tokens[j])) return true;
  return false;
}

/**
 * Whether a sentence holds a word that is usually a cue. `sentence` is the sentence as written,
 * `reporterText` the same with its direct quotes blanked (a cue inside a quote is the speaker's).
 */
export function hasLikelyCue(sentence: string, reporterText: string): boolean {
  const tokens = tokenize(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const share = SHARE.get(t.lower);
    if (share === undefined || share < CUE_SHARE_BEFORE_CONTENT) continue;
    // The cue must be the reporter's: outside any quote.
    if (reporterText.slice(t.start, t.end) !== sentence.slice(t.start, t.end)) continue;
    if (share >= CUE_SHARE || introducesContent(tokens, i)) return true;
  }
  return false;
}
