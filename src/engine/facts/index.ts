// An inverted index over facts, by name token, content term and figure, so that a claim is scored
// only against the facts that share something with it (50 reference articles: well under 20 ms).
import { NumberMention, ReferenceFact } from '../types';
import { mapList, filterList } from '../lists';

export interface IndexedFact {
  fact: ReferenceFact;
  entityTokens: Set<string>;
  terms: Set<string>;
  numbers: NumberMention[];
}

const NAME_FILLERS = new Set(['of', 'the', 'for', 'on', 'and', 'de', 'la', 'von', 'van', 'der', 'al', 'bin']);

/** The word without a final apostrophe or "'s" (as /['’]s?$/ would strip it). */
function withoutPossessive(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 0x27 || last === 0x2019) return w.slice(0, n - 1);
  if (last === 115 && n >= 2) {
    const c = w.charCodeAt(n - 2);
    if (c === 0x27 || c === 0x2019) return w.slice(0, n - 2);
  }
  return w;
}

/** Lower-cased name tokens of entity strings ("the Ministry of Internal Affairs" -> ministry, internal, affairs). */
export function entityTokensOf(entities: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of entities) {
    for (const w of e.toLowerCase().split(/\s+/)) {
      const t = withoutPossessive(w);
      if (t && !NAME_FILLERS.has(t) && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/** Key that puts a figure in a bucket: same kind and same value to three significant digits. */
export function numberKey(n: NumberMention): string {
  return `${n.kind}:${Number(n.value.toPrecision(3))}`;
}

/** A fact with its matching features as sets. */
export function indexFact(fact: ReferenceFact): IndexedFact {
  const entityTokens = new Set(entityTokensOf(fact.entities));
  const terms = new Set(filterList(fact.terms, (t) => !entityTokens.has(t)));
  return { fact, entityTokens, terms, numbers: filterList(fact.numbers, (n) => n.isStatistic) };
}

/**
 * The index keys of a fact, each once: name tokens, terms and figure buckets. A list, not a Set:
 * name tokens and terms are distinct sets already, so only figure buckets can repeat.
 */
export function factKeys(entry: IndexedFact): string[] {
  const keys: string[] = [];
  for (const t of entry.entityTokens) keys.push(`e:${t}`);
  for (const t of entry.terms) keys.push(`t:${t}`);
  const named = keys.length;
  for (const n of entry.numbers) {
    const k = `n:${numberKey(n)}`;
    if (keys.indexOf(k, named) < 0) keys.push(k);
  }
  return keys;
}

export class FactIndex {
  readonly entries: IndexedFact[] = [];
  private readonly byKey = new Map<string, number[]>();

  constructor(facts: readonly ReferenceFact[] = []) {
    for (const f of facts) this.add(f);
  }

  get facts(): ReferenceFact[] {
    return mapList(this.entries, (e) => e.fact);
  }

  get size(): number {
    return this.entries.length;
  }

  add(fact: ReferenceFact): void {
    const entry = indexFact(fact);
    const i = this.entries.length;
    this.entries.push(entry);
    for (const k of factKeys(entry)) {
      const list = this.byKey.get(k);
      if (list) list.push(i);
      else this.byKey.set(k, [i]);
    }
  }

  /** Indices of facts sharing at least one name token, term or figure bucket with the query. */
  candidates(entityTokens: Iterable<string>, terms: Iterable<string>, numbers: readonly NumberMention[]): Set<number> {
    const out = new Set<number>();
    const take = (k: string) => {
      const list = this.byKey.get(k);
      if (list) for (const i of list) out.add(i);
    };
    for (const t of entityTokens) {
      take(`e:${t}`);
      take(`t:${t}`);
    }
    for (const t of terms) {
      take(`t:${t}`);
      take(`e:${t}`);
    }
    for (const n of numbers) take(`n:${numberKey(n)}`);
    return out;
  }
}
