// Verbs and nouns that introduce what someone said, thought, wanted or planned: speech, cognition,
// attitude and intention. A feature of the cue tagger (not a rule): it lets the tagger share
// evidence across rare cue words and phrasing the training split barely has ("endorses",
// "worries", "is demanding").

const VERBS = (
  'say tell claim argue state report announce add note write tweet post explain insist warn declare assert ' +
  'contend maintain acknowledge admit concede confirm deny reveal disclose indicate suggest imply hint signal ' +
  'predict estimate forecast project conclude find show suggest recall remember mention cite quote describe ' +
  'characterize call label brand dub praise criticize criticise blame accuse charge allege condemn denounce ' +
  'slam attack dismiss reject question doubt challenge dispute defend support endorse back oppose urge ask ' +
  'demand request plead appeal press push encourage recommend advise propose promise pledge vow threaten ' +
  'vote want plan hope expect intend aim seek wish fear worry believe think feel know understand learn ' +
  'realize realise suspect assume guess reckon consider regard view see agree disagree complain boast brag ' +
  'joke quip laugh chant shout yell cry scream whisper mutter testify reply respond answer retort counter ' +
  'comment discuss debate address acknowledge stress emphasize emphasise underscore highlight point reiterate ' +
  'repeat continue concur echo lament regret apologize apologise thank congratulate welcome applaud hail ' +
  'celebrate mock ridicule deride scoff decry lambast blast rail fume vent muse wonder speculate decide ' +
  'refuse decline insist threaten caution alert inform notify advise brief assure reassure promise swear ' +
  'pledge guarantee certify determine rule judge deem declare proclaim acknowledge recognize recognise ' +
  'calculate measure survey poll rate rank list identify conclude document detail outline summarize ' +
  'summarise characterize portray depict paint frame cast liken compare contrast'
).split(' ');

const IRREGULAR = (
  'said says told tells wrote written thought felt knew known understood saw seen found shown showed meant ' +
  'held sought forecast forecasts foresaw spoke spoken swore sworn taught rang'
).split(' ');

const NOUNS = (
  'statement statements claim claims report reports announcement remarks remark comment comments interview ' +
  'testimony speech letter memo email tweet tweets post op-ed editorial release survey poll study analysis ' +
  'estimate estimates forecast projection warning warnings promise pledge vow plan plans proposal demand ' +
  'demands call calls accusation accusations allegation allegations criticism praise belief view views ' +
  'concern concerns fear fears hope hopes argument arguments assertion assessment findings account accounts ' +
  'testimony message messages response reply'
).split(' ');

function inflections(v: string): string[] {
  const out = [v];
  const cons = (c: string) => !'aeiou'.includes(c);
  if (v.endsWith('e')) out.push(v + 's', v + 'd', v.slice(0, -1) + 'ing');
  else if (v.endsWith('y') && cons(v[v.length - 2])) out.push(v.slice(0, -1) + 'ies', v.slice(0, -1) + 'ied', v + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(v)) out.push(v + 'es', v + 'ed', v + 'ing');
  else {
    out.push(v + 's', v + 'ed', v + 'ing');
    // Short verbs ending consonant-vowel-consonant double it ("plan" -> "planned", "vote" handled above).
    if (v.length <= 4 && cons(v[v.length - 1]) && !cons(v[v.length - 2]) && cons(v[v.length - 3] ?? 'a') && !'wxy'.includes(v[v.length - 1])) {
      const d = v + v[v.length - 1];
      out.push(d + 'ed', d + 'ing');
    }
  }
  return out;
}

const WORDS = new Set<string>([...VERBS.flatMap(inflections), ...IRREGULAR, ...NOUNS]);

/** Whether a lower-cased word is a form of a speech, cognition, attitude or intention word. */
export function isCueWord(lower: string): boolean {
  return WORDS.has(lower);
}
