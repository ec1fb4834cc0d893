// Offline launcher for the integration suite: runs out/test/integration/index.js inside a real VS Code
// (code-server's Node extension host), with the workbench opened by headless Chromium.
// This is the launcher CI uses; run-electron.ts is the standard one for machines that can download
// VS Code. Both run the same mocha suite.
//
// Usage: node out/test/host/run-code-server.js [--tests <compiled entry without .js>]
//   [--workspace <folder>] [--extension <folder>] [--settings <file.json>] [--timeout <seconds>]
//   [--stall <seconds>] [--in-place] [--keep] [--untrusted]
// The workspace is copied to a temporary folder first (tests may edit and save files there) unless
// --in-place is given. VSCODE_HOST_SETTINGS='{"k": v}' adds user settings too.
// Exit codes: 0 all passed; 1 tests failed; 2 host failure (install, start-up, extension host crash);
// 124 global timeout; 130 interrupted.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import {
  CodeServer,
  copyDir,
  ensureHostInstalled,
  HostError,
  launchChromium,
  openWorkbench,
  REPO_ROOT,
  workbenchUrl,
} from './codeServerHost';

/** Workbench start-up chatter that arrives on the same console channel as mocha's output. */
const WORKBENCH_NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|ChatSessionStore:)/;
const verbose = process.env.VSCODE_HOST_VERBOSE === '1';
/** Extension-host reconnect chatter, printed once: it repeats every 20 s while the host is busy. */
const RECONNECT_NOISE = /^\[remote-connection\]/;
/**
 * Prefix of the line test/integration/index.ts logs when a test starts (only when the launcher asks
 * for it with VSCODE_HOST_TEST_MARKERS=1). Kept out of the output; named when a run stalls.
 */
const TEST_START_MARK = '[test-start] ';
/** The workbench's verdict on a busy extension host ("Extension host (Remote) is unresponsive."). */
const UNRESPONSIVE = /^Extension host .* is unresponsive/;

export const EXIT = { pass: 0, testsFailed: 1, hostFailure: 2, timeout: 124, interrupted: 130 } as const;

interface Options {
  tests: string;
  workspace: string;
  extension: string;
  settings: Record<string, unknown>;
  timeoutSec: number;
  /** Give up this long after the extension host was declared unresponsive with no sign of life. */
  stallSec: number;
  inPlace: boolean;
  keep: boolean;
  /** Workspace Trust enforced and the workspace left untrusted (restricted mode). */
  untrusted: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    tests: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'),
    workspace: path.join(REPO_ROOT, 'test', 'integration', 'workspace'),
    extension: REPO_ROOT,
    settings: {},
    timeoutSec: Number(process.env.VSCODE_HOST_TIMEOUT ?? 600),
    stallSec: Number(process.env.VSCODE_HOST_STALL ?? 120),
    inPlace: false,
    keep: false,
    untrusted: false,
  };
  if (process.env.VSCODE_HOST_SETTINGS) Object.assign(o.settings, parseJsonObject(process.env.VSCODE_HOST_SETTINGS, 'VSCODE_HOST_SETTINGS'));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new HostError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--tests': o.tests = path.resolve(value()).replace(/\.js$/, ''); break;
      case '--workspace': o.workspace = path.resolve(value()); break;
      case '--extension': o.extension = path.resolve(value()); break;
      case '--settings': {
        const file = value();
        Object.assign(o.settings, parseJsonObject(fs.readFileSync(file, 'utf8'), file));
        break;
      }
      case '--timeout': o.timeoutSec = Number(value()); break;
      case '--stall': o.stallSec = Number(value()); break;
      case '--in-place': o.inPlace = true; break;
      case '--keep': o.keep = true; break;
      case '--untrusted': o.untrusted = true; break;
      default: throw new HostError(`unknown argument ${a}`);
    }
  }
  if (!(o.timeoutSec > 0)) throw new HostError('--timeout must be a positive number of seconds');
  if (!(o.stallSec > 0)) throw new HostError('--stall must be a positive number of seconds');
  return o;
}

function parseJsonObject(text: string, where: string): Record<string, unknown> {
  const v: unknown = JSON.parse(text);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new HostError(`${where}: expected a JSON object`);
  return v as Record<string, unknown>;
}

/** Console lines that explain why the extension under test did not load or activate. */
const EXTENSION_TROUBLE = /Activating extension .* failed|not compatible|Cannot find module|extension host .*(crash|terminated)/i;
const trouble: string[] = [];

/** Mocha's closing counts, read from the spec reporter's lines as they arrive. */
const counts = { passing: 0, failing: 0, pending: 0, seen: false };
function countSummary(line: string): void {
  const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
  if (!m) return;
  counts[m[2] as 'passing' | 'failing' | 'pending'] = Number(m[1]);
  counts.seen = true;
}

/** Runs the suite once; resolves with the process exit code. Never throws. */
export async function runSuite(o: Options): Promise<number> {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let finished = false;
  let timer: NodeJS.Timeout | undefined;
  let watchdog: NodeJS.Timeout | undefined;
  let lastLifeAt = Date.now();
  let unresponsiveAt: number | null = null;
  let testRunning: string | null = null;
  let reconnectShown = false;

  const cleanup = async (keepTmp: boolean): Promise<void> => {
    if (timer) clearTimeout(timer);
    if (watchdog) clearInterval(watchdog);
    await browser?.close().catch(() => undefined);
    await server?.stop(keepTmp).catch(() => undefined);
  };

  const outcome = new Promise<number>((resolveOnce) => {
    // The first verdict wins; errors from the teardown it triggers are not news.
    let settled = false;
    const resolve = (code: number): void => {
      if (settled) return;
      settled = true;
      resolveOnce(code);
    };
    timer = setTimeout(() => {
      console.error(`\n[host] global timeout: no result after ${o.timeoutSec} s`);
      if (testRunning) console.error(`[host] the test running then: ${testRunning}`);
      resolve(EXIT.timeout);
    }, o.timeoutSec * 1000);
    const onSignal = (sig: NodeJS.Signals): void => {
      console.error(`\n[host] ${sig}: stopping`);
      resolve(EXIT.interrupted);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // A busy loop in the extension (or a test) blocks the extension host: its own timers, mocha's
    // timeouts included, never fire. Fail fast and say so instead of waiting for the global timeout.
    watchdog = setInterval(() => {
      if (unresponsiveAt === null || Date.now() - lastLifeAt < o.stallSec * 1000) return;
      const quiet = Math.round((Date.now() - lastLifeAt) / 1000);
      console.error(`\n[host] the extension host has been unresponsive for ${quiet} s (a busy loop in the extension or a test?)`);
      if (testRunning) console.error(`[host] the test running then: ${testRunning}`);
      resolve(EXIT.hostFailure);
    }, 2000);

    (async () => {
      if (!fs.existsSync(o.tests + '.js')) {
        throw new HostError(`${o.tests}.js does not exist: run "npm run compile" first`);
      }
      const codeServerDir = ensureHostInstalled();
      const t0 = Date.now();
      server = await CodeServer.start(codeServerDir, { settings: o.settings, env: { VSCODE_HOST_TEST_MARKERS: '1' }, untrusted: o.untrusted });
      console.log(`[host] code-server up on port ${server.port} in ${Date.now() - t0} ms (temporary folder ${server.tmp})`);

      let workspace = o.workspace;
      if (!o.inPlace && fs.existsSync(o.workspace)) {
        workspace = path.join(server.tmp, 'workspace');
        copyDir(o.workspace, workspace);
      } else if (!fs.existsSync(workspace)) {
        fs.mkdirSync(workspace, { recursive: true });
      }

      browser = await launchChromium(server.tmp);
      browser.on('disconnected', () => {
        if (!finished) {
          console.error('[host] Chromium disconnected before the tests finished');
          resolve(EXIT.hostFailure);
        }
      });
      const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: o.extension, extensionTestsPath: o.tests });
      const page = await openWorkbench(
        browser,
        url,
        (level, text) => {
          if (text.startsWith(TEST_START_MARK)) {
            testRunning = text.slice(TEST_START_MARK.length);
            lastLifeAt = Date.now();
            unresponsiveAt = null;
            return;
          }
          if (UNRESPONSIVE.test(text)) unresponsiveAt ??= Date.now();
          else if (RECONNECT_NOISE.test(text)) {
            if (reconnectShown && !verbose) return;
            reconnectShown = true;
          } else if (!WORKBENCH_NOISE.test(text)) {
            lastLifeAt = Date.now();
            unresponsiveAt = null;
          }
          if (!verbose && WORKBENCH_NOISE.test(text)) return;
          countSummary(text);
          const first = text.split('\n')[0];
          if (EXTENSION_TROUBLE.test(first)) trouble.push(first);
          (level === 'error' ? process.stderr : process.stdout).write(text + '\n');
        },
        (code) => {
          finished = true;
          void judge(code).then(resolve);
        },
      );
      page.on('crash', () => {
        console.error('[host] the workbench page crashed');
        resolve(EXIT.hostFailure);
      });
    })().catch((err: unknown) => {
      if (settled) return;
      console.error(`[host] ${err instanceof Error ? err.message : String(err)}`);
      resolve(EXIT.hostFailure);
    });
  });

  // The browser only sees a lost connection when the extension host dies, and may still report 0:
  // the server log's exit line is the second witness (RECIPE step 7).
  const judge = async (code: number): Promise<number> => {
    if (!server) return EXIT.hostFailure;
    let exit = await server.waitExtHostExit(3000);
    if (!exit) {
      // The extension host exits when its window goes away.
      await browser?.close().catch(() => undefined);
      exit = await server.waitExtHostExit(10_000);
    }
    if (!exit) {
      console.error('[host] the server log has no "Extension Host Process exited" line');
      return EXIT.hostFailure;
    }
    if (exit.code !== 0 || exit.signal !== null) {
      console.error(`[host] the extension host exited with code ${exit.code}, signal ${exit.signal}`);
      return EXIT.hostFailure;
    }
    return code === 0 ? EXIT.pass : EXIT.testsFailed;
  };

  const code = await outcome;
  finished = true;
  if (code !== EXIT.pass && server) {
    console.error(`[host] server log tail (${server.logPath}${o.keep ? ', kept' : ''}):\n${server.tail()}`);
    const serverTrouble = server.logLines.filter((l) => EXTENSION_TROUBLE.test(l));
    if (trouble.length + serverTrouble.length > 0) {
      console.error(`[host] why the extension may not have loaded:\n${[...serverTrouble, ...trouble].map((l) => `  ! ${l}`).join('\n')}`);
    }
  }
  await cleanup(o.keep && code !== EXIT.pass);
  console.log(`[host] result: ${code === EXIT.pass ? 'passed' : `failed (exit ${code})`}`);
  if (counts.seen) {
    // The plain closing line CI reads ("N passed, N failed"); a host failure counts as one failure.
    const failed = counts.failing + (code !== EXIT.pass && counts.failing === 0 ? 1 : 0);
    console.log(`integration: ${counts.passing} passed, ${failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
  }
  return code;
}

if (require.main === module) {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`[host] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(EXIT.hostFailure);
  }
  void runSuite(opts).then((code) => process.exit(code));
}
