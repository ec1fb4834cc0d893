// The shipped bundles, as `npm run compile` builds them, for the tests that read them.
import * as fs from 'fs';
import * as path from 'path';

export const BUNDLES = ['extension.js', 'worker.js', 'cli.js', 'engine.js'];

/** Path of a file in dist/. */
export function dist(name: string): string {
  return path.resolve(__dirname, '..', '..', '..', '..', 'dist', name);
}

/** Fails a suite at once, with the command to run, when the bundles are not built. */
export function requireBuiltBundles(): void {
  if (!BUNDLES.every((b) => fs.existsSync(dist(b)))) throw new Error('dist/*.js missing: run `npm run compile` before the unit tests');
}
