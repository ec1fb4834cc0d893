// The CLI contract of issue 2: output shapes (text, JSON, SARIF), exit codes, stdin, limits.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS } from '../../src/engine/types';
import { DRAFT, REFERENCE, cliPath, repoRoot, runCli, scratch } from './cli-helpers';

const TEXT_LINE = /^(.+):(\d+):(\d+) (error|warning|info) (.+) ([a-z-]+)$/;
const ANSI = /\u001b\[/;

interface JsonOut {
  version: number;
  files: Array<{
    path: string;
    attributions: Array<Record<string, unknown>>;
    findings: Array<{
      rule: string;
      severity: string;
      message: string;
      start: number;
      end: number;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      text: string;
      references: Array<Record<string, unknown>>;
      fixes: Array<{ title: string; edits: Array<{ start: number; end: number; newText: string }> }>;
    }>;
  }>;
}

/** 1-based line and UTF-16 column of an offset, computed independently of the CLI. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - (lastBreak + 1) + 1 };
}

describe('cli', function () {
  this.timeout(60_000);
  let work: ReturnType<typeof scratch>;

  before(() => {
    assert.ok(fs.existsSync(cliPath), 'dist/cli.js missing: run `npm run compile` first');
    work = scratch({ 'draft.md': DRAFT, 'ref.txt': REFERENCE, 'notes.txt': DRAFT.replace('# ', ''), 'empty.md': '' });
  });
  after(() => work.cleanup());

  describe('usage', () => {
    it('--help prints usage with the check command and exits 0', () => {
      const r = runCli(['--help']);
      assert.strictEqual(r.status, 0);
      assert.match(r.stdout, /Usage: attribution-review/);
      assert.match(r.stdout, /check/);
    });

    it('check --help lists every option', () => {
      const r = runCli(['check', '--help']);
      assert.strictEqual(r.status, 0);
      for (const opt of ['--reference', '--format', '--rule', '--max-file-size-kb', '--fix', '--stdin-filename']) assert.ok(r.stdout.includes(opt), opt);
    });

    it('--version prints the package version', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
      const r = runCli(['--version']);
      assert.strictEqual(r.status, 0);
      assert.strictEqual(r.stdout.trim(), version);
    });

    const bad: Array<[string, string[], RegExp]> = [
      ['no command', [], /./],
      ['an unknown command', ['lint', 'x.md'], /unknown command/i],
      ['an unknown option', ['check', '--frobnicate', 'x.md'], /unknown option/i],
      ['no files', ['check'], /missing required argument/i],
      ['a bad format', ['check', '--format', 'xml', 'x.md'], /xml/],
      ['an unknown rule', ['check', '--rule', 'no-such-rule=off', 'x.md'], /unknown rule 'no-such-rule'/],
      ['a bad severity', ['check', '--rule', 'unsourced-number=loud', 'x.md'], /unsourced-number=off\|error\|warning\|info/],
      ['a bad size limit', ['check', '--max-file-size-kb', '12kb', 'x.md'], /--max-file-size-kb/],
      ['--fix with stdin', ['check', '--fix', '-'], /standard input/],
    ];
    for (const [what, args, message] of bad) {
      it(`${what} is bad usage: exit 2 with a message`, () => {
        const r = runCli(args, { cwd: work.dir });
        assert.strictEqual(r.status, 2, r.stderr);
        assert.match(r.stderr, message);
        assert.strictEqual(r.stdout, '');
      });
    }
  });

  describe('unreadable input: exit 2, a message naming the file, no stack trace', () => {
    const cases: Array<[string, Record<string, string | Buffer>, string[], RegExp]> = [
      ['a missing draft', {}, ['check', 'nope.md'], /'nope\.md'.*no such file/],
      ['a glob matching nothing', {}, ['check', 'drafts/**/*.md'], /no files match 'drafts\/\*\*\/\*\.md'/],
      ['a binary draft', { 'pic.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) }, ['check', 'pic.md'], /'pic\.md'.*binary/],
      ['a draft over the size limit', { 'big.md': 'Word. '.repeat(400) }, ['check', '--max-file-size-kb', '1', 'big.md'], /'big\.md'.*3 KB, over the 1 KB limit/],
      ['a missing reference', { 'd.md': DRAFT }, ['check', '--reference', 'gone.txt', 'd.md'], /reference.*'gone\.txt'.*no such file/],
      ['a binary reference', { 'd.md': DRAFT, 'r.bin': Buffer.from([1, 0, 2, 0]) }, ['check', '--reference', 'r.bin', 'd.md'], /reference 'r\.bin'.*binary/],
      ['a huge reference', { 'd.md': DRAFT, 'r.txt': 'x'.repeat(3000) }, ['check', '--max-file-size-kb', '2', '--reference', 'r.txt', 'd.md'], /reference 'r\.txt'.*over the 2 KB limit/],
      ['a directory as reference', { 'd.md': DRAFT, 'refs/a.txt': REFERENCE }, ['check', '--reference', 'refs/', 'd.md', '--reference', 'refs/missing.txt'], /'refs\/missing\.txt'/],
    ];
    for (const [what, files, args, message] of cases) {
      it(what, () => {
        const s = scratch(files);
        try {
          const r = runCli(args, { cwd: s.dir });
          assert.strictEqual(r.status, 2, `${r.stdout}\n${r.stderr}`);
          assert.match(r.stderr, message);
          assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
        } finally {
          s.cleanup();
        }
      });
    }

    it('one unreadable file does not stop the others from being checked', () => {
      const r = runCli(['check', '--format', 'json', 'draft.md', 'missing.md'], { cwd: work.dir });
      assert.strictEqual(r.status, 2);
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.deepStrictEqual(out.files.map((f) => f.path), ['draft.md']);
      assert.match(r.stderr, /'missing\.md'/);
    });

    it('a 10 MB draft is refused with a message, quickly', () => {
      const s = scratch({ 'huge.md': 'About 5,000 homes lost power. '.repeat(350_000) });
      try {
        const t0 = Date.now();
        const r = runCli(['check', 'huge.md'], { cwd: s.dir });
        assert.strictEqual(r.status, 2);
        assert.match(r.stderr, /'huge\.md'.*over the 1024 KB limit/);
        assert.ok(Date.now() - t0 < 10_000);
      } finally {
        s.cleanup();
      }
    });
  });

  describe('text output', () => {
    it('one `path:line:col severity message rule` line per finding, then a summary; no colour when piped', () => {
      const r = runCli(['check', '--reference', 'ref.txt', 'draft.md'], { cwd: work.dir });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.doesNotMatch(r.stdout, ANSI);
      const lines = r.stdout.trimEnd().split('\n');
      const summary = lines.pop() ?? '';
      assert.ok(lines.length > 0, 'the test draft has findings');
      for (const line of lines) {
        const m = TEXT_LINE.exec(line);
        assert.ok(m, `not a finding line: ${line}`);
        assert.strictEqual(m[1], 'draft.md');
        assert.ok((RULE_IDS as readonly string[]).includes(m[6]), m[6]);
      }
      assert.match(summary, new RegExp(`^${lines.length} problems? \\(\\d+ errors?, \\d+ warnings?, \\d+ info\\) in 1 file\\.$`));
    });

    it('colours only when forced (FORCE_COLOR or --color), and NO_COLOR wins over FORCE_COLOR', () => {
      assert.match(runCli(['check', 'draft.md'], { cwd: work.dir, env: { FORCE_COLOR: '1' } }).stdout, ANSI);
      assert.match(runCli(['check', '--color', 'draft.md'], { cwd: work.dir }).stdout, ANSI);
      assert.doesNotMatch(runCli(['check', 'draft.md'], { cwd: work.dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, ANSI);
      assert.doesNotMatch(runCli(['check', '--no-color', 'draft.md'], { cwd: work.dir, env: { FORCE_COLOR: '1' } }).stdout, ANSI);
    });

    it('an empty file has no problems and exits 0', () => {
      const r = runCli(['check', 'empty.md'], { cwd: work.dir });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, 'No problems found in 1 file.\n');
    });
  });

  describe('exit codes follow severities', () => {
    it('exit 1 when a finding has severity error', () => {
      const args = ['check', ...RULE_IDS.flatMap((id) => ['--rule', `${id}=error`]), 'draft.md'];
      const r = runCli(args, { cwd: work.dir });
      assert.strictEqual(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, / error /);
    });

    it('exit 0 when every finding is a warning or info', () => {
      const args = ['check', ...RULE_IDS.flatMap((id) => ['--rule', `${id}=warning`]), 'draft.md'];
      const r = runCli(args, { cwd: work.dir });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.doesNotMatch(r.stdout, / error /);
    });

    it('--exit-zero reports the errors and exits 0', () => {
      const args = ['check', ...RULE_IDS.flatMap((id) => ['--rule', `${id}=error`]), '--exit-zero', 'draft.md'];
      const r = runCli(args, { cwd: work.dir });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, / error /);
    });

    it('--exit-zero still exits 2 on unreadable input', () => {
      const r = runCli(['check', '--exit-zero', 'missing.md'], { cwd: work.dir });
      assert.strictEqual(r.status, 2, r.stdout + r.stderr);
    });

    it('rules set to off report nothing', () => {
      const args = ['check', '--format', 'json', ...RULE_IDS.flatMap((id) => ['--rule', `${id}=off`]), 'draft.md'];
      const r = runCli(args, { cwd: work.dir });
      assert.strictEqual(r.status, 0);
      assert.deepStrictEqual((JSON.parse(r.stdout) as JsonOut).files[0].findings, []);
    });
  });

  describe('json output', () => {
    it('has exactly the contract shape, with offsets and positions that agree with the file', () => {
      const r = runCli(['check', '--format', 'json', '--reference', 'ref.txt', 'draft.md', 'notes.txt'], { cwd: work.dir });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.deepStrictEqual(Object.keys(out), ['version', 'files']);
      assert.strictEqual(out.version, 1);
      assert.deepStrictEqual(out.files.map((f) => f.path), ['draft.md', 'notes.txt']);
      let findings = 0;
      for (const file of out.files) {
        const text = fs.readFileSync(path.join(work.dir, file.path), 'utf8');
        assert.deepStrictEqual(Object.keys(file), ['path', 'attributions', 'findings']);
        for (const a of file.attributions) {
          assert.deepStrictEqual(Object.keys(a), ['cue', 'source', 'content']);
          for (const key of ['cue', 'source', 'content']) {
            const span = a[key] as { start: number; end: number; text: string } | null;
            if (key !== 'cue' && span === null) continue;
            assert.ok(span, key);
            assert.deepStrictEqual(Object.keys(span), ['start', 'end', 'text']);
            assert.strictEqual(text.slice(span.start, span.end), span.text);
          }
        }
        for (const f of file.findings) {
          findings++;
          assert.deepStrictEqual(Object.keys(f), ['rule', 'severity', 'message', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'text', 'references', 'fixes']);
          assert.strictEqual(f.text, text.slice(f.start, f.end));
          assert.deepStrictEqual({ line: f.line, column: f.column }, lineCol(text, f.start));
          assert.deepStrictEqual({ line: f.endLine, column: f.endColumn }, lineCol(text, f.end));
          for (const ref of f.references) assert.deepStrictEqual(Object.keys(ref), ['text', 'source', 'path', 'line', 'score']);
          for (const fix of f.fixes) {
            assert.deepStrictEqual(Object.keys(fix), ['title', 'edits']);
            for (const e of fix.edits) assert.deepStrictEqual(Object.keys(e), ['start', 'end', 'newText']);
          }
        }
      }
      assert.ok(findings > 0, 'the test drafts have findings');
      const withRef = out.files[0].findings.find((f) => f.references.some((ref) => ref.path === 'ref.txt'));
      assert.ok(withRef, 'a finding in the draft matches the reference file');
    });

    it('reads standard input with `-`, reported as <stdin> or --stdin-filename', () => {
      const a = JSON.parse(runCli(['check', '--format', 'json', '-'], { cwd: work.dir, input: DRAFT }).stdout) as JsonOut;
      assert.strictEqual(a.files[0].path, '<stdin>');
      assert.ok(a.files[0].findings.length > 0);
      const b = JSON.parse(runCli(['check', '--format', 'json', '--stdin-filename', 'story.md', '-'], { cwd: work.dir, input: DRAFT }).stdout) as JsonOut;
      assert.strictEqual(b.files[0].path, 'story.md');
      assert.deepStrictEqual(b.files[0].findings, a.files[0].findings);
      const direct = JSON.parse(runCli(['check', '--format', 'json', 'draft.md'], { cwd: work.dir }).stdout) as JsonOut;
      assert.deepStrictEqual(direct.files[0].findings, a.files[0].findings);
    });

    it('CRLF, a BOM and emoji keep columns in UTF-16 code units from 1, as editors count them', () => {
      const body = '\ufeff🎉 About 5,000 homes were without power.\r\n\r\nOfficials said 300 people were hurt.\r\n';
      const s = scratch({ 'crlf.md': body });
      try {
        const out = JSON.parse(runCli(['check', '--format', 'json', 'crlf.md'], { cwd: s.dir }).stdout) as JsonOut;
        const text = body.slice(1); // the BOM is not part of the text, as in VS Code
        assert.ok(out.files[0].findings.length > 0);
        for (const f of out.files[0].findings) {
          assert.strictEqual(f.text, text.slice(f.start, f.end));
          assert.deepStrictEqual({ line: f.line, column: f.column }, lineCol(text, f.start));
        }
      } finally {
        s.cleanup();
      }
    });

    it('a directory argument checks its drafts; duplicates are checked once', () => {
      const s = scratch({ 'drafts/a.md': DRAFT, 'drafts/b.txt': DRAFT, 'drafts/image.png': Buffer.from([0, 1]), 'drafts/node_modules/x.md': DRAFT });
      try {
        const r = runCli(['check', '--format', 'json', 'drafts', 'drafts/a.md', 'drafts/*.md'], { cwd: s.dir });
        assert.deepStrictEqual((JSON.parse(r.stdout) as JsonOut).files.map((f) => f.path), ['drafts/a.md', 'drafts/b.txt']);
      } finally {
        s.cleanup();
      }
    });
  });

  describe('sarif output', () => {
    it('is SARIF 2.1.0 with every rule, help links, UTF-16 regions and fixes', () => {
      const r = runCli(['check', '--format', 'sarif', '--reference', 'ref.txt', 'draft.md'], { cwd: work.dir });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const log = JSON.parse(r.stdout) as import('sarif').Log;
      assert.strictEqual(log.version, '2.1.0');
      assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
      const run = log.runs[0];
      assert.strictEqual(run.columnKind, 'utf16CodeUnits');
      const rules = run.tool.driver.rules ?? [];
      assert.deepStrictEqual(rules.map((x) => x.id).sort(), [...RULE_IDS].sort());
      for (const rule of rules) {
        assert.strictEqual(rule.helpUri, `https://github.com/attribution-review/attribution-review/blob/main/docs/rules/${rule.id}.md`);
        assert.ok(rule.shortDescription?.text, `${rule.id} has a description`);
        assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration?.level ?? ''), rule.id);
      }
      const text = fs.readFileSync(path.join(work.dir, 'draft.md'), 'utf8');
      const results = run.results ?? [];
      assert.ok(results.length > 0);
      for (const res of results) {
        assert.strictEqual(rules[res.ruleIndex ?? -1].id, res.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(res.level ?? ''));
        const loc = res.locations?.[0]?.physicalLocation;
        assert.strictEqual(loc?.artifactLocation?.uri, 'draft.md');
        const region = loc?.region;
        assert.ok(region?.startLine && region.startColumn && region.charOffset !== undefined && region.charLength !== undefined);
        assert.deepStrictEqual({ line: region.startLine, column: region.startColumn }, lineCol(text, region.charOffset));
        assert.strictEqual(region.snippet?.text, text.slice(region.charOffset, region.charOffset + region.charLength));
      }
      const fixes = results.flatMap((res) => res.fixes ?? []);
      assert.ok(fixes.length > 0, 'fixes are exported');
      for (const fix of fixes) {
        assert.ok(fix.description?.text);
        const change = fix.artifactChanges[0];
        assert.strictEqual(change.artifactLocation.uri, 'draft.md');
        for (const rep of change.replacements) {
          assert.ok(rep.deletedRegion.charOffset !== undefined && rep.deletedRegion.startLine !== undefined);
          assert.strictEqual(typeof rep.insertedContent?.text, 'string');
        }
      }
      assert.ok(results.some((res) => (res.relatedLocations ?? []).some((l) => l.physicalLocation?.artifactLocation?.uri === 'ref.txt')), 'reference facts appear as related locations');
      assert.strictEqual(run.invocations?.[0].executionSuccessful, true);
    });

    it('reports unreadable files as tool notifications and still writes valid SARIF', () => {
      const r = runCli(['check', '--format', 'sarif', 'draft.md', 'missing.md'], { cwd: work.dir });
      assert.strictEqual(r.status, 2);
      const log = JSON.parse(r.stdout) as import('sarif').Log;
      const inv = log.runs[0].invocations?.[0];
      assert.strictEqual(inv?.executionSuccessful, false);
      assert.match(inv?.toolExecutionNotifications?.[0].message.text ?? '', /missing\.md/);
    });
  });

  describe('--fix', () => {
    it('applies the preferred fixes, writes the file back with its BOM and line endings, and a second run changes nothing', () => {
      const original = '\ufeff' + DRAFT.replace(/\n/g, '\r\n');
      const s = scratch({ 'd.md': original, 'ref.txt': REFERENCE });
      try {
        const first = runCli(['check', '--fix', '--reference', 'ref.txt', 'd.md'], { cwd: s.dir });
        assert.ok(first.status === 0 || first.status === 1, first.stderr);
        const fixed = fs.readFileSync(path.join(s.dir, 'd.md'), 'utf8');
        assert.notStrictEqual(fixed, original, 'something was fixed');
        assert.ok(fixed.startsWith('\ufeff'), 'BOM kept');
        assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/, 'no bare LF introduced');
        assert.match(first.stderr, /fixed 'd\.md'/);
        const second = runCli(['check', '--fix', '--reference', 'ref.txt', 'd.md'], { cwd: s.dir });
        assert.ok(second.status === 0 || second.status === 1, second.stderr);
        assert.strictEqual(fs.readFileSync(path.join(s.dir, 'd.md'), 'utf8'), fixed);
      } finally {
        s.cleanup();
      }
    });
  });
});
