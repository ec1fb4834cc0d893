// Edits that attribute a claim: "According to X, ..." before it, "..., X reports." after it, a
// placeholder when no source is known, and the reference figure for a mismatch. Attribution fixes
// only insert words; at most they lower-case the first letter and turn a final "." into "," before
// a closing quote, so every original word survives in order.
import { FactMatch, Fix, NumberMention, ReferenceFact, TextEdit } from './types';
import { mapList, filterList } from './lists';
import { LruCache } from './lru';
import { detached } from './text';
import { posOf } from './attribution/pos';

// Who was told, not who told ("told reporters"): never offered as a source.
// Cues of documents and data ("Figures show ...", "The poll puts ...", "in a CNN poll").
const EVIDENCE_CUES = /^(?:show|shows|showed|shown|found|finds|find|suggest|suggests|suggested|indicate|indicates|indicated|put|puts|give|gives|gave|in|reveal|reveals|revealed|predict|predicts|predicted|project|projects|projected|estimate)$/i;
const AUDIENCES = /^(?:the\s+)?(?:reporters|journalists|press|media|news\s+conference|audience|crowd|us|viewers|listeners|readers)$/i;
const PRONOUNS = /^(?:he|she|they|it|we|i|you|him|her|them|this|that|these|those|his|its|their)$/i;
// Cues that read well after a named source at the end of a sentence.
// ("told" needs an object, so it becomes "said".)
const SUFFIX_CUES = /^(?:said|says|reported|reports|stated|states|announced|announces|confirmed|confirms|informs|informed|added|adds|wrote|writes|tweeted|noted|notes|estimated|estimates)$/i;
const CLOSING_QUOTES = '"”’\'»)';
const OPENING_QUOTES = '"“‘\'«(';

// The same sources come up on every analysis; their cleaned form is remembered (bounded).
const cleanedSources = new Map<string, string | null>();

/** A source that can stand alone in "According to X": not a pronoun, not empty. */
export function usableSource(fact: ReferenceFact): string | null {
  const raw = fact.source;
  if (!raw) return null;
  let cleaned = cleanedSources.get(raw);
  if (cleaned === undefined) {
    if (cleanedSources.size > 5000) cleanedSources.clear();
    // A draft fact's source is a view of the draft: kept as a copy, it does not keep the draft alive.
    cleaned = cleanSource(raw);
    if (cleaned !== null) cleaned = detached(cleaned);
    cleanedSources.set(detached(raw), cleaned);
  }
  return cleaned;
}

function cleanSource(raw: string): string | null {
  // Long spans are not names (and the trimming patterns below stay cheap on short strings).
  if (raw.length > 200) return null;
  // An unfilled placeholder ("[source]", as the quick fixes insert it) names no one.
  if (/^\s*\[[^\]]*\]\s*$/.test(raw)) return null;
  // Sources come with the punctuation around them ("the spokesperson, Marta Quist,"), and with the
  // brackets of a Markdown link ("A [report by the Chamber of Commerce](https://...)").
  // A source wrapped over two lines is one name on one line in a fix: a line break inserted into a
  // sentence would split it, and fix-all would then fix the pieces again.
  const trimmed = raw.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  let src = trimmed.replace(/[^\p{L}\p{N}'’)]+$/u, '').replace(/^[^\p{L}\p{N}"“'‘(]+/u, '');
  // A company's or a person's abbreviation keeps its period ("Larkin & Co.", "Acme Inc.").
  if (ABBREVIATION_END.test(src) && trimmed.slice(trimmed.indexOf(src) + src.length).startsWith('.')) src += '.';
  // A source with sentence punctuation or markup inside is a mis-read span, not a name.
  if (!src || PRONOUNS.test(src) || AUDIENCES.test(src) || src.length > 80 || /[.!?*_#|<>{}[\]]/.test(src.replace(ABBREVIATIONS_WITH_PERIOD, ''))) return null;
  return lowerCommonStart(cutModifier(src)).replace(/^(?:The|An?)\b/, (article) => article.toLowerCase());
}

/** Abbreviations that end a company's or a person's name with a period. */
const ABBREVIATIONS = 'Co|Inc|Corp|Ltd|Jr|Sr';
const ABBREVIATION_END = new RegExp(`\\b(?:${ABBREVIATIONS})$`);
/** Initials and those abbreviations with their periods, which are no sentence punctuation inside a source. */
const ABBREVIATIONS_WITH_PERIOD = new RegExp(`\\b(?:\\p{Lu}\\.)+|\\b(?:${ABBREVIATIONS})\\.`, 'gu');
/** Occupations written before a name, lower case in AP style (unlike formal titles: "Mayor", "Dr."). */
const OCCUPATIONS = new Set(['analyst', 'economist', 'spokesman', 'spokeswoman', 'spokesperson', 'strategist', 'consultant', 'researcher', 'lawyer', 'pollster', 'historian']);

/** "The Harbour Survey, published on Monday" -> "The Harbour Survey": a modifier after a comma is no part of the name. */
function cutModifier(src: string): string {
  const m = /,\s+(?:\p{Ll}+ed|who|which|that|conducted|published|released|issued|based|written|seen)\b/u.exec(src);
  return m ? src.slice(0, m.index) : src;
}

/**
 * "Figures released by the ministry" -> "figures released by the ministry": a capital that only
 * opened the sentence goes, when the word is a common one and the next is lower case; "Interior
 * Ministry" and "Reuters" keep theirs.
 */
function lowerCommonStart(src: string): string {
  // An occupation before a name is lower case inside a sentence ("analyst Dana Whitcombe"), a
  // formal title is not ("Mayor Ruth Okoro").
  const job = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(src);
  if (job && OCCUPATIONS.has(job[1].toLowerCase())) return job[1].toLowerCase() + src.slice(job[1].length);
  const m = /^(\p{Lu}\p{Ll}+)(\s+\p{Ll}|$)/u.exec(src);
  if (!m || m[1] === 'The') return src;
  const cls = posOf(m[1].toLowerCase(), m[1]);
  return cls === 'NOUN' || cls === 'NOUNS' || cls === 'ADJ' || cls === 'ACTOR' ? m[1].toLowerCase() + src.slice(m[1].length) : src;
}

export interface SentenceRange {
  start: number;
  end: number;
}

/** Trims whitespace off a sentence range. */
function trimRange(text: string, r: SentenceRange): SentenceRange {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Inserts "According to X, " before the sentence, lower-casing its first word unless it is a name. */
export function prefixEdit(text: string, range: SentenceRange, source: string, isName: (word: string) => boolean): TextEdit | null {
  const r = trimRange(text, range);
  if (r.end <= r.start) return null;
  const lead = `According to ${source}, `;
  const first = text[r.start];
  if (OPENING_QUOTES.includes(first)) return { start: r.start, end: r.start, newText: lead };
  const word = /^[\p{L}\p{N}'’\-]+/u.exec(text.slice(r.start, r.start + 60))?.[0] ?? '';
  const lowered = first.toLowerCase();
  if (word && lowered !== first && !isName(word) && !/^\p{Lu}{2,}/u.test(word)) {
    return { start: r.start, end: r.start + 1, newText: lead + lowered };
  }
  return { start: r.start, end: r.start, newText: lead };
}

/** Attribution text for the end of a sentence: ", according to X" or ", X reports". */
export function suffixPhrase(fact: ReferenceFact, source: string): string {
  // The verb without an adverb before it: "first reported" reads "..., Bloomberg reported."
  const full = fact.cue.trim();
  const last = full.slice(full.lastIndexOf(' ') + 1);
  const cue = /^(?:first|originally|initially|exclusively|also|later|previously|earlier)\s/i.test(full) && SUFFIX_CUES.test(last) ? last : full;
  if (/^according/i.test(cue) || !SUFFIX_CUES.test(cue)) {
    // Figures, polls and reports show or put; they do not say.
    return /^according/i.test(cue) || fact.kind === 'according-to' || EVIDENCE_CUES.test(cue.slice(cue.lastIndexOf(' ') + 1)) ? `according to ${source}` : `${source}${appositiveEnd(source)} said`;
  }
  return `${source}${appositiveEnd(source)} ${cue.toLowerCase()}`;
}

/** The comma that closes an appositive before the verb: "the port's director, Nadia Brosch, said". */
function appositiveEnd(source: string): string {
  return source.includes(',') ? ',' : '';
}

/** Inserts ", <phrase>" at the end of a sentence, before its final punctuation or after its closing quote. */
export function suffixEdit(text: string, range: SentenceRange, phrase: string): TextEdit | null {
  const r = trimRange(text, range);
  if (r.end <= r.start) return null;
  let e = r.end;
  const last = text[e - 1];
  if (last === '?' || last === '!') return null;
  if (CLOSING_QUOTES.includes(last) && last !== ')') {
    // Punctuation inside the quote: `... resolved."` -> `... resolved," X said.`
    const inner = text[e - 2];
    if (inner === '.' || inner === ',') {
      return { start: e - 2, end: e, newText: `,${last} ${phrase}.` };
    }
    if (inner === '?' || inner === '!') return { start: e, end: e, newText: ` ${phrase}.` };
    return { start: e, end: e, newText: `, ${phrase}` };
  }
  if (last === '.' || last === ';' || last === ':') {
    e--;
    // Not before an abbreviation's dot followed by nothing else: "U.S." keeps its dot, we add after it.
    if (/\b\p{Lu}\.\p{Lu}$/u.test(text.slice(Math.max(r.start, e - 4), e))) return { start: r.end, end: r.end, newText: ` ${phrase}.` };
    return { start: e, end: e, newText: `, ${phrase}` };
  }
  return { start: e, end: e, newText: `, ${phrase}` };
}

/**
 * Whether a sentence sits in a Markdown table row: words inserted there would land in or after a
 * cell ("| Minsk | 6,000 |, X said"), so such a sentence gets no attribution edit at all.
 */
export function inTableRow(text: string, range: SentenceRange): boolean {
  // Looked for near the sentence only, so that a huge single-line draft stays linear.
  const from = Math.max(0, range.start - 2000);
  const lineStart = from + text.slice(from, range.start).lastIndexOf('\n') + 1;
  const tail = text.slice(range.end, range.end + 2000);
  const nl = tail.indexOf('\n');
  const region = text.slice(lineStart, range.end + (nl < 0 ? tail.length : nl));
  // Every test below needs a pipe in the sentence's lines: most sentences have none.
  if (!region.includes('|')) return false;
  const lines = region.split('\n');
  if (lines.some((l) => /^\s*(?:>\s*)*\|/.test(l) || /\|\s*$/.test(l.replace(/\r$/, '')))) return true;
  // A row without outer pipes ("Minsk | 6,000") is known by its table's delimiter row.
  const before = text.slice(Math.max(0, lineStart - 2000), lineStart);
  const blockStart = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('\n\r\n'));
  return [...before.slice(blockStart + 1).split('\n'), ...lines].some((l) => /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)+\|?\s*$/.test(l.replace(/\r$/, '')));
}

/** Lower-cased words (letters and digits) of a text, with where each starts. */
function wordsOf(text: string): Array<{ word: string; at: number }> {
  const out: Array<{ word: string; at: number }> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0].toLowerCase(), at: m.index ?? 0 });
  return out;
}

// A sentence's window is the same for each of its matches, and for every keystroke that leaves
// the sentence alone (each re-computes every finding's fixes); so are the sources' words.
const WORD_CACHE_SIZE = 512;
const windowCache = new LruCache<Array<{ word: string; at: number }>>(WORD_CACHE_SIZE);
const sourceCache = new LruCache<string[]>(WORD_CACHE_SIZE);
function windowWords(window: string): Array<{ word: string; at: number }> {
  return cachedWords(windowCache, window, wordsOf);
}

function sourceWords(source: string): string[] {
  return cachedWords(sourceCache, source, (own) => mapList(wordsOf(own), (w) => w.word));
}

/** `cache`'s words of `text`, computed on a miss from a copy: kept beyond this analysis, neither the key nor the words may be views of the document. */
function cachedWords<V>(cache: LruCache<V>, text: string, compute: (own: string) => V): V {
  let words = cache.get(text);
  if (words === undefined) {
    const own = detached(text);
    words = compute(own);
    cache.set(own, words);
  }
  return words;
}

/**
 * Whether the source's words already stand, in order, in a run that reaches into [from, to) of the
 * window: the sentence names it already, maybe split off by the segmenter ("the U.S. …" |
 * "Department of Energy said."). Punctuation and decoration between the words do not matter.
 */
function namesSource(window: string, from: number, to: number, source: string): boolean {
  const want = sourceWords(source);
  if (want.length === 0) return false;
  const have = windowWords(window);
  for (let i = 0; i + want.length <= have.length; i++) {
    if (have[i + want.length - 1].at < from || have[i].at >= to) continue;
    let k = 0;
    while (k < want.length && have[i + k].word === want[k]) k++;
    if (k === want.length) return true;
  }
  return false;
}

function where(fact: ReferenceFact): string {
  return fact.path ? `${baseName(fact.path)}:${fact.line}` : `line ${fact.line} of this draft`;
}

export function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] || p;
}

/**
 * Attribution fixes for a sentence: one prefix and one suffix fix per matching fact with a usable
 * source; the best match's natural form is preferred. Without any, a placeholder (not preferred,
 * since "[source]" must be filled in by hand).
 */
export function attributionFixes(
  text: string,
  range: SentenceRange,
  matches: readonly FactMatch[],
  isName: (word: string) => boolean,
  preferSuffix = false,
  tableRow = false,
  strong: (m: FactMatch) => boolean = () => true,
): Fix[] {
  // A fact that states another figure for one of the sentence's figures would be credited with the
  // draft's figure: only number-mismatch may offer it, together with the reference figure.
  return sourceFixes(text, range, filterList(matches, (m) => m.differentNumbers.length === 0), isName, preferSuffix, tableRow, strong);
}

function sourceFixes(
  text: string,
  range: SentenceRange,
  matches: readonly FactMatch[],
  isName: (word: string) => boolean,
  preferSuffix: boolean,
  tableRow = false,
  strong: (m: FactMatch) => boolean = () => true,
): Fix[] {
  const fixes: Fix[] = [];
  if (inTableRow(text, range)) {
    // Only in a Markdown table (not a plain-text one) does a credit line source the rows.
    const credit = tableRow ? creditLineEdit(text, range) : null;
    if (credit) fixes.push(placeholder('Add a credit line under the table: "Source: [source]"', credit));
    return fixes;
  }
  if (matches.length > 0) factFixes(text, range, matches, isName, preferSuffix, fixes, strong);
  const ph = suffixEdit(text, range, 'according to [source]');
  if (ph) fixes.push(placeholder('Add a placeholder: "..., according to [source]"', ph));
  return fixes;
}

/** A fix that inserts "[source]" for the user to fill in (never preferred: fix-all leaves it), with a snippet tab stop on it. */
function placeholder(title: string, edit: TextEdit): Fix {
  const snippetText = edit.newText.replace(/[$}\\]/g, '\\$&').replace('[source]', '${1:source}');
  return { title, kind: 'placeholder', edits: [edit], preferred: false, snippet: [{ ...edit, newText: snippetText }] };
}

/**
 * For a row of a pipe table ("| Minsk | 6,000 |"), a credit line after the table's last row, set
 * off by a blank line (a line right under a table would be read as one more row). A credit line
 * there sources every row (carry.ts). No edit for a row of a table without outer pipes, or inside a
 * quote block: a credit line would not reach it.
 */
export function creditLineEdit(text: string, range: SentenceRange): TextEdit | null {
  const pipeRow = /^[ \t]*\|/;
  const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
  let lineEnd = lineEndAt(text, lineStart);
  if (!pipeRow.test(text.slice(lineStart, lineEnd))) return null;
  // The table's line ending, as this row has it (not a scan of the whole text for one).
  const eol = text.charCodeAt(lineEnd - 1) === 13 ? '\r\n' : '\n';
  // Bounded, so that each flagged row of a huge table costs a constant (no cache: a cache would keep
  // the document alive); past the bound, no fix.
  for (let rows = 0; lineEnd < text.length; rows++) {
    const nextEnd = lineEndAt(text, lineEnd + 1);
    if (!pipeRow.test(text.slice(lineEnd + 1, nextEnd))) break;
    if (rows === MAX_TABLE_ROWS) return null;
    lineEnd = nextEnd;
  }
  // Before the last row's own line ending ("\r\n" or "\n"), after its last cell.
  const at = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
  return { start: at, end: at, newText: `${eol}${eol}Source: [source]` };
}

const MAX_TABLE_ROWS = 500;

/** Offset of the end of the line starting at `start` (its "\n", or the text's end). */
function lineEndAt(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.length : nl;
}

/**
 * A prefix and a suffix fix per matching fact with a usable source the sentence does not name yet,
 * pushed to `fixes`. The first fact's natural form is preferred (fix-all applies it) only when that
 * fact states the claim (`strong`); a related fact is offered for the writer to choose.
 */
function factFixes(
  text: string,
  range: SentenceRange,
  matches: readonly FactMatch[],
  isName: (word: string) => boolean,
  preferSuffix: boolean,
  fixes: Fix[],
  strong: (m: FactMatch) => boolean,
): void {
  const seen = new Set<string>();
  const sentence = text.slice(range.start, range.end).toLowerCase();
  // Right before and after the sentence (up to the line's end): where an earlier fix may sit when
  // the segmenter splits it off, e.g. after a closing quote.
  const before = text.slice(Math.max(0, range.start - 120), range.start).toLowerCase();
  const after = text.slice(range.end, range.end + 120).split('\n')[0].toLowerCase();
  // The sentence with what surrounds it in its paragraph, to find a source it already names.
  let windowStart = Math.max(0, range.start - 120);
  const gap = /\n[ \t]*\r?\n(?![\s\S]*\n[ \t]*\r?\n)/.exec(text.slice(windowStart, range.start));
  if (gap) windowStart += gap.index + gap[0].length;
  const window = text.slice(windowStart, range.end) + after;
  for (const m of matches) {
    const source = inSentenceSource(usableSource(m.fact), isName);
    if (!source || seen.has(source.toLowerCase())) continue;
    seen.add(source.toLowerCase());
    // Never offer what the sentence already says (fix-all must settle even if a cue goes unseen).
    const lead = `according to ${source.toLowerCase()}`;
    const tail = suffixPhrase(m.fact, source).toLowerCase();
    const inSentence = sentence.includes(lead) || sentence.includes(tail);
    const justBefore = before.trimEnd().endsWith(',') && before.includes(lead);
    const justAfter = after.replace(/^[\s"”’'»,.*_]*/, '').startsWith(tail);
    const named = namesSource(window, range.start - windowStart, range.end - windowStart, source);
    if (inSentence || justBefore || justAfter || named) continue;
    const pre = prefixEdit(text, range, source, isName);
    const suf = suffixEdit(text, range, suffixPhrase(m.fact, source));
    const first = fixes.length === 0 && strong(m);
    const suffixFirst = preferSuffix || !/^according/i.test(m.fact.cue.trim());
    if (pre) fixes.push({ title: `Attribute to ${source} (${where(m.fact)}): "According to ${source}, ..."`, kind: 'attribute-prefix', edits: [pre], preferred: first && (!suffixFirst || !suf) });
    if (suf) fixes.push({ title: `Attribute to ${source} (${where(m.fact)}): "..., ${suffixPhrase(m.fact, source)}."`, kind: 'attribute-suffix', edits: [suf], preferred: first && suffixFirst });
  }
}

/**
 * A source as it reads inside the draft's sentence: a capital that only opened the reference's
 * sentence goes ("Insurance analysts at Harborline" -> "insurance analysts at Harborline"), unless
 * the word is a name the draft or its references write with a capital mid-sentence.
 */
function inSentenceSource(source: string | null, isName: (word: string) => boolean): string | null {
  if (!source) return source;
  const m = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}/u.exec(source);
  return m && !isName(m[1]) ? m[1].toLowerCase() + source.slice(m[1].length) : source;
}

/** Replaces the draft's figure with the reference's, keeping the draft's capitalisation. */
export function referenceFigureFix(text: string, draft: NumberMention, reference: NumberMention, fact: ReferenceFact): Fix {
  let figure = reference.text;
  const draftFirst = text[draft.start] ?? '';
  if (draftFirst !== draftFirst.toLowerCase()) figure = figure.charAt(0).toUpperCase() + figure.slice(1);
  else if (/^\p{Lu}\p{Ll}/u.test(figure)) figure = figure.charAt(0).toLowerCase() + figure.slice(1);
  return {
    title: `Use the reference figure: ${figure} (${where(fact)})`,
    kind: 'reference-figure',
    edits: [{ start: draft.start, end: draft.end, newText: figure }],
    preferred: true,
  };
}

// Enough text on either side of a sentence for sourceFixes to see all it looks at (inTableRow reads
// up to 4,000 characters before the sentence and 2,000 after it).
const FIX_MARGIN = 4200;

/**
 * Fixes for a figure that differs from its reference in a sentence with no source: each replaces
 * the figure with the reference's and credits the fact's source, so that no fix credits a source
 * with a figure it never gave ("Use 6,000 and attribute to TASS"). Offsets are the original text's.
 */
export function figureAndSourceFixes(
  text: string,
  range: SentenceRange,
  draft: NumberMention,
  reference: NumberMention,
  match: FactMatch,
  isName: (word: string) => boolean,
): Fix[] {
  const figureEdit = referenceFigureFix(text, draft, reference, match.fact).edits[0];
  // Worked out on a window around the sentence with the figure already replaced (not a copy of a
  // whole long draft per figure), then mapped back to the original text.
  const lo = Math.max(0, range.start - FIX_MARGIN);
  const hi = Math.min(text.length, range.end + FIX_MARGIN);
  const local = { start: figureEdit.start - lo, end: figureEdit.end - lo, newText: figureEdit.newText };
  const changed = applyEdits(text.slice(lo, hi), [local]);
  const delta = local.newText.length - (local.end - local.start);
  const newEnd = local.start + local.newText.length;
  const fixes: Fix[] = [];
  for (const fix of sourceFixes(changed, { start: range.start - lo, end: range.end + delta - lo }, [match], isName, false)) {
    if (fix.kind === 'placeholder') continue;
    const edits: TextEdit[] = [];
    for (const e of fix.edits) {
      if (e.end < local.start) edits.push({ ...e, start: e.start + lo, end: e.end + lo });
      else if (e.start > newEnd) edits.push({ ...e, start: e.start - delta + lo, end: e.end - delta + lo });
      else {
        // Touching the new figure ("According to X, about 6,000"): one edit over both.
        const from = Math.min(e.start, local.start);
        const to = Math.max(e.end, newEnd);
        edits.push({ start: from + lo, end: to - delta + lo, newText: changed.slice(from, e.start) + e.newText + changed.slice(e.end, to) });
      }
    }
    if (!edits.some((e) => e.start <= figureEdit.start && figureEdit.end <= e.end)) edits.push(figureEdit);
    edits.sort((a, b) => a.start - b.start);
    fixes.push({ ...fix, title: `Use ${midSentence(figureEdit.newText)} and a${fix.title.slice(1)}`, edits });
  }
  return fixes;
}

/** A figure as it reads mid-sentence: "About 1,800" opened the reference's sentence, here "about 1,800". */
export function midSentence(figure: string): string {
  return figure.replace(/^(\p{Lu})(\p{Ll})/u, (_, a: string, b: string) => a.toLowerCase() + b);
}

/** Applies non-overlapping edits (offsets into the original text). Throws on overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new RangeError(`Overlapping or invalid edit at ${e.start}-${e.end}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Whether an edit can join a set without overlapping it (two inserts at one point also clash). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}
