// A bounded cache: caches of paragraphs, matches, analysers and files must not grow with every edit.
// Shared by the engine and the extension (which imports this file alone, not the engine).

/** A Map that forgets its least recently used entries beyond `limit`. */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private bound: number) {}

  get limit(): number {
    return this.bound;
  }

  /** Changes the bound, dropping the least recently used entries beyond it at once. */
  setLimit(limit: number): void {
    this.bound = limit;
    this.evict();
  }

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    this.evict();
  }

  private evict(): void {
    while (this.map.size > this.bound) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  /** Entries, least recently used first (deleting while iterating is allowed). */
  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}
