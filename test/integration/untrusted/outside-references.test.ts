// Workspace Trust (issue #5): in an untrusted workspace the extension reads no reference file outside
// the workspace, named by absolute path in `referenceFiles` or by a relative path in a draft's front
// matter that climbs out of the folder. References inside the workspace still work (restricted mode
// is supported). This suite runs in a host launched with trust on and the folder untrusted.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, analyzeLikeTheExtension, expectedLines, openDraft, openUntitled, revertAndCloseAll, waitForEngineResult, withSetting, workspaceReferences, workspaceUri } from '../helpers';

const DRAFT = '# Ferries\n\nThe storm left 2,300 passengers stranded at the terminal.\n\n40 ships were waiting outside the port on Monday.\n';
/** If it were read, the draft's 2,300 would contradict it (a number-mismatch). */
const OUTSIDE_TEXT = '# Storm\n\nThe coastguard said the storm left 2,100 passengers stranded at the terminal.\n';

async function status(): Promise<{ text: string; tooltip: string }> {
  return vscode.commands.executeCommand('attributionReview.internal.statusText');
}

describe('untrusted workspace: references outside it are not read', () => {
  let outside: string;
  let inside: Awaited<ReturnType<typeof workspaceReferences>>;

  before(async () => {
    await activate();
    // Next to the workspace folder (the launcher's temporary folder), so outside it.
    outside = path.resolve(workspaceUri('.').fsPath, '..', 'outside.ref.md');
    fs.writeFileSync(outside, OUTSIDE_TEXT);
    inside = await workspaceReferences();
    assert.deepStrictEqual(inside.map((r) => r.path), ['references/ferries.ref.md']);
  });
  afterEach(revertAndCloseAll);
  after(() => fs.rmSync(outside, { force: true }));

  /** What the draft shows with the workspace's references only, checked to differ from what the outside file would give. */
  function expectedWithoutOutside(text: string, label: string) {
    const withInside = analyzeLikeTheExtension(text, inside);
    const withOutside = analyzeLikeTheExtension(text, [...inside, { path: label, text: OUTSIDE_TEXT, format: 'markdown' }]);
    assert.ok(withOutside.findings.some((f) => f.rule === 'number-mismatch'), 'the outside reference would change nothing: the test would prove nothing');
    assert.notDeepStrictEqual(expectedLines(text, withInside.findings), expectedLines(text, withOutside.findings));
    // The inside reference is used: the figure it states is credited to its source.
    assert.ok(withInside.findings.some((f) => f.message.includes('harbour master Tom Reyes')), 'the workspace reference is not matched');
    return withInside;
  }

  it('runs with Workspace Trust on and this folder untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('does not read an absolute referenceFiles entry outside the workspace', async () => {
    const expected = expectedWithoutOutside(DRAFT, outside);
    await withSetting('referenceFiles', [outside], async () => {
      const doc = (await openUntitled(DRAFT)).document;
      await waitForEngineResult(doc.uri, DRAFT, expected, 'the findings with the workspace references only');
      const s = await status();
      assert.ok(s.tooltip.includes(`Reference "${outside}" is outside the workspace and the workspace is not trusted; it was not read.`), s.tooltip);
    });
  });

  it('does not read a front-matter reference that climbs out of the workspace', async () => {
    const doc = (await openDraft('drafts/front-matter.md')).document;
    const text = doc.getText();
    const expected = expectedWithoutOutside(text, '../../outside.ref.md');
    await waitForEngineResult(doc.uri, text, expected, 'the findings with the workspace references only');
    const s = await status();
    assert.ok(s.tooltip.includes('Reference "../../outside.ref.md" is outside the workspace and the workspace is not trusted; it was not read.'), s.tooltip);
  });
});
