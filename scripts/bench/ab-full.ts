// Several builds of the engine in one process, each giving a warm full lint of the 120k draft in turn (the order
// rotates each round): the CPU time of each lint, median over the rounds, and whether all give the same findings.
// Each build is an engine bundle (see ab-keystrokes.ts):
//   npx esbuild server/src/engine/index.ts --bundle --platform=node --format=cjs --main-fields=module,main --outfile=/tmp/a.js
//   npx tsx scripts/bench/ab-full.ts /tmp/a.js /tmp/b.js [...] [ROUNDS=30] [DRAFT=path, another draft than the 120k one]

import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { lintDetailed } from '../../server/src/engine';
import { BIG_DRAFT, median } from './measure';

const load = createRequire(__filename);
type Engine = { lintDetailed: typeof lintDetailed };
const files = process.argv.slice(2);
const engines = files.map((file) => load(path.resolve(file)) as Engine);
const rounds = Number(process.env.ROUNDS ?? 30);
const text = fs.readFileSync(process.env.DRAFT ?? BIG_DRAFT, 'utf8');
const cpu: number[][] = engines.map(() => []);
const first = engines.map((e) => JSON.stringify(e.lintDetailed(text, { format: 'plain' }).findings));
for (let w = 0; w < 5; w++) for (const e of engines) e.lintDetailed(text, { format: 'plain' });
for (let r = 0; r < rounds; r++) {
  for (let j = 0; j < engines.length; j++) {
    const k = (j + r) % engines.length;
    const start = process.cpuUsage();
    engines[k].lintDetailed(text, { format: 'plain' });
    const used = process.cpuUsage(start);
    cpu[k].push((used.user + used.system) / 1000);
  }
}
const base = median(cpu[0]);
files.forEach((file, k) => {
  const m = median(cpu[k]);
  // The median of each round's ratio to the first build's lint of the same round (run next to it): a load that
  // changes over the minutes of the run moves both lints of a round alike (perf76: at load 15–20 the medians of two
  // runs differed by 10 %, the paired figure by 2).
  const paired = median(cpu[k].map((ms, r) => ((ms - cpu[0][r]) / cpu[0][r]) * 100));
  console.log(`${path.basename(file).padEnd(20)} median ${m.toFixed(2)} ms  ${(((m - base) / base) * 100).toFixed(1).padStart(5)} %  paired ${paired.toFixed(1).padStart(5)} %  same findings as first: ${first[k] === first[0]}`);
});
console.log(`load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
