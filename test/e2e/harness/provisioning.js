'use strict';
// Finds the tools provisioned by .ci/provision-e2e.sh (see its env.json), so
// `npm test` can run the e2e suites or say in one line why they are skipped.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '../../..');

function e2eHome() {
  return process.env.REPORT_LINT_E2E_HOME || path.join(os.homedir(), '.cache', 'report-lint-e2e');
}

// playwright-core: the repo's own node_modules wins (if it ever becomes a
// devDependency), else the copy in the cache dir.
function resolvePlaywrightCore(envJson) {
  try {
    return path.dirname(require.resolve('playwright-core/package.json', { paths: [REPO_ROOT] }));
  } catch {
    const dir = envJson && envJson.playwrightCore;
    return dir && fs.existsSync(path.join(dir, 'package.json')) ? dir : null;
  }
}

const isExecutable = (p) => { try { fs.accessSync(p, fs.constants.X_OK); return true; } catch { return false; } };

/**
 * @param {{need?: Array<'codeServer'|'playwrightCore'|'chromium'|'nvim'>}} [opts]
 * @returns {{tools: object|null, reason: string|null}}
 */
function checkTools({ need = ['codeServer', 'playwrightCore', 'chromium'] } = {}) {
  const envFile = path.join(e2eHome(), 'env.json');
  let envJson;
  try {
    envJson = JSON.parse(fs.readFileSync(envFile, 'utf8'));
  } catch {
    return { tools: null, reason: `${envFile} not found (run .ci/provision-e2e.sh)` };
  }
  const tools = { ...envJson, playwrightCore: resolvePlaywrightCore(envJson), repoRoot: REPO_ROOT };
  for (const key of need) {
    const p = tools[key];
    const ok = key === 'playwrightCore' ? !!p : !!p && isExecutable(p);
    if (!ok) return { tools: null, reason: `${key} missing (${p || 'no path in ' + envFile}; run .ci/provision-e2e.sh)` };
  }
  return { tools, reason: null };
}

/** The tools, or null after printing one line saying why not. */
function findTools(opts = {}) {
  const { tools, reason } = checkTools(opts);
  if (!tools && !opts.quiet) {
    console.log(`${process.env.REPORT_LINT_E2E_REQUIRED === '1' ? 'e2e FAILED (required)' : 'e2e skipped'}: ${reason}`);
  }
  return tools;
}

/** Exit code for a CLI whose tools are missing: 0 (skip) unless REPORT_LINT_E2E_REQUIRED=1 (CI). */
const missingToolsExitCode = () => (process.env.REPORT_LINT_E2E_REQUIRED === '1' ? 1 : 0);

module.exports = { checkTools, findTools, missingToolsExitCode, e2eHome, REPO_ROOT };

if (require.main === module) {
  const { tools, reason } = checkTools({ need: ['codeServer', 'playwrightCore', 'chromium', 'nvim'] });
  console.log(tools ? JSON.stringify(tools, null, 2) : `missing: ${reason}`);
  process.exitCode = tools ? 0 : 1;
}
