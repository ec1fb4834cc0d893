// Drives the VS Code web workbench (served by code-server) through playwright-core, the way a user
// would: keyboard shortcuts, the mouse over editor text, the Problems panel, the code-action menu.
// Selectors are VS Code 1.100's DOM class names.
import { Locator, Page } from 'playwright-core';

export const TIMEOUT = { workbench: 60_000, ui: 20_000 } as const;

/** The editor's text as displayed (Monaco renders spaces as U+00A0). */
export async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: TIMEOUT.workbench });
  // The explorer lists the workspace once the remote file system is connected.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: TIMEOUT.workbench });
}

/** Opens a workspace file through Quick Open and waits for its editor. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT.ui });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT.ui });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label*="${fileName}"]`).waitFor({ timeout: TIMEOUT.ui });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT.ui });
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT.ui });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT.ui });
  await page.keyboard.press('Enter');
}

/** Rows of the Problems panel (opened if needed), as their accessible labels. */
export async function problemRows(page: Page, atLeast: number): Promise<string[]> {
  const rows = page.locator('.markers-panel .monaco-list-row');
  if (!(await page.locator('.markers-panel').isVisible())) await runCommand(page, 'View: Focus Problems');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: TIMEOUT.ui });
  await rows.nth(Math.max(0, atLeast - 1)).waitFor({ timeout: TIMEOUT.workbench });
  const labels: string[] = [];
  for (const row of await rows.all()) labels.push((await row.getAttribute('aria-label')) ?? (await row.innerText()));
  return labels;
}

/**
 * The screen point at the middle of `needle` in the editor. Monaco renders each token as a span
 * (class mtkN) in a monospace font, so the point is the token's box plus the needle's character
 * offset times the character width; no DOM code runs in the page.
 */
export async function pointOfText(page: Page, needle: string): Promise<{ x: number; y: number }> {
  const token = page.locator('.editor-instance .monaco-editor .view-lines .view-line span[class^="mtk"]', { hasText: needle }).first();
  await token.waitFor({ state: 'visible', timeout: TIMEOUT.ui });
  const text = (await token.innerText()).replace(/\u00a0/g, ' ');
  const box = await token.boundingBox();
  const at = text.indexOf(needle);
  if (!box || at < 0 || text.length === 0) throw new Error(`"${needle}" is not visible in the editor`);
  const charWidth = box.width / text.length;
  return { x: box.x + (at + needle.length / 2) * charWidth, y: box.y + box.height / 2 };
}

/** Polls `probe` until it returns true (a condition, not a fixed sleep). */
export async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Hovers the text and returns the hover widget once it shows `expected`. */
export async function hoverText(page: Page, needle: string, expected: string | RegExp): Promise<Locator> {
  const { x, y } = await pointOfText(page, needle);
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
  await hover.waitFor({ state: 'visible', timeout: TIMEOUT.ui });
  return hover;
}

/** Puts the cursor inside the text (a click), so the light bulb and Ctrl+. apply there. */
export async function placeCursorOn(page: Page, needle: string): Promise<void> {
  const { x, y } = await pointOfText(page, needle);
  await page.mouse.click(x, y);
}

/**
 * Opens the quick-fix menu from the light bulb in the editor's gutter when it shows (as a user would
 * click it), otherwise with Ctrl+. (the keyboard route to the same menu). Returns how it opened.
 */
export async function openQuickFixMenu(page: Page): Promise<'light bulb' | 'Ctrl+.'> {
  // The widget is the codicon itself (lightbulb, or lightbulb-autofix when a preferred fix exists).
  const bulb = page.locator('.editor-instance .lightBulbWidget').first();
  let how: 'light bulb' | 'Ctrl+.' = 'Ctrl+.';
  try {
    await bulb.waitFor({ state: 'visible', timeout: 5000 });
    await bulb.click();
    how = 'light bulb';
  } catch {
    await page.keyboard.press('Control+.');
  }
  await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: TIMEOUT.ui });
  return how;
}

/** Labels of the entries of the open code-action menu. */
export async function quickFixLabels(page: Page): Promise<string[]> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const labels: string[] = [];
  for (const row of await rows.all()) labels.push((await row.innerText()).trim());
  return labels;
}

/**
 * Chooses the menu entry whose label contains `label` with the arrow keys and Enter: the menu lays a
 * pointer-blocking layer over itself until the mouse moves, which makes clicks flaky.
 */
export async function chooseQuickFix(page: Page, label: string): Promise<void> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const count = await rows.count();
  for (let i = 0; i <= count; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.action.focused').first().getAttribute('aria-label').catch(() => null);
    if (focused !== null && focused.includes(label)) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: TIMEOUT.ui }).catch(() => undefined);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no quick fix labelled "${label}" in the menu`);
}

/**
 * Waits (at most 2 s) until no CSS animation is running, so a screenshot shows widgets fully drawn
 * rather than mid fade-in. The check is a string because this project compiles without DOM types.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page
    .waitForFunction("document.getAnimations().every((a) => a.playState !== 'running')", undefined, { timeout: 2000 })
    .catch(() => undefined);
}
