'use strict';
// Last-resort cleanup: synchronous killers run on exit and on SIGINT/SIGTERM/SIGHUP,
// so an interrupted test run never leaves code-server, nvim or temp dirs behind.
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

module.exports = { onExit, killGroup };
