// The first keystrokes after the open, in-process (the lint worker's path: IncrementalLints, the reply's delta):
// the 3 MB draft (BENCH_DRAFT=120k: the 120k one; =1: 1 MB) linted whole, then WARM=1 the worker's warm-up (warm-up.ts) run
// to its end, then 60 keystrokes typed as the server bench types them, and 100 more; per keystroke its wall time and
// the process's CPU (all threads: V8's compiler threads too). Run with --trace-opt to see what V8 still optimizes.
import * as fs from 'node:fs';
import { encodeFindings } from '../../server/src/finding-delta';
import { IncrementalLints } from '../../server/src/linter';
import { warmUpSteps } from '../../server/src/warm-up';
import type { Finding } from '../../server/src/engine';
import { BIG_DRAFT, draftOfSize, median, percentile } from './measure';

const text = process.env.BENCH_DRAFT === '120k' ? fs.readFileSync(BIG_DRAFT, 'utf8') : draftOfSize(Number(process.env.BENCH_DRAFT ?? 3));
const options = { format: 'plain' as const };
const lints = new IncrementalLints();
const uri = 'file:///big.report';
let previous: Finding[] = lints.lint(uri, text, options).findings;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
(globalThis as { gc?: () => void }).gc?.();
const c0 = cpu();
const w0 = performance.now();
let steps = 0;
if (process.env.WARM) {
  const step = warmUpSteps(lints, uri, options, () => previous);
  const per: string[] = [];
  for (let how = 'more'; how === 'more'; steps++) {
    const c = cpu();
    how = step();
    per.push((cpu() - c).toFixed(0));
    if (how !== 'more') console.log(`warm-up ended: ${how}`);
  }
  console.log(`per step: ${per.join(' ')}`);
}
console.log(`warm-up: ${steps} steps, ${(performance.now() - w0).toFixed(0)} ms wall, ${(cpu() - c0).toFixed(0)} ms CPU`);
console.log('--- keystrokes');
const lines = text.split(/\r?\n/);
const line = lines.length >> 1;
let column = lines[line].length;
let length = text.length;
const lineCount = lines.length;
const wall: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < 160; i++) {
  const typed = '工作推进有力，'[i % 7];
  const c = cpu();
  const t = performance.now();
  length += 1;
  const reply = lints.lintChanges(uri, { changes: [{ range: { start: { line, character: column }, end: { line, character: column } }, text: typed }], length, lineCount }, options);
  if (!reply) throw new Error('not linted');
  encodeFindings(reply.findings, previous);
  previous = reply.findings;
  column++;
  wall.push(performance.now() - t);
  cpus.push(cpu() - c);
}
const show = (label: string, from: number, to: number) =>
  console.log(`${label}: wall p50 ${median(wall.slice(from, to)).toFixed(1)} p95 ${percentile(wall.slice(from, to), 95).toFixed(1)}; CPU (all threads) per key ${(cpus.slice(from, to).reduce((a, b) => a + b, 0) / (to - from)).toFixed(1)} ms`);
show('first 20', 0, 20);
show('first 60', 0, 60);
show('next 100', 60, 160);
