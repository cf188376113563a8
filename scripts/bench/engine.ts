// The engine in-process: the 120k-character draft against a floor (five simple regexes and the line starts over the
// same text, measured in the same run), the 3 MB draft against the 120k one, and memory.

import * as fs from 'node:fs';
import { lintDetailed, parseDocument, type TextFormat } from '../../server/src/engine';
import { benchKeystrokes } from './keystrokes';
import { BIG_DRAFT, corpusTexts, draftOfSize, machine, row, time, timePair } from './measure';

/** What any linter of this text must at least do: find line starts and run a handful of simple patterns over it. */
const FLOOR_PATTERNS = [
  /[一二三四五六七八九十]+、/g,
  /[（(][一二三四五六七八九十]+[）)]/g,
  /\d+(?:\.\d+)?[%％]/g,
  /[xX×]{2,}|某某/g,
  /[“”‘’《》（）【】]/g,
];

export function floor(text: string): number {
  let count = 0;
  for (const re of FLOOR_PATTERNS) {
    re.lastIndex = 0;
    while (re.exec(text)) count++;
  }
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return count + starts.length;
}

const lint = (text: string, format: TextFormat = 'plain') => () => void lintDetailed(text, { format });

export interface EngineFigures {
  floorMs: number;
  engineMs: number;
  ratio: number;
  bigMs: number;
  bigRatio: number;
}

export function benchEngine(): EngineFigures {
  const m = machine();
  const text = fs.readFileSync(BIG_DRAFT, 'utf8');
  console.log(`\nEngine, in-process (median; floor and lint interleaved) — ${m}`);
  row(['input', 'chars', 'ms', 'figure']);
  const [floorMs, engineMs] = timePair(() => floor(text), lint(text), 21);
  row(['floor: 5 regexes + line starts, 120k draft', text.length, floorMs.toFixed(2), '']);
  row(['full lint, 120k draft', text.length, engineMs.toFixed(2), `${(engineMs / floorMs).toFixed(1)}× floor (target ≤ 7.5×)`]);
  const big = draftOfSize(3);
  const bigMs = time(lint(big), 3);
  const bytes = Buffer.byteLength(big);
  row(['full lint, 3 MB draft', big.length, bigMs.toFixed(0), `${(bigMs / engineMs).toFixed(1)}× the 120k (size ${(bytes / Buffer.byteLength(text)).toFixed(1)}×; target ≤ 11×)`]);

  console.log(`\nIncremental lint (IncrementalLinter, as the server's worker runs it): a character typed at a time into a line in the middle, a new line every 20 — ${machine()}`);
  row(['input', 'chars', 'ms', 'figure']);
  benchKeystrokes('120k draft', text);
  benchKeystrokes('3 MB draft', big, 60);

  console.log(`\nCorpus drafts (median of 15) — ${m}`);
  row(['file', 'chars', 'ms', 'MB/s']);
  for (const draft of corpusTexts()) {
    const ms = time(lint(draft), 15);
    row([draft.split('\n')[0].slice(0, 20), draft.length, ms.toFixed(2), ((Buffer.byteLength(draft) / 2 ** 20) / (ms / 1000)).toFixed(1)]);
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const doc = parseDocument(big, 'plain');
  const result = lintDetailed(big, {}, doc);
  gc?.();
  const held = process.memoryUsage().heapUsed - before;
  console.log(`\nMemory for the 3 MB draft — ${m}`);
  row(['heap held by model + findings', `${(held / 2 ** 20).toFixed(0)} MB`, `${result.findings.length} findings`]);
  if (!gc) console.log('(run with node --expose-gc for exact heap figures)');
  return { floorMs, engineMs, ratio: engineMs / floorMs, bigMs, bigRatio: bigMs / engineMs };
}
