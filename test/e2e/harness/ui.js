'use strict';
// Helpers for looking at the real workbench UI: install a .vsix into a fresh
// code-server, open a folder in headless Chromium, then read what a person sees.
// Selectors are VS Code 1.100's DOM; assertions belong to the caller.
const fs = require('node:fs');
const path = require('node:path');
const { findTools } = require('./provisioning');
const { startCodeServer } = require('./code-server');
const { launchBrowser } = require('./browser');

/**
 * Fresh code-server with the given .vsix files installed, the workbench open on `folder`.
 * @returns {Promise<{page, cs, close: () => Promise<void>}>}
 */
async function openWorkbench({ folder, vsix = [], env = {}, settings = {}, tools = findTools(),
  timeoutMs = 60000, workspaceTrust = false, log = () => {} }) {
  if (!tools) throw new Error('e2e tools not provisioned (run .ci/provision-e2e.sh)');
  const cs = await startCodeServer({ tools, env, settings, workspaceTrust, extensions: [].concat(vsix), log });
  let browser;
  try {
    browser = await launchBrowser(tools);
    const { page } = browser;
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(path.resolve(folder))}`);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: timeoutMs });
    // The explorer shows the folder once the remote connection is up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeoutMs });
    log('workbench ready');
    return {
      page, cs,
      async close() { await browser.close(); await cs.stop(); },
    };
  } catch (err) {
    if (browser) await browser.close();
    await cs.stop();
    throw err;
  }
}

/** Ctrl+P, type the workspace-relative name, Enter; resolves when its tab is active. */
async function openFile(page, relPath, { timeoutMs = 30000 } = {}) {
  const base = path.basename(relPath);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: timeoutMs });
  await input.fill(relPath);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${base}"]`).waitFor({ timeout: timeoutMs });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: timeoutMs });
}

/** Counts of squiggles rendered in the visible editor(s). */
async function squiggleCounts(page) {
  return page.evaluate(() => ({
    error: document.querySelectorAll('.squiggly-error').length,
    warning: document.querySelectorAll('.squiggly-warning').length,
    info: document.querySelectorAll('.squiggly-info').length,
    hint: document.querySelectorAll('.squiggly-hint').length,
  }));
}

/** Waits until at least `min` squiggles of `kind` ('error' | 'warning' | ...) are rendered. */
async function waitForSquiggles(page, { kind = 'error', min = 1, timeoutMs = 30000 } = {}) {
  await page.waitForFunction(([k, n]) => document.querySelectorAll(`.squiggly-${k}`).length >= n,
    [kind, min], { timeout: timeoutMs });
  return squiggleCounts(page);
}

/** The status bar problems item's aria-label, e.g. "Errors: 1, Warnings: 0". */
async function problemsStatus(page) {
  return page.locator('[id="status.problems"]').first().getAttribute('aria-label');
}

async function rowsOf(page, rowSelector) {
  return page.locator(rowSelector).evaluateAll((rows) => rows.map((r) => ({
    ariaLabel: r.getAttribute('aria-label'),
    text: r.innerText.replace(/\s+/g, ' ').trim(),
    level: Number(r.getAttribute('aria-level')) || null,
  })));
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns its rows (files and markers). */
async function problemsRows(page, { timeoutMs = 15000 } = {}) {
  await page.keyboard.press('Control+Shift+M');
  const rows = '.markers-panel .monaco-list-row';
  await page.locator(rows).first().waitFor({ timeout: timeoutMs }).catch(() => {}); // may be empty
  return rowsOf(page, rows);
}

/** Runs a command through the palette (F1) by its label, e.g. "Explorer: Focus on Outline View". */
async function runCommand(page, label, { timeoutMs = 15000 } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: timeoutMs });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
}

/** Focuses the Outline view and returns its rows (level = nesting depth). */
async function outlineRows(page, { timeoutMs = 15000 } = {}) {
  await runCommand(page, 'Explorer: Focus on Outline View', { timeoutMs });
  const rows = '.outline-pane .monaco-list-row';
  await page.locator(rows).first().waitFor({ timeout: timeoutMs }).catch(() => {}); // may be empty
  return rowsOf(page, rows);
}

/** Moves the mouse onto the index-th squiggle of `kind` and returns the hover's text. */
async function hoverSquiggle(page, { kind = 'error', index = 0, timeoutMs = 15000 } = {}) {
  const box = await page.locator(`.squiggly-${kind}`).nth(index).boundingBox();
  if (!box) throw new Error(`no visible .squiggly-${kind} #${index}`);
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ timeout: timeoutMs });
  // Let the fade-in finish so a screenshot taken next shows an opaque hover.
  await page.waitForFunction(() => document.querySelector('.monaco-hover:not(.hidden)')
    .getAnimations({ subtree: true }).every((a) => a.playState === 'finished'), null, { timeout: timeoutMs });
  return (await hover.innerText()).trim();
}

/** Ctrl+G to a 1-based line and column (UTF-16 units, as VS Code counts); resolves when the status bar shows it. */
async function goToPosition(page, line, column, { timeoutMs = 15000 } = {}) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: timeoutMs });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: timeoutMs });
}

/** The cursor's place in the status bar, e.g. "Ln 4, Col 35". */
async function cursorPosition(page) {
  return (await page.locator('[id="status.editor.selection"]').innerText()).trim();
}

/** Saves a full-window PNG as dir/name.png and returns its path. */
async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

module.exports = {
  openWorkbench, openFile, squiggleCounts, waitForSquiggles, problemsStatus,
  problemsRows, runCommand, outlineRows, hoverSquiggle, screenshot, goToPosition, cursorPosition,
};
