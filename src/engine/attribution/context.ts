// The token view of one paragraph that both the trained taggers and the rules work on: tokens of
// the prose (skipped ranges blanked), their sentence, and which ones sit inside a direct quote.

import type { Segmentation } from '../types';
import { tokenize, type Token } from '../tokenize';
import { firstSkipAfter } from '../skipped';

export interface ParagraphTokens {
  tokens: Token[];
  /** Sentence index (into Segmentation.sentences) of each token. */
  sentence: Int32Array;
  /** 1 when the token is between a paired opening and closing double quote (quote marks excluded). */
  inQuote: Uint8Array;
  /** For a quote token: +1 opening, -1 closing, 0 unpaired or not a quote. */
  quoteDir: Int8Array;
  /** Token range [first, end) of each sentence of the paragraph, keyed by sentence index. */
  sentenceTokens: Map<number, [number, number]>;
  /** The first token of each token's sentence (sentenceTokens' start, per token: read per token by the role tagger). */
  sentenceStart: Int32Array;
}

/** The paragraph's text with skipped ranges (link targets, comments, markup) replaced by spaces. */
export function maskedParagraph(text: string, seg: Segmentation, start: number, end: number): string {
  let out = '';
  let pos = start;
  const sk = seg.skipped;
  for (let k = firstSkipAfter(seg, start); k < sk.length && sk[k].start < end; k++) {
    const s = Math.max(sk[k].start, pos);
    const e = Math.min(sk[k].end, end);
    if (e <= s) continue;
    out += text.slice(pos, s) + ' '.repeat(e - s);
    pos = e;
  }
  return out + text.slice(pos, end);
}

export function paragraphTokens(text: string, seg: Segmentation, paragraphIndex: number): ParagraphTokens {
  const para = seg.paragraphs[paragraphIndex];
  const masked = maskedParagraph(text, seg, para.start, para.end);
  // Tokenize the masked slice, then shift offsets back into the full text (in place: the tokens are
  // fresh). A token's text is taken from the full text again only where something was masked.
  const tokens: Token[] = tokenize(masked);
  const resliced = masked !== text.slice(para.start, para.end);
  for (const t of tokens) {
    t.start += para.start;
    t.end += para.start;
    if (resliced) t.text = text.slice(t.start, t.end);
  }
  const n = tokens.length;
  const sentence = new Int32Array(n);
  const sentenceTokens = new Map<number, [number, number]>();
  let si = 0;
  const sids = para.sentences;
  // Sentences only move forward, so the current one's range is at hand (no Map probe per token).
  let range: [number, number] | undefined;
  let rangeSid = NaN;
  for (let i = 0; i < n; i++) {
    while (si < sids.length - 1 && tokens[i].start >= seg.sentences[sids[si]].end) si++;
    const sid = sids[si] ?? -1;
    sentence[i] = sid;
    if (sid !== rangeSid) {
      rangeSid = sid;
      range = [i, i + 1];
      sentenceTokens.set(sid, range);
    } else (range as [number, number])[1] = i + 1;
  }
  const inQuote = new Uint8Array(n);
  const quoteDir = new Int8Array(n);
  let open = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind !== 'quote') continue;
    const ch = t.text;
    // Curly and `` quotes say which way they face; " and the typewriter '' open when none is open.
    const opens = ch === '\u201c' || ch === '``' || ((ch === '"' || ch === "''") && open < 0);
    if (opens) {
      open = i;
    } else if (open >= 0) {
      quoteDir[open] = 1;
      quoteDir[i] = -1;
      for (let k = open + 1; k < i; k++) inQuote[k] = 1;
      open = -1;
    }
  }
  const sentenceStart = new Int32Array(n);
  for (let i = 0; i < n; i++) sentenceStart[i] = i > 0 && sentence[i] === sentence[i - 1] ? sentenceStart[i - 1] : i;
  return { tokens, sentence, inQuote, quoteDir, sentenceTokens, sentenceStart };
}
