// The light English stemmer of content words: plural and verb endings only ("detained" / "detain",
// "protests" / "protest"), by char code.

/** stem() of a word already in lower case, by char code, with at most one slice. */
export function stemLower(w: string): string {
  const n = w.length;
  const c1 = w.charCodeAt(n - 1);
  const c2 = w.charCodeAt(n - 2);
  const c3 = w.charCodeAt(n - 3);
  // i e s, i n g, e d, e s, s
  if (n > 5 && c3 === 105 && c2 === 101 && c1 === 115) return w.slice(0, -3) + 'y';
  let e = n;
  if (n > 5 && c3 === 105 && c2 === 110 && c1 === 103) e = n - 3;
  else if (n > 4 && c2 === 101 && c1 === 100) e = n - 2;
  else if (n > 4 && c2 === 101 && c1 === 115 && sibilantBeforeEs(w.charCodeAt(n - 4), c3)) e = n - 2;
  else if (n > 3 && c1 === 115 && c2 !== 115 && c2 !== 117 && c2 !== 105) e = n - 1;
  if (e > 4 && w.charCodeAt(e - 1) === 101) e--;
  return e === n ? w : w.slice(0, e);
}

/** Whether the two letters before a final "es" end like /(?:ss|sh|ch|x|z)$/. */
function sibilantBeforeEs(b: number, a: number): boolean {
  return a === 120 || a === 122 || (a === 115 && b === 115) || (a === 104 && (b === 115 || b === 99));
}
