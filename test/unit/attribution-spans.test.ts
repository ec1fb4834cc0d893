// The span repairs of src/engine/attribution/repair.ts on given tagger runs, so each rule is checked
// whatever the trained role tagger happens to propose for a sentence.
import * as assert from 'assert';
import { segment } from '../../src/engine/segment';
import { paragraphTokens, type ParagraphTokens } from '../../src/engine/attribution/context';
import { repairSpans } from '../../src/engine/attribution/repair';

type Range = [number, number];

function tokensOf(text: string): ParagraphTokens {
  return paragraphTokens(text, segment(text, 'plaintext'), 0);
}

/** Token range of the first occurrence of `phrase` (token texts joined by spaces, as written). */
function range(p: ParagraphTokens, phrase: string): Range {
  const words = phrase.split(' ');
  for (let i = 0; i + words.length <= p.tokens.length; i++) {
    if (words.every((w, k) => p.tokens[i + k].text === w)) return [i, i + words.length];
  }
  throw new Error(`"${phrase}" not found in ${p.tokens.map((t) => t.text).join(' ')}`);
}

function text(p: ParagraphTokens, r: Range | null): string | null {
  return r ? p.tokens.slice(r[0], r[1]).map((t) => t.text).join(' ') : null;
}

describe('attribution span repairs (repairSpans)', () => {
  it('drops the comma after a plain source ("according to the board, | ...")', () => {
    const p = tokensOf('According to a report by the harbour board, the pier is unsafe.');
    const [cs, ce] = range(p, 'According to');
    const spans = repairSpans(p, { start: cs, end: ce }, [range(p, 'a report by the harbour board ,')], [range(p, 'the pier is unsafe')]);
    assert.strictEqual(text(p, spans.source), 'a report by the harbour board');
  });

  it('keeps the comma that closes an appositive source before the cue', () => {
    const p = tokensOf('Ana Ruiz, a spokeswoman for the port, said the pier was unsafe.');
    const [cs, ce] = range(p, 'said');
    const spans = repairSpans(p, { start: cs, end: ce }, [range(p, 'Ana Ruiz , a spokeswoman for the port')], [range(p, 'the pier was unsafe')]);
    assert.strictEqual(text(p, spans.source), 'Ana Ruiz , a spokeswoman for the port ,');
  });

  it('leaves an appositive source that already ends with its comma alone', () => {
    const p = tokensOf('Ana Ruiz, a spokeswoman for the port, said the pier was unsafe.');
    const [cs, ce] = range(p, 'said');
    const spans = repairSpans(p, { start: cs, end: ce }, [range(p, 'Ana Ruiz , a spokeswoman for the port ,')], [range(p, 'the pier was unsafe')]);
    assert.strictEqual(text(p, spans.source), 'Ana Ruiz , a spokeswoman for the port ,');
  });

  it('gives a participle cue after a comma the subject of its sentence, not a "be" sentence', () => {
    const p = tokensOf('The harbour master closed the port on Friday, saying the pier was unsafe.');
    const [cs, ce] = range(p, 'saying');
    const spans = repairSpans(p, { start: cs, end: ce }, [], [range(p, 'the pier was unsafe')]);
    assert.strictEqual(text(p, spans.source), 'The harbour master');
    const q = tokensOf('One of her first moves was a bid for the port, believing it would pay.');
    const [qs, qe] = range(q, 'believing');
    assert.strictEqual(repairSpans(q, { start: qs, end: qe }, [], [range(q, 'it would pay')]).source, null);
  });

  it('moves the subject of a passive cue with an adverb into the content', () => {
    const p = tokensOf('The union has been sharply criticized for the strike.');
    const [cs, ce] = range(p, 'has been sharply criticized');
    const spans = repairSpans(p, { start: cs, end: ce }, [range(p, 'The union')], [range(p, 'for the strike')]);
    assert.strictEqual(spans.source, null);
    assert.deepStrictEqual(spans.content.map((r) => text(p, r)), ['The union', 'for the strike']);
  });

  describe('"tell" + hearer + a clause without "that" (toldClause.ts)', () => {
    it('adds the clause after the hearer when the tagger found no content', () => {
      const p = tokensOf('The mayor told reporters the budget would pass.');
      const [cs, ce] = range(p, 'told');
      const spans = repairSpans(p, { start: cs, end: ce }, [range(p, 'The mayor')], []);
      assert.deepStrictEqual(spans.content.map((r) => text(p, r)), ['the budget would pass']);
    });
    it('moves a content that starts with the hearer past it, and keeps a "that"', () => {
      const p = tokensOf('Officials told residents the water was safe to drink.');
      const [cs, ce] = range(p, 'told');
      const spans = repairSpans(p, { start: cs, end: ce }, [range(p, 'Officials')], [range(p, 'residents the water was safe to drink')]);
      assert.deepStrictEqual(spans.content.map((r) => text(p, r)), ['the water was safe to drink']);
      const q = tokensOf('Reyes told a crowd in Miami on Tuesday that voters are angry.');
      const [qs, qe] = range(q, 'told');
      const r = repairSpans(q, { start: qs, end: qe }, [range(q, 'Reyes')], [range(q, 'a crowd in Miami on Tuesday that voters are angry')]);
      assert.deepStrictEqual(r.content.map((x) => text(q, x)), ['that voters are angry']);
    });
    it('ends the clause at a dash that opens another one', () => {
      const p = tokensOf('He told reporters the plan was dead - though he gave no reason.');
      const [cs, ce] = range(p, 'told');
      const spans = repairSpans(p, { start: cs, end: ce }, [range(p, 'He')], []);
      assert.deepStrictEqual(spans.content.map((r) => text(p, r)), ['the plan was dead']);
    });
    it('leaves an order, a story, a content before the cue and a content past the hearer alone', () => {
      for (const [sentence, content] of [
        ['She told him to leave.', []],
        ['He told the story of his escape.', []],
      ] as Array<[string, string[]]>) {
        const p = tokensOf(sentence);
        const [cs, ce] = range(p, 'told');
        const spans = repairSpans(p, { start: cs, end: ce }, [[0, 1]], []);
        assert.deepStrictEqual(spans.content.map((r) => text(p, r)), content, sentence);
      }
      const p = tokensOf('" It looks bad , " Trump told ITV host Ana Ruiz the deal was off .'.replace(/ ([,.]) /g, '$1 '));
      const [cs, ce] = range(p, 'told');
      const before = repairSpans(p, { start: cs, end: ce }, [range(p, 'Trump')], [[0, cs - 1]]);
      assert.strictEqual(before.content.length, 1);
      assert.ok(before.content[0][1] <= cs);
      const q = tokensOf('He told reporters that the plan was dead.');
      const [qs, qe] = range(q, 'told');
      const past = repairSpans(q, { start: qs, end: qe }, [range(q, 'He')], [range(q, 'the plan was dead')]);
      assert.deepStrictEqual(past.content.map((r) => text(q, r)), ['the plan was dead']);
    });
  });
});
