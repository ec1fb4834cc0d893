// Kind and vagueness of an attribution, from its cue, source and content.

import { isSpaceAt } from '../chars';
import type { Attribution, AttributionKind } from '../types';
import type { ParagraphTokens } from './context';
import { posOf, type PosClass } from './pos';

/** Nouns that make a cue a "noun cue": "a statement from", "in an interview", "the report". */
const NOUN_CUES = new Set([
  'statement', 'statements', 'report', 'reports', 'interview', 'message', 'release', 'data', 'poll', 'polls',
  'survey', 'study', 'analysis', 'letter', 'memo', 'post', 'tweet', 'email', 'remarks', 'speech', 'testimony',
  'filing', 'documents', 'document', 'announcement', 'claim', 'claims', 'view', 'views', 'estimate', 'estimates',
]);

// What stands before a noun cue: a determiner, a preposition or an adjective ("a statement", "in an interview").
const NOUN_CUE_OPENERS = new Set(['a', 'an', 'the', 'in', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'new', 'joint', 'written', 'official']);

export function attributionKind(p: ParagraphTokens, cs: number, ce: number, content: Array<[number, number]>): AttributionKind {
  const first = p.tokens[cs].lower;
  if (first === 'according') return 'according-to';
  if (content.some(([a]) => p.tokens[a].kind === 'quote')) return 'direct-quote';
  // A noun cue is a noun with its determiner or preposition: "a statement", "in an interview".
  for (let i = cs; i < ce; i++) {
    if (!NOUN_CUES.has(p.tokens[i].lower)) continue;
    const before = i > 0 ? p.tokens[i - 1].lower : '';
    if (NOUN_CUE_OPENERS.has(before)) return 'noun-cue';
  }
  return 'indirect';
}

// Heads of sources that name nobody in particular ("officials", "sources", "experts", ...).
const VAGUE_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'critic', 'critics', 'observer', 'observers',
  'analyst', 'analysts', 'insider', 'insiders', 'aide', 'aides', 'people', 'person', 'residents', 'witnesses',
  'reports', 'media', 'some', 'many', 'others', 'someone', 'somebody', 'everyone', 'they', 'authorities',
  'diplomats', 'observers', 'commentators', 'scientists', 'studies', 'research', 'rumors', 'rumours',
]);
// Groups named by what they are rather than who ("Local shops say", "Some workers said", "Striking
// dockers said", "Economists say"): vague too, unless an owner makes them specific ("the company's
// employees", "his doctors"; OWNERS).
const GROUP_HEADS = new Set([
  'locals', 'shops', 'shopkeepers', 'traders', 'businesses', 'neighbours', 'neighbors', 'bystanders',
  'onlookers', 'workers', 'employees', 'staffers', 'parents', 'voters',
  'dockers', 'miners', 'farmers', 'fishermen', 'drivers', 'pilots', 'nurses', 'doctors', 'teachers',
  'students', 'protesters', 'protestors', 'demonstrators', 'activists', 'campaigners', 'economists',
  'researchers', 'academics', 'historians', 'strategists', 'investors', 'shoppers', 'commuters',
  'passengers', 'tenants', 'patients', 'insurers', 'lenders', 'bankers', 'landlords', 'renters', 'retailers',
  'developers', 'builders', 'manufacturers', 'automakers', 'growers', 'ranchers', 'producers', 'exporters',
  'importers', 'brokers', 'contractors', 'dealers', 'merchants', 'vendors', 'consumers', 'homeowners',
  'buyers', 'sellers', 'employers',
]);
// A nationality or a region in front of a vague head says where, not who: "Mexican officials",
// "Chinese diplomats", "European officials" (as "U.S. officials" and "foreign officials" do).
const DEMONYM = /^(?!Vatican$)(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)|French|Dutch|Greek|Swiss|Thai|Welsh|Irish|Scottish)$/u;
// "Officials in Mexico", "sources in Washington": a vague head placed, not named.
const PLACED = /^(?:the\s+)?(?:officials|sources|authorities|diplomats|analysts|experts|observers|residents|witnesses)\s+in\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u;
// An owner, or a determiner that points back to a group the story has described ("The researchers
// reported", like "The figures show"), makes a group specific.
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'the', 'these', 'those']);
// Kinds of body whose officials stay unnamed: capitalised only because they open the sentence.
const COMMON_OWNERS = new Set([
  'company', 'union', 'hospital', 'school', 'city', 'county', 'town', 'village', 'police', 'industry', 'club', 'team',
  'airline', 'prison', 'district', 'department', 'agency',
]);
// Word classes (pos.ts) of words that describe a group without naming it.
const ORDINARY_CLASSES = new Set<PosClass>(['ADJ', 'VBG', 'VBD', 'VBN', 'ADV', 'NUM']);
// Words that make an otherwise vague source specific when they precede the head.
const VAGUE_MODIFIERS = /^(some|many|several|two|three|four|a few|few|other|senior|top|unnamed|anonymous|local|government|administration|western|independent|military|intelligence|security|campaign|party|federal|state|u\.s\.|american|foreign|former|current|a|an|the|certain|numerous|most|outside|leading|political|legal|health|medical)$/;

const VAGUE_CUES = /^(reportedly|allegedly|purportedly|rumou?red|is (said|reported|believed|thought|understood|alleged)|was (said|reported|believed|thought|understood|alleged)|are (said|reported|believed|thought)|were (said|reported|believed|thought)|has been (said|reported)|have been (said|reported))$/;

/** s.replace(/\s+/g, ' '), without building a copy when every run of white space is one space already. */
function collapseSpace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceAt(s, i)) continue;
    if (s.charCodeAt(i) !== 32 || (i + 1 < s.length && isSpaceAt(s, i + 1))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

// Evidence named by kind alone, with no owner and no article ("Polls show", "Recent data suggest",
// "Official figures put ..."): whose polls? "The figures" or "The poll" point back to ones the
// story has named, and are left alone like a pronoun.
const BARE_EVIDENCE = /^(?:(?:recent|new|latest|official|early|public|several|some|many|most|other|national|internal|private|independent|opinion|preliminary|unofficial)\s+)*(?:polls|polling|data|figures|statistics|numbers|surveys|studies|estimates|records|documents|reports|research|findings)$/i;

// One document of a kind, unnamed and with no owner ("a survey found", "A new study shows", "One
// report said"): which one? "A survey by the Chamber of Commerce" names its owner and is not vague.
const UNNAMED_DOCUMENT = /^(?:a|an|one)\s+(?:(?:new|recent|latest|separate|leaked|confidential|internal|private|independent|preliminary|unpublished|published|online|national)\s+)*(?:poll|survey|study|report|analysis|estimate|review|audit|document|memo|investigation|assessment)$/i;

// What a source says of itself when it will not be named: "people familiar with the talks", "a
// person briefed on the deal", "officials who spoke on condition of anonymity".
const UNNAMED_RE = /\b(?:familiar with|close to|briefed on|with (?:direct |first-hand |firsthand )?knowledge of|aware of|knowledgeable about|involved in|who (?:asked|spoke|requested|declined)|not authori[sz]ed|on condition of anonymity|anonymous|unnamed|unidentified)\b/;

/**
 * Whether the words of a source before its "familiar with ..." name someone: "Ana Reyes, who is
 * close to the family" does, "A lawyer involved in the case" and "White House officials familiar
 * with ..." (a vague head) do not.
 */
function namedBefore(prefix: string): boolean {
  const comma = prefix.indexOf(',');
  const words = (comma >= 0 ? prefix.slice(0, comma) : prefix).split(' ').filter((w) => w.length > 0 && w !== 'who' && w !== 'is' && w !== 'are');
  if (words.length === 0) return false;
  const head = words[words.length - 1].toLowerCase().replace(/[^a-z']/g, '');
  if (VAGUE_HEADS.has(head) || GROUP_HEADS.has(head)) return false;
  return words.some((w) => /^\p{Lu}/u.test(w) && !VAGUE_MODIFIERS.test(w.toLowerCase()) && !NOT_NAMES.has(w.toLowerCase()));
}
// Capitalised only because they open the sentence: "Those close to him say".
const NOT_NAMES = new Set(['those', 'these', 'one', 'people', 'someone', 'somebody', 'everyone', 'anyone', 'all', 'both', 'each']);

const ONE_OF_MANY = /^(?:a|an|one|another)\s+(?:[a-z-]+\s+){0,2}(?:resident|witness|worker|voter|neighbou?r|employee|protester|protestor|demonstrator|local|bystander|onlooker|passenger|driver|shopper|shopkeeper|trader|parent|student|teacher|nurse|doctor|man|woman|member|supporter|critic|analyst|expert|observer|diplomat|lawmaker|officer|staffer|aide|activist|economist|farmer|miner|docker|official)$/;

const AGENTLESS_ESTIMATE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:expected|projected|estimated|forecast|anticipated|predicted|thought|rumou?red)\b/;

// A charge in the passive with no one behind it: "Fitch was identified from surveillance footage",
// "She is accused of stealing $600,000", "They have been blamed for the delays": by whom?
const AGENTLESS_CHARGE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:accused|identified|suspected|blamed)\b/;

/** A charge in the passive ("was identified", "is accused"), whatever follows it. */
export function isPassiveCharge(cue: string): boolean {
  return AGENTLESS_CHARGE.test(collapseSpace(cue.toLowerCase()));
}

/** A sourceless estimate in the passive: "is expected", "are widely projected", "was thought". */
export function isAgentlessEstimate(a: Attribution): boolean {
  return !a.source && AGENTLESS_ESTIMATE.test(collapseSpace(a.cue.text.toLowerCase()));
}

/** Anonymous or vague: "officials said", "sources say", "it is reported", "reportedly", "experts believe", "polls show". */
export function isVague(a: Attribution): boolean {
  const cue = collapseSpace(a.cue.text.toLowerCase());
  if (VAGUE_CUES.test(cue)) return true;
  // Sourceless: "reportedly", "it is alleged", and an estimate or a charge in the passive with no
  // one behind it ("The bridge is expected to cost $96 million": expected by whom?).
  if (!a.source) return /\breport|\ballege|\bsaid to\b|\bbelieved\b/.test(cue) || AGENTLESS_ESTIMATE.test(cue) || AGENTLESS_CHARGE.test(cue);
  const src = collapseSpace(a.source.text).trim();
  const lower = src.toLowerCase();
  if (lower === 'it') return /\b(reported|said|believed|claimed|alleged|rumou?red|understood|thought)\b/.test(cue);
  if (BARE_EVIDENCE.test(src) || UNNAMED_DOCUMENT.test(src)) return true;
  const unnamed = UNNAMED_RE.exec(lower);
  if (unnamed && !namedBefore(src.slice(0, unnamed.index))) return true;
  // "Someone at the company", "A person inside the ministry": whoever it is, unnamed.
  if (/^(?:someone|somebody|a person|one person|a source|one source|an insider)\b/.test(lower)) return true;
  if (lower.includes(' in ') && PLACED.test(src.charAt(0).toLowerCase() + src.slice(1))) return true;
  // One of a crowd or a trade, unnamed: "one resident", "a witness", "another worker" ("A White
  // House official" names an institution, as "White House officials" does).
  if (ONE_OF_MANY.test(lower) && !/\s\p{Lu}/u.test(src)) return true;
  const head = src.slice(src.lastIndexOf(' ') + 1).toLowerCase().replace(/[^a-z']/g, '');
  const group = GROUP_HEADS.has(head);
  if (!group && !VAGUE_HEADS.has(head)) return false;
  const words = src.split(' ');
  if (group && words.some((w) => OWNERS.has(w.toLowerCase()))) return false;
  // "White House officials" names an institution; "officials" or "senior officials" does not.
  for (let i = 0; i < words.length - 1; i++) {
    // A group's opening adjective is capitalised only because it opens the sentence ("Striking dockers").
    // So is a common owner's ("Company officials", "Union officials said"; "Pentagon officials" names one).
    const lowered = words[i].toLowerCase();
    const opening = i === 0 && ((group && ORDINARY_CLASSES.has(posOf(lowered, words[i]))) || COMMON_OWNERS.has(lowered));
    const w = opening ? lowered : words[i];
    if (/^[A-Z]/.test(w) && !(i === 0 && (VAGUE_MODIFIERS.test(w.toLowerCase()) || DEMONYM.test(w)))) return false;
    if (!VAGUE_MODIFIERS.test(w.toLowerCase()) && !/^[a-z-]+$/.test(w) && !(i === 0 && DEMONYM.test(w))) return false;
  }
  return true;
}
