// Facts of the reference articles, extracted once per (path, text) and kept in a bounded cache, so
// that re-analysing a draft on every keystroke never re-parses its references.
import { findAttributions } from '../attribution/index';
import { segment } from '../segment';
import { LineIndex } from '../text';
import { AnalyzeOptions, ReferenceFact, ReferenceText, TextFormat } from '../types';
import { midSentenceNames } from './entities';
import { extractFacts, statedAttributions } from './extract';
import { nameSources } from './sourceNames';
import { FactIndex } from './index';

/** References larger than this are skipped with a notice (a reference is an article, not a book). */
export const MAX_REFERENCE_CHARS = 2_000_000;
const MAX_CACHED_REFERENCES = 200;

export interface ReferenceSet {
  index: FactIndex;
  facts: ReferenceFact[];
  /** Lower-cased name tokens written mid-sentence in the references. */
  names: Set<string>;
}

interface ReferenceEntry {
  facts: ReferenceFact[];
  names: string[];
  notice?: string;
}

const perReference = new Map<string, ReferenceEntry>();
let lastSet: { keys: string[]; set: ReferenceSet } | null = null;
const EMPTY: ReferenceSet = { index: new FactIndex(), facts: [], names: new Set() };

function formatOf(ref: ReferenceText): TextFormat {
  if (ref.format === 'markdown' || ref.format === 'plaintext') return ref.format;
  return /\.(?:md|markdown|mdx)$/i.test(ref.path) ? 'markdown' : 'plaintext';
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  return nul > 0;
}

/** Facts of one reference article (cached by path and text). */
export function referenceFacts(ref: ReferenceText): ReferenceEntry {
  const format = formatOf(ref);
  const key = `${format}\u0000${ref.path}\u0000${ref.text}`;
  const hit = perReference.get(key);
  if (hit) {
    perReference.delete(key);
    perReference.set(key, hit);
    return hit;
  }
  let entry: ReferenceEntry;
  if (ref.text.length > MAX_REFERENCE_CHARS) {
    entry = { facts: [], names: [], notice: `Reference ${ref.path} is too large (${Math.round(ref.text.length / 1024)} KB); skipped.` };
  } else if (looksBinary(ref.text)) {
    entry = { facts: [], names: [], notice: `Reference ${ref.path} looks like a binary file; skipped.` };
  } else {
    try {
      const seg = segment(ref.text, format);
      const names = midSentenceNames(ref.text);
      const attributions = findAttributions(ref.text, seg);
      const facts = nameSources(ref.text, extractFacts(ref.text, seg, statedAttributions(attributions), ref.path, new LineIndex(ref.text), ref.path, names));
      entry = { facts, names: [...names] };
    } catch (err) {
      entry = { facts: [], names: [], notice: `Reference ${ref.path} could not be read: ${(err as Error).message}` };
    }
  }
  perReference.set(key, entry);
  while (perReference.size > MAX_CACHED_REFERENCES) {
    const oldest = perReference.keys().next().value;
    if (oldest === undefined) break;
    perReference.delete(oldest);
  }
  return entry;
}

// The last reference list seen, by identity: an editor passes the same objects on every keystroke,
// and comparing them costs nothing, where hashing their texts would cost a pass over every article.
let lastSeen: { refs: ReferenceText[]; texts: string[]; paths: string[]; formats: Array<TextFormat | undefined>; set: ReferenceSet; notices: string[] } | null = null;

function sameAsLastSeen(references: readonly ReferenceText[]): boolean {
  if (!lastSeen || lastSeen.refs.length !== references.length) return false;
  for (let i = 0; i < references.length; i++) {
    const r = references[i];
    if (r !== lastSeen.refs[i] || r.text !== lastSeen.texts[i] || r.path !== lastSeen.paths[i] || r.format !== lastSeen.formats[i]) return false;
  }
  return true;
}

/** One index over all references; rebuilt only when the set of references changes. */
export function buildReferenceIndex(references: readonly ReferenceText[], notices: string[] = []): ReferenceSet {
  if (sameAsLastSeen(references)) {
    notices.push(...lastSeen!.notices);
    return lastSeen!.set;
  }
  const before = notices.length;
  const set = buildReferenceSet(references, notices);
  const valid = references.every((r) => r && typeof r === 'object');
  lastSeen = valid
    ? { refs: [...references], texts: references.map((r) => r.text), paths: references.map((r) => r.path), formats: references.map((r) => r.format), set, notices: notices.slice(before) }
    : null;
  return set;
}

function buildReferenceSet(references: readonly ReferenceText[], notices: string[]): ReferenceSet {
  const valid = references.filter((r) => r && typeof r.path === 'string' && typeof r.text === 'string');
  if (valid.length < references.length) notices.push('Some references were not { path, text } objects and were ignored.');
  if (valid.length === 0) return EMPTY;
  const entries = valid.map(referenceFacts);
  for (const e of entries) if (e.notice) notices.push(e.notice);
  const keys = valid.map((r) => `${formatOf(r)}\u0000${r.path}\u0000${r.text}`);
  if (lastSet && lastSet.keys.length === keys.length && lastSet.keys.every((k, i) => k === keys[i])) return lastSet.set;
  const facts = entries.flatMap((e) => e.facts);
  const names = new Set<string>();
  for (const e of entries) for (const n of e.names) names.add(n);
  const set: ReferenceSet = { index: new FactIndex(facts), facts, names };
  lastSet = { keys, set };
  return set;
}

export function referenceIndexFor(opts: AnalyzeOptions, notices: string[]): ReferenceSet {
  if (!Array.isArray(opts.references) || opts.references.length === 0) return EMPTY;
  return buildReferenceIndex(opts.references, notices);
}
