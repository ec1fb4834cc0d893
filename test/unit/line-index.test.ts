import * as assert from 'assert';
import { LineIndex, lineStarts } from '../../src/engine/text';

/** Line starts by the definition: after each "\r\n", "\n" or lone "\r". */
function expectedStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

describe('lineStarts and LineIndex', () => {
  it('start a line after "\\n", "\\r\\n" and a lone "\\r", at the ends of the text too', () => {
    assert.deepStrictEqual(lineStarts(''), [0]);
    assert.deepStrictEqual(lineStarts('one'), [0]);
    assert.deepStrictEqual(lineStarts('\none\ntwo\n'), [0, 1, 5, 9]);
    assert.deepStrictEqual(lineStarts('a\r\nb\rc\n\nd'), [0, 3, 5, 7, 8]);
    assert.deepStrictEqual(lineStarts('\r\n\r\n'), [0, 2, 4]);
  });

  it('agree with the definition on generated texts, with and without "\\r", in one- and two-byte strings', () => {
    const parts = ['a', 'word ', '\n', '\n\n', '\r\n', '\r', '😀', 'é'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      let text = '';
      const len = next() % 40;
      for (let k = 0; k < len; k++) text += parts[next() % (n % 2 === 0 ? 3 : parts.length)];
      assert.deepStrictEqual(lineStarts(text), expectedStarts(text), JSON.stringify(text));
    }
  });

  it('maps offsets to 1-based lines and columns', () => {
    const lines = new LineIndex('first\nsecond\r\nthird');
    assert.deepStrictEqual(lines.lineColumn(0), { line: 1, column: 1 });
    assert.deepStrictEqual(lines.lineColumn(8), { line: 2, column: 3 });
    assert.strictEqual(lines.line(14), 3);
    assert.strictEqual(lines.lineStart(3), 14);
  });
});
