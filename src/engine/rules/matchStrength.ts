// How sure a match is that a fact states the claim, which decides whether a message says the fact
// "attributes it to" its source and whether fix-all may write that source into the draft. A match
// found through a few shared words ("Port Halvern", "crime") is a lead for the writer to check, not
// a source: fix-all would otherwise credit the Port Halvern Authority with the length of a strike it
// never spoke of.
import type { FactMatch, NumberMention } from '../types';

/**
 * Share of the claim's weighted words and figures a fact must hold to state it without a shared
 * figure. On the probe drafts, wrong sources matched at 0.40-0.67 (a road closure credited to the
 * sheriff's office, a plant's history to the company's earnings statement).
 */
export const STRONG_WORD_SCORE = 0.75;

// A negation or a denial on one side only turns a statement into its opposite: "Reported crime has
// not doubled" is no restatement of "Crime has doubled", whatever words they share. A failure or a
// refusal to act negates too: "the city had failed to look seriously at ..." is what "The city never
// seriously studied ..." restates.
const NEGATION = /\b(?:not|no|never|neither|nor|none|nobody|nothing|deny|denies|denied|false|untrue|(?:fail(?:s|ed|ing)?|refus(?:es|ed|ing)?|unable) to)\b|n['’]t\b/i;

/** Whether the claim's sentence and the fact's content agree in polarity (both or neither negated). */
export function samePolarity(claimText: string, m: FactMatch): boolean {
  return NEGATION.test(claimText) === NEGATION.test(m.fact.text);
}

/** The matches that do not say the opposite of the claim: only those may be offered as its source. */
export function agreeing(matches: readonly FactMatch[], claimText: string): FactMatch[] {
  const out: FactMatch[] = [];
  for (const m of matches) if (samePolarity(claimText, m)) out.push(m);
  return out;
}

/**
 * Whether `m`, one of the matches agreeing() kept for the claim (same polarity), states it: it gives
 * the same figure (`figure`, when the question is about one figure; any of the claim's otherwise) or
 * shares most of its words, and it gives no other figure for one of the claim's.
 */
export function isStrongMatch(m: FactMatch, figure?: NumberMention): boolean {
  if (m.differentNumbers.length > 0) return false;
  if (figure) return m.sameNumbers.some((p) => p.draft === figure);
  return m.sameNumbers.length > 0 || m.score >= STRONG_WORD_SCORE;
}

/**
 * Share of the claim's weighted words a fact must hold to be a lead for a restatement with no
 * source (analyze.ts), where the sentence's content words are mostly the statement's as well. Chosen
 * on paraphrase probe drafts (docs/accuracy.md): dropped credits matched at 0.40-0.80, the writer's
 * own sentences at 0.37-0.67 with far fewer of their words in the statement.
 */
export const CLOSE_WORD_SCORE = 0.6;

/** Whether `m` is close enough to lead to the claim's source: no other figure, and a shared figure or CLOSE_WORD_SCORE. */
export function isCloseMatch(m: FactMatch): boolean {
  return m.differentNumbers.length === 0 && (m.sameNumbers.length > 0 || m.score >= CLOSE_WORD_SCORE);
}
