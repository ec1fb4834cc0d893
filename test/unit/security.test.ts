// The extension, CLI and engine never touch the network or start processes (issue 5, Security).
// Two proofs: a static scan of the shipped bundles' require calls, and a run of the CLI and
// engine under a hook that records every module they load and refuses socket connections.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUNDLES, dist, requireBuiltBundles } from './helpers/bundles';

const FORBIDDEN = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'child_process', 'cluster', 'inspector'];

/** Every module name a bundle passes to require() or import() as a literal. */
export function requiredModules(source: string): string[] {
  const names = new Set<string>();
  const re = /\b(?:require|import)\s*\(\s*(["'`])([^"'`\s]{1,200})\1\s*\)/g;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) names.add(m[2].replace(/^node:/, ''));
  return [...names].sort();
}

describe('security: no network, no processes', () => {
  before(requireBuiltBundles);

  it('the scanner finds literal requires in both quote styles and with node: prefixes', () => {
    const sample = `var a=require("http");var b = require( 'node:child_process' );import("net");require(\`fs\`)`;
    assert.deepStrictEqual(requiredModules(sample), ['child_process', 'fs', 'http', 'net']);
  });

  for (const bundle of BUNDLES) {
    it(`dist/${bundle} requires no network or process module`, () => {
      const source = fs.readFileSync(dist(bundle), 'utf8');
      const bad = requiredModules(source).filter((m) => FORBIDDEN.includes(m));
      assert.deepStrictEqual(bad, [], `dist/${bundle} requires ${bad.join(', ')}`);
    });
  }

  it('the CLI loads no network module and opens no socket while checking a draft', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-sec-'));
    try {
      const hook = path.join(tmp, 'hook.js');
      const log = path.join(tmp, 'loaded.json');
      fs.writeFileSync(hook, networkHookSource(log, FORBIDDEN));
      const draft = path.join(tmp, 'draft.md');
      const ref = path.join(tmp, 'ref.txt');
      fs.writeFileSync(ref, 'The council said 4,200 homes were without power on Tuesday, according to the utility.\n');
      fs.writeFileSync(draft, '# Storm\n\nAbout 5,000 homes lost power. "We are working on it," the mayor said.\n');
      const run = spawnSync(process.execPath, ['--require', hook, dist('cli.js'), 'check', '--format', 'sarif', '--reference', ref, draft], {
        encoding: 'utf8',
      });
      assert.ok(run.status === 0 || run.status === 1, `unexpected exit ${run.status}: ${run.stderr}`);
      const loaded = JSON.parse(fs.readFileSync(log, 'utf8')) as { forbidden: string[]; connects: number; all: string[] };
      assert.ok(loaded.all.includes('fs'), 'the hook saw the CLI load modules');
      assert.deepStrictEqual(loaded.forbidden, []);
      assert.strictEqual(loaded.connects, 0);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the engine bundle loads no network module while analysing', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-sec-'));
    try {
      const hook = path.join(tmp, 'hook.js');
      const log = path.join(tmp, 'loaded.json');
      fs.writeFileSync(hook, networkHookSource(log, FORBIDDEN));
      const script = `const e = require(${JSON.stringify(dist('engine.js'))});
        const r = e.analyze('Officials said 300 people were hurt. "Stay home," she said.', { references: [{ path: 'r.txt', text: 'Police said 250 people were hurt.' }] });
        if (!Array.isArray(r.findings)) throw new Error('no findings array');`;
      const run = spawnSync(process.execPath, ['--require', hook, '-e', script], { encoding: 'utf8' });
      assert.strictEqual(run.status, 0, run.stderr);
      const loaded = JSON.parse(fs.readFileSync(log, 'utf8')) as { forbidden: string[]; connects: number };
      assert.deepStrictEqual(loaded.forbidden, []);
      assert.strictEqual(loaded.connects, 0);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

/** A --require hook: records user-land module loads and makes socket connects fail loudly. */
function networkHookSource(logPath: string, forbidden: string[]): string {
  return `
const Module = require('module');
const fs = require('fs');
const net = require('net');
const FORBIDDEN = new Set(${JSON.stringify(forbidden)});
const state = { forbidden: [], connects: 0, all: [] };
const original = Module._load;
Module._load = function (request, parent, isMain) {
  const name = String(request).replace(/^node:/, '');
  if (!state.all.includes(name)) state.all.push(name);
  if (FORBIDDEN.has(name) && parent && !String(parent.filename || '').endsWith('hook.js')) state.forbidden.push(name);
  return original.apply(this, arguments);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function () {
  state.connects++;
  throw new Error('network access attempted');
};
process.on('exit', () => fs.writeFileSync(${JSON.stringify(logPath)}, JSON.stringify(state)));
void connect;
`;
}
