// Every regular expression and scanning loop in the engine must run in linear time: inputs that
// make a backtracking pattern (or a rescan-to-the-end loop) take minutes must finish fast.
// Bounds (CPU time) are a safety net, not a benchmark: 2 s for 1 MB of ordinary
// adversarial text; 5 s for inputs where every character is its own token (512 KB runs of quotes,
// dashes, emphasis markers: about a million tokens at the tagger's ~5 µs each) and for 200 KB runs
// of cue words (every word a cue, each with its own role window). A quadratic pass over such input
// takes far longer than either bound. Each case runs in a child process (hostile-child.ts), so
// one that loops fails alone instead of hanging the run.
import * as assert from 'assert';
import { analyseInChild } from './hostile-child';

const MB = 1024 * 1024;
const DENSE = MB / 2;

// [what, JavaScript building the text (fill(unit, size) repeats unit to size), bound in ms].
// Each targets a family of patterns: whitespace runs, quote scanning, number grammars,
// abbreviation/sentence splitting, name chunking, cue chains, unterminated constructs.
const ADVERSARIAL: Array<[string, string, number]> = [
  ['a run of spaces', `'About' + fill(' ', ${MB}) + '5,000.'`, 2_000],
  ['a run of tabs and non-breaking spaces', `fill('\\t\\u00a0 ', ${MB}) + 'x'`, 2_000],
  ['a run of straight quotes', `fill('"', ${DENSE})`, 5_000],
  ['alternating curly quotes', `fill('“”‘’', ${DENSE})`, 5_000],
  ['an unclosed quote before a 100 KB sentence', `'"' + fill('word ', 100 * 1024) + 'said'`, 2_000],
  ['digits with commas', `fill('1,', ${MB})`, 2_000],
  ['digits with commas and no end', `'1' + fill(',000', ${MB}) + ',x'`, 2_000],
  ['digits and dots', `fill('1.', ${MB})`, 2_000],
  ['a run of dots', `fill('.', ${MB})`, 2_000],
  ['abbreviation-like runs', `fill('U.S. Mr. ', ${DENSE})`, 5_000],
  ['dollar-and-percent soup', `fill('$1.5%bn ', ${DENSE})`, 5_000],
  ['capitalised words (200 KB)', `fill('Alpha Beta Gamma ', 200 * 1024)`, 2_000],
  ['a one-line run of links and sentences', `fill('[Police detain 6,000](https://x.org/a). ', ${MB})`, 5_000],
  ['list and quote markers before a link', `fill('- > ', ${DENSE}) + '[a](b) x'`, 2_000],
  ['a table of 20,000 rows, each a flagged figure with its credit-line fix', `'| Place | Count |\\n|---|---|\\n' + Array.from({ length: 20000 }, (_, i) => '| Town' + i + ' | ' + (i * 7 + 11) + ' |').join('\\n')`, 5_000],
  // Cue-dense: every word starts a cue, so each gets its own (shrunken) role window.
  ['"said said said" (200 KB)', `fill('said ', 200 * 1024)`, 5_000],
  ['"according to according to" (200 KB)', `fill('according to ', 200 * 1024)`, 5_000],
  ['a 100,000-character line of one word', `'x'.repeat(100000) + ' said 5,000.'`, 2_000],
  ['HTML comment opened, never closed', `'<!--' + fill('attribution-review-disable ', ${MB})`, 2_000],
  ['Markdown link brackets, never closed', `fill('[a](', ${DENSE})`, 5_000],
  ['emphasis markers', `fill('*_', ${DENSE})`, 5_000],
  ['a definition that never reaches its participle', `fill('the virus is an infection of ', ${MB})`, 2_000],
  ['hyphens and dashes', `fill('-—–', ${DENSE})`, 5_000],
  ['newline runs', `fill('\\n', ${MB})`, 2_000],
  ['CR runs', `fill('\\r', ${MB})`, 2_000],
];

describe('regex linearity', function () {
  this.timeout(120_000);

  for (const [what, expression, bound] of ADVERSARIAL) {
    it(`${what} finishes within ${bound / 1000} s`, () => {
      const r = analyseInChild(expression, bound);
      assert.ok(r.ok, `${what}: ${r.error}`);
    });
  }

  it('plain-text format on the ordinary inputs', () => {
    const ordinary = ADVERSARIAL.filter(([what, , b]) => b === 2_000 && !what.startsWith('an unclosed quote'));
    for (const [what, expression, bound] of ordinary.slice(0, 6)) {
      const r = analyseInChild(expression, bound, `{ format: 'plaintext' }`);
      assert.ok(r.ok, `${what}: ${r.error}`);
    }
  });

  it('adversarial reference articles', () => {
    const references = `{ references: [
      { path: 'quotes.txt', text: '"'.repeat(100000) },
      { path: 'said.txt', text: 'said '.repeat(20000) },
      { path: 'digits.txt', text: '1,'.repeat(100000) },
      { path: 'links.txt', text: '[a]('.repeat(25000) },
    ] }`;
    const r = analyseInChild(`'About 5,000 people were detained, officials said.'`, 5_000, references);
    assert.ok(r.ok, r.error);
  });
});
