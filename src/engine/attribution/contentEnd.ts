// Where a right-hand content ends. The role tagger labels tokens one by one and the rules in
// content.ts then stretch or cut its run; neither sees the whole span. This ranker scores every
// candidate end (the rules' end, each clause break, closing quote and the sentence's end) with
// features of the span it would close: what stands at the boundary and after it, how the content
// opened, its length, the breaks and cues it would cross, and where it lies relative to the rules'
// end. Trained on held-out predictions of the taggers (scripts/train-content-ends.ts), so what it
// learns about the rules' end holds for text the taggers never saw.

import type { ParagraphTokens } from './context';
import { f2, f3, f4, hash, type Prefix } from './features';
import { POS_ALL } from './pos';
import type { LinearScorer } from './model';
import { bestCandidate } from './rankCandidates';

/** One right-hand content fragment to end: the cue, the fragment's start and the rules' end. */
export interface ContentEndSite {
  p: ParagraphTokens;
  pre: Prefix;
  cueStart: number;
  cueEnd: number;
  /** Hash of the cue's stemmed words (roleTagger.cueKey). */
  cueKey: number;
  start: number;
  end: number;
  /** Where the role tagger's own run ended, before the rules stretched or cut it. */
  tagged: number;
  isCue: Uint8Array;
}

// Lower-case words that open a clause or phrase a content may stop before ("... | when he ran").
const OPENERS = new Set([
  'and', 'but', 'or', 'as', 'since', 'when', 'while', 'because', 'after', 'before', 'during', 'if', 'though',
  'although', 'until', 'where', 'which', 'who', 'whose', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'about', 'than', 'so', 'despite', 'amid', 'including', 'even', 'that',
]);
const BREAK_CLASSES = new Set(['CONJ', 'WH', 'VBG', '?VBG']);
const FINAL = new Set(['.', '!', '?']);

/** Final punctuation of a sentence, before which a content at the sentence's end stops. */
function isFinal(p: ParagraphTokens, i: number): boolean {
  return p.tokens[i].kind === 'punct' && FINAL.has(p.tokens[i].text);
}

/**
 * Candidate ends of the fragment [start, end), ascending, always holding `end`: positions in its
 * sentence before punctuation or an opening quote, after a closing quote, before a lower-case
 * clause opener, preposition or participle, the tagger's own end, and the sentence's end before its
 * final punctuation (or `end`, when the rules ran past the sentence).
 */
export function contentEndCandidates(site: ContentEndSite): number[] {
  const { p, start, end } = site;
  const t = p.tokens;
  const limit = Math.max(sentenceEndOf(site), end);
  const out: number[] = [];
  for (let e = start + 1; e <= limit; e++) {
    if (e === end || e === limit || e === site.tagged) {
      out.push(e);
      continue;
    }
    const u = t[e];
    if (u.kind === 'punct' || (u.kind === 'quote' && p.quoteDir[e] === 1)) out.push(e);
    else if (p.quoteDir[e - 1] === -1) out.push(e);
    else if (u.kind === 'word' && u.text === u.lower && (OPENERS.has(u.lower) || BREAK_CLASSES.has(classOf(site.pre, e)))) out.push(e);
  }
  return out;
}

function classOf(pre: Prefix, i: number): string {
  return POS_ALL[pre.posClass[i]] ?? '';
}

export const END_FEATURES = 29;

function bucket(n: number): number {
  return n <= 3 ? n : n <= 6 ? 4 : n <= 12 ? 5 : n <= 25 ? 6 : 7;
}

const H_NONE = hash('<none>');
const H_SENT_END = hash('<sentence end>');

const FINITE = new Set(['VBD', 'VBZ', 'MODAL', 'COP']);
const IS_FINITE = new Uint8Array(POS_ALL.length + 2);
POS_ALL.forEach((c, k) => (IS_FINITE[k] = FINITE.has(c) ? 1 : 0));

/**
 * Running counts over a site's tokens, from its start to its last candidate, so each candidate's
 * features cost a constant: commas, cue starts, finite verbs and open quotes before each position,
 * and the next finite verb at or after it.
 */
export interface EndContext {
  sentenceEnd: number;
  commas: Int32Array;
  cues: Int32Array;
  verbs: Int32Array;
  quotes: Int32Array;
  nextVerb: Int32Array;
}

const context: EndContext = {
  sentenceEnd: 0,
  commas: new Int32Array(64),
  cues: new Int32Array(64),
  verbs: new Int32Array(64),
  quotes: new Int32Array(64),
  nextVerb: new Int32Array(64),
};

/** Fills the shared context for `site` up to position `last` (inclusive); valid until the next call. */
export function endContext(site: ContentEndSite, last: number): EndContext {
  const { p, pre, start } = site;
  const sentenceEnd = sentenceEndOf(site);
  const top = Math.max(last, sentenceEnd);
  const len = top - start + 1;
  if (context.commas.length < len + 1) {
    const cap = 2 * len + 1;
    context.commas = new Int32Array(cap);
    context.cues = new Int32Array(cap);
    context.verbs = new Int32Array(cap);
    context.quotes = new Int32Array(cap);
    context.nextVerb = new Int32Array(cap);
  }
  const { commas, cues, verbs, quotes, nextVerb } = context;
  const t = p.tokens;
  commas[0] = cues[0] = verbs[0] = quotes[0] = 0;
  for (let k = 0; k < len; k++) {
    const i = start + k;
    const real = i < t.length;
    commas[k + 1] = commas[k] + (real && t[i].text === ',' ? 1 : 0);
    cues[k + 1] = cues[k] + (real && site.isCue[i] && (i === start || !site.isCue[i - 1]) ? 1 : 0);
    verbs[k + 1] = verbs[k] + (real && IS_FINITE[pre.posClass[i]] ? 1 : 0);
    const q = real ? p.quoteDir[i] : 0;
    quotes[k + 1] = q === 1 ? quotes[k] + 1 : q === -1 && quotes[k] > 0 ? quotes[k] - 1 : quotes[k];
  }
  // nextVerb[k]: offset of the first finite verb at or after start + k, before the sentence's end (-1: none).
  let nv = -1;
  for (let k = len; k >= 0; k--) {
    const i = start + k;
    if (i < sentenceEnd && i < t.length && IS_FINITE[pre.posClass[i]]) nv = k;
    nextVerb[k] = i < sentenceEnd ? nv : -1;
  }
  context.sentenceEnd = sentenceEnd;
  return context;
}

/**
 * Features of ending the site's fragment at candidate `e`, written to out[0..END_FEATURES).
 * `rank` is e's place among the candidates counted from the rules' end (0 there, -1 the one before);
 * `ctx` is endContext(site, last candidate).
 */
export function contentEndFeatures(site: ContentEndSite, e: number, rank: number, ctx: EndContext, out: Uint32Array): void {
  const { p, pre, start, cueKey } = site;
  const t = p.tokens;
  const n = t.length;
  const sentenceEnd = ctx.sentenceEnd;
  // A content that opens with a quote ends at its closing quote by rule: its ranks are told apart.
  const rel = (rank < -2 ? -3 : rank > 2 ? 3 : rank) + (t[start].kind === 'quote' ? 16 : 0);
  const atEnd = e >= sentenceEnd;
  // The boundary: the token the content stops before, or the sentence's end.
  const at = atEnd ? H_SENT_END : t[e].kind === 'word' && t[e].text !== t[e].lower ? pre.shape[e] : pre.word[e];
  const next = atEnd || e + 1 >= n ? H_NONE : pre.word[e + 1];
  const nextPos = atEnd || e + 1 >= n ? H_NONE : pre.pos[e + 1];
  const lastPos = pre.pos[e - 1];
  const last = pre.word[e - 1];
  const opener = pre.word[start];
  const k0 = e - start;
  const commas = ctx.commas[k0];
  const cues = ctx.cues[k0];
  const verbs = ctx.verbs[k0];
  const quoteOpen = ctx.quotes[k0];
  const restVerbs = e < sentenceEnd ? ctx.verbs[sentenceEnd - start] - verbs : 0;
  const len = bucket(e - start);
  const rest = bucket(Math.max(0, sentenceEnd - e));
  // The boundary's kind: its punctuation, or its word class.
  const atClass = atEnd ? H_SENT_END : t[e].kind === 'word' ? pre.pos[e] : pre.word[e];
  const openerPos = pre.pos[start];
  // Tokens to the next finite verb after the boundary: a new clause with its own subject is near.
  const verbAt = ctx.nextVerb[k0] < 0 ? 0 : ctx.nextVerb[k0] - k0 + 1;
  const tagged = e === site.tagged ? 1 : e < site.tagged ? 0 : 2;
  const insideQuote = quoteOpen > 0 ? 1 : 0;
  // The template numbers skip those of features tried and dropped (docs/accuracy.md, category 4);
  // the shipped weights are keyed on them. The first feature at rank 0 marks the rules' end: its
  // weight carries the margin another candidate must beat (scripts/train-content-ends.ts).
  let k = 0;
  out[k++] = f2(1, rel + 8);
  out[k++] = f3(2, at, rel + 8);
  out[k++] = f2(3, at);
  out[k++] = f3(4, at, next);
  out[k++] = f3(5, at, nextPos);
  out[k++] = f2(6, lastPos);
  out[k++] = f2(7, last);
  out[k++] = f3(8, lastPos, at);
  out[k++] = f3(9, opener, at);
  out[k++] = f2(11, len);
  out[k++] = f3(12, len, at);
  out[k++] = f3(13, Math.min(commas, 3), at);
  out[k++] = f2(14, Math.min(cues, 2));
  out[k++] = f3(15, Math.min(cues, 2), at);
  out[k++] = f2(16, insideQuote);
  out[k++] = f3(17, insideQuote, at);
  out[k++] = f3(18, Math.min(verbs, 2), at);
  out[k++] = f3(20, rel + 8, len);
  out[k++] = f3(21, atEnd ? 1 : 0, rel + 8);
  out[k++] = f3(24, p.inQuote[start] + 2 * (t[start].kind === 'quote' ? 1 : 0), at);
  out[k++] = f3(25, openerPos, at);
  out[k++] = f4(26, openerPos, atClass, rel + 8);
  out[k++] = f3(27, rest, at);
  out[k++] = f3(28, Math.min(restVerbs, 2), at);
  out[k++] = f3(29, cueKey, atClass);
  out[k++] = f3(30, openerPos, len);
  out[k++] = f3(31, tagged, rel + 8);
  out[k++] = f4(32, tagged, rel + 8, atClass);
  out[k++] = f3(33, bucket(verbAt), at);
}

/** End of the site's sentence before its final punctuation (the "<sentence end>" boundary). */
export function sentenceEndOf(site: ContentEndSite): number {
  const { p, start } = site;
  const sent = p.sentenceTokens.get(p.sentence[start]);
  let limit = sent ? sent[1] : site.end;
  while (limit > start + 1 && isFinal(p, limit - 1)) limit--;
  return limit;
}

const scratch = new Uint32Array(END_FEATURES);

/** Longest span, in tokens, whose ends are ranked (the longest sentence of PolNeAR has 195 tokens in dev, 284 in train). */
const MAX_RANKED_SPAN = 400;

/** The best-scoring candidate end of the site under `model` (a one-tag LinearScorer). */
export function rankContentEnd(site: ContentEndSite, model: LinearScorer): number {
  // A "sentence" hundreds of tokens long is no prose (a run of cues with no full stop, junk read as
  // words): ranking every end in it for each of its cues would take time quadratic in its length.
  if (Math.max(sentenceEndOf(site), site.end) - site.start > MAX_RANKED_SPAN) return site.end;
  const candidates = contentEndCandidates(site);
  if (candidates.length < 2) return site.end;
  const ctx = endContext(site, candidates[candidates.length - 1]);
  return bestCandidate(candidates, site.end, (e, rank, out) => contentEndFeatures(site, e, rank, ctx, out), model, scratch);
}
