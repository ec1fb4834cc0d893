// The engine's public API (bundled to dist/engine.js, package export "./engine"). No vscode here.
import { analyze as analyzeDraft } from './analyze';
import { applyEdits, overlaps } from './fixes';
import { RULE_INFO, RuleInfo } from './rules/index';
import { AnalysisResult, AnalyzeOptions, TextEdit } from './types';

export * from './types';
export { applyEdits } from './fixes';
export { findNumbers, sameFigure } from './numbers';
export { findDirectives, ignoreLineEdit, directiveText } from './directives';
export type { Directive, DirectiveKind } from './directives';
export { createIncrementalAnalyzer, LruCache } from './incremental';
export type { IncrementalAnalyzer, SliceOptions } from './incremental';
export { buildReferenceIndex } from './facts/references';
export { matchClaim } from './facts/match';
export { FactIndex } from './facts/index';
export { RULE_INFO, ruleInfo, ruleDocsUrl, DOCS_BASE } from './rules/index';
export type { RuleInfo } from './rules/index';
export { LineIndex } from './text';
export { segment } from './segment';

/** The engine version (kept in step with package.json by hand). */
export const version = '0.1.0';

/** Analyses a draft: attributions, claims, findings with fixes. Never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeDraft(text, options);
}

/** Rule metadata in the shape the CLI's SARIF reporter wants. */
export function rules(): Array<RuleInfo & { name: string; shortDescription: string; fullDescription: string; helpUri: string }> {
  return RULE_INFO.map((r) => ({
    ...r,
    name: r.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: r.description,
    fullDescription: r.description,
    helpUri: r.docsUrl,
  }));
}

/** The preferred fixes of a result that can be applied together (first come, first served). */
export function preferredEdits(result: AnalysisResult): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of result.findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix) continue;
    if (fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

/**
 * Applies every preferred fix, re-analysing until none is left (fixes that overlapped wait for the
 * next round), so that running it again changes nothing.
 */
export function fixAll(text: string, options: AnalyzeOptions = {}, maxRounds = 5): string {
  let current = text;
  for (let round = 0; round < maxRounds; round++) {
    const edits = preferredEdits(analyzeDraft(current, options));
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return current;
}
