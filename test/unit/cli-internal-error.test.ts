// A bug of Report Lint's that escapes the CLI's main (an exception no file's check caught) exits 2 with a message
// that says so, never 1 (findings) with a bare stack. Run with bin/report-lint.js as shipped and a stand-in loader
// whose main throws, so no real bug is needed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

describe('cli: an internal error', () => {
  it('exits 2 and says it is an internal error, with its stack', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-internal-'));
    try {
      fs.mkdirSync(path.join(root, 'bin'));
      fs.mkdirSync(path.join(root, 'dist'));
      fs.copyFileSync(path.join(__dirname, '..', '..', 'bin', 'report-lint.js'), path.join(root, 'bin', 'report-lint.js'));
      fs.writeFileSync(path.join(root, 'dist', 'cli.js'), '');
      fs.writeFileSync(path.join(root, 'bin', 'cli-loader.js'), "exports.loadCli = () => ({ exports: { main: async () => { throw new Error('overlapping edits at offset 12'); }, outputPending: () => false, useSecondThread() {} } });\n");
      const run = spawnSync(process.execPath, [path.join(root, 'bin', 'report-lint.js'), 'draft.txt'], { encoding: 'utf8' });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^report-lint: internal error: overlapping edits at offset 12\n/);
      assert.match(run.stderr, /at Object\.main/);
      assert.equal(run.stdout, '');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
