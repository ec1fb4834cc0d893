// The engine's bounded caches (token values, per-word scores) must not keep an analysed document
// alive: V8 makes longer substrings views of their parent string, so caching a token as sliced from
// the text would pin the whole text in memory until the cache is cleared.
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze } from '../../src/engine';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapMB(): number {
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
