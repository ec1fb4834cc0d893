// Sources of a reference article as a draft can quote them. An article names a person once in full
// ("county Health Director Dr. Yvonne Castellane said") and then as "Castellane said", "she said"
// or "..., who said"; a quick fix that writes "she said" or "Holt said" into a draft that never
// introduced her is wrong. So a fact whose source is a pronoun takes the person named last before
// it, and a bare surname takes the fullest form of the name in the article.

import type { ReferenceFact } from '../types';

/** Pronouns that stand for one person; "they" and "it" may be an organisation, and are left. */
const PERSON_PRONOUN = /^(?:he|she)$/i;
/** A name of two to four capitalised words or initials at the end of a source ("... Dr. Yvonne Castellane"). */
const TRAILING_NAME = /(?:^|\s)((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3})$/u;
/** A single capitalised word: a surname on second reference. */
const SURNAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** Words that end the names of organisations and places, not people. */
const NOT_PERSON = new Set([
  'department', 'office', 'agency', 'service', 'police', 'council', 'board', 'committee', 'commission', 'ministry', 'bureau',
  'court', 'university', 'college', 'school', 'institute', 'company', 'corporation', 'group', 'party', 'times', 'post',
  'press', 'news', 'county', 'city', 'state', 'association', 'union', 'center', 'centre', 'foundation', 'bank', 'fund',
  'authority', 'administration', 'house', 'senate', 'congress', 'parliament', 'government', 'reuters', 'inc', 'corp',
  'analytics', 'partners', 'research', 'capital', 'holdings', 'associates', 'consulting', 'media', 'network', 'labs',
  'systems', 'technologies', 'securities', 'advisors', 'advisers', 'insights', 'economics', 'international', 'global',
  'trust', 'alliance', 'coalition', 'forward', 'society', 'club', 'league', 'federation', 'wire', 'cross', 'crescent',
  'airlines', 'airways', 'energy', 'power', 'motors', 'pharmaceuticals', 'bancorp', 'llc', 'ltd', 'plc', 'co',
]);
/** Words that open a sentence or a phrase, and so are capitalised without being a given name. */
const NOT_GIVEN_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'As', 'If', 'When', 'After', 'Before', 'Mr', 'Mrs', 'Ms']);

/** The person's name at the end of a source, or null: "county Health Director Dr. Yvonne Castellane" -> "Yvonne Castellane". */
export function personName(source: string): string | null {
  const trimmed = source.trim();
  const m = TRAILING_NAME.exec(trimmed);
  if (!m) return null;
  // "the state Department of Public Health": the run ends an organisation's name, not a person's.
  if (/\b(?:of|for|and|de|del|van|von)\s*$/i.test(trimmed.slice(0, m.index + m[0].length - m[1].length))) return null;
  const words = m[1].split(/\s+/);
  // Titles before the name ("Director Dr. Yvonne Castellane"): keep the last given names and surname.
  while (words.length > 2 && (words[0].endsWith('.') ? words[1].length > 2 : TITLE_WORDS.has(words[0].toLowerCase()))) words.shift();
  if (words.some((w) => NOT_PERSON.has(w.toLowerCase().replace(/[.'’]/g, '')))) return null;
  return words.join(' ');
}

/** Titles and descriptions that stand before a person's name ("Director Dr. Yvonne Castellane", "analyst Kiran Moffatt"). */
export const TITLE_WORDS = new Set([
  'director', 'mayor', 'chief', 'officer', 'judge', 'president', 'secretary', 'minister', 'governor', 'senator', 'sen',
  'rep', 'commissioner', 'chair', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'superintendent',
  'sheriff', 'captain', 'capt', 'lt', 'sgt', 'gen', 'col', 'prof', 'dr', 'mr', 'mrs', 'ms', 'analyst', 'economist',
  'administrator', 'coach', 'manager', 'attorney', 'detective', 'inspector', 'councilwoman', 'councilman', 'councillor',
  'executive', 'general',
]);

/**
 * The fullest form of a surname in `text` ("Holt" -> "Elaine Holt"): one or two given names or
 * initials right before it, at its first mention so written; or null.
 */
export function fullName(text: string, surname: string): string | null {
  let at = text.indexOf(surname);
  while (at >= 0) {
    const after = text.charCodeAt(at + surname.length);
    if (!(after >= 97 && after <= 122) && !(after >= 65 && after <= 90) && !inTitleCaseLine(text, at)) {
      const given = givenNamesBefore(text, at);
      if (given) return `${given} ${surname}`;
    }
    at = text.indexOf(surname, at + surname.length);
  }
  return null;
}

/**
 * Whether offset `at` lies in a headline written in title case ("Ted Cruz Refuses to Disavow
 * Lindsey Graham"), where every word has a capital and none can be told for a given name.
 */
function inTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (end - start > 300) return false;
  const words = text.slice(start, end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** One or two capitalised given names or initials right before offset `at` (separated by single spaces). */
function givenNamesBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = /((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?: (?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.))?) $/u.exec(before);
  if (!m) return null;
  const words = m[1].split(' ');
  while (words.length > 0 && (NOT_GIVEN_NAME.has(words[0].replace(/\.$/, '')) || TITLE_WORDS.has(words[0].toLowerCase().replace(/\.$/, '')))) words.shift();
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * Facts of one text (in text order) with their person sources written out: a pronoun takes the
 * person named last before it, a bare surname its full form in the text. Other sources stay.
 */
export function nameSources(text: string, facts: ReferenceFact[]): ReferenceFact[] {
  let lastPerson: string | null = null;
  return facts.map((f) => {
    // Without the punctuation around it: "Its chair, Gordon Lyle," as the tagger cut it.
    const src = f.source?.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '') ?? '';
    if (src === '') return f;
    if (/^who$/i.test(src)) {
      // "..., Halina Sowa, 67, who said": the name the relative clause hangs on, in the same sentence.
      const named = nameBeforeWho(text.slice(f.start, f.end));
      return named ? { ...f, source: named } : lastPerson ? { ...f, source: lastPerson } : f;
    }
    if (PERSON_PRONOUN.test(src)) return lastPerson ? { ...f, source: lastPerson } : f;
    let person = personName(src);
    // "Its chair, Gordon Lyle": the possessive points back into the article; the name stands alone.
    if (person && /^(?:its|his|her|their)\s/i.test(src)) {
      lastPerson = person;
      return { ...f, source: person };
    }
    if (!person && SURNAME.test(src) && !NOT_PERSON.has(src.toLowerCase())) {
      person = fullName(text, src);
      if (person) {
        lastPerson = person;
        return { ...f, source: person };
      }
      lastPerson = src;
      return f;
    }
    if (person) lastPerson = person;
    return f;
  });
}

/** The person a sentence's "who" clause hangs on ("retired engineer Halina Sowa, 67, who said"), or null. */
function nameBeforeWho(sentence: string): string | null {
  const m = /((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+),(?: \d{1,3},)? who\b/u.exec(sentence);
  return m ? personName(m[1]) : null;
}
