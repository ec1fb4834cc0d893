// An invented news story used across engine tests: a reference article and hand-built attributions.
import { analyze } from '../../../src/engine/analyze';
import { midSentenceNames } from '../../../src/engine/facts/entities';
import { extractFacts } from '../../../src/engine/facts/extract';
import { FactIndex } from '../../../src/engine/facts/index';
import { ReferenceSet } from '../../../src/engine/facts/references';
import { LineIndex } from '../../../src/engine/text';
import { segment } from '../../../src/engine/segment';
import { AnalysisResult, AnalyzeOptions, Attribution, AttributionKind, Segmentation } from '../../../src/engine/types';

export const HARBOUR_REF = [
  'The harbour authority said that 412 ships docked at Port Elwin last year.',
  'According to the Elwin Chamber of Commerce, cargo revenue rose 12.5% to $3.2 million.',
  'Mayor Ida Brandt told reporters that about 1,800 dockworkers joined the strike.',
].join('\n');

export interface AttrSpec {
  source: string | null;
  cue: string;
  content: string | null;
  kind?: AttributionKind;
  vague?: boolean;
  /** Which occurrence of the cue (0-based), when it repeats. */
  nth?: number;
}

function find(text: string, needle: string, nth = 0, from = 0): number {
  let at = text.indexOf(needle, from);
  for (let k = 0; k < nth && at >= 0; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return at;
}

/** Attributions from specs: each span is the occurrence nearest to (at or before/after) the cue. */
export function buildAttributions(text: string, seg: Segmentation, specs: readonly AttrSpec[]): Attribution[] {
  return specs.map((s) => {
    const cs = find(text, s.cue, s.nth ?? 0);
    const near = (needle: string) => {
      // The occurrence closest to the cue.
      let best = -1;
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (best < 0 || Math.abs(at - cs) < Math.abs(best - cs)) best = at;
      }
      if (best < 0) throw new Error(`not found: ${needle}`);
      return { start: best, end: best + needle.length, text: needle };
    };
    return {
      cue: { start: cs, end: cs + s.cue.length, text: s.cue },
      source: s.source === null ? null : near(s.source),
      content: s.content === null ? null : near(s.content),
      kind: s.kind ?? 'indirect',
      vague: s.vague ?? false,
      sentence: seg.sentences.findIndex((x) => x.start <= cs && cs < x.end),
    };
  });
}

/** analyze() with hand-built attributions for the draft (references still use the model). */
export function analyzeWithAttributions(
  text: string,
  specs: readonly AttrSpec[],
  options: AnalyzeOptions = {},
  references: ReferenceSet | undefined = harbourReferences(),
): AnalysisResult {
  const seg = segment(text, options.format ?? 'markdown');
  const all = buildAttributions(text, seg, specs);
  return analyze(text, options, {
    segmentation: seg,
    attribute: (_t, s, p) => all.filter((a) => a.cue.start >= s.paragraphs[p].start && a.cue.start < s.paragraphs[p].end),
    references,
  });
}

/** The reference article's facts from hand-built attributions (independent of the model). */
export function harbourReferences(): ReferenceSet {
  const seg = segment(HARBOUR_REF, 'plaintext');
  const attributions = buildAttributions(HARBOUR_REF, seg, [
    { source: 'The harbour authority', cue: 'said', content: 'that 412 ships docked at Port Elwin last year' },
    { source: 'the Elwin Chamber of Commerce', cue: 'According to', content: 'cargo revenue rose 12.5% to $3.2 million', kind: 'according-to' },
    { source: 'Mayor Ida Brandt', cue: 'told', content: 'that about 1,800 dockworkers joined the strike' },
  ]);
  const names = midSentenceNames(HARBOUR_REF);
  const facts = extractFacts(HARBOUR_REF, seg, attributions, 'harbour.ref.txt', new LineIndex(HARBOUR_REF), 'harbour.ref.txt', names);
  return { index: new FactIndex(facts), facts, names };
}

/** No reference articles at all. */
export function noReferences(): ReferenceSet {
  return { index: new FactIndex(), facts: [], names: new Set() };
}
