// Re-segmentation after an edit: instead of segmenting the whole document again, segment only the
// paragraphs around the change and splice them into the previous segmentation. Only used when the
// change cannot affect anything outside that window (no code fences, comments, indentation or
// front matter involved), and checked: the window's first and last paragraphs, which the edit did
// not touch, must come out exactly as before, or the whole text is segmented again.
import { segment } from './segment';
import { Paragraph, Segmentation, Sentence, TextFormat } from './types';

/** Markers whose effect can reach past a blank line. */
const RISKY = /```|~~~|<!--|-->|^[ \t]|^---|^===|^\.\.\./m;

function lineStartAt(text: string, i: number): number {
  let k = i;
  while (k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}

function lineEndAt(text: string, i: number): number {
  let k = i;
  while (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
  return k;
}

/** True when the line before offset `lineStart` is blank (or there is none). */
function blankBefore(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  let k = lineStart - 1;
  if (text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 13) k--;
  const prevStart = lineStartAt(text, k);
  return /^[ \t]*$/.test(text.slice(prevStart, k));
}

/** True when the line after the one ending at `lineEnd` is blank (or there is none). */
function blankAfter(text: string, lineEnd: number): boolean {
  if (lineEnd >= text.length) return true;
  let k = lineEnd + 1;
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(k) === 10) k++;
  if (k >= text.length) return true;
  return /^[ \t]*$/.test(text.slice(k, lineEndAt(text, k)));
}

/** Length of the common prefix, by halving: string comparison is far faster than a loop over characters. */
function commonPrefix(x: string, y: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x.slice(lo, mid) === y.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(x: string, y: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x.slice(x.length - mid, x.length - lo) === y.slice(y.length - mid, y.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sameParagraph(a: Segmentation, ai: number, da: number, b: Segmentation, bi: number, db: number): boolean {
  const pa = a.paragraphs[ai];
  const pb = b.paragraphs[bi];
  if (!pa || !pb || pa.kind !== pb.kind || pa.start + da !== pb.start + db || pa.end + da !== pb.end + db) return false;
  if (pa.sentences.length !== pb.sentences.length) return false;
  for (let k = 0; k < pa.sentences.length; k++) {
    const sa = a.sentences[pa.sentences[k]];
    const sb = b.sentences[pb.sentences[k]];
    if (sa.start + da !== sb.start + db || sa.end + da !== sb.end + db || sa.isHeadline !== sb.isHeadline) return false;
  }
  return true;
}

/**
 * The segmentation of `text`, reusing `prev` (the segmentation of `prevText`) where the edit
 * allows. Always equal to segment(text, format).
 */
export function resegment(prevText: string, prev: Segmentation, text: string, format: TextFormat): Segmentation {
  return resegmentWindow(prevText, prev, text, format).seg;
}

/**
 * Which paragraphs a splice left alone: new paragraphs [0, before) are the old ones, and new
 * paragraph p >= afterNew is old paragraph p - afterNew + afterOld, with the same text and layout.
 */
export interface Unchanged {
  before: number;
  afterNew: number;
  afterOld: number;
}

/** resegment(), also saying which paragraphs are untouched (null when the text was segmented afresh). */
export function resegmentWindow(prevText: string, prev: Segmentation, text: string, format: TextFormat): { seg: Segmentation; unchanged: Unchanged | null } {
  const spliced = trySplice(prevText, prev, text, format);
  return spliced ?? { seg: segment(text, format), unchanged: null };
}

function trySplice(prevText: string, prev: Segmentation, text: string, format: TextFormat): { seg: Segmentation; unchanged: Unchanged } | null {
  if (prevText === text) {
    const n = prev.paragraphs.length;
    return { seg: prev, unchanged: { before: n, afterNew: n, afterOld: n } };
  }
  const paras = prev.paragraphs;
  if (paras.length < 3) return null;
  // The changed stretch: [a, oldEnd) in the old text became [a, newEnd) in the new one.
  const max = Math.min(prevText.length, text.length);
  const a = commonPrefix(prevText, text, max);
  const b = commonSuffix(prevText, text, max - a);
  const oldEnd = prevText.length - b;
  const delta = text.length - prevText.length;
  // Paragraph i0 ends before the change and i1 starts after it: they anchor the window.
  let i0 = -1;
  for (let i = 0; i < paras.length && paras[i].end < a; i++) i0 = i;
  let i1 = -1;
  for (let i = paras.length - 1; i >= 0 && paras[i].start > oldEnd; i--) i1 = i;
  if (i0 < 0 || i1 < 0 || i1 <= i0) return null;
  const ws = lineStartAt(prevText, paras[i0].start);
  const weOld = lineEndAt(prevText, paras[i1].end);
  if (!blankBefore(prevText, ws) || !blankAfter(prevText, weOld)) return null;
  const weNew = weOld + delta;
  const oldWindow = prevText.slice(ws, weOld);
  const newWindow = text.slice(ws, weNew);
  if (RISKY.test(oldWindow) || RISKY.test(newWindow)) return null;
  // Nothing skipped may straddle the window's edges (an open comment or fence before it, say).
  for (const s of prev.skipped) {
    if ((s.start < ws && s.end > ws) || (s.start < weOld && s.end > weOld)) return null;
  }
  const sub = segment(newWindow, format);
  const subLast = sub.paragraphs.length - 1;
  if (subLast < 1) return null;
  // The untouched anchors must come out as before.
  if (!sameParagraph(prev, i0, 0, sub, 0, ws)) return null;
  if (!sameParagraph(prev, i1, delta, sub, subLast, ws)) return null;

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const pushParagraph = (src: Segmentation, pi: number, d: number) => {
    const p = src.paragraphs[pi];
    const index = paragraphs.length;
    const ids: number[] = [];
    for (const si of p.sentences) {
      const s = src.sentences[si];
      ids.push(sentences.length);
      sentences.push(d === 0 && s.paragraph === index ? s : { start: s.start + d, end: s.end + d, text: s.text, paragraph: index, isHeadline: s.isHeadline });
    }
    paragraphs.push(d === 0 && index === pi && ids.every((id, k) => id === p.sentences[k]) ? p : { start: p.start + d, end: p.end + d, kind: p.kind, sentences: ids });
  };
  for (let i = 0; i < i0; i++) pushParagraph(prev, i, 0);
  for (let i = 0; i <= subLast; i++) pushParagraph(sub, i, ws);
  for (let i = i1 + 1; i < paras.length; i++) pushParagraph(prev, i, delta);
  const skipped = [
    ...prev.skipped.filter((s) => s.end <= ws),
    ...sub.skipped.map((s) => ({ start: s.start + ws, end: s.end + ws, reason: s.reason })),
    ...prev.skipped.filter((s) => s.start >= weOld).map((s) => ({ start: s.start + delta, end: s.end + delta, reason: s.reason })),
  ];
  return { seg: { paragraphs, sentences, skipped }, unchanged: { before: i0, afterNew: i0 + subLast + 1, afterOld: i1 + 1 } };
}

/** Texts longer than this are segmented in pieces by segmentPieces(). */
export const PIECE_CHARS = 40_000;

/**
 * Cuts a long text into pieces at blank lines, for segmenting piece by piece (with yields between).
 * Returns null when the text holds anything whose effect can cross a blank line (code fences,
 * comments, indentation, front matter), or a BOM: then it must be segmented whole.
 */
export function pieceBounds(text: string): number[] | null {
  if (text.length <= PIECE_CHARS || RISKY.test(text) || text.charCodeAt(0) === 0xfeff) return null;
  const bounds = [0];
  const blank = /\r?\n\r?\n/g;
  while (text.length - bounds[bounds.length - 1] > PIECE_CHARS) {
    blank.lastIndex = bounds[bounds.length - 1] + PIECE_CHARS;
    const m = blank.exec(text);
    if (!m) break;
    bounds.push(m.index + m[0].length);
  }
  bounds.push(text.length);
  return bounds;
}

// A first paragraph that a piece can lose: in plain text the first block may become a headline,
// which only the document's real first block may be.
const LEAD = 'x\n\n';

/** Segments text[from, to) as part of a longer text, offsets into the whole text. */
export function segmentPiece(text: string, from: number, to: number, format: TextFormat): Segmentation {
  const lead = from === 0 ? '' : LEAD;
  const sub = segment(lead + text.slice(from, to), format);
  const d = from - lead.length;
  const dropFirst = lead ? 1 : 0;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (let pi = dropFirst; pi < sub.paragraphs.length; pi++) {
    const p = sub.paragraphs[pi];
    const ids: number[] = [];
    for (const si of p.sentences) {
      const s = sub.sentences[si];
      ids.push(sentences.length);
      sentences.push({ start: s.start + d, end: s.end + d, text: s.text, paragraph: paragraphs.length, isHeadline: s.isHeadline });
    }
    paragraphs.push({ start: p.start + d, end: p.end + d, kind: p.kind, sentences: ids });
  }
  const skipped = sub.skipped.filter((s) => s.start >= lead.length).map((s) => ({ start: s.start + d, end: s.end + d, reason: s.reason }));
  return { paragraphs, sentences, skipped };
}

/** Joins piece segmentations (in order) into one. */
export function joinPieces(pieces: readonly Segmentation[]): Segmentation {
  const out: Segmentation = { paragraphs: [], sentences: [], skipped: [] };
  for (const piece of pieces) {
    const pOff = out.paragraphs.length;
    const sOff = out.sentences.length;
    for (const s of piece.sentences) out.sentences.push({ ...s, paragraph: s.paragraph + pOff });
    for (const p of piece.paragraphs) out.paragraphs.push({ ...p, sentences: p.sentences.map((i) => i + sOff) });
    for (const k of piece.skipped) out.skipped.push(k);
  }
  return out;
}
