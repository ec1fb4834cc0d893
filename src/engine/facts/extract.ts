// Turns attributions into facts: what was said, by whom, with its figures, names and key terms.
import { findNumbers } from '../numbers';
import { contentTerms, LineIndex, nameKeysOf } from '../text';
import { Attribution, ReferenceFact, Segmentation } from '../types';
import { findEntities } from './entities';
import { filterList } from '../lists';
import { isCredit } from '../attribution/patterns';

/** Names, terms and statistics of a stretch of text, as used for matching. */
export interface MatchFeatures {
  numbers: ReferenceFact['numbers'];
  entities: string[];
  /** Lower-cased name tokens of the entities. */
  entityTokens: string[];
  terms: string[];
}

/** Features of text[start, end): statistics, actor and place names, and content terms not already names. */
export function matchFeatures(text: string, start: number, end: number, knownNames?: ReadonlySet<string>): MatchFeatures {
  const numbers = filterList(findNumbers(text, start, end), (n) => n.isStatistic);
  const slice = text.slice(start, end);
  const ents = findEntities(slice, [0], knownNames);
  const entityTokens: string[] = [];
  const seen = new Set<string>();
  for (const e of ents) {
    for (const t of e.tokens) {
      if (!seen.has(t)) {
        seen.add(t);
        entityTokens.push(t);
      }
    }
  }
  const entitiesSeen = new Set<string>();
  const entities: string[] = [];
  for (const e of ents) {
    if (!entitiesSeen.has(e.text)) {
      entitiesSeen.add(e.text);
      entities.push(e.text);
    }
  }
  const names = nameKeysOf(entityTokens);
  const terms = filterList(contentTerms(slice), (t) => !names.has(t));
  return { numbers, entities, entityTokens, terms };
}

/**
 * The attributions that state something, and so make facts: a credit line ("Source: NATO") states
 * nothing itself (what it sources is the table or list beside it).
 */
export function statedAttributions(attributions: readonly Attribution[]): Attribution[] {
  return filterList(attributions, (a) => !isCredit(a));
}

/**
 * One fact per attribution. `path` is null for the draft's own attributions. The fact spans the whole
 * attributed sentence; its text is the content (or the sentence when the attribution has none).
 */
export function extractFacts(
  text: string,
  seg: Segmentation,
  attributions: readonly Attribution[],
  path: string | null,
  lines: LineIndex,
  idPrefix: string,
  knownNames?: ReadonlySet<string>,
): ReferenceFact[] {
  const facts: ReferenceFact[] = [];
  attributions.forEach((a, n) => {
    const sentence = seg.sentences[a.sentence];
    const sStart = sentence ? sentence.start : a.cue.start;
    const sEnd = sentence ? sentence.end : a.cue.end;
    const start = Math.min(sStart, a.content?.start ?? sStart, a.cue.start);
    const end = Math.max(sEnd, a.content?.end ?? sEnd, a.cue.end);
    const cStart = a.content ? a.content.start : sStart;
    const cEnd = a.content ? a.content.end : sEnd;
    const f = matchFeatures(text, cStart, cEnd, knownNames);
    // The source is named in the attributed sentence too: a claim about it should find the fact.
    if (a.source) {
      for (const e of findEntities(a.source.text, [0], knownNames)) {
        if (!f.entities.includes(e.text)) f.entities.push(e.text);
        for (const t of e.tokens) if (!f.entityTokens.includes(t)) f.entityTokens.push(t);
      }
    }
    facts.push({
      id: `${idPrefix}#${n + 1}`,
      path,
      line: lines.line(cStart),
      start,
      end,
      text: text.slice(cStart, cEnd),
      // Only a reference article's facts: a draft's move with every edit (carry.ts shifts start / end).
      ...(path !== null ? { textStart: cStart, ...(a.source ? { sourceStart: a.source.start } : {}) } : {}),
      source: a.source ? a.source.text : null,
      cue: a.cue.text,
      kind: a.kind,
      ...(a.vague ? { vague: true } : {}),
      numbers: f.numbers,
      entities: f.entities,
      terms: [...f.entityTokens, ...f.terms],
    });
  });
  return facts;
}
