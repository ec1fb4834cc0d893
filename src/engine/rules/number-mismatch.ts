// number-mismatch: a claim matches a reference fact about the same thing, but its figure differs.
import { referenceFigureFix, usableSource } from '../fixes';
import { FactMatch } from '../types';
import { factLocation, RawFinding, RuleContext, RuleDefinition } from './rule';

/** A match strong enough to call a differing figure a contradiction rather than another topic. */
const MIN_MISMATCH_SCORE = 0.45;

export const numberMismatch: RuleDefinition = {
  id: 'number-mismatch',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A figure that differs from the matching reference fact.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      const c = info.claim;
      if (c.numbers.length === 0) continue;
      const matches = ctx.matches(info);
      for (const n of c.numbers) {
        if (!n.isStatistic) continue;
        // A figure some matching fact confirms is not contradicted by another.
        if (matches.some((m) => m.sameNumbers.some((p) => p.draft === n))) continue;
        // A vague fact cannot contradict anything; a figure from elsewhere in the draft may.
        const hit = matches.find((m: FactMatch) => m.score >= MIN_MISMATCH_SCORE && !m.fact.vague && m.differentNumbers.some((p) => p.draft === n));
        if (!hit) continue;
        const pair = hit.differentNumbers.find((p) => p.draft === n)!;
        const src = usableSource(hit.fact);
        const who = src ? `${src}, ` : '';
        // "About 1,800" opened the reference's sentence; mid-message it reads "about 1,800".
        const figure = pair.reference.text.replace(/^(\p{Lu})(\p{Ll})/u, (_, a: string, b: string) => a.toLowerCase() + b);
        out.push({
          rule: 'number-mismatch',
          message: `${n.text} differs from the reference figure ${figure} (${who}${factLocation(hit.fact)}).`,
          start: n.start,
          end: n.end,
          sentence: { start: c.start, end: c.end },
          references: [hit, ...matches.filter((m) => m !== hit)],
          // Fix-all takes the figure of a reference article, never one from the draft itself.
          fixes: [{ ...referenceFigureFix(ctx.text, n, pair.reference, hit.fact), preferred: hit.fact.path !== null }],
        });
      }
    }
    return out;
  },
};
