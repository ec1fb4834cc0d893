// Per-paragraph analysis: attributions, claims, the draft's own facts and names. The result is
// stored relative to the paragraph (offsets from its start, sentence numbers from its first
// sentence) so that an unchanged paragraph can be reused wherever it moves in the document.
import { attributeParagraph } from './attribution/index';
import { openQuoteOf } from './carry';
import { ClaimInfo, ClaimOptions, copyClaim, copyClaimInfo, paragraphClaims } from './claims';
import { midSentenceNames } from './facts/entities';
import { extractFacts, statedAttributions } from './facts/extract';
import { countWords, LineIndex } from './text';
import { Attribution, NumberMention, Paragraph, ReferenceFact, Segmentation, Span } from './types';
import { mapList } from './lists';

export interface ParagraphWork {
  attributions: Attribution[];
  claims: ClaimInfo[];
  /** Draft facts with a placeholder id and line; contentStart fixes the line later. */
  facts: Array<{ fact: ReferenceFact; contentStart: number }>;
  names: string[];
  words: number;
  /** Identifies this result's content across shifts: equal serials mean equal facts. */
  serial: number;
  /** The sentence that opened a quote left open at the paragraph's end (its place in the paragraph), or -1. */
  openQuote: number;
}

let nextSerial = 1;
/** A fresh serial for a newly computed paragraph result. */
export function newSerial(): number {
  return nextSerial++;
}

export interface ParagraphOptions extends ClaimOptions {
  extraCues: string[];
}

/** Finds the attributions of one paragraph; the model by default, hand-built ones in tests. */
export type AttributeFn = (text: string, seg: Segmentation, p: number, options: { extraCues: string[] }) => Attribution[];

// Draft facts get their line in finish(): the placeholder line index is shared (it is read only).
const NO_LINES = new LineIndex('');

/** Analyses paragraph `p` of `text`, in absolute offsets. */
export function analyzeParagraph(
  text: string,
  seg: Segmentation,
  p: number,
  options: ParagraphOptions,
  attribute: AttributeFn = attributeParagraph,
): ParagraphWork {
  const para = seg.paragraphs[p];
  const found = attribute(text, seg, p, { extraCues: options.extraCues });
  // The contract's fields only: extra detail stays in the attribution module.
  const attributions: Attribution[] = mapList(found, (a) => ({
    cue: a.cue,
    source: a.source,
    content: a.content,
    kind: a.kind,
    vague: a.vague,
    sentence: a.sentence,
  }));
  const paraText = text.slice(para.start, para.end);
  const names = midSentenceNames(paraText);
  const claims = paragraphClaims(text, seg, p, attributions, options, names);
  const stated = statedAttributions(attributions);
  const facts = mapList(extractFacts(text, seg, stated, null, NO_LINES, 'draft', names), (fact, i) => ({
    fact,
    contentStart: stated[i].content ? stated[i].content!.start : fact.start,
  }));
  let words = 0;
  for (const si of para.sentences) {
    const s = seg.sentences[si];
    if (s) words += countWords(text.slice(s.start, s.end));
  }
  return { attributions, claims, facts, names: [...names], words, serial: newSerial(), openQuote: openQuoteOf(text, seg, para) };
}

/** The result of a paragraph whose analysis failed: nothing found, but its quotes still counted. */
export function emptyWork(text: string, seg: Segmentation, para: Paragraph): ParagraphWork {
  return { attributions: [], claims: [], facts: [], names: [], words: 0, serial: newSerial(), openQuote: openQuoteOf(text, seg, para) };
}

// Shifting: d is added to every offset, ds to every sentence index.

function shiftSpan(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d, text: s.text };
}

export function shiftAttribution(a: Attribution, d: number, ds: number): Attribution {
  return {
    cue: shiftSpan(a.cue, d),
    source: a.source ? shiftSpan(a.source, d) : null,
    content: a.content ? shiftSpan(a.content, d) : null,
    kind: a.kind,
    vague: a.vague,
    sentence: a.sentence + ds,
  };
}

function shiftNumber(n: NumberMention, d: number): NumberMention {
  return { ...n, start: n.start + d, end: n.end + d };
}

/** Shifts a whole paragraph result; attribution objects shared between lists stay shared. */
export function shiftWork(w: ParagraphWork, d: number, ds: number): ParagraphWork {
  if (d === 0 && ds === 0) return w;
  const attrMap = new Map<Attribution, Attribution>();
  const attributions = mapList(w.attributions, (a) => {
    const s = shiftAttribution(a, d, ds);
    attrMap.set(a, s);
    return s;
  });
  const claims = mapList(w.claims, (info) => {
    const c = info.claim;
    const attribution = c.attribution ? attrMap.get(c.attribution) ?? shiftAttribution(c.attribution, d, ds) : null;
    const numbers = mapList(c.numbers, (n) => shiftNumber(n, d));
    const claim = copyClaim(c, c.start + d, c.end + d, c.sentence + ds, c.status, attribution, numbers, []);
    return copyClaimInfo(info, claim, mapList(info.quotes, (q) => ({ start: q.start + d, end: q.end + d })));
  });
  const facts = mapList(w.facts, ({ fact, contentStart }) => ({
    fact: { ...fact, start: fact.start + d, end: fact.end + d, numbers: mapList(fact.numbers, (n) => shiftNumber(n, d)) },
    contentStart: contentStart + d,
  }));
  return { attributions, claims, facts, names: w.names, words: w.words, serial: w.serial, openQuote: w.openQuote };
}
