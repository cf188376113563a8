'use strict';
// The offline page (dist/web/report-lint.html, built by `npm run web`) in headless Chromium, opened from file://
// as a user would: paste a Chinese draft, read the findings and the marks, jump, fix (and undo), fix all, switch
// the language, drop a Markdown file, open a Word document and download its commented copy, a 120k-character
// draft while typing, a browser that cannot start the worker. No request may leave the page.
// Screenshots go to .test-artifacts/screenshots/page-*.png.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { unzipSync, strFromU8 } = require('fflate');
const { launchBrowser } = require('./harness/browser');
const { tempDir } = require('./harness/cleanup');

const ROOT = path.resolve(__dirname, '../..');
const DRAFT = fs.readFileSync(path.join(__dirname, 'workspace', 'summary.report'), 'utf8');
const WORD = path.join(ROOT, 'test', 'fixtures', 'docx', 'gbt-auto-numbering.docx');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');

/** Waits until the findings are those of the text on screen, and returns them as the page lists them. */
async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.state === 'current', null, { timeout: 20000 });
  return page.evaluate(() => ({
    groups: [...document.querySelectorAll('#findings .rule-group')].map((g) => ({
      rule: g.dataset.rule,
      header: g.querySelector('summary').innerText.replace(/\s+/g, ' ').trim(),
      items: [...g.querySelectorAll('.finding')].map((li) => li.innerText.replace(/\s+/g, ' ').trim()),
    })),
    marks: [...document.querySelectorAll('#backdrop .mark')].map((m) => ({ text: m.textContent, cls: m.className })),
    summary: document.getElementById('summary').textContent,
  }));
}

const selection = (page) => page.$eval('#draft', (t) => t.value.slice(t.selectionStart, t.selectionEnd));
const value = (page) => page.$eval('#draft', (t) => t.value);

async function pasteDraft(page, log) {
  assert.equal(await page.$eval('#summary', (e) => e.textContent), '粘贴文稿后，问题会列在这里。');
  await page.focus('#draft');
  await page.keyboard.insertText(DRAFT);
  const view = await settled(page);
  log(`pasted: ${view.summary}; groups ${view.groups.map((g) => g.rule).join(', ')}`);
  assert.deepEqual(view.groups.map((g) => g.rule), ['numbering-sequence', 'placeholder', 'percent-range', 'enumeration-sequence']);
  assert.match(view.groups[0].header, /编号连续 numbering-sequence 1/);
  assert.match(view.groups[0].items[0], /编号跳号：“2\.”之后应为“3\.”，此处为“4\.” 第15行第1列 修复/);
  assert.equal(view.summary, '3个错误，1个警告');
  const marked = view.marks.map((m) => `${m.text}:${m.cls}`);
  for (const expected of ['xx:mark error', '4.:mark error', '四是:mark warning', '120%:mark error']) assert.ok(marked.includes(expected), `${expected} in ${marked}`);
  // The backdrop wraps the text exactly as the textarea does, or the marks would drift off their words.
  const heights = await page.evaluate(() => [document.getElementById('draft').scrollHeight, document.querySelector('.backdrop').scrollHeight]);
  assert.equal(heights[0], heights[1], `textarea and backdrop heights ${heights}`);
  await outline(page);
}

/** The outline tab: the sections nested as the draft nests them; a heading jumps to its line; arrow keys switch tabs. */
async function outline(page) {
  await page.click('#tab-outline');
  const entries = await page.$$eval('#outline .heading', (buttons) => buttons.map((b) => {
    let depth = 0;
    for (let list = b.closest('ol'); list && list.id !== 'outline'; list = list.parentElement.closest('ol')) depth++;
    return `${depth}:${b.textContent}`;
  }));
  assert.deepEqual(entries.slice(0, 6), ['0:一、主要工作', '1:（一）教学改革', '2:1.深化课堂改革', '3:（1）推行大单元教学', '3:（2）开展教研活动', '2:2.完善质量监测']);
  await page.click('#outline .heading:text-is("4.推进集团化办学")');
  assert.equal(await page.$eval('#draft', (t) => t.value.indexOf('4.推进集团化办学') === t.selectionStart), true);
  await page.focus('#tab-outline');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.$eval('#panel-findings', (p) => p.hidden), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-findings');
}

async function jumpAndFix(page, log) {
  await page.click('.rule-group[data-rule="numbering-sequence"] .finding .go');
  assert.equal(await selection(page), '4.');
  assert.equal(await page.getAttribute('.rule-group[data-rule="numbering-sequence"] .finding', 'aria-current'), 'true');
  assert.equal(await page.$$eval('#backdrop .mark.active', (m) => m.map((e) => e.textContent).join('')), '4.');
  await page.click('.rule-group[data-rule="numbering-sequence"] .fix');
  assert.match(await value(page), /\n3\.推进集团化办学/);
  let view = await settled(page);
  assert.ok(!view.groups.some((g) => g.rule === 'numbering-sequence'), 'the fixed finding is gone');
  // A fix is an edit like any other: Ctrl+Z takes it back.
  await page.focus('#draft');
  await page.keyboard.press('Control+Z');
  assert.match(await value(page), /\n4\.推进集团化办学/);
  view = await settled(page);
  assert.equal(view.groups.length, 4);
  // Keyboard: F8 goes to the next finding after the caret; Enter on a listed finding jumps to it.
  await page.$eval('#draft', (t) => t.setSelectionRange(0, 0));
  await page.keyboard.press('F8');
  assert.equal(await selection(page), '4.');
  await page.focus('.rule-group[data-rule="percent-range"] .finding .go');
  await page.keyboard.press('Enter');
  assert.equal(await selection(page), '120%');
  await page.click('#fix-all');
  await page.waitForFunction(() => /3\.推进集团化办学/.test(document.getElementById('draft').value) && /三是加强培训/.test(document.getElementById('draft').value));
  view = await settled(page);
  assert.deepEqual(view.groups.map((g) => g.rule), ['placeholder', 'percent-range']);
  await page.click('#copy');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await value(page));
  log('jump, fix, undo, F8, fix all, copy: ok');
}

async function switchLanguage(page, screenshots, log) {
  await page.click('label:has(input[value="en"])');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && /placeholder/i.test(document.getElementById('findings').innerText));
  // The notice of the copy just before (said in Chinese) is withdrawn with the language it was said in.
  assert.equal(await page.$eval('#toast', (t) => t.hidden), true);
  // The list is written anew in the other language: wait for its first item's text, not only for the state (a CI run
  // once read the item while it was still empty).
  await page.waitForFunction(() => /“xx”/.test(document.querySelector('#findings .rule-group .finding')?.innerText ?? ''), null, { timeout: 20000 });
  const view = await settled(page);
  assert.match(view.groups[0].header, /^Leftover placeholder placeholder 1$/);
  assert.match(view.groups[0].items[0], /“xx”/);
  assert.match(view.summary, /^2 errors$/);
  assert.equal(await page.$eval('#tab-findings', (t) => t.innerText.replace(/\s+/g, ' ').trim()), 'Problems 2');
  const shot = await screenshot(page, screenshots, 'page-english');
  await page.click('label:has(input[value="auto"])');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN' && /占位符/.test(document.getElementById('findings').innerText));
  log('language: English and back to auto (Chinese draft, Chinese browser): ok');
  return shot;
}

async function dropMarkdown(page, log) {
  await page.evaluate(() => {
    const file = new File(['# Annual report\n\n## 1. Scope\n\nThe year in review.\n\n## 3. Results\n\nRevenue rose from 12% to 9%. TODO\n'], 'annual.md', { type: 'text/markdown' });
    const data = new DataTransfer();
    data.items.add(file);
    for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('draft').value.startsWith('# Annual report'));
  const view = await settled(page);
  assert.equal(await page.$eval('#format', (s) => s.value), 'markdown');
  assert.equal(await page.$eval('#drop-overlay', (o) => o.hidden), true);
  assert.ok(view.groups.some((g) => g.rule === 'numbering-sequence' && /Numbering sequence/.test(g.header)), JSON.stringify(view.groups));
  assert.ok(view.groups.some((g) => g.rule === 'placeholder'));
  log(`dropped annual.md: ${view.summary} (English draft, English messages under auto)`);
}

async function wordDocument(page, screenshots, log) {
  await page.setInputFiles('#file-input', WORD);
  await page.waitForSelector('#word-banner:not([hidden])');
  const view = await settled(page);
  assert.match(await page.$eval('#word-name', (e) => e.textContent), /gbt-auto-numbering\.docx：Word文档中的文字（只读）/);
  assert.equal(await page.$eval('#draft', (t) => t.readOnly), true);
  const items = view.groups.flatMap((g) => g.items);
  assert.equal(items.length, 4, items.join('\n'));
  assert.ok(items.some((i) => /编号跳号：“二、”之后应为“三、”，此处为“四、” ¶23编号 建议：/.test(i)), items.join('\n'));
  assert.ok(items.some((i) => /“XX年”.*脚注¶1:10/.test(i)), items.join('\n'));
  assert.equal(await page.$$eval('.finding .fix', (b) => b.length), 0, 'no fix buttons on a Word document');
  assert.ok(view.marks.some((m) => m.text === '四、'), 'the automatic number is marked in the text read from Word');
  await page.click('.rule-group[data-rule="numbering-sequence"] .finding .go');
  const shot = await screenshot(page, screenshots, 'page-docx');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'gbt-auto-numbering.checked.docx');
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  const comments = strFromU8(files['word/comments.xml'] || new Uint8Array());
  const count = (comments.match(/<w:comment\b/g) || []).length;
  assert.equal(count, 4, 'one Word comment per finding');
  assert.match(comments, /编号跳号/);
  assert.match(strFromU8(files['word/document.xml']), /w:commentRangeStart/);
  log(`Word document: 4 findings, annotated copy with ${count} comments`);
  await page.click('#edit-as-text');
  assert.equal(await page.$eval('#draft', (t) => t.readOnly), false);
  return shot;
}

/** The longest main-thread task (ms) while typing `keys` at `offset` of the textarea `selector`. */
async function typingCost(page, selector, offset, keys) {
  await page.evaluate(() => {
    window.longTasks = [];
    window.longTaskObserver?.disconnect();
    window.longTaskObserver = new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration)));
    window.longTaskObserver.observe({ type: 'longtask' });
  });
  await page.focus(selector);
  await page.$eval(selector, (t, at) => t.setSelectionRange(at, at), offset);
  await page.keyboard.type(keys, { delay: 40 });
  await page.waitForTimeout(100);
  return page.evaluate(() => Math.max(0, ...window.longTasks));
}

/**
 * A 120k-character draft: lint time, and what typing costs the page's thread. The textarea alone lays out the whole
 * text on every keystroke; the page may add little to that (measured against a bare textarea in the same browser).
 */
async function longDraft(page, context, screenshots, log) {
  const file = path.join(CORPUS, 'zh-half-year-summaries-traditional.txt');
  const text = fs.readFileSync(file, 'utf8');
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(() => document.getElementById('draft').value.length > 100000);
  await settled(page);
  const lintMs = await page.evaluate(() => window.reportLint.result.elapsedMs);
  const started = Date.now();
  const longest = await typingCost(page, '#draft', 5000, '补充一句话。');
  await settled(page);
  const typedMs = Date.now() - started;
  const heights = await page.evaluate(() => [document.getElementById('draft').scrollHeight, document.querySelector('.backdrop').scrollHeight]);
  assert.equal(heights[0], heights[1], `textarea and backdrop heights ${heights}`);
  const bare = await context.newPage();
  let baseline;
  try {
    await bare.setContent('<textarea id="t" lang="zh-CN" style="width:760px;height:600px;font:16px/1.85 sans-serif"></textarea>');
    await bare.$eval('#t', (t, value) => { t.value = value; }, text);
    baseline = await typingCost(bare, '#t', 5000, '补充一句话。');
  } finally {
    await bare.close();
  }
  log(`120k-character draft: engine ${lintMs.toFixed(0)} ms in the worker; typing 6 characters, then the findings current again, ${typedMs} ms; longest main-thread task ${longest.toFixed(0)} ms (a bare textarea: ${baseline.toFixed(0)} ms)`);
  assert.ok(longest < Math.max(2 * baseline, baseline + 250), `typing into a long draft blocks the page for ${longest} ms (a bare textarea: ${baseline} ms)`);
  const shot = await screenshot(page, screenshots, 'page-long');
  const figures = [];
  for (const name of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) {
    const draft = fs.readFileSync(path.join(CORPUS, name), 'utf8');
    const ms = await page.evaluate(async ([t, n]) => {
      window.reportLint.loadText(t, n, 'plain');
      while (!(window.reportLint.current && !window.reportLint.checking)) await new Promise((r) => setTimeout(r, 10));
      return window.reportLint.result.elapsedMs;
    }, [draft, name]);
    figures.push(`${name} (${draft.length} chars) ${ms.toFixed(0)} ms`);
  }
  log(`lint time in the page (worker): ${figures.join('; ')}`);
  return shot;
}

/** The page cannot connect anywhere: the policy refuses it (asked for last, so it is not counted as a request). */
async function connectionsRefused(page) {
  return page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const fetched = await fetch('http://127.0.0.1:9/').then(() => 'connected', () => 'refused');
    let socket = 'refused';
    try { new WebSocket('ws://127.0.0.1:9/'); socket = 'opened'; } catch { /* refused by the policy */ }
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, socket, violations };
  });
}

/** Where no worker may start, the page checks on its own thread. */
async function withoutWorker(context, html, log) {
  const dir = tempDir('rl-page-').dir;
  const copy = path.join(dir, 'no-worker.html');
  fs.writeFileSync(copy, fs.readFileSync(html, 'utf8').replace("worker-src blob:", "worker-src 'none'"));
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(copy).href);
    await page.focus('#draft');
    await page.keyboard.insertText(DRAFT);
    const view = await settled(page);
    assert.equal(view.groups.length, 4);
    assert.equal(await page.evaluate(() => document.body.dataset.lintWhere), 'page');
    log('no worker allowed: the page lints on its own thread: ok');
  } finally {
    await page.close();
  }
}

async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function runPageCheck({ tools, html, screenshots, log = (l) => console.log(`[page] ${l}`) }) {
  const started = Date.now();
  const browser = await launchBrowser(tools, { viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  const { context, page } = browser;
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => errors.push(e.error().message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shots = [];
  try {
    await page.goto(pathToFileURL(html).href);
    assert.equal(await page.evaluate(() => document.body.dataset.lintWhere), 'worker');
    await pasteDraft(page, log);
    await jumpAndFix(page, log);
    shots.push(await switchLanguage(page, screenshots, log));
    await dropMarkdown(page, log);
    shots.push(await wordDocument(page, screenshots, log));
    shots.push(await longDraft(page, context, screenshots, log));
    await withoutWorker(context, html, log);
    const offPage = requests.filter((u) => !/^(file|blob|data):/.test(u));
    assert.deepEqual(offPage, [], 'requests that left the page');
    assert.deepEqual(errors, [], 'errors on the page');
    const refused = await connectionsRefused(page);
    assert.deepEqual(refused.fetched, 'refused');
    assert.ok(refused.violations.includes('connect-src'), JSON.stringify(refused));
    log(`requests: ${requests.length}, all file:/blob: (${[...new Set(requests.map((u) => u.split(':')[0]))].join(', ')}); fetch and WebSocket refused by the policy (${refused.violations.join(', ')})`);
    log(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return true;
  } catch (error) {
    shots.push(await screenshot(page, screenshots, 'page-failure').catch(() => 'no screenshot'));
    console.error(`[page] failed: ${error.stack || error.message}`);
    for (const s of shots) console.log(`screenshot: ${s}`);
    return false;
  } finally {
    await browser.close();
  }
}

module.exports = { runPageCheck };
