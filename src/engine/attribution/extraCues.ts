// User-supplied cue phrases ("tweeted", "wrote in a blog post"): matched literally (indexOf on the
// lower-cased text, never compiled as a regular expression), case-insensitively, on word
// boundaries, and mapped to the tokens they cover.

import type { ParagraphTokens } from './context';
import { isDigit, isLetter } from '../tokenize';

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

export function findExtraCues(text: string, p: ParagraphTokens, phrases: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const tokens = p.tokens;
  if (tokens.length === 0) return out;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const hay = text.slice(start, end).toLowerCase();
  for (const phrase of phrases) {
    const needle = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
    // A cue needs at least one letter; lone punctuation would match everywhere.
    if (!needle || ![...needle].some((ch) => isWordChar(ch.charCodeAt(0)))) continue;
    let from = 0;
    for (;;) {
      const at = hay.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const before = at > 0 ? hay.charCodeAt(at - 1) : 32;
      const after = at + needle.length < hay.length ? hay.charCodeAt(at + needle.length) : 32;
      if ((isWordChar(needle.charCodeAt(0)) && isWordChar(before)) || (isWordChar(needle.charCodeAt(needle.length - 1)) && isWordChar(after))) continue;
      const s = start + at;
      const e = s + needle.length;
      let a = -1;
      let b = -1;
      for (let i = 0; i < tokens.length && tokens[i].start < e; i++) {
        if (tokens[i].end <= s) continue;
        if (a < 0) a = i;
        b = i + 1;
      }
      if (a >= 0) out.push([a, b]);
    }
  }
  return out;
}
