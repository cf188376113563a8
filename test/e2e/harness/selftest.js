'use strict';
// Proves the harness on test/e2e/fixture-ext:
//  1. its mocha test passes in the extension host (exit code 0);
//  2. with activation broken on purpose, the run exits non-zero;
//  3. packaged with vsce and installed, its diagnostic shows in the real UI;
//  4. Neovim, as LSP client of fixture-ext/fake-lsp.js, reports byte columns for CJK text.
// Usage: node test/e2e/harness/selftest.js   (screenshots in .test-artifacts/e2e-selftest)
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { tempDir } = require('./cleanup');
const { findTools, missingToolsExitCode, REPO_ROOT } = require('./provisioning');
const { runExtensionTests } = require('./run-extension-tests');
const ui = require('./ui');
const { runNeovimCheck, mismatches } = require('./neovim');

const FIXTURE = path.join(REPO_ROOT, 'test/e2e/fixture-ext');
const ARTIFACTS = path.join(REPO_ROOT, '.test-artifacts/e2e-selftest');
const log = (l) => console.log(`[selftest] ${l}`);

function makeWorkspace(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'hello.txt'), '一、总体情况 hello\n第二行\n');
  return dir;
}

async function timed(label, fn) {
  const t = Date.now();
  const r = await fn();
  log(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return r;
}

async function main() {
  const tools = findTools({ need: ['codeServer', 'playwrightCore', 'chromium', 'nvim'] });
  if (!tools) return missingToolsExitCode();

  const expectationFile = path.join(FIXTURE, 'cjk.expect.json');
  const got = await timed('neovim check', () => runNeovimCheck({ nvim: tools.nvim, expectationFile,
    serverCommand: ['node', path.join(FIXTURE, 'fake-lsp.js'), '--stdio'], file: path.join(FIXTURE, 'cjk.txt') }));
  log(`neovim diagnostics: ${JSON.stringify(got.diagnostics)}`);
  assert.deepStrictEqual(mismatches(got, JSON.parse(fs.readFileSync(expectationFile, 'utf8'))), []);

  const scratchDir = tempDir('rl-selftest-');
  const scratch = scratchDir.dir;
  try {
    const workspace = makeWorkspace(path.join(scratch, 'ws'));
    const common = {
      tools, workspace, extensionDevelopmentPath: FIXTURE,
      extensionTestsPath: path.join(__dirname, 'mocha-runner.js'),
      artifactsDir: ARTIFACTS, timeoutMs: 90000,
    };
    const testsEnv = { REPORT_LINT_E2E_TESTS: path.join(FIXTURE, 'test'), REPORT_LINT_E2E_TIMEOUT: '10000' };

    const ok = await timed('extension tests', () => runExtensionTests({ ...common, env: testsEnv }));
    assert.strictEqual(ok, 0, `fixture tests should pass, exit code ${ok}`);

    const broken = await timed('broken fixture', () =>
      runExtensionTests({ ...common, env: { ...testsEnv, REPORT_LINT_FIXTURE_BROKEN: '1' } }));
    assert.notStrictEqual(broken, 0, 'a fixture whose activate() throws must fail the run');
    log(`broken fixture exit code ${broken} (non-zero, as it should be)`);

    // The repo's own vsce (devDependency, 3.9.2) packages offline.
    const vsix = path.join(scratch, 'fixture.vsix');
    execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/vsce'),
      ['package', '--no-dependencies', '--skip-license', '--out', vsix], { cwd: FIXTURE, stdio: 'ignore' });

    await timed('UI check', async () => {
      const wb = await ui.openWorkbench({ tools, folder: workspace, vsix, log });
      try {
        const { page } = wb;
        await ui.openFile(page, 'hello.txt');
        const counts = await ui.waitForSquiggles(page, { kind: 'error' });
        log(`squiggles ${JSON.stringify(counts)}`);
        const status = await ui.problemsStatus(page);
        log(`status.problems: ${status}`);
        const hover = await ui.hoverSquiggle(page);
        log(`hover: ${JSON.stringify(hover)}`);
        log(`screenshot ${await ui.screenshot(page, ARTIFACTS, 'hover')}`);
        await page.keyboard.press('Escape');
        const outline = await ui.outlineRows(page);
        log(`outline: ${JSON.stringify(outline)}`);
        const problems = await ui.problemsRows(page);
        log(`problems: ${JSON.stringify(problems)}`);
        log(`screenshot ${await ui.screenshot(page, ARTIFACTS, 'problems')}`);

        assert.strictEqual(counts.error, 1);
        assert.match(status, /Errors: 1/);
        assert.match(hover, /hello from fixture/);
        assert.ok(outline.some((r) => r.text.includes('fixture symbol')), 'outline row missing');
        assert.ok(problems.some((r) => /hello from fixture/.test(r.ariaLabel || r.text)), 'problems row missing');
      } finally {
        await wb.close();
      }
    });
    log('OK');
    return 0;
  } finally {
    scratchDir.remove();
  }
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`[selftest] FAILED: ${err.stack || err.message}`);
  process.exitCode = 1;
});
