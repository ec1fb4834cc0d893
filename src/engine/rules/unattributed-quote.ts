// unattributed-quote: a direct quote whose speaker is not named in its sentence or the one it continues.
import { attributionFixes } from '../fixes';
import { excerpt, RawFinding, RuleContext, RuleDefinition, sourceHint } from './rule';
import type { ClaimInfo } from '../claims';

export const unattributedQuote: RuleDefinition = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A direct quote with no speaker.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      const c = info.claim;
      if (c.status === 'unsourced' && c.kinds.includes('quote') && info.quotes.length > 0) out.push(quoteFinding(ctx, info));
    }
    return out;
  },
};

// Apart from the loop over all claims: V8 then compiles the loop and this rarer work separately.
/** The finding for the first quote of an unsourced claim. */
function quoteFinding(ctx: RuleContext, info: ClaimInfo): RawFinding {
  const c = info.claim;
  const matches = ctx.matches(info);
  const q = info.quotes[0];
  const sentence = { start: c.start, end: c.end };
  return {
    rule: 'unattributed-quote',
    message: `No speaker for the quote "${excerpt(ctx.text.slice(q.start, q.end).replace(/^["“«„]|["”»]$/g, '').replace(/[,.]$/, ''), 40)}". ${sourceHint(matches)}`,
    start: q.start,
    end: q.end,
    sentence,
    references: matches,
    fixes: attributionFixes(ctx.text, sentence, matches, ctx.isName, true),
  };
}
