'use strict';
// `npm run test:e2e:desktop`: the same extension-host suites under desktop VS Code, through
// @vscode/test-electron. It downloads VS Code, so it needs a machine that can reach update.code.visualstudio.com;
// on machines that cannot, `npm run test:e2e` runs the same suites in code-server instead.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { tempDir } = require('./harness/cleanup');

const REPO = path.join(__dirname, '..', '..');

async function main() {
  execFileSync(process.execPath, [path.join(__dirname, 'build.mjs')], { cwd: REPO, stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: 'inherit' });
  const unpacked = tempDir('rl-vsix-').dir;
  execFileSync('python3', ['-m', 'zipfile', '-e', path.join(REPO, 'report-lint.vsix'), unpacked]);
  // Named as VS Code names an installed copy, where its rule docs open rendered (client/src/rule-doc-paths.ts).
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(unpacked, 'extension', 'package.json'), 'utf8'));
  const extension = path.join(unpacked, `${publisher}.${name}-${version}`);
  fs.renameSync(path.join(unpacked, 'extension'), extension);
  const workspace = path.join(tempDir('rl-ws-').dir, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  const results = path.join(tempDir('rl-results-').dir, 'results.txt');
  try {
    await runTests({
      extensionDevelopmentPath: extension,
      extensionTestsPath: path.join(__dirname, 'harness', 'mocha-runner.js'),
      launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: { REPORT_LINT_E2E_TESTS: path.join(__dirname, 'out'), REPORT_LINT_E2E_RESULTS: results },
    });
  } finally {
    if (fs.existsSync(results)) process.stdout.write(fs.readFileSync(results, 'utf8'));
  }
}

main().catch((error) => {
  console.error(`test:e2e:desktop failed: ${error && error.message ? error.message : error}`);
  console.error('(desktop VS Code must be downloadable here; otherwise use npm run test:e2e, which runs the same suites in code-server)');
  process.exitCode = 1;
});
