// The built CLI's standard output (server/src/cli/io.ts): a pipe, a socket or a file is written with blocking writes,
// without making `process.stdout`, and the bin exits as soon as `main` returns. (A pipe closed early: cli.test.ts. A
// pipe left non-blocking by another process, whose fullness makes the direct write fall back on the stream, cannot be
// made from Node, whose child processes get blocking standard streams: checked by hand, docs/performance.md, cold13.)
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, ROOT, run } from '../support/cli';

/** Its JSON is larger than a pipe's buffer (64 KB). */
const LONG_DRAFT = path.join(ROOT, 'test', 'fixtures', 'corpus', 'zh-half-year-summaries-traditional.txt');
/**
 * Preloaded into the bin's process: says on stderr, as it exits, which of Node's stream modules were loaded. Only the
 * main thread reports: on an idle machine with two cores the bin lints this draft on two threads (cli/split.ts), and a
 * worker thread runs the preload too (which made this test fail on a quiet CI machine only).
 */
const REPORT = `if (require('worker_threads').isMainThread) process.on('exit', () => require('fs').writeSync(2, 'loaded: ' + ['net', 'tty'].filter((m) => process.moduleLoadList.includes('NativeModule ' + m)).join(',') + '\\n'));`;

describe('cli standard output', function () {
  this.timeout(60_000);
  let expected: string;
  let dir: string;
  let preload: string;

  before(async () => {
    const inProcess = await run(['--format', 'json', LONG_DRAFT]);
    expected = inProcess.stdout;
    assert.ok(Buffer.byteLength(expected) > 65_536, 'the output is longer than a pipe holds');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-stdout-'));
    preload = path.join(dir, 'report.js');
    fs.writeFileSync(preload, REPORT);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a long JSON to a pipe whole, without loading the net module, and exits with the findings code', () => {
    const r = spawnSync(process.execPath, ['-r', preload, BIN, '--format', 'json', LONG_DRAFT], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, expected);
    assert.equal(r.stderr, 'loaded: \n');
  });

  it('writes the same bytes to a file', () => {
    const out = path.join(dir, 'out.json');
    const fd = fs.openSync(out, 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '--format', 'json', LONG_DRAFT], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
    } finally {
      fs.closeSync(fd);
    }
    assert.equal(fs.readFileSync(out, 'utf8'), expected);
  });

  it('uses the stream for /dev/null, quietly', () => {
    if (process.platform === 'win32') return;
    const fd = fs.openSync('/dev/null', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '--format', 'json', LONG_DRAFT], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
    } finally {
      fs.closeSync(fd);
    }
  });
});
