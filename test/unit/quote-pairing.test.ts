// Typewriter double quotes ('' and ``, as in wire copy and NYT-style plain text) pair into quote
// spans like curly and straight ones: the taggers' quote features and contents depend on it.
import * as assert from 'assert';
import { segment } from '../../src/engine/segment';
import { paragraphTokens } from '../../src/engine/attribution/context';

function quoted(text: string): string[] {
  const p = paragraphTokens(text, segment(text, 'plaintext'), 0);
  return p.tokens.filter((_t, i) => p.inQuote[i] === 1).map((t) => t.text);
}

describe("typewriter quotes ('' and ``) in the taggers' context", () => {
  it("pairs '' ... '' like straight quotes", () => {
    assert.deepStrictEqual(quoted("The port stays open, ''for now,'' she said."), ['for', 'now', ',']);
  });

  it("pairs `` ... '' (TeX style)", () => {
    assert.deepStrictEqual(quoted("He called it ``a disgrace'' on Monday."), ['a', 'disgrace']);
  });

  it('marks a curly quote the same way', () => {
    assert.deepStrictEqual(quoted('The port stays open, \u201cfor now,\u201d she said.'), ['for', 'now', ',']);
  });
});
