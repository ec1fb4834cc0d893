// The bundled example, end to end with the real attribution model: the draft written from the
// example reference shows every rule, its fixes settle, and its directive is honoured.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, fixAll } from '../../src/engine/index';
import { RULE_IDS } from '../../src/engine/types';
import { repoRoot } from './helpers/belarus';

const draftPath = path.join(repoRoot, 'examples', 'draft.md');
const refPath = 'examples/reference/harbour-strike.ref.md';
const draft = fs.readFileSync(draftPath, 'utf8');
const references = [{ path: refPath, text: fs.readFileSync(path.join(repoRoot, refPath), 'utf8') }];

describe('bundled example', () => {
  const result = analyze(draft, { references });

  it('shows every rule', () => {
    const rules = new Set(result.findings.map((f) => f.rule));
    assert.deepStrictEqual([...RULE_IDS].filter((r) => !rules.has(r)), [], result.findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
  });

  it('names the reference for figures it holds', () => {
    const nine = result.findings.find((f) => f.rule === 'unsourced-number' && draft.slice(f.start, f.end) === '9%');
    assert.ok(nine, 'the 9% pay claim is flagged');
    assert.ok(nine!.references.some((m) => m.fact.path === refPath), nine!.message);
  });

  it('honours the disable-next-line directive', () => {
    const ships = draft.indexOf('Some 40 ships');
    assert.ok(!result.findings.some((f) => f.rule === 'unsourced-number' && f.start >= ships));
  });

  it('leaves dates, ordinals and attributed sentences alone', () => {
    const line = (s: string) => draft.indexOf(s);
    for (const s of ['The strike began on Tuesday', 'Dockworkers at Port Elwin stopped work']) {
      assert.ok(!result.findings.some((f) => f.start >= line(s) && f.start < line(s) + s.length), s);
    }
  });

  it('fix-all settles: a second run changes nothing', () => {
    const once = fixAll(draft, { references });
    assert.notStrictEqual(once, draft);
    assert.strictEqual(fixAll(once, { references }), once);
    assert.ok(once.includes('About 1,800 dockworkers'));
  });
});
