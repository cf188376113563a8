'use strict';
// Last-resort cleanup: synchronous killers run on exit and on SIGINT/SIGTERM/SIGHUP,
// so an interrupted test run never leaves code-server, nvim or temp dirs behind.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const live = new Set();
let installed = false;

function runAll() {
  for (const fn of [...live]) {
    try { fn(); } catch { /* best effort */ }
    live.delete(fn);
  }
}

function install() {
  if (installed) return;
  installed = true;
  process.on('exit', runAll);
  for (const [sig, num] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
    process.once(sig, () => { runAll(); process.exit(128 + num); });
  }
}

/** Registers a synchronous cleanup; returns a function that unregisters it. */
function onExit(fn) {
  install();
  live.add(fn);
  return () => live.delete(fn);
}

/** Kill a whole process group (spawned with detached: true); ignores "already gone". */
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}

/** SIGKILL every process whose command line mentions `text` (e.g. a unique temp dir). */
function killMentioning(text) {
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid); } catch { return; }
  for (const pid of pids) {
    let cmdline = '';
    try { cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (cmdline.includes(text)) { try { process.kill(Number(pid), 'SIGKILL'); } catch { /* gone */ } }
  }
}

/** A fresh temp dir, removed on exit unless remove() was called earlier. */
function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const rm = () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  const unregister = onExit(rm);
  return { dir, remove() { unregister(); rm(); } };
}

module.exports = { onExit, killGroup, killMentioning, tempDir };
