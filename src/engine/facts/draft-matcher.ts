// Matches claims against the draft's own attributed sentences, incrementally. Facts are indexed per
// paragraph result, so an edit re-indexes one paragraph. Each claim's best matches are kept; when
// a paragraph goes away, only claims whose kept matches came from it are recomputed, and when one
// arrives, its facts are scored against the kept claims and merged in. The result is exactly what
// scoring every fact afresh gives.
import { LruCache } from '../lru';
import { ParagraphWork } from '../paragraph';
import { FactMatch, ReferenceFact } from '../types';
import { factKeys, IndexedFact, indexFact } from './index';
import { byScore, ClaimFeatures, PreparedClaim, prepareClaim, probeKeys, scoreFact } from './match';
import { mapList, filterList } from '../lists';

interface Stored {
  /** Occurrence key of the paragraph holding the fact, and the fact's place in it. */
  work: string;
  index: number;
  score: number;
  /** Figures by position: [index in the claim's numbers, index in the fact's numbers]. */
  same: Array<[number, number]>;
  different: Array<[number, number]>;
}

interface CachedClaim {
  prepared: PreparedClaim;
  /** The keys that make a fact a candidate for this claim. */
  probe: string[];
  minScore: number;
  maxMatches: number;
  stored: Stored[];
}

/**
 * A key per paragraph result that tells identical paragraphs apart (they share one cached result):
 * its serial plus how many times that serial occurred before it.
 */
export function occurrenceKeys(works: readonly ParagraphWork[]): string[] {
  const seen = new Map<number, number>();
  return mapList(works, (w) => {
    const n = seen.get(w.serial) ?? 0;
    seen.set(w.serial, n + 1);
    return n === 0 ? `${w.serial}` : `${w.serial}#${n}`;
  });
}

/**
 * A key held by more facts than this is too common to find candidates by: a draft that repeats a
 * phrase thousands of times would otherwise score every claim against every fact. Such a key still
 * counts in the score of a fact found through a rarer key. The cut depends only on the current
 * facts, so a fresh analysis and an incremental one agree.
 */
export const COMMON_KEY_FACTS = 100;

/** Paragraphs indexed, or kept claims re-scored, between two pauses of syncSteps(). */
const SYNC_SLICE = 64;

export class DraftMatcher {
  /** Per paragraph (occurrence key): its facts, indexed. */
  private readonly works = new Map<string, IndexedFact[]>();
  /** Index key -> paragraphs holding a fact with that key, each once (a short list: most keys are in few paragraphs). */
  private readonly postings = new Map<string, string[]>();
  /** Index key -> how many facts hold it. */
  private readonly factCounts = new Map<string, number>();
  private readonly cache: LruCache<CachedClaim>;
  /** Paragraph -> claims whose kept matches include one of its facts. */
  private readonly dependants = new Map<string, Set<string>>();
  private dependantCount = 0;
  /** Paragraph (occurrence key) -> cache keys of its claims, to forget them with it. */
  private readonly owners = new Map<string, Set<string>>();
  /** Current facts of each paragraph (at the offsets of this analysis). */
  private current = new Map<string, ReferenceFact[]>();
  /** Keys whose paragraph count changed in this sync, with whether they were common before. */
  private touched = new Map<string, boolean>();
  /** A sync was left unfinished (its async caller stopped): the state is partial, start afresh. */
  private unfinished = false;

  constructor(cacheLimit = 20_000, private readonly commonLimit = COMMON_KEY_FACTS) {
    this.cache = new LruCache<CachedClaim>(cacheLimit);
  }

  private isCommon(key: string): boolean {
    return (this.factCounts.get(key) ?? 0) > this.commonLimit;
  }

  private touch(key: string): void {
    if (!this.touched.has(key)) this.touched.set(key, this.isCommon(key));
  }

  /** The probe keys rare enough to look candidates up by. */
  private findable(probe: readonly string[]): string[] {
    return filterList(probe, (k) => this.postings.has(k) && !this.isCommon(k));
  }

  /** Brings the index in line with this analysis' paragraphs; `facts` are their draft facts in order. */
  sync(works: readonly ParagraphWork[], facts: readonly ReferenceFact[], keys: readonly string[] = occurrenceKeys(works)): void {
    const steps = this.syncSteps(works, facts, keys);
    while (!steps.next().done);
  }

  /** Forgets everything (as a new matcher). */
  private reset(): void {
    this.works.clear();
    this.postings.clear();
    this.factCounts.clear();
    this.cache.clear();
    this.dependants.clear();
    this.dependantCount = 0;
    this.owners.clear();
    this.current = new Map();
    this.touched.clear();
  }

  /**
   * sync() as steps: it pauses every SYNC_SLICE paragraphs indexed or removed and every SYNC_SLICE
   * kept claims re-scored, so that indexing a 100,000-word draft does not block an async caller in one go. A
   * sync whose steps were not run to the end leaves the matcher to start afresh on the next one.
   */
  *syncSteps(works: readonly ParagraphWork[], facts: readonly ReferenceFact[], keys: readonly string[] = occurrenceKeys(works)): Generator<void, void, void> {
    if (this.unfinished) this.reset();
    this.unfinished = true;
    const present = new Map<string, ReferenceFact[]>();
    let at = 0;
    works.forEach((w, i) => {
      if (w.facts.length === 0) return;
      present.set(keys[i], facts.slice(at, at + w.facts.length));
      at += w.facts.length;
    });
    let removed = 0;
    for (const work of [...this.works.keys()]) {
      if (present.has(work)) continue;
      this.remove(work);
      if (++removed % SYNC_SLICE === 0) yield;
    }
    // Claims of paragraphs that are gone will not be asked for again.
    const live = new Set(keys);
    for (const [owner, claimKeys] of this.owners) {
      if (live.has(owner)) continue;
      for (const k of claimKeys) this.cache.delete(k);
      this.owners.delete(owner);
    }
    const added: string[] = [];
    for (const [work, list] of present) {
      if (this.works.has(work)) continue;
      if (added.length > 0 && added.length % SYNC_SLICE === 0) yield;
      const entries = mapList(list, (f) => indexFact(f));
      this.works.set(work, entries);
      added.push(work);
      for (const e of entries) {
        for (const k of factKeys(e)) {
          this.touch(k);
          this.factCounts.set(k, (this.factCounts.get(k) ?? 0) + 1);
          const list = this.postings.get(k);
          // A paragraph's facts are indexed together, so it can only repeat at the end.
          if (!list) this.postings.set(k, [work]);
          else if (list[list.length - 1] !== work) list.push(work);
        }
      }
    }
    this.current = present;
    // A claim that probes a key which became common, or stopped being so, has other candidates now.
    const flipped = new Set<string>();
    for (const [k, was] of this.touched) if (this.isCommon(k) !== was) flipped.add(k);
    this.touched.clear();
    if (flipped.size > 0) {
      for (const [key, c] of [...this.cache.entries()]) if (c.probe.some((k) => flipped.has(k))) this.cache.delete(key);
    }
    // New facts may join a kept claim's best matches (only candidates: facts sharing a key, as in match()).
    if (added.length > 0) {
      // Each added paragraph's keys, built when a kept claim first asks (a fresh matcher keeps none).
      const addedKeys = new Map<string, Set<string>>();
      const keysOf = (work: string): Set<string> => {
        let keys = addedKeys.get(work);
        if (!keys) addedKeys.set(work, (keys = new Set((this.works.get(work) ?? []).flatMap((e) => factKeys(e)))));
        return keys;
      };
      let seen = 0;
      for (const [key, c] of [...this.cache.entries()]) {
        if (++seen % SYNC_SLICE === 0) yield;
        let changed = false;
        for (const work of added) {
          const keys = keysOf(work);
          if (!c.probe.some((k) => keys.has(k) && !this.isCommon(k))) continue;
          const entries = this.works.get(work) ?? [];
          const list = present.get(work) ?? [];
          entries.forEach((entry, index) => {
            const m = scoreFact(c.prepared, entry, c.minScore, list[index]);
            if (!m) return;
            c.stored.push(this.store(c.prepared, m, work, index, entry));
            changed = true;
          });
        }
        if (changed) {
          c.stored = this.ranked(c.stored).slice(0, c.maxMatches);
          this.depend(key, c.stored);
        }
      }
    }
    // Keys of forgotten claims linger in dependants; rebuild them from the live cache now and then.
    if (this.dependantCount > 8 * this.cache.limit + 10_000) {
      this.dependants.clear();
      this.dependantCount = 0;
      for (const [key, c] of this.cache.entries()) this.depend(key, c.stored);
    }
    this.unfinished = false;
  }

  private remove(work: string): void {
    for (const e of this.works.get(work) ?? []) {
      for (const k of factKeys(e)) {
        this.touch(k);
        const n = (this.factCounts.get(k) ?? 1) - 1;
        if (n > 0) this.factCounts.set(k, n);
        else this.factCounts.delete(k);
        const list = this.postings.get(k);
        const at = list ? list.indexOf(work) : -1;
        if (list && at >= 0) {
          list.splice(at, 1);
          if (list.length === 0) this.postings.delete(k);
        }
      }
    }
    this.works.delete(work);
    // Claims that kept a match from this paragraph must look again.
    const keys = this.dependants.get(work);
    for (const key of keys ?? []) this.cache.delete(key);
    this.dependantCount -= keys?.size ?? 0;
    this.dependants.delete(work);
  }

  private depend(key: string, stored: readonly Stored[]): void {
    for (const s of stored) {
      let set = this.dependants.get(s.work);
      if (!set) this.dependants.set(s.work, (set = new Set()));
      if (!set.has(key)) {
        set.add(key);
        this.dependantCount++;
      }
    }
  }

  private store(p: PreparedClaim, m: FactMatch, work: string, index: number, entry: IndexedFact): Stored {
    return {
      work,
      index,
      score: m.score,
      same: mapList(m.sameNumbers, (x): [number, number] => [p.stats.indexOf(x.draft), entry.numbers.indexOf(x.reference)]),
      different: mapList(m.differentNumbers, (x): [number, number] => [p.stats.indexOf(x.draft), entry.numbers.indexOf(x.reference)]),
    };
  }

  /** Stored matches in byScore order, judged on the current facts. */
  private ranked(stored: Stored[]): Stored[] {
    const withFacts = mapList(stored, (s) => ({ s, m: { fact: (this.current.get(s.work) ?? [])[s.index], score: s.score, sameNumbers: [], differentNumbers: [] } as FactMatch }));
    withFacts.sort((a, b) => byScore(a.m, b.m));
    return mapList(withFacts, (x) => x.s);
  }

  /**
   * Best draft facts for a claim, never one from the claim's own sentence (`isOwn`, on current
   * offsets). The claim is named by its paragraph's occurrence key (`owner`) and its place in it.
   */
  match(
    claim: ClaimFeatures,
    owner: string,
    claimIndex: number,
    isOwn: (fact: ReferenceFact) => boolean,
    minScore: number,
    maxMatches: number,
  ): FactMatch[] {
    const key = `${minScore}/${maxMatches}\u0002${owner}:${claimIndex}`;
    let cached = this.cache.get(key);
    if (!cached) {
      const prepared = prepareClaim(claim);
      const probe = probeKeys(prepared);
      const stored: Stored[] = [];
      if (prepared.total > 0) {
        const candidates = new Set<string>();
        for (const k of this.findable(probe)) for (const w of this.postings.get(k) ?? []) candidates.add(w);
        for (const work of candidates) {
          const entries = this.works.get(work) ?? [];
          const facts = this.current.get(work) ?? [];
          entries.forEach((entry, index) => {
            if (isOwn(facts[index])) return;
            const m = scoreFact(prepared, entry, minScore, facts[index]);
            if (m) stored.push(this.store(prepared, m, work, index, entry));
          });
        }
      }
      cached = { prepared, probe, minScore, maxMatches, stored: this.ranked(stored).slice(0, maxMatches) };
      this.cache.set(key, cached);
      this.depend(key, cached.stored);
      let owned = this.owners.get(owner);
      if (!owned) this.owners.set(owner, (owned = new Set()));
      owned.add(key);
    } else if (cached.stored.some((x, i) => i > 0 && x.score === cached!.stored[i - 1].score)) {
      // Equal scores are ordered by position, which an edit elsewhere can change.
      cached.stored = this.ranked(cached.stored);
    }
    const stats = filterList(claim.numbers, (n) => n.isStatistic);
    return mapList(cached.stored, (s) => {
      const fact = (this.current.get(s.work) ?? [])[s.index];
      return {
        fact,
        score: s.score,
        sameNumbers: mapList(s.same, ([i, j]) => ({ draft: stats[i], reference: fact.numbers[j] })),
        differentNumbers: mapList(s.different, ([i, j]) => ({ draft: stats[i], reference: fact.numbers[j] })),
      };
    });
  }
}
