// The CLI as a user runs it: a whole process (start, read, lint, print) on the 120k draft. Beside it, a bare Node
// process (`node -e 0`) timed the same way in the same minutes: what any Node program costs to start on this machine
// (perf33: NODE_EXTRA_CA_CERTS, when set, has Node parse that certificate file at every start, ≈ 30 ms of CPU for a
// 144-certificate bundle), so that the CLI's own part can be told from the host's.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BIG_DRAFT, machine, median, ROOT, row } from './measure';

export function benchCli(runs = 7): number {
  const bin = path.join(ROOT, 'bin', 'report-lint.js');
  const samples: number[] = [];
  const bare: number[] = [];
  const timed = (args: string[]) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  };
  for (let i = 0; i <= runs; i++) {
    const { result, ms } = timed([bin, '--format', 'json', BIG_DRAFT]);
    if (result.status !== 0 && result.status !== 1) throw new Error(`report-lint exited ${result.status}: ${result.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache
    const start = timed(['-e', '0']);
    if (i > 0) bare.push(start.ms);
  }
  const ms = median(samples);
  console.log(`\nCLI, whole process — ${machine()}`);
  row(['report-lint --format json, 120k draft', `${ms.toFixed(0)} ms`, `(median of ${runs}; target < 200 ms)`]);
  const extra = process.env.NODE_EXTRA_CA_CERTS ? '; NODE_EXTRA_CA_CERTS set, read at every start' : '';
  row(['  bare Node start (node -e 0), same runs', `${median(bare).toFixed(0)} ms`, `(the host's share${extra})`]);
  return ms;
}
