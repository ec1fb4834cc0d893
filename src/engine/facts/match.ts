// Scores a claim against indexed facts: shared figures weigh most, then names, then content words.
import { sameFigure } from '../numbers';
import { FactMatch, NumberComparison, NumberMention } from '../types';
import { FactIndex, IndexedFact } from './index';

export const DEFAULT_MIN_SCORE = 0.35;
export const DEFAULT_MAX_MATCHES = 3;

const W_SAME_NUMBER = 3;
const W_RELATED_NUMBER = 1.5;
const W_ENTITY = 2;
const W_TERM = 1;

export interface ClaimFeatures {
  numbers: readonly NumberMention[];
  entityTokens: readonly string[];
  terms: readonly string[];
}

export interface MatchOptions {
  minScore?: number;
  maxMatches?: number;
  /** Facts never to match (the claim's own sentence, when the draft is indexed too). */
  exclude?: (fact: IndexedFact) => boolean;
}

/** Pairs each draft figure with the reference figure it restates or contradicts. */
export function compareNumbers(draft: readonly NumberMention[], ref: readonly NumberMention[]): { same: NumberComparison[]; different: NumberComparison[] } {
  const same: NumberComparison[] = [];
  const different: NumberComparison[] = [];
  for (const d of draft) {
    const kin = ref.filter((r) => r.kind === d.kind || (d.kind === 'vague-quantity') !== (r.kind === 'vague-quantity') && isCountish(d) && isCountish(r));
    const equal = kin.find((r) => sameFigure(d, r));
    if (equal) {
      same.push({ draft: d, reference: equal });
      continue;
    }
    // A contradiction needs two precise-enough figures that count the same thing.
    if (d.kind === 'vague-quantity') continue;
    const precise = kin.filter((r) => r.kind === d.kind);
    const sameNoun = d.noun ? precise.filter((r) => r.noun === d.noun) : [];
    if (sameNoun.length === 1) different.push({ draft: d, reference: sameNoun[0] });
    else if (sameNoun.length === 0 && precise.length === 1 && (!d.noun || !precise[0].noun)) different.push({ draft: d, reference: precise[0] });
  }
  return { same, different };
}

function isCountish(n: NumberMention): boolean {
  return n.kind === 'count' || n.kind === 'vague-quantity';
}

/** The best facts for a claim, highest score first, above the threshold. */
export function matchClaim(index: FactIndex, claim: ClaimFeatures, options: MatchOptions = {}): FactMatch[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const maxMatches = options.maxMatches ?? DEFAULT_MAX_MATCHES;
  const stats = claim.numbers.filter((n) => n.isStatistic);
  const entitySet = new Set(claim.entityTokens);
  const termList = claim.terms.filter((t) => !entitySet.has(t));
  const total = W_SAME_NUMBER * stats.length + W_ENTITY * entitySet.size + W_TERM * termList.length;
  if (total === 0 || index.size === 0) return [];
  const scored: FactMatch[] = [];
  for (const i of index.candidates(entitySet, termList, stats)) {
    const entry = index.entries[i];
    if (options.exclude?.(entry)) continue;
    const { same, different } = compareNumbers(stats, entry.numbers);
    let got = W_SAME_NUMBER * same.length + W_RELATED_NUMBER * different.length;
    let evidence = same.length;
    for (const t of entitySet) {
      if (entry.entityTokens.has(t) || entry.terms.has(t)) {
        got += W_ENTITY;
        evidence++;
      }
    }
    for (const t of termList) {
      if (entry.terms.has(t) || entry.entityTokens.has(t)) {
        got += W_TERM;
        evidence++;
      }
    }
    // One shared word is chance; a shared figure or two shared words are a lead.
    if (evidence < 2 && same.length === 0) continue;
    const score = Math.min(1, got / total);
    if (score < minScore) continue;
    scored.push({ fact: entry.fact, score: Math.round(score * 1000) / 1000, sameNumbers: same, differentNumbers: different });
  }
  scored.sort((a, b) => b.score - a.score || (a.fact.path ?? '').localeCompare(b.fact.path ?? '') || a.fact.start - b.fact.start);
  return scored.slice(0, maxMatches);
}
