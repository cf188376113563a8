// The lint worker (dist/lint-worker.js, started by WorkerLinter as the server starts it) in fresh processes started with
// SERVER_EXEC_ARGV and A or B more Node / V8 flags (process-wide: the worker runs under them too), interleaved: as
// the former ab-semi-space.ts, the 3 MB draft opened, left until the process idles, then 160 keystrokes each sent once the last
// was linted; the CPU per keystroke (all threads) of the first 60 and the next 100, and the process's RSS 3 s
// after (docs/performance.md, perf46). The RSS includes tsx's loader in both threads.
//   npm run build && npx tsx scripts/bench/ab-flags.ts "" "--no-sparkplug" [rounds]
// A token semi=N sets the worker's semi-spaces to N MB (the flag WorkerLinter sets before it starts the worker,
// rewritten; process flags cannot, WorkerLinter's setting would win): ab-flags.ts semi=2 semi=1 (formerly
// ab-semi-space.ts 2 1).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { draftOfSize, median, percentile, ROOT, processCpuMs, sleep, untilIdle } from './measure';
import { SERVER_EXEC_ARGV } from '../../server/src/heap-sizing';

const cpu = processCpuMs;
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;

async function once(semi?: string): Promise<string> {
  if (semi) {
    const set = v8.setFlagsFromString;
    (v8 as { setFlagsFromString: (f: string) => void }).setFlagsFromString = (f: string) => set(f.replace(/--max-semi-space-size=\d+/, `--max-semi-space-size=${semi}`));
  }
  const { WorkerLinter } = await import('../../server/src/worker-linter');
  const text = draftOfSize(3);
  const linter = new WorkerLinter(path.join(ROOT, 'dist', 'lint-worker.js'), 120_000);
  const uri = 'file:///bench/big.report';
  const options = { locale: 'zh-cn' as const };
  const lines = text.split(/\r?\n/);
  const line = lines.length >> 1;
  let column = lines[line].length;
  let length = text.length;
  let version = 1;
  await linter.lint({ uri, version, text: () => text, length, options, lineCount: lines.length });
  await untilIdle(cpu);
  const wall: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 160; i++) {
    const typed = '工作推进有力，'[i % 7];
    const change = { range: { start: { line, character: column }, end: { line, character: column } }, text: typed };
    column++;
    length++;
    version++;
    const c = cpu();
    const t = performance.now();
    await linter.lint({ uri, version, text: () => '', length, options, lineCount: lines.length, changesSince: () => [change] });
    wall.push(performance.now() - t);
    cpus.push(cpu() - c);
    await sleep(30);
  }
  await sleep(3000);
  const r = rss();
  linter.dispose();
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  return `CPU/keystroke first 60 ${mean(cpus.slice(0, 60)).toFixed(1)} next 100 ${mean(cpus.slice(60)).toFixed(1)} ms, wall p50/p95 ${median(wall).toFixed(0)}/${percentile(wall, 95).toFixed(0)} | RSS 3 s idle ${r.toFixed(1)} MB`;
}


if (process.argv[2] === '--once') void once(process.argv[3]).then((l) => console.log(l));
else {
  const variants = [process.argv[2] ?? '', process.argv[3] ?? ''];
  const rounds = Number(process.argv[4] ?? 2);
  for (let r = 0; r < rounds; r++)
    for (const flags of r % 2 ? [...variants].reverse() : variants) {
      const tokens = flags.split(' ').filter(Boolean);
      const semi = tokens.find((t) => t.startsWith('semi='))?.slice(5);
      const nodeFlags = tokens.filter((t) => !t.startsWith('semi='));
      const out = execFileSync(process.execPath, [...SERVER_EXEC_ARGV, ...nodeFlags, '--import', 'tsx', __filename, '--once', ...(semi ? [semi] : [])], { encoding: 'utf8', env: process.env });
      console.log(`[${flags || 'as shipped'}] load ${os.loadavg()[0].toFixed(1)} | ${out.trim()}`);
    }
}
