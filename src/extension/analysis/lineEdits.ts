// Turns "text before" and "text after" (the engine's fix-all result) into small edits, so applying
// fix-all touches only the changed parts of changed lines (cursor, folding and undo stay sensible).
import type { TextEdit } from '../../engine/types';

export function lineEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  // Fix-all inserts and replaces within sentences; if it ever changes the line count, one edit
  // over the changed region is still exact.
  if (a.length !== b.length) return [middleEdit(before, after, 0)];
  const edits: TextEdit[] = [];
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) edits.push(middleEdit(a[i], b[i], offset));
    offset += a[i].length;
  }
  return edits;
}

/** Lines with their line breaks, so offsets add up exactly. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

/** One edit replacing what lies between the common prefix and the common suffix. */
function middleEdit(a: string, b: string, offset: number): TextEdit {
  let prefix = 0;
  const max = Math.min(a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair.
  if (prefix > 0 && isHigh(a.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLow(a.charCodeAt(a.length - suffix))) suffix--;
  return { start: offset + prefix, end: offset + a.length - suffix, newText: b.slice(prefix, b.length - suffix) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
