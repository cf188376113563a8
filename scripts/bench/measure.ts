// What every bench figure is printed with: the machine it ran on, and timing helpers (medians, percentiles).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The machine, as one short string printed beside every figure: figures from different machines do not compare. */
export function machine(): string {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').replace(/\(R\)|\(TM\)| CPU| Processor/g, '').trim();
  const load = os.loadavg()[0].toFixed(1);
  return `${cpus.length}× ${model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${load}`;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Median milliseconds of `runs` calls after one warm-up call. */
export function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/** Interleaves two measurements so that a busy machine slows both alike; returns both medians. */
export function timePair(a: () => void, b: () => void, runs: number): [number, number] {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, out] of [[a, as], [b, bs]] as const) {
      const start = process.hrtime.bigint();
      fn();
      out.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return [median(as), median(bs)];
}

export const ROOT = path.join(__dirname, '..', '..');
export const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
export const BIG_DRAFT = path.join(CORPUS, 'zh-half-year-summaries-traditional.txt');

export function corpusTexts(): string[] {
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'));
}

/** The corpus drafts one after another until the text is `megabytes` MB in UTF-8: a long draft made of real ones. */
export function draftOfSize(megabytes: number): string {
  const drafts = corpusTexts();
  const target = megabytes * 1024 * 1024;
  const pieces: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const draft = drafts[i % drafts.length];
    pieces.push(draft);
    bytes += Buffer.byteLength(draft) + 2;
  }
  return pieces.join('\n\n');
}

export function row(cells: (string | number)[], widths = [44, 14, 14, 14]): void {
  console.log(cells.map((c, i) => String(c).padEnd(widths[i] ?? 14)).join(''));
}

/**
 * Where and what the keystroke scripts type into a draft: by default the server bench's typing (at the end of the
 * middle line, no line break), with TYPING=keystroke the keystroke bench's (a line in the middle, a break every 20:
 * on the 3 MB draft that line is a page counter, furniture), with TYPING=wrap the server bench's words typed into the
 * middle of a line of running text (the first of 50 characters or more from the middle on) with a break every 20,
 * typing on at the start of the line broken off (a writer wrapping a paragraph by hand).
 */
export function typingPlan(text: string): { line: number; character: number; typed: string; breakEvery: number } {
  if (process.env.TYPING === 'wrap') {
    const lines = text.split(/\r?\n/);
    let line = Math.floor(lines.length / 2);
    while (line < lines.length - 1 && !(lines[line].length >= 50 && /[。，]/.test(lines[line]))) line++;
    return { line, character: lines[line].length >> 1, typed: '工作推进有力，', breakEvery: 20 };
  }
  if (process.env.TYPING === 'keystroke') {
    const middle = text.indexOf('\n', text.length >> 1) + 1;
    return { line: text.slice(0, middle).split('\n').length - 1, character: 0, typed: '二是加强学校管理，合格率提高至95.5%。推进工作', breakEvery: 20 };
  }
  const lines = text.split(/\r?\n/);
  const line = Math.floor(lines.length / 2);
  return { line, character: lines[line].length, typed: '工作推进有力，', breakEvery: Infinity };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** This process's CPU time, user and system, in ms. */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Waits until `cpu` (ms of CPU so far) grows by under 20 ms in 500 ms: at least `atLeast` ms (a worker's idle
 * collection runs after 1 s without a lint), at most `atMost` ms.
 */
export async function untilIdle(cpu: () => number, atLeast = 1500, atMost = 30_000): Promise<void> {
  const started = performance.now();
  await sleep(atLeast);
  for (let last = cpu(); performance.now() - started < atMost; ) {
    await sleep(500);
    const now = cpu();
    if (now - last < 20) break;
    last = now;
  }
}
