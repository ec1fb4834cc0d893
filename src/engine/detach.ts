// Results kept across analyses must not keep old versions of the document alive. V8 makes a
// substring of 13 characters or more a view of its parent string, so a cached paragraph result whose
// spans were sliced from the document holds the whole document of that keystroke: typing 600
// characters into a 10,000-word draft kept 80 MB of old versions (a 10,000-paragraph cache).

import { detached } from './text';

/** V8's shortest sliced string; shorter substrings are copies already. */
const MIN_SLICE = 13;

/**
 * A deep copy of plain data (objects, arrays, strings) in which no string points into another one.
 * Objects shared inside the value stay shared in the copy; key order is kept. Anything else (class
 * instances, typed arrays) is kept as it is.
 */
export function detachStrings<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return value.length >= MIN_SLICE ? detached(value) : value;
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], seen);
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], seen);
  return out;
}
