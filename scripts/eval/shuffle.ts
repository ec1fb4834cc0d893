// The training scripts' shuffle: Fisher-Yates over a linear congruential generator, so a seed gives
// the same order on every machine (retraining writes byte-identical models).

/** Shuffles `a` in place in the order that `seed` fixes. */
export function shuffle<T>(a: T[], seed: number): void {
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
}
