import * as assert from 'assert';
import { porterStem } from '../../src/engine/porter';
import { wordFamily } from '../../src/engine/wordFamily';
import { contentTerms, nameKeysOf } from '../../src/engine/text';
import { analyze } from '../../src/engine/analyze';

describe('porterStem', () => {
  it("gives the stems of Porter's paper for each of its steps", () => {
    const expected: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', cats: 'cat', feed: 'feed', agreed: 'agre', plastered: 'plaster', motoring: 'motor',
      sing: 'sing', conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop', falling: 'fall', filing: 'file',
      happy: 'happi', sky: 'sky', relational: 'relat', conditional: 'condit', rational: 'ration', digitizer: 'digit',
      operator: 'oper', feudalism: 'feudal', decisiveness: 'decis', hopefulness: 'hope', callousness: 'callous',
      triplicate: 'triplic', formative: 'form', electrical: 'electr', goodness: 'good', revival: 'reviv',
      allowance: 'allow', inference: 'infer', airliner: 'airlin', adjustable: 'adjust', defensible: 'defens',
      irritant: 'irrit', replacement: 'replac', adjustment: 'adjust', dependent: 'depend', adoption: 'adopt',
      communism: 'commun', activate: 'activ', homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler',
      probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll', generalizations: 'gener',
    };
    for (const [word, stem] of Object.entries(expected)) assert.strictEqual(porterStem(word), stem, word);
  });
  it('joins the derived forms a paraphrase uses', () => {
    assert.strictEqual(porterStem('readiness'), porterStem('ready'));
    assert.strictEqual(porterStem('investigation'), porterStem('investigated'));
    assert.strictEqual(porterStem('assistance'), porterStem('assist'));
    assert.strictEqual(porterStem('closure'), 'closur');
  });
  it('leaves short and odd words whole, without throwing', () => {
    for (const w of ['', 'a', 'is', 'yy', 'eeee', 'sss', 'ying', 'ed', 'ing', 'zzzzzzzzzzzzzzzzzzzzzzzzzed']) assert.strictEqual(typeof porterStem(w), 'string');
    assert.strictEqual(porterStem('at'), 'at');
  });
});

describe('wordFamily', () => {
  it('joins news synonyms and derived forms under one key', () => {
    const same = (words: string[]): void => {
      const keys = new Set(words.map(wordFamily));
      assert.strictEqual(keys.size, 1, `${words.join(', ')}: ${[...keys].join(', ')}`);
    };
    same(['help', 'helped', 'assistance', 'assist', 'aid']);
    same(['ready', 'readiness']);
    same(['injured', 'hurt', 'injuries', 'wounded']);
    same(['investigation', 'investigating', 'probe', 'inquiry']);
    same(['closure', 'close', 'closed', 'shut']);
    same(['children', 'child', 'kids']);
  });
  it('keeps apart the words whose Porter stems would join unrelated ones', () => {
    const apart = (a: string, b: string): void => assert.notStrictEqual(wordFamily(a), wordFamily(b), `${a} / ${b}`);
    apart('department', 'depart');
    apart('majority', 'major');
    apart('general', 'generation');
    apart('community', 'communication');
    apart('aide', 'aid');
    apart('ads', 'add');
    apart('international', 'intern');
    apart('authority', 'author');
    apart('authority', 'approve');
    apart('house', 'home');
    apart('residents', 'home');
    apart('business', 'busy');
    apart('positive', 'position');
    apart('closely', 'closure');
    apart('fall', 'decline');
  });
  it('gives hyphenated, apostrophised and non-Latin words their light stem', () => {
    assert.strictEqual(wordFamily('long-term'), 'long-term');
    assert.strictEqual(wordFamily('протесты'), 'протесты');
    assert.strictEqual(wordFamily("o'neills"), "o'neill");
  });
  it('is what contentTerms returns, and nameKeysOf covers a name whatever its stem', () => {
    assert.deepStrictEqual(contentTerms('Belarus readiness to provide assistance'), ['belaru', 'readi', 'provid', 'help']);
    const names = nameKeysOf(['belarus', 'department', 'of']);
    assert.ok(names.has('belarus') && names.has('belaru') && names.has(wordFamily('department')));
    assert.ok(!names.has(''));
  });
});

describe('paraphrased restatements against a reference', () => {
  const reference = {
    path: 'council-wire.txt',
    text:
      'Councillor Leah Fennimore, who voted against the plan, said the city had failed to look seriously at consolidating its three separate maintenance yards.\n\n' +
      'The Kremlin press service said the Russian side reaffirmed its readiness to provide the necessary assistance.\n\n' +
      'Traffic on the main routes into the city would be heavy all week, Transit Director Omar Hale said.\n',
  };
  const run = (t: string) => analyze(t, { format: 'plaintext', references: [reference] });
  const rules = (t: string): string[] => run(t).findings.map((f) => `${f.rule} ${t.slice(f.start, f.end)}`);

  it('flags a paraphrase of a named source\'s statement as a lead to check, naming the source', () => {
    const t = 'The city never seriously studied whether its separate maintenance yards could be consolidated.\n';
    const r = run(t);
    assert.deepStrictEqual(rules(t), [`unattributed-claim ${t.trim()}`]);
    assert.strictEqual(
      r.findings[0].message,
      'No attribution for this claim. A related statement (council-wire.txt:1) is attributed to Councillor Leah Fennimore; check that it covers this claim.',
    );
    // A lead, not a source: no fix that names her is preferred.
    assert.ok(r.findings[0].fixes.every((f) => !f.preferred));
  });
  it('reads a failure to act as a negation, so a paraphrase that keeps it agrees and one that drops it does not', () => {
    const positive = 'The city seriously studied whether its separate maintenance yards could be consolidated.\n';
    assert.deepStrictEqual(rules(positive), []);
  });
  it('matches "ready to help" to "readiness to provide assistance"', () => {
    const draft = 'The Russian side stands ready to provide the necessary help.\n';
    assert.deepStrictEqual(rules(draft), [`unattributed-claim ${draft.trim()}`]);
  });
  it('leaves the writer\'s own sentence that shares a few words with a statement', () => {
    const own = 'By Monday afternoon, traffic on the main routes into the city was moving freely.\n';
    assert.deepStrictEqual(rules(own), []);
  });
});
