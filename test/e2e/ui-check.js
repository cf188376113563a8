'use strict';
// The real workbench with the packaged extension installed, as a Chinese report writer with an English VS Code
// meets it: Chinese messages and rule names in the Problems panel, the status bar's 字数 and the statistics it
// opens, the outline, a hover, a rule's link opening the rendered doc; then a folder opened in Restricted Mode.
// Screenshots go to .test-artifacts/screenshots/.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const ui = require('./harness/ui');

const DRAFT = 'zh-work-plan.txt';
const README_DRAFT = '年度工作总结.report';
const RESTRICTED_DRAFT = 'restricted.report';
const WORD_DOCUMENT = '工作总结.docx';
// From test/e2e/ui-drafts/ (its README says what each holds).
const NAVIGATION_DRAFT = '导航.report';
const RENUMBER_DRAFT = '重编号.report';
const LINK_BAR_DRAFT = 'link-bar.md';
const STATUS_ITEM = '[id="report-lint.report-lint.reportLint.status"]';

/** Collapses the Explorer's folder section so the Outline view gets the height. */
async function collapseFolderSection(page) {
  // The first section header of the Explorer is the workspace folder's.
  const header = page.locator('.explorer-viewlet .pane-header').first();
  if ((await header.getAttribute('aria-expanded', { timeout: 5000 })) === 'true') await header.click();
}

/** A Chinese draft on an English UI: Chinese messages, each with the rule's Chinese name beside its id. */
async function checkProblems(page, shots, screenshots) {
  await ui.openFile(page, DRAFT);
  await ui.waitForSquiggles(page, { kind: 'warning', min: 1 });
  await ui.waitForSquiggles(page, { kind: 'error', min: 1 });
  // The workbench speaks English (its own labels), the findings Chinese.
  assert.match(await ui.problemsStatus(page), /Errors: 1, Warnings: 5/);
  const texts = (await ui.problemsRows(page)).map((r) => r.text).join('\n');
  assert.match(await page.locator('.part.panel .composite-bar').first().innerText(), /PROBLEMS/i);
  assert.match(texts, /补上引号中缺失的内容：“” report-lint · 空引号空括号\s*\(?empty-pair/, texts);
  assert.match(texts, /删除从“时间:2022-03-30 10:44:00”起的2行网页残留 report-lint · 网页残留\s*\(?page-furniture/, texts);
  assert.match(texts, /“年”前似乎缺少年份 ?：“年,区教育局” report-lint · 数字缺失\s*\(?missing-value/, texts);
  shots.push(await ui.screenshot(page, screenshots, 'problems'));
}

/** The status bar counts 字数, sections and problems; clicking it lists the count of each section. */
async function checkStatusBar(page, shots, screenshots) {
  const item = page.locator(STATUS_ITEM);
  await item.waitFor({ timeout: 15000 });
  const text = (await item.innerText()).trim();
  assert.match(text, /^[\d,]+字 · \d+节 · 6个问题$/, text);
  await item.click();
  const title = page.locator('.quick-input-widget .quick-input-title');
  await title.waitFor({ timeout: 15000 });
  assert.match(await title.innerText(), /^Report Lint：文稿统计（全文[\d,]+字）$/);
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor({ timeout: 15000 });
  const first = (await rows.first().innerText()).replace(/\s+/g, ' ');
  assert.match(first, /^一、围绕三个聚焦.*\D[\d,]+字$/, first);
  shots.push(await ui.screenshot(page, screenshots, 'statistics'));
  await page.keyboard.press('Escape');
  return text;
}

async function checkOutlineAndHover(page, shots, screenshots) {
  const outline = await ui.outlineRows(page);
  const parent = outline.find((r) => r.text.startsWith('一、围绕三个聚焦'));
  const child = outline.find((r) => r.text.startsWith('1、准确把握'));
  assert.ok(child && parent && child.level === parent.level + 1, `1、 nested under 一、: ${JSON.stringify(outline.slice(0, 4))}`);
  shots.push(await ui.screenshot(page, screenshots, 'outline'));
  const hover = await ui.hoverSquiggle(page, { kind: 'error' });
  assert.match(hover, /补上引号中缺失的内容/, hover);
  assert.match(hover, /report-lint · 空引号空括号/, hover);
  assert.match(hover, /empty-pair/, hover);
  shots.push(await ui.screenshot(page, screenshots, 'hover'));
  await page.mouse.move(0, 0);
}

/** The rule's link in the Problems panel opens its page rendered (in Chinese), and the page is not linted. */
async function checkRuleDocLink(page, shots, screenshots) {
  await ui.problemsRows(page);
  const link = page.locator('.markers-panel .monaco-list-row .monaco-link', { hasText: 'empty-pair' }).first();
  // Its tooltip is where the doc is, not a command: address with encoded arguments.
  await link.hover();
  const tooltip = (await page.locator('.workbench-hover').first().innerText({ timeout: 15000 })).trim();
  assert.match(tooltip, /^[\w-]+:\/\/.*\/report-lint\.report-lint-[^/]+\/docs\/rules\/empty-pair\.zh-cn\.md$/, tooltip);
  shots.push(await ui.screenshot(page, screenshots, 'rule-link-tooltip'));
  await link.click();
  await page.locator('.tabs-container .tab.active[aria-label^="empty-pair.zh-cn.md"]').waitFor({ timeout: 30000 });
  const body = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('body');
  await body.getByText('不报什么').first().waitFor({ timeout: 30000 });
  assert.match(await body.innerText(), /空引号空括号 empty-pair/);
  assert.match(await ui.problemsStatus(page), /Errors: 1, Warnings: 5/, 'the doc added no problems');
  shots.push(await ui.screenshot(page, screenshots, 'rule-doc'));
  await page.locator('.tabs-container .tab', { hasText: DRAFT }).click();
}

/**
 * A Word document opened in a tab: VS Code shows its binary page, Report Lint offers to check it in a plain message
 * whose one button is "Check Word document" (no progress bar, no "Cancel"). Its button opens the text with its
 * findings, and the message is gone.
 */
async function checkWordDocument(page, shots, screenshots) {
  await ui.runCommand(page, 'View: Close All Editors');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15000 });
  await input.fill(WORD_DOCUMENT);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: WORD_DOCUMENT }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  const offer = page.locator('.notifications-toasts .notification-toast', { hasText: `Report Lint can check the text of ${WORD_DOCUMENT}` });
  await offer.waitFor({ timeout: 15000 });
  const button = offer.locator('.monaco-button', { hasText: 'Check Word document' });
  await button.waitFor({ state: 'visible', timeout: 15000 });
  await page.waitForTimeout(500); // the toast's fade-in, for the picture
  assert.equal(await offer.locator('.monaco-progress-container.active').count(), 0, 'the offer shows no progress bar');
  const buttons = await offer.locator('.monaco-button').allInnerTexts();
  assert.deepEqual(buttons.map((b) => b.trim()).filter(Boolean), ['Check Word document'], `the offer's buttons: ${buttons}`);
  shots.push(await ui.screenshot(page, screenshots, 'word-offer'));
  await button.click();
  await page.locator(`.tabs-container .tab.active[aria-label^="${WORD_DOCUMENT}.report"]`).waitFor({ timeout: 30000 });
  await ui.waitForSquiggles(page, { kind: 'error', min: 1 });
  await offer.waitFor({ state: 'detached', timeout: 10000 });
  shots.push(await ui.screenshot(page, screenshots, 'word-checked'));
}

/** The example draft, with the outline given room: the picture in the README. */
async function readmePicture(page, shots, screenshots) {
  await ui.runCommand(page, 'View: Close All Editors');
  await ui.openFile(page, README_DRAFT);
  await ui.waitForSquiggles(page, { kind: 'error', min: 5 });
  await collapseFolderSection(page);
  const rows = await ui.outlineRows(page);
  assert.ok(rows.some((r) => r.text.startsWith('（一）基础教育质量稳步提升') && r.level === 2), JSON.stringify(rows.slice(0, 5)));
  await ui.problemsRows(page);
  await page.locator(STATUS_ITEM).waitFor({ timeout: 15000 });
  shots.push(await ui.screenshot(page, screenshots, 'readme'));
}

/** The extension's details page (its README) shows the pictures: its webview takes data: images, not relative ones. */
async function checkDetailsPage(page, shots, screenshots) {
  await page.keyboard.press('Control+Shift+X');
  const search = page.locator('.extensions-viewlet .suggest-input-container textarea, .sidebar textarea.inputarea').first();
  await search.waitFor({ timeout: 15000 });
  await search.focus();
  await page.keyboard.type('@installed');
  await page.locator('.sidebar .monaco-list-row', { hasText: 'Report Lint' }).first().click({ timeout: 15000 });
  // The only webview open: the rule doc's preview was closed with every editor before the README picture.
  const pictures = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('img');
  await pictures.nth(3).waitFor({ timeout: 15000 });
  // data: images decode after they are in the page: wait for every one, rather than read them once.
  let shown = [];
  for (const end = Date.now() + 15000; Date.now() < end; await page.waitForTimeout(250)) {
    shown = await pictures.evaluateAll((images) => images.map((i) => i.complete && i.naturalWidth > 0));
    if (shown.every(Boolean)) break;
  }
  assert.ok(shown.length >= 4 && shown.every(Boolean), `the README's pictures shown: ${shown}`);
  await pictures.first().scrollIntoViewIfNeeded();
  shots.push(await ui.screenshot(page, screenshots, 'details'));
}

/** 1-based line and column of the first `text` on a line holding `onLine` (default: the text itself), in UTF-16 units. */
function placeOf(workspace, file, text, onLine = text) {
  const lines = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(onLine));
  assert.ok(line >= 0, `${onLine} in ${file}`);
  return { line: line + 1, column: lines[line].indexOf(text) + 1 };
}

/** Ctrl+S, then the file's lines once the save has reached the disk (the tab's dirty mark is not a sure sign). */
async function savedLines(page, workspace, file) {
  const before = fs.readFileSync(path.join(workspace, file), 'utf8');
  await page.keyboard.press('Control+S');
  let text = before;
  for (const end = Date.now() + 15000; text === before && Date.now() < end; await page.waitForTimeout(100)) {
    text = fs.readFileSync(path.join(workspace, file), 'utf8');
  }
  return text.split('\n');
}

/**
 * Section references as a writer uses them: F12 on 第三部分 goes to the heading 三、; Ctrl+hover underlines the
 * reference itself, not the run of Chinese text around it; Shift+F12 on the heading lists the references naming it.
 */
async function checkNavigation(page, workspace, shots, screenshots) {
  // The Extensions view of the step before can leave its hover card over the editor: show the Explorer instead.
  await page.mouse.move(0, 0);
  await ui.runCommand(page, 'View: Show Explorer');
  await ui.runCommand(page, 'View: Close All Editors');
  await ui.openFile(page, NAVIGATION_DRAFT);
  await page.locator(STATUS_ITEM, { hasText: '5节' }).waitFor({ timeout: 15000 }); // the server has the draft
  const reference = placeOf(workspace, NAVIGATION_DRAFT, '第三部分', '具体举措见第三部分');
  const heading = placeOf(workspace, NAVIGATION_DRAFT, '三、下一步工作');
  await ui.goToPosition(page, reference.line, reference.column + 1);
  await page.keyboard.press('F12');
  await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${heading.line}, Col 1` }).waitFor({ timeout: 15000 });

  await ui.goToPosition(page, reference.line, reference.column + 1);
  const cursor = await page.locator('.monaco-editor.focused .cursor').first().boundingBox();
  await page.keyboard.down('Control');
  try {
    // Two moves: the editor takes the first as where the mouse is, the second as a move with Ctrl held.
    await page.mouse.move(cursor.x + 4, cursor.y + cursor.height / 2);
    await page.mouse.move(cursor.x + 8, cursor.y + cursor.height / 2);
    const link = page.locator('.goto-definition-link');
    await link.first().waitFor({ timeout: 15000 });
    assert.equal((await link.allInnerTexts()).join(''), '第三部分', 'Ctrl+hover underlines just the reference');
    shots.push(await ui.screenshot(page, screenshots, 'go-to-definition'));
  } finally {
    await page.keyboard.up('Control');
    await page.mouse.move(0, 0);
  }

  await ui.goToPosition(page, heading.line, heading.column + 1);
  await page.keyboard.press('Shift+F12');
  const rows = page.locator('.peekview-widget .monaco-list-row');
  await rows.nth(2).waitFor({ timeout: 15000 });
  const listed = (await rows.allInnerTexts()).map((r) => r.trim());
  assert.equal(listed.length, 3, `the heading and the two references naming it: ${JSON.stringify(listed)}`);
  assert.ok(listed.some((r) => r.includes('具体举措见第三部分')) && listed.some((r) => r.includes('具体见第三部分和附件2')), JSON.stringify(listed));
  shots.push(await ui.screenshot(page, screenshots, 'references'));
  await page.keyboard.press('Escape');
}

/** “Renumber sections” closes the gaps and rewrites every reference to a renumbered section, in one undoable edit. */
async function checkRenumber(page, workspace, shots, screenshots) {
  await ui.runCommand(page, 'View: Close All Editors');
  await ui.openFile(page, RENUMBER_DRAFT);
  await ui.waitForSquiggles(page, { kind: 'error', min: 3 });
  await ui.runCommand(page, 'Report Lint: Renumber sections');
  await page.locator('.statusbar', { hasText: 'Report Lint：已调整7处编号，并相应更新4处引用。' }).waitFor({ timeout: 15000 });
  // The picture is of the result: the edit's findings gone from the editor, the Problems panel and the outline.
  await page.waitForFunction(() => document.querySelectorAll('.squiggly-error').length === 0, null, { timeout: 15000 });
  await page.locator(STATUS_ITEM, { hasText: '无问题' }).waitFor({ timeout: 15000 });
  await page.waitForTimeout(1000);
  shots.push(await ui.screenshot(page, screenshots, 'renumbered'));
  const lines = await savedLines(page, workspace, RENUMBER_DRAFT);
  assert.equal(lines[3], '　　本年度主要工作见（三）和第5部分，详见“2.”和“四、”。');
  assert.deepEqual(lines.filter((l) => /^(\S、|（\S）|\d\.)/.test(l)).map((l) => l.replace(/^(\S、|（\S）|\d\.).*/, '$1')),
    ['一、', '二、', '（一）', '（二）', '（三）', '三、', '1.', '2.', '3.', '四、', '五、', '六、']);
}

/** A link bar copied in after a paragraph: its quick fix, the first offered, deletes it and the space before it. */
async function checkLinkBarFix(page, workspace, shots, screenshots) {
  await ui.runCommand(page, 'View: Close All Editors');
  await ui.openFile(page, LINK_BAR_DRAFT);
  await ui.waitForSquiggles(page, { kind: 'warning', min: 1 });
  const bar = placeOf(workspace, LINK_BAR_DRAFT, 'Share this page');
  await ui.goToPosition(page, bar.line, bar.column + 1);
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Delete the web-page residue' }).waitFor({ timeout: 15000 });
  shots.push(await ui.screenshot(page, screenshots, 'link-bar-fix'));
  await page.keyboard.press('Enter');
  // The fix is in the text before it is saved (saved at once, the file could still hold the bar).
  await page.locator('.editor-instance .view-lines', { hasText: 'Back to top' }).waitFor({ state: 'detached', timeout: 15000 });
  const line = (await savedLines(page, workspace, LINK_BAR_DRAFT))[bar.line - 1];
  assert.equal(line, 'We expect growth to continue next quarter as the new sites open, in line with our plans.');
}

/**
 * A folder the writer does not trust: the draft is still a Report Draft, checked, with no box around every
 * Chinese character; the folder's extra placeholder pattern is not used, and a notice says so.
 */
async function checkRestrictedMode({ tools, vsix, folder, screenshots, shots, log }) {
  const wb = await ui.openWorkbench({ tools, folder, vsix, workspaceTrust: true, settings: { 'workbench.startupEditor': 'none' }, log });
  try {
    const { page } = wb;
    assert.match(await page.locator('[id="status.workspaceTrust"]').innerText({ timeout: 15000 }), /Restricted Mode/);
    await ui.openFile(page, RESTRICTED_DRAFT);
    await ui.waitForSquiggles(page, { kind: 'error', min: 3 });
    assert.match(await page.locator('[id="status.editor.mode"]').innerText(), /Report Draft/);
    await page.locator('.notifications-toasts').getByText(/Restricted Mode, so its extra placeholder patterns/).waitFor({ timeout: 15000 });
    const status = await ui.problemsStatus(page);
    assert.match(status, /^Errors: 3(, Warnings: 0)?$/, `the workspace’s extra pattern (甲单位) is not used: ${status}`);
    // Nor around the two full-width spaces (U+3000) that indent a Chinese paragraph.
    assert.equal(await page.locator('.editor-instance .unicode-highlight').count(), 0, 'no box around Chinese text or its indentation');
    await page.locator(STATUS_ITEM).waitFor({ timeout: 15000 });
    shots.push(await ui.screenshot(page, screenshots, 'restricted'));
  } catch (error) {
    shots.push(await ui.screenshot(wb.page, screenshots, 'restricted-failure').catch(() => 'no screenshot'));
    throw error;
  } finally {
    await wb.close();
  }
}

async function runUiCheck({ tools, vsix, workspace, restrictedWorkspace, screenshots, log = (l) => console.log(`[ui] ${l}`) }) {
  const started = Date.now();
  const shots = [];
  // No reportLint.locale: `auto` follows the draft, whatever the (English) UI.
  const wb = await ui.openWorkbench({ tools, folder: workspace, vsix, settings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' }, log });
  try {
    const { page } = wb;
    const step = (name) => log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    await checkProblems(page, shots, screenshots);
    step('Chinese messages on an English UI');
    step(`status bar ${await checkStatusBar(page, shots, screenshots)} and statistics`);
    await checkOutlineAndHover(page, shots, screenshots);
    step('outline and hover');
    await checkRuleDocLink(page, shots, screenshots);
    step('rule doc opened rendered');
    await checkWordDocument(page, shots, screenshots);
    step('Word document checked, its offer gone');
    await readmePicture(page, shots, screenshots);
    step('README picture');
    await checkDetailsPage(page, shots, screenshots);
    step('details page with its pictures');
    await checkNavigation(page, workspace, shots, screenshots);
    step('F12, Ctrl+hover and Shift+F12 on section references');
    await checkRenumber(page, workspace, shots, screenshots);
    step('renumbered, every reference rewritten');
    await checkLinkBarFix(page, workspace, shots, screenshots);
    step('link bar deleted by its quick fix');
  } catch (error) {
    shots.push(await ui.screenshot(wb.page, screenshots, 'failure').catch(() => 'no screenshot'));
    console.error(`[ui] failed: ${error.message}`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return false;
  } finally {
    await wb.close();
  }
  try {
    await checkRestrictedMode({ tools, vsix, folder: restrictedWorkspace, screenshots, shots, log });
  } catch (error) {
    console.error(`[ui] Restricted Mode failed: ${error.message}`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return false;
  }
  log(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const s of shots) console.log(`screenshot: ${s}`);
  return true;
}

module.exports = { runUiCheck };
