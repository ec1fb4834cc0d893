// The mocha entry point VS Code loads inside the extension host (extensionTestsPath points at the
// compiled out/test/integration/index). Both launchers use it: test/host/run-code-server.ts (offline,
// code-server + Chromium, used by CI) and test/host/run-electron.ts (@vscode/test-electron).
// Style: bdd (describe/it). Every out/test/integration/**/*.test.js is loaded, except untrusted/
// (run by its own index in a host with Workspace Trust on: npm run test:integration runs both).
// INTEGRATION_GREP (environment of the launcher) runs only the tests whose title matches.
import * as path from 'path';
import Mocha from 'mocha';
import { globSync } from 'glob';

export function run(): Promise<void> {
  // The untrusted-workspace suite needs a host launched with Workspace Trust on (its own index).
  return runSuiteIn(__dirname, ['untrusted/**']);
}

/** Runs every *.test.js under `dir` (but `ignore`) with mocha in this extension host. */
export async function runSuiteIn(dir: string, ignore: string[] = []): Promise<void> {
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
  const files = globSync('**/*.test.js', { cwd: dir, absolute: true, ignore }).sort();
  if (files.length === 0) throw new Error(`no *.test.js under ${dir}: was the suite compiled?`);
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
