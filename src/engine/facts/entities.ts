// Named people, organisations and places, found by capitalisation (no NLP library: compromise costs
// ~450 ms per 10k words, and capitalised runs are what matching needs). Places are told apart so
// that "elections were held in Belarus" is not mistaken for an event involving a named actor.

import { codeAt, codePointLength, isSpaceAt, letterLength } from '../chars';

export type EntityKind = 'actor' | 'place';

export interface Entity {
  text: string;
  /** Offsets relative to the analysed string. */
  start: number;
  end: number;
  kind: EntityKind;
  /** Lower-cased name tokens, possessive "'s" removed, connectors dropped. */
  tokens: string[];
}

// Lower-case words that may sit inside a name; "and" and "on" would glue two names together.
const JOINERS = new Set(['of', 'the', 'for', 'de', 'la', 'von', 'van', 'der', 'al', 'bin', 'du', 'le']);
const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'and', 'de', 'la', 'von', 'van', 'der', 'al', 'bin']);
// Capitalised only because they open a sentence (or are calendar words): never a name alone.
const NOT_NAMES = new Set(
  (
    'a an the and or but if then than that this these those there here of in on at to for from by with ' +
    'it its he she they we i you his her their our my your who what when where why how which while ' +
    'after before during since until as so yet also however meanwhile moreover furthermore still ' +
    'according note recall immediately today yesterday tomorrow now then both each every all some many ' +
    'most several few more much other another such no not neither nor either one two three four five ' +
    'six seven eight nine ten about around nearly almost over under more less only just even ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december mr mrs ms dr prof sir president minister' +
    ' is are was were be been has have had do does did will would can could should may might must ' +
    'in-depth earlier later last next first second third new old local police protesters people'
  ).split(' '),
);
const PLACE_SUFFIX = /\b(?:Square|Street|St|Avenue|Ave|Road|Rd|Boulevard|Park|River|Lake|Sea|Ocean|Bay|Mountains?|Island|Islands|City|County|Province|Region|Oblast|District|Bridge|Hall|Station|Airport|Stadium|Valley|Coast|Peninsula|Highway|Gulf|Strait|Plaza|Gardens?|Harbour|Harbor|Port)$/;
const ORG_WORD = /\b(?:Ministry|Party|Committee|Commission|Council|Service|Agency|Bank|Company|Inc|Corp|Ltd|LLC|University|Police|Army|Court|Government|Parliament|Department|Office|Union|Association|Organi[sz]ation|Group|Institute|Federation|League|Board|Authority|Bureau|Foundation|Church|Front|Movement|Times|Post|News|Press|Kremlin|Senate|Congress|Assembly|Duma|Cabinet|Treaty|Fund|Trust|Hospital|School|College|Center|Centre|Guard|Force|Forces|Navy)\b/;
// Countries, regions and large cities that are places, not actors. Kept short; capitalised
// single words not listed here count as actors, which errs on the side of finding a named source.
const PLACES = new Set(
  (
    'afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium ' +
    'bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus czechia ' +
    'denmark ecuador egypt estonia ethiopia europe africa asia america finland france georgia germany ghana ' +
    'greece hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya ' +
    'korea kosovo kyrgyzstan latvia lebanon libya lithuania luxembourg malaysia mali mexico moldova mongolia ' +
    'montenegro morocco myanmar nepal netherlands nigeria norway pakistan palestine peru philippines poland ' +
    'portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden ' +
    'switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine ' +
    'uzbekistan venezuela vietnam yemen zambia zimbabwe britain england scotland wales crimea siberia ' +
    'minsk moscow kyiv kiev warsaw vilnius riga berlin paris london washington brussels beijing tokyo delhi ' +
    'rome madrid vienna prague budapest ankara istanbul tehran baghdad cairo nairobi lagos sydney toronto ' +
    'ottawa gomel grodno brest vitebsk mogilev petersburg st new york california texas florida'
  ).split(' '),
);

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** isCapitalised() of the word starting at `i` (its first code unit). */
function capitalisedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return isCapitalised(text.charAt(i));
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** Lower-cased, without a final "'s" and then a final apostrophe. */
function nameToken(word: string): string {
  const w = word.toLowerCase();
  let e = w.length;
  if (e >= 2 && w.charCodeAt(e - 1) === 115 && isApostrophe(w.charCodeAt(e - 2))) e -= 2;
  if (e >= 1 && isApostrophe(w.charCodeAt(e - 1))) e--;
  return e === w.length ? w : w.slice(0, e);
}

// Reused buffers of scanWords() (findEntities runs on every sentence and never nests).
const wordStart: number[] = [];
const wordEnd: number[] = [];
const wordIsLetters: boolean[] = [];

/**
 * The words of `text` as /\p{L}+(?:['’.\-]\p{L}+)*(?:['’]s?)?|\S/gu would match them, scanned by char
 * code: offsets, and whether the token is a word of letters (else a single non-space character).
 * Returns the number of tokens.
 */
function scanWords(text: string): number {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    let j = i;
    let l = letterLength(text, j);
    const letters = l > 0;
    if (letters) {
      while (l > 0) {
        j += l;
        l = letterLength(text, j);
      }
      // Inner apostrophes, dots and hyphens followed by letters, then a trailing apostrophe or 's.
      for (;;) {
        const c = codeAt(text, j);
        if (!(isApostrophe(c) || c === 0x2e || c === 0x2d)) break;
        l = letterLength(text, j + 1);
        if (l === 0) break;
        j++;
        while (l > 0) {
          j += l;
          l = letterLength(text, j);
        }
      }
      if (j < len && isApostrophe(text.charCodeAt(j))) {
        j++;
        if (j < len && text.charCodeAt(j) === 115) j++;
      }
    } else {
      j += codePointLength(text, j);
    }
    wordStart[n] = i;
    wordEnd[n] = j;
    wordIsLetters[n] = letters;
    n++;
    i = j;
  }
  return n;
}

/**
 * Capitalised runs in `text` ("Vladimir Putin", "the Ministry of Internal Affairs", "CEC").
 * `sentenceStarts` are offsets where a sentence opens: a single capitalised word there is a name
 * only if `knownNames` (lower-cased tokens) says so, or another capitalised word follows it.
 */
export function findEntities(text: string, sentenceStarts: readonly number[] = [0], knownNames?: ReadonlySet<string>): Entity[] {
  const out: Entity[] = [];
  const count = scanWords(text);
  const starts = wordStart;
  const ends = wordEnd;
  const isWord = wordIsLetters;
  const word = (k: number): string => text.slice(starts[k], ends[k]);
  const isCapWord = (k: number): boolean => isWord[k] && capitalisedAt(text, starts[k]);
  // Ends in an apostrophe or "'s" (a possessive closes a name).
  const possessive = (k: number): boolean => {
    const e = ends[k];
    const last = text.charCodeAt(e - 1);
    return isApostrophe(last) || (last === 115 && e - 2 >= starts[k] && isApostrophe(text.charCodeAt(e - 2)));
  };
  // A word opens a sentence when only quotes, brackets or list marks stand between it and the start.
  const opensSentence = (k: number): boolean => {
    for (let j = k - 1; j >= 0; j--) {
      if (isWord[j]) return false;
      if (ends[j] - starts[j] === 1) {
        const c = text.charCodeAt(starts[j]);
        if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
      }
    }
    return true;
  };
  let i = 0;
  while (i < count) {
    if (!isCapWord(i)) {
      i++;
      continue;
    }
    // Extend over capitalised words, allowing lower-case connectors between them.
    let j = i;
    let k = i + 1;
    while (k < count) {
      if (isCapWord(k) && !possessive(k - 1)) {
        j = k;
        k++;
      } else if (JOINERS.has(word(k).toLowerCase())) {
        // "Ministry of Internal Affairs", "Bank of the North": up to two joiners, then a capital.
        let n = k + 1;
        if (n < count && JOINERS.has(word(n).toLowerCase())) n++;
        if (n < count && isCapWord(n)) k = n;
        else break;
      } else break;
    }
    // Drop leading capitalised function words ("The Kremlin" -> "Kremlin", "In Minsk" -> "Minsk").
    let s = i;
    while (s <= j && NOT_NAMES.has(nameToken(word(s))) && !isAcronym(word(s))) s++;
    if (s > j) {
      i = j + 1;
      continue;
    }
    const atStart = s === i && (sentenceStarts.includes(starts[i]) || opensSentence(i));
    if (atStart && s === j && !isAcronym(word(s)) && !(knownNames?.has(nameToken(word(s))))) {
      i = j + 1;
      continue;
    }
    const span = text.slice(starts[s], ends[j]);
    const tokens: string[] = [];
    for (let t = s; t <= j; t++) {
      const tok = nameToken(word(t));
      if (!CONNECTORS.has(tok) && !NOT_NAMES.has(tok)) tokens.push(tok);
    }
    if (tokens.length > 0) {
      const plain = span.replace(/['’]s?$/, '');
      const isPlace = PLACE_SUFFIX.test(plain) || (tokens.every((t) => PLACES.has(t)) && !ORG_WORD.test(plain));
      out.push({ text: plain, start: starts[s], end: starts[s] + plain.length, kind: isPlace ? 'place' : 'actor', tokens });
    }
    i = j + 1;
  }
  return out;
}

export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(word) && word !== 'I';
}

/** Whether a word is a name as written in this text (capitalised, and not only at sentence starts). */
export function looksLikeName(word: string, knownNames: ReadonlySet<string>): boolean {
  return isAcronym(word) || word === 'I' || knownNames.has(nameToken(word));
}

// A run of capitalised words after a lower-case word: "rival Svetlana Tikhanovskaya". Each repeat
// needs a space and then a capital, so there is one way to match: linear time.
const NAME = "\\p{Lu}\\p{L}+(?:['’\\-]\\p{L}+)*";
const MID_SENTENCE_NAMES = new RegExp(`[\\p{Ll},;:)](?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)["“'‘(]?(${NAME}(?:[ \\t]+${NAME})*)`, 'gu');

/** Lower-cased tokens of capitalised words seen in the middle of sentences: names as this text writes them. */
export function midSentenceNames(text: string): Set<string> {
  const names = new Set<string>();
  // Headings are often in title case, and a blank line ends a sentence: neither says "name".
  const prose = text.includes('#') ? text.replace(/^[ \t]{0,3}#.*$/gm, '') : text;
  // exec() and a blank scan: no iterator, no split RegExp (this runs on every paragraph).
  MID_SENTENCE_NAMES.lastIndex = 0;
  for (let m = MID_SENTENCE_NAMES.exec(prose); m; m = MID_SENTENCE_NAMES.exec(prose)) {
    const run = m[1];
    let a = 0;
    for (let b = 0; b <= run.length; b++) {
      const c = b < run.length ? run.charCodeAt(b) : 32;
      if (c !== 32 && c !== 9) continue;
      if (b > a) {
        const tok = nameToken(run.slice(a, b));
        if (!NOT_NAMES.has(tok)) names.add(tok);
      }
      a = b + 1;
    }
  }
  return names;
}
