// Hand-built attributions for engine tests that must not depend on the attribution model.
import { Attribution, AttributionKind, Segmentation } from '../../../src/engine/types';

function spanOf(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

/** An attribution whose source, cue and content are the first occurrences of the given strings. */
export function attr(
  text: string,
  seg: Segmentation,
  parts: { source: string | null; cue: string; content: string | null; kind?: AttributionKind; vague?: boolean },
): Attribution {
  const cue = spanOf(text, parts.cue);
  const sentence = seg.sentences.findIndex((s) => s.start <= cue.start && cue.start < s.end);
  return {
    cue,
    source: parts.source === null ? null : spanOf(text, parts.source),
    content: parts.content === null ? null : spanOf(text, parts.content),
    kind: parts.kind ?? 'indirect',
    vague: parts.vague ?? false,
    sentence,
  };
}
