// map and filter as one push loop each. V8's optimised Array.prototype.map returns a holey array
// where the unoptimised one returns a packed one, and mapping an empty list gives an array of small
// integers: every reader of such lists met a new array shape each time a producer got optimised,
// and was thrown away and compiled again (issue #5: most of the warm-up CPU). The arrays built here
// all come from one literal, whose elements kind V8 settles after the first few calls.

export function mapList<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(fn(list[i], i));
  return out;
}

export function filterList<T, S extends T>(list: readonly T[], keep: (item: T) => item is S): S[];
/** Keeps the items for which `keep` returns a truthy value, as Array.prototype.filter does. */
export function filterList<T>(list: readonly T[], keep: (item: T) => unknown): T[];
export function filterList<T>(list: readonly T[], keep: (item: T) => unknown): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) if (keep(list[i])) out.push(list[i]);
  return out;
}
