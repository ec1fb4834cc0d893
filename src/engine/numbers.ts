// Finds figures in prose and normalises them ("6,000" -> 6000, "2.4bn" -> 2.4e9, "dozens" -> 24).
// Figures that need no source (dates, times, years, ages, ordinals, durations, article numbers,
// phone numbers, identifiers such as "COVID-19") are still returned, with isStatistic false, so that
// callers can tell "no figure" from "a figure that is not a statistic".
import { codeAt, codePointLength, isSpaceAt, letterLength } from './chars';
import { NumberKind, NumberMention } from './types';
import { posOf } from './attribution/pos';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isDigits: boolean;
  isWord: boolean;
}

// The tokens, as this RegExp would match them (tokenize() scans for them by char code):
// TOKEN_RE = /[$€£¥]|\d+(?:[.,]\d+)*|\p{L}+(?:['’\-]\p{L}+)*|\S/gu;

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'weekend',
  'weekends', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'night',
  'nights', 'morning', 'mornings', 'evening', 'evenings', 'afternoon', 'afternoons', 'times', 'time',
  'round', 'rounds', 'term', 'terms', 'generation', 'generations',
]);
// Words before a number that make it a label, not a quantity ("Article 5", "Flight 17").
const LABEL_WORDS = new Set([
  'article', 'articles', 'section', 'sections', 'chapter', 'paragraph', 'clause', 'part', 'no', 'nos',
  'number', 'resolution', 'rule', 'page', 'pages', 'room', 'flight', 'route', 'highway', 'bus', 'line',
  'volume', 'vol', 'item', 'point', 'amendment', 'act', 'order', 'decree', 'law', 'case', 'episode',
  'season', 'verse', 'figure', 'fig', 'table', 'exhibit', 'appendix', 'annex', 'level', 'grade',
  'district', 'ward', 'gate', 'platform', 'terminal', 'building', 'floor', 'apartment', 'unit', 'box',
  'lot', 'channel', 'code', 'version', 'model', 'bill', 'protocol', 'step', 'stage', 'phase', 'category',
  'class', 'division', 'tier', 'zone', 'block', 'street', 'avenue', 'road', 'suite', 'pier', 'track',
  'lane', 'sector', 'precinct', 'squad', 'battalion', 'brigade', 'regiment', 'corps', 'group', 'team',
  'wave', 'generation', 'tranche', 'ps', 'iso', 'mark', 'type', 'covid', 'g', 'vs', 'v',
  'interstate', 'exit', 'junction', 'berth', 'dock', 'runway', 'hangar', 'bay',
]);
const AGE_BEFORE = new Set(['aged', 'age', 'ages']);
const DETERMINERS = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'all', 'which', 'whose']);
// Nouns that make a small spelled-out number a count of something ("seven people").
const COUNT_NOUNS = new Set(['people', 'men', 'women', 'children', 'police', 'dead', 'injured', 'staff', 'personnel', 'troops', 'youth', 'wounded', 'missing']);

const SCALE: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12,
};
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥']);
const CURRENCY_WORDS = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'ruble', 'rubles', 'rouble', 'roubles', 'yen',
  'yuan', 'franc', 'francs', 'rupee', 'rupees', 'hryvnia', 'hryvnias', 'zloty', 'zlotys', 'usd', 'eur',
  'gbp', 'rub', 'byn', 'cents', 'cent', 'pence', 'krona', 'kronor', 'crowns', 'lira', 'peso', 'pesos', 'won',
]);
const MEASURE_WORDS = new Set([
  'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'metre', 'metres', 'meter',
  'meters', 'kg', 'kilogram', 'kilograms', 'kilo', 'kilos', 'tonne', 'tonnes', 'ton', 'tons', 'litre',
  'litres', 'liter', 'liters', 'gallon', 'gallons', 'barrel', 'barrels', 'hectare', 'hectares', 'acre',
  'acres', 'degree', 'degrees', 'mph', 'kph', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'cm', 'mm', 'feet',
  'foot', 'ft', 'inch', 'inches', 'square', 'sq', 'cubic', 'lb', 'lbs', 'ounces', 'oz', 'bpd',
]);
const APPROX_ONE = new Set(['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'estimated', 'circa', 'approx', 'c']);
const APPROX_TWO = new Set(['more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'an estimated', 'close to', 'just over', 'just under', 'upwards of', 'as many as', 'in excess of', 'well over']);

// What makes "half of" a stretch of time: "the first / second half", "half of the year / season".
const HALVES = new Set(['first', 'second', 'latter', 'back', 'front']);
const PERIOD_AFTER_HALF = new Set(['year', 'season', 'century', 'decade', 'month', 'quarter', 'game', 'term', 'week', 'day', 'match', 'session']);

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// Plural scale words on their own are vague quantities: "dozens" ~ 24, "hundreds" ~ 200.
const VAGUE_PLURALS: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9, tens: 20,
};
const FRACTIONS: Record<string, number> = {
  half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20,
};

// Anything that could start a figure: a digit or a number word (as a whole word or a prefix of
// "twenty-five", "two-thirds"). Alternation of plain words: linear.
const NUMBERISH = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|tens|several|many|few|half|third|quarter|fifth)\b/i;

// Words that can open a spelled-out or vague figure; every other word is skipped at once.
const WORD_STARTERS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE_PLURALS), 'several', 'many', 'a', 'dozen', 'half', 'third', 'quarter', 'fifth',
]);

/** End of a run of letters (\p{L}) at `i` (`i` when there is none). */
function letterRunEnd(text: string, i: number): number {
  let l = letterLength(text, i);
  while (l > 0) {
    i += l;
    l = letterLength(text, i);
  }
  return i;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The tokens of TOKEN_RE, scanned by char code (this runs on every sentence with a figure). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    let j: number;
    let isWord = false;
    if (c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5) j = i + 1;
    else if (isAsciiDigit(c)) {
      j = i + 1;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      for (;;) {
        const d = codeAt(text, j);
        if (!((d === 0x2e || d === 0x2c) && isAsciiDigit(codeAt(text, j + 1)))) break;
        j += 2;
        while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      }
    } else if (letterLength(text, i) > 0) {
      isWord = true;
      j = letterRunEnd(text, i);
      for (;;) {
        const d = codeAt(text, j);
        if (!((d === 0x27 || d === 0x2019 || d === 0x2d) && letterLength(text, j + 1) > 0)) break;
        j = letterRunEnd(text, j + 1);
      }
    } else j = i + codePointLength(text, i);
    const t = text.slice(i, j);
    tokens.push({ text: t, lower: t.toLowerCase(), start: i, end: j, isDigits: isAsciiDigit(c), isWord });
    i = j;
  }
  return tokens;
}

/** "6,000" -> 6000, "80.1" -> 80.1, "6.000.000" (European grouping) -> 6000000. */
export function parseDigits(raw: string): number {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(raw)) return Number(raw.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  const first = /^\d+(?:\.\d+)?/.exec(raw);
  return first ? Number(first[0]) : NaN;
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** Value of a spelled-out number starting at token i ("twenty-five", "seven"), or null. */
function wordValue(lower: string): number | null {
  if (lower in UNITS) return UNITS[lower];
  if (lower in TENS) return TENS[lower];
  const parts = lower.split('-');
  if (parts.length === 2 && parts[0] in TENS && parts[1] in UNITS && UNITS[parts[1]] < 10) return TENS[parts[0]] + UNITS[parts[1]];
  return null;
}

interface Draft {
  startTok: number;
  endTok: number; // inclusive
  value: number;
  kind: NumberKind;
  approximate: boolean;
  isStatistic: boolean;
}

/**
 * Every figure in `text[from, to)`, with offsets into `text`. Statistics have isStatistic true.
 * Runs in time linear in the length of the range.
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const slice = text.slice(from, to);
  // Most sentences have no figure at all: a cheap scan saves tokenising them.
  if (!NUMBERISH.test(slice)) return [];
  const toks = tokenize(slice);
  const out: NumberMention[] = [];
  const urls = urlRanges(slice);
  let i = 0;
  while (i < toks.length) {
    const d = readRatio(toks, i) ?? readDigits(slice, toks, i) ?? readWords(toks, i);
    if (!d) {
      i++;
      continue;
    }
    // "https://example.com/2020/1234567": part of an address, not a figure.
    if (urls.length > 0 && inRanges(urls, toks[d.startTok].start)) {
      i = d.endTok + 1;
      continue;
    }
    applyApproximation(toks, d);
    const nounAt = countedNounAt(toks, d.endTok + 1);
    const noun = nounAt >= 0 ? toks[nounAt].lower : undefined;
    if (d.isStatistic && noun && isFamily(toks, d, noun)) d.isStatistic = false;
    if (d.isStatistic && isGameStat(toks, d, nounAt)) d.isStatistic = false;
    const start = toks[d.startTok].start;
    const end = toks[d.endTok].end;
    out.push({
      start: from + start,
      end: from + end,
      text: slice.slice(start, end),
      value: d.value,
      kind: d.kind,
      approximate: d.approximate,
      isStatistic: d.isStatistic,
      // Always set, undefined when there is none: one object shape for every figure (V8), and JSON
      // leaves an undefined field out as before.
      noun: noun || undefined,
      predicate: nounAt >= 0 ? predicateAfter(toks, nounAt + 1) : PREDICATE_AUX.has(word(toks, d.endTok + 1)) ? predicateAfter(toks, d.endTok + 1) : undefined,
    });
    i = d.endTok + 1;
  }
  return out;
}

/** Children and siblings: "her two sons", "survived by three grandchildren", "a father of four". */
const KIN = new Set([
  'sons', 'daughters', 'children', 'kids', 'grandchildren', 'great-grandchildren', 'grandsons', 'granddaughters',
  'brothers', 'sisters', 'siblings', 'stepchildren', 'stepsons', 'stepdaughters', 'twins', 'sons-in-law', 'daughters-in-law',
]);
const OWNERS = new Set(['his', 'her', 'their', 'our', 'my', 'your']);
/** Words of a sentence about someone's family, not about a toll: "survived by", "leaves", "has". */
const FAMILY_WORDS = new Set(['survived', 'survivors', 'leaves', 'raised', 'raising', 'has', 'have', 'had']);
/** Most children a family count can name; a larger count reads as a statistic ("40 children"). */
const MAX_FAMILY = 12;

/**
 * Whether a small count of children or siblings describes someone's family ("her two sons", "He
 * leaves two sons and seven grandchildren", "a mother of three children", "the youngest of five
 * children"), which needs no source.
 * A toll does ("Three children were killed").
 */
function isFamily(toks: Token[], d: Draft, noun: string): boolean {
  if (d.kind !== 'count' || d.value > MAX_FAMILY || !KIN.has(noun)) return false;
  const before = word(toks, d.startTok - 1);
  if (OWNERS.has(before) || (before === 'of' && /^(?:father|mother|parent|grandfather|grandmother|youngest|oldest|eldest|middle|second|third|one)$/.test(word(toks, d.startTok - 2)))) return true;
  return hasWord(toks, FAMILY_WORDS) && !hasWord(toks, TOLL_WORDS);
}
const TOLL_WORDS = new Set(['killed', 'died', 'dead', 'injured', 'wounded', 'hurt', 'missing', 'hospitalized', 'hospitalised', 'rescued', 'evacuated', 'shot']);

/** What a player or a team is credited with in a game or a season: the box score, public record. */
const GAME_STATS = new Set([
  'points', 'rebounds', 'assists', 'steals', 'blocks', 'turnovers', 'fouls', 'goals', 'saves', 'shots', 'runs', 'rbis',
  'rbi', 'hits', 'homers', 'innings', 'strikeouts', 'walks', 'yards', 'touchdowns', 'interceptions', 'sacks', 'tackles',
  'receptions', 'catches', 'carries', 'birdies', 'bogeys', 'eagles', 'aces', 'laps', 'wickets', 'three-pointers', '3-pointers',
  'pointers', 'minutes', 'home', 'games', 'straight', 'wins', 'losses', 'starts', 'appearances', 'caps',
]);
/** Words that put a sentence in a game: a stat noun alone ("points", "goals") is also politics and plans. */
const GAME_WORDS = new Set([
  'game', 'games', 'match', 'quarter', 'halftime', 'inning', 'innings', 'overtime', 'season', 'scored', 'scoring', 'playoff',
  'playoffs', 'league', 'tournament', 'coach', 'rebounds', 'assists', 'touchdowns', 'homers', 'rbis', 'shot', 'averaging',
  'nba', 'nfl', 'mlb', 'nhl', 'mls', 'wnba', 'goalkeeper', 'pitcher', 'quarterback', 'striker', 'teammates', 'scoreless',
  'saves', 'penalty',
]);

/**
 * Whether a figure is a player's or a team's game or season statistic in a sentence about a game
 * ("Young scored 38 points", "had 22 points and 12 rebounds", "hit .291 with 34 home runs",
 * "made five saves"), which the box score makes public record, like a match's result. "Percentage
 * points" stay statistics, and so does any stat noun outside a game's words ("three goals of the plan").
 */
function isGameStat(toks: Token[], d: Draft, nounAt: number): boolean {
  if (!hasWord(toks, GAME_WORDS)) return false;
  // A batting average: ".291" (the stop is a token of its own, right before the digits).
  const before = toks[d.startTok - 1];
  const beforeDot = toks[d.startTok - 2];
  if (before && before.text === '.' && before.end === toks[d.startTok].start && d.value < 1000 && (!beforeDot || beforeDot.end < before.start)) return true;
  if (d.kind !== 'count') return false;
  // "14 in the fourth quarter", "13 of 24 from the field": the count's noun is the stat before it.
  const next = word(toks, d.endTok + 1);
  if (next === 'in' && word(toks, d.endTok + 2) === 'the' && GAME_PARTS.has(word(toks, d.endTok + 4))) return true;
  if (next === 'of' && word(toks, d.endTok + 3) === 'from') return true;
  if (word(toks, d.startTok - 1) === 'of' && word(toks, d.endTok + 1) === 'from') return true;
  if (nounAt < 0 || !GAME_STATS.has(toks[nounAt].lower)) return false;
  return word(toks, nounAt - 1) !== 'percentage';
}
const GAME_PARTS = new Set(['quarter', 'half', 'period', 'inning', 'set', 'round', 'frame']);

// The lower-case words of each tokenised text, built on the first question about it: a text of a
// thousand tallies asks a thousand times, and must not scan itself each time.
const wordSets = new WeakMap<Token[], Set<string>>();
function hasWord(toks: Token[], words: ReadonlySet<string>): boolean {
  let set = wordSets.get(toks);
  if (!set) {
    set = new Set();
    for (const t of toks) if (t.isWord) set.add(t.lower);
    wordSets.set(toks, set);
  }
  for (const w of words) if (set.has(w)) return true;
  return false;
}

// Web addresses: a scheme or "www." and everything up to white space or a closing bracket; and a
// DOI ("doi:10.1001/jama.2026.1234"), whose digits are an identifier, not figures.
const URL_RE = /\b(?:https?:\/\/|www\.|doi:\s?10\.)[^\s)\]>"]+/gi;

/**
 * The [start, end) ranges of web addresses (and DOIs) in s, in order; none without "http", "www." or "doi:" in it.
 * Collected by a builtin, not pushed here: findNumbers inlines this, and the first address V8
 * ever saw pushed (an array growing a new kind of element) cost it a recompilation of findNumbers.
 */
function urlRanges(s: string): ReadonlyArray<readonly [number, number]> {
  if (!/https?:|www\.|doi:/i.test(s)) return NO_RANGES;
  return Array.from(s.matchAll(URL_RE), (m): readonly [number, number] => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
const NO_RANGES: ReadonlyArray<readonly [number, number]> = [];

function inRanges(ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  for (const [a, b] of ranges) if (at >= a && at < b) return true;
  return false;
}

const NOUN_SKIP = new Set(['of', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'all', 'total', 'registered', 'eligible']);

/** The token of the word a figure counts ("6,000 people" -> "people", "80.1% of the vote" -> "vote"), or -1. */
function countedNounAt(toks: Token[], i: number): number {
  i = skipDecoration(toks, i);
  for (let k = 0; k < 3 && i + k < toks.length; k++) {
    const w = word(toks, i + k);
    if (!w) return -1;
    if (NOUN_SKIP.has(w)) continue;
    // "109 had been rescued": a verb follows the figure, which names no noun.
    return w.length >= 3 && !PREDICATE_AUX.has(w) ? i + k : -1;
  }
  return -1;
}

const PREDICATE_AUX = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'also', 'reportedly', 'allegedly', 'now', 'already']);

/**
 * What happened to what a figure counts, from the words after its noun: "6,000 people were
 * detained" -> "detained", "200 people marched" -> "marched"; undefined when no verb follows.
 */
function predicateAfter(toks: Token[], i: number): string | undefined {
  let aux = 0;
  while (aux < 3 && PREDICATE_AUX.has(word(toks, i + aux))) aux++;
  const w = word(toks, i + aux);
  if (!w || w.length < 3) return undefined;
  return aux > 0 || w.endsWith('ed') ? w : undefined;
}

// Emoji, flags, ZWJ, variation selectors and skin-tone modifiers: one token per code point.
const DECORATION_RE = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]$/u;

/** The first token from i on that is not an emoji part (at most a few are skipped: linear). */
function skipDecoration(toks: Token[], i: number): number {
  let j = i;
  while (j < toks.length && j - i < 16 && DECORATION_RE.test(toks[j].text)) j++;
  return j;
}

function word(toks: Token[], i: number): string {
  const t = toks[i];
  return t && t.isWord ? t.lower : '';
}

/** A figure written with digits, starting at token i (or at a currency symbol just before it). */
function readDigits(slice: string, toks: Token[], i: number): Draft | null {
  let startTok = i;
  let money = false;
  let t = toks[i];
  if (CURRENCY_SYMBOLS.has(t.text) && toks[i + 1]?.isDigits && toks[i + 1].start - t.end <= 1) {
    money = true;
    i++;
    t = toks[i];
  } else if (t.isWord && t.lower.length <= 2 && /^(?:us|a|c|hk|nz)$/.test(t.lower) && CURRENCY_SYMBOLS.has(toks[i + 1]?.text ?? '') && adjacent(t, toks[i + 1]) && toks[i + 2]?.isDigits) {
    money = true;
    i += 2;
    t = toks[i];
  }
  if (!t.isDigits) return null;
  const numTok = i;
  let value = parseDigits(t.text);
  if (!Number.isFinite(value)) return null;
  let endTok = numTok;
  let kind: NumberKind = money ? 'money' : 'count';
  let isStatistic = true;
  const prev = toks[startTok - 1];
  const prevWord = prev?.isWord ? prev.lower : '';
  const next = toks[numTok + 1];

  // Identifiers glued to letters: "G7", "MH17", "COVID-19", "F-16".
  if (prev && adjacent(prev, t) && (prev.isWord || (prev.text === '-' && adjacent(toks[startTok - 2], prev) && toks[startTok - 2]?.isWord))) {
    return { startTok, endTok, value, kind, approximate: false, isStatistic: false };
  }
  // Ordinals "3rd", "21st"; decades "1990s"; codes "4G".
  if (next && adjacent(t, next) && next.isWord) {
    const isScale = next.lower in SCALE;
    const isUnit = MEASURE_WORDS.has(next.lower) || CURRENCY_WORDS.has(next.lower);
    if (!isScale && !isUnit) {
      return { startTok, endTok: numTok + 1, value, kind, approximate: false, isStatistic: false };
    }
  }
  // Phone numbers: a run of at least seven digits split by dashes, dots or spaces.
  const phone = /^\(?\d{1,4}\)?(?:[ .\-]\(?\d{2,4}\)?){1,4}/.exec(slice.slice(t.start));
  if (!money && phone && phone[0].replace(/\D/g, '').length >= 7) {
    const groups = phone[0].split(/[ .\-]/).length;
    if (groups >= 3 || phone[0].includes('-') || prev?.text === '+' || prev?.text === '(') {
      let j = numTok;
      const phoneEnd = t.start + phone[0].length;
      while (j + 1 < toks.length && toks[j + 1].end <= phoneEnd) j++;
      if (prev?.text === '+' || prev?.text === '(') startTok--;
      return { startTok, endTok: j, value, kind, approximate: false, isStatistic: false };
    }
  }
  // Times "10:30", "5 pm", dates "9/8/2020", "2020-08-09", scores "3-1".
  if (next && adjacent(t, next) && (next.text === ':' || next.text === '/') && toks[numTok + 2]?.isDigits && adjacent(next, toks[numTok + 2])) {
    let j = numTok + 2;
    while (toks[j + 1] && adjacent(toks[j], toks[j + 1]) && (toks[j + 1].text === ':' || toks[j + 1].text === '/' || toks[j + 1].isDigits)) j++;
    return { startTok, endTok: j, value, kind, approximate: false, isStatistic: false };
  }
  if (next && adjacent(t, next) && next.text === '-' && toks[numTok + 2]?.isDigits && adjacent(next, toks[numTok + 2]) && t.text.length === 4) {
    return { startTok, endTok: numTok + 2, value, kind, approximate: false, isStatistic: false };
  }
  const after = slice.slice(t.end, t.end + 12);
  const timeMatch = /^\s?(?:[ap]\.?m\b\.?|o'clock|o’clock|gmt\b|utc\b|hrs\b)/i.exec(after);
  if (timeMatch) {
    let j = numTok;
    const timeEnd = t.end + timeMatch[0].length;
    while (j + 1 < toks.length && toks[j + 1].end <= timeEnd) j++;
    return { startTok, endTok: j, value, kind, approximate: false, isStatistic: false };
  }
  // Dates: "August 9", "Aug. 9", "9 August", "August 9, 2020".
  const prevSkipDot = prev?.text === '.' ? toks[startTok - 2] : prev;
  if (value <= 31 && Number.isInteger(value) && !t.text.includes(',') && (MONTHS.has(prevSkipDot?.lower ?? '') || MONTHS.has(word(toks, numTok + 1)))) {
    let j = numTok;
    if (MONTHS.has(word(toks, numTok + 1))) j = numTok + 1;
    // "Sept. 16-19": a range of days.
    if ((toks[j + 1]?.text === '-' || toks[j + 1]?.text === '–') && toks[j + 2]?.isDigits && adjacent(toks[j], toks[j + 1]) && Number(toks[j + 2].text) <= 31) j += 2;
    // "August 9, 2020": absorb the year.
    if (toks[j + 1]?.text === ',' && toks[j + 2]?.isDigits && /^\d{4}$/.test(toks[j + 2].text)) j += 2;
    return { startTok, endTok: j, value, kind, approximate: false, isStatistic: false };
  }
  // The result of a vote or a match is a matter of record, not a statistic: "voted 52-48", "a 5-4
  // decision", "beat Riverton 3-2", "passed the bill 218-212" (before labels: "bill 218" is one).
  // A ratio or a poll lead still is ("by 2-1", "led Sanders 2-1").
  const second = toks[numTok + 2];
  const tally = !!next && (next.text === '-' || next.text === '–') && !!second?.isDigits && adjacent(t, next) && adjacent(next, second);
  if (tally && !money && isResultTally(toks, startTok, numTok + 2)) {
    return { startTok, endTok: numTok + 2, value, kind, approximate: false, isStatistic: false };
  }
  // The base of a rate: "$1.27 per $100 of assessed value", "12 deaths per 100,000 residents".
  if (prevWord === 'per') {
    return { startTok, endTok, value, kind, approximate: false, isStatistic: false };
  }
  // Labels: "Article 5", "No. 10", "#3".
  const labelWord = prev?.text === '.' ? word(toks, startTok - 2) : prevWord;
  if ((!money && LABEL_WORDS.has(labelWord)) || prev?.text === '#') {
    return { startTok, endTok, value, kind, approximate: false, isStatistic: false };
  }
  // Ages: "aged 34", "34-year-old", "34 years old"; an age range is one figure ("aged 13 to 18",
  // "ages 18-34", "between the ages of 18 and 29").
  if (AGE_BEFORE.has(prevWord) || (prevWord === 'of' && AGE_BEFORE.has(word(toks, startTok - 2)))) {
    return { startTok, endTok: rangeEnd(toks, numTok), value, kind, approximate: false, isStatistic: false };
  }
  if (next?.text === '-' && /^(?:year|month|week|day)s?-old$/.test(word(toks, numTok + 2))) {
    return { startTok, endTok: numTok + 2, value, kind, approximate: false, isStatistic: false };
  }
  if (/^(?:year|month)s?$/.test(word(toks, numTok + 1)) && word(toks, numTok + 2) === 'old') {
    return { startTok, endTok: numTok + 2, value, kind, approximate: false, isStatistic: false };
  }
  if (!money && isAge(toks, startTok, numTok, value)) return { startTok, endTok, value, kind, approximate: false, isStatistic: false };
  // A length as an adjective: "a 30-second spot", "a 10-day trip", "the 5-year plan".
  if (!money && next?.text === '-' && adjacent(t, next) && TIME_UNITS.has(word(toks, numTok + 2)) && adjacent(next, toks[numTok + 2])) {
    return { startTok, endTok: numTok + 2, value, kind, approximate: false, isStatistic: false };
  }
  // A tally or a range is one figure, its unit read after it: "a 5-4 decision", "10-15%", "5-10 years".
  if (tally) endTok = numTok + 2;

  // Scale words: "3.5 million", "2.4bn", "$3.5m".
  const scaleWord = word(toks, endTok + 1);
  if (scaleWord in SCALE) {
    const glued = adjacent(toks[endTok], toks[endTok + 1]);
    const short = scaleWord.length <= 3;
    if (!short || glued) {
      // A bare "m" only means million with money; "100m" alone is a distance.
      if (!(scaleWord === 'm' && !money) && !(scaleWord === 'b' && !money)) {
        value *= SCALE[scaleWord];
        endTok++;
      } else {
        kind = 'measure';
        endTok++;
      }
    }
  }
  // Percent: "80.1%", "80.1 percent", "80.1 per cent", "3 percentage points".
  const nextTok = toks[endTok + 1];
  if (nextTok?.text === '%' || nextTok?.text === '٪') {
    kind = 'percent';
    endTok++;
  } else if (word(toks, endTok + 1) === 'percent' || word(toks, endTok + 1) === 'percentage' || word(toks, endTok + 1) === 'pct') {
    kind = 'percent';
    endTok++;
    if (word(toks, endTok + 1) === 'points' || word(toks, endTok + 1) === 'point') endTok++;
  } else if (word(toks, endTok + 1) === 'per' && word(toks, endTok + 2) === 'cent') {
    kind = 'percent';
    endTok += 2;
  } else if (CURRENCY_WORDS.has(word(toks, endTok + 1))) {
    kind = 'money';
    endTok++;
  } else if (kind !== 'money' && MEASURE_WORDS.has(word(toks, endTok + 1))) {
    kind = 'measure';
    endTok++;
    // "square kilometres", "cubic metres", "sq ft": the unit is both words.
    if (/^(?:square|sq|cubic)$/.test(word(toks, endTok)) && MEASURE_WORDS.has(word(toks, endTok + 1))) endTok++;
  }
  if (kind === 'count' && endTok === numTok && !money) {
    // A bare number after a name is part of the name: "Intermediate School 285", "Patriot 125".
    // Emoji around the figure are decoration: they neither start the sentence nor hide the noun.
    const before = toks[startTok - 1];
    const nextWord = word(toks, skipDecoration(toks, endTok + 1));
    const wordBefore = toks.slice(Math.max(0, startTok - 12), startTok - 1).some((x) => x.isWord);
    // A brand written in camel case names a product wherever it stands: "iPhone 15", "iPad 10".
    const camel = !!before && before.isWord && /^\p{Ll}+\p{Lu}/u.test(before.text);
    const namesBefore = !!before && before.isWord && /^\p{Lu}/u.test(before.text) && wordBefore && !MONTHS.has(before.lower) && !APPROX_ONE.has(before.lower);
    if ((namesBefore || camel) && !COUNT_NOUNS.has(nextWord) && !isPluralWord(nextWord)) isStatistic = false;
    // A model: "its 737 Max fleet", "the A320 Neo" (a count of things is a plural: "40 Palestinian civilians").
    const nextTok = toks[endTok + 1];
    if (nextTok?.isWord && MODEL_SUFFIXES.has(nextTok.text)) isStatistic = false;
    // A rank, not a count: "a top 10 market", "the top 20 schools".
    if (prevWord === 'top') isStatistic = false;
  }
  if (kind === 'count') {
    // Years: a bare four-digit number between 1000 and 2100 ("in 2020", "the 2020 election").
    if (/^\d{4}$/.test(t.text) && value >= 1000 && value <= 2100 && !COUNT_NOUNS.has(word(toks, endTok + 1)) && !/s$/.test(word(toks, endTok + 1))) {
      isStatistic = false;
    }
    // Durations: "two days", "10 years" (a sentence length is an event claim, not a statistic).
    if (TIME_UNITS.has(word(toks, endTok + 1))) isStatistic = false;
    // A list marker at the start of a line: "1. ", "2) ".
    if (startTok === 0 && (nextTok?.text === '.' || nextTok?.text === ')') && /^\s/.test(slice.slice(nextTok.end, nextTok.end + 1))) {
      isStatistic = false;
    }
  }
  return { startTok, endTok, value, kind, approximate: false, isStatistic };
}

/** The last token of a range that starts with the number at `numTok`: "13 to 18", "18-34", "18 and 29". */
function rangeEnd(toks: Token[], numTok: number): number {
  const link = toks[numTok + 1];
  const second = toks[numTok + 2];
  if (!link || !second?.isDigits) return numTok;
  if (link.text === '-' || link.text === '–') return adjacent(toks[numTok], link) && adjacent(link, second) ? numTok + 2 : numTok;
  return RANGE_LINKS.has(link.lower) ? numTok + 2 : numTok;
}
const RANGE_LINKS = new Set(['to', 'and', 'through', 'or']);

/** Words right after a tally that make it the outcome of a vote or a match ("a 5-4 decision"). */
const RESULT_AFTER = new Set([
  'vote', 'votes', 'decision', 'ruling', 'verdict', 'win', 'victory', 'loss', 'defeat', 'draw', 'tie', 'record',
  'overtime', 'final', 'scoreline', 'shootout', 'home', 'away',
]);
/** Verbs of voting and winning before a tally that make it such an outcome ("voted 52-48"). */
const RESULT_VERBS = new Set([
  'voted', 'ruled', 'beat', 'beats', 'beating', 'defeated', 'defeats', 'edged', 'edges', 'won', 'wins', 'lost', 'loses',
  'tied', 'drew', 'finished', 'routed', 'thrashed', 'downed', 'passed', 'approved', 'rejected', 'confirmed', 'adopted',
  'upheld', 'overturned', 'struck', 'blocked',
]);
const GAME_LEADS = new Set(['led', 'leads', 'lead', 'trailed', 'trails', 'leading', 'trailing']);
/** A poll's tallies are statistics whatever verb reports them ("Women backed Clinton 2-1 in the poll"). */
const POLL_WORDS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'surveyed', 'respondents']);
/** Nouns just before a tally that make it a result ("a vote of 52-48", "the final score, 3-2"). */
const RESULT_NOUNS = new Set(['vote', 'votes', 'score', 'scoreline', 'record', 'tally', 'margin']);
/** Words that end the look-back: the tally belongs to what follows them ("support among women 2-1"). */
const NOT_RESULT_LINKS = new Set(['in', 'on', 'at', 'with', 'among', 'for', 'from', 'to', 'over', 'after', 'before', 'between', 'against', 'than', 'by', 'lead', 'leads', 'led', 'leading']);
/** Furthest a vote or win verb may stand before its tally: "passed a stopgap spending bill 218-212". */
const RESULT_LOOKBACK = 5;
/**
 * Whether the tally toks[start..end] is a result: a result word right after it, a result noun just
 * before it ("a vote of 52-48"), or a verb of voting or winning a few words before it with nothing
 * but its object between ("voted 52-48", "beat Riverton 3-2", "approved the budget 5-2", "won, 4-2").
 */
function isResultTally(toks: Token[], start: number, end: number): boolean {
  if (hasWord(toks, POLL_WORDS)) return false;
  if (RESULT_AFTER.has(word(toks, end + 1))) return true;
  // In a game: the score on the way ("led 88-71", "a 16-4 run") and a record after a name ("Atlanta (24-19)").
  if (hasWord(toks, GAME_WORDS) || (toks[start - 1]?.text === '(' && /^\p{Lu}/u.test(toks[start - 2]?.text ?? ''))) {
    if (word(toks, end + 1) === 'run' || toks[start - 1]?.text === '(') return true;
    for (let k = start - 1; k >= 0 && start - k <= 3 && toks[k].isWord; k--) if (GAME_LEADS.has(toks[k].lower)) return true;
  }
  let k = start - 1;
  if (toks[k]?.text === ',' || word(toks, k) === 'a' || word(toks, k) === 'an' || word(toks, k) === 'of') k--;
  if (RESULT_NOUNS.has(word(toks, k))) return true;
  for (let n = 0; n < RESULT_LOOKBACK && k >= 0 && toks[k].isWord; n++, k--) {
    if (RESULT_VERBS.has(toks[k].lower)) return true;
    if (NOT_RESULT_LINKS.has(toks[k].lower)) return false;
  }
  return false;
}

/** Words that end a model's name after its number ("737 Max", "A320 Neo"). */
const MODEL_SUFFIXES = new Set(['Max', 'MAX', 'Pro', 'Plus', 'Ultra', 'Mini', 'Air', 'XL', 'SE', 'GT', 'Neo', 'Lite', 'Dreamliner']);

/** A plural noun, roughly: longer than three letters and ending in "s" but not "ss" ("was" and "class" are not). */
function endsLikePlural(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss');
}

/** endsLikePlural, and not "-us" or "-is" either ("this", "status"): the word after a name's number. */
function isPluralWord(w: string): boolean {
  return endsLikePlural(w) && !/(?:us|is)$/.test(w);
}

/** Verbs after which a bare number is an age: "Trump, who is 70, ...", "when she turned 18". */
const AGE_VERBS = new Set(['is', 'was', 'turns', 'turned', 'turning']);
const TURNED = new Set(['turns', 'turned', 'turning', 'turn']);
// What may follow the age after "turned" ("turned 60 last week", "turns 18 on Monday").
const AFTER_TURNED = new Set(['last', 'this', 'next', 'on', 'in', 'at', 'and', 'but', 'when', 'while', 'before', 'after', 'yesterday', 'today', 'tomorrow', 'earlier', 'recently']);

/**
 * An age in news style: "Donald Trump, 70, said" (a person's name, then the number between commas)
 * or "who is 70" / "she turned 18" before a comma or the sentence's end.
 */
function isAge(toks: readonly Token[], startTok: number, numTok: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 120 || toks[numTok].text.includes(',')) return false;
  const after = toks[numTok + 1];
  if (after?.text === '%' || after?.text === '-') return false;
  const prev = toks[startTok - 1];
  const before = toks[startTok - 2];
  // "The mayor turned 60 last week": a birthday, whoever has it.
  if (prev?.isWord && TURNED.has(prev.lower) && (!after || !after.isWord || AFTER_TURNED.has(after.lower))) return true;
  // "who was 84 when she founded it": an age before a clause of time.
  if (after && after.text !== ',' && after.text !== '.' && after.text !== ';' && after.text !== ')' && after.lower !== 'when') return false;
  if (prev?.text === ',' && before?.isWord && after?.text === ',' && (/^\p{Lu}/u.test(before.text) || isPersonNoun(before.lower))) return true;
  return !!prev?.isWord && AGE_VERBS.has(prev.lower) && !!before?.isWord && /^(?:who|he|she|i|you)$/.test(before.lower);
}

/**
 * One person named by a common noun ("The suspect, 34, was arrested", "a woman, 45,"): the
 * lexicon's singular person words (ACTOR: man, driver, officer, mother...) and those it files under
 * other classes. Never a plural: "The victims, 34, ..." may be a count.
 */
function isPersonNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) || posOf(w, w) === 'ACTOR';
}
const PERSON_NOUNS = new Set(['suspect', 'victim', 'defendant', 'resident', 'patient', 'student', 'gunman', 'shooter', 'passenger', 'pedestrian', 'motorist', 'homeowner', 'inmate', 'spokesman', 'spokeswoman']);

/** A small whole number written out ("four", "ten") or in digits ("10"), or NaN. */
function smallNumber(t: Token | undefined): number {
  if (!t) return NaN;
  if (t.isWord) return UNITS[t.lower] ?? TENS[t.lower] ?? (t.lower === 'hundred' ? 100 : NaN);
  // Up to three digits: "1 in 100", not a year ("10 in 2020").
  return t.isDigits && t.text.length <= 3 ? Number(t.text) : NaN;
}

/**
 * A share written as a ratio: "one in four survivors", "Six in 10 voters", "1 in 5", "one out of
 * every five homes". One figure, a percentage (25, 60, 20), not a count of the second number.
 */
function readRatio(toks: Token[], i: number): Draft | null {
  // The joining word first: it rules out almost every token without a lookup.
  let j = i + 1;
  const w = word(toks, j);
  if (w === 'in') j++;
  else if (w === 'out' && word(toks, j + 1) === 'of') j += word(toks, j + 2) === 'every' ? 3 : 2;
  else return null;
  const a = smallNumber(toks[i]);
  if (!(a > 0)) return null;
  const b = smallNumber(toks[j]);
  if (!(b > a)) return null;
  return { startTok: i, endTok: j, value: (100 * a) / b, kind: 'percent', approximate: false, isStatistic: true };
}

/** A spelled-out or vague figure starting at token i: "seven", "several thousand", "dozens", "a third of". */
function readWords(toks: Token[], i: number): Draft | null {
  const t = toks[i];
  if (!t.isWord) return null;
  const w = t.lower;
  if (!WORD_STARTERS.has(w) && !(w.includes('-') && WORD_STARTERS.has(w.slice(0, w.indexOf('-'))))) return null;
  const w1 = word(toks, i + 1);
  const w2 = word(toks, i + 2);
  // "tens of thousands", "hundreds of thousands", "dozens", "hundreds".
  if (w in VAGUE_PLURALS) {
    if (w1 === 'of' && w2 in VAGUE_PLURALS && w2 !== 'dozens') {
      return { startTok: i, endTok: i + 2, value: (w === 'tens' ? 20 : VAGUE_PLURALS[w]) * SCALE[w2], kind: 'vague-quantity', approximate: true, isStatistic: true };
    }
    if (w === 'tens' || w === 'scores') {
      if (w1 !== 'of') return null;
    }
    if (TIME_UNITS.has(w1) || (w1 === 'of' && TIME_UNITS.has(w2))) {
      return { startTok: i, endTok: i, value: VAGUE_PLURALS[w], kind: 'vague-quantity', approximate: true, isStatistic: false };
    }
    return { startTok: i, endTok: i, value: VAGUE_PLURALS[w], kind: 'vague-quantity', approximate: true, isStatistic: true };
  }
  // "several thousand", "a few hundred", "many thousands".
  if ((w === 'several' || w === 'many' || (w === 'a' && w1 === 'few')) ) {
    const scaleIdx = w === 'a' ? i + 2 : i + 1;
    const sw = word(toks, scaleIdx);
    if (sw === 'hundred' || sw === 'thousand' || sw === 'million' || sw === 'billion' || sw === 'dozen' || (w !== 'a' && (sw === 'thousands' || sw === 'millions' || sw === 'hundreds'))) {
      const base = sw.startsWith('dozen') ? 12 : SCALE[sw] ?? (sw.startsWith('hundred') ? 100 : 1);
      return { startTok: i, endTok: scaleIdx, value: 3 * base, kind: 'vague-quantity', approximate: true, isStatistic: !TIME_UNITS.has(word(toks, scaleIdx + 1)) };
    }
    return null;
  }
  // "a dozen".
  if (w === 'dozen' && word(toks, i - 1) === 'a') {
    return { startTok: i - 1, endTok: i, value: 12, kind: 'count', approximate: true, isStatistic: !TIME_UNITS.has(w1) };
  }
  // Fractions: "half of", "a third of", "two-thirds of", "a quarter of".
  const frac = /^(one|two|three|four)-(thirds?|quarters?|fifths?)$/.exec(w);
  if (frac && w1 === 'of') {
    return { startTok: i, endTok: i, value: UNITS[frac[1]] * FRACTIONS[frac[2]], kind: 'percent', approximate: false, isStatistic: true };
  }
  if ((w === 'half' || ((w === 'third' || w === 'quarter' || w === 'fifth') && word(toks, i - 1) === 'a')) && w1 === 'of') {
    // "the second half of next year", "the first half of 2024": a stretch of time, not a share.
    const period = w === 'half' && (HALVES.has(word(toks, i - 1)) || PERIOD_AFTER_HALF.has(word(toks, i + 2)) || PERIOD_AFTER_HALF.has(word(toks, i + 3)) || /^\d{4}$/.test(word(toks, i + 2)));
    return { startTok: w === 'half' ? i : i - 1, endTok: i, value: FRACTIONS[w], kind: 'percent', approximate: false, isStatistic: !period };
  }
  // Spelled-out cardinals: "seven", "twenty-five", "two hundred", "three million".
  const v = wordValue(w);
  if (v === null) return null;
  if (w === 'one') return null; // "one of", "no one", "one day": almost never a statistic.
  let value = v;
  let endTok = i;
  const next = word(toks, i + 1);
  if (next === 'hundred') {
    value *= 100;
    endTok++;
  }
  const scale = word(toks, endTok + 1);
  if (scale === 'thousand' || scale === 'million' || scale === 'billion' || scale === 'trillion') {
    value *= SCALE[scale];
    endTok++;
  }
  let kind: NumberKind = 'count';
  const after = word(toks, endTok + 1);
  if (after === 'percent' || (after === 'per' && word(toks, endTok + 2) === 'cent')) {
    kind = 'percent';
    endTok += after === 'per' ? 2 : 1;
  } else if (CURRENCY_WORDS.has(after)) {
    kind = 'money';
    endTok++;
  }
  let isStatistic = true;
  const before = word(toks, i - 1);
  // "the two presidents", "the nation's two largest unions": which ones, not how many.
  if (TIME_UNITS.has(word(toks, endTok + 1)) || DETERMINERS.has(before) || (value < 10 && /['’]s?$/.test(before))) isStatistic = false;
  else if (kind === 'count' && value < 10 && endTok === i) {
    // A small spelled-out number is a count only before a plural noun ("seven protesters").
    const noun = word(toks, endTok + 1);
    const nounAfterAdj = word(toks, endTok + 2);
    const plural = (n: string) => COUNT_NOUNS.has(n) || endsLikePlural(n);
    isStatistic = noun === 'of' ? plural(nounAfterAdj) : plural(noun) || (!!noun && plural(nounAfterAdj) && !TIME_UNITS.has(nounAfterAdj));
  }
  return { startTok: i, endTok, value, kind, approximate: false, isStatistic };
}

/** Extends a figure over an approximating phrase before it: "about 6,000", "more than 200". */
function applyApproximation(toks: Token[], d: Draft): void {
  if (d.kind === 'vague-quantity') return;
  const w1 = word(toks, d.startTok - 1);
  const w2 = word(toks, d.startTok - 2);
  if (w2 && APPROX_TWO.has(`${w2} ${w1}`)) {
    d.approximate = true;
    if (d.isStatistic) d.startTok -= 2;
  } else if (w1 && APPROX_ONE.has(w1)) {
    d.approximate = true;
    if (d.isStatistic) d.startTok -= 1;
  } else if (w1 === 'estimated' && w2 === 'an') {
    d.approximate = true;
    if (d.isStatistic) d.startTok -= 2;
  }
}

/** Whether two figures state the same quantity, allowing for rounding and approximation. */
export function sameFigure(a: NumberMention, b: NumberMention): boolean {
  if (a.value === b.value) return true;
  if (a.value === 0 || b.value === 0) return false;
  // "80%" restates "80.1%"; "6,000" restates "6,012" only when one side says "about".
  const decimals = (n: NumberMention) => {
    const m = /\d+(?:\.(\d+))?/.exec(n.text.replace(/,/g, ''));
    return m && m[1] ? m[1].length : 0;
  };
  // The less precise figure may round or truncate the more precise one ("12%" for "12.5%").
  const restates = (coarse: NumberMention, fine: NumberMention) => {
    const p = 10 ** decimals(coarse);
    return Math.round(fine.value * p) / p === coarse.value || Math.trunc(fine.value * p) / p === coarse.value;
  };
  if (decimals(a) < decimals(b) && restates(a, b)) return true;
  if (decimals(b) < decimals(a) && restates(b, a)) return true;
  const rel = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
  if (a.kind === 'vague-quantity' || b.kind === 'vague-quantity') return rel <= 0.5;
  // A bound on one side only: "more than 70" states 74, not 69 nor 120; "nearly 75" states 74.
  const ba = boundOf(a);
  const bb = boundOf(b);
  if (ba !== 0 && bb === 0) return withinBound(a.value, ba, b.value);
  if (bb !== 0 && ba === 0) return withinBound(b.value, bb, a.value);
  if (a.approximate || b.approximate) return rel <= 0.05;
  return false;
}

// Phrases that put a figure above or below the number they give ("more than 70", "nearly 75").
const ABOVE_RE = /^(?:more than|over|at least|upwards of|in excess of|well over|just over|above)\s/i;
const BELOW_RE = /^(?:fewer than|less than|under|nearly|almost|close to|just under|below)\s/i;
/** How far past its number a bound reaches and still reads as the figure: "more than 2,000" for 2,340. */
const ABOVE_REACH = 1.25;
const BELOW_REACH = 0.95;

/** 1 when a figure is given as a lower bound ("more than 70"), -1 as an upper one ("nearly 75"), else 0. */
function boundOf(n: NumberMention): number {
  return ABOVE_RE.test(n.text) ? 1 : BELOW_RE.test(n.text) ? -1 : 0;
}

/** Whether `value` lies on the bound's side of `limit`, and near enough to be what it rounds. */
function withinBound(limit: number, bound: number, value: number): boolean {
  return bound > 0 ? value > limit && value <= limit * ABOVE_REACH : value < limit && value >= limit * BELOW_REACH;
}
