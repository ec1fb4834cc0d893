// Attribution detection: who said what. Two small taggers trained on the PolNeAR train split
// (see scripts/train-attribution.ts) find the cues, then the source and content around each cue;
// rules then tidy the spans, add user cues, and classify kind and vagueness.
// Results for a paragraph depend only on that paragraph's text (the incremental analyser caches them).

import type { Attribution, Segmentation, Span } from '../types';
import { paragraphTokens, type ParagraphTokens } from './context';
import { prefixCounts, stem } from './features';
import { deserialize, type HashedLinear } from './model';
import { cueKey, roleWindow, tagCues, tagRoles, NO_TAG } from './tagger';
import { CUE_MODEL, ROLE_MODEL } from '../data/attribution-model';
import { findExtraCues } from './extraCues';
import { attributionKind, isVague } from './classify';
import { repairSpans } from './repair';

export interface AttributionOptions {
  /** Extra cue words or phrases ("tweeted", "wrote in a blog post"), matched literally, case-insensitively. */
  extraCues?: string[];
}

/** An attribution with its content fragments (PolNeAR contents can wrap around the cue). */
export interface DetailedAttribution extends Attribution {
  contentFragments: Span[];
}

let models: { cue: HashedLinear; role: HashedLinear } | null = null;

/** The weights are inflated on first use, so loading the engine stays cheap. */
function getModels(): { cue: HashedLinear; role: HashedLinear } {
  if (!models) models = { cue: deserialize(CUE_MODEL), role: deserialize(ROLE_MODEL) };
  return models;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Maximal runs of `tag` in window tags, as token ranges [start, end) in paragraph token indices. */
function runs(tags: Uint8Array, wa: number, tag: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = -1;
  for (let k = 0; k <= tags.length; k++) {
    const hit = k < tags.length && tags[k] === tag;
    if (hit && s < 0) s = k;
    if (!hit && s >= 0) {
      out.push([wa + s, wa + k]);
      s = -1;
    }
  }
  return out;
}

/** The cue token ranges of a paragraph: the tagger's, plus literal matches of the user's extra cues. */
function cueRanges(text: string, p: ParagraphTokens, tags: Uint8Array, extraCues: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 1) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === 2) j++;
    out.push([i, j]);
  }
  if (extraCues.length) {
    for (const r of findExtraCues(text, p, extraCues)) {
      if (!out.some(([a, b]) => a < r[1] && r[0] < b)) out.push(r);
    }
    out.sort((x, y) => x[0] - y[0]);
  }
  return out;
}

/** Attributions whose cue lies in paragraph `paragraphIndex`. */
export function attributeParagraph(
  text: string,
  seg: Segmentation,
  paragraphIndex: number,
  options: AttributionOptions = {},
): DetailedAttribution[] {
  const { cue: cueModel, role: roleModel } = getModels();
  const p = paragraphTokens(text, seg, paragraphIndex);
  const n = p.tokens.length;
  if (n === 0) return [];
  const pre = prefixCounts(p);
  const cueTags = tagCues(p, pre, cueModel);
  const cues = cueRanges(text, p, cueTags, options.extraCues ?? []);
  const cueCount = new Int32Array(n + 1);
  const isCue = new Uint8Array(n);
  for (const [a, b] of cues) for (let i = a; i < b; i++) isCue[i] = 1;
  for (let i = 0; i < n; i++) cueCount[i + 1] = cueCount[i] + isCue[i];

  const found: Array<DetailedAttribution & { tokens: { cue: [number, number]; content: Array<[number, number]> } }> = [];
  for (const [cs, ce] of cues) {
    const [wa, wb] = roleWindow(p, cs);
    const ref = { start: cs, end: ce, key: cueKey(p, cs, ce, stem) };
    const tags = tagRoles(p, pre, cueCount, ref, wa, wb, roleModel);
    const spans = repairSpans(p, { start: cs, end: ce }, runs(tags, wa, 1), runs(tags, wa, 2), tags, wa, NO_TAG);
    if (spans.content.length === 0) continue;
    const tok = p.tokens;
    const cueSpan = span(text, tok[cs].start, tok[ce - 1].end);
    const source = spans.source ? span(text, tok[spans.source[0]].start, tok[spans.source[1] - 1].end) : null;
    const fragments = spans.content.map(([a, b]) => span(text, tok[a].start, tok[b - 1].end));
    // The contract has one content span: the longest fragment (the others are kept alongside).
    const main = fragments.reduce((best, f) => (f.end - f.start > best.end - best.start ? f : best), fragments[0]);
    const attribution: DetailedAttribution = {
      cue: cueSpan,
      source,
      content: main,
      contentFragments: fragments,
      kind: attributionKind(p, cs, ce, spans.content),
      vague: false,
      sentence: p.sentence[cs],
    };
    attribution.vague = isVague(attribution);
    found.push({ ...attribution, tokens: { cue: [cs, ce], content: spans.content } });
  }
  // PolNeAR never nests attributions: a cue inside another attribution's content is dropped.
  const kept = found.filter((a) => !found.some((b) => b !== a && b.tokens.content.some(([s, e]) => a.tokens.cue[0] >= s && a.tokens.cue[1] <= e)));
  return kept.map(({ tokens: _t, ...a }) => a);
}

/** All attributions of a text, paragraph by paragraph. */
export function findAttributions(text: string, seg: Segmentation, options: AttributionOptions = {}): DetailedAttribution[] {
  const out: DetailedAttribution[] = [];
  for (let i = 0; i < seg.paragraphs.length; i++) {
    for (const a of attributeParagraph(text, seg, i, options)) out.push(a);
  }
  return out;
}
