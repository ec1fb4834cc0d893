// Bundles the extension, the CLI and the engine. Flags: --production (minify, no sourcemaps), --watch.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
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
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [noChildProcess] },
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
