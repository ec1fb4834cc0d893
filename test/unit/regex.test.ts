// Every regular expression in the engine must run in linear time: inputs that make a
// backtracking pattern take seconds must finish fast. The bound (2 s per ~1 MB) is a safety
// net on a shared machine, not a benchmark.
import * as assert from 'assert';
import * as engine from '../../src/engine';
import { checkAnalysis } from './property-checks';

const MB = 1024 * 1024;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Each input targets a family of patterns: whitespace runs, quote scanning, number grammars,
// abbreviation/sentence splitting, name chunking, cue chains, and unterminated constructs.
const ADVERSARIAL: Array<[string, string]> = [
  ['a run of spaces', 'About' + fill(' ') + '5,000.'],
  ['a run of tabs and non-breaking spaces', fill('\t\u00a0 ') + 'x'],
  ['a run of straight quotes', fill('"')],
  ['alternating curly quotes', fill('“”‘’')],
  ['an unclosed quote before a long sentence', '"' + fill('word ', MB - 2) + 'said'],
  ['digits with commas', fill('1,')],
  ['digits with commas and no end', '1' + fill(',000') + ',x'],
  ['digits and dots', fill('1.')],
  ['a run of dots', fill('.')],
  ['abbreviation-like runs', fill('U.S. Mr. ')],
  ['dollar-and-percent soup', fill('$1.5%bn ')],
  ['capitalised words (200 KB)', fill('Alpha Beta Gamma ', 200 * 1024)],
  ['"said said said" (200 KB)', fill('said ', 200 * 1024)],
  ['"according to according to" (200 KB)', fill('according to ', 200 * 1024)],
  ['a 100,000-character line of one word', 'x'.repeat(100_000) + ' said 5,000.'],
  ['HTML comment opened, never closed', '<!--' + fill('attribution-review-disable ')],
  ['Markdown link brackets, never closed', fill('[a](')],
  ['emphasis markers', fill('*_')],
  ['hyphens and dashes', fill('-—–')],
  ['newline runs', fill('\n')],
  ['CR runs', fill('\r')],
];

describe('regex linearity', function () {
  this.timeout(60_000);

  for (const [what, text] of ADVERSARIAL) {
    it(`${what} (${Math.round(text.length / 1024)} KB) finishes fast`, () => {
      const t0 = Date.now();
      checkAnalysis(engine, text);
      const ms = Date.now() - t0;
      assert.ok(ms < 2_000, `${what}: ${ms} ms`);
    });
  }

  it('plain-text format on the same inputs', () => {
    for (const [what, text] of ADVERSARIAL.slice(0, 10)) {
      const t0 = Date.now();
      engine.analyze(text, { format: 'plaintext' });
      assert.ok(Date.now() - t0 < 2_000, what);
    }
  });
});
