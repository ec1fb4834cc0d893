// The entry point: segment -> per paragraph (attributions, claims, draft facts) -> match claims to
// facts -> rules -> directives. Per-paragraph work goes through an optional cache, so the
// incremental analyser and a fresh analysis run the very same code.
import { Carry, carryInto, carryOut, creditAbove, creditLineOf, creditLineUnder, isListLike, isNoteLine } from './carry';
import { ClaimInfo, claimTerms, copyClaim } from './claims';
import { findEntities } from './facts/entities';
import { applyDirectives, findDirectives } from './directives';
import { usableSource } from './fixes';
import { DraftMatcher, occurrenceKeys } from './facts/draft-matcher';
import { byScore, DEFAULT_MAX_MATCHES, DEFAULT_MIN_SCORE } from './facts/match';
import { cachedFigureMatches, cachedReferenceMatches, referenceMatchCache } from './facts/reference-matches';
import { ReferenceSet, referenceIndexFor } from './facts/references';
import { analyzeParagraph, AttributeFn, emptyWork, ParagraphOptions, ParagraphWork, shiftWork } from './paragraph';
import { RULES } from './rules/index';
import { agreeing, isCloseMatch, isStrongMatch } from './rules/matchStrength';
import { dropSuperseded } from './supersede';
import { RawFinding, RuleContext } from './rules/rule';
import { formatOf, normalised, Previous, Reused, segmentFor } from './segmentation';
import { detached, LineIndex } from './text';
import { detachStrings } from './detach';
import {
  AnalysisResult,
  AnalyzeOptions,
  Attribution,
  BlockKind,
  Claim,
  FactMatch,
  Paragraph,
  Finding,
  ReferenceFact,
  RULE_IDS,
  RuleId,
  RuleSetting,
  Segmentation,
  Severity,
} from './types';
import { mapList, filterList } from './lists';

/** Where paragraph results are kept between analyses (see incremental.ts). */
export interface ParagraphCache {
  get(key: string): ParagraphWork | undefined;
  set(key: string, work: ParagraphWork): void;
}

const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];
/** Claims per slice of a per-claim rule. */
const RULE_SLICE = 500;

export function paragraphOptions(options: AnalyzeOptions): ParagraphOptions {
  return {
    ignoreHeadlines: options.ignoreHeadlines !== false,
    trustedSources: Array.isArray(options.trustedSources) ? options.trustedSources.filter((s) => typeof s === 'string') : [],
    extraCues: Array.isArray(options.extraCues) ? options.extraCues.filter((s) => typeof s === 'string' && s.trim() !== '') : [],
    restatements: Array.isArray(options.references) && options.references.length > 0,
  };
}

/** Everything a paragraph's result depends on, relative to the paragraph. */
function paragraphKey(text: string, seg: Segmentation, p: number, optionsKey: string): string {
  const para = seg.paragraphs[p];
  let key = `${optionsKey}\u0001${para.kind}\u0001`;
  for (const si of para.sentences) {
    const s = seg.sentences[si];
    key += `${s.start - para.start},${s.end - para.start},${s.isHeadline ? 1 : 0};`;
  }
  for (const sk of seg.skipped) {
    if (sk.end > para.start && sk.start < para.end) key += `k${sk.start - para.start},${sk.end - para.start};`;
  }
  return `${key}\u0001${text.slice(para.start, para.end)}`;
}

export interface AnalyzeInternals {
  cache?: ParagraphCache;
  /** A segmentation already computed for this text. */
  segmentation?: Segmentation;
  /** The previous analysis, to re-segment only around the edit and reuse untouched paragraphs. */
  previous?: Previous;
  /** Replaces the attribution model (tests of the rules use hand-built attributions). */
  attribute?: AttributeFn;
  /** Reference facts already extracted (tests; callers that manage their own index). */
  references?: ReferenceSet;
  /** The incremental analyser's draft-fact matcher, kept between analyses. */
  draftMatcher?: DraftMatcher;
}

function emptyResult(notices: string[]): AnalysisResult {
  return {
    segmentation: { paragraphs: [], sentences: [], skipped: [] },
    attributions: [],
    claims: [],
    findings: [],
    facts: [],
    notices,
    stats: { claims: 0, attributedClaims: 0, numbers: 0, sourcedNumbers: 0, words: 0 },
  };
}

/** Per-paragraph results for paragraphs [from, to), through the cache. */
export function paragraphWorks(
  text: string,
  seg: Segmentation,
  popts: ParagraphOptions,
  optionsKey: string,
  cache: ParagraphCache | undefined,
  from: number,
  to: number,
  out: ParagraphWork[],
  notices: string[],
  attribute?: AttributeFn,
  reuse?: (p: number) => Reused | undefined,
  rels?: ParagraphWork[],
): void {
  for (let p = from; p < to; p++) {
    const para = seg.paragraphs[p];
    const base = para.start;
    const firstSentence = para.sentences.length > 0 ? para.sentences[0] : 0;
    // A paragraph the edit did not touch keeps its previous result (no key to build or look up),
    // and before the edit even its placed copy.
    if (!cache && !rels && !reuse) {
      // A one-off analysis keeps nothing: no relative copy to build and shift back.
      let w: ParagraphWork;
      try {
        w = analyzeParagraph(text, seg, p, popts, attribute);
      } catch (err) {
        notices.push(`Paragraph at offset ${base} could not be analysed: ${(err as Error).message}`);
        w = emptyWork(text, seg, para);
      }
      out.push(w);
      continue;
    }
    const reused = reuse?.(p);
    if (reused?.placed) {
      rels?.push(reused.rel);
      out.push(reused.placed);
      continue;
    }
    let rel = reused?.rel;
    const key = cache && !rel ? paragraphKey(text, seg, p, optionsKey) : '';
    if (!rel) rel = cache?.get(key);
    if (!rel) {
      try {
        // Kept beyond this version of the document: its strings must not be views of it.
        rel = detachStrings(shiftWork(analyzeParagraph(text, seg, p, popts, attribute), -base, -firstSentence));
      } catch (err) {
        notices.push(`Paragraph at offset ${base} could not be analysed: ${(err as Error).message}`);
        rel = emptyWork(text, seg, para);
      }
      // The key holds the paragraph as a view of this version of the document: kept as a copy.
      cache?.set(detached(key), rel);
    }
    rels?.push(rel);
    out.push(shiftWork(rel, base, firstSentence));
  }
}

export function optionsKeyOf(popts: ParagraphOptions): string {
  return JSON.stringify([popts.ignoreHeadlines, popts.trustedSources, popts.extraCues, popts.restatements === true]);
}

/** Analyses a draft. Never throws: problems with the input end up in `notices`. */
export function analyze(text: string, options: AnalyzeOptions = {}, internals: AnalyzeInternals = {}): AnalysisResult {
  return analyzeKeeping(text, options, internals, false).result;
}

/**
 * analyze(), also returning what the next incremental analysis can reuse (unless `keep` is false:
 * then `previous` is null and paragraph results are built in place, never shifted).
 */
export function analyzeKeeping(
  text: string,
  options: AnalyzeOptions = {},
  internals: AnalyzeInternals = {},
  keep = true,
): { result: AnalysisResult; previous: Previous | null } {
  const notices: string[] = [];
  if (typeof text !== 'string') return { result: emptyResult(['The input is not text.']), previous: null };
  const opts: AnalyzeOptions = options && typeof options === 'object' ? options : {};
  const popts = paragraphOptions(opts);
  const optionsKey = optionsKeyOf(popts);
  const { seg, reuse } = internals.segmentation
    ? { seg: normalised(internals.segmentation), reuse: undefined }
    : segmentFor(text, opts, notices, internals.previous, optionsKey);
  const works: ParagraphWork[] = [];
  const rels: ParagraphWork[] | undefined = keep ? [] : undefined;
  paragraphWorks(text, seg, popts, optionsKey, internals.cache, 0, seg.paragraphs.length, works, notices, internals.attribute, reuse, rels);
  const result = finish(text, opts, seg, works, notices, internals.references, internals.draftMatcher);
  return { result, previous: rels ? { text, seg, format: formatOf(opts), optionsKey, rels, works } : null };
}

/** Whole-document stage: draft facts, matching, rules, directives and stats. */
export function finish(
  text: string,
  opts: AnalyzeOptions,
  seg: Segmentation,
  works: ParagraphWork[],
  notices: string[],
  references?: ReferenceSet,
  matcher?: DraftMatcher,
): AnalysisResult {
  const steps = finishSteps(text, opts, seg, works, notices, references, matcher);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Whether the paragraph's last sentence names a person or organisation (the actor of a pronoun that
 * opens the next). Kept per paragraph result, which a keystroke elsewhere leaves as it is.
 */
function endsNamingActor(text: string, seg: Segmentation, para: Paragraph | undefined, work: ParagraphWork | undefined): boolean {
  const last = para && para.sentences.length > 0 ? seg.sentences[para.sentences[para.sentences.length - 1]] : undefined;
  if (!last || !work || last.isHeadline) return false;
  let known = endsWithActor.get(work);
  if (known === undefined) {
    known = findEntities(text.slice(last.start, last.end), [0], new Set(work.names)).some((e) => e.kind === 'actor');
    endsWithActor.set(work, known);
  }
  return known;
}
// Weak: a paragraph result that is dropped takes its entry with it.
const endsWithActor = new WeakMap<ParagraphWork, boolean>();

/** The whole-document stage as steps: it pauses after each claim it matches and after each rule. */
export function* finishSteps(
  text: string,
  opts: AnalyzeOptions,
  seg: Segmentation,
  works: ParagraphWork[],
  notices: string[],
  references?: ReferenceSet,
  matcher?: DraftMatcher,
): Generator<void, AnalysisResult, void> {
  const lines = new LineIndex(text);
  const attributions: Attribution[] = [];
  const infos: ClaimInfo[] = [];
  const draftFacts: ReferenceFact[] = [];
  let words = 0;
  // A claim's identity across edits: its paragraph result and its place in it.
  const claimKeys = new Map<ClaimInfo, [string, number]>();
  const occurrences = occurrenceKeys(works);
  // "X said:" at the end of a paragraph speaks for the next one, an open quote runs on (carry.ts).
  let carry: Carry | null = null;
  // Where in `infos` the run of list items or table rows just before this paragraph began (-1: none).
  let runStart = -1;
  // Where in `infos` the paragraph just before this one began, and its kind.
  let prevStart = 0;
  let prevKind: BlockKind | null = null;
  const rekey = (old: ClaimInfo, now: ClaimInfo): void => {
    const key = claimKeys.get(old);
    claimKeys.delete(old);
    if (key) claimKeys.set(now, key);
  };
  for (let k = 0; k < works.length; k++) {
    // A 100,000-word draft has thousands of paragraphs: pause now and then for an async caller.
    if (k > 0 && k % 256 === 0) yield;
    const w = works[k];
    const para = seg.paragraphs[k];
    for (const a of w.attributions) attributions.push(a);
    // A credit line sources the run of list items or table rows just above it, or else the plain
    // paragraph just above it ("Imports fell 12% in October." then "Source: Port Authority").
    const above = runStart >= 0 ? runStart : prevKind === 'paragraph' ? prevStart : -1;
    const credit = above >= 0 && para ? creditLineOf(seg, para, w.attributions) : null;
    if (credit) creditAbove(infos, above, credit, rekey);
    // A note under a table ("Note: Figures are provisional.") does not end its run: a credit line
    // under the note still speaks for the rows.
    runStart = para && (isListLike(para) || (runStart >= 0 && isNoteLine(seg, para))) ? (runStart >= 0 ? runStart : infos.length) : -1;
    prevStart = infos.length;
    prevKind = para?.kind ?? null;
    const claims: readonly ClaimInfo[] = carry && para ? carryInto(text, seg, para, w.claims, carry) : w.claims;
    claims.forEach((info, i) => {
      if (info.actorBefore && !endsNamingActor(text, seg, seg.paragraphs[k - 1], works[k - 1])) return;
      infos.push(info);
      claimKeys.set(info, [occurrences[k], i]);
    });
    const under = para ? creditLineUnder(text, seg, para, w.attributions) : null;
    if (under) creditAbove(infos, prevStart, under, rekey);
    for (const { fact, contentStart } of w.facts) draftFacts.push(numberedFact(fact, draftFacts.length + 1, lines.line(contentStart)));
    words += w.words;
    carry = para && para.sentences.length > 0 ? carryOut(text, seg, para, w.attributions, claims, w.names, carry, w.openQuote) : null;
  }

  yield;
  const refs = references ?? referenceIndexFor(opts, notices);
  yield;
  const minScore = typeof opts.minScore === 'number' && Number.isFinite(opts.minScore) ? opts.minScore : DEFAULT_MIN_SCORE;
  const maxMatches = typeof opts.maxMatches === 'number' && opts.maxMatches >= 0 ? Math.floor(opts.maxMatches) : DEFAULT_MAX_MATCHES;
  const refCache = referenceMatchCache(refs, minScore, maxMatches);
  const draftMatcher = matcher ?? new DraftMatcher();
  yield* draftMatcher.syncSteps(works, draftFacts, occurrences);
  yield;
  const memo = new Map<ClaimInfo, FactMatch[]>();
  const matches = (info: ClaimInfo): FactMatch[] => {
    let m = memo.get(info);
    if (!m) {
      const c = info.claim;
      const fromRefs = refs.index.size > 0 ? cachedReferenceMatches(refCache, refs, info, minScore, maxMatches) : [];
      // The draft's own facts only help a claim that has no source yet. (Its content words are
      // worked out only here: a sourced claim, or a draft without facts, never needs them.)
      let fromDraft: FactMatch[] = [];
      if (c.status !== 'sourced' && draftFacts.length > 0) {
        const [owner, index] = claimKeys.get(info) ?? ['', -1];
        const features = { numbers: c.numbers, entityTokens: info.entityTokens, terms: claimTerms(info) };
        fromDraft = draftMatcher.match(features, owner, index, (f) => f.start < c.end && f.end > c.start, minScore, maxMatches);
      }
      m = fromDraft.length === 0 ? fromRefs : [...fromRefs, ...fromDraft].sort(byScore).slice(0, maxMatches);
      memo.set(info, m);
    }
    return m;
  };

  // Names as the draft and its references write them, for "According to X, <name> ...".
  let names: Set<string> | null = null;
  const isName = (word: string): boolean => {
    if (!names) names = draftNames(refs.names, works);
    const tok = word.toLowerCase().replace(/['’]s?$/, '');
    return word === 'I' || /^\p{Lu}{2,}/u.test(word) || names.has(tok);
  };

  // An unsourced restatement (claims.ts) is a claim only where it says what a reference article
  // attributes to a named source, and the draft does not attribute it elsewhere (a lede that the
  // next paragraph sources); the others go before any rule sees them.
  // A sourced restatement stays where it says what a reference says, for its source to be checked;
  // a vague one where a reference names its source, for vague-source to name it.
  // A paraphrase shares fewer words than a copy ("The city never seriously studied whether ..."
  // against "the city had failed to look seriously at ..."): an unsourced one is a lead at a close
  // match, and its message asks the writer to check it (isStrongMatch still decides what a fix names).
  // Below a strong match, it takes MIN_LEAD_TERMS shared content words: a short sentence's two
  // ("Just another day in the campaign.") meet some statement in any pile of articles.
  const close = (m: FactMatch, words: readonly string[]): boolean =>
    !m.fact.vague && usableSource(m.fact) !== null && (isStrongMatch(m) || (isCloseMatch(m) && sharedTerms(words, m.fact.terms) >= MIN_LEAD_TERMS));
  const restates = (info: ClaimInfo): boolean => {
    if (refs.index.size === 0) return false;
    const found = agreeing(matches(info), info.claim.text);
    const words = claimTerms(info);
    const says = (m: FactMatch): boolean => m.fact.path !== null && saysTheSame(words, m.fact.terms);
    if (info.claim.status === 'sourced') return found.some((m) => says(m) && isStrongMatch(m));
    return found.some((m) => says(m) && close(m, words)) && (info.claim.status === 'vague' || !found.some((m) => m.fact.path === null && close(m, words)));
  };
  // In place, in one pass: a long draft with references can drop thousands.
  let kept = 0;
  for (const info of infos) if (info.claim.kinds[0] !== 'restatement' || restates(info)) infos[kept++] = info;
  infos.length = kept;

  // Match every claim that will need it now, one at a time, so that an async caller can yield.
  for (const info of infos) {
    if (info.claim.status !== 'sourced' || info.claim.numbers.length > 0) {
      matches(info);
      yield;
    }
  }

  const severities = resolveSeverities(opts, notices);
  const ctx: RuleContext = {
    text,
    claims: infos,
    attributions,
    trustedSources: paragraphOptions(opts).trustedSources,
    ignoreHeadlines: opts.ignoreHeadlines !== false,
    isHeadlineSentence: (i) => !!seg.sentences[i]?.isHeadline,
    isTableRowSentence: (i) => seg.paragraphs[seg.sentences[i]?.paragraph ?? -1]?.kind === 'table-row',
    isName,
    matches,
    figureMatches: (info, n) => (refs.index.size > 0 ? cachedFigureMatches(refCache, refs, text, info, n, minScore, maxMatches) : []),
    enabled: (id) => severities[id] !== 'off',
  };
  let findings: Finding[] = [];
  for (const rule of RULES) {
    const sev = severities[rule.id];
    if (sev === 'off') continue;
    try {
      // Per-claim rules go a slice of claims at a time (a 100,000-word draft has thousands); the
      // findings join only when the whole rule succeeded, as with a single call.
      const found: RawFinding[] = [];
      if (rule.perClaim && infos.length > RULE_SLICE) {
        for (let i = 0; i < infos.length; i += RULE_SLICE) {
          for (const f of rule.check({ ...ctx, claims: infos.slice(i, i + RULE_SLICE) })) found.push(f);
          yield;
        }
      } else {
        for (const f of rule.check(ctx)) found.push(f);
        yield;
      }
      // Rules return fresh objects (none keeps them), so each gains its severity in place: a copy
      // per finding was a measurable share of a keystroke.
      for (const f of found) findings.push(Object.assign(f, { severity: sev }));
    } catch (err) {
      notices.push(`Rule ${rule.id} failed: ${(err as Error).message}`);
    }
  }
  const directives = findDirectives(text, lines);
  for (const d of directives) {
    if (d.unknown.length > 0) notices.push(`Line ${d.line}: unknown rule ${d.unknown.join(', ')} in directive.`);
  }
  findings = dropSuperseded(applyDirectives(findings, directives, lines));
  const order = new Map(RULE_IDS.map((id, i) => [id, i]));
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0));

  const claims: Claim[] = mapList(infos, (info) => {
    const c = info.claim;
    const found = c.status !== 'sourced' || c.numbers.length > 0 ? matches(info) : [];
    return copyClaim(c, c.start, c.end, c.sentence, c.status, c.attribution, c.numbers, found);
  });
  let numbers = 0;
  let sourcedNumbers = 0;
  for (const c of claims) {
    numbers += c.numbers.length;
    if (c.status === 'sourced') sourcedNumbers += c.numbers.length;
  }
  return {
    segmentation: seg,
    attributions,
    claims,
    findings,
    facts: [...refs.facts, ...draftFacts],
    notices,
    stats: {
      claims: claims.length,
      attributedClaims: filterList(claims, (c) => c.status === 'sourced').length,
      numbers,
      sourcedNumbers,
      words,
    },
  };
}

/**
 * Whether a restatement's content words (names aside) are the statement's own: at least two, most
 * of them, and a good part of the fact's content words. Names alone match a source's description
 * ("Aaron Kall is director of debate at ..." against what Kall, "the director of debate", said),
 * and two or three common words match anything ("Give her a break.").
 */
function saysTheSame(words: readonly string[], factTerms: readonly string[]): boolean {
  const shared = sharedTerms(words, factTerms);
  return shared >= MIN_SHARED_TERMS && shared >= SHARED_TERMS_SHARE * words.length && shared >= FACT_TERMS_SHARE * factTerms.length;
}
const MIN_SHARED_TERMS = 2;
const SHARED_TERMS_SHARE = 0.6;
/** A restatement says a good part of the statement, not two words of a long quote ("He doesn't think so."). */
const FACT_TERMS_SHARE = 0.3;
/** Shared content words a restatement needs for a lead below a strong match (see `close`). */
const MIN_LEAD_TERMS = 3;

/** How many of a claim's content words the statement's terms hold. */
function sharedTerms(words: readonly string[], factTerms: readonly string[]): number {
  let shared = 0;
  for (const w of words) if (factTerms.includes(w)) shared++;
  return shared;
}

// The last names set and what it was built from: a keystroke changes one paragraph's names at
// most, so the set is rebuilt only when some paragraph's list really differs (lists are never mutated).
let namesMemo: { refs: ReadonlySet<string>; lists: ReadonlyArray<readonly string[]>; set: Set<string> } | null = null;

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The reference names plus every paragraph's names (shared: read only). */
function draftNames(refNames: ReadonlySet<string>, works: readonly ParagraphWork[]): Set<string> {
  const m = namesMemo;
  if (m && m.refs === refNames && m.lists.length === works.length && works.every((w, i) => sameNames(w.names, m.lists[i]))) {
    namesMemo = { refs: refNames, lists: mapList(works, (w) => w.names), set: m.set };
    return m.set;
  }
  const set = new Set(refNames);
  for (const w of works) for (const n of w.names) set.add(n);
  namesMemo = { refs: refNames, lists: mapList(works, (w) => w.names), set };
  return set;
}

/** Severity per rule from the options; unknown values fall back to the default with a notice. */
export function resolveSeverities(opts: AnalyzeOptions, notices: string[]): Record<RuleId, Severity | 'off'> {
  const out = {} as Record<RuleId, Severity | 'off'>;
  const given = opts.rules && typeof opts.rules === 'object' ? opts.rules : {};
  for (const rule of RULES) {
    const v: RuleSetting | undefined = (given as Record<string, RuleSetting | undefined>)[rule.id];
    if (v === undefined) out[rule.id] = rule.defaultSeverity;
    else if (SETTINGS.includes(v)) out[rule.id] = v;
    else {
      notices.push(`Setting for ${rule.id} must be error, warning, info or off; using ${rule.defaultSeverity}.`);
      out[rule.id] = rule.defaultSeverity;
    }
  }
  return out;
}

/**
 * A draft fact with its number and line. A paragraph result a keystroke left alone keeps its fact
 * objects, so the numbered copy made last time is reused while its number and line still hold.
 */
const numbered = new WeakMap<ReferenceFact, ReferenceFact>();
function numberedFact(fact: ReferenceFact, n: number, line: number): ReferenceFact {
  const id = `draft#${n}`;
  const known = numbered.get(fact);
  if (known && known.id === id && known.line === line) return known;
  const copy = { ...fact, id, line };
  numbered.set(fact, copy);
  return copy;
}
