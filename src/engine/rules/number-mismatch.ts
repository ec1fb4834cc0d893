// number-mismatch: a claim matches a reference fact about the same thing, but its figure differs.
import { figureAndSourceFixes, midSentence, referenceFigureFix, usableSource } from '../fixes';
import type { FactMatch, NumberMention, ReferenceFact } from '../types';
import { figureFeatures } from '../facts/figureClause';
import { entityTokensOf } from '../facts/index';
import type { ClaimFeatures } from '../facts/match';
import { factLocation, RawFinding, RuleContext, RuleDefinition } from './rule';
import { mapList, filterList } from '../lists';
import type { ClaimInfo } from '../claims';
import { contradictingDetail, detailClause, detailsOf, isCalendar, loneDetails, mayHoldDetail } from '../facts/details';

/** A match strong enough to call a differing figure a contradiction rather than another topic. */
const MIN_MISMATCH_SCORE = 0.45;
/**
 * The same for a match of the figure's clause alone (figureClause.ts): a clause has few words, so
 * two of them in common weigh more there, and the bar is higher.
 */
const MIN_CLAUSE_MISMATCH_SCORE = 0.65;

export const numberMismatch: RuleDefinition = {
  id: 'number-mismatch',
  // A figure contradicting the reference is a correction waiting to happen: the CLI fails on it.
  defaultSeverity: 'error',
  perClaim: true,
  description: 'A figure that differs from the matching reference fact.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      if (info.claim.numbers.length > 0) mismatchFindings(ctx, info, out);
      detailFindings(ctx, info, out);
    }
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
 * The best reference fact that gives another figure for `n` when only n's clause is matched, unless
 * some fact matched so confirms n. Only reference articles: a draft restates its own figures in
 * other words, and the whole-sentence match already covers the draft's facts. A clause has few
 * words, so more is asked of the match: the two figures count the same thing, two more words are
 * shared, and a claim that names its source names the fact's (two polls may well differ).
 */
function contradictingClause(ctx: RuleContext, info: ClaimInfo, n: NumberMention): FactMatch | undefined {
  const matches = ctx.figureMatches(info, n);
  if (matches.some((m) => m.sameNumbers.length > 0)) return undefined;
  const claimSource = info.claim.attribution?.source?.text ?? null;
  // The clause's words, worked out for the first candidate that gets this far and kept.
  let clause: ClaimFeatures | null = null;
  return matches.find((m) => {
    if (m.score < MIN_CLAUSE_MISMATCH_SCORE || m.fact.vague || m.fact.path === null) return false;
    const pair = m.differentNumbers.find((p) => p.draft === n);
    if (!pair || !sameUnitOrNoun(pair.draft, pair.reference)) return false;
    if (claimSource !== null && m.fact.source !== null && !sameSource(claimSource, m.fact.source)) return false;
    clause ??= figureFeatures(ctx.text, info, n);
    return sharedWords(clause, m.fact, n) >= 2;
  });
}

/**
 * Whether two figures say what they count and it is the same: "1,800 firefighters" and "1,600
 * firefighters", "41,000 acres" and "39,500 acres". A clause of few words matches a fact on a name
 * or two ("Clinton leads Trump by 43 percent"), so a bare share or sum is no contradiction there.
 */
function sameUnitOrNoun(a: NumberMention, b: NumberMention): boolean {
  if (countSameThing(a, b)) return true;
  return a.kind === 'measure' && b.kind === 'measure' && unitWord(a.text) !== '' && unitWord(a.text) === unitWord(b.text);
}

/** Words of a figure's clause that the fact has too, other than what the figure counts ("acres"). */
function sharedWords(clause: ClaimFeatures, fact: ReferenceFact, n: NumberMention): number {
  const counted = n.noun ?? (n.kind === 'measure' ? unitWord(n.text) : '');
  const factWords = new Set([...fact.terms, ...entityTokensOf(fact.entities)]);
  let shared = 0;
  for (const w of [...clause.entityTokens, ...clause.terms]) if (factWords.has(w) && !(counted !== '' && counted.startsWith(w))) shared++;
  return shared;
}

/**
 * Whether two sources as written are the same one: half the words of the shorter are in the other
 * ("the forestry department" and "the state Department of Forestry and Fire Protection"; not "a
 * Washington Post-ABC News survey" and "an NBC News/Wall Street Journal poll").
 */
function sameSource(a: string, b: string): boolean {
  const wa = sourceWords(a);
  const wb = sourceWords(b);
  if (wa.size === 0 || wb.size === 0) return true;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared * 2 >= Math.min(wa.size, wb.size);
}

const SOURCE_FILLERS = new Set(['the', 'and', 'for', 'its', 'his', 'her', 'their', 'from', 'with']);

function sourceWords(s: string): Set<string> {
  return new Set(filterList(s.toLowerCase().split(/[^\p{L}\p{N}]+/u), (w) => w.length >= 3 && !SOURCE_FILLERS.has(w)));
}

/** The unit a measure ends with, lower-cased ("acres" in "41,000 acres"), or ''. */
function unitWord(text: string): string {
  const m = /\p{L}+$/u.exec(text);
  return m ? m[0].toLowerCase() : '';
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
    // A figure some matching fact confirms is not contradicted by another; but "four epidemiologists"
    // does not confirm "four deaths".
    if (matches.some((m) => m.sameNumbers.some((p) => p.draft === n && !(n.noun && p.reference.noun && n.noun !== p.reference.noun)))) continue;
    const hit = contradicting(matches, n) ?? contradictingClause(ctx, info, n);
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

/**
 * The findings for the ages, durations and days of one claim (facts/details.ts) that a reference
 * article gives otherwise: "a 36-year-old man" where the police said 34, "eight years in prison"
 * for six, "voted on Tuesday" for Monday.
 */
function detailFindings(ctx: RuleContext, info: ClaimInfo, out: RawFinding[]): void {
  const c = info.claim;
  const matches = ctx.matches(info);
  // The matches first: without references (and on most keystrokes) they settle it at no cost.
  if (!matches.some((m) => m.fact.path !== null && m.score >= MIN_MISMATCH_SCORE) || !mayHoldDetail(c.text)) return;
  for (const d of loneDetails(detailsOf(ctx.text, c.start, c.end))) {
    const hit = contradictingDetail(ctx.text, detailClause(ctx.text, c.start, c.end, d), d, matches, (m) => m.score >= MIN_MISMATCH_SCORE);
    if (!hit) continue;
    const fact = hit.match.fact;
    const src = usableSource(fact);
    out.push({
      rule: 'number-mismatch',
      message: `${d.shown} differs from the reference ${isCalendar(d) ? `day, ${hit.reference.shown}` : `figure ${midSentence(hit.reference.shown)}`} (${src ? `${src}, ` : ''}${factLocation(fact)}).`,
      start: d.n.start,
      end: d.n.end,
      sentence: { start: c.start, end: c.end },
      // The hover shows the pair beside the fact, as it does a differing statistic.
      references: [
        { ...hit.match, differentNumbers: [{ draft: d.n, reference: hit.inArticle }, ...hit.match.differentNumbers] },
        ...filterList(matches, (m) => m !== hit.match),
      ],
      fixes: [referenceFigureFix(ctx.text, d.n, hit.reference.n, fact)],
    });
  }
}
