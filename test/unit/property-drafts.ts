// fast-check arbitraries that produce news-draft-like text: names, cues, figures, quotes,
// Markdown syntax, emoji, combining marks, right-to-left script and mixed line endings.
// Shared by property.test.ts (the unit run) and scripts/fuzz.ts (many more runs).
import fc from 'fast-check';

const NAMES = [
  'Maria Lopez', 'the mayor', 'Officials', 'officials', 'TASS', 'the Kremlin press service', 'She', 'he',
  'Dr. Amal Haddad', "Sean O'Neil", 'José Ñúñez', 'Zoë Brontë', 'the U.S. Department of Energy', 'Reuters',
  'the CEC final data', 'a spokesperson', 'sources', 'experts', 'the police', 'محمد العلي', 'Li Wei 李伟',
];
const CUES = [
  'said', 'says', 'told reporters', 'reported', 'announced', 'confirmed', 'added', 'stated', 'informs',
  'wrote', 'believe', 'claimed', 'noted', 'tweeted',
];
const NUMBERS = [
  '6,000', 'about 7,000', '80.1%', '10.12%', '$3.5 million', '2.4bn', 'dozens', 'several thousand', 'hundreds',
  '1,234,567', '3rd', 'August 9', '2020', 'seven', 'a third', '34-year-old', '12:30', '0.5', '100', '42',
  '9,99,999', '1.2.3', '€40', '-5', '½', '٣٤',
];
const PREDICATES = [
  'people were detained', 'votes were counted', 'homes lost power', 'were arrested in Minsk', 'received the vote',
  'gathered in the square', 'protesters marched', 'the bridge closed', 'schools reopened', 'prices rose',
];
// Days, which number-mismatch compares with the references' ("on Tuesday" for Monday), and look-alikes.
const DAYS = ['Monday', 'Tuesday', 'Feb. 6', 'February 7', '6 February', 'Sept. 30th', "Friday's", 'May 2020', 'March 3.5%'];
const SCENE = ['The room was quiet', 'Rain fell on the square', 'It was a cold morning', 'The crowd waited'];
const DECOR = ['🎉', '👩‍👩‍👧', '🇺🇦', 'é', 'e\u0301', 'n\u0303', '\u200b', '\u00a0', '—', '…', 'שלום', 'مرحبا', '\u202e', '\t'];
const MARKDOWN_PREFIX = ['', '', '', '# ', '## ', '- ', '* ', '1. ', '> ', '> > ', '    ', '| '];
const SEPARATORS = [' ', ' ', ' ', '\n', '\r\n', '\r', '  '];
const PARAGRAPH_SEPARATORS = ['\n\n', '\r\n\r\n', '\n\r\n', '\n', '\n\n\n'];
const QUOTES: Array<[string, string]> = [['"', '"'], ['\u201c', '\u201d'], ["'", "'"], ['\u2018', '\u2019'], ['«', '»'], ['"', '']];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const clause: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(NUMBERS), pick(PREDICATES)).map(([n, p]) => `${n} ${p}`),
  fc.tuple(pick(NAMES), pick(PREDICATES)).map(([n, p]) => `${n} ${p}`),
  fc.tuple(pick(NAMES), pick(NUMBERS)).map(([n, x]) => `${n} received ${x} of the vote`),
  fc.tuple(pick(NAMES), pick(PREDICATES), pick(DAYS)).map(([n, p, d]) => `${n} ${p} on ${d}`),
  pick(SCENE),
);

const sentence: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: clause.map((c) => `${capitalise(c)}.`) },
  { weight: 2, arbitrary: fc.tuple(clause, pick(NAMES), pick(CUES)).map(([c, n, v]) => `${capitalise(c)}, ${n} ${v}.`) },
  { weight: 2, arbitrary: fc.tuple(pick(NAMES), clause).map(([n, c]) => `According to ${n}, ${c}.`) },
  { weight: 1, arbitrary: fc.tuple(pick(NAMES), pick(CUES), clause).map(([n, v, c]) => `${capitalise(n)} ${v} that ${c}.`) },
  {
    weight: 2,
    arbitrary: fc.tuple(pick(QUOTES), clause, pick(NAMES), pick(CUES)).map(([[o, e], c, n, v]) => `${o}${capitalise(c)},${e} ${n} ${v}.`),
  },
  { weight: 1, arbitrary: fc.tuple(pick(QUOTES), clause, clause).map(([[o, e], a, b]) => `${o}${capitalise(a)}. ${capitalise(b)}.${e}`) },
  { weight: 1, arbitrary: fc.tuple(pick(NAMES), pick(CUES), pick(QUOTES), clause).map(([n, v, [o, e], c]) => `${capitalise(n)} ${v}: ${o}${c}.${e}`) },
  { weight: 1, arbitrary: clause.map((c) => `Reportedly, ${c}.`) },
  { weight: 1, arbitrary: fc.array(pick(NUMBERS), { minLength: 2, maxLength: 12 }).map((ns) => `Figures: ${ns.join(', ')}.`) },
  { weight: 1, arbitrary: fc.tuple(clause, pick(['**', '_', '`'])).map(([c, m]) => `${m}${capitalise(c)}${m}.`) },
  { weight: 1, arbitrary: fc.tuple(clause, pick(NAMES)).map(([c, n]) => `[${capitalise(c)}](https://example.org/${encodeURIComponent(n)}) ${n} said.`) },
  // Sources cited as online copy cites them: "per", a parenthesis, a footnote mark, a reference link.
  {
    weight: 1,
    arbitrary: fc.tuple(clause, pick(NAMES), pick(['per', '(Source:', '(', '[^1]', '[2]', 'ref'])).map(([c, n, form]) =>
      form === 'per' ? `${capitalise(c)}, per ${n}.`
        : form === 'ref' ? `${capitalise(c)} [${n}][1].`
        : form.startsWith('(') ? `${capitalise(c)} ${form === '(' ? '(' : '(Source: '}${n}, 2023).`
        : `${capitalise(c)}.${form}`,
    ),
  },
  { weight: 1, arbitrary: pick(['<!-- attribution-review-disable-next-line -->', '<!-- attribution-review-disable unsourced-number -->', '<!-- attribution-review-enable -->', '[attribution-review: disable-next-line]']) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

const decorated: fc.Arbitrary<string> = fc.tuple(sentence, fc.option(pick(DECOR), { freq: 4 })).map(([s, d]) => (d === null ? s : insertAtWordBoundary(s, d)));

const paragraph: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(pick(MARKDOWN_PREFIX), fc.array(fc.tuple(decorated, pick(SEPARATORS)), { minLength: 1, maxLength: 4 })).map(([prefix, parts]) => prefix + parts.map(([s, sep]) => s + sep).join('').trimEnd()) },
  { weight: 1, arbitrary: clause.map((c) => '```\n' + c + ' 5,000\n```') },
  { weight: 1, arbitrary: fc.tuple(pick(NUMBERS), pick(NUMBERS)).map(([a, b]) => `| Place | Count |\n|---|---:|\n| Minsk | ${a} |\n| Brest | ${b} |`) },
  { weight: 1, arbitrary: pick(NAMES).map((n) => `Source: ${n}`) },
  { weight: 1, arbitrary: fc.tuple(pick(NAMES), pick(['[^1]: ', '[1]: https://example.org/', '[2] '])).map(([n, d]) => `${d}${d.endsWith('/') ? encodeURIComponent(n) : n}`) },
  { weight: 1, arbitrary: clause.map((c) => `---\ntitle: ${c}\nreferences: [ref.txt]\n---`) },
);

/** A whole draft: paragraphs joined by blank lines of mixed endings, maybe with a BOM. */
export const draftArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(paragraph, pick(PARAGRAPH_SEPARATORS)), { minLength: 0, maxLength: 6 }))
  .map(([bom, parts]) => (bom ? '\ufeff' : '') + parts.map(([p, sep]) => p + sep).join(''));

/** A reference article: attributed sentences only, so facts get extracted. */
export const referenceArbitrary: fc.Arbitrary<string> = fc
  .array(fc.tuple(clause, pick(NAMES), pick(CUES)).map(([c, n, v]) => `${capitalise(c)}, ${n} ${v}.`), { minLength: 1, maxLength: 6 })
  .map((xs) => xs.join(' '));

export type Edit = { at: number; deleteCount: number; insert: string };

/** Edits as fractions of the length, so they apply to any text (typing, deleting, pasting). */
export const editArbitrary: fc.Arbitrary<{ pos: number; del: number; insert: string }> = fc.record({
  pos: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 12 }),
  insert: fc.oneof(
    pick(['a', ' ', '.', '"', '\n', '\n\n', '5', ',', '%', '🎉', 'said', ' TASS reports.', '\r\n']),
    decorated,
    fc.constant(''),
  ),
});

/** Applies a fractional edit, never splitting a surrogate pair (editors never do). */
export function applyFractionalEdit(text: string, e: { pos: number; del: number; insert: string }): string {
  let at = Math.floor(e.pos * text.length);
  if (isLow(text.charCodeAt(at)) && at > 0) at--;
  let end = Math.min(text.length, at + e.del);
  if (isLow(text.charCodeAt(end)) && end < text.length) end++;
  return text.slice(0, at) + e.insert + text.slice(end);
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

function insertAtWordBoundary(s: string, d: string): string {
  const space = s.indexOf(' ', Math.floor(s.length / 2));
  return space === -1 ? `${s} ${d}` : `${s.slice(0, space)} ${d}${s.slice(space)}`;
}
