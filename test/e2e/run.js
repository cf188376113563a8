'use strict';
// Runs the editor test suites against the packaged extension:
//   node test/e2e/run.js extension   mocha suites inside VS Code's extension host (code-server + headless Chromium)
//   node test/e2e/run.js broken      the same suite on a build whose server exits at once: it must fail
//   node test/e2e/run.js ui          the real workbench: squiggles, status bar, Problems, Outline, hover; screenshots
//   node test/e2e/run.js neovim      Neovim 0.7 as a second LSP client on a Chinese draft
//   node test/e2e/run.js page        the offline page (npm run web) in headless Chromium, from file://
//   node test/e2e/run.js web         the extension web-only, in code-server's web worker extension host
//   node test/e2e/run.js all         all of them
// Without the provisioning (.ci/provision-e2e.sh) each suite says in one line that it is skipped, unless
// REPORT_LINT_E2E_REQUIRED=1 (CI), where a missing tool fails the run.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { checkTools, REPO_ROOT } = require('./harness/provisioning');
const { tempDir } = require('./harness/cleanup');

const ARTIFACTS = path.join(REPO_ROOT, '.test-artifacts');
const VSIX = path.join(REPO_ROOT, 'report-lint.vsix');
const required = process.env.REPORT_LINT_E2E_REQUIRED === '1';

function tools(need, suite) {
  const { tools: found, reason } = checkTools({ need });
  if (found) return found;
  console.log(`${suite} skipped: ${reason}`);
  if (required) process.exitCode = 1;
  return null;
}

let packaged = false;

/** Packages the extension once per run (SKIP_PACKAGE=1 reuses an existing .vsix) and returns its path. */
function packageVsix() {
  if (!packaged && !(process.env.SKIP_PACKAGE === '1' && fs.existsSync(VSIX))) {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  packaged = true;
  return VSIX;
}

/**
 * The shipped artifact, unpacked: its extension/ folder is what VS Code loads, named as VS Code names an installed
 * copy (<publisher>.<name>-<version>), where its rule docs open rendered (client/src/rule-doc-paths.ts).
 */
function unpack(vsix) {
  const dir = tempDir('rl-vsix-').dir;
  execFileSync('python3', ['-m', 'zipfile', '-e', vsix, dir]);
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(dir, 'extension', 'package.json'), 'utf8'));
  const installed = path.join(dir, `${publisher}.${name}-${version}`);
  fs.renameSync(path.join(dir, 'extension'), installed);
  return installed;
}

/** A fresh copy of a fixture folder (tests change settings, which VS Code writes into .vscode/). */
function copyOf(folder) {
  const dir = path.join(tempDir('rl-ws-').dir, path.basename(folder));
  fs.cpSync(folder, dir, { recursive: true });
  return dir;
}

async function extensionSuites() {
  const found = tools(['codeServer', 'playwrightCore', 'chromium'], 'e2e (extension host)');
  if (!found) return true;
  execFileSync(process.execPath, [path.join(__dirname, 'build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  const extension = unpack(packageVsix());
  const { runExtensionTests } = require('./harness/run-extension-tests');
  const code = await runExtensionTests({
    tools: found,
    extensionDevelopmentPath: extension,
    extensionTestsPath: path.join(__dirname, 'harness', 'mocha-runner.js'),
    workspace: copyOf(path.join(__dirname, 'workspace')),
    env: { REPORT_LINT_E2E_TESTS: path.join(__dirname, 'out') },
    artifactsDir: path.join(ARTIFACTS, 'e2e'),
  });
  console.log(`e2e (extension host): ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
  return code === 0;
}

/** The suites must fail when the product is broken: here, a server that exits at once. */
async function brokenBuild() {
  const found = tools(['codeServer', 'playwrightCore', 'chromium'], 'e2e (broken-build check)');
  if (!found) return true;
  const extension = unpack(packageVsix());
  fs.writeFileSync(path.join(extension, 'dist', 'server.js'), 'process.exit(3);\n');
  const { runExtensionTests } = require('./harness/run-extension-tests');
  const code = await runExtensionTests({
    tools: found,
    extensionDevelopmentPath: extension,
    extensionTestsPath: path.join(__dirname, 'harness', 'mocha-runner.js'),
    workspace: copyOf(path.join(__dirname, 'workspace')),
    env: { REPORT_LINT_E2E_TESTS: path.join(__dirname, 'out', 'diagnostics.test.js'), REPORT_LINT_E2E_GREP: 'Chinese draft', REPORT_LINT_E2E_TIMEOUT: '8000' },
    artifactsDir: path.join(ARTIFACTS, 'e2e-broken'),
    log: () => undefined,
    quiet: true,
  });
  const ok = code !== 0;
  console.log(`e2e (broken-build check): ${ok ? 'the suite failed on a build whose server does not start, as it must' : 'FAILED: the suite passed although the server never started'}`);
  return ok;
}

async function uiCheck() {
  const found = tools(['codeServer', 'playwrightCore', 'chromium'], 'ui check');
  if (!found) return true;
  const { runUiCheck } = require('./ui-check');
  const workspace = copyOf(path.join(REPO_ROOT, 'test', 'fixtures', 'corpus'));
  fs.copyFileSync(path.join(REPO_ROOT, 'examples', '年度工作总结.report'), path.join(workspace, '年度工作总结.report'));
  fs.copyFileSync(path.join(__dirname, 'workspace', '工作总结.docx'), path.join(workspace, '工作总结.docx'));
  for (const draft of ['导航.report', '重编号.report', 'link-bar.md']) fs.copyFileSync(path.join(__dirname, 'ui-drafts', draft), path.join(workspace, draft));
  const restrictedWorkspace = copyOf(path.join(__dirname, 'restricted-workspace'));
  return runUiCheck({ tools: found, vsix: packageVsix(), workspace, restrictedWorkspace, screenshots: path.join(ARTIFACTS, 'screenshots') });
}

async function pageCheck() {
  const found = tools(['playwrightCore', 'chromium'], 'page check');
  if (!found) return true;
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-web.mjs')], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const { runPageCheck } = require('./page-check');
  return runPageCheck({ tools: found, html: path.join(REPO_ROOT, 'dist', 'web', 'report-lint.html'), screenshots: path.join(ARTIFACTS, 'screenshots') });
}

async function webExtension() {
  const found = tools(['codeServer', 'playwrightCore', 'chromium'], 'web extension check');
  if (!found) return true;
  const { runWebExtensionCheck } = require('./web-extension-check');
  return runWebExtensionCheck({ tools: found, vsix: packageVsix(), workspace: copyOf(path.join(__dirname, 'workspace')), screenshots: path.join(ARTIFACTS, 'screenshots') });
}

async function neovim() {
  const found = tools(['nvim'], 'neovim check');
  if (!found) return true;
  const { runNeovimSuite } = require('./neovim-suite');
  return runNeovimSuite({ nvim: found.nvim });
}

const SUITES = { extension: extensionSuites, broken: brokenBuild, ui: uiCheck, neovim, page: pageCheck, web: webExtension };

async function main() {
  const which = process.argv[2] || 'all';
  if (which === 'all') {
    // Nothing provisioned at all: say so once, not once per suite.
    const { reason } = checkTools({ need: ['codeServer', 'playwrightCore', 'chromium', 'nvim'] });
    if (reason && /not found/.test(reason)) {
      console.log(`editor tests (extension host, UI, Neovim, page, web extension) skipped: ${reason}`);
      if (required) process.exitCode = 1;
      return;
    }
  }
  const names = which === 'all' ? Object.keys(SUITES) : [which];
  let ok = true;
  for (const name of names) {
    if (!SUITES[name]) throw new Error(`unknown suite ${name}; use ${Object.keys(SUITES).join(', ')} or all`);
    ok = (await SUITES[name]()) && ok;
  }
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exitCode = 1;
});
