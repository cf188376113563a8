// "report-lint: 120/500 files" on stderr, for long runs on a terminal only; erased when the run ends.

import type { CliIo } from './io';

const SHOW_AFTER_MS = 500;
const EVERY_MS = 100;

export function progressReporter(io: CliIo, total: number): { tick: (done: number) => void; end: () => void } {
  if (total < 2 || !io.stderrIsTTY) return { tick: () => undefined, end: () => undefined };
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    tick(done) {
      const now = Date.now();
      if (now - started < SHOW_AFTER_MS || now - last < EVERY_MS) return;
      last = now;
      shown = true;
      io.stderr(`\rreport-lint: ${done}/${total} files`);
    },
    end() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
