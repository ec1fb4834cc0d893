// SARIF 2.1.0 for code-scanning dashboards: rule metadata with help links, results with
// UTF-16 columns (SARIF's default columnKind), references as related locations, fixes as
// artifactChanges. Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as sarif from 'sarif';
import type { FileReport, JsonFinding } from '../report';
import type { RuleMeta } from '../rules-meta';
import { LineIndex } from '../../engine/text';

export interface SarifInput {
  files: readonly FileReport[];
  /** Text of each reported file by path, to place fix regions by line and column. */
  texts: ReadonlyMap<string, string>;
  rules: readonly RuleMeta[];
  version: string;
  /** Files that could not be checked, as messages. */
  notifications: readonly string[];
}

const LEVEL: Record<JsonFinding['severity'], sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A SARIF artifact URI: relative paths stay relative (resolved against the working directory). */
export function artifactUri(p: string): string {
  if (path.isAbsolute(p)) return pathToFileURL(p).href;
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** A region by offsets: 1-based lines and UTF-16 columns (the run's columnKind), and the offsets. */
function region(lines: LineIndex, start: number, end: number): sarif.Region {
  const from = lines.lineColumn(start);
  const to = lines.lineColumn(end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, charOffset: start, charLength: end - start };
}

export function buildSarif(input: SarifInput): sarif.Log {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  const artifacts: sarif.Artifact[] = input.files.map((f) => ({
    location: { uri: artifactUri(f.path) },
    sourceLanguage: /\.(md|markdown)$/i.test(f.path) ? 'markdown' : 'plaintext',
  }));

  const results: sarif.Result[] = [];
  input.files.forEach((file, artifactIndex) => {
    const text = input.texts.get(file.path) ?? '';
    const lines = new LineIndex(text);
    const location = { uri: artifactUri(file.path), index: artifactIndex };
    for (const f of file.findings) {
      const result: sarif.Result = {
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { ...region(lines, f.start, f.end), snippet: { text: f.text } },
            },
          },
        ],
      };
      const index = ruleIndex.get(f.rule);
      if (index !== undefined) result.ruleIndex = index;
      if (f.references.length > 0) {
        result.relatedLocations = f.references.map((r, id) => ({
          id,
          message: { text: `${r.source ? r.source + ': ' : ''}${r.text} (match score ${r.score})` },
          physicalLocation: {
            artifactLocation: r.path === null ? location : { uri: artifactUri(r.path) },
            region: { startLine: r.line },
          },
        }));
      }
      if (f.fixes.length > 0) {
        result.fixes = f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: fix.edits.map((e) => ({ deletedRegion: region(lines, e.start, e.end), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      }
      results.push(result);
    }
  });

  const run: sarif.Run = {
    tool: {
      driver: {
        name: 'attribution-review',
        version: input.version,
        semanticVersion: input.version,
        informationUri: 'https://github.com/attribution-review/attribution-review',
        rules: input.rules.map((r) => ({
          id: r.id,
          name: r.name,
          shortDescription: { text: r.shortDescription },
          fullDescription: { text: r.fullDescription },
          helpUri: r.helpUri,
          help: { text: `${r.fullDescription} See ${r.helpUri}`, markdown: `${r.fullDescription} [Read more](${r.helpUri})` },
          defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity], enabled: r.defaultSeverity !== 'off' },
        })),
      },
    },
    invocations: [
      {
        executionSuccessful: input.notifications.length === 0,
        toolExecutionNotifications: input.notifications.map((text) => ({ level: 'error', message: { text } })),
      },
    ],
    artifacts,
    results,
    columnKind: 'utf16CodeUnits',
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
}

export function renderSarif(input: SarifInput): string {
  return JSON.stringify(buildSarif(input), null, 2) + '\n';
}
