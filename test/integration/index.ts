// The mocha entry point VS Code loads inside the extension host (extensionTestsPath points at the
// compiled out/test/integration/index). Both launchers use it: test/host/run-code-server.ts (offline,
// code-server + Chromium, used by CI) and test/host/run-electron.ts (@vscode/test-electron).
// Style: bdd (describe/it). Every out/test/integration/**/*.test.js is loaded.
// INTEGRATION_GREP (environment of the launcher) runs only the tests whose title matches.
import * as path from 'path';
import Mocha from 'mocha';
import { globSync } from 'glob';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    // The output goes through the workbench's console forwarding: escape codes would be noise.
    color: false,
    reporter: 'spec',
    // Activation, the first NLP load and workspace scans are slow on a shared 2-core machine.
    timeout: 60_000,
    slow: 5_000,
    grep: process.env.INTEGRATION_GREP || undefined,
  });
  const files = globSync('**/*.test.js', { cwd: __dirname, absolute: true }).sort();
  if (files.length === 0) throw new Error(`no *.test.js under ${__dirname}: was the suite compiled?`);
  for (const f of files) mocha.addFile(path.resolve(f));

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      // The offline launcher names the running test when the extension host stalls or the run times
      // out; it asks for these lines (and hides them) with VSCODE_HOST_TEST_MARKERS=1.
      if (process.env.VSCODE_HOST_TEST_MARKERS === '1') {
        runner.on('test', (test) => console.log(`[test-start] ${test.fullTitle()}`));
      }
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
