'use strict';
// Like @vscode/test-electron's runTests(), on code-server + headless Chromium:
// the workbench loads the extension under development and runs extensionTestsPath
// in the real Node extension host, then calls window.codeAutomationExit(code).
const fs = require('node:fs');
const path = require('node:path');
const { tempDir } = require('./cleanup');
const { findTools, missingToolsExitCode, REPO_ROOT } = require('./provisioning');
const { startCodeServer } = require('./code-server');
const { launchBrowser } = require('./browser');

const RESULTS_ENV = 'REPORT_LINT_E2E_RESULTS';

/**
 * @param {object} o
 * @param {string} o.extensionDevelopmentPath  absolute folder with the extension's package.json
 * @param {string} o.extensionTestsPath        absolute path to a module exporting run() (e.g. mocha-runner.js)
 * @param {string} [o.workspace]               folder to open (default: a fresh empty temp folder)
 * @param {object} [o.env]                     extra env vars for the extension host
 * @param {number} [o.timeoutMs]               overall limit (default 120 s)
 * @param {string} [o.artifactsDir]            screenshots + browser log (default .test-artifacts/e2e)
 * @param {object} [o.tools]                   from provisioning.findTools()
 * @param {(line: string) => void} [o.log]
 * @param {boolean} [o.quiet]                  do not print the test results (for runs expected to fail)
 * @returns {Promise<number>} the exit code the extension host reported
 */
async function runExtensionTests(o) {
  const log = o.log || ((l) => console.log(`[e2e] ${l}`));
  const tools = o.tools || findTools();
  if (!tools) throw new Error('e2e tools not provisioned (run .ci/provision-e2e.sh)');
  const timeoutMs = o.timeoutMs || 120000;
  const artifactsDir = path.resolve(o.artifactsDir || path.join(REPO_ROOT, '.test-artifacts', 'e2e'));
  const scratchDir = tempDir('rl-e2e-run-');
  const scratch = scratchDir.dir;
  const resultsFile = path.join(scratch, 'results.txt');
  const workspace = path.resolve(o.workspace || fs.mkdtempSync(path.join(scratch, 'ws-')));
  const started = Date.now();

  let cs, browser, timer;
  try {
    cs = await startCodeServer({ tools, env: { ...o.env, [RESULTS_ENV]: resultsFile }, log });
    browser = await launchBrowser(tools);
    const { page } = browser;
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));

    let reportExit;
    const exitCode = new Promise((resolve) => { reportExit = resolve; });
    // Must exist before the workbench loads: it looks for them at startup.
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    await page.exposeFunction('codeAutomationLog', () => {});
    const payload = [
      ['extensionDevelopmentPath', cs.remoteUri(o.extensionDevelopmentPath)],
      ['extensionTestsPath', cs.remoteUri(o.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    const url = `${cs.url}/?folder=${encodeURIComponent(workspace)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`opening workbench (folder ${workspace})`);
    await page.goto(url);

    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs - (Date.now() - started)); });
    const code = await Promise.race([exitCode, timeout]);

    if (fs.existsSync(resultsFile) && !o.quiet) process.stdout.write(fs.readFileSync(resultsFile, 'utf8'));
    if (code === 'timeout') {
      fs.mkdirSync(artifactsDir, { recursive: true });
      const shot = path.join(artifactsDir, `timeout-${Date.now()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      fs.writeFileSync(shot.replace(/\.png$/, '.console.log'), consoleLines.join('\n') + '\n');
      throw new Error(`extension tests did not finish within ${timeoutMs / 1000} s ` +
        `(no codeAutomationExit); screenshot ${shot}, browser console beside it`);
    }
    log(`extension host exited with code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (code !== 0) {
      fs.mkdirSync(artifactsDir, { recursive: true });
      fs.writeFileSync(path.join(artifactsDir, 'last-failure.console.log'), consoleLines.join('\n') + '\n');
    }
    return code;
  } finally {
    clearTimeout(timer);
    if (browser) await browser.close();
    if (cs) await cs.stop();
    scratchDir.remove();
  }
}

module.exports = { runExtensionTests, RESULTS_ENV };

// CLI: node run-extension-tests.js --extensionDevelopmentPath DIR [--extensionTestsPath FILE]
//      [--workspace DIR] [--timeout SECONDS]; extra env vars are simply inherited.
if (require.main === module) {
  const { parseArgs } = require('node:util');
  const { values } = parseArgs({ options: {
    extensionDevelopmentPath: { type: 'string' },
    extensionTestsPath: { type: 'string', default: path.join(__dirname, 'mocha-runner.js') },
    workspace: { type: 'string' },
    timeout: { type: 'string', default: '120' },
  } });
  if (!values.extensionDevelopmentPath) {
    console.error('usage: run-extension-tests.js --extensionDevelopmentPath DIR [--extensionTestsPath FILE] [--workspace DIR] [--timeout S]');
    process.exit(2);
  }
  if (!findTools()) process.exit(missingToolsExitCode());
  runExtensionTests({
    extensionDevelopmentPath: path.resolve(values.extensionDevelopmentPath),
    extensionTestsPath: path.resolve(values.extensionTestsPath),
    workspace: values.workspace && path.resolve(values.workspace),
    timeoutMs: Number(values.timeout) * 1000,
  }).then((code) => { process.exitCode = code; }, (err) => { console.error(`[e2e] ${err.message}`); process.exitCode = 1; });
}
