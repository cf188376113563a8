// `npm run bench`: how fast the engine lints, whether time grows linearly with the text, and how much
// memory a large document takes. Prints figures; it asserts nothing (speed is not a unit test).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintDetailed, parseDocument, type TextFormat } from '../server/src/engine';

const CORPUS = path.join(__dirname, '..', 'test', 'fixtures', 'corpus');

function time(fn: () => void, runs: number): number {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const lint = (text: string, format: TextFormat = 'plain') => () => void lintDetailed(text, { format });
const kb = (text: string) => (text.length * 2) / 1024; // UTF-16 in memory
const row = (cells: (string | number)[]) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 46 : 14)).join(''));

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);

console.log('Corpus drafts (median of 20 runs)');
row(['file', 'lines', 'ms', 'MB/s']);
const corpusTexts: string[] = [];
for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  corpusTexts.push(text);
  const ms = time(lint(text), 20);
  row([file, text.split('\n').length, ms.toFixed(2), (kb(text) / 1024 / (ms / 1000)).toFixed(1)]);
}

console.log('\nLinear growth: the whole corpus repeated n times (time should grow like n)');
row(['input', 'size', 'ms', 'ms per ×1']);
const corpus = corpusTexts.join('\n\n');
let base = 0;
for (const n of [1, 10, 50]) {
  const text = Array(n).fill(corpus).join('\n\n');
  const ms = time(lint(text), n === 50 ? 3 : 5);
  if (n === 1) base = ms;
  row([`corpus × ${n}`, `${(kb(text) / 1024).toFixed(1)} MB`, ms.toFixed(1), `${(ms / n).toFixed(1)} (×1: ${base.toFixed(1)})`]);
}

console.log('\nAdversarial input: runs of what the rules look for, 1 MB and 10 MB on one line');
row(['input', '1 MB ms', '10 MB ms', 'ratio (≈10)']);
const mixed = '某某单位由61.2%提高至58.7%，一是加强；二是完善；四是“落实（xx市20xx年）';
for (const [name, unit] of [
  ['mixed draft text', mixed],
  ['x', 'x'],
  ['“ (unclosed quotes)', '“'],
  ['（ (unclosed brackets)', '（'],
  ['digits', '7'],
  ['一是', '一是'],
  ['spaces', ' '],
] as const) {
  const one = unit.repeat(Math.ceil((512 * 1024) / unit.length));
  const ten = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
  const a = time(lint(one), 3);
  const b = time(lint(ten), 1);
  row([name, a.toFixed(0), b.toFixed(0), (b / a).toFixed(1)]);
}

console.log('\nTyping in a long draft (1,500 lines, the size that lags other linters): one lint per keystroke');
const long = corpusTexts[2].split('\n').concat(corpusTexts[2].split('\n')).slice(0, 1500).join('\n');
row(['1,500-line draft', `${long.split('\n').length} lines`, `${time(lint(long), 30).toFixed(2)} ms`]);

console.log('\nMemory for a 10 MB document (model + findings)');
const gc = (globalThis as { gc?: () => void }).gc;
const big = Array(Math.ceil((5 * 1024 * 1024) / corpus.length)).fill(corpus).join('\n\n');
gc?.();
const before = process.memoryUsage().heapUsed;
const doc = parseDocument(big, 'plain');
const result = lintDetailed(big, {}, doc);
gc?.();
const after = process.memoryUsage().heapUsed;
row(['heap held by model + findings', `${((after - before) / 1024 / 1024).toFixed(0)} MB`, `${result.findings.length} findings`]);
row(['peak resident set size', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`]);
if (!gc) console.log('(run with node --expose-gc for exact heap figures)');
