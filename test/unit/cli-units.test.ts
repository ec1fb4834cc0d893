// In-process tests of the CLI's parts that hold no engine logic: decoding, argument parsing,
// colour decisions, the report model and the SARIF mapping, on hand-built engine results.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { AnalysisResult, Finding } from '../../src/engine/types';
import { DEFAULT_MAX_FILE_SIZE_KB, parseArgs, parseRuleSettings, UsageError } from '../../src/cli/args';
import { decodeDraft, encodeDraft } from '../../src/cli/decode';
import { displayPath, formatForPath } from '../../src/cli/inputs';
import { buildFileReport } from '../../src/cli/report';
import { renderText, shouldColour } from '../../src/cli/reporters/text';
import { artifactUri, buildSarif } from '../../src/cli/reporters/sarif';

const TEXT = '\ud83c\udf89 About 5,000 homes\r\nlost power.\nOfficials said so.';

function finding(start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return {
    rule: 'unsourced-number',
    severity: 'warning',
    message: 'No source for the figure.',
    start,
    end,
    sentence: { start: 0, end: TEXT.length },
    references: [],
    fixes: [],
    ...extra,
  };
}

function result(findings: Finding[]): AnalysisResult {
  return {
    segmentation: { paragraphs: [], sentences: [], skipped: [] },
    attributions: [{ cue: { start: 51, end: 55, text: 'said' }, source: { start: 41, end: 50, text: 'Officials' }, content: null, kind: 'indirect', vague: true, sentence: 1 }],
    claims: [],
    findings,
    facts: [],
    notices: [],
    stats: { claims: 0, attributedClaims: 0, numbers: 0, sourcedNumbers: 0, words: 0 },
  };
}

describe('cli parts', () => {
  describe('decodeDraft', () => {
    it('reads UTF-8 with and without a BOM, and UTF-16 with either BOM', () => {
      const s = 'Zoë said “5,000” 🎉';
      assert.deepStrictEqual(decodeDraft(Buffer.from(s)), { ok: true, text: s, bom: null });
      for (const bom of ['utf8', 'utf16le', 'utf16be'] as const) {
        const bytes = encodeDraft(s, bom);
        assert.deepStrictEqual(decodeDraft(bytes), { ok: true, text: s, bom }, bom);
      }
    });

    it('refuses NUL bytes as binary, with a reason', () => {
      const r = decodeDraft(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      assert.strictEqual(r.ok, false);
      assert.match(r.ok ? '' : r.reason, /binary/);
    });

    it('keeps invalid UTF-8 as replacement characters rather than failing', () => {
      const r = decodeDraft(Buffer.from([0x61, 0xff, 0x62]));
      assert.deepStrictEqual(r, { ok: true, text: 'a\ufffdb', bom: null });
    });
  });

  describe('arguments', () => {
    it("the default size limit is the extension's maxFileSizeKB default", () => {
      const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
        contributes: { configuration: { properties: Record<string, { default?: unknown }> } | Array<{ properties: Record<string, { default?: unknown }> }> };
      };
      const sections = ([] as Array<{ properties: Record<string, { default?: unknown }> }>).concat(manifest.contributes.configuration);
      const setting = sections.map((c) => c.properties['attributionReview.maxFileSizeKB']).find(Boolean);
      assert.strictEqual(setting?.default, DEFAULT_MAX_FILE_SIZE_KB);
    });

    it('parses --rule settings and rejects unknown rules and severities', () => {
      assert.deepStrictEqual(parseRuleSettings(['unsourced-number=error', 'vague-source = off']), { 'unsourced-number': 'error', 'vague-source': 'off' });
      assert.throws(() => parseRuleSettings(['nope=off']), UsageError);
      assert.throws(() => parseRuleSettings(['unsourced-number']), UsageError);
      assert.throws(() => parseRuleSettings(['unsourced-number=fatal']), UsageError);
    });

    it('collects repeated options and defaults', () => {
      const out: string[] = [];
      const io = { writeOut: (s: string) => out.push(s), writeErr: (s: string) => out.push(s) };
      const r = parseArgs(['check', '-r', 'a.txt', '--reference', 'b.txt', '--rule', 'number-mismatch=error', 'x.md', '-'], '1.2.3', io);
      assert.deepStrictEqual(r.options, {
        files: ['x.md', '-'],
        references: ['a.txt', 'b.txt'],
        format: 'text',
        rules: { 'number-mismatch': 'error' },
        maxFileSizeKB: 1024,
        fix: false,
        stdinFilename: null,
        checkHeadlines: false,
        exitZero: false,
        color: undefined,
      });
      assert.deepStrictEqual(out, []);
      assert.strictEqual(parseArgs(['check', '--no-color', 'x'], '1', io).options?.color, false);
      assert.strictEqual(parseArgs(['--version'], '1.2.3', io).exitCode, 0);
      assert.strictEqual(out.pop(), '1.2.3\n');
      assert.strictEqual(parseArgs(['check', '--max-file-size-kb', '0', 'x'], '1', io).exitCode, 2);
    });
  });

  it('colour: TTY only, NO_COLOR wins, FORCE_COLOR forces, dumb terminals get none', () => {
    assert.strictEqual(shouldColour(true, {}), true);
    assert.strictEqual(shouldColour(false, {}), false);
    assert.strictEqual(shouldColour(true, { NO_COLOR: '1' }), false);
    assert.strictEqual(shouldColour(false, { FORCE_COLOR: '1' }), true);
    assert.strictEqual(shouldColour(true, { FORCE_COLOR: '0' }), true);
    assert.strictEqual(shouldColour(false, { FORCE_COLOR: '0' }), false);
    assert.strictEqual(shouldColour(true, { TERM: 'dumb' }), false);
  });

  it('paths: relative with forward slashes inside the working directory; format from the extension', () => {
    assert.strictEqual(displayPath('/w/drafts/a.md', '/w'), 'drafts/a.md');
    assert.strictEqual(displayPath('/elsewhere/a.md', '/w'), '/elsewhere/a.md');
    assert.strictEqual(formatForPath('a.MD'), 'markdown');
    assert.strictEqual(formatForPath('a.markdown'), 'markdown');
    assert.strictEqual(formatForPath('a.txt'), 'plaintext');
    assert.strictEqual(formatForPath('<stdin>'), 'plaintext');
    assert.strictEqual(artifactUri('drafts/my story#1.md'), 'drafts/my%20story%231.md');
    assert.strictEqual(artifactUri('/tmp/a b.md'), 'file:///tmp/a%20b.md');
  });

  describe('report model', () => {
    const start = TEXT.indexOf('5,000');
    const second = TEXT.indexOf('lost');
    const report = buildFileReport('d.md', TEXT, result([finding(second, second + 4, { severity: 'error', rule: 'unattributed-claim', message: 'Line one.\nLine two.' }), finding(start, start + 5)]));

    it('sorts findings, counts lines over CRLF and columns in UTF-16 code units', () => {
      assert.deepStrictEqual(
        report.findings.map((f) => [f.text, f.line, f.column, f.endLine, f.endColumn]),
        [
          ['5,000', 1, 10, 1, 15],
          ['lost', 2, 1, 2, 5],
        ],
      );
      assert.deepStrictEqual(report.attributions[0], { cue: { start: 51, end: 55, text: 'said' }, source: { start: 41, end: 50, text: 'Officials' }, content: null });
    });

    it('text: one line per finding (messages kept on one line) and a summary', () => {
      assert.strictEqual(
        renderText([report], false),
        'd.md:1:10 warning No source for the figure. unsourced-number\n' +
          'd.md:2:1 error Line one. Line two. unattributed-claim\n' +
          '2 problems (1 error, 1 warning, 0 info) in 1 file.\n',
      );
      assert.match(renderText([report], true), /\u001b\[31merror\u001b\[0m/);
      assert.strictEqual(renderText([], false), 'No problems found in 0 files.\n');
    });

    it('sarif: levels, rule indices, regions and insertion fixes', () => {
      const withFix = buildFileReport('d.md', TEXT, result([finding(start, start + 5, { fixes: [{ title: 'Attribute', kind: 'attribute-prefix', preferred: true, edits: [{ start: 3, end: 3, newText: 'According to X, ' }] }] })]));
      const log = buildSarif({
        files: [withFix],
        texts: new Map([['d.md', TEXT]]),
        rules: [{ id: 'unsourced-number', name: 'UnsourcedNumber', shortDescription: 's', fullDescription: 'f', helpUri: 'u', defaultSeverity: 'info' }],
        version: '0.0.1',
        notifications: [],
      });
      const res = log.runs[0].results?.[0];
      assert.strictEqual(res?.ruleIndex, 0);
      assert.strictEqual(res?.level, 'warning');
      assert.deepStrictEqual(res?.locations?.[0].physicalLocation?.region, { startLine: 1, startColumn: 10, endLine: 1, endColumn: 15, charOffset: start, charLength: 5, snippet: { text: '5,000' } });
      assert.deepStrictEqual(res?.fixes?.[0].artifactChanges[0].replacements[0], {
        deletedRegion: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 4, charOffset: 3, charLength: 0 },
        insertedContent: { text: 'According to X, ' },
      });
      assert.strictEqual(log.runs[0].tool.driver.rules?.[0].defaultConfiguration?.level, 'note');
    });
  });
});
