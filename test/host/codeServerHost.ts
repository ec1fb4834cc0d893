// Starts the offline VS Code test host: code-server (VS Code 1.100.3's server, Node extension host and
// web workbench) plus Debian's Chromium driven by playwright-core. Shared by the integration-suite
// launcher (run-code-server.ts) and the browser UI test (test/ui). Steps and pitfalls follow
// ../shared/vscode-host/RECIPE.md.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import * as util from 'util';
import { Browser, chromium, Page } from 'playwright-core';

/**
 * The repository root, from test/host or from the compiled out/test/host. Marked by the installer
 * script, not by package.json: tsc copies package.json into out/ when a source imports it.
 */
export const REPO_ROOT = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'test', 'host', 'install-host.sh'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no test/host/install-host.sh above ${start}`);
    dir = parent;
  }
  return dir;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Settings every run gets: nothing phones home, nothing pops up over the editor. */
export const BASE_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
};

/**
 * Runs the installer (a no-op when the cached host is complete) and returns code-server's folder.
 * VSCODE_HOST_SKIP_INSTALL=1 skips the check when a caller knows the cache is in place.
 */
export function ensureHostInstalled(): string {
  const installer = path.join(REPO_ROOT, 'test', 'host', 'install-host.sh');
  if (process.env.VSCODE_HOST_SKIP_INSTALL !== '1') {
    const res = spawnSync('bash', [installer], { stdio: 'inherit' });
    if (res.status !== 0) throw new HostError(`host installer failed (exit ${res.status ?? res.signal})`);
  }
  const dir = spawnSync('bash', [installer, '--print-dir'], { encoding: 'utf8' }).stdout.trim();
  if (!fs.existsSync(path.join(dir, 'out', 'node', 'entry.js'))) {
    throw new HostError(`code-server is not installed in ${dir}`);
  }
  return dir;
}

/** A failure of the host itself (not of a test): install, start-up, crash. */
export class HostError extends Error {}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Copies a folder recursively (the test workspace), so tests may edit files without touching the repo. */
export function copyDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (src) => path.basename(src) !== '.gitkeep' });
}

export interface ExtHostExit {
  /** null when the process was killed by a signal. */
  code: number | null;
  signal: string | null;
}

export interface ServerOptions {
  /** Extra user settings (merged over BASE_USER_SETTINGS) written before start. */
  settings?: Record<string, unknown>;
  /** Echo every server log line to stderr (VSCODE_HOST_VERBOSE=1 does the same). */
  verbose?: boolean;
  /** Extra environment for the server and so for the extension host it starts. */
  env?: Record<string, string>;
  /**
   * Workspace Trust on, and the opened folder left untrusted (restricted mode, no start-up prompt),
   * instead of trust switched off.
   */
  untrusted?: boolean;
}

/** User settings of an untrusted run: trust is enforced, nothing asks, no folder is trusted. */
export const UNTRUSTED_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
  'security.workspace.trust.emptyWindow': false,
};

/** A running code-server in its own process group, with its temporary folder. */
export class CodeServer {
  readonly logLines: string[] = [];
  private extHostExits: ExtHostExit[] = [];
  private exitWaiters: Array<(e: ExtHostExit) => void> = [];
  private exited = false;

  private constructor(
    readonly port: number,
    readonly tmp: string,
    private readonly proc: ChildProcess,
    private readonly logFile: fs.WriteStream,
    private readonly verbose: boolean,
  ) {
    const onLine = (line: string): void => this.onLine(line);
    if (proc.stdout) readline.createInterface({ input: proc.stdout }).on('line', onLine);
    if (proc.stderr) readline.createInterface({ input: proc.stderr }).on('line', onLine);
    proc.on('exit', (code, signal) => {
      this.exited = true;
      this.onLine(`[host] code-server exited with code ${code}, signal ${signal}`);
    });
  }

  get logPath(): string {
    return path.join(this.tmp, 'server.log');
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A file path as the workbench sees it on this server. */
  remoteUri(absPath: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
  }

  static async start(codeServerDir: string, opts: ServerOptions = {}): Promise<CodeServer> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-host-'));
    const userDir = path.join(tmp, 'data', 'User');
    fs.mkdirSync(userDir, { recursive: true });
    const settings = { ...BASE_USER_SETTINGS, ...(opts.untrusted ? UNTRUSTED_USER_SETTINGS : {}), ...(opts.settings ?? {}) };
    fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
    fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n');
    for (const d of ['xdg-data', 'xdg-config', 'xdg-cache', 'extensions']) fs.mkdirSync(path.join(tmp, d));

    const port = await freePort();
    const args = [
      path.join(codeServerDir, 'out', 'node', 'entry.js'),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(opts.untrusted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', path.join(tmp, 'data'),
      '--extensions-dir', path.join(tmp, 'extensions'),
      '--config', path.join(tmp, 'config.yaml'),
    ];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // Otherwise code-server and Chromium write into $HOME.
      XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
      XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
      XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
      // Otherwise it tries to reach the open-vsx gallery.
      EXTENSIONS_GALLERY: '{}',
      ...(opts.env ?? {}),
    };
    // Its own process group, so cleanup reaches the extension host and the pty host too.
    const proc = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const logFile = fs.createWriteStream(path.join(tmp, 'server.log'));
    const server = new CodeServer(port, tmp, proc, logFile, opts.verbose ?? process.env.VSCODE_HOST_VERBOSE === '1');
    try {
      await server.waitHealthy(30_000);
    } catch (err) {
      await server.stop(true);
      throw err;
    }
    return server;
  }

  private onLine(line: string): void {
    this.logLines.push(line);
    this.logFile.write(line + '\n');
    if (this.verbose) process.stderr.write(`[server] ${line}\n`);
    // "<pid> Extension Host Process exited with code: C, signal: S." (RECIPE step 7)
    const m = /Extension Host Process exited with code: (\S+?), signal: (\S+?)\.?$/.exec(line);
    if (m) {
      const exit: ExtHostExit = { code: m[1] === 'null' ? null : Number(m[1]), signal: m[2] === 'null' ? null : m[2] };
      this.extHostExits.push(exit);
      for (const w of this.exitWaiters.splice(0)) w(exit);
    }
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new HostError('code-server exited during start-up\n' + this.tail());
      if ((await httpStatus(`${this.baseUrl}/healthz`)) === 200) return;
      await delay(150);
    }
    throw new HostError(`code-server did not answer /healthz within ${timeoutMs} ms\n${this.tail()}`);
  }

  /** The first extension host exit seen in the log, waiting up to timeoutMs for it. */
  waitExtHostExit(timeoutMs: number): Promise<ExtHostExit | null> {
    if (this.extHostExits.length > 0) return Promise.resolve(this.extHostExits[0]);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      this.exitWaiters.push((e) => {
        clearTimeout(timer);
        resolve(e);
      });
    });
  }

  tail(lines = 60): string {
    return this.logLines.slice(-lines).map((l) => `  | ${l}`).join('\n');
  }

  /** SIGTERM the process group, SIGKILL after 5 s; delete the temporary folder unless asked to keep it. */
  async stop(keepTmp = false): Promise<void> {
    const pid = this.proc.pid;
    if (pid !== undefined && !this.exited) {
      killGroup(pid, 'SIGTERM');
      const deadline = Date.now() + 5000;
      while (!this.exited && Date.now() < deadline) await delay(100);
      if (!this.exited) killGroup(pid, 'SIGKILL');
    }
    // Stragglers of the group (extension host, pty host) after the leader is gone.
    if (pid !== undefined) killGroup(pid, 'SIGKILL');
    await new Promise<void>((resolve) => this.logFile.end(resolve));
    if (!keepTmp) fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Debian's Chromium, headless, with our own signal handling so cleanup runs on Ctrl-C. */
export async function launchChromium(tmp: string): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new HostError(`Chromium not found at ${CHROMIUM_PATH}; run test/host/install-host.sh`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
      XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

export interface WorkbenchUrlOptions {
  /** Folder to open as the workspace. */
  folder: string;
  /** The extension under development (default: $VSCODE_HOST_EXTENSION, else the repository root). */
  extensionDevelopmentPath?: string;
  /** The compiled mocha entry point, without ".js"; omit to open the workbench without running tests. */
  extensionTestsPath?: string;
}

/** The workbench URL with the payload that VS Code's own browser integration tests use (RECIPE step 6). */
export function workbenchUrl(server: CodeServer, o: WorkbenchUrlOptions): string {
  const payload: Array<[string, string]> = [
    ['extensionDevelopmentPath', server.remoteUri(o.extensionDevelopmentPath ?? process.env.VSCODE_HOST_EXTENSION ?? REPO_ROOT)],
  ];
  if (o.extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(o.extensionTestsPath)]);
  payload.push(['enableProposedApi', ''], ['skipWelcome', 'true']);
  const folder = encodeURIComponent(server.remoteUri(o.folder));
  return `${server.baseUrl}/?folder=${folder}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Opens a page that forwards the extension host's console and reports codeAutomationExit. */
export async function openWorkbench(
  browser: Browser,
  url: string,
  onLog: (level: string, text: string) => void,
  onExit: (code: number) => void,
  viewport = { width: 1400, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.exposeFunction('codeAutomationExit', (code: unknown) => onExit(Number(code)));
  await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) => {
    const lvl = String(level);
    if (lvl === 'trace' || lvl === 'debug') return;
    onLog(lvl, formatArgs(args));
  });
  await page.goto(url);
  return page;
}

function formatArgs(args: unknown): string {
  return Array.isArray(args) ? util.format(...(args as unknown[])) : util.format(args);
}
