// User-supplied cue phrases ("tweeted", "wrote in a blog post"): matched literally (never compiled
// as a regular expression), case-insensitively, on word boundaries, and mapped to token ranges.

import type { ParagraphTokens } from './context';

export function findExtraCues(text: string, p: ParagraphTokens, phrases: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const tokens = p.tokens;
  if (tokens.length === 0) return out;
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    // Compare token by token: a phrase is a sequence of whole tokens ("in a statement").
    const target = words.join(' ');
    for (let i = 0; i < tokens.length; i++) {
      let j = i;
      let acc = '';
      while (j < tokens.length && acc.length < target.length) {
        acc += (acc ? ' ' : '') + tokens[j].lower;
        j++;
        // Punctuation inside a phrase ("u.s.-based") is glued without a space in the text too.
        if (!target.startsWith(acc) && !target.startsWith(acc.replace(/ ([^\w\s])/g, '$1'))) break;
      }
      const glued = acc.replace(/ ([^\w\s])/g, '$1');
      if (acc === target || glued === target) out.push([i, j]);
    }
  }
  void text;
  return out;
}
