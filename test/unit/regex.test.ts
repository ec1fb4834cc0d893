// Every regular expression and scanning loop in the engine must run in linear time: inputs that
// make a backtracking pattern (or a rescan-to-the-end loop) take minutes must finish fast.
// Bounds are a safety net on a shared machine, not a benchmark: 2 s for 1 MB of ordinary
// adversarial text; inputs where every character is its own token (runs of quotes, dashes,
// emphasis markers) are 512 KB with 5 s, because the attribution tagger's linear per-token cost
// (~5 µs) makes a 1 MB run of punctuation about a million tokens. A quadratic pass over 512 KB
// takes far longer than either bound.
import * as assert from 'assert';
import * as engine from '../../src/engine';
import { checkAnalysis } from './property-checks';

const MB = 1024 * 1024;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Each input targets a family of patterns: whitespace runs, quote scanning, number grammars,
// abbreviation/sentence splitting, name chunking, cue chains, and unterminated constructs.
const DENSE = MB / 2;
const ADVERSARIAL: Array<[string, string, number]> = [
  ['a run of spaces', 'About' + fill(' ') + '5,000.', 2_000],
  ['a run of tabs and non-breaking spaces', fill('\t\u00a0 ') + 'x', 2_000],
  ['a run of straight quotes', fill('"', DENSE), 5_000],
  ['alternating curly quotes', fill('“”‘’', DENSE), 5_000],
  ['an unclosed quote before a long sentence', '"' + fill('word ', MB - 2) + 'said', 2_000],
  ['digits with commas', fill('1,'), 2_000],
  ['digits with commas and no end', '1' + fill(',000') + ',x', 2_000],
  ['digits and dots', fill('1.'), 2_000],
  ['a run of dots', fill('.'), 2_000],
  ['abbreviation-like runs', fill('U.S. Mr. ', DENSE), 5_000],
  ['dollar-and-percent soup', fill('$1.5%bn ', DENSE), 5_000],
  ['capitalised words (200 KB)', fill('Alpha Beta Gamma ', 200 * 1024), 2_000],
  ['"said said said" (200 KB)', fill('said ', 200 * 1024), 2_000],
  ['"according to according to" (200 KB)', fill('according to ', 200 * 1024), 2_000],
  ['a 100,000-character line of one word', 'x'.repeat(100_000) + ' said 5,000.', 2_000],
  ['HTML comment opened, never closed', '<!--' + fill('attribution-review-disable '), 2_000],
  ['Markdown link brackets, never closed', fill('[a](', DENSE), 5_000],
  ['emphasis markers', fill('*_', DENSE), 5_000],
  ['hyphens and dashes', fill('-—–', DENSE), 5_000],
  ['newline runs', fill('\n'), 2_000],
  ['CR runs', fill('\r'), 2_000],
];

describe('regex linearity', function () {
  // Generous: a failing case should report its time, not a mocha timeout.
  this.timeout(120_000);

  for (const [what, text, bound] of ADVERSARIAL) {
    it(`${what} (${Math.round(text.length / 1024)} KB) finishes fast`, () => {
      const t0 = Date.now();
      checkAnalysis(engine, text);
      const ms = Date.now() - t0;
      assert.ok(ms < bound, `${what}: ${ms} ms (bound ${bound} ms)`);
    });
  }

  it('plain-text format on the same inputs', () => {
    for (const [what, text] of ADVERSARIAL.filter(([, , bound]) => bound === 2_000).slice(0, 6)) {
      const t0 = Date.now();
      engine.analyze(text, { format: 'plaintext' });
      assert.ok(Date.now() - t0 < 2_000, what);
    }
  });
});
