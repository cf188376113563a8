// Two builds of the server driven alike, in turn (which goes first alternates), each in both modes (pull, push): the
// server bench's typing (200 edits at 100 ms, then at 300 ms, into the 3 MB draft), and per build the CPU time per edit
// on the server's thread and in all its threads, per lint, the latencies and the idle RSS. CPU time hardly moves with
// what else the machine runs; the latencies do (the load average is printed with each pair).
//   cp -r dist /tmp/before   (a build from before the change)
//   npx tsx scripts/bench/ab-server.ts /tmp/before/server.js dist/server.js [pairs] [edits]

import * as os from 'node:os';
import * as path from 'node:path';
import { benchServer, type ServerFigures } from './server';

const builds = { a: path.resolve(process.argv[2]), b: path.resolve(process.argv[3]) };
const pairs = Number(process.argv[4] ?? 1);
const edits = Number(process.argv[5] ?? 200);
const load = () => os.loadavg()[0].toFixed(1);

function line(name: string, mode: string, f: ServerFigures, startLoad: string): void {
  const t = f.typing.map((x) => `${x.intervalMs} ms: p50/p95 ${x.p50.toFixed(0)}/${x.p95.toFixed(0)}, own ${x.ownVersions}/${x.edits}, CPU/edit main ${x.cpuPerEdit.main.toFixed(1)} all ${x.cpuPerEdit.all.toFixed(1)}, CPU/lint ${x.cpuPerLint.toFixed(0)}${mode === 'pull' ? `, unchanged ${x.unchanged}` : ''}`);
  const w = f.warmUp;
  const first = `first ${w.edits}: p50/p95 ${w.p50.toFixed(0)}/${w.p95.toFixed(0)}, own ${w.ownVersions}/${w.edits}, CPU/lint ${w.cpuPerLint.toFixed(0)} (helpers ${(w.threads.helpers / Math.max(1, w.lints)).toFixed(1)})`;
  console.log(`${name} ${mode.padEnd(4)} load ${startLoad}→${load()} | open ${f.openMs.toFixed(0)} ms, then CPU ${f.settled.cpu.toFixed(0)} ms | ${first} | ${t.join(' | ')} | RSS idle ${f.rssMB.toFixed(0)} MB (peak ${f.peakRssMB.toFixed(0)})`);
}

void (async () => {
  for (let p = 0; p < pairs; p++) {
    for (const mode of ['push', 'pull'] as const) {
      const order = (p + (mode === 'pull' ? 1 : 0)) % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const);
      for (const k of order) {
        const l = load();
        line(k, mode, await benchServer(mode, edits, builds[k], true), l);
      }
    }
  }
})();
