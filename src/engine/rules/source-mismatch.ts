// source-mismatch: a figure the draft credits to one person that its reference article gives to
// another ("Okafor said the deal was worth 18 million euros", where the reference has Fontes say
// it). The figure is right; the credit is not. Only people are compared: an organisation and its
// officers speak for each other ("the company said" for its chief financial officer's figure).
import type { ClaimInfo } from '../claims';
import { fullName, personName, TITLE_WORDS } from '../facts/sourceNames';
import { posOf } from '../attribution/pos';
import type { FactMatch, NumberMention } from '../types';
import { distinctive } from '../facts/match';
import { factLocation, RawFinding, RuleContext, RuleDefinition } from './rule';

/** A match about the same statement, not one that shares a figure by chance. */
const MIN_SCORE = 0.45;

export const sourceMismatch: RuleDefinition = {
  id: 'source-mismatch',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A figure credited to another person than the one the reference article gives it to.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      const c = info.claim;
      if (c.status !== 'sourced' || c.numbers.length === 0 || !c.attribution?.source) continue;
      creditFindings(ctx, info, c.attribution.source.text, out);
    }
    return out;
  },
};

/** The findings for the figures of one claim that its reference gives to another person, pushed to `out`. */
function creditFindings(ctx: RuleContext, info: ClaimInfo, source: string, out: RawFinding[]): void {
  const c = info.claim;
  const sentence = ctx.text.slice(c.start, c.end);
  const matches = ctx.matches(info);
  if (!matches.some((m) => m.fact.path !== null)) return;
  // A surname alone ("Okafor said") is a person's when the draft or a matching fact gives it a given name.
  const credited = surnameOf(source, ctx.text) ?? matches.map((m) => (m.fact.source ? surnameOf(m.fact.source, '') : null)).find((s) => s !== null && s === source.trim());
  if (!credited) return;
  for (const n of c.numbers) {
    if (!n.isStatistic || !creditable(n)) continue;
    const stating = matches.filter((m) => m.fact.path !== null && m.score >= MIN_SCORE && m.sameNumbers.some((p) => p.draft === n));
    if (stating.length === 0) continue;
    // Any fact of the credited person's with this figure, or one with no person named, settles it.
    const others: Array<[FactMatch, string]> = [];
    let settled = false;
    for (const m of stating) {
      const given = m.fact.source ? surnameOf(m.fact.source, '') : null;
      if (given === null || given === credited) settled = true;
      else others.push([m, given]);
    }
    // A sentence that names the other person too may well credit each with their own words.
    if (settled || others.some(([, given]) => sentence.includes(given))) continue;
    const [hit] = others[0];
    out.push({
      rule: 'source-mismatch',
      message: `${n.text} is credited to ${c.attribution!.source!.text.trim()}; the reference article gives it to ${hit.fact.source} (${factLocation(hit.fact)}).`,
      start: n.start,
      end: n.end,
      sentence: { start: c.start, end: c.end },
      references: [hit, ...matches.filter((m) => m !== hit)],
      fixes: [],
    });
  }
}

/**
 * The surname of a person as a source names them ("Mayor Pieter Vos" -> "Vos", "Okafor" after
 * "Dana Okafor" in `text` -> "Okafor"), or null for anything else: an organisation ("Sporting
 * Aldeira", "Pfizer"), a group, a pronoun. A person is told by a given name the word list knows,
 * an initial, or a title or description right before the name ("president Rui Fontes").
 */
function surnameOf(source: string, text: string): string | null {
  const cleaned = source.trim().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
  let name = personName(cleaned);
  let described = false;
  if (name) {
    const before = cleaned.slice(0, cleaned.length - name.length).trim();
    const last = before.slice(before.lastIndexOf(' ') + 1).replace(/[.,]$/, '');
    described = last !== '' && (/^\p{Ll}/u.test(last) || TITLE_WORDS.has(last.toLowerCase()));
  } else if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(cleaned) && !NOT_A_SURNAME.has(cleaned.toLowerCase())) {
    // A surname alone: a person if the text gives it a given name somewhere.
    name = fullName(text, cleaned);
  }
  if (!name) return null;
  const words = name.split(' ');
  const first = words[0];
  const person = described || TITLE_WORDS.has(first.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}\.$/u.test(first) || posOf(first.toLowerCase(), first) === 'NAME';
  return person && words.length > 1 ? words[words.length - 1] : null;
}


/** Single capitalised words that are sources but not people. */
const NOT_A_SURNAME = new Set(['police', 'officials', 'authorities', 'reuters', 'bloomberg', 'sources', 'analysts', 'experts', 'data', 'figures', 'records', 'he', 'she', 'they', 'it']);

/**
 * A figure two statements are unlikely to share by chance (match.ts's distinctive(), or a sum of
 * money); never a vague "millions" or "dozens".
 */
function creditable(n: NumberMention): boolean {
  return n.kind !== 'vague-quantity' && (distinctive(n) || n.kind === 'money');
}
