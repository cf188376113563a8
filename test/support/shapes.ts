// Document shapes that once made the engine (or the server) do work growing faster than the text: each builds a
// text of about `size` UTF-16 units. The robustness suite lints every shape; `npm run bench` times each at two
// sizes and prints the ratio (linear means the time grows like the size). Speed is measured, never asserted.

import type { TextFormat } from '../../server/src/engine';

export interface Shape {
  name: string;
  /** What used to go wrong with it, in a few words. */
  why: string;
  format: TextFormat;
  build(size: number): string;
}

/** `unit` repeated until the text is about `size` long. */
function fill(unit: string, size: number, prefix = '', suffix = ''): string {
  return prefix + unit.repeat(Math.max(1, Math.ceil((size - prefix.length - suffix.length) / unit.length))) + suffix;
}

/** `size` characters drawn (seeded, so every run lints the same text) from those the rules look for, on one line. */
function junk(size: number): string {
  const chars = '一二三四五六七八九十（）、。，“”《》1234567890%.xX某年月日是由提高至降低个百分点其中共元万亿 ';
  let seed = 20261203;
  let out = '';
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out += chars[seed % chars.length];
  }
  return out;
}

export const shapes: readonly Shape[] = [
  { name: 'repeated 1. 标题', why: 'numbering-sequence built a renumber-all fix per repeat (O(n²) edits, out of memory)', format: 'plain', build: (n) => fill('1. 标题\n', n) },
  { name: 'skipping 1. 3. 5.', why: 'a skip per item, each renumbering every item after it', format: 'plain', build: (n) => Array.from({ length: Math.ceil(n / 8) }, (_, i) => `${((2 * i) % 998) + 1}. 标题`).join('\n') },
  { name: 'one paragraph of short lines', why: 'joining a line to a paragraph re-read the growing text', format: 'plain', build: (n) => fill('工作推进有力\n', n) },
  { name: 'wrapped lines starting with 年', why: "missing-value's wrapped-line lookup searched every earlier match", format: 'plain', build: (n) => fill('力争\n年，流失率下降\n', n) },
  { name: 'long table row of percentages', why: 'percent-context re-split the whole row for each percentage', format: 'markdown', build: (n) => `| 指标 | 值 |\n|---|---|\n${fill('| 合格率 | 120% ', n)}|\n` },
  { name: 'many parts (篇一 …)', why: 'the outline visited every marker once per part; partOf scanned the parts per paragraph', format: 'plain', build: (n) => Array.from({ length: Math.ceil(n / 40) }, (_, i) => `篇${'一二三四五六七八九十'[i % 10]}\n一、总体情况\n（一）主要做法。\n`).join('') },
  { name: 'many attachments (附件)', why: 'the same through 附件 lines', format: 'plain', build: (n) => fill('附件\n1. 工作统计表\n2. 名单\n', n) },
  { name: 'ruby pinyin on one line', why: 'each match searched every earlier mask of the line', format: 'plain', build: (n) => fill('總結(zǒng)', n) },
  { name: 'page furniture phrases on one line', why: 'the line was rebuilt once per furniture span', format: 'plain', build: (n) => fill('展开阅读全文 ', n) },
  { name: 'sentences run together on one line', why: 'each .The read its word back to the last space (a line with none), and counted backticks from the start', format: 'markdown', build: (n) => fill('ab.The,`x', n) },
  { name: 'spaces then a failing tail', why: 'patterns with \\s* runs rescanned the run from every start', format: 'markdown', build: (n) => `| a |\n${fill(' ', n, '|', 'x')}\n${fill(' ', n, '#', 'x')}\n` },
  { name: 'spaces then a failing tail (plain)', why: 'the same in plain text (gap and table patterns)', format: 'plain', build: (n) => `${fill(' ', n / 2, '', '-x')}\n${fill('\t', n / 2, '|', '-x')}\n` },
  { name: '10k markers', why: 'markers, groups and fixes per marker', format: 'plain', build: (n) => Array.from({ length: Math.ceil(n / 12) }, (_, i) => `${'一二三四五六七八九十'[i % 10]}、标题${i}\n（一）小节\n`).join('') },
  { name: 'deep nesting', why: 'the section stack and the walk over children', format: 'markdown', build: (n) => Array.from({ length: Math.ceil(n / 30) }, (_, i) => `${'  '.repeat(i % 60)}1. 第${i}项\n`).join('') },
  { name: 'enumeration 二是 repeated', why: 'each repeat fixed on its own, one per fix-all round', format: 'plain', build: (n) => fill('二是加强管理；', n, '一是完善制度；') },
  { name: 'unclosed quotes', why: 'mark pairing over one long line', format: 'plain', build: (n) => fill('“', n) },
  { name: 'percentages in one sentence', why: 'the context window of each percentage', format: 'plain', build: (n) => fill('合格率由61.2%提高至58.7%，', n) },
  { name: 'figures on one line', why: 'every figure of one long line read with its context (a unit test once timed it)', format: 'plain', build: (n) => fill('新增学位3600个，', n) },
  { name: 'row of percentages lined up with spaces', why: 'each percentage split its whole line into cells again (a 900k-character line took 48 s)', format: 'plain', build: (n) => fill(' 112.5%', n, '完成率') },
  { name: 'long table lined up with spaces', why: 'each percentage re-listed the lines of its paragraph and split the rows above it', format: 'plain', build: (n) => fill('营收增长率   128.3%   96.1%   132.2%\n', n, '指标   2022年   2021年   变化\n') },
  { name: 'report characters in random order', why: 'a pasted mix of figures, markers, quotes and units on one line (seeded)', format: 'plain', build: (n) => junk(n) },
  { name: 'one measure in one long sentence', why: "fact-conflict's transposed digits read each figure's head with patterns over all the paragraph before it", format: 'plain', build: (n) => fill('村级河湖长376名，全县村级河湖长367名，', n) },
  { name: 'counts in one long clause', why: 'the same in English, with no clause mark (each figure read back to its clause start)', format: 'plain', build: (n) => fill('we trained 1,340 volunteers and we trained 1,430 volunteers ', n) },
  { name: 'levels against the schedule in one sentence', why: "percent-arithmetic's schedule check re-read the sentence up to each level", format: 'plain', build: (n) => fill('完成年度目标的92.4%，比时序进度低0.3个百分点，', n) },
  { name: 'done counts in one sentence', why: "fact-conflict's restatement pass ran its patterns over the whole sentence and searched the paragraph per figure", format: 'plain', build: (n) => fill('已完成整改23个，审计指出的32个问题，', n) },
  { name: 'x runs', why: 'placeholder runs and their neighbours', format: 'plain', build: (n) => fill('xx市', n) },
];
