// The engine's bounded caches (token values, per-word scores) must not keep an analysed document
// alive: V8 makes longer substrings views of their parent string, so caching a token as sliced from
// the text would pin the whole text in memory until the cache is cleared.
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze, createIncrementalAnalyzer } from '../../src/engine';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapMB(): number {
  // V8 remembers the subject of the last regular expression run anywhere (RegExp.lastMatch), which
  // may be a view of the draft; the next run anywhere replaces it. Run one, so only our caches count.
  /x/.exec('x');
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

describe('memory: caches keep no document alive', () => {
  it('frees a 40 MB draft once it is analysed and dropped', () => {
    const before = heapMB();
    (() => {
      // Long words (views of the draft when sliced) in a sentence the taggers read, then padding.
      const draft = 'Representatives of Wolfeschlegelsteinhausen Incorporated said the harbour would close. ' + ' '.repeat(40_000_000) + '\n';
      analyze(draft, { format: 'plaintext' });
    })();
    const grown = heapMB() - before;
    assert.ok(grown < 20, `the heap grew by ${grown.toFixed(1)} MB after the 40 MB draft was dropped`);
  });
});

describe('memory: caches of reference matches and fixes keep no document alive', () => {
  it('frees a 40 MB draft analysed against a reference (its claim matched, its finding given fixes)', () => {
    const reference = { path: 'ref.txt', text: 'The port lost $2 million in the strike organised by Wolfeschlegelsteinhausen Incorporated, the mayor said.\n' };
    const before = heapMB();
    let fixes = 0;
    (() => {
      // The sentence's window (the text around it), which the fixes read word by word, is a view of
      // the draft when sliced from it.
      const draft = 'The port lost $2 million in the strike organised by Wolfeschlegelsteinhausen Incorporated.' + ' '.repeat(40_000_000) + '\n';
      const result = analyze(draft, { format: 'plaintext', references: [reference] });
      fixes = result.findings.flatMap((f) => f.fixes).filter((f) => /mayor/.test(f.title)).length;
    })();
    assert.ok(fixes > 0, 'the draft\'s finding offers the reference\'s source');
    const grown = heapMB() - before;
    assert.ok(grown < 20, `the heap grew by ${grown.toFixed(1)} MB after the 40 MB draft was dropped`);
  });

  it('frees a 40 MB draft whose claim matched a statement the draft itself attributes', () => {
    const before = heapMB();
    let cited = '';
    (() => {
      // The draft fact's source is a view of the draft when sliced from it.
      const draft = 'Wolfeschlegelsteinhausen Incorporated said the port lost $2 million in the strike.\n\n' + ' '.repeat(40_000_000) + '\n\nThe port lost $2 million in the strike.\n';
      const result = analyze(draft, { format: 'plaintext' });
      // Kept as a copy: the source itself is a view of the draft.
      cited = JSON.stringify(result.findings.flatMap((f) => f.references.map((m) => m.fact.source)));
    })();
    assert.match(cited, /"Wolfeschlegelsteinhausen/, 'the finding cites the draft\'s own fact');
    const grown = heapMB() - before;
    assert.ok(grown < 20, `the heap grew by ${grown.toFixed(1)} MB after the 40 MB draft was dropped`);
  });
});

describe('memory: typing keeps no old version of a draft alive', () => {
  it('holds no earlier version after 20 keystrokes into a 4 MB draft (incremental analysis)', () => {
    const inc = createIncrementalAnalyzer();
    let text = `The port lost $2 million in the strike organised by the dockers union.\n\n${' '.repeat(4_000_000)}\n`;
    inc.analyze(text);
    const before = heapMB();
    const at = text.indexOf(' in the strike');
    // Each keystroke re-analyses the claim's paragraph, whose result the analyser keeps: its spans
    // and its cache key, if views of that version, would keep all 4 MB of it.
    for (let i = 0; i < 20; i++) {
      text = text.slice(0, at) + 'x' + text.slice(at);
      inc.analyze(text);
    }
    const grown = heapMB() - before;
    assert.ok(grown < 30, `the heap grew by ${grown.toFixed(1)} MB over 20 keystrokes (80 MB if each version were kept)`);
  });
});
