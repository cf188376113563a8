// The first keystrokes after the open through the lint worker (WorkerLinter, as the server drives it, without the LSP
// server's thread): the draft opened, left alone until the process is idle (the worker warms up, warm-up.ts, and collects), then 160
// keystrokes typed at the end of the middle line, each sent as its change once the last was linted, 30 ms apart. Per
// keystroke its lint's wall time and the process's CPU (all threads: the worker's, V8's compiler and collector
// threads), for the first 20, the first 60 and the next 100. Two builds interleaved, in fresh processes:
//   npx tsx scripts/bench/warm-worker.ts /tmp/before/server.js dist/server.js [rounds]   (BENCH_DRAFT=1: the 1 MB draft)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIG_DRAFT, draftOfSize, median, percentile, processCpuMs, sleep, untilIdle } from './measure';
import { WorkerLinter } from '../../server/src/worker-linter';
import { SERVER_EXEC_ARGV } from '../../server/src/heap-sizing';

const cpu = processCpuMs;

async function once(script: string): Promise<string> {
  const text = process.env.BENCH_DRAFT === '120k' ? fs.readFileSync(BIG_DRAFT, 'utf8') : draftOfSize(Number(process.env.BENCH_DRAFT ?? 3));
  const linter = new WorkerLinter(script, 120_000);
  const uri = 'file:///bench/big.report';
  const options = { locale: 'zh-cn' as const };
  const lines = text.split(/\r?\n/);
  let line = lines.length >> 1;
  let column = lines[line].length;
  let length = text.length;
  let version = 1;
  const c0 = cpu();
  await linter.lint({ uri, version, text: () => text, length, options, lineCount: lines.length });
  const opened = cpu() - c0;
  const c1 = cpu();
  // Until the process is idle (under 20 ms of CPU in 500 ms), at least 1.5 s, at most 30 s.
  const waited = performance.now();
  await untilIdle(cpu);
  const idle = cpu() - c1;
  const idleMs = performance.now() - waited;
  const wall: number[] = [];
  const cpus: number[] = [];
  // BENCH_TYPING=enter: every 10th edit, the first one too, a line break at the cursor (the writer's Enter), the typing
  // going on on the new line; the line breaks are reported apart.
  const enter = process.env.BENCH_TYPING === 'enter';
  let lineCount = lines.length;
  for (let i = 0; i < 160; i++) {
    const broken = enter && i % 10 === 0;
    const typed = broken ? '\n' : '工作推进有力，'[i % 7];
    const change = { range: { start: { line, character: column }, end: { line, character: column } }, text: typed };
    if (broken) {
      line++;
      column = 0;
      lineCount++;
    } else column++;
    length++;
    version++;
    const c = cpu();
    const t = performance.now();
    await linter.lint({ uri, version, text: () => '', length, options, lineCount, changesSince: () => [change] });
    wall.push(performance.now() - t);
    cpus.push(cpu() - c);
    await sleep(30);
  }
  linter.dispose();
  const part = (from: number, to: number) =>
    `${(cpus.slice(from, to).reduce((a, b) => a + b, 0) / (to - from)).toFixed(1)} ms CPU, wall p50/p95 ${median(wall.slice(from, to)).toFixed(0)}/${percentile(wall.slice(from, to), 95).toFixed(0)}`;
  const head = `open ${opened.toFixed(0)} ms CPU, then ${idle.toFixed(0)} ms CPU until idle (${(idleMs / 1000).toFixed(1)} s)`;
  if (enter) {
    const breaks = (from: number, to: number) => {
      const at = [];
      for (let i = from; i < to; i += 10) at.push(i);
      return `${at.map((i) => `${cpus[i].toFixed(0)}/${wall[i].toFixed(0)}`).join(' ')} ms CPU/wall, mean ${(at.reduce((a, i) => a + cpus[i], 0) / at.length).toFixed(1)} ms CPU`;
    };
    const keys = (from: number, to: number) => {
      const c: number[] = [];
      const w: number[] = [];
      for (let i = from; i < to; i++) if (i % 10) (c.push(cpus[i]), w.push(wall[i]));
      return `${(c.reduce((a, b) => a + b, 0) / c.length).toFixed(1)} ms CPU, wall p50/p95 ${median(w).toFixed(0)}/${percentile(w, 95).toFixed(0)}`;
    };
    return `${head} | line breaks, first 6: ${breaks(0, 60)} | next 10: ${breaks(60, 160)} | other keystrokes, first 60: ${keys(0, 60)} | next 100: ${keys(60, 160)}`;
  }
  return `${head} | first 20: ${part(0, 20)} | first 60: ${part(0, 60)} | next 100: ${part(60, 160)}`;
}

if (process.argv[2] === '--once') {
  void once(process.argv[3]).then((line) => console.log(line));
} else {
  const builds = { a: path.resolve(process.argv[2]), b: path.resolve(process.argv[3]) };
  const rounds = Number(process.argv[4] ?? 2);
  for (let r = 0; r < rounds; r++)
    for (const k of r % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
      const out = execFileSync(process.execPath, [...SERVER_EXEC_ARGV, '--import', 'tsx', __filename, '--once', builds[k]], { encoding: 'utf8', env: process.env });
      console.log(`${k} load ${os.loadavg()[0].toFixed(1)} | ${out.trim()}`);
    }
}
