// Two builds of what the lint worker does per keystroke (IncrementalLints.lintChanges: the engine's incremental lint
// and the reply's summary; then encodeFindings against the last reply), in one process, fed the same keystrokes in
// turn (which goes first alternates) on the 3 MB draft, typed as the server bench types: the CPU time of each, p50 /
// p95 / mean, and whether both give the same findings and summary. Each build is a bundle of server/src:
//   git archive <commit> server/src | tar -x -C /tmp/a && printf "export { IncrementalLints } from './server/src/linter';\nexport { encodeFindings } from './server/src/finding-delta';\n" > /tmp/a/entry.ts
//   NODE_PATH=$PWD/node_modules npx esbuild /tmp/a/entry.ts --bundle --platform=node --format=cjs --main-fields=module,main --outfile=/tmp/a.js
//   npx tsx scripts/bench/ab-worker.ts /tmp/a.js /tmp/b.js [keystrokes]

import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IncrementalLints } from '../../server/src/linter';
import type { encodeFindings } from '../../server/src/finding-delta';
import type { Finding } from '../../server/src/engine';
import { draftOfSize, median, percentile } from './measure';

const load = createRequire(__filename);
type Build = { IncrementalLints: typeof IncrementalLints; encodeFindings: typeof encodeFindings };
const builds = { a: load(path.resolve(process.argv[2])) as Build, b: load(path.resolve(process.argv[3])) as Build };
const count = Number(process.argv[4] ?? 150);
const text = draftOfSize(3);
const options = { locale: 'zh-cn' as const, format: 'plain' as const };
const uri = 'file:///bench.report';
const lines = text.split(/\r?\n/);
const line = Math.floor(lines.length / 2);
const state = {
  a: { lints: new builds.a.IncrementalLints(), last: [] as Finding[] },
  b: { lints: new builds.b.IncrementalLints(), last: [] as Finding[] },
};
for (const k of ['a', 'b'] as const) state[k].last = state[k].lints.lint(uri, text, options).findings;
console.log(`load ${os.loadavg()[0].toFixed(1)}`);
let character = lines[line].length;
let length = text.length;
const cpu = { a: [] as number[], b: [] as number[] };
const encoding = { a: [] as number[], b: [] as number[] };
let same = true;
for (let i = 0; i < count + 20; i++) {
  const at = { line, character };
  const typed = '工作推进有力，'[i % 7];
  length += typed.length;
  const changes = { changes: [{ range: { start: at, end: at }, text: typed }], length, lineCount: lines.length };
  const got: Record<string, unknown> = {};
  for (const k of i % 2 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
    const s = state[k];
    const start = process.cpuUsage();
    const reply = s.lints.lintChanges(uri, changes, options)!;
    const linted = process.cpuUsage(start);
    builds[k].encodeFindings(reply.findings, s.last);
    const used = process.cpuUsage(start);
    s.last = reply.findings;
    if (i >= 20) cpu[k].push((used.user + used.system) / 1000);
    if (i >= 20) encoding[k].push((used.user + used.system - linted.user - linted.system) / 1000);
    got[k] = reply.summary;
  }
  if (JSON.stringify(got.a) !== JSON.stringify(got.b)) same = false;
  if (i % 25 === 0 && JSON.stringify(state.a.last) !== JSON.stringify(state.b.last)) same = false;
  character += typed.length;
}
for (const k of ['a', 'b'] as const) {
  const s = cpu[k];
  const mean = s.reduce((x, y) => x + y, 0) / s.length;
  const e = encoding[k];
  console.log(`${k} CPU per keystroke (lint, summary, encoding) p50 ${median(s).toFixed(1)}  p95 ${percentile(s, 95).toFixed(1)}  mean ${mean.toFixed(1)} ms; encoding alone p50 ${median(e).toFixed(2)}  mean ${(e.reduce((x, y) => x + y, 0) / e.length).toFixed(2)} ms`);
}
console.log(`same findings and summaries: ${same}; load ${os.loadavg()[0].toFixed(1)}`);
