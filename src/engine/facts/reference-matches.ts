// Claims matched against the reference articles, cached per reference set: the same sentence with
// the same names always matches the same facts, so re-analysing after an edit re-matches only the
// sentences that changed.
import { ClaimInfo, claimTerms } from '../claims';
import { LruCache } from '../lru';
import { FactMatch, NumberMention, ReferenceFact } from '../types';
import { figureFeatures } from './figureClause';
import { matchClaim } from './match';
import { ReferenceSet } from './references';
import { mapList } from '../lists';
import { detached } from '../text';

/** Reference matches stored by figure position instead of offsets, so they survive edits elsewhere. */
interface StoredMatch {
  fact: ReferenceFact;
  score: number;
  same: Array<[number, NumberMention]>;
  different: Array<[number, NumberMention]>;
}

const referenceMatchCaches = new WeakMap<ReferenceSet, Map<string, LruCache<StoredMatch[]>>>();

export function referenceMatchCache(refs: ReferenceSet, minScore: number, maxMatches: number): LruCache<StoredMatch[]> {
  let byOptions = referenceMatchCaches.get(refs);
  if (!byOptions) {
    byOptions = new Map();
    referenceMatchCaches.set(refs, byOptions);
  }
  const key = `${minScore}/${maxMatches}`;
  let cache = byOptions.get(key);
  if (!cache) {
    cache = new LruCache<StoredMatch[]>(20_000);
    byOptions.set(key, cache);
  }
  return cache;
}

/** Matches against the references; the same sentence with the same names always matches the same. */
export function cachedReferenceMatches(cache: LruCache<StoredMatch[]>, refs: ReferenceSet, info: ClaimInfo, minScore: number, maxMatches: number): FactMatch[] {
  const c = info.claim;
  const key = `${c.numbers.length}\u0001${info.entityTokens.join(' ')}\u0001${c.text}`;
  return cached(cache, key, c.numbers, () => matchClaim(refs.index, { numbers: c.numbers, entityTokens: info.entityTokens, terms: claimTerms(info) }, { minScore, maxMatches }));
}

/** Matches of the clause that holds figure n of a claim (figureClause.ts), cached as the claim's are. */
export function cachedFigureMatches(cache: LruCache<StoredMatch[]>, refs: ReferenceSet, text: string, info: ClaimInfo, n: NumberMention, minScore: number, maxMatches: number): FactMatch[] {
  const c = info.claim;
  // The figure's place in the sentence, not in the document: an edit elsewhere keeps the entry.
  const key = `figure ${n.start - c.start}\u0001${info.entityTokens.join(' ')}\u0001${c.text}`;
  return cached(cache, key, [n], () => matchClaim(refs.index, figureFeatures(text, info, n), { minScore, maxMatches }));
}

/** The cached matches under `key`, matched by `match` on a miss; `numbers` are the figures matched. */
function cached(cache: LruCache<StoredMatch[]>, key: string, numbers: readonly NumberMention[], match: () => FactMatch[]): FactMatch[] {
  let stored = cache.get(key);
  if (!stored) {
    stored = mapList(match(), (m) => ({
      fact: m.fact,
      score: m.score,
      same: mapList(m.sameNumbers, (p): [number, NumberMention] => [numbers.indexOf(p.draft), p.reference]),
      different: mapList(m.differentNumbers, (p): [number, NumberMention] => [numbers.indexOf(p.draft), p.reference]),
    }));
    // The key holds the claim's text: as a view of the draft, it would keep the whole draft alive.
    cache.set(detached(key), stored);
  }
  return mapList(stored, (m) => ({
    fact: m.fact,
    score: m.score,
    sameNumbers: mapList(m.same, ([i, reference]) => ({ draft: numbers[i], reference })),
    differentNumbers: mapList(m.different, ([i, reference]) => ({ draft: numbers[i], reference })),
  }));
}
