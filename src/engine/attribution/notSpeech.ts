// Reporting verbs that also name an act: "released" reports figures but frees hostages. An
// attribution read from such a verb whose content is people, not information, would hide an
// unsourced claim ("The hostages were released by the rebels" is an event that needs a source).

import type { ParagraphTokens } from './context';
import { posOf } from './pos';

const RELEASE = new Set(['released', 'release', 'releases', 'releasing', 'freed', 'free', 'frees', 'freeing']);
const PEOPLE_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'he', 'she', 'they', 'we']);
/** What can be released as information: then "released" reports. */
const INFORMATION = new Set([
  'figures', 'figure', 'data', 'statistics', 'numbers', 'report', 'reports', 'study', 'survey', 'poll', 'results',
  'statement', 'statements', 'list', 'names', 'photo', 'photos', 'video', 'videos', 'footage', 'images', 'details',
  'information', 'letter', 'transcript', 'documents', 'document', 'records', 'findings', 'estimates', 'audit',
  'analysis', 'review', 'emails', 'memo', 'plan', 'budget', 'guidance', 'rules', 'forecast', 'account', 'tape',
  'recording', 'audio', 'text', 'minutes', 'e-mails', 'messages', 'ad', 'ads', 'summary', 'version', 'update', 'notice', 'warning',
]);

/** Longest content read as "who was freed": a noun phrase, not a clause ("not all of the e-mails she submitted"). */
const MAX_WORDS = 6;

/**
 * Whether the attribution with cue tokens [cs, ce) frees people rather than publishes something:
 * the cue ends in "released" / "freed" ("were released", not "released a statement saying") and
 * its content is a short phrase naming people and no information.
 */
export function releasesPeople(p: ParagraphTokens, cs: number, ce: number, content: ReadonlyArray<readonly [number, number]>): boolean {
  if (ce <= cs || !RELEASE.has(p.tokens[ce - 1].lower)) return false;
  let people = false;
  let words = 0;
  for (const [a, b] of content) {
    for (let i = a; i < b; i++) {
      const t = p.tokens[i];
      if (t.kind !== 'word') continue;
      if (++words > MAX_WORDS || INFORMATION.has(t.lower)) return false;
      const cls = posOf(t.lower, t.text);
      if (cls === 'ACTOR' || cls === 'NAME' || PEOPLE_PRONOUNS.has(t.lower)) people = true;
    }
  }
  return people;
}
