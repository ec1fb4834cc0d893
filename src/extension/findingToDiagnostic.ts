// THE one converter from engine findings to VS Code diagnostics, shared by live checking and the
// workspace check, plus the reverse lookup (diagnostic -> finding) used by hovers and quick fixes.
import * as vscode from 'vscode';
import type { FactMatch, Finding, RuleId, Severity } from '../engine/types';
import { lineIndexFor, type PositionMapper } from './lineIndex';
import type { ReferenceSnapshot } from './references';

export const DIAGNOSTIC_SOURCE = 'attribution-review';

const DOCS_BASE = 'https://github.com/attribution-review/attribution-review/blob/main/docs/rules/';

/** Related-information entries per diagnostic; the hover lists the same matches in full. */
const MAX_RELATED = 3;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

const findingOf = new WeakMap<vscode.Diagnostic, Finding>();

const docsUris = new Map<RuleId, vscode.Uri>();

export function ruleDocsUri(rule: RuleId): vscode.Uri {
  let uri = docsUris.get(rule);
  if (!uri) {
    uri = vscode.Uri.parse(`${DOCS_BASE}${rule}.md`);
    docsUris.set(rule, uri);
  }
  return uri;
}

export function findingForDiagnostic(diagnostic: vscode.Diagnostic): Finding | undefined {
  return findingOf.get(diagnostic);
}

export function toDiagnostic(
  finding: Finding,
  draft: PositionMapper,
  draftUri: vscode.Uri,
  references: ReferenceSnapshot,
): vscode.Diagnostic {
  const range = new vscode.Range(draft.positionAt(finding.start), draft.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocsUri(finding.rule) };
  const related = finding.references
    .slice(0, MAX_RELATED)
    .map((match) => {
      const location = factLocation(match, draft, draftUri, references);
      return location && new vscode.DiagnosticRelatedInformation(location, relatedMessage(match));
    })
    .filter((r): r is vscode.DiagnosticRelatedInformation => r !== undefined);
  if (related.length > 0) diagnostic.relatedInformation = related;
  findingOf.set(diagnostic, finding);
  return diagnostic;
}

/** Where a matched fact sits: in a reference file, or in the draft itself (path null). */
export function factLocation(
  match: FactMatch,
  draft: PositionMapper,
  draftUri: vscode.Uri,
  references: ReferenceSnapshot,
): vscode.Location | undefined {
  const { fact } = match;
  if (fact.path === null) {
    return new vscode.Location(draftUri, new vscode.Range(draft.positionAt(fact.start), draft.positionAt(fact.end)));
  }
  const entry = references.byLabel.get(fact.path);
  if (!entry) return undefined;
  const index = lineIndexFor(entry, entry.text);
  return new vscode.Location(entry.uri, new vscode.Range(index.positionAt(fact.start), index.positionAt(fact.end)));
}

function relatedMessage(match: FactMatch): string {
  const who = match.fact.source ?? 'an unnamed source';
  const text = match.fact.text.length > 160 ? `${match.fact.text.slice(0, 157)}…` : match.fact.text;
  return `Reference fact (${who}, score ${match.score.toFixed(2)}): ${text}`;
}
