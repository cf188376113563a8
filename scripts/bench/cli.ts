// The CLI as a user runs it: a whole process (start, read, lint, print) on the 120k draft.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BIG_DRAFT, machine, median, ROOT, row } from './measure';

export function benchCli(runs = 7): number {
  const bin = path.join(ROOT, 'bin', 'report-lint.js');
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, '--format', 'json', BIG_DRAFT], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`report-lint exited ${result.status}: ${result.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache
  }
  const ms = median(samples);
  console.log(`\nCLI, whole process — ${machine()}`);
  row(['report-lint --format json, 120k draft', `${ms.toFixed(0)} ms`, `(median of ${runs}; target < 200 ms)`]);
  return ms;
}
