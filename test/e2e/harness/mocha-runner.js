'use strict';
// The module VS Code loads as extensionTestsPath (here under code-server, or
// under @vscode/test-electron where a desktop VS Code exists): run() runs mocha
// over compiled *.test.js files inside the extension host.
//   REPORT_LINT_E2E_TESTS    dir (searched recursively for *.test.js) or one file;
//                            default <repo>/test/e2e/out
//   REPORT_LINT_E2E_RESULTS  file the reporter output is appended to
//   REPORT_LINT_E2E_GREP     optional mocha --grep
//   REPORT_LINT_E2E_TIMEOUT  per-test timeout in ms (default 20000)
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');

const REPO_ROOT = path.resolve(__dirname, '../../..');

function testFiles(target) {
  if (fs.statSync(target).isFile()) return [target];
  return fs.readdirSync(target, { recursive: true })
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => path.join(target, f))
    .sort();
}

function run() {
  // mocha 11 is CommonJS (12 is ESM-only); take the repo's copy.
  const Mocha = require(require.resolve('mocha', { paths: [REPO_ROOT] }));
  const resultsFile = process.env.REPORT_LINT_E2E_RESULTS;
  const target = path.resolve(process.env.REPORT_LINT_E2E_TESTS || path.join(REPO_ROOT, 'test/e2e/out'));

  // The extension host forbids reassigning console.log and swallows its output,
  // so the reporter writes through Base.consoleLog into the results file too.
  const original = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args) => {
    if (resultsFile) fs.appendFileSync(resultsFile, util.format(...args) + '\n');
    original(...args);
  };

  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.REPORT_LINT_E2E_TIMEOUT || 20000),
    grep: process.env.REPORT_LINT_E2E_GREP || undefined,
  });
  return new Promise((resolve, reject) => {
    const files = testFiles(target);
    if (files.length === 0) return reject(new Error(`no *.test.js files in ${target}`));
    for (const f of files) mocha.addFile(f);
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  }).catch((err) => {
    // Errors before or outside mocha's reporter (bad path, load failure) end up here.
    if (resultsFile) fs.appendFileSync(resultsFile, `mocha-runner: ${err && err.stack || err}\n`);
    throw err;
  });
}

module.exports = { run };
