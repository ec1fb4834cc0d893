// unattributed-claim: a sentence reporting an event involving named people or organisations, with no
// attribution. Sentences already reported by unsourced-number or unattributed-quote are left to them.
import { attributionFixes } from '../fixes';
import { claimHint, RawFinding, RuleContext, RuleDefinition } from './rule';
import { agreeing, isStrongMatch } from './matchStrength';

export const unattributedClaim: RuleDefinition = {
  id: 'unattributed-claim',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A factual claim about named people or organisations with no attribution.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      const c = info.claim;
      if (c.status !== 'unsourced') continue;
      const coveredByNumber = ctx.enabled('unsourced-number') && c.kinds.includes('statistic') && c.numbers.length > 0;
      const coveredByQuote = ctx.enabled('unattributed-quote') && c.kinds.includes('quote') && info.quotes.length > 0;
      if (coveredByNumber || coveredByQuote) continue;
      if (c.kinds.length === 0) continue;
      // A fact that says the opposite ("has not doubled" against "has doubled") is no source for it.
      const matches = agreeing(ctx.matches(info), c.text);
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
