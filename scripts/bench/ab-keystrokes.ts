// Two builds of the engine in one process, fed the same keystrokes on the 3 MB draft in turn (which goes first
// alternates): the CPU time of each update, p50 / p95 / mean, for characters and line breaks apart, and whether the
// two give the same findings (every 25th keystroke). On a machine shared with other work this compares two builds
// better than two runs one after the other. Each build is an engine bundle:
//   npx esbuild server/src/engine/index.ts --bundle --platform=node --format=cjs --main-fields=module,main --outfile=/tmp/a.js
//   npx tsx scripts/bench/ab-keystrokes.ts /tmp/a.js /tmp/b.js [keystrokes]     (TYPING=keystroke: the keystroke bench's typing)

import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { IncrementalLinter } from '../../server/src/engine';
import { draftOfSize, median, percentile, typingPlan } from './measure';

const load = createRequire(__filename);
type Engine = { IncrementalLinter: typeof IncrementalLinter };
const [a, b] = [process.argv[2], process.argv[3]].map((file) => load(path.resolve(file)) as Engine);
const count = Number(process.argv[4] ?? 150);
const text = draftOfSize(3);
const linters = { a: new a.IncrementalLinter({ format: 'plain' }), b: new b.IncrementalLinter({ format: 'plain' }) };
linters.a.update(text);
linters.b.update(text);
const plan = typingPlan(text);
const { typed, breakEvery } = plan;
let { line, character } = plan;
const cpu = { a: { chars: [] as number[], breaks: [] as number[] }, b: { chars: [] as number[], breaks: [] as number[] } };
let same = true;
for (let i = 0; i < count + 20; i++) {
  const ch = i % breakEvery === breakEvery - 1 ? '\n' : typed[i % typed.length];
  const at = { line, character };
  const change = { changes: [{ range: { start: at, end: at }, text: ch }] };
  const found: Record<string, unknown> = {};
  for (const k of i % 2 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
    const start = process.cpuUsage();
    found[k] = linters[k].update(change).findings;
    const used = process.cpuUsage(start);
    if (i >= 20) cpu[k][ch === '\n' ? 'breaks' : 'chars'].push((used.user + used.system) / 1000);
  }
  if (i % 25 === 0 && JSON.stringify(found.a) !== JSON.stringify(found.b)) same = false;
  if (ch === '\n') {
    line++;
    character = 0;
  } else character += ch.length;
}
for (const k of ['a', 'b'] as const) {
  for (const kind of ['chars', 'breaks'] as const) {
    const s = cpu[k][kind];
    if (!s.length) continue;
    const mean = s.reduce((x, y) => x + y, 0) / s.length;
    console.log(`${k} ${kind.padEnd(6)} CPU per update p50 ${median(s).toFixed(1)}  p95 ${percentile(s, 95).toFixed(1)}  mean ${mean.toFixed(1)} ms`);
  }
}
console.log(`findings the same: ${same}`);
