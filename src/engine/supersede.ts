// One finding per problem: a figure that differs from its reference is reported by number-mismatch,
// which also offers the attribution with the right figure, so an unsourced-number on the very same
// figure would only repeat it (and its hover would show the fact twice). Runs after the directives,
// so a silenced number-mismatch leaves the figure's unsourced-number in place.
import { Finding } from './types';
import { filterList } from './lists';

export function dropSuperseded(findings: readonly Finding[]): Finding[] {
  const mismatched = new Set<string>();
  for (const f of findings) if (f.rule === 'number-mismatch') mismatched.add(`${f.start}:${f.end}`);
  if (mismatched.size === 0) return [...findings];
  return filterList(findings, (f) => f.rule !== 'unsourced-number' || !mismatched.has(`${f.start}:${f.end}`));
}
