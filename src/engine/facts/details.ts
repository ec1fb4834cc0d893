// Ages, durations and days: figures that need no source ("a 34-year-old man", "lasted four minutes",
// "six years in prison", "on Tuesday", "Feb. 6"), so they are no statistics and never take part in
// fact matching, but that a draft can still get wrong against the article it was written from. A
// copy desk checks them too.

import { findNumbers, sameFigure } from '../numbers';
import type { FactMatch, NumberMention, ReferenceFact } from '../types';
import { filterList, mapList } from '../lists';
import { contentTerms } from '../text';
import { figureClause } from './figureClause';

/**
 * A figure of a claim with what it measures: 'age', 'duration:<unit>' ("duration:minute"), 'weekday'
 * (value 1-7 from Monday) or 'date' (a month and its day: value month * 100 + day).
 */
export interface Detail {
  n: NumberMention;
  key: string;
  /** The figure with its unit as written ("six minutes", "36-year-old"), for messages. */
  shown: string;
}

const UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * Whether a sentence may hold an age, a duration or a day (cheap, before any figure is read): a unit
 * word, "aged", "-year-old", a number between commas, or the name of a weekday or a month.
 */
export function mayHoldDetail(sentence: string): boolean {
  return DETAIL_HINT.test(sentence) || CALENDAR_HINT.test(sentence);
}
const DETAIL_HINT = new RegExp(`\\b(?:${[...UNITS].join('|')})s?\\b|\\baged?\\b|-year-old|,\\s?\\d{1,3},`, 'i');

/** The ages, durations and days in text[start, end), with offsets into `text`. */
export function detailsOf(text: string, start: number, end: number): Detail[] {
  const out: Detail[] = [];
  for (const n of findNumbers(text, start, end)) {
    if (n.isStatistic || !Number.isFinite(n.value) || n.value <= 0) continue;
    const d = detailOf(text, n);
    if (d) out.push(d);
  }
  const slice = text.slice(start, end);
  if (CALENDAR_HINT.test(slice)) calendarDetails(slice, start, out);
  return out;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** Capitalised names of days and months (case-sensitive: "may" is no month). */
const CALENDAR_HINT = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|${MONTHS.slice(1, -1)})(?![\\p{L}])`, 'u');
// "Tuesday", "Feb. 6", "February 6th", "6 February". A day of the month is one or two digits that
// no other digit, decimal point or per cent follows ("March 3.5%" is no date). Linear: no repeat
// can backtrack into another.
const CALENDAR_RE = new RegExp(
  `\\b(?:(${WEEKDAYS.join('|')})|${MONTHS}\\s(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s${MONTHS})(?![\\p{L}\\p{N}%]|[.,]\\d)`,
  'gu',
);
const MONTH_NUMBER = new Map<string, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, k) => [m, k + 1]),
);

/** Pushes the weekdays and days of a month in `slice` (which starts at offset `start`) to `out`, as details. */
function calendarDetails(slice: string, start: number, out: Detail[]): void {
  for (const m of slice.matchAll(CALENDAR_RE)) {
    const at = start + (m.index ?? 0);
    const shown = m[0];
    let key: string;
    let value: number;
    if (m[1] !== undefined) {
      key = 'weekday';
      value = WEEKDAYS.indexOf(m[1]) + 1;
    } else {
      const day = Number(m[3] ?? m[4]);
      const month = MONTH_NUMBER.get((m[2] ?? m[5]).slice(0, 3).toLowerCase()) ?? 0;
      if (day < 1 || day > 31 || month === 0) continue;
      key = 'date';
      value = month * 100 + day;
    }
    const n: NumberMention = { start: at, end: at + shown.length, text: shown, value, kind: 'day', approximate: false, isStatistic: false };
    out.push({ n, key, shown });
  }
}

/** Whether a detail names a day (a weekday or a day of a month), compared by its exact value. */
export function isCalendar(d: Detail): boolean {
  return d.key === 'weekday' || d.key === 'date';
}

const RANGE_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\b)\s*(?:to|and|or|-|\u2013|\/)\s*$/i;

function detailOf(text: string, n: NumberMention): Detail | null {
  // One end of a range ("two to 10 days", "ages 18-34") is no figure to compare on its own.
  const before = text.slice(Math.max(0, n.start - 16), n.start);
  if (RANGE_BEFORE.test(before)) return null;
  if (/^\d+-year-old$/i.test(n.text) || /\byears?[- ]old$/i.test(n.text)) return { n, key: 'age', shown: n.text };
  const after = text.slice(n.end, n.end + 16);
  if (/^\d{1,3}$/.test(n.text) && ((/\baged?\s+$/i.test(before) && !/^\s*(?:to|-|\u2013|and)\s*\d/.test(after)) || (/,\s?$/.test(before) && /^\s?,/.test(after)))) {
    return { n, key: 'age', shown: n.text };
  }
  // "four minutes", "12-minute", "six years": the unit right after the figure.
  const unit = /^(?:-|\s+)(\p{L}+)/u.exec(n.text.includes('-') ? n.text.slice(n.text.lastIndexOf('-')) : after);
  if (!unit) return null;
  const word = unit[1].toLowerCase();
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  if (!UNITS.has(singular)) return null;
  if (/^\s+\p{L}+\s+(?:old|ago)\b/u.test(after)) return null; // an age or a date, said another way
  const shown = n.text.includes('-') ? n.text : `${n.text} ${unit[1]}`;
  return { n, key: `duration:${singular}`, shown };
}

/** A reference figure that contradicts one detail of a claim, and the match that gives it. */
export interface DetailConflict {
  match: FactMatch;
  reference: Detail;
  /** The reference figure with offsets into its article, as a fact's statistics have them. */
  inArticle: NumberMention;
}

/**
 * The details that are the only one of their kind among `details`: "aged 34 and 36"
 * cannot say which is whose. Counted once per claim, so a sentence of thousands stays linear.
 */
export function loneDetails(details: readonly Detail[]): Detail[] {
  const count = new Map<string, number>();
  for (const d of details) count.set(d.key, (count.get(d.key) ?? 0) + 1);
  return filterList(details, (d) => count.get(d.key) === 1);
}

/**
 * The first of `matches` (best first) whose statement gives another figure for detail `d` of a
 * claim in `text` (one of loneDetails), when none confirms it. The statement must hold exactly one
 * figure of that kind too, and the words around the two figures must share one on the same side
 * (neighbourTerms): "lasted less than six minutes" against "lasted less than four minutes", not
 * "reached the store within six minutes", nor "ignore facts for two hours" or "waited 12 hours to
 * testify" against "I testified for 11 hours" (statements about one hearing). `isStrong` says which
 * matches are close enough.
 */
export function contradictingDetail(
  text: string,
  clause: { start: number; end: number },
  d: Detail,
  matches: readonly FactMatch[],
  isStrong: (m: FactMatch) => boolean,
): DetailConflict | undefined {
  let around: Set<string> | null = null;
  let conflict: DetailConflict | undefined;
  for (const m of matches) {
    if (m.fact.path === null || m.fact.vague || !isStrong(m)) continue;
    const kin = filterList(factDetails(m.fact), (r) => r.d.key === d.key);
    if (kin.length !== 1) continue;
    const { d: r, text: t, base, clause: refClause } = kin[0];
    if (isCalendar(d) ? d.n.value === r.n.value : sameFigure(d.n, r.n)) return undefined;
    if (conflict || (!isCalendar(d) && !comparable(d.n.value, r.n.value))) continue;
    // A day is compared only where the same word leads up to it on both sides: "voted on Tuesday"
    // against "voted on Monday", not "announced on Tuesday" against "will close on Monday".
    // And everyone the draft names before the day must be in the reference's statement or its
    // source: "Coulter told radio host Hugh Hewitt on Wednesday" is not about the guest who
    // "discussed the controversy with radio host Hugh Hewitt on Thursday".
    if (isCalendar(d)) {
      const lead = leadingTerm(text, clause.start, d);
      if (lead === null || lead !== leadingTerm(t, refClause.start, r) || !namesKnown(text, clause.start, d, m.fact)) continue;
    }
    // Whose age: two named people must be the same one ("Agnes Whitfield, 84," against "Agnes
    // Whitfield, 81,"; not another parent who "told the board" too). Otherwise, what it measures.
    const owners = [ageOwner(text, clause.start, d), ageOwner(t, refClause.start, r)];
    around ??= new Set(neighbourTerms(text, clause.start, clause.end, d));
    const related = owners[0] !== null && owners[1] !== null ? owners[0] === owners[1] : neighbourTerms(t, refClause.start, refClause.end, r).some((w) => around!.has(w));
    if (related) {
      conflict = { match: m, reference: r, inArticle: { ...r.n, start: r.n.start + base, end: r.n.end + base } };
    }
  }
  return conflict;
}

/** Within a tenfold of each other: "six" against "eight" years, not "two" hours against "90". */
function comparable(a: number, b: number): boolean {
  return Math.max(a, b) <= 10 * Math.min(a, b);
}

/**
 * Where the words that tell what detail `d` measures lie in text[from, to): the figure's clause
 * ("lasted less than six minutes"); for an age, the whole sentence, since the clause of "Agnes
 * Whitfield, 84, told the judge" is "84" alone.
 */
export function detailClause(text: string, from: number, to: number, d: Detail): { start: number; end: number } {
  return d.key === 'age' ? { start: from, end: to } : figureClause(text, from, to, d.n);
}

/** A detail of a fact, read from its statement or from its source ("Agnes Whitfield, 81"). */
interface FactDetail {
  d: Detail;
  /** The text the detail's offsets point into, its offset in the article, and the detail's clause there. */
  text: string;
  base: number;
  clause: { start: number; end: number };
}

// A fact's details, worked out once per fact object (facts of a reference set are cached with it).
const factDetailCache = new WeakMap<ReferenceFact, FactDetail[]>();

function factDetails(fact: ReferenceFact): FactDetail[] {
  let ds = factDetailCache.get(fact);
  if (ds === undefined) {
    ds = [];
    const t = fact.text;
    if (mayHoldDetail(t)) for (const d of detailsOf(t, 0, t.length)) ds.push({ d, text: t, base: fact.textStart ?? 0, clause: detailClause(t, 0, t.length, d) });
    // A source's description may give the speaker's age: "Parent Thomas Beckwith, 44, told the board".
    // Not a day: "a New York Times/CBS News survey released on Thursday" dates the source, not what it says.
    const src = fact.source;
    if (src !== null && mayHoldDetail(src)) {
      for (const d of detailsOf(src, 0, src.length)) if (!isCalendar(d)) ds.push({ d, text: src, base: fact.sourceStart ?? 0, clause: { start: 0, end: src.length } });
    }
    factDetailCache.set(fact, ds);
  }
  return ds;
}

/**
 * The common words around detail `d` within text[from, to) (its clause): up to four words before the
 * figure and three after it, without names, the figure and its unit, and words of degree, as
 * prefixed keys ("<" before, ">" after): a word shared on the same side ties two figures, one on
 * opposite sides does not ("waited 12 hours to testify" against "testified for 11 hours").
 */
function neighbourTerms(text: string, from: number, to: number, d: Detail): string[] {
  // Four words lie well within 200 characters; a giant clause is not split whole.
  const before = lowerWords(text.slice(Math.max(from, d.n.start - 200), d.n.start)).slice(-4);
  const after = lowerWords(text.slice(d.n.end, Math.min(to, d.n.end + 200))).slice(0, 3);
  const own = new Set(contentTerms(d.shown));
  const keep = (t: string): boolean => !own.has(t) && !DEGREE.has(t) && !UNIT_TERMS.has(t);
  return [
    ...mapList(filterList(contentTerms(before.join(' ')), keep), (t) => `<${t}`),
    ...mapList(filterList(contentTerms(after.join(' ')), keep), (t) => `>${t}`),
  ];
}

/**
 * The last common content word before detail `d` in text[from, ...), within 60 characters, or null
 * (names are skipped: "a meeting at the Marlow Springs Public Library on Feb. 24" -> "meeting").
 */
function leadingTerm(text: string, from: number, d: Detail): string | null {
  const before = contentTerms(lowerWords(text.slice(Math.max(from, d.n.start - 60), d.n.start)).join(' '));
  const own = filterList(before, (t) => !DEGREE.has(t) && !CALENDAR_TERMS.has(t));
  return own.length > 0 ? own[own.length - 1] : null;
}

/** Whether the capitalised words before detail `d` in text[from, ...) all stand in the fact's statement or its source. */
function namesKnown(text: string, from: number, d: Detail, fact: ReferenceFact): boolean {
  const named = contentTerms(filterList(text.slice(from, d.n.start).split(/[^\p{L}'’-]+/u), (w) => /^\p{Lu}/u.test(w)).join(' '));
  if (named.length === 0) return true;
  const known = new Set(contentTerms(fact.source === null ? fact.text : `${fact.text} ${fact.source}`));
  return named.every((w) => known.has(w));
}

/** The surname an age between commas follows ("Agnes Whitfield, 84," -> "whitfield"), or null. */
function ageOwner(text: string, from: number, d: Detail): string | null {
  if (d.key !== 'age') return null;
  const named = NAME_BEFORE.exec(text.slice(Math.max(from, d.n.start - 40), d.n.start));
  return named ? named[1].toLowerCase() : null;
}
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]+),\s?$/u;

/** The words of `s` that open with a lower-case letter (names and sentence openings go). */
function lowerWords(s: string): string[] {
  return filterList(s.split(/[^\p{L}\p{N}'\u2019-]+/u), (w) => /^\p{Ll}/u.test(w));
}

const DEGREE = new Set(contentTerms('within about almost nearly roughly around least less more than some over under just only after before'));
const UNIT_TERMS = new Set(contentTerms([...UNITS].map((u) => `${u} ${u}s`).join(' ')));
const CALENDAR_TERMS = new Set(contentTerms('last next this early late morning afternoon evening night week'));

