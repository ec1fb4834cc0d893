// A content word's family: the key under which a claim's words meet a reference statement's. A
// reporter restates "confirmed its readiness to provide assistance" as "is ready to help": the
// Porter stem joins derived forms (readiness, ready), and a short table of news synonyms joins words
// that say the same thing (assistance, help). Every term of text.ts's contentTerms is a family key,
// so claims, facts and the rules that compare them all speak the same keys.

import { porterStem } from './porter';
import { stemLower } from './stemLower';

/**
 * Words whose Porter stem would join unrelated words that news copy uses often (counted over the
 * PolNeAR vocabulary): "majority" / "major", "general" / "generation", "community" /
 * "communication", "aide" / "aid", "ads" / "add", "international" / "intern", "department" /
 * "depart", "positive" / "position", "closely" / "close". They keep the light stem, marked so that
 * no Porter stem can equal it.
 */
const KEEP = new Set(
  [
    'ad', 'ads', 'aide', 'aides', 'majority', 'general', 'generally', 'generation', 'generations', 'generous', 'community',
    'communities', 'communication', 'communications', 'communism', 'university', 'universities', 'universal',
    'international', 'internal', 'internally', 'personal', 'personally', 'personality', 'important', 'importance',
    'likely', 'handful', 'department', 'departments', 'departure', 'business', 'businesses', 'executive', 'executives',
    'organ', 'organs', 'news', 'office', 'offices', 'officer', 'officers', 'capital', 'capitalism', 'policy', 'policies',
    'police', 'operative', 'operatives', 'journalism', 'relative', 'relatives', 'material', 'materials', 'nationality',
    'nationalism', 'early', 'late', 'lately', 'authority', 'authorities', 'positive', 'positively', 'closely',
  ].map((w) => stemLower(w)),
);
const KEPT_MARK = '=';

/**
 * Clusters of words that news copy uses for one another, each joined under its first word's stem.
 * Only words that keep their meaning in a newsroom's usual sense: no "fire" (a blaze or a dismissal),
 * no "charge", no "support" (too broad to be a synonym of "help"), no "house" (the House votes), no
 * "authorize" (its Porter stem is "author", as "authority"'s is), no "fall" (a season as often).
 */
const SYNONYMS: readonly string[] = [
  'help assist aid assistance',
  'hurt injure injury wound',
  'kill slay slain',
  'die death dead fatal fatality perish',
  'buy purchase acquire acquisition',
  'sell sale',
  'begin start launch commence',
  'finish end conclude conclusion',
  'halt stop suspend suspension pause',
  'close shut closure',
  'reduce cut slash trim reduction',
  'increase raise boost hike rise',
  'decrease decline drop',
  'plan intend intention',
  'arrest detain detention apprehend',
  'hire employ recruit',
  'approve approval',
  'reject refuse refusal rebuff',
  'deny denial',
  'investigate investigation probe inquiry',
  'destroy destruction demolish',
  'ready readiness',
  'employee worker staffer',
  'company firm',
  'child children kid kids',
  'physician doctor',
  'attorney lawyer',
  'student pupil',
  'large big',
  'blaze wildfire',
  'cause trigger spark',
  'threaten threat',
  'allege accuse allegation accusation',
  'lose loss',
  'pay payment',
  'resign resignation quit',
  'find discover discovery uncover',
  'attack assault',
  'strike walkout stoppage',
  'expect anticipate forecast predict prediction',
  'ban prohibit prohibition forbid',
  'allow permit',
  'build construct construction',
  'repair fix',
  'cancel scrap',
  'delay postpone defer',
  'review examine examination assess assessment evaluate evaluation',
  'recover recovery',
];

const FAMILY_OF = new Map<string, string>();
for (const line of SYNONYMS) {
  const words = line.split(' ');
  const key = porterStem(words[0]);
  for (const w of words) FAMILY_OF.set(porterStem(w), key);
}

// Words repeat across claims and facts: each is worked out once (bounded, for a giant draft).
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;
const LATIN_WORD = /^[a-z]+$/;

/** The family key of a lower-case content word (no stopword, three letters or more). */
export function wordFamily(lower: string): string {
  let key = memo.get(lower);
  if (key !== undefined) return key;
  const light = stemLower(lower);
  if (KEEP.has(light)) key = KEPT_MARK + light;
  // Porter's rules are English spelling's: a hyphenated, apostrophised or non-Latin word keeps the light stem.
  else if (!LATIN_WORD.test(lower)) key = light;
  else {
    const stem = porterStem(lower);
    key = FAMILY_OF.get(stem) ?? stem;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(lower, key);
  return key;
}
