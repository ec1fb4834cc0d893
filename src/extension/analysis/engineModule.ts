// Loads the engine at run time from its own bundle (dist/engine.js), so the extension bundle stays
// small and activation does not pay for parsing the NLP code.
import * as fs from 'fs';
import * as path from 'path';
import type * as Engine from '../../engine';

/** The part of the engine's public API (src/engine/index.ts) the extension uses. */
export type EngineModule = Pick<typeof Engine, 'createIncrementalAnalyzer' | 'fixAll' | 'ignoreLineEdit'>;

/**
 * Where the engine lives: next to the bundle (dist/engine.js) when running from dist/, or the tsc
 * output (out/src/engine) when running from out/.
 */
export function enginePath(fromDir: string): string {
  const bundled = path.join(fromDir, 'engine.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.resolve(fromDir, '..', '..', 'engine', 'index.js');
}

export function loadEngine(file: string): EngineModule {
  // A computed path keeps esbuild from inlining the engine into the calling bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as EngineModule;
}
