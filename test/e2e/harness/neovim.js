'use strict';
// Runs neovim-check.lua: Neovim (0.7.2 on Debian 12) as a third-party LSP client.
// Neovim reports 0-based BYTE columns where VS Code shows UTF-16 ones, which makes
// it a cheap check that a server's positions are right for CJK text.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { onExit, killGroup } = require('./cleanup');

const LUA = path.join(__dirname, 'neovim-check.lua');

/**
 * @param {object} o
 * @param {string[]} o.serverCommand   e.g. ['node', '/abs/server.js', '--stdio']
 * @param {string} o.file              the document to open
 * @param {string} o.expectationFile   JSON {diagnostics?: [...], symbols?: [...]}; its diagnostics
 *                                     count is what Neovim waits for
 * @param {string} [o.nvim]            default 'nvim' (provisioning's tools.nvim)
 * @param {number} [o.timeoutMs]       default 20000
 * @returns {Promise<{diagnostics: object[], symbols: object[], errors: string[]}>}
 *          rejects when Neovim fails or times out (with whatever it had written)
 */
function runNeovimCheck({ serverCommand, file, expectationFile, nvim = 'nvim', timeoutMs = 20000 }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-nvim-'));
  const outFile = path.join(tmp, 'out.json');
  const env = { ...process.env, RL_NVIM_CMD: JSON.stringify(serverCommand), RL_NVIM_OUT: outFile,
    RL_NVIM_EXPECT: path.resolve(expectationFile), RL_NVIM_TIMEOUT: String(timeoutMs) };
  // XDG dirs keep Neovim's and its LSP client's logs out of the home folder.
  for (const d of ['CONFIG', 'DATA', 'CACHE', 'STATE']) {
    env[`XDG_${d}_HOME`] = path.join(tmp, d.toLowerCase());
    fs.mkdirSync(env[`XDG_${d}_HOME`]);
  }

  return new Promise((resolve, reject) => {
    const child = spawn(nvim, ['--headless', '--clean', '-u', LUA, path.resolve(file)],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }); // own group: takes the server down too
    const unregister = onExit(() => { killGroup(child.pid, 'SIGKILL'); fs.rmSync(tmp, { recursive: true, force: true }); });
    let output = '';
    child.stdout.on('data', (b) => { output += b; });
    child.stderr.on('data', (b) => { output += b; });
    // Backstop in case the lua script never gets to run (it has its own timeout).
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), timeoutMs * 2 + 10000);
    child.on('error', (e) => { output += String(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL'); // a server that ignored shutdown
      let got = null;
      try { got = JSON.parse(fs.readFileSync(outFile, 'utf8')); } catch { /* nothing written */ }
      unregister();
      fs.rmSync(tmp, { recursive: true, force: true });
      if (code === 0 && got) return resolve(got);
      reject(new Error(`nvim exited ${signal || code}: ${got ? JSON.stringify(got) : 'no output file'}` +
        (output.trim() ? `\n${output.trim()}` : '')));
    });
  });
}

/** Differences between what Neovim got and the expectation (empty array: all good). */
function mismatches(got, expected) {
  const out = [];
  const want = expected.diagnostics || [];
  if (got.diagnostics.length !== want.length) {
    out.push(`expected ${want.length} diagnostics, got ${got.diagnostics.length}`);
  }
  want.forEach((w, i) => {
    const g = got.diagnostics[i] || {};
    for (const [k, v] of Object.entries(w)) {
      if (g[k] !== v) out.push(`diagnostic ${i}: ${k} expected ${JSON.stringify(v)}, got ${JSON.stringify(g[k])}`);
    }
  });
  if (expected.symbols) {
    const names = (tree) => tree.map((s) => ({ name: s.name, children: names(s.children || []) }));
    const [g, w] = [JSON.stringify(names(got.symbols)), JSON.stringify(names(expected.symbols))];
    if (g !== w) out.push(`symbols expected ${w}, got ${g}`);
  }
  return out;
}

module.exports = { runNeovimCheck, mismatches };

// CLI: node neovim.js SERVER.js FILE EXPECTATION.json  → prints the JSON, exit 1 on mismatch
if (require.main === module) {
  const [server, file, expectation] = process.argv.slice(2);
  if (!expectation) {
    console.error('usage: neovim.js SERVER.js FILE EXPECTATION.json');
    process.exit(2);
  }
  runNeovimCheck({ serverCommand: ['node', path.resolve(server), '--stdio'], file, expectationFile: expectation })
    .then((got) => {
      console.log(JSON.stringify(got, null, 2));
      const diff = mismatches(got, JSON.parse(fs.readFileSync(expectation, 'utf8')));
      for (const d of diff) console.error(`mismatch: ${d}`);
      process.exitCode = diff.length ? 1 : 0;
    }, (err) => { console.error(err.message); process.exitCode = 1; });
}
