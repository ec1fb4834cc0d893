// Scores a claim against indexed facts: shared figures weigh most, then names, then content words.
import { sameFigure } from '../numbers';
import { FactMatch, NumberComparison, NumberMention, ReferenceFact } from '../types';
import { FactIndex, IndexedFact, numberKey } from './index';
import { filterList } from '../lists';

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
  const kinOf = (d: NumberMention) => filterList(ref, (r) => r.kind === d.kind || (d.kind === 'vague-quantity') !== (r.kind === 'vague-quantity') && isCountish(d) && isCountish(r));
  let unmatched: NumberMention[] | null = null;
  for (const d of draft) {
    const equal = kinOf(d).find((r) => sameFigure(d, r));
    if (equal) same.push({ draft: d, reference: equal });
    else (unmatched ??= []).push(d);
  }
  if (unmatched === null) return { same, different };
  for (const d of unmatched) {
    // A contradiction needs two precise-enough figures that count the same thing.
    if (d.kind === 'vague-quantity') continue;
    // A reference figure another draft figure restates is not this one's counterpart: "dropped 5.2
    // percentage points to 37.0%" against "... 5.2 percentage points to 39.0%" pairs 37.0 with 39.0.
    // Only a distinctive restatement counts: two statements share a "5 percent" by chance.
    const precise = filterList(kinOf(d), (r) => r.kind === d.kind && !same.some((x) => x.reference === r && distinctive(x.draft)));
    // "200 people were injured" does not contradict "6,000 people were detained".
    const sameNoun = d.noun ? filterList(precise, (r) => r.noun === d.noun && samePredicate(d, r)) : [];
    if (sameNoun.length === 1) different.push({ draft: d, reference: sameNoun[0] });
    else if (sameNoun.length === 0 && precise.length === 1 && (!d.noun || !precise[0].noun)) different.push({ draft: d, reference: precise[0] });
  }
  return { same, different: different.length === 0 ? different : oneToOne(filterList(different, comparable)) };
}

/**
 * A reference figure is the counterpart of one draft figure at most: of the draft's "121 cases this
 * year, compared with 64 last year" against a fact that kept only "112 cases this year", 121 differs
 * and 64 is about something else. Of several draft figures paired with one, the nearest in value
 * keeps it (a reference figure the draft restates was never offered, see compareNumbers).
 */
function oneToOne(different: NumberComparison[]): NumberComparison[] {
  return filterList(
    different,
    (c) => !different.some((o) => o !== c && o.reference === c.reference && (distance(o) < distance(c) || (distance(o) === distance(c) && o.draft.start < c.draft.start))),
  );
}

/**
 * A figure unlikely to be restated by chance: with decimals or three digits ("5.2 percentage
 * points", "112"), not "5 percent" or "40", which unrelated statements share.
 */
export function distinctive(n: NumberMention): boolean {
  return /\d[.,]\d/.test(n.text) || Math.abs(n.value) >= 100;
}

/**
 * Figures within a hundredfold of each other: a slip of a digit or a zero is a contradiction,
 * "Two" against "20 million" counts something else.
 */
function comparable(c: NumberComparison): boolean {
  const a = Math.abs(c.draft.value);
  const b = Math.abs(c.reference.value);
  return Math.max(a, b) <= 100 * Math.max(Math.min(a, b), 1e-9);
}

/** How far apart the two figures of a comparison are, relative to the larger. */
function distance(c: NumberComparison): number {
  const a = Math.abs(c.draft.value);
  const b = Math.abs(c.reference.value);
  return Math.abs(a - b) / Math.max(a, b, 1e-9);
}

/** Both figures say the same thing happened, or one of them does not say (compared by a short prefix: "detain" / "detained"). */
function samePredicate(a: NumberMention, b: NumberMention): boolean {
  if (!a.predicate || !b.predicate) return true;
  const n = Math.min(5, a.predicate.length, b.predicate.length);
  return a.predicate.slice(0, n) === b.predicate.slice(0, n);
}

function isCountish(n: NumberMention): boolean {
  return n.kind === 'count' || n.kind === 'vague-quantity';
}

/** A claim's features, prepared once for scoring against many facts. */
export interface PreparedClaim {
  stats: NumberMention[];
  entitySet: Set<string>;
  termList: string[];
  total: number;
}

export function prepareClaim(claim: ClaimFeatures): PreparedClaim {
  const stats = filterList(claim.numbers, (n) => n.isStatistic);
  const entitySet = new Set(claim.entityTokens);
  const termList = filterList(claim.terms, (t) => !entitySet.has(t));
  const total = W_SAME_NUMBER * stats.length + W_ENTITY * entitySet.size + W_TERM * termList.length;
  return { stats, entitySet, termList, total };
}

/** The keys a fact must share with the claim to be a candidate (see FactIndex.candidates). */
export function probeKeys(p: PreparedClaim): string[] {
  const keys: string[] = [];
  for (const t of p.entitySet) keys.push(`e:${t}`, `t:${t}`);
  for (const t of p.termList) keys.push(`t:${t}`, `e:${t}`);
  for (const n of p.stats) keys.push(`n:${numberKey(n)}`);
  return keys;
}

/** Scores one fact; null when it is below the threshold or shares too little. `fact` is the one the match names. */
export function scoreFact(p: PreparedClaim, entry: IndexedFact, minScore: number, fact: ReferenceFact = entry.fact): FactMatch | null {
  const compared = compareNumbers(p.stats, entry.numbers);
  const different = compared.different;
  let got = W_RELATED_NUMBER * different.length;
  let words = 0;
  for (const t of p.entitySet) {
    if (entry.entityTokens.has(t) || entry.terms.has(t)) {
      got += W_ENTITY;
      words++;
    }
  }
  for (const t of p.termList) {
    if (entry.terms.has(t) || entry.entityTokens.has(t)) {
      got += W_TERM;
      words++;
    }
  }
  // A rounded figure ("6%" for "6.09%") is weaker evidence than the same figure: it restates the
  // fact's only when the two count the same thing or share more than one word besides. Otherwise
  // "The average price cut was 6%" would be credited to whoever gave the 6.09% mortgage rate.
  const same = words >= 2 ? compared.same : filterList(compared.same, (x) => x.draft.value === x.reference.value || (!!x.draft.noun && x.draft.noun === x.reference.noun));
  got += W_SAME_NUMBER * same.length;
  const evidence = same.length + words;
  // One shared word is chance; a shared figure or two shared words are a lead.
  if (evidence < 2 && same.length === 0) return null;
  const score = Math.min(1, got / p.total);
  if (score < minScore) return null;
  return { fact, score: Math.round(score * 1000) / 1000, sameNumbers: same, differentNumbers: different };
}

/** localeCompare(), skipped for equal paths (all draft facts have none): it is slow even on two empty strings. */
function comparePaths(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

/**
 * Best first; ties broken by content, so the order never depends on how the index was built. (The
 * statement with fewer words first among equals was tried: it credited "Most speakers opposed the
 * tax increase." to the clerk's statement of those words rather than to her lede, but against a
 * pile of unrelated articles it put short, general statements first, and three more sentences were
 * read as restatements of them.)
 */
export function byScore(a: FactMatch, b: FactMatch): number {
  const fa = a.fact;
  const fb = b.fact;
  return (
    b.score - a.score ||
    comparePaths(fa.path ?? '', fb.path ?? '') ||
    fa.start - fb.start ||
    fa.end - fb.end ||
    (fa.text < fb.text ? -1 : fa.text > fb.text ? 1 : 0) ||
    (fa.cue < fb.cue ? -1 : fa.cue > fb.cue ? 1 : 0)
  );
}

/** The best facts for a claim, highest score first, above the threshold. */
export function matchClaim(index: FactIndex, claim: ClaimFeatures, options: MatchOptions = {}): FactMatch[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const maxMatches = options.maxMatches ?? DEFAULT_MAX_MATCHES;
  const p = prepareClaim(claim);
  if (p.total === 0 || index.size === 0) return [];
  const scored: FactMatch[] = [];
  for (const i of index.candidates(p.entitySet, p.termList, p.stats)) {
    const entry = index.entries[i];
    if (options.exclude?.(entry)) continue;
    const m = scoreFact(p, entry, minScore);
    if (m) scored.push(m);
  }
  scored.sort(byScore);
  return scored.slice(0, maxMatches);
}
