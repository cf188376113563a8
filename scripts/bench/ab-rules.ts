// Rule by rule, several builds of the engine in one process: each round, each build (the order rotates) parses the
// draft and runs its rules one at a time on that parse, in the registry's order, the CPU time of each timed (a model
// part is charged to the first rule that reads it, as in a full lint). Prints the median per rule and build, the rules
// the last build is slowest in against the first first; with ONLY=rule-a,rule-b only those run (ONLY=one rule: that rule alone, with every model
// part it reads). Each build is an engine bundle (see ab-full.ts):
//   npx esbuild server/src/engine/index.ts --bundle --platform=node --format=cjs --main-fields=module,main --outfile=/tmp/a.js
//   npx tsx scripts/bench/ab-rules.ts /tmp/a.js /tmp/b.js [...]   [ROUNDS=6] [DRAFT=path: the 3 MB draft by default]
// On a loaded machine this tells which rule a full lint's change comes from better than the bench's one figure does.

import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { lintDetailed, ReportDocument, rules } from '../../server/src/engine';
import { draftOfSize, median } from './measure';

const load = createRequire(__filename);
type Engine = { lintDetailed: typeof lintDetailed; ReportDocument: typeof ReportDocument; rules: typeof rules };
const files = process.argv.slice(2);
const engines = files.map((file) => load(path.resolve(file)) as Engine);
const rounds = Number(process.env.ROUNDS ?? 6);
const text = process.env.DRAFT ? fs.readFileSync(process.env.DRAFT, 'utf8') : draftOfSize(3);
const only = process.env.ONLY?.split(',');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times = engines.map(() => new Map<string, number[]>());

function lintByRule(e: Engine, into: Map<string, number[]> | undefined): void {
  const add = (key: string, ms: number) => { if (into) into.set(key, [...(into.get(key) ?? []), ms]); };
  let start = cpu();
  const doc = new e.ReportDocument(text, 'plain');
  add('(parse)', cpu() - start);
  const ids = e.rules.map((r) => r.meta.id).filter((id) => !only || only.includes(id));
  let total = 0;
  for (const id of ids) {
    // Every rule but this one off; the one parse is shared, so what it has read stays read.
    const settings = Object.fromEntries(e.rules.map((r) => [r.meta.id, r.meta.id === id ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    start = cpu();
    e.lintDetailed(text, { format: 'plain', rules: settings }, doc);
    const ms = cpu() - start;
    total += ms;
    add(id, ms);
  }
  add('(all rules)', total);
}

for (const e of engines) lintByRule(e, undefined);
for (let r = 0; r < rounds; r++) {
  for (let j = 0; j < engines.length; j++) {
    const k = (j + r) % engines.length;
    lintByRule(engines[k], times[k]);
  }
}
const keys = [...times[0].keys()];
const medians = keys.map((key) => ({ key, ms: times.map((m) => median(m.get(key) ?? [0])) }));
const last = engines.length - 1;
medians.sort((x, y) => (y.ms[last] - y.ms[0]) - (x.ms[last] - x.ms[0]));
console.log(`${'rule'.padEnd(24)}${files.map((f) => path.basename(f).padStart(16)).join('')}   (CPU ms, median of ${rounds})`);
for (const { key, ms } of medians) console.log(`${key.padEnd(24)}${ms.map((v) => v.toFixed(1).padStart(16)).join('')}`);
