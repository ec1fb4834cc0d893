// Self-test of the offline host: runs the launcher on a fixture extension with suites that pass,
// fail, crash the extension host, spin in a busy loop and hang, and checks that each outcome gets
// its own exit code and that the temporary folder is removed.
// The crash case is the RECIPE's pitfall: the browser may report 0 when the extension host dies.
// Run: npm run test:host (after npm run compile); one to two minutes.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './codeServerHost';
import { EXIT } from './run-code-server';

const FIXTURES = path.join(REPO_ROOT, 'test', 'host', 'fixtures');
const LAUNCHER = path.join(__dirname, 'run-code-server.js');

interface Run {
  code: number | null;
  out: string;
}

function launch(suite: string, extra: string[] = []): Run {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'host-selftest-'));
  try {
    const res = spawnSync(
      process.execPath,
      [LAUNCHER, '--extension', path.join(FIXTURES, 'extension'), '--tests', path.join(FIXTURES, 'suites', suite, 'index'), '--workspace', workspace, ...extra],
      { encoding: 'utf8', env: { ...process.env, VSCODE_HOST_SKIP_INSTALL: '1' }, timeout: 150_000 },
    );
    return { code: res.status, out: `${res.stdout}\n${res.stderr}` };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** The launcher's temporary folder (from its start-up line) must be gone once it has exited. */
function assertCleanedUp(r: Run): void {
  const m = /temporary folder (\S+)\)/.exec(r.out);
  assert.ok(m, `no start-up line in:\n${r.out}`);
  assert.ok(!fs.existsSync(m[1]), `temporary folder left behind: ${m[1]}`);
}

describe('offline VS Code host (self-test)', function () {
  this.timeout(180_000);

  // The installer runs once here, so the runs below can skip it.
  before(() => {
    const res = spawnSync('bash', [path.join(REPO_ROOT, 'test', 'host', 'install-host.sh')], { stdio: 'inherit' });
    assert.strictEqual(res.status, 0, 'the host installer failed');
  });

  it('passes a suite that passes, with the extension under development loaded', () => {
    const r = launch('pass');
    assert.strictEqual(r.code, EXIT.pass, r.out);
    assert.match(r.out, /1 passing \(fixture\)/);
    assert.match(r.out, /\[host\] result: passed/);
    assertCleanedUp(r);
  });

  it('reports a failing suite as a test failure', () => {
    const r = launch('fail');
    assert.strictEqual(r.code, EXIT.testsFailed, r.out);
    assert.match(r.out, /integration: 0 passed, 1 failed/);
    assertCleanedUp(r);
  });

  it('reports a crashed extension host as a host failure, from the server log', () => {
    const r = launch('crash');
    assert.strictEqual(r.code, EXIT.hostFailure, r.out);
    assert.match(r.out, /extension host exited with code null, signal SIGKILL/);
    assertCleanedUp(r);
  });

  it('stops early when a busy loop blocks the extension host, naming the running test', () => {
    const r = launch('busy', ['--stall', '20', '--timeout', '120']);
    assert.strictEqual(r.code, EXIT.hostFailure, r.out);
    assert.match(r.out, /unresponsive for \d+ s/);
    assert.match(r.out, /the test running then: busy fixture spins forever/);
    assertCleanedUp(r);
  });

  it('ends a hanging suite at the global timeout', () => {
    const r = launch('hang', ['--timeout', '20']);
    assert.strictEqual(r.code, EXIT.timeout, r.out);
    assert.match(r.out, /global timeout/);
    assertCleanedUp(r);
  });
});

