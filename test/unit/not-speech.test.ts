// "released" frees people as well as publishing figures: the first is an event that needs a source.
import * as assert from 'assert';
import { analyze } from '../../src/engine/analyze';

const rules = (text: string): string[] => analyze(text, { format: 'plaintext' }).findings.map((f) => f.rule);

describe('a release of people is an event, not an attribution', () => {
  it('flags "The hostages were released by the Taliban" as an unattributed claim', () => {
    const r = analyze('The hostages were released by the Taliban on Monday.', { format: 'plaintext' });
    assert.deepStrictEqual(r.attributions, []);
    assert.deepStrictEqual(r.findings.map((f) => f.rule), ['unattributed-claim']);
  });
  it('keeps figures released by a ministry attributed', () => {
    assert.deepStrictEqual(rules('The figures, released by the Health Ministry on Monday, show 40 deaths.'), []);
    assert.deepStrictEqual(rules('The figures were released by the Health Ministry on Monday.'), []);
  });
  it('keeps "released a statement saying" attributed even when the statement names people', () => {
    const r = analyze('The ministry released a statement saying Anna Vik had resigned.', { format: 'plaintext' });
    assert.strictEqual(r.attributions.length, 1);
  });
});
