// The peers we compare against: write-good (CommonJS) and retext with English, intensify and
// passive (ESM, loaded with import()). Kept outside the bundle so their published code runs.

export interface Peer {
  name: string;
  run(text: string): Promise<unknown> | unknown;
}

export async function loadPeers(): Promise<Peer[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const writeGood = require('write-good') as (text: string) => unknown[];
  const [{ retext }, english, intensify, passive] = await Promise.all([
    import('retext'),
    import('retext-english'),
    import('retext-intensify'),
    import('retext-passive'),
  ]);
  const processor = retext().use(english.default).use(intensify.default).use(passive.default);
  return [
    { name: 'write-good', run: (text) => writeGood(text) },
    { name: 'retext (english+intensify+passive)', run: (text) => processor.process(text) },
  ];
}
