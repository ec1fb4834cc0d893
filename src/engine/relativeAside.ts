// "The company, which declined to comment, laid off 300 workers last month." An attribution whose
// speaker is a relative pronoun in an aside speaks for its own clause only: the company declining to
// comment sources nothing of the lay-offs, and the sentence's figure is as unsourced as before the
// aside was added.
import { countWords } from './text';
import { isSpace } from './tokenize';
import type { Attribution } from './types';

/** Offsets [start, end) in the text. */
export interface Range {
  start: number;
  end: number;
}

const RELATIVE = /^(?:which|who)$/i;

/** Characters that open an aside before "which" / "who", and those that close it. */
const OPENS = new Set([',', '(', '\u2014', '\u2013']);
const CLOSES = new Set([',', ')', '\u2014', '\u2013', ';']);

/** Fewest words outside the aside for the sentence to say something of its own. */
const MIN_MAIN_WORDS = 3;

/**
 * The span of the relative clause that holds attribution `a` (from its opening comma, dash or
 * parenthesis to the closing one, or to the sentence's end), when `a` speaks for nothing outside
 * it: its speaker is "which" or "who" right after the opening mark, its content (if any) lies within
 * the clause, and the sentence has words of its own outside it. Otherwise null.
 */
export function relativeAside(text: string, sentence: Range, a: Attribution): Range | null {
  const src = a.source;
  if (!src || src.start < sentence.start || src.end > sentence.end || !RELATIVE.test(src.text.trim())) return null;
  let open = src.start - 1;
  while (open >= sentence.start && isSpace(text.charCodeAt(open))) open--;
  if (open < sentence.start || !OPENS.has(text[open])) return null;
  const inner = Math.max(src.end, a.cue.end, a.content ? a.content.end : 0);
  let close = inner;
  while (close < sentence.end && !CLOSES.has(text[close])) close++;
  if (a.content && (a.content.start < open || a.content.end > close)) return null;
  const main = text.slice(sentence.start, open) + ' ' + text.slice(Math.min(close + 1, sentence.end), sentence.end);
  if (countWords(main) < MIN_MAIN_WORDS) return null;
  return { start: open, end: close };
}
