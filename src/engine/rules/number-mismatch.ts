// number-mismatch: a claim matches a reference fact about the same thing, but its figure differs.
import { figureAndSourceFixes, midSentence, referenceFigureFix, usableSource } from '../fixes';
import type { FactMatch, NumberMention } from '../types';
import { factLocation, RawFinding, RuleContext, RuleDefinition } from './rule';
import { mapList, filterList } from '../lists';
import type { ClaimInfo } from '../claims';

/** A match strong enough to call a differing figure a contradiction rather than another topic. */
const MIN_MISMATCH_SCORE = 0.45;

export const numberMismatch: RuleDefinition = {
  id: 'number-mismatch',
  // A figure contradicting the reference is a correction waiting to happen: the CLI fails on it.
  defaultSeverity: 'error',
  perClaim: true,
  description: 'A figure that differs from the matching reference fact.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) if (info.claim.numbers.length > 0) mismatchFindings(ctx, info, out);
    return out;
  },
};

/**
 * The best match that gives another figure for `n` and is close enough to contradict it. A vague
 * fact cannot contradict anything; a figure from elsewhere in the draft may.
 */
export function contradicting(matches: readonly FactMatch[], n: NumberMention): FactMatch | undefined {
  return matches.find((m) => m.score >= MIN_MISMATCH_SCORE && !m.fact.vague && m.differentNumbers.some((p) => p.draft === n && (m.fact.path !== null || countSameThing(p.draft, p.reference))));
}

/**
 * Whether two figures name what they count, and it is the same ("6,000 people" and "7,000 people").
 * A figure from elsewhere in the draft contradicts only then: a draft gives figures of many things,
 * and one of unknown noun is no correction ("rated 4 on a 9-point scale" against "four trains an
 * hour"); a reference article matched to the claim is about the same thing, so there the pairing
 * of the figure comparison is trusted as it is.
 */
function countSameThing(a: NumberMention, b: NumberMention): boolean {
  return a.noun !== undefined && a.noun === b.noun;
}

// Apart from the loop over all claims: V8 then compiles the loop and this rarer work separately.
/** The findings for the figures of one claim that a matching fact contradicts, pushed to `out`. */
function mismatchFindings(ctx: RuleContext, info: ClaimInfo, out: RawFinding[]): void {
  const c = info.claim;
  const matches = ctx.matches(info);
  for (const n of c.numbers) {
    if (!n.isStatistic) continue;
    // A figure some matching fact confirms is not contradicted by another.
    if (matches.some((m) => m.sameNumbers.some((p) => p.draft === n))) continue;
    const hit = contradicting(matches, n);
    if (!hit) continue;
    const pair = hit.differentNumbers.find((p) => p.draft === n)!;
    const src = usableSource(hit.fact);
    const who = src ? `${src}, ` : '';
    // In a sentence with no source this finding stands in for unsourced-number (see supersede.ts),
    // so it offers the attribution too, always with the reference figure.
    const inQuote = info.quotes.some((q) => q.start <= n.start && n.end <= q.end);
    const unsourced = c.status === 'unsourced' && !inQuote;
    const sentence = { start: c.start, end: c.end };
    // Fix-all takes the figure of a reference article, never one from the draft itself.
    const fromArticle = hit.fact.path !== null;
    const both = unsourced ? figureAndSourceFixes(ctx.text, sentence, n, pair.reference, hit, ctx.isName) : [];
    const bothPreferred = both.some((f) => f.preferred);
    const figureOnly = referenceFigureFix(ctx.text, n, pair.reference, hit.fact);
    out.push({
      rule: 'number-mismatch',
      message: `${n.text} differs from the reference figure ${midSentence(pair.reference.text)} (${who}${factLocation(hit.fact)}).${unsourced ? ' The sentence names no source.' : ''}`,
      start: n.start,
      end: n.end,
      sentence,
      references: [hit, ...filterList(matches, (m) => m !== hit)],
      fixes: [
        ...mapList(both, (f) => ({ ...f, preferred: f.preferred && fromArticle })),
        { ...figureOnly, preferred: fromArticle && !bothPreferred },
      ],
    });
  }
}
