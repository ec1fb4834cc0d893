// The JSON contract of issue 2: {"version":1,"files":[...]}; see ../report.ts for every field.
import type { FileReport, JsonReport } from '../report';

export function renderJson(files: readonly FileReport[]): string {
  const report: JsonReport = { version: 1, files: [...files] };
  return JSON.stringify(report, null, 2) + '\n';
}
