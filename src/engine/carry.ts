// Attribution carried from one paragraph into the next, the way news copy runs a speaker on:
// a lead-in that ends with a colon ("The governor added:", "The Times reports:") speaks for the
// paragraph after it (or the list after it, item by item), and a quote left open at a paragraph's end (no closing mark, by newsroom
// convention) goes on in the next paragraph when that one opens with a quote mark.
import { ClaimInfo, copyClaim, copyClaimInfo, FOLLOW_UP_RE } from './claims';
import { findEntities } from './facts/entities';
import { hasLikelyCue } from './likely-cue';
import { isCredit } from './attribution/patterns';
import { Attribution, Paragraph, Segmentation, Sentence } from './types';
import { mapList, filterList } from './lists';

export interface Carry {
  /** The speaker's attribution, or null when only a likely cue or a named actor introduces the text. */
  attribution: Attribution | null;
  /**
   * What it carries into: the whole next paragraph (a lead-in ending with a colon); only a next
   * paragraph that opens with a quote mark (a quote running on); only the next list item or table
   * row (a lead-in or credit line running through a list or table); or only the first sentence of a
   * next paragraph that opens by pointing back to a sourced figure ("That is up from 4% a year earlier.").
   */
  scope: 'paragraph' | 'quote' | 'list' | 'follow-up';
}

/** List items and table rows: what a lead-in before them, or a credit line under them, speaks for. */
export function isListLike(para: Paragraph): boolean {
  return para.kind === 'list-item' || para.kind === 'table-row';
}

/**
 * The credit line ("Source: Environment Agency") that `para` is, if it is one: its attribution. The
 * credits of the graphic itself may follow on its line ("Source: CDC WONDER. Graphic by Ana Ruiz").
 */
export function creditLineOf(seg: Segmentation, para: Paragraph, attributions: readonly Attribution[]): Attribution | null {
  if (para.sentences.length === 0) return null;
  for (let k = 1; k < para.sentences.length; k++) {
    const s = seg.sentences[para.sentences[k]];
    if (!s || !GRAPHIC_CREDIT.test(s.text)) return null;
  }
  return creditOpening(seg.sentences[para.sentences[0]], attributions);
}

// Who made the graphic, after its source on the credit line: "Graphic by Ana Ruiz", "Chart: The Ledger".
const GRAPHIC_CREDIT = /^[*_\s(]*(?:graphics?|charts?|maps?|illustrations?|design|visuali[sz]ations?|tables?|photos?|photographs?|reporting|analysis)\s*(?:by\b|:)/i;

// A note on a table or a list, set under it before its credit line ("Note: Figures are provisional.").
const NOTE_LINE = /^[*_\s(]*notes?\s*:/i;

/** Whether `para` is a note on the table or list above it ("Note: ..."). */
export function isNoteLine(seg: Segmentation, para: Paragraph): boolean {
  const first = seg.sentences[para.sentences[0]];
  return para.kind === 'paragraph' && !!first && NOTE_LINE.test(first.text);
}

/**
 * The credit line that closes `para` on a line of its own ("Imports fell 12%.\nSource: Port
 * Authority"), if any: its attribution. It sources the sentences above it in the paragraph.
 */
export function creditLineUnder(text: string, seg: Segmentation, para: Paragraph, attributions: readonly Attribution[]): Attribution | null {
  if (para.sentences.length < 2) return null;
  const last = seg.sentences[para.sentences[para.sentences.length - 1]];
  const before = seg.sentences[para.sentences[para.sentences.length - 2]];
  if (!last || !before || !text.slice(before.end, last.start).includes('\n')) return null;
  return creditOpening(last, attributions);
}

// What a credit line's sentence opens with (a cheap test before looking for its attribution).
const CREDIT_START = /^[*_\s(]*(?:sources?\s*:|(?:data|figures)\s*(?::|from\b))/i;

/** The credit attribution that opens sentence `s` (after any emphasis markup), if there is one. */
function creditOpening(s: Sentence | undefined, attributions: readonly Attribution[]): Attribution | null {
  if (!s || !CREDIT_START.test(s.text)) return null;
  return attributions.find((a) => isCredit(a) && a.cue.start >= s.start && /^[*_\s(]*$/.test(s.text.slice(0, a.cue.start - s.start))) ?? null;
}

// A lead-in that points to a document the story has named, whose findings follow: "Among the
// report's findings:", "Key results of the survey:", "From the audit:". Definite, as "the figures
// show" is: it points back, as a pronoun does.
const DOCUMENT_LEAD_IN = /\b(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}(?:report|study|survey|poll|audit|analysis|review|census|index|filing|budget|forecast|assessment|inquiry|investigation|data|figures|statistics|findings|results|conclusions|recommendations)(?:(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}(?:findings|results|figures|data|conclusions|recommendations|highlights))?(?:\s+(?:show|shows|showed|found|finds|say|says|said|suggest|suggests|include|includes|included))?\s*:\s*["“«„]?\s*$/i;

const OPENS_WITH_QUOTE = /^\s*["“«„]/;
const COLON_END = /:\s*["“«„]?\s*$/;

/**
 * Whether a quote is open after `s` (or its part [start, end)), given whether it was open before.
 * Counted by char code, with no slice: every keystroke asks this of every sentence of the draft.
 */
export function quoteOpenAfter(s: string, open: boolean, start = 0, end = s.length): boolean {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 0xab) opens++;
    else if (c === 0x201d || c === 0xbb) closes++;
    else if (c === 0x22) straight++;
  }
  if (opens !== closes) return opens > closes;
  return straight % 2 === 1 ? !open : open;
}

/**
 * The sentence that opened a quote still open at the end of `para`, as its place in para.sentences;
 * -1 when none is open. It reads only the paragraph, so its result is kept with the paragraph's
 * (ParagraphWork.openQuote) instead of being worked out again for every paragraph at each keystroke.
 */
export function openQuoteOf(text: string, seg: Segmentation, para: Paragraph): number {
  let open = false;
  let opener = -1;
  para.sentences.forEach((si, k) => {
    const s = seg.sentences[si];
    if (!s) return;
    const after = quoteOpenAfter(text, open, s.start, s.end);
    if (after && !open) opener = k;
    open = after;
  });
  return open ? opener : -1;
}

/** Claims of `para` with the carry applied: new objects where the status changes (the cached ones are shared). */
export function carryInto(text: string, seg: Segmentation, para: Paragraph, claims: readonly ClaimInfo[], carry: Carry): readonly ClaimInfo[] {
  const first = seg.sentences[para.sentences[0]];
  if (!first) return claims;
  const quoted = OPENS_WITH_QUOTE.test(first.text);
  if (carry.scope === 'quote' && !quoted) return claims;
  if (carry.scope === 'list' && !isListLike(para)) return claims;
  if (carry.scope === 'follow-up') {
    if (!FOLLOW_UP_RE.test(first.text)) return claims;
    return sourceClaims(claims, new Set([para.sentences[0]]), carry.attribution);
  }
  // A lead-in covers a plain paragraph whole; a quote, only as long as it stays open.
  const covered = new Set<number>();
  let open = false;
  for (const si of para.sentences) {
    const s = seg.sentences[si];
    if (!s) continue;
    if (quoted && si !== para.sentences[0] && !open) break;
    covered.add(si);
    open = quoteOpenAfter(text, open, s.start, s.end);
  }
  return sourceClaims(claims, covered, carry.attribution);
}

/** `claims` with those of the `covered` sentences that had no source sourced by `attribution`: new objects only where the status changes. */
function sourceClaims(claims: readonly ClaimInfo[], covered: ReadonlySet<number>, attribution: Attribution | null): readonly ClaimInfo[] {
  let changed = false;
  const out = mapList(claims, (info) => {
    if (info.claim.status !== 'unsourced' || !covered.has(info.claim.sentence)) return info;
    changed = true;
    const c = info.claim;
    return copyClaimInfo(info, copyClaim(c, c.start, c.end, c.sentence, 'sourced', attribution, c.numbers, c.matches));
  });
  return changed ? out : claims;
}

/**
 * What `para` hands to the next paragraph. `claims` are its claims after any carry into it,
 * `incoming` that carry.
 */
export function carryOut(
  text: string,
  seg: Segmentation,
  para: Paragraph,
  attributions: readonly Attribution[],
  claims: readonly ClaimInfo[],
  names: readonly string[],
  incoming: Carry | null,
  openQuote: number,
): Carry | null {
  const lastIndex = para.sentences[para.sentences.length - 1];
  const last = seg.sentences[lastIndex];
  if (!last) return null;
  // A lead-in ("Key figures, according to the port authority:") speaks for its whole list or table.
  if (incoming && (incoming.scope === 'paragraph' || incoming.scope === 'list') && isListLike(para)) return { attribution: incoming.attribution, scope: 'list' };
  // So does a credit line above it ("Source: Environment Agency", then the table).
  const credit = creditLineOf(seg, para, attributions);
  if (credit) return { attribution: credit, scope: 'list' };
  const lastText = text.slice(last.start, last.end);
  if (COLON_END.test(lastText)) {
    const own = filterList(attributions, (a) => a.sentence === lastIndex);
    const named = own.find((a) => !a.vague);
    if (named) return { attribution: named, scope: 'paragraph' };
    if (own.length > 0) return null;
    if (hasLikelyCue(lastText, lastText) || DOCUMENT_LEAD_IN.test(lastText) || findEntities(lastText, [0], new Set(names)).some((e) => e.kind === 'actor')) {
      return { attribution: null, scope: 'paragraph' };
    }
    return null;
  }
  // A quote left open: carry what sourced the sentence that opened it.
  const opener = openQuote < 0 ? -1 : para.sentences[openQuote];
  if (opener === undefined || opener < 0) return followUpOf(claims, lastIndex);
  const claim = claims.find((c) => c.claim.sentence === opener);
  if (claim && claim.claim.status === 'sourced') return { attribution: claim.claim.attribution, scope: 'quote' };
  if (claim) return null;
  // The opening sentence is no claim ("He added: “We will ..."): its attribution, or the one carried in.
  const own = attributions.find((a) => a.sentence === opener && !a.vague);
  if (own) return { attribution: own, scope: 'quote' };
  if (incoming && opener === para.sentences[0]) return { attribution: incoming.attribution, scope: 'quote' };
  return null;
}

/** A carry for a next paragraph that follows up the figure of sentence `last`, when a named source gave it. */
function followUpOf(claims: readonly ClaimInfo[], last: number): Carry | null {
  const c = claims.find((x) => x.claim.sentence === last)?.claim;
  if (!c || c.status !== 'sourced' || !c.kinds.includes('statistic') || !c.attribution || c.attribution.vague) return null;
  return { attribution: c.attribution, scope: 'follow-up' };
}

/**
 * A credit line under a list or table ("Source: Environment Agency") sources the unsourced claims
 * of the items or rows just above it: infos[from...] are theirs. Each one replaced is reported to
 * `replaced` (old, new), so that the caller can re-key it.
 */
export function creditAbove(infos: ClaimInfo[], from: number, credit: Attribution, replaced: (old: ClaimInfo, now: ClaimInfo) => void): void {
  for (let i = from; i < infos.length; i++) {
    const info = infos[i];
    const c = info.claim;
    if (c.status !== 'unsourced') continue;
    infos[i] = copyClaimInfo(info, copyClaim(c, c.start, c.end, c.sentence, 'sourced', credit, c.numbers, c.matches));
    replaced(info, infos[i]);
  }
}
