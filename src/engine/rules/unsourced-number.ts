// unsourced-number: a statistic in a sentence no one is credited for. The range is the figure.
import { attributionFixes, midSentence, usableSource } from '../fixes';
import { contradicting } from './number-mismatch';
import { factLocation, RawFinding, RuleContext, RuleDefinition, sourceHint } from './rule';
import { agreeing, isStrongMatch } from './matchStrength';
import type { FactMatch, NumberMention } from '../types';
import { mapList, filterList } from '../lists';
import type { ClaimInfo } from '../claims';

export const unsourcedNumber: RuleDefinition = {
  id: 'unsourced-number',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A statistic (count, percentage, money, measure, "dozens") with no source.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      const c = info.claim;
      if (c.status === 'unsourced' && c.kinds.includes('statistic')) figureFindings(ctx, info, out);
    }
    return out;
  },
};

// Apart from the loop over all claims: V8 then compiles the loop and this rarer work separately.
/** The findings for the statistics of one unsourced claim, pushed to `out`. */
function figureFindings(ctx: RuleContext, info: ClaimInfo, out: RawFinding[]): void {
  const c = info.claim;
  const matches = agreeing(ctx.matches(info), c.text);
  const sentence = { start: c.start, end: c.end };
  // Figures of one sentence share its fixes: build them once per set of facts.
  const fixesFor = new Map<string, ReturnType<typeof attributionFixes>>();
  for (const n of c.numbers) {
    if (!n.isStatistic) continue;
    // A figure inside a quote is the speaker's: unattributed-quote covers a quote with no speaker.
    if (info.quotes.some((q) => q.start <= n.start && n.end <= q.end)) continue;
    // Prefer facts that state this very figure (and say it happened, as the draft does).
    const own = filterList(matches, (m) => isStrongMatch(m, n));
    const refs = own.length > 0 ? own : matches;
    // Only a fact that states the figure may be written in by fix-all; related facts are offered.
    const stated = own.length > 0;
    const key = (stated ? 'own\u0000' : 'related\u0000') + mapList(refs, (m) => m.fact.id).join('\u0000');
    let fixes = fixesFor.get(key);
    if (!fixes) fixesFor.set(key, (fixes = attributionFixes(ctx.text, sentence, refs, ctx.isName, false, ctx.isTableRowSentence(c.sentence), () => stated)));
    out.push({
      rule: 'unsourced-number',
      message: `No source for ${n.text}. ${figureHint(n, own, matches)}`,
      start: n.start,
      end: n.end,
      sentence,
      references: refs,
      fixes,
    });
  }
}

/**
 * Where a source for figure `n` could come from: the facts that state it, else one that contradicts
 * it (number-mismatch's case, when that rule is off), else a related fact's other figure for it,
 * else related facts, which are not said to report it.
 */
function figureHint(n: NumberMention, own: readonly FactMatch[], matches: readonly FactMatch[]): string {
  if (own.length > 0) return sourceHint(own);
  const hit = contradicting(matches, n);
  const src = hit ? usableSource(hit.fact) : null;
  if (hit && src) {
    const pair = hit.differentNumbers.find((p) => p.draft === n)!;
    const whose = hit.fact.path ? 'The reference article' : 'This draft';
    return `${whose} gives ${midSentence(pair.reference.text)} instead, attributed to ${src} (${factLocation(hit.fact)}).`;
  }
  // A related fact with another figure of the same thing ("81% of the vote" against "80.1% of the
  // vote"), too loosely matched to call it a contradiction: name its figure, let the writer judge.
  for (const m of matches) {
    const pair = m.differentNumbers.find((p) => p.draft === n && !!n.noun && p.reference.noun === n.noun);
    if (!pair) continue;
    const by = usableSource(m.fact);
    return `A related statement (${factLocation(m.fact)})${by ? `, attributed to ${by},` : ''} gives ${midSentence(pair.reference.text)}; check which figure is right.`;
  }
  return sourceHint(matches, true);
}
