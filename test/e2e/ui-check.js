'use strict';
// The real workbench with the packaged extension installed: a corpus draft shows squiggles, the status-bar
// count, Problems rows, Outline entries and a hover. Screenshots go to .test-artifacts/screenshots/.
const assert = require('node:assert/strict');
const ui = require('./harness/ui');

const DRAFT = 'zh-work-plan.txt';
const README_DRAFT = '年度工作总结.report';

/** Collapses the Explorer's folder section so the Outline view gets the height. */
async function collapseFolderSection(page) {
  // The first section header of the Explorer is the workspace folder's.
  const header = page.locator('.explorer-viewlet .pane-header').first();
  if ((await header.getAttribute('aria-expanded', { timeout: 5000 })) === 'true') await header.click();
}

async function runUiCheck({ tools, vsix, workspace, screenshots, log = (l) => console.log(`[ui] ${l}`) }) {
  const started = Date.now();
  const wb = await ui.openWorkbench({
    tools,
    folder: workspace,
    vsix,
    // Chinese messages, as a writer of these drafts would see them.
    settings: { 'reportLint.locale': 'zh-cn', 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
    log,
  });
  const shots = [];
  try {
    const { page } = wb;
    await ui.openFile(page, DRAFT);
    const squiggles = await ui.waitForSquiggles(page, { kind: 'warning', min: 1 });
    await ui.waitForSquiggles(page, { kind: 'error', min: 1 });
    log(`squiggles ${JSON.stringify(squiggles)}`);

    const status = await ui.problemsStatus(page);
    assert.match(status, /Errors: 1, Warnings: 4/, `status bar: ${status}`);

    const problems = await ui.problemsRows(page);
    const texts = problems.map((r) => r.text).join('\n');
    assert.match(texts, /空的引号 “” ：其中的内容缺失/, texts);
    assert.match(texts, /report-lint\(empty-pair\)|empty-pair/, texts);
    assert.match(texts, /“年”前似乎缺少年份|“年”前缺少年份/, texts);
    assert.match(texts, /missing-value/, texts);
    assert.match(texts, /网页残留：“导语:教育局学习工作计划/, texts);
    assert.match(texts, /page-furniture/, texts);
    shots.push(await ui.screenshot(page, screenshots, 'problems'));

    const outline = await ui.outlineRows(page);
    const names = outline.map((r) => r.text);
    assert.ok(names.some((n) => n.startsWith('一、围绕三个聚焦')), names.join('\n'));
    const child = outline.find((r) => r.text.startsWith('1、准确把握教育工作新定位') || r.text.startsWith('1、准确把握'));
    const parent = outline.find((r) => r.text.startsWith('一、围绕三个聚焦'));
    assert.ok(child && parent && child.level === parent.level + 1, `1、 nested under 一、: ${JSON.stringify(outline.slice(0, 4))}`);
    shots.push(await ui.screenshot(page, screenshots, 'outline'));

    const hover = await ui.hoverSquiggle(page, { kind: 'error' });
    assert.match(hover, /空的引号/, hover);
    assert.match(hover, /empty-pair/, hover);
    shots.push(await ui.screenshot(page, screenshots, 'hover'));

    // The example draft, with the outline given room: the picture in the README.
    await page.mouse.move(0, 0);
    await ui.openFile(page, README_DRAFT);
    await ui.waitForSquiggles(page, { kind: 'error', min: 5 });
    await collapseFolderSection(page);
    const rows = await ui.outlineRows(page);
    assert.ok(rows.some((r) => r.text.startsWith('（一）基础教育质量稳步提升') && r.level === 2), JSON.stringify(rows.slice(0, 5)));
    await ui.problemsRows(page);
    shots.push(await ui.screenshot(page, screenshots, 'readme'));

    log(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return true;
  } catch (error) {
    shots.push(await ui.screenshot(wb.page, screenshots, 'failure').catch(() => 'no screenshot'));
    console.error(`[ui] failed: ${error.message}`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return false;
  } finally {
    await wb.close();
  }
}

module.exports = { runUiCheck };
