// Paragraphs and sentences with exact UTF-16 offsets. Markdown-aware: code, front matter, HTML
// comments and link targets are recorded as skipped and blanked out before sentence splitting.
// Every pass is a single left-to-right scan, so the whole segmentation is linear in the text.

import type { BlockKind, Paragraph, Segmentation, Sentence, TextFormat } from './types';
import { isDigit, isLetter, isSpace, isUpper } from './tokenize';

type Skipped = Segmentation['skipped'][number];

interface Line {
  start: number;
  /** End of the line's content, before the line break. */
  end: number;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let s = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start: s, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  lines.push({ start: s, end: text.length });
  return lines;
}

function indentOf(text: string, l: Line): number {
  let n = 0;
  for (let i = l.start; i < l.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) n++;
    else if (c === 9) n += 4 - (n % 4);
    else break;
  }
  return n;
}

function isBlank(text: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function firstNonSpace(text: string, l: Line): number {
  let i = l.start;
  while (i < l.end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Fence opener/closer: up to 3 spaces, then 3+ backticks or tildes. Returns [char, length] or null. */
function fenceAt(text: string, l: Line): [number, number] | null {
  const p = firstNonSpace(text, l);
  if (p - l.start > 3) return null;
  const c = text.charCodeAt(p);
  if (c !== 96 && c !== 126) return null;
  let n = 0;
  while (p + n < l.end && text.charCodeAt(p + n) === c) n++;
  return n >= 3 ? [c, n] : null;
}

function lineIs(text: string, l: Line, s: string): boolean {
  return text.slice(l.start, l.end).trimEnd() === s;
}

/** The text with the given ranges replaced by spaces, keeping line breaks so the line structure survives. */
function blankRanges(text: string, ranges: readonly Skipped[]): string {
  if (ranges.length === 0) return text;
  const sorted = ranges.slice().sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const r of sorted) {
    const s = Math.max(r.start, pos);
    if (r.end <= s) continue;
    parts.push(text.slice(pos, s), text.slice(s, r.end).replace(/[^\r\n]/g, ' '));
    pos = r.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/**
 * Splits `text` into paragraphs and sentences. In Markdown, fenced and indented code, YAML front
 * matter, HTML comments and link targets are skipped; `#` headings are headlines. In plain text the
 * first paragraph is a headline only when it looks like one (a short single line with no final period).
 */
export function segment(text: string, format: TextFormat = 'markdown'): Segmentation {
  const skipped: Skipped[] = [];
  const md = format === 'markdown';
  // `masked` is the text with skipped ranges blanked out (same length, same line breaks).
  let masked = text;
  let from = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    skipped.push({ start: 0, end: 1, reason: 'bom' });
    from = 1;
  }
  const lines = splitLines(text, from);
  const blocks: Block[] = [];

  if (md) {
    // Pass 1: block-level skipped ranges (front matter, fences, indented code, then HTML comments).
    let li = 0;
    if (lines.length > 1 && lineIs(text, lines[0], '---')) {
      let k = 1;
      while (k < lines.length && !lineIs(text, lines[k], '---') && !lineIs(text, lines[k], '...')) k++;
      if (k < lines.length) {
        skipped.push({ start: lines[0].start, end: lines[k].end, reason: 'front-matter' });
        li = k + 1;
      }
    }
    let prevBlank = true;
    let inList = false;
    for (; li < lines.length; li++) {
      const l = lines[li];
      const f = fenceAt(text, l);
      if (f) {
        let k = li + 1;
        while (k < lines.length) {
          const g = fenceAt(text, lines[k]);
          if (g && g[0] === f[0] && g[1] >= f[1] && isBlank(text, { start: firstNonSpace(text, lines[k]) + g[1], end: lines[k].end })) break;
          k++;
        }
        const endLine = lines[Math.min(k, lines.length - 1)];
        skipped.push({ start: l.start, end: endLine.end, reason: 'code' });
        li = k;
        prevBlank = true;
        continue;
      }
      if (isBlank(text, l)) {
        prevBlank = true;
        continue;
      }
      if (prevBlank && !inList && indentOf(text, l) >= 4) {
        let k = li;
        let last = li;
        while (k < lines.length && (isBlank(text, lines[k]) || indentOf(text, lines[k]) >= 4)) {
          if (!isBlank(text, lines[k])) last = k;
          k++;
        }
        skipped.push({ start: firstNonSpace(text, l), end: lines[last].end, reason: 'code' });
        li = last;
        prevBlank = false;
        continue;
      }
      const p = firstNonSpace(text, l);
      if (prevBlank) inList = listMarkerEnd(text, p, l.end) > 0 || (inList && indentOf(text, l) >= 2);
      prevBlank = false;
    }
    // HTML comments anywhere outside code (they may span lines); found with indexOf, so linear.
    const blockSkips = skipped.slice();
    let ci = 0;
    let pos = text.indexOf('<!--');
    while (pos >= 0) {
      while (ci < blockSkips.length && blockSkips[ci].end <= pos) ci++;
      if (ci < blockSkips.length && blockSkips[ci].start <= pos) {
        pos = text.indexOf('<!--', blockSkips[ci].end);
        continue;
      }
      const close = text.indexOf('-->', pos + 4);
      const e = close < 0 ? text.length : close + 3;
      skipped.push({ start: pos, end: e, reason: 'html-comment' });
      pos = text.indexOf('<!--', e);
    }
    masked = blankRanges(text, skipped);
  }

  // Pass 2: blocks, on the masked text.
  let cur: Block | null = null;
  const close = () => {
    if (cur) blocks.push(cur);
    cur = null;
  };
  // The last table row and its line, to tell a header (the row above a delimiter row).
  let lastRow: Block | null = null;
  let lastRowLine = -2;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const l = lines[lineIndex];
    if (isBlank(masked, l)) {
      close();
      continue;
    }
    const p = firstNonSpace(masked, l);
    const c = masked.charCodeAt(p);
    if (md) {
      // A footnote ("[^1]: Metro Transit, 2023 budget, p. 14") or a link reference definition
      // ("[1]: https://example.gov/data"): where the draft lists its sources, not prose.
      if (c === 91 /* [ */ && indentOf(masked, l) < 4) {
        const def = definitionKind(masked, p, l.end);
        if (def !== null) {
          close();
          skipped.push({ start: p, end: trimEnd(masked, p, l.end), reason: def });
          continue;
        }
      }
      if (c === 35 /* # */ && indentOf(masked, l) < 4) {
        let n = 0;
        while (masked.charCodeAt(p + n) === 35) n++;
        if (n <= 6 && (p + n >= l.end || isSpace(masked.charCodeAt(p + n)))) {
          close();
          markup(p, p + n);
          let e = trimEnd(masked, p + n, l.end);
          // Closing hashes ("## Title ##") are markup too.
          let h = e;
          while (h > p + n && masked.charCodeAt(h - 1) === 35) h--;
          if (h < e && isSpace(masked.charCodeAt(h - 1))) {
            markup(h, e);
            e = trimEnd(masked, p + n, h);
          }
          const s = skipSpace(masked, p + n, e);
          if (s < e) blocks.push({ kind: 'headline', start: s, end: e });
          continue;
        }
      }
      // Setext underline ("===" / "---" under a paragraph line) turns the paragraph into a headline.
      if ((c === 61 || c === 45) && onlyChar(masked, p, l.end, c)) {
        const b = cur as Block | null;
        if (b && b.kind === 'paragraph' && c === 61) {
          b.kind = 'headline';
          markup(p, l.end);
          close();
          continue;
        }
        if (c === 45 && (masked.slice(p, l.end).replace(/\s/g, '').length >= 3)) {
          if (b && b.kind === 'paragraph') b.kind = 'headline';
          markup(p, l.end);
          close();
          continue;
        }
      }
      if ((c === 42 || c === 95) && onlyChar(masked, p, l.end, c) && masked.slice(p, l.end).replace(/\s/g, '').length >= 3) {
        close();
        markup(p, l.end); // thematic break
        continue;
      }
      if (c === 62 /* > */) {
        // Blockquote: strip the markers; consecutive quoted lines form one block.
        let q = p;
        while (q < l.end && (masked.charCodeAt(q) === 62 || isSpace(masked.charCodeAt(q)))) q++;
        markup(p, q);
        if (q >= l.end) {
          close();
          continue;
        }
        const b = cur as Block | null;
        if (b && b.kind === 'blockquote') b.end = trimEnd(masked, q, l.end);
        else {
          close();
          cur = { kind: 'blockquote', start: q, end: trimEnd(masked, q, l.end) };
        }
        continue;
      }
      if (c === 124 /* | */) {
        close();
        const row = masked.slice(p, l.end);
        if (/^[\s|:-]+$/.test(row)) {
          markup(p, l.end);
          // The row just above a delimiter row is the table's header: column labels, not claims.
          const header = blocks[blocks.length - 1];
          if (header && header.kind === 'table-row' && header === lastRow && lastRowLine === lineIndex - 1) {
            blocks.pop();
            markup(header.start, header.end);
          }
          lastRow = null;
          continue;
        }
        lastRow = { kind: 'table-row', start: p, end: trimEnd(masked, p, l.end) };
        lastRowLine = lineIndex;
        blocks.push(lastRow);
        continue;
      }
      const m = listMarkerEnd(masked, p, l.end);
      if (m > 0) {
        close();
        markup(p, m);
        let s = skipSpace(masked, m, l.end);
        // Task list checkbox "[ ]" / "[x]".
        if (masked.charCodeAt(s) === 91 && masked.charCodeAt(s + 2) === 93 && isSpace(masked.charCodeAt(s + 3))) {
          markup(s, s + 3);
          s = skipSpace(masked, s + 3, l.end);
        }
        if (s < l.end) cur = { kind: 'list-item', start: s, end: trimEnd(masked, s, l.end) };
        continue;
      }
    }
    const b = cur as Block | null;
    if (b) b.end = trimEnd(masked, p, l.end);
    else cur = { kind: 'paragraph', start: p, end: trimEnd(masked, p, l.end) };
  }
  close();

  function markup(s: number, e: number): void {
    if (e > s) skipped.push({ start: s, end: e, reason: 'markup' });
  }

  if (md) {
    // Pass 3: link targets "[text](url)", autolinks "<https://...>", raw HTML tags; then blank out
    // every inline skip and block marker so sentence splitting sees only prose.
    const inline: Skipped[] = [];
    for (const b of blocks) inlineSkips(masked, b.start, b.end, inline);
    for (const k of inline) skipped.push(k);
    inline.push(...skipped.filter((k) => k.reason === 'markup'));
    masked = blankRanges(masked, inline);
  }

  if (!md && blocks.length > 0 && looksLikeHeadline(masked, blocks[0], blocks.length > 1)) blocks[0].kind = 'headline';

  skipped.sort((a, b) => a.start - b.start || a.end - b.end);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    const pi = paragraphs.length;
    const para: Paragraph = { start: b.start, end: b.end, kind: b.kind, sentences: [] };
    const bounds = b.kind === 'headline' || b.kind === 'table-row' ? [[b.start, b.end] as [number, number]] : splitSentences(masked, b.start, b.end);
    for (const [s, e] of bounds) {
      const ts = skipSpace(masked, s, e);
      const te = trimEnd(masked, ts, e);
      if (te <= ts) continue;
      para.sentences.push(sentences.length);
      sentences.push({ start: ts, end: te, text: text.slice(ts, te), paragraph: pi, isHeadline: b.kind === 'headline' });
    }
    if (para.sentences.length) {
      para.start = sentences[para.sentences[0]].start;
      para.end = sentences[para.sentences[para.sentences.length - 1]].end;
      paragraphs.push(para);
    }
  }
  return { paragraphs, sentences, skipped };
}

function skipSpace(t: string, i: number, e: number): number {
  while (i < e && isSpace(t.charCodeAt(i))) i++;
  return i;
}

function trimEnd(t: string, s: number, e: number): number {
  while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
  return e;
}

function onlyChar(t: string, s: number, e: number, c: number): boolean {
  for (let i = s; i < e; i++) {
    const d = t.charCodeAt(i);
    if (d !== c && !isSpace(d)) return false;
  }
  return true;
}

/** End of a list marker ("- ", "* ", "+ ", "1. ", "2) ") at p, or 0. */
function listMarkerEnd(t: string, p: number, e: number): number {
  const c = t.charCodeAt(p);
  if ((c === 45 || c === 42 || c === 43) && p + 1 < e && isSpace(t.charCodeAt(p + 1))) return p + 1;
  let q = p;
  while (q < e && q - p < 9 && isDigit(t.charCodeAt(q))) q++;
  if (q > p && (t.charCodeAt(q) === 46 || t.charCodeAt(q) === 41) && q + 1 < e && isSpace(t.charCodeAt(q + 1))) return q + 1;
  return 0;
}

/**
 * 'footnote' for "[^label]: text", 'link-definition' for "[label]: destination", at p (a line's
 * first non-space character, "["), else null.
 */
function definitionKind(t: string, p: number, e: number): 'footnote' | 'link-definition' | null {
  const close = labelEnd(t, p, e);
  if (close < 0) return null;
  // A numbered reference list entry: "[1] State Department of Transportation, 2023 counts."
  if (isNumberMark(t, p, close) && t.charCodeAt(close + 1) === 32 && close + 2 < e) return 'footnote';
  if (t.charCodeAt(close + 1) !== 58 /* : */) return null;
  if (t.charCodeAt(p + 1) === 94 /* ^ */) return close > p + 2 ? 'footnote' : null;
  // A destination must follow: "[Note]: see below" in prose is no definition.
  let d = close + 2;
  while (d < e && (t.charCodeAt(d) === 32 || t.charCodeAt(d) === 9)) d++;
  return d < e && /^(?:<|https?:\/\/|www\.|\/|\.{1,2}\/|#)/i.test(t.slice(d, Math.min(e, d + 12))) ? 'link-definition' : null;
}

/** Whether t[i..j] is "[1]", "[12]", "[1, 3]" or "[2-4]": a numbered citation mark. */
function isNumberMark(t: string, i: number, j: number): boolean {
  return j - i >= 2 && j - i <= 12 && /^\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]$/.test(t.slice(i, j + 1));
}

/** Whether the mark at i follows text: right after a non-space character, or one space after one. */
function markFollowsText(t: string, i: number, s: number): boolean {
  if (i <= s) return false;
  const c = t.charCodeAt(i - 1);
  if (!isSpace(c)) return true;
  return i - 1 > s && !isSpace(t.charCodeAt(i - 2)) && c === 32;
}

/** The "]" that closes a label opened by "[" at i: on the same line, within 100 characters, no brackets inside; else -1. */
function labelEnd(t: string, i: number, e: number): number {
  for (let j = i + 1; j < e && j - i <= 100; j++) {
    const c = t.charCodeAt(j);
    if (c === 93) return j > i + 1 ? j : -1;
    if (c === 91 || c === 10 || c === 13) return -1;
  }
  return -1;
}

function inlineSkips(t: string, s: number, e: number, out: Skipped[]): void {
  // Next ")" at or after i (moves forward only): no ")" left means no link target, without a scan.
  let nextClose = -2;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === 91 /* [ */ && (t.charCodeAt(i + 1) === 94 /* ^ */ || isDigit(t.charCodeAt(i + 1)))) {
      // Footnote reference "[^1]", or a numbered one after a word or a stop ("a day.[1]", "a day [2]"):
      // a citation mark, not a figure of the sentence. "[1](url)" and "[1][a]" are links.
      const j = labelEnd(t, i, e);
      const after = t.charCodeAt(j + 1);
      const numbered = j > 0 && isNumberMark(t, i, j) && after !== 40 && after !== 91 && after !== 58 && markFollowsText(t, i, s);
      if ((j > i + 2 && t.charCodeAt(i + 1) === 94) || numbered) {
        out.push({ start: i, end: j + 1, reason: 'footnote-ref' });
        i = j;
      }
    } else if (c === 93 /* ] */ && t.charCodeAt(i + 1) === 91 /* [ */) {
      // Reference link "[text][label]" (or "[text][]"): the label is where the link points.
      const j = t.charCodeAt(i + 2) === 93 ? i + 2 : labelEnd(t, i + 1, e);
      let o = i - 1;
      while (o >= s && i - o < 1000 && t.charCodeAt(o) !== 91 && t.charCodeAt(o) !== 93 && t.charCodeAt(o) !== 10) o--;
      if (j > 0 && o >= s && t.charCodeAt(o) === 91 && o < i - 1) {
        out.push({ start: o, end: o + 1, reason: 'markup' });
        out.push({ start: i, end: i + 1, reason: 'markup' });
        out.push({ start: i + 1, end: j + 1, reason: 'link-target' });
        i = j;
      }
    } else if (c === 93 /* ] */ && t.charCodeAt(i + 1) === 40 /* ( */) {
      if (nextClose !== -1 && nextClose < i) nextClose = t.indexOf(')', i);
      if (nextClose === -1 || nextClose >= e) continue;
      // Link target: up to the matching ")" (one nesting level for URLs with parentheses).
      let depth = 0;
      let j = i + 1;
      for (; j < e && j - i < 2048; j++) { // bounded: an unclosed "](" must not scan to the end each time
        const d = t.charCodeAt(j);
        if (d === 40) depth++;
        else if (d === 41 && --depth === 0) break;
        else if (d === 10 || d === 13) break;
      }
      if (j < e && t.charCodeAt(j) === 41) {
        // The closing bracket is markup; the opening one is found by a backward scan bounded to the line.
        let o = i - 1;
        while (o >= s && i - o < 1000 && t.charCodeAt(o) !== 91 && t.charCodeAt(o) !== 10) o--;
        if (o >= s && t.charCodeAt(o) === 91) out.push({ start: o, end: o + 1, reason: 'markup' });
        out.push({ start: i, end: i + 1, reason: 'markup' });
        out.push({ start: i + 1, end: j + 1, reason: 'link-target' });
        i = j;
      }
    } else if (c === 60 /* < */) {
      // Autolink or an HTML tag: "<https://...>", "<br>", "</span>".
      const n = t.charCodeAt(i + 1);
      if (isLetter(n) || n === 47) {
        let j = i + 1;
        while (j < e && j - i < 2000 && t.charCodeAt(j) !== 62 && t.charCodeAt(j) !== 60 && t.charCodeAt(j) !== 10) j++;
        if (j < e && t.charCodeAt(j) === 62) {
          out.push({ start: i, end: j + 1, reason: t.slice(i + 1, i + 8).toLowerCase().startsWith('http') ? 'link-target' : 'html' });
          i = j;
        }
      }
    }
  }
}

function looksLikeHeadline(t: string, b: Block, more: boolean): boolean {
  if (!more) return false;
  const s = t.slice(b.start, b.end);
  if (s.includes('\n') || s.includes('\r')) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === 46 || last === 44 || last === 59 || last === 58) return false;
  // One short line, one sentence: "Council Approves Budget", "Who Pays for the Bridge?"
  if (/[.!?]["\u201d\u2019')]?\s/.test(s)) return false;
  return s.split(/\s+/).length <= 20;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj pres supt det insp rev fr st jr sr ' +
    'hon amb atty messrs mmes mt ft ave blvd rd inc co corp ltd llc plc bros dept univ assn est approx vs etc ' +
    'no nos vol fig jan feb mar apr aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

/**
 * Abbreviations that also end sentences ("... across the U.S. The chain ...", "... before 6 a.m.
 * The mayor ..."): before a word that opens sentences, they end one.
 */
const MAY_END_SENTENCE = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'etc', 'inc', 'co', 'jr', 'sr', 'corp', 'ltd']);

/** A word ending at `i` (the dot) that must not end a sentence: an abbreviation, an initial, "U.S", "a.m". */
function isAbbreviation(t: string, ws: number, dot: number): boolean {
  const w = t.slice(ws, dot);
  if (w.length === 0) return false;
  if (w.length === 1 && isLetter(w.charCodeAt(0))) return true; // initial "J." or "a."
  if (w.includes('.')) {
    // "U.S", "a.m", "Ph.D": letters and dots only ("10.12%" is a number, and ends a sentence).
    for (let i = 0; i < w.length; i++) if (!isLetter(w.charCodeAt(i)) && w.charCodeAt(i) !== 46) return false;
    return true;
  }
  // A prefixed title keeps its abbreviation: "then-Sen. Obama", "ex-Gov. Smith".
  const hyphen = w.lastIndexOf('-');
  return ABBREVIATIONS.has((hyphen >= 0 ? w.slice(hyphen + 1) : w).toLowerCase());
}

function isOpenQuote(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0x2018 || c === 0x27;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 41 || c === 93 || c === 42 || c === 95;
}

/**
 * Finds the double-quote spans of a block: curly quotes pair by direction, straight quotes by
 * alternation. Returns for each position the end of the quote it opens (only for openers that
 * close within the block), so the splitter can keep a multi-sentence quote in one unit.
 */
function quoteSpans(t: string, s: number, e: number): { starts: number[]; ends: number[] } {
  // Opener positions come in increasing order (each follows the previous span's close).
  const starts: number[] = [];
  const ends: number[] = [];
  let open = -1;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d) {
      if (open >= 0) {
        starts.push(open);
        ends.push(i);
      }
      open = -1;
    } else if (c === 34) {
      if (open >= 0) {
        starts.push(open);
        ends.push(i);
        open = -1;
      } else open = i;
    }
  }
  return { starts, ends };
}

/** Sentence boundaries in t[s, e). */
function splitSentences(t: string, s: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const quotes = quoteSpans(t, s, e);
  // The next quote span that may open at or after i (i only moves forward): no lookup per character.
  let nextQuote = 0;
  let sentStart = s;
  let quoteEnd = -1; // inside a closed quote span until this position
  let wordStart = s;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (i > quoteEnd && nextQuote < quotes.starts.length) {
      while (nextQuote < quotes.starts.length && quotes.starts[nextQuote] < i) nextQuote++;
      if (quotes.starts[nextQuote] === i) quoteEnd = quotes.ends[nextQuote];
    }
    if (isSpace(c)) {
      wordStart = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) {
      if (c === 40 || c === 0x201c || c === 34) wordStart = i + 1; // "(Gov." starts its word after the bracket
      continue;
    }
    // A run of terminators ("?!", "...").
    let j = i + 1;
    while (j < e && (t.charCodeAt(j) === 46 || t.charCodeAt(j) === 33 || t.charCodeAt(j) === 63 || t.charCodeAt(j) === 0x2026)) j++;
    if (c === 46 && j === i + 1) {
      // A single dot: decimals, abbreviations and initials do not end a sentence. A dot that ends the
      // text has nothing after it to split off (and reading past the end made V8 recompile this).
      if (j >= t.length) break;
      const n = t.charCodeAt(j);
      if (isDigit(n) || isLetter(n)) continue;
      if (i - wordStart <= 12 && isAbbreviation(t, wordStart, i)) {
        // "... in the U.S. The ..." is ambiguous; only ordinary title abbreviations never end one.
        const w = t.slice(wordStart, i).toLowerCase();
        const nextWord = nextWordAt(t, j, e);
        if (!MAY_END_SENTENCE.has(w) || !nextWord || !/^(The|A|An|He|She|It|They|We|I|But|In|On|This|That|These|Those|His|Her|Their|There|And)$/.test(nextWord)) {
          continue;
        }
      }
    }
    // Closing quotes and brackets belong to the sentence they end.
    let k = j;
    while (k < e && isCloser(t.charCodeAt(k))) k++;
    const inQuote = i < quoteEnd && quoteEnd >= k;
    if (inQuote) {
      i = j - 1;
      continue;
    }
    if (k >= e) break;
    if (!isSpace(t.charCodeAt(k))) {
      i = j - 1;
      continue;
    }
    // The next sentence must start like one: upper case, a digit, an opening quote or bracket.
    const m = skipSpace(t, k, e);
    const n = t.charCodeAt(m);
    if (m < e && (isUpper(n) || isDigit(n) || isOpenQuote(n) || n === 40 || n === 91 || n === 42 || n === 95 || n === 0x2014 || n === 45 || (n >= 0xd800 && n <= 0xdbff) || (!isLetter(n) && n > 0x2000))) {
      // "“Who do they think they are?” Trump said." The speaker after a closed quote is the quote's.
      if (isUpper(n) && closesQuote(t, j, k) && ATTRIBUTION_TAIL.test(t.slice(m, Math.min(e, m + 120)))) {
        i = k - 1;
        continue;
      }
      if (k > quoteEnd) quoteEnd = -1;
      out.push([sentStart, k]);
      sentStart = m;
      wordStart = m;
      i = m - 1;
      continue;
    }
    i = j - 1;
  }
  out.push([sentStart, e]);
  return out;
}

/** Whether the closers t[j, k) after a terminator include a double quote mark. */
function closesQuote(t: string, j: number, k: number): boolean {
  for (let x = j; x < k; x++) {
    const c = t.charCodeAt(x);
    if (c === 34 || c === 0x201d) return true;
  }
  return false;
}

/**
 * A speaker and a reporting verb that end a quoted sentence: "Trump said.", "Mr. Obama said in
 * his interview.", "Sen. Claire McCaskill said on Sunday,". Up to five capitalised words (or "of",
 * "the", ...) before the verb, and after it punctuation or an adverbial, never a clause of its own
 * ("Trump said Monday that ..." starts a sentence).
 */
const ATTRIBUTION_TAIL = new RegExp(
  '^(?:(?:\\p{Lu}[\\p{L}.\'’-]*|of|the|de|van|von|al|bin)\\s+){1,5}?' +
    '(?:said|says|asked|asks|told|added|adds|wrote|writes|replied|replies|shouted|tweeted|explained|continued|recalled|insisted|insists|declared|answered|responded|joked|argued|noted|remarked|exclaimed|yelled|cried|countered|warned|concluded|wondered|quipped|posted|demanded|pleaded|screamed|chanted|laughed|boasted|admitted|acknowledged|conceded|stressed|emphasized|emphasised|claimed|asserted|observed|mused|urged|promised|vowed|predicted|suggested|complained|protested|retorted|whispered|announced|confirmed|reported)' +
    '(?=\\s*(?:[.,;!?:]|$)|\\s+(?:on|in|at|of|during|after|before|to|about|from|as|while|when|with|later|earlier|again|afterward|afterwards|recently|today|yesterday|tonight)\\b(?![^.!?]*\\bthat\\b))',
  'u',
);

function nextWordAt(t: string, i: number, e: number): string {
  const s = skipSpace(t, i, e);
  let j = s;
  while (j < e && isLetter(t.charCodeAt(j))) j++;
  return t.slice(s, j);
}
