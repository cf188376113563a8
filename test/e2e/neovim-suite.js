'use strict';
// Neovim 0.7 as a second LSP client: the built server over stdio on a Chinese draft gives the same
// diagnostics and symbols. Neovim counts bytes, so the columns prove the UTF-16 → byte conversion.
const fs = require('node:fs');
const path = require('node:path');
const { mismatches, runNeovimCheck } = require('./harness/neovim');
const { REPO_ROOT } = require('./harness/provisioning');

async function runNeovimSuite({ nvim }) {
  const server = path.join(REPO_ROOT, 'dist', 'server.js');
  const file = path.join(__dirname, 'neovim', 'summary.report');
  const expectationFile = path.join(__dirname, 'neovim', 'summary.expect.json');
  const got = await runNeovimCheck({ serverCommand: [process.execPath, server, '--stdio'], file, expectationFile, nvim });
  const expected = JSON.parse(fs.readFileSync(expectationFile, 'utf8'));
  const problems = mismatches(got, expected);
  if (problems.length) {
    console.error(`neovim check failed:\n  ${problems.join('\n  ')}\ngot: ${JSON.stringify(got, null, 2)}`);
    return false;
  }
  console.log(`neovim check: passed (${got.diagnostics.length} diagnostics, byte columns as expected; ${countSymbols(got.symbols)} symbols)`);
  return true;
}

function countSymbols(symbols) {
  return (symbols || []).reduce((n, s) => n + 1 + countSymbols(s.children), 0);
}

module.exports = { runNeovimSuite };
