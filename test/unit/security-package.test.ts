// What the .vsix ships (.vscodeignore): the manifest, the bundles the manifest loads and the
// declarative assets; never sources, tests, source maps, corpora or node_modules.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

describe('security: packaged files', function () {
  this.timeout(60_000);

  it('`vsce ls` lists only the manifest, the runtime bundles and declarative assets', () => {
    const run = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const files = run.stdout.split(/\r?\n/).filter(Boolean);
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string };
    for (const needed of ['package.json', manifest.main.replace(/^\.\//, ''), 'dist/worker.js', 'dist/engine.js']) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
    const unexpected = files.filter(
      (f) => !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md|\.txt)?|language-configuration\.json|syntaxes\/[^/]+\.json|dist\/[^/]+\.js|images\/.+|media\/.+)$/.test(f),
    );
    assert.deepStrictEqual(unexpected, []);
    assert.ok(!files.some((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('node_modules/')));
    assert.ok(!files.includes('dist/cli.js'), 'the CLI is not part of the extension');
  });
});
