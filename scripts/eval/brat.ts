// Reads brat standoff gold (PolNeAR layout or .txt/.ann pairs) into UTF-16 spans per attribution.
import * as fs from 'fs';
import * as path from 'path';

export type Role = 'Source' | 'Cue' | 'Content';
export const ROLES: readonly Role[] = ['Cue', 'Source', 'Content'];

/** A span as sorted, whitespace-trimmed fragments [start, end) in UTF-16 units. */
export type Frags = Array<[number, number]>;

export interface GoldAttribution {
  cue: Frags | null;
  source: Frags | null;
  content: Frags | null;
}

export interface GoldDoc {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Code point offset -> UTF-16 offset table (identity for BMP-only texts). */
export function codePointToUtf16(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** Trims whitespace inside each fragment, drops empty ones, sorts left to right. */
export function normFrags(text: string, frags: Frags): Frags {
  const out: Frags = [];
  for (let [s, e] of frags) {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const toU = codePointToUtf16(text);
  // Join continuation lines (spans crossing a paragraph break contain a newline).
  const records: string[] = [];
  for (const line of ann.split('\n')) {
    if (/^[TE#AR]\d+\t/.test(line) || records.length === 0) records.push(line);
    else records[records.length - 1] += '\n' + line;
  }
  const spans = new Map<string, { type: string; frags: Frags }>();
  const events: string[] = [];
  for (const r of records) {
    const tab = r.split('\t');
    if (r.startsWith('T')) {
      const head = tab[1] ?? '';
      const sp = head.indexOf(' ');
      const type = head.slice(0, sp);
      const frags: Frags = head
        .slice(sp + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter((f) => f.length === 2 && !isNaN(f[0]) && !isNaN(f[1]))
        .map((f) => [toU(f[0]), toU(f[1])] as [number, number]);
      spans.set(tab[0], { type, frags: normFrags(text, frags) });
    } else if (r.startsWith('E')) {
      events.push(tab[1] ?? '');
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const a: GoldAttribution = { cue: null, source: null, content: null };
    for (const arg of ev.trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      const s = spans.get(id);
      if (!s || s.frags.length === 0) continue;
      if (role === 'Cue') a.cue = s.frags;
      else if (role === 'Source') a.source = s.frags;
      else if (role === 'Content') a.content = s.frags;
    }
    if (a.cue || a.source || a.content) out.push(a);
  }
  return out;
}

/** Loads a PolNeAR split (text/ + attributions/, lowest annotator id per doc) or a folder of .txt/.ann pairs. */
export function loadGold(dir: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const textDir = path.join(dir, 'text');
  if (fs.existsSync(textDir)) {
    const annDir = path.join(dir, 'attributions');
    const anns = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
    for (const f of fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
      const id = f.slice(0, -4);
      const mine = anns
        .filter((a) => a.startsWith(id + '_') && /^[^_]+$/.test(a.slice(id.length + 1, -4)))
        .sort((a, b) => annotatorKey(a).localeCompare(annotatorKey(b)));
      if (mine.length === 0) continue;
      const text = fs.readFileSync(path.join(textDir, f), 'utf8');
      docs.push({ id, text, attributions: parseAnn(fs.readFileSync(path.join(annDir, mine[0]), 'utf8'), text) });
    }
  } else {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
      const base = f.slice(0, -4);
      const tp = path.join(dir, base + '.txt');
      if (!fs.existsSync(tp)) continue;
      const text = fs.readFileSync(tp, 'utf8');
      docs.push({ id: base, text, attributions: parseAnn(fs.readFileSync(path.join(dir, f), 'utf8'), text) });
    }
  }
  return docs;
}

function annotatorKey(file: string): string {
  const id = file.slice(file.lastIndexOf('_') + 1, -4);
  return id.padStart(12, '0');
}
