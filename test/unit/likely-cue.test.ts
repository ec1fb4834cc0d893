import * as assert from 'assert';
import { ClaimInfo, paragraphClaims } from '../../src/engine/claims';
import { hasLikelyCue } from '../../src/engine/likely-cue';
import { segment } from '../../src/engine/segment';
import { CUE_WORD_SHARE } from '../../src/engine/data/cue-words';

/** Claims with no attribution from the tagger: only the likely-cue check can source them. */
function statuses(text: string): string[] {
  const seg = segment(text, 'plaintext');
  const out: ClaimInfo[] = [];
  seg.paragraphs.forEach((_, i) => out.push(...paragraphClaims(text, seg, i, [], { ignoreHeadlines: true, trustedSources: [] })));
  return out.map((c) => `${c.claim.status}: ${c.claim.text.trim()}`);
}

const plain = (s: string) => hasLikelyCue(s, s);

describe('likely cue (a flag is suppressed where the tagger missed a cue)', () => {
  it('ships shares for reporting words and none for plain words', () => {
    assert.ok((CUE_WORD_SHARE['said'] ?? 0) >= 85 && (CUE_WORD_SHARE['according'] ?? 0) >= 85);
    assert.strictEqual(CUE_WORD_SHARE['ships'], undefined);
    assert.strictEqual(CUE_WORD_SHARE['harbour'], undefined);
  });

  it('takes a word that is nearly always a cue wherever it stands', () => {
    assert.ok(plain("Thursday's strike was the third time the dockers' union said it had stopped work."));
    assert.ok(plain('According to port records, 40 ships waited outside.'));
  });

  it('takes a weaker cue word only where a content follows it or it closes the sentence', () => {
    assert.ok(plain('A study by the port found that 40 ships waited outside.'));
    assert.ok(plain('Mayor Ida Brandt is warning shippers that the berths will close.'));
    assert.ok(plain('Forty ships waited outside, the harbour master confirmed.'));
    assert.ok(plain('The port authority reported: 40 ships are waiting outside.'));
  });

  it('takes no word for a cue because it names a property of every object', () => {
    // The shares were read from a plain object: "constructor" found Object.prototype's function.
    assert.ok(!plain('The constructor that built the quay has gone bankrupt.'));
    assert.ok(!plain('Its valueOf that year was 40 million.'));
  });

  it('does not take the same words where they name an action', () => {
    assert.ok(!plain('Mayor Ida Brandt promised the dockers higher pay.'));
    assert.ok(!plain('The Lakeside Shipping Company had declared bankruptcy in May.'));
    assert.ok(!plain('A union called Harbour Workers United blocked 40 ships.'));
    // A scare quote is no content, nor is a pointing "that" after "and".
    assert.ok(!plain('The mayor\'s statement was “true.”'));
    assert.ok(!plain('A second crate was found there and that pier was closed.'));
  });

  it('ignores cue words inside a direct quote (they are the speaker\'s, not a source)', () => {
    const s = '"I said we would win and we won 40 seats."';
    assert.ok(!hasLikelyCue(s, ' '.repeat(s.length)));
  });

  it('sources a claim the tagger left without attribution, and still flags plain events', () => {
    assert.deepStrictEqual(statuses('The Lakeside Shipping Company said it had cut 40 jobs.\n\nThe Lakeside Shipping Company cut 40 jobs.\n'), [
      'sourced: The Lakeside Shipping Company said it had cut 40 jobs.',
      'unsourced: The Lakeside Shipping Company cut 40 jobs.',
    ]);
  });
});
