// source-mismatch: a figure the draft credits to one person that its reference article gives to
// another ("Okafor said the deal was worth 18 million euros", where the reference has Fontes say
// it), or a statement it credits to one organisation that the reference gives to another ("...,
// according to the Halvern Police Department" for the fire department's), or to a person whose
// description names another kind of body ("according to the state Auditor's Office" for "county
// administrator Joan Pereira said"). The statement is right; the credit is not. An organisation
// and its officers speak for each other ("the company said" for its chief financial officer's
// figure), so a person is compared only through the body their description names.
import { claimTerms, type ClaimInfo } from '../claims';
import { fullName, personName, TITLE_WORDS } from '../facts/sourceNames';
import { posOf } from '../attribution/pos';
import type { FactMatch, NumberMention, Span } from '../types';
import { usableSource } from '../fixes';
import { agreeing, isStrongMatch, STRONG_WORD_SCORE } from './matchStrength';
import { filterList } from '../lists';
import { contentTerms } from '../text';
import { wordFamily } from '../wordFamily';
import { distinctive } from '../facts/match';
import { factLocation, RawFinding, RuleContext, RuleDefinition } from './rule';

/** A match about the same statement, not one that shares a figure by chance. */
const MIN_SCORE = 0.45;

export const sourceMismatch: RuleDefinition = {
  id: 'source-mismatch',
  defaultSeverity: 'warning',
  perClaim: true,
  description: 'A figure credited to another person, or a statement to another organisation, than the reference article gives it to.',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const info of ctx.claims) {
      const c = info.claim;
      if (c.status !== 'sourced' || !c.attribution?.source || c.attribution.vague) continue;
      const before = out.length;
      if (c.numbers.length > 0) creditFindings(ctx, info, c.attribution.source.text, out);
      if (out.length === before) bodyFinding(ctx, info, c.attribution.source, out);
    }
    return out;
  },
};

/** The findings for the figures of one claim that its reference gives to another person, pushed to `out`. */
function creditFindings(ctx: RuleContext, info: ClaimInfo, source: string, out: RawFinding[]): void {
  const c = info.claim;
  const sentence = ctx.text.slice(c.start, c.end);
  const matches = ctx.matches(info);
  if (!matches.some((m) => m.fact.path !== null)) return;
  // A surname alone ("Okafor said") is a person's when the draft or a matching fact gives it a given name.
  const credited = surnameOf(source, ctx.text) ?? matches.map((m) => (m.fact.source ? surnameOf(m.fact.source, '') : null)).find((s) => s !== null && s === source.trim());
  if (!credited) return;
  for (const n of c.numbers) {
    if (!n.isStatistic || !creditable(n)) continue;
    const stating = matches.filter((m) => m.fact.path !== null && m.score >= MIN_SCORE && m.sameNumbers.some((p) => p.draft === n));
    if (stating.length === 0) continue;
    // Any fact of the credited person's with this figure, or one with no person named, settles it.
    const others: Array<[FactMatch, string]> = [];
    let settled = false;
    for (const m of stating) {
      const given = m.fact.source ? surnameOf(m.fact.source, '') : null;
      if (given === null || given === credited) settled = true;
      else others.push([m, given]);
    }
    // A sentence that names the other person too may well credit each with their own words.
    if (settled || others.some(([, given]) => sentence.includes(given))) continue;
    const [hit] = others[0];
    out.push({
      rule: 'source-mismatch',
      message: `${n.text} is credited to ${c.attribution!.source!.text.trim()}; the reference article gives it to ${hit.fact.source} (${factLocation(hit.fact)}).`,
      start: n.start,
      end: n.end,
      sentence: { start: c.start, end: c.end },
      references: [hit, ...matches.filter((m) => m !== hit)],
      fixes: [],
    });
  }
}

/**
 * The surname of a person as a source names them ("Mayor Pieter Vos" -> "Vos", "Okafor" after
 * "Dana Okafor" in `text` -> "Okafor"), or null for anything else: an organisation ("Sporting
 * Aldeira", "Pfizer"), a group, a pronoun. A person is told by a given name the word list knows,
 * an initial, or a title or description right before the name ("president Rui Fontes").
 */
function surnameOf(source: string, text: string): string | null {
  const cleaned = source.trim().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
  let name = personName(cleaned);
  let described = false;
  if (name) {
    const before = cleaned.slice(0, cleaned.length - name.length).trim();
    const last = before.slice(before.lastIndexOf(' ') + 1).replace(/[.,]$/, '');
    described = last !== '' && (/^\p{Ll}/u.test(last) || TITLE_WORDS.has(last.toLowerCase()));
  } else if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(cleaned) && !NOT_A_SURNAME.has(cleaned.toLowerCase())) {
    // A surname alone: a person if the text gives it a given name somewhere.
    name = fullName(text, cleaned);
  }
  if (!name) return null;
  const words = name.split(' ');
  const first = words[0];
  // A given name may follow a capitalised description: "Parent Anna Reyes", "Witness Joe Lund".
  const givenName = words.slice(0, -1).some((w) => posOf(w.toLowerCase(), w) === 'NAME');
  const person = described || TITLE_WORDS.has(first.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}\.$/u.test(first) || givenName;
  return person && words.length > 1 ? words[words.length - 1] : null;
}


/** Single capitalised words that are sources but not people. */
const NOT_A_SURNAME = new Set(['police', 'officials', 'authorities', 'reuters', 'bloomberg', 'sources', 'analysts', 'experts', 'data', 'figures', 'records', 'he', 'she', 'they', 'it']);

/**
 * A figure two statements are unlikely to share by chance (match.ts's distinctive(), or a sum of
 * money); never a vague "millions" or "dozens".
 */
function creditable(n: NumberMention): boolean {
  return n.kind !== 'vague-quantity' && (distinctive(n) || n.kind === 'money');
}

/**
 * The finding for a statement the draft credits to one organisation that every reference
 * statement saying it (a strong match) gives to another, pushed to `out`. Both must be named
 * bodies, neither a person nor a bare "the department", and neither name may hold the other
 * ("police" and "the Halvern Police Department" are one body).
 */
function bodyFinding(ctx: RuleContext, info: ClaimInfo, source: Span, out: RawFinding[]): void {
  const c = info.claim;
  // The same figure, or (isStrongMatch) most of the same words without one. First: without
  // references there is none, and bodyWords may search the whole draft for a given name.
  const candidates = agreeing(ctx.matches(info), c.text).filter((m) => m.fact.path !== null && m.score >= MIN_SCORE);
  if (candidates.length === 0) return;
  // The draft's credit is among its words and not the reference's: "The company filed a layoff
  // notice ..., according to the Tremont County Economic Development Corporation" scores 0.67 against
  // the very same statement. Without the credit's words, most of the rest must be the statement's.
  let own: string[] | null = null;
  const stating = filterList(candidates, (m) => isStrongMatch(m) || (m.differentNumbers.length === 0 && statesMost((own ??= withoutWordsOf(claimTerms(info), source.text)), m.fact.terms)));
  if (stating.length === 0) return;
  const credited = bodyWords(source.text, ctx.text);
  if (credited === null) return;
  let other: FactMatch | null = null;
  // For a reference that names its body by kind alone ("according to the department"): the body its statement names.
  let otherBody: string | null = null;
  for (const m of stating) {
    const src = m.fact.source && !m.fact.vague ? m.fact.source : null;
    const given = src !== null ? bodyWords(src, '') : null;
    if (given !== null) {
      // A fact of the same body may well be the draft's.
      if (sameBody(credited, given)) return;
    } else {
      // "according to the department", "department spokeswoman Alicia Brandt": the one body of
      // that kind the statement itself names is the speaker's ("The company filed a notice with
      // the state Department of Labor, according to the department").
      const office = src !== null ? officeWords(src) : null;
      const resolved = src !== null ? namedInStatement(src, office, m.fact.text) : null;
      if (resolved !== null) {
        if (sameBody(credited, resolved.words) || namesBody(m.fact.terms, credited)) return;
        if (other === null && office === null) otherBody = resolved.name;
      } else if (office === null || office.some((w) => credited.includes(w)) || namesBody(m.fact.terms, credited)) {
        // A person speaks for the body their description names ("county administrator Joan
        // Pereira", "authority spokesman Ben Kowalczyk"); one described otherwise, or not at all,
        // may speak for the draft's, and so may a statement that names the draft's body itself.
        return;
      }
    }
    other ??= m;
  }
  if (other === null) return;
  const theirs = otherBody ?? usableSource(other.fact) ?? other.fact.source!;
  const given = otherBody === null ? other.fact.source!.trim() : `${other.fact.source!.trim()}, ${otherBody}`;
  // "The Halvern Police Department said" opens a sentence: so does its replacement.
  const newText = /^\p{Lu}/u.test(source.text) && /^\p{Ll}/u.test(theirs) ? theirs.charAt(0).toUpperCase() + theirs.slice(1) : theirs;
  out.push({
    rule: 'source-mismatch',
    message: `This is credited to ${source.text.trim()}; the reference article attributes it to ${given} (${factLocation(other.fact)}).`,
    start: source.start,
    end: source.end,
    sentence: { start: c.start, end: c.end },
    references: [other, ...stating.filter((m) => m !== other)],
    fixes: [
      {
        title: `Credit ${theirs}, as the reference article does`,
        kind: 'reference-source',
        edits: [{ start: source.start, end: source.end, newText }],
        preferred: false,
      },
    ],
  });
}

/** `terms` without the content words of `text`. */
function withoutWordsOf(terms: readonly string[], text: string): string[] {
  const drop = contentTerms(text);
  return filterList(terms, (t) => !drop.includes(t));
}

/** Whether at least two words, and as large a share of `words` as a strong match's score, are the statement's. */
function statesMost(words: readonly string[], statementTerms: readonly string[]): boolean {
  let shared = 0;
  for (const w of words) if (statementTerms.includes(w)) shared++;
  return shared >= 2 && shared >= STRONG_WORD_SCORE * words.length;
}

/**
 * The kinds of body a person's description before their name gives ("county administrator Joan
 * Pereira" -> county, "authority spokesman Ben Kowalczyk" -> authority, "Police Chief Renata
 * Vukovic" -> police), or null: no person, or a description that names no body ("Mayor Ida
 * Brandt", "analyst Dana Whitcombe": a mayor may speak for the city or its council).
 */
function officeWords(source: string): string[] | null {
  const cleaned = source.trim().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
  if (surnameOf(cleaned, '') === null) return null;
  const name = personName(cleaned);
  if (!name) return null;
  const words = cleaned.slice(0, cleaned.length - name.length).toLowerCase().split(/[^\p{L}]+/u);
  const office: string[] = [];
  for (const w of words) {
    if (BODY_HEAD.has(w) || BODY_KIND.has(w)) office.push(w);
    else for (const kind of TITLE_BODY.get(w) ?? []) office.push(kind);
  }
  return office.length > 0 ? office : null;
}

/** Titles that name their kind of body by themselves ("Detective Lamar Quinones" works for the police or a sheriff). */
const TITLE_BODY = new Map<string, readonly string[]>([
  ['detective', ['police', 'sheriff']],
  ['trooper', ['police']],
]);

/**
 * The words of the one body a statement names that a source points to by its kind alone ("the
 * department", "department spokeswoman Alicia Brandt", "the agency's director": `office` holds the
 * kind for a person), or null: the source names more than a kind ("county administrator", "the
 * Health Department"), or the statement names no such body, or more than one.
 */
function namedInStatement(source: string, office: readonly string[] | null, statement: string): { words: string[]; name: string } | null {
  const cleaned = source.trim().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/['’]s\b/gu, '');
  const name = office !== null ? personName(cleaned) : null;
  // Only the source's own words before a person's name (a description), or all of a body's.
  const described = name ? cleaned.slice(0, cleaned.length - name.length) : cleaned.split(/[,(]/)[0];
  const words = described.split(/[^\p{L}]+/u).filter((w) => w !== '' && !BODY_FILLER.has(w.toLowerCase()));
  if (words.length === 0 || words.some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()))) return null;
  const lower = words.map((w) => w.toLowerCase());
  const heads = lower.filter((w) => BODY_HEAD.has(w));
  const rest = lower.filter((w) => !BODY_HEAD.has(w) && !TITLE_WORDS.has(w) && !GENERIC_BODY.has(w));
  if (heads.length !== 1 || rest.length > 0) return null;
  let found: { words: string[]; name: string } | null = null;
  for (const m of statement.matchAll(bodyPattern(heads[0]))) {
    const body = bodyWords(m[0], '');
    if (body === null) continue;
    if (found !== null && !sameBody(found.words, body)) return null;
    found ??= { words: body, name: `the ${m[0].replace(/^[Tt]he\s+/, '')}` };
  }
  return found;
}

/**
 * A capitalised name with a given head word: up to five capitalised words before it, perhaps after
 * a level of government, and an "of ..." after it ("the Bramwell Fire Department", "the state
 * Department of Labor"). Every repeat is bounded, so linear. One pattern per head word, made once.
 */
function bodyPattern(head: string): RegExp {
  let re = BODY_PATTERNS.get(head);
  if (re === undefined) {
    const Head = head.charAt(0).toUpperCase() + head.slice(1);
    re = new RegExp(`(?:\\b(?:state|county|city|federal)\\s+)?(?:\\p{Lu}[\\p{L}'’&.-]*\\s+){0,5}${Head}\\b(?:\\s+of(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,4})?`, 'gu');
    BODY_PATTERNS.set(head, re);
  }
  return re;
}
const BODY_PATTERNS = new Map<string, RegExp>();

/** Kinds of public body a person's description may name besides BODY_HEAD's ("county administrator"). */
const BODY_KIND = new Set(['county', 'city', 'state', 'town', 'village', 'federal', 'school', 'transit', 'fire', 'sheriff']);

/** Whether a statement's words hold every distinctive word of a body's name ("the Linwood Transit Authority has estimated ..."). */
function namesBody(terms: readonly string[], body: readonly string[]): boolean {
  const distinct = body.filter((w) => !GENERIC_BODY.has(w) && !BODY_HEAD.has(w) && !BODY_KIND.has(w));
  return distinct.length > 0 && distinct.every((w) => {
    const key = w.length >= 3 ? wordFamily(w) : w;
    return terms.some((t) => t === key || w.startsWith(t) || t.startsWith(w));
  });
}

/** Words of an organisation's name that tell nothing apart. */
const BODY_FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'on', 'in', 'at', 'to', 's']);
/**
 * Words besides BODY_HEAD's that name some body or other: a source made of them alone ("the
 * department", "the county", "the firm", "its spokesman") names none.
 */
const GENERIC_BODY = new Set([
  'firm', 'group', 'organisation', 'organization', 'authorities', 'services', 'county', 'city', 'state', 'federal', 'local',
  'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'report', 'officials', 'it', 'they', 'its', 'their', 'he', 'she',
  'i', 'we', 'you', 'his', 'her',
]);

/** Head words of an organisation's name written in lower case ("the county health department"). */
const BODY_HEAD = new Set([
  'department', 'office', 'agency', 'council', 'service', 'ministry', 'commission', 'committee', 'bureau', 'board', 'authority',
  'administration', 'institute', 'university', 'college', 'court', 'company', 'corporation', 'association', 'union', 'party',
  'bank', 'foundation', 'center', 'centre', 'police', 'government', 'hospital', 'district', 'exchange', 'fund', 'trust',
]);

/**
 * The lower-cased words of an organisation's name, or null when the source is not one: a person
 * (see surnameOf: "Rep. Jim Clyburn (D-S.C.), the assistant leader ..."), a pronoun, a generic body
 * ("the department", "the bank"), a transcript's speaker ("WALLACE"), or words that name no body
 * ("5 percent", "Nearly eight of 10 voters"). A body's name is all capitalised ("Norvale", "the
 * FBI", "Tessaly Properties") or has a body's head word ("the county health department").
 */
function bodyWords(source: string, text: string): string[] | null {
  // An appositive or a party label after the name is not part of it. A copy, not a view of the
  // draft: the pattern tests below keep their last subject, which must not keep the draft alive.
  const copy = (' ' + source).slice(1).trim();
  const raw = copy.split(/[,(]/)[0].trim();
  if (raw.length === 0 || raw.length > 80 || surnameOf(raw, text) !== null) return null;
  // An appositive with a title makes a person ("Frank Coleman, the group's senior vice president").
  const appositive = copy.slice(raw.length).toLowerCase().split(/[^\p{L}]+/u);
  if (appositive.some((w) => TITLE_WORDS.has(w))) return null;
  const parts = raw.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !BODY_FILLER.has(w.toLowerCase()));
  if (parts.length === 0) return null;
  const words = parts.map((w) => w.toLowerCase());
  // "the foundation", "the union": a body named by its kind alone points back to one named before.
  if (words.every((w) => GENERIC_BODY.has(w) || BODY_HEAD.has(w))) return null;
  // A title last, or before a name, names a person ("the state attorney general", "Former Florida
  // Gov. Jeb Bush", "Ms. Warren"); inside a body's name it does not ("the Attorney General's Office").
  const head = words.some((w) => BODY_HEAD.has(w));
  if (TITLE_WORDS.has(words[words.length - 1]) || (!head && words.some((w) => TITLE_WORDS.has(w) || w === 'gov'))) return null;
  const capitalised = parts.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  if (parts.length === 1 && /^\p{Lu}{6,}$/u.test(parts[0])) return null;
  return capitalised || head ? words : null;
}

/** Whether two organisations' names can be one body: one's words all in the other's, or an acronym of it. */
function sameBody(a: readonly string[], b: readonly string[]): boolean {
  const within = (x: readonly string[], y: readonly string[]) => x.every((w) => y.includes(w));
  const acronym = (x: readonly string[], y: readonly string[]) => x.length === 1 && y.length > 1 && x[0] === y.map((w) => w[0]).join('');
  return within(a, b) || within(b, a) || acronym(a, b) || acronym(b, a);
}
