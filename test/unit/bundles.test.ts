// The shipped bundles are ASCII-only (esbuild.js escapes what esbuild leaves in regular expression
// literals): Node then reads each as a one-byte string, faster to load and half the memory to keep.
import * as assert from 'assert';
import * as fs from 'fs';
import type * as Engine from '../../src/engine';
import { BUNDLES, dist, requireBuiltBundles } from './helpers/bundles';

describe('bundles: ASCII-only', () => {
  before(requireBuiltBundles);

  for (const bundle of BUNDLES) {
    it(`dist/${bundle} holds no character outside ASCII`, () => {
      const source = fs.readFileSync(dist(bundle), 'utf8');
      const at = source.search(/[^\x00-\x7f]/);
      const line = at < 0 ? '' : source.slice(source.lastIndexOf('\n', at) + 1, source.indexOf('\n', at)).slice(0, 200);
      assert.strictEqual(at, -1, `dist/${bundle} has a non-ASCII character at offset ${at}: ${line}`);
    });
  }

  it('the bundled engine still reads curly quotes and apostrophes through its escaped patterns', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(dist('engine.js')) as typeof Engine;
    const text = '“We will not reopen the port’s gates,” the mayor said.\n\n“The gates stay shut until spring.”\n';
    const result = engine.analyze(text, { format: 'plaintext' });
    assert.ok(result.attributions.some((a) => a.cue.text === 'said' && a.source?.text === 'the mayor'), JSON.stringify(result.attributions));
    const quotes = result.findings.filter((f) => f.rule === 'unattributed-quote').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(quotes, ['“The gates stay shut until spring.”']);
  });
});
