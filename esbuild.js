// Bundles the extension, the CLI and the engine. Flags: --production (minify, no sourcemaps), --watch.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Every bundle is ASCII-only. esbuild escapes other characters in strings but leaves regular
// expression literals as written, and one curly quote in a pattern makes Node read the whole
// bundle as a two-byte string: the engine took about 10 ms longer to load, and its retained
// source twice the memory. Inside a regex literal \uXXXX stands for the same UTF-16 unit, with or
// without the u flag (under u, a surrogate pair's two escapes are one code point). The dev build's
// source map is off by a few columns on the lines that change.
function escapeNonAscii(code, file) {
  return code.replace(/[^\x00-\x7f]/g, (c, at) => {
    // After a backslash the escape would itself be escaped ("\\u2019" is a backslash and "u2019").
    if (code[at - 1] === '\\') throw new Error(`${file}: cannot escape the non-ASCII character after a backslash at offset ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      fs.writeFileSync(file, escapeNonAscii(fs.readFileSync(file, 'utf8'), file));
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  plugins: [asciiOnly],
  logLevel: production ? 'warning' : 'info',
};

// commander loads child_process for executable subcommands the CLI never declares; swap in a
// shim that throws, so the shipped CLI bundle cannot start processes (test/unit/security*.test.ts).
const noChildProcess = {
  name: 'no-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({
      path: require('path').resolve(__dirname, 'src/cli/shims/no-child-process.ts'),
    }));
  },
};

const builds = [
  // `vscode` is provided by the extension host at run time.
  { ...common, entryPoints: ['src/extension/activate.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The extension's analysis worker thread; it loads dist/engine.js at run time instead of inlining it.
  { ...common, entryPoints: ['src/extension/analysis/worker.ts'], outfile: 'dist/worker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [noChildProcess, asciiOnly] },
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js' },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
