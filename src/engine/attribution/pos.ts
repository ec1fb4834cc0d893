// Coarse word classes from a compact lexicon (src/engine/data/pos-lexicon.ts, generated from
// compromise's English lexicon), with suffix guesses for unknown words. A lookup, not a parse:
// fast enough for every token.

import { inflateRawSync } from 'zlib';
import { POS_LEXICON } from '../data/pos-lexicon';

export const POS_CLASSES = [
  'COP', 'MODAL', 'PRON', 'DET', 'PREP', 'CONJ', 'NEG', 'WH', 'VBG', 'VBD', 'VBN', 'VBZ', 'VB', 'ACTOR', 'TITLE',
  'NAME', 'ORG', 'PLACE', 'PROPN', 'ADV', 'ADJ', 'DATE', 'NOUNS', 'NOUN', 'NUM',
] as const;

/** Every class posOf returns: the lexicon's, then its guesses for words the lexicon lacks. */
export const POS_ALL = [...POS_CLASSES, 'PUNCT', 'CAP', '?VBG', '?VBD', '?ADV', '?S', '?'] as const;
export type PosClass = (typeof POS_ALL)[number];

let table: Map<string, PosClass> | null = null;

function load(): Map<string, PosClass> {
  if (table) return table;
  const lines = inflateRawSync(Buffer.from(POS_LEXICON, 'base64')).toString('utf8').split('\n');
  table = new Map();
  lines.forEach((line, k) => {
    if (!line) return;
    for (const w of line.split(' ')) table!.set(w, POS_CLASSES[k]);
  });
  return table;
}

/** The word class of a lower-cased token; `text` (as written) decides capitalised unknowns. */
export function posOf(lower: string, text: string): PosClass {
  const known = load().get(lower);
  if (known) return known;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'NUM';
  if (!/[a-z]/i.test(text)) return 'PUNCT';
  if (c >= 65 && c <= 90) return 'CAP';
  if (lower.endsWith('ing')) return '?VBG';
  if (lower.endsWith('ed')) return '?VBD';
  if (lower.endsWith('ly')) return '?ADV';
  if (lower.endsWith('s')) return '?S';
  return '?';
}
