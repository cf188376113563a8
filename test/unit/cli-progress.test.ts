// Progress on stderr: only on a terminal, only for a run that lasts, and erased at the end.
import * as assert from 'node:assert/strict';
import { progressReporter } from '../../server/src/cli/progress';

describe('cli progress', () => {
  const realNow = Date.now;
  let now = 0;
  beforeEach(() => {
    now = 1_000_000;
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  const io = (stderrIsTTY: boolean) => {
    const io = { written: '', stdout: () => undefined, stderr: (t: string) => void (io.written += t), env: {}, stderrIsTTY };
    return io;
  };

  it('says nothing when stderr is not a terminal', () => {
    const pipe = io(false);
    const progress = progressReporter(pipe, 100);
    now += 5000;
    progress.tick(50);
    progress.end();
    assert.equal(pipe.written, '');
  });

  it('says nothing for a short run, counts files in a long one, and erases the line', () => {
    const tty = io(true);
    const progress = progressReporter(tty, 100);
    now += 100;
    progress.tick(10);
    assert.equal(tty.written, '');
    now += 1000;
    progress.tick(60);
    assert.equal(tty.written, '\rreport-lint: 60/100 files');
    progress.end();
    assert.match(tty.written, /\r\x1b\[K$/);
  });
});
