// Unit tests for the extension's pure modules (no vscode import): settings validation and its
// agreement with the manifest, front matter references, fix-all line edits, the bounded cache and
// the worker's chunked result format.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS, type AnalysisResult, type Finding, type ReferenceFact } from '../../src/engine/types';
import { LruCache } from '../../src/engine/lru';
import { lineEdits } from '../../src/extension/analysis/lineEdits';
import { AnalysisAssembler, MAX_FINDINGS, tailOf, toChunks } from '../../src/extension/analysis/wire';
import { frontMatterReferences } from '../../src/extension/frontMatter';
import { DEFAULTS, validateSettings } from '../../src/extension/settings';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function applyEdits(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('extension settings', () => {
  it('uses the defaults when nothing is set', () => {
    const { settings, problems } = validateSettings(() => undefined);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, { ...DEFAULTS, severity: { ...DEFAULTS.severity } });
  });

  it('replaces each malformed value by its default with a message naming the setting', () => {
    const values: Record<string, unknown> = {
      run: 42,
      debounceMs: 'soon',
      maxFileSizeKB: -5,
      'severity.vague-source': 'loud',
      references: 'notes/*.md',
      extraCues: ['tweeted', 7, ''],
      ignoreHeadlines: 'yes',
    };
    const { settings, problems } = validateSettings((k) => values[k]);
    assert.strictEqual(settings.run, 'onType');
    assert.strictEqual(settings.debounceMs, DEFAULTS.debounceMs);
    assert.strictEqual(settings.maxFileSizeKB, DEFAULTS.maxFileSizeKB);
    assert.strictEqual(settings.severity['vague-source'], DEFAULTS.severity['vague-source']);
    assert.deepStrictEqual(settings.references, DEFAULTS.references);
    assert.deepStrictEqual(settings.extraCues, ['tweeted']);
    assert.strictEqual(settings.ignoreHeadlines, true);
    const text = problems.join('\n');
    for (const key of ['run', 'debounceMs', 'maxFileSizeKB', 'severity.vague-source', 'references', 'extraCues', 'ignoreHeadlines']) {
      assert.ok(text.includes(`"attributionReview.${key}"`), `no message for ${key}:\n${text}`);
    }
    assert.match(text, /"attributionReview\.run" is 42; expected one of "onType", "onSave", "manual"\. Using "onType"\./);
  });

  it('keeps valid values', () => {
    const values: Record<string, unknown> = { run: 'manual', debounceMs: 0, 'severity.number-mismatch': 'off', trustedSources: ['the AP'] };
    const { settings, problems } = validateSettings((k) => values[k]);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(settings.run, 'manual');
    assert.strictEqual(settings.debounceMs, 0);
    assert.strictEqual(settings.severity['number-mismatch'], 'off');
    assert.deepStrictEqual(settings.trustedSources, ['the AP']);
  });

  it('agrees with the manifest: every setting documented, defaults equal, scope resource', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const props: Record<string, { default: unknown; scope: string; markdownDescription?: string; enum?: string[]; enumDescriptions?: string[]; markdownEnumDescriptions?: string[] }> =
      pkg.contributes.configuration.properties;
    const flat: Record<string, unknown> = {
      ...Object.fromEntries(Object.entries(DEFAULTS).filter(([k]) => k !== 'severity')),
      ...Object.fromEntries(RULE_IDS.map((r) => [`severity.${r}`, DEFAULTS.severity[r]])),
    };
    assert.deepStrictEqual(Object.keys(props).sort(), Object.keys(flat).map((k) => `attributionReview.${k}`).sort());
    for (const [key, value] of Object.entries(flat)) {
      const prop = props[`attributionReview.${key}`];
      assert.deepStrictEqual(prop.default, value, key);
      assert.strictEqual(prop.scope, 'resource', key);
      assert.ok(prop.markdownDescription, `${key} has no markdownDescription`);
      if (prop.enum) assert.strictEqual((prop.enumDescriptions ?? prop.markdownEnumDescriptions)?.length, prop.enum.length, key);
    }
    assert.ok(!pkg.activationEvents.includes('*'));
  });
});

describe('front matter references', () => {
  it('reads inline, flow and block lists', () => {
    assert.deepStrictEqual(frontMatterReferences('---\nreferences: story.ref.md\n---\nBody'), ['story.ref.md']);
    assert.deepStrictEqual(frontMatterReferences('---\ntitle: x\nreferences: [a.md, "b c.txt"]\n---\n'), ['a.md', 'b c.txt']);
    assert.deepStrictEqual(
      frontMatterReferences('\uFEFF---\r\nreferences:\r\n  - notes/a.txt # the wire copy\r\n  - \'../b.md\'\r\nauthor: me\r\n---\r\n'),
      ['notes/a.txt', '../b.md'],
    );
  });

  it('ignores text that is not front matter', () => {
    assert.deepStrictEqual(frontMatterReferences('references: a.md\n'), []);
    assert.deepStrictEqual(frontMatterReferences('---\nreferences: a.md\nno closing fence'), []);
    assert.deepStrictEqual(frontMatterReferences(''), []);
  });
});

describe('fix-all line edits', () => {
  it('turns a rewritten text into edits of the changed lines only', () => {
    const before = 'Title\n\n240 were evacuated.\n\nUnchanged line.\n"Quote."\n';
    const after = 'Title\n\nAccording to the fire service, 240 were evacuated.\n\nUnchanged line.\n"Quote," Okafor said.\n';
    const edits = lineEdits(before, after);
    assert.deepStrictEqual(edits, [
      { start: 7, end: 7, newText: 'According to the fire service, ' },
      { start: 50, end: 52, newText: ',\" Okafor said.' },
    ]);
    assert.strictEqual(applyEdits(before, edits), after);
  });

  it('is exact with CRLF, surrogate pairs and a changed line count', () => {
    const cases: Array<[string, string]> = [
      ['a 😀 b\r\nc\r\n', 'a 😁 b\r\nc\r\n'],
      ['one\ntwo', 'one\nthree\ntwo'],
      ['same', 'same'],
      ['', 'new'],
    ];
    for (const [a, b] of cases) {
      const edits = lineEdits(a, b);
      assert.strictEqual(applyEdits(a, edits), b, JSON.stringify([a, b]));
      for (const e of edits) {
        for (const at of [e.start, e.end]) {
          const c = a.charCodeAt(at);
          assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `edit splits a surrogate pair in ${JSON.stringify(a)}`);
        }
      }
    }
  });
});

describe('bounded cache', () => {
  it('forgets the least recently used entry', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.strictEqual(cache.get('a'), 1);
    cache.set('c', 3);
    assert.strictEqual(cache.has('b'), false);
    assert.strictEqual(cache.get('a'), 1);
    assert.strictEqual(cache.size, 2);
  });
});

describe('worker result chunks', () => {
  const fact: ReferenceFact = {
    id: 'f1', path: 'ref.md', line: 3, start: 10, end: 40, text: 'about 6,000 people', source: 'the ministry', cue: 'said',
    kind: 'indirect', numbers: [], entities: ['Minsk'], terms: ['people'],
  };
  const finding = (start: number, severity: Finding['severity']): Finding => ({
    rule: 'unsourced-number', severity, message: `m${start}`, start, end: start + 2, sentence: { start, end: start + 5 },
    references: [{ fact, score: 0.9, sameNumbers: [], differentNumbers: [] }], fixes: [],
  });
  const result = (findings: Finding[]): AnalysisResult => ({
    segmentation: { paragraphs: [], sentences: [], skipped: [] }, attributions: [], facts: [fact], notices: ['n'],
    claims: [{ start: 0, end: 5, text: 't', sentence: 0, kinds: ['statistic'], status: 'vague', attribution: null, numbers: [], matches: [] }],
    findings, stats: { claims: 1, attributedClaims: 0, numbers: 1, sourcedNumbers: 0, words: 3 },
  });

  it('round-trips findings through structured clone with shared facts sent once', () => {
    const findings = Array.from({ length: 900 }, (_, i) => finding(i * 10, 'warning'));
    const chunks = toChunks(result(findings)).map((c) => structuredClone(c));
    assert.ok(chunks.length >= 2, 'split into several messages');
    assert.strictEqual(chunks.flatMap((c) => c.facts).length, 1, 'the shared fact travels once');
    const assembler = new AnalysisAssembler();
    chunks.forEach((c) => assembler.add(c));
    const analysis = assembler.finish(tailOf(result(findings), 1));
    assert.strictEqual(analysis.findings.length, MAX_FINDINGS);
    assert.strictEqual(analysis.totalFindings, 900);
    assert.strictEqual(analysis.vagueClaims, 1);
    assert.strictEqual(analysis.findings[0].references[0].fact.source, 'the ministry');
    assert.deepStrictEqual(analysis.findings[0].references[0].fact.terms, [], 'matching-only fields stay behind');
  });

  it('keeps errors first when it has to drop findings, in document order', () => {
    const findings = [
      ...Array.from({ length: MAX_FINDINGS }, (_, i) => finding(1000 + i * 10, 'info')),
      finding(50_000, 'error'),
    ];
    const assembler = new AnalysisAssembler();
    toChunks(result(findings)).forEach((c) => assembler.add(c));
    const kept = assembler.finish(tailOf(result(findings), 1)).findings;
    assert.ok(kept.some((f) => f.severity === 'error'));
    assert.deepStrictEqual(kept.map((f) => f.start), [...kept.map((f) => f.start)].sort((a, b) => a - b));
  });
});
