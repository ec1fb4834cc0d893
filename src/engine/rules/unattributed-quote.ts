// unattributed-quote: a direct quote whose speaker is not named in its sentence or the one it continues.
import { attributionFixes } from '../fixes';
import { claimHint, excerpt, RawFinding, RuleContext, RuleDefinition } from './rule';
import { agreeing, isStrongMatch } from './matchStrength';
import type { ClaimInfo } from '../claims';
import { filterList, mapList } from '../lists';

export const unattributedQuote: RuleDefinition = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A direct quote with no speaker.',
  check(ctx: RuleContext): RawFinding[] {
    // The loops run in the shared list helpers, which V8 has long compiled; this per-document code
    // and the rarely needed quoteFinding() then never make it compile a large function of its own.
    return mapList(filterList(ctx.claims, isUnsourcedQuote), (info) => quoteFinding(ctx, info));
  },
};

function isUnsourcedQuote(info: ClaimInfo): boolean {
  const c = info.claim;
  return c.status === 'unsourced' && c.kinds.includes('quote') && info.quotes.length > 0;
}

/** The finding for the first quote of an unsourced claim. */
function quoteFinding(ctx: RuleContext, info: ClaimInfo): RawFinding {
  const c = info.claim;
  const matches = agreeing(ctx.matches(info), c.text);
  const q = info.quotes[0];
  const sentence = { start: c.start, end: c.end };
  return {
    rule: 'unattributed-quote',
    message: `No speaker for the quote "${excerpt(ctx.text.slice(q.start, q.end).replace(/^["“«„]|["”»]$/g, '').replace(/[,.]$/, ''), 40)}". ${claimHint(matches, 'quote')}`,
    start: q.start,
    end: q.end,
    sentence,
    references: matches,
    fixes: attributionFixes(ctx.text, sentence, matches, ctx.isName, true, ctx.isTableRowSentence(c.sentence), (m) => isStrongMatch(m)),
  };
}
