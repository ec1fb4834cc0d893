// A statement posted somewhere: "The port authority posted on social media that it had hired 300
// workers." The taggers, trained on 2016 political news, know "tweeted" and "posted on Facebook"
// but not every platform; a miss left the figure unsourced. A fallback pattern: only for sentences
// left with no attribution.

import type { ParagraphTokens } from './context';
import { shortSource, type PatternMatch } from './patternParts';

/** Verbs of publishing a statement online or in writing. */
export const POSTED = new Set(['posted', 'posts', 'wrote', 'writes', 'shared', 'shares', 'tweeted', 'tweets', 'announced', 'announces', 'declared']);
const PLACES = new Set(['on', 'in', 'to', 'via']);
/** Auxiliaries and adverbs before the verb ("has also posted"), part of the cue as the taggers mark it. */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'recently']);
const THAT_TIME = new Set(['day', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'time', 'weekend', 'same']);
/** Longest place between the verb and "that": "on its official Facebook page". */
const MAX_PLACE = 6;

/** SOURCE VERB on PLACE that CONTENT.  /  SOURCE VERB on PLACE: CONTENT. */
export function postedOn(p: ParagraphTokens, a: number, end: number): PatternMatch | null {
  const t = p.tokens;
  for (let v = a + 1; v < end - 3 && v - a <= 10; v++) {
    if (!POSTED.has(t[v].lower) || !PLACES.has(t[v + 1].lower) || p.inQuote[v]) continue;
    let c = v + 2;
    while (c < end && c - (v + 2) < MAX_PLACE && t[c].kind === 'word' && t[c].lower !== 'that') c++;
    const colon = c < end && t[c].kind === 'punct' && t[c].text === ':';
    if (c >= end || (t[c].lower !== 'that' && !colon) || c === v + 2) return null;
    const from = colon ? c + 1 : c;
    // "posted on the wall that day": a time, not a report.
    if (end - from < 3 || (!colon && THAT_TIME.has(t[c + 1].lower))) return null;
    let s = v;
    while (s > a && BEFORE_VERB.has(t[s - 1].lower)) s--;
    if (!shortSource(p, a, s)) return null;
    return { cue: [s, v + 1], source: [a, s], content: [[from, end]] };
  }
  return null;
}
