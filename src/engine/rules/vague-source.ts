// vague-source: an anonymous or vague attribution ("officials said", "reportedly"), unless the source is trusted.
import { usableSource } from '../fixes';
import { excerpt, factLocation, RawFinding, RuleContext, RuleDefinition } from './rule';
import { mapList, filterList } from '../lists';
import type { ClaimInfo } from '../claims';
import type { Attribution } from '../types';
import { isAgentlessEstimate } from '../attribution/classify';

export const vagueSource: RuleDefinition = {
  id: 'vague-source',
  defaultSeverity: 'info',
  description: 'An anonymous or vague source ("officials said", "sources say", "reportedly").',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const trusted = filterList(mapList(ctx.trustedSources, (t) => t.toLowerCase()), Boolean);
    // The first claim of each sentence, looked up once (a find per attribution is quadratic on big drafts).
    const claimOf = new Map<number, (typeof ctx.claims)[number]>();
    for (const c of ctx.claims) if (!claimOf.has(c.claim.sentence)) claimOf.set(c.claim.sentence, c);
    for (const a of ctx.attributions) {
      if (!a.vague) continue;
      if (a.source && trusted.some((t) => a.source!.text.toLowerCase().includes(t))) continue;
      if (ctx.ignoreHeadlines && ctx.isHeadlineSentence(a.sentence)) continue;
      const info = claimOf.get(a.sentence);
      // "is expected to" with no one behind it, in a sentence a named source already speaks for
      // ("The plant is expected to open in May, the company said"): nothing more to name.
      if (info?.claim.status === 'sourced' && isAgentlessEstimate(a)) continue;
      if (reportsNone(ctx.text, a)) continue;
      out.push(vagueFinding(ctx, a, info));
    }
    return out;
  },
};

/**
 * "No deaths have been reported.", "No injuries were reported", "No one was reported hurt": the
 * formula of breaking news for what no one has reported; there is no source to name.
 */
function reportsNone(text: string, a: Attribution): boolean {
  if (a.source || !NONE_CUE.test(a.cue.text)) return false;
  return NONE_BEFORE.test(text.slice(Math.max(0, a.cue.start - 80), a.cue.start));
}
const NONE_CUE = /^(?:was|were|has been|have been|had been)\s+reported$/i;
const NONE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:No|no)\s+(?:[\w'’-]+\s+){0,2}$/;

function sameSource(a: string | null, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

// Apart from the loop over all attributions: V8 then compiles the loop and this rarer work separately.
/** The finding for a vague attribution; `info` is the first claim of its sentence. */
function vagueFinding(ctx: RuleContext, a: Attribution, info: ClaimInfo | undefined): RawFinding {
  // Cover "officials said" as one phrase when source and cue sit close together.
  let start = a.cue.start;
  let end = a.cue.end;
  // (The gap between them, on either side: a long source right after "according to" is still close.)
  if (a.source && Math.max(a.source.start - a.cue.end, a.cue.start - a.source.end) < 40) {
    start = Math.min(start, a.source.start);
    end = Math.max(end, a.source.end);
  }
  // Only a named source is worth pointing to ("Federal officials" is as vague as "U.S. officials").
  const matches = info ? filterList(ctx.matches(info), (m) => !m.fact.vague && usableSource(m.fact) && !sameSource(m.fact.source, a.source?.text)) : [];
  const whose = matches[0]?.fact.path ? 'The reference article' : 'This draft';
  const named = matches[0] ? ` ${whose} names ${usableSource(matches[0].fact)} (${factLocation(matches[0].fact)}).` : '';
  return {
    rule: 'vague-source',
    message: `Vague source "${excerpt(ctx.text.slice(start, end), 70)}": name the person or organisation.${named}`,
    start,
    end,
    sentence: info ? { start: info.claim.start, end: info.claim.end } : { start, end },
    references: matches,
    fixes: [],
  };
}
