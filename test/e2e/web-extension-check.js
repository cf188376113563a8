'use strict';
// The extension as vscode.dev, github.dev and code-server's web worker extension host run it: the packaged .vsix
// made web-only (its Node entry `main` removed, so VS Code can start it only from its `browser` entry, in the
// browser), installed into code-server, a Chinese draft opened. The language server runs in a web worker beside
// it; the squiggles, the status-bar count, the Problems rows and the Outline must be those the Node build gives.
// Screenshot: .test-artifacts/screenshots/web-extension.png.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate');
const ui = require('./harness/ui');
const { tempDir } = require('./harness/cleanup');

const DRAFT = 'summary.report';
const WORD = '工作总结.docx';

/** A copy of the .vsix whose manifest has no `main`: VS Code then runs it in the web worker extension host. */
function webOnlyVariant(vsix) {
  const files = unzipSync(new Uint8Array(fs.readFileSync(vsix)));
  const manifest = JSON.parse(strFromU8(files['extension/package.json']));
  assert.ok(manifest.browser, 'the extension has a browser entry');
  delete manifest.main;
  files['extension/package.json'] = strToU8(JSON.stringify(manifest, null, 2));
  const out = path.join(tempDir('rl-web-vsix-').dir, 'report-lint-web.vsix');
  fs.writeFileSync(out, zipSync(files));
  return out;
}

/** A .docx in the browser: its text checked (read through VS Code's file system), its commented copy written. */
async function wordDocument(page, workspace, log) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(WORD);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: WORD }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${WORD}"]`).waitFor();
  // The button VS Code shows in the title bar of a .docx (the extension's editor/title menu).
  await page.locator('.editor-actions .action-label[aria-label^="Check Word document"]').first().click();
  await page.locator(`.tabs-container .tab.active[aria-label^="${WORD}.report"]`).waitFor({ timeout: 30000 });
  await ui.waitForSquiggles(page, { kind: 'error', min: 3, timeoutMs: 30000 });
  // The Word document's diagnostics may reach the Problems panel a moment after its squiggles (the other draft's
  // rows are listed meanwhile): wait for its row rather than read the panel once.
  const expected = /编号跳号：“二、”之后应为“三、”，此处为“四、”/;
  let problems = '';
  for (const deadline = Date.now() + 30000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    problems = (await ui.problemsRows(page)).map((r) => r.text).join('\n');
    if (expected.test(problems)) break;
  }
  assert.match(problems, expected, problems);
  await page.locator('.editor-actions .action-label[aria-label^="Write Word copy with comments"]').first().click();
  const copy = path.join(workspace, WORD.replace(/\.docx$/, '.checked.docx'));
  const deadline = Date.now() + 20000;
  while (!fs.existsSync(copy) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const comments = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(copy)))['word/comments.xml'] || new Uint8Array());
  const count = (comments.match(/<w:comment\b/g) || []).length;
  assert.equal(count, 4, 'one Word comment per finding');
  log(`${WORD}: its text checked in the browser, ${path.basename(copy)} written with ${count} comments`);
}

async function runWebExtensionCheck({ tools, vsix, workspace, screenshots, log = (l) => console.log(`[web extension] ${l}`) }) {
  const started = Date.now();
  const wb = await ui.openWorkbench({
    tools,
    folder: workspace,
    vsix: webOnlyVariant(vsix),
    settings: { 'reportLint.locale': 'zh-cn', 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
    log,
  });
  const shots = [];
  try {
    const { page } = wb;
    await ui.openFile(page, DRAFT);
    const squiggles = await ui.waitForSquiggles(page, { kind: 'error', min: 1, timeoutMs: 60000 });
    await ui.waitForSquiggles(page, { kind: 'warning', min: 1 });
    log(`squiggles ${JSON.stringify(squiggles)}`);
    const status = await ui.problemsStatus(page);
    assert.match(status, /Errors: 3, Warnings: 1/, `status bar: ${status}`);
    const problems = (await ui.problemsRows(page)).map((r) => r.text).join('\n');
    for (const expected of [/编号跳号：“2\.”之后应为“3\.”，此处为“4\.”/, /numbering-sequence/, /未替换的占位符“xx”/, /“覆盖率”是比率，不能超过100%/, /列举序号跳号/]) {
      assert.match(problems, expected, problems);
    }
    const outline = (await ui.outlineRows(page)).map((r) => `${r.level}:${r.text}`);
    assert.ok(outline.some((r) => r.startsWith('1:一、主要工作')) && outline.some((r) => r.startsWith('2:（一）教学改革')), outline.join('\n'));
    await ui.problemsRows(page);
    shots.push(await ui.screenshot(page, screenshots, 'web-extension'));
    await wordDocument(page, workspace, log);
    shots.push(await ui.screenshot(page, screenshots, 'web-extension-docx'));
    log(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return true;
  } catch (error) {
    shots.push(await ui.screenshot(wb.page, screenshots, 'web-extension-failure').catch(() => 'no screenshot'));
    console.error(`[web extension] failed: ${error.stack || error.message}`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return false;
  } finally {
    await wb.close();
  }
}

module.exports = { runWebExtensionCheck, webOnlyVariant };
