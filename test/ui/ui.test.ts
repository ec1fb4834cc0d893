// Browser UI test on the offline VS Code host: what a reporter sees. Opens the draft in
// test/ui/workspace (copied to a temporary folder), checks the Problems panel, hovers the flagged
// figure for the reference fact, applies a quick fix from the light bulb and checks the text.
// Last, it cancels "Check All Drafts" with the notification's Cancel button.
// Screenshots go to test-results/ui/ (git-ignored). UPDATE_DOCS_SCREENSHOT=1 also refreshes
// docs/images/screenshot.png for the README.
// Run: npm run test:ui (after npm run compile).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { CodeServer, copyDir, ensureHostInstalled, launchChromium, openWorkbench, REPO_ROOT, workbenchUrl } from '../host/codeServerHost';
import {
  chooseQuickFix,
  editorText,
  hoverText,
  openFile,
  openQuickFixMenu,
  placeCursorOn,
  problemRows,
  quickFixLabels,
  runCommand,
  settleAnimations,
  TIMEOUT,
  waitForWorkbench,
  waitUntil,
} from './workbench';

const DRAFT = 'harbour-draft.md';
/** The draft's figure that differs from the reference (1,400 jobs vs 1,200 jobs). */
const FLAGGED_FIGURE = '1,400';
const REFERENCE_FIGURE = /1,200/;
/** Who the reference article attributes that figure to. */
const REFERENCE_SOURCE = 'the Port Authority';
const RESULTS = path.join(REPO_ROOT, 'test-results', 'ui');
/** Drafts written for the cancellation test. */
const MANY_DRAFTS = 300;
const DOCS_SCREENSHOT = path.join(REPO_ROOT, 'docs', 'images', 'screenshot.png');

const UI_SETTINGS = {
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
  'editor.lightbulb.enabled': 'on',
  'breadcrumbs.enabled': false,
  'workbench.editor.enablePreview': false,
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
  'files.autoSave': 'off',
  // No fade-in: screenshots catch hovers and menus fully drawn.
  'workbench.reduceMotion': 'on',
};

/** The extension's output channel as the server wrote it to its log folder (empty if not yet there). */
function extensionLog(serverTmp: string): string {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/Attribution Review\.log$/.test(e.name)) found.push(p);
    }
  };
  walk(path.join(serverTmp, 'data', 'logs'));
  return found.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

describe('UI: a reporter reviews a draft in the VS Code workbench', function () {
  this.timeout(120_000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const hostLog: string[] = [];

  async function shot(name: string): Promise<string> {
    const file = path.join(RESULTS, `${name}.png`);
    await settleAnimations(page);
    await page.screenshot({ path: file });
    return file;
  }

  before(async function () {
    this.timeout(300_000);
    fs.rmSync(RESULTS, { recursive: true, force: true });
    fs.mkdirSync(RESULTS, { recursive: true });
    const codeServerDir = ensureHostInstalled();
    server = await CodeServer.start(codeServerDir, { settings: UI_SETTINGS });
    const workspace = path.join(server.tmp, 'workspace');
    copyDir(path.join(REPO_ROOT, 'test', 'ui', 'workspace'), workspace);
    browser = await launchChromium(server.tmp);
    const url = workbenchUrl(server, { folder: workspace });
    page = await openWorkbench(browser, url, (level, text) => hostLog.push(`[${level}] ${text}`), () => undefined);
    await waitForWorkbench(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const file = await shot(`failed-${(this.currentTest.title ?? 'test').replace(/\W+/g, '-')}`).catch(() => '');
      console.log(`    screenshot: ${file}`);
      console.log(`    extension host console (last 20):\n${hostLog.slice(-20).map((l) => `      ${l}`).join('\n')}`);
      if (server) console.log(`    server log tail:\n${server.tail(30)}`);
    }
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('lists the draft\'s findings in the Problems panel', async () => {
    await openFile(page, DRAFT);
    const rows = await problemRows(page, 2);
    const ours = rows.filter((r) => /attribution-review/i.test(r));
    assert.ok(ours.length >= 2, `expected at least 2 attribution-review problems, got:\n${rows.join('\n')}`);
    // The flagged figure is listed at its own position (line 5, character 35 of the draft) ...
    assert.ok(
      ours.some((r) => r.includes(FLAGGED_FIGURE) && /at line 5 and character 35\b/.test(r)),
      `no problem for ${FLAGGED_FIGURE} at 5:35:\n${ours.join('\n')}`,
    );
    // ... and its related information (the reference fact) is listed under it, in the reference file.
    assert.ok(
      rows.some((r) => /at line 5 and character \d+ in harbour-council\.ref\.md$/.test(r)),
      `no related reference fact row:\n${rows.join('\n')}`,
    );
    await shot('1-problems');
  });

  it('shows the reference fact when hovering the flagged figure', async () => {
    const hover = await hoverText(page, FLAGGED_FIGURE, REFERENCE_FIGURE);
    const text = await hover.innerText();
    assert.match(text, REFERENCE_FIGURE);
    assert.ok(text.includes(REFERENCE_SOURCE), `the hover does not name ${REFERENCE_SOURCE}:\n${text}`);
    assert.match(text, /harbour-council\.ref\.md/, 'the hover does not point at the reference file');
    const file = await shot('2-hover');
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
      fs.copyFileSync(file, DOCS_SCREENSHOT);
    }
    await page.keyboard.press('Escape');
  });

  it('applies a quick fix chosen from the light bulb and the text changes', async () => {
    const before = await editorText(page);
    await placeCursorOn(page, FLAGGED_FIGURE);
    const how = await openQuickFixMenu(page);
    const labels = await quickFixLabels(page);
    console.log(`      (menu opened with ${how}: ${labels.join(' | ')})`);
    await shot('3-quick-fix-menu');
    // The sentence has no source and the wrong figure: the attribution comes with the reference figure.
    const wanted = labels.find((l) => l.startsWith(`Use 1,200 and attribute to ${REFERENCE_SOURCE}`));
    assert.ok(wanted, `no "Use 1,200 and attribute to ${REFERENCE_SOURCE}" entry in the menu opened by ${how}: ${JSON.stringify(labels)}`);
    assert.ok(!labels.some((l) => l.startsWith('Attribute to')), `an attribution fix that keeps the wrong figure: ${JSON.stringify(labels)}`);
    await chooseQuickFix(page, wanted);
    await waitUntil(async () => (await editorText(page)) !== before, 10_000, 'the quick fix to change the text');
    const after = await editorText(page);
    // Only the flagged sentence's line changes, and it now names the source with the reference figure.
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    assert.strictEqual(afterLines.length, beforeLines.length, `line count changed:\n${after}`);
    const changed = afterLines.map((l, i) => (l === beforeLines[i] ? -1 : i)).filter((i) => i >= 0);
    assert.strictEqual(changed.length, 1, `expected one changed line, got ${changed.length}:\n${after}`);
    const line = afterLines[changed[0]];
    assert.match(line, new RegExp(`according to ${REFERENCE_SOURCE}`, 'i'));
    assert.match(line, REFERENCE_FIGURE);
    assert.ok(!line.includes(FLAGGED_FIGURE), `the wrong figure stayed: ${line}`);
    await shot('4-after-fix');
  });
  it('cancels "Check All Drafts in Workspace" from its progress notification', async () => {
    // Enough drafts that checking them all takes many seconds, so the click lands mid-way.
    const many = path.join(server!.tmp, 'workspace', 'many');
    fs.mkdirSync(many, { recursive: true });
    const body = fs.readFileSync(path.join(REPO_ROOT, 'test', 'ui', 'workspace', DRAFT), 'utf8').repeat(12);
    for (let i = 0; i < MANY_DRAFTS; i++) fs.writeFileSync(path.join(many, `draft-${String(i).padStart(3, '0')}.md`), body);
    await runCommand(page, 'Attribution Review: Check All Drafts in Workspace');
    const toast = page.locator('.notification-toast', { hasText: 'checking drafts' });
    await toast.waitFor({ state: 'visible', timeout: TIMEOUT.ui });
    await shot('5-check-all-progress');
    const clicked = Date.now();
    await toast.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await toast.waitFor({ state: 'hidden', timeout: TIMEOUT.ui });
    // The extension's log says how many drafts were checked, and that the run was cancelled.
    let line = '';
    await waitUntil(
      async () => {
        line = extensionLog(server!.tmp).split('\n').find((l) => /Checked \d+ drafts in the workspace/.test(l)) ?? '';
        return line !== '';
      },
      TIMEOUT.ui,
      'the check summary in the extension log',
    );
    const checked = Number(/Checked (\d+) drafts/.exec(line)![1]);
    console.log(`      (${line.trim()}; ${Date.now() - clicked} ms after the click)`);
    assert.match(line, /\(cancelled\)/);
    assert.ok(checked < MANY_DRAFTS, `all ${checked} drafts were checked: the run was not cut short`);
  });
});
