// unattributed-claim: a sentence reporting an event involving named people or organisations, with no
// attribution. Sentences already reported by unsourced-number or unattributed-quote are left to them.
import { attributionFixes } from '../fixes';
import { claimHint, RawFinding, RuleContext, RuleDefinition } from './rule';
import { agreeing, isStrongMatch } from './matchStrength';
import type { ClaimInfo } from '../claims';
import type { FactMatch } from '../types';
import { usableSource } from '../fixes';

export const unattributedClaim: RuleDefinition = {
  id: 'unattributed-claim',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A factual claim about named people or organisations with no attribution.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      const c = info.claim;
      const dropped = c.status === 'sourced' && c.kinds[0] === 'restatement';
      if (c.status !== 'unsourced' && !dropped) continue;
      const coveredByNumber = ctx.enabled('unsourced-number') && c.kinds.includes('statistic') && c.numbers.length > 0;
      const coveredByQuote = ctx.enabled('unattributed-quote') && c.kinds.includes('quote') && info.quotes.length > 0;
      if (coveredByNumber || coveredByQuote) continue;
      if (c.kinds.length === 0) continue;
      // A fact that says the opposite ("has not doubled" against "has doubled") is no source for it.
      const matches = agreeing(ctx.matches(info), c.text);
      if (dropped && !restatesWithoutCredit(info, matches)) continue;
      let start = c.start;
      let end = c.end;
      while (start < end && /\s/.test(ctx.text[start])) start++;
      while (end > start && /\s/.test(ctx.text[end - 1])) end--;
      const sentence = { start: c.start, end: c.end };
      out.push({
        rule: 'unattributed-claim',
        message: `No attribution for this claim. ${claimHint(matches, 'claim')}`,
        start,
        end,
        sentence,
        references: matches,
        fixes: attributionFixes(ctx.text, sentence, matches, ctx.isName, false, ctx.isTableRowSentence(c.sentence), (m) => isStrongMatch(m)),
      });
    }
    return out;
  },
};

/**
 * A credited restatement whose own "attribution" is part of what a reference article (one of
 * `matches`, those that agree with it) credits to someone else: "The district also plans to close
 * the annex" reads "plans" as the district's stance, but the reference says "The district also plans
 * to close the annex, Tillinghast said". The draft dropped the credit. Only cues that do not report speech ("plans", "suggest"): "The mayor said ..." taken
 * from a reference's "..., the Gazette reported" keeps the mayor as its source.
 */
function restatesWithoutCredit(info: ClaimInfo, matches: readonly FactMatch[]): boolean {
  const a = info.claim.attribution;
  if (!a || SPEECH_CUE.test(a.cue.text)) return false;
  const cue = a.cue.text.toLowerCase();
  const src = a.source?.text.toLowerCase() ?? '';
  return matches.some((m) => {
    if (m.fact.path === null || m.fact.vague || !isStrongMatch(m) || usableSource(m.fact) === null) return false;
    const said = m.fact.text.toLowerCase();
    return said.includes(cue) && said.includes(src);
  });
}

const SPEECH_CUE = /\b(?:say|said|tell|told|according|report|announc|stat|wr[io]te|written|tweet|post|claim|add|note|explain|insist|argu|warn|confirm|den[iy]|testif|quot|cit)/i;
