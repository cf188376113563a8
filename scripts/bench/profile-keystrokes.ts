// Profiles the incremental lint of single keystrokes on the 3 MB draft, fed to IncrementalLinter as LSP changes (as
// the server's worker gets them), typed as the keystroke bench types (or, with TYPING=server, as the server bench
// does): the characters (`char`: one profile over them) or the line breaks alone (`break`: a profile of each).
// Prints the median and p95 time, and per keystroke the self time by function, the time by rule (the outermost on the
// stack) and the inclusive time by function; `time` prints wall and CPU p50 / p95 without a profiler.
// Bundled first so that the profile names real source lines:
//   npx esbuild scripts/bench/profile-keystrokes.ts --bundle --platform=node --main-fields=module,main --sourcemap \
//     --outfile=dist/prof/profile.js
//   node --enable-source-maps dist/prof/profile.js char|break|time [megabytes] [keystrokes]

import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { IncrementalLinter } from '../../server/src/engine';
import { draftOfSize, median, percentile, typingPlan } from './measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function place(url: string, line: number, column: number): string {
  const entry = (url ? findSourceMap(url)?.findEntry(line, column) : undefined) as { originalSource?: string; originalLine?: number } | undefined;
  const file = entry?.originalSource ?? url;
  const at = entry?.originalLine ?? line;
  return `${file.replace(/^.*\/server\/src\//, '')}:${at + 1}`;
}

/** Self time (`self`) and inclusive time (`total`: each function once per sampled stack) by function, in ms. */
function functionTimes(profile: Profile, self: Map<string, number>, total: Map<string, number>, parts: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keys = new Map<number, string>();
  const keyOf = (node: ProfileNode) => {
    let key = keys.get(node.id);
    if (key === undefined) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      keys.set(node.id, (key = `${functionName || '(anon)'} ${place(url, lineNumber, columnNumber)}`));
    }
    return key;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    self.set(keyOf(node!), (self.get(keyOf(node!)) ?? 0) + ms);
    const seen = new Set<string>();
    // The part of the lint the sample is in: the outermost rule file on the stack, else the function under lintDocument or update.
    let part = 'other';
    let below = '';
    for (; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const key = keyOf(node);
      const rule = /rules\/([\w-]+)\.ts/.exec(key);
      if (rule) part = `rule ${rule[1]}`;
      else if ((key.startsWith('lintDocument ') || key.startsWith('update ')) && part === 'other') part = below;
      below = key.replace(/:\d+$/, '');
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
    parts.set(part, (parts.get(part) ?? 0) + ms);
  }
}

/**
 * Where and what is typed: as the keystroke bench types (a line break after every 19 characters, at the start of the
 * line after the middle character), or with TYPING=server as the server bench does (工作推进有力， at the end of the
 * middle line, no line break), or with TYPING=wrap as measure.ts's typingPlan (a paragraph wrapped by hand).
 */
function typing(text: string): { line: number; character: number; typed: string; breakEvery: number } {
  if (process.env.TYPING === 'wrap') return typingPlan(text);
  const lines = text.split(/\r?\n/);
  if (process.env.TYPING === 'server') {
    const line = Math.floor(lines.length / 2);
    return { line, character: lines[line].length, typed: '工作推进有力，', breakEvery: Infinity };
  }
  const middle = text.indexOf('\n', text.length >> 1) + 1;
  return { line: text.slice(0, middle).split('\n').length - 1, character: 0, typed: '二是加强学校管理，合格率提高至95.5%。推进工作', breakEvery: 20 };
}

/**
 * `time`: no profiler; the keystroke bench's typing (a line break after every 19 characters) as LSP changes, with the
 * wall and CPU time of each update: p50 / p95 of both, for characters and line breaks apart. CPU time moves less with
 * what else the machine runs.
 */
function timeKeystrokes(megabytes: number, count: number): void {
  const text = draftOfSize(megabytes);
  const linter = new IncrementalLinter({ format: 'plain' });
  linter.update(text);
  let { line, character, typed, breakEvery } = typing(text);
  const figures = { char: { wall: [] as number[], cpu: [] as number[] }, break: { wall: [] as number[], cpu: [] as number[] } };
  for (let i = 0; i < count + 20; i++) {
    const ch = i % breakEvery === breakEvery - 1 ? '\n' : typed[i % typed.length];
    const at = { line, character };
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    linter.update({ changes: [{ range: { start: at, end: at }, text: ch }] });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    if (i >= 20) {
      const kind = figures[ch === '\n' ? 'break' : 'char'];
      kind.wall.push(wall);
      kind.cpu.push((used.user + used.system) / 1000);
    }
    if (ch === '\n') {
      line++;
      character = 0;
    } else character += ch.length;
  }
  const all = { wall: [...figures.char.wall, ...figures.break.wall], cpu: [...figures.char.cpu, ...figures.break.cpu] };
  const show = (name: string, f: { wall: number[]; cpu: number[] }) =>
    console.log(`${name.padEnd(12)} wall p50/p95 ${median(f.wall).toFixed(1)} / ${percentile(f.wall, 95).toFixed(1)} ms   cpu p50/p95 ${median(f.cpu).toFixed(1)} / ${percentile(f.cpu, 95).toFixed(1)} ms`);
  show('characters', figures.char);
  if (figures.break.wall.length) {
    show('line breaks', figures.break);
    show('all', all);
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === 'time') return timeKeystrokes(Number(process.argv[3] ?? 3), Number(process.argv[4] ?? 200));
  const mode = process.argv[2] === 'break' ? 'break' : 'char';
  const megabytes = Number(process.argv[3] ?? 3);
  const count = Number(process.argv[4] ?? 100);
  const text = draftOfSize(megabytes);
  const linter = new IncrementalLinter({ format: 'plain' });
  linter.update(text);
  let { line, character, typed, breakEvery } = typing(text);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const times: number[] = [];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const parts = new Map<string, number>();
  // The keystroke bench's typing: a line break after every 19 characters. Characters: one profile over them all;
  // line breaks: a profile of each (their time alone), summed.
  const warmUp = 20;
  const breaks = mode === 'break';
  let profiled = 0;
  for (let i = 0; profiled < count; i++) {
    const ch = i % breakEvery === breakEvery - 1 ? '\n' : typed[i % typed.length];
    const wanted = i >= warmUp && (ch === '\n') === breaks;
    if (wanted && (breaks || profiled === 0)) await session.post('Profiler.start');
    const at = { line, character };
    const start = process.hrtime.bigint();
    linter.update({ changes: [{ range: { start: at, end: at }, text: ch }] });
    if (wanted) {
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      profiled++;
    }
    if (wanted && (breaks || profiled === count)) {
      const { profile } = await session.post('Profiler.stop');
      functionTimes(profile as unknown as Profile, self, total, parts);
    }
    if (ch === '\n') {
      line++;
      character = 0;
    } else character += ch.length;
  }
  const n = mode === 'break' ? count : count + Math.floor(count / (breakEvery - 1));
  console.log(`${mode}: ${times.length} keystrokes timed, median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms; self time per keystroke (${n} updates profiled):`);
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const print = (by: Map<string, number>) => {
    const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45));
    for (const [fn, ms] of top) console.log(`${(ms / n).toFixed(2).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${fn}`);
  };
  print(self);
  console.log('\nby part (the outermost rule on the stack, else what lintDocument or update called):');
  print(parts);
  console.log('\ninclusive time per keystroke:');
  print(total);
}

void main();
