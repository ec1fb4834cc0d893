// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), for lower-case
// English words. It reduces derived forms to a shared stem ("readiness" and "ready" -> "readi",
// "investigation" and "investigated" -> "investig"), which the light inflection stemmer of
// stemLower.ts does not: a paraphrase's words meet the reference's this way (see wordFamily.ts).

/** Whether w[i] is a consonant in Porter's sense: "y" is one after a vowel or at the start. */
function isConsonant(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return false;
  if (c === 121) return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** m: the number of vowel-consonant sequences in w[0, end) ([C](VC)^m[V]). */
function measure(w: string, end: number): number {
  let m = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    while (i < end && isConsonant(w, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
}

/** w[0, end) ends with a double consonant. */
function doubleConsonant(w: string, end: number): boolean {
  return end >= 2 && w[end - 1] === w[end - 2] && isConsonant(w, end - 1);
}

/** w[0, end) ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow"). */
function cvc(w: string, end: number): boolean {
  if (end < 3 || !isConsonant(w, end - 1) || isConsonant(w, end - 2) || !isConsonant(w, end - 3)) return false;
  const c = w[end - 1];
  return c !== 'w' && c !== 'x' && c !== 'y';
}

/** Replaces suffix `s` by `r` when the stem before it has measure > `min`; null when `s` is not the suffix. */
function swap(w: string, s: string, r: string, min: number): string | null {
  if (!w.endsWith(s)) return null;
  const stem = w.length - s.length;
  return measure(w, stem) > min ? w.slice(0, stem) + r : w;
}

const STEP2: ReadonlyArray<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: ReadonlyArray<[string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

function firstSwap(w: string, table: ReadonlyArray<[string, string]>, min: number): string {
  for (const [s, r] of table) {
    const out = swap(w, s, r, min);
    if (out !== null) return out;
  }
  return w;
}

/** The Porter stem of a lower-case word; words of one or two letters come back as they are. */
export function porterStem(word: string): string {
  let w = word;
  if (w.length <= 2) return w;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Step 1b: -eed, -ed, -ing.
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
  } else {
    const suffix = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0;
    if (suffix > 0 && hasVowel(w, w.length - suffix)) {
      w = w.slice(0, -suffix);
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (doubleConsonant(w, w.length) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
      else if (measure(w, w.length) === 1 && cvc(w, w.length)) w += 'e';
    }
  }
  // Step 1c: a final y after a vowel-bearing stem becomes i.
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';
  // Steps 2 and 3: double and single derivational suffixes, on stems with measure > 0.
  w = firstSwap(w, STEP2, 0);
  w = firstSwap(w, STEP3, 0);
  // Step 4: the last derivational suffix, on stems with measure > 1.
  for (const s of STEP4) {
    if (!w.endsWith(s)) continue;
    const stem = w.length - s.length;
    if (measure(w, stem) > 1 && (s !== 'ion' || w[stem - 1] === 's' || w[stem - 1] === 't')) w = w.slice(0, stem);
    break;
  }
  // Step 5: a final e, and a final double l.
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !cvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}
