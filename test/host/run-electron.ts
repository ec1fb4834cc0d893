// Standard launcher for the integration suite: @vscode/test-electron downloads VS Code (into the
// git-ignored .vscode-test/) and runs out/test/integration/index.js in its extension host.
// For machines that can reach Microsoft's update server; offline machines and this project's CI use
// run-code-server.ts instead. Both run the same mocha suite on the same workspace.
//
// Usage: node out/test/host/run-electron.js [--version <vscode version>] [--settings <file.json>]
//   VSCODE_TEST_VERSION picks the VS Code version too (default 1.100.3, the one code-server embeds).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { BASE_USER_SETTINGS, copyDir, REPO_ROOT } from './codeServerHost';

async function main(argv: string[]): Promise<number> {
  let version = process.env.VSCODE_TEST_VERSION ?? '1.100.3';
  const settings: Record<string, unknown> = { ...BASE_USER_SETTINGS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--version' && argv[i + 1]) version = argv[++i];
    else if (argv[i] === '--settings' && argv[i + 1]) Object.assign(settings, JSON.parse(fs.readFileSync(argv[++i], 'utf8')));
    else throw new Error(`unknown argument ${argv[i]}`);
  }

  const extensionTestsPath = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index');
  if (!fs.existsSync(extensionTestsPath + '.js')) throw new Error(`${extensionTestsPath}.js is missing: run "npm run compile" first`);

  // Same isolation as the offline host: a fresh profile with our settings, a copy of the workspace.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-electron-'));
  const userDir = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const workspace = path.join(tmp, 'workspace');
  const source = path.join(REPO_ROOT, 'test', 'integration', 'workspace');
  if (fs.existsSync(source)) copyDir(source, workspace);
  else fs.mkdirSync(workspace);

  try {
    return await runTests({
      version,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--user-data-dir', userDir,
        '--extensions-dir', path.join(tmp, 'extensions'),
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
      ],
      extensionTestsEnv: { INTEGRATION_GREP: process.env.INTEGRATION_GREP ?? '' },
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof TestRunFailedError) console.error(`integration tests failed: ${err.message}`);
    else console.error(err);
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN)$/.test(code)) {
      console.error('VS Code could not be downloaded here. Offline, run the same suite with: npm run test:integration');
    }
    process.exit(1);
  },
);
