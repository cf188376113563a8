// Arbitrary documents for the property tests (fast-check): drafts made of the pieces rules look at, adversarial text
// (surrogate pairs and lone surrogates, CR/LF/CRLF mixes, a BOM, NUL, long lines, many markers, deep nesting), and
// corpus drafts with random mutations.

import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { TextFormat } from '../../server/src/engine';
import { FIXTURES } from './fixtures';

const PIECES = [
  '一、', '二、', '四、', '（一）', '（二）', '（二）、', '1.', '2.', '2.', '4.', '1、', '(1)', '（3）', '⑤', '1.1 ', '2.3 ', '# ', '## 2. ', '- ', '  - ', '1) ',
  '第三章', '篇二', '附件', 'I.', 'XVIII.', 'A.', '一是', '二是', '二是', '四是', '第二，', 'First, ', 'Second, ',
  '由', '提高至', '下降到', '提高了', '个百分点', '12.5%', '61.2%', '58.7%', '120%', '-3%', '合格率', '占比',
  '20xx', 'XX', 'xx市', '某某', 'TODO', '[NAME]', '【待补充】', '×××', '年，', '共名', '达万元',
  '“', '”', '‘', '’', '《', '》', '（', '）', '(', ')', '【', '】', '「', '」', '""', '“”', '（）',
  '第1页 共11页', '展开阅读全文', '總結(jié)', 'å·¥ä½œ', '锟斤拷', '\uFFFD',
  '，', '。', '：', '；', '、', '！', '…', '——', ' ', '  ', '\u3000', '\t',
  '\n', '\n', '\n\n', '\r\n', '\r', '\n\r',
  '```', '`code`', '<!--', '-->', '<!-- report-lint-disable -->', '<!-- report-lint-disable-line placeholder -->', '<br>', '> ', '| a | b |', '|---|---|',
  '😀', '𠀀', '\uD800', '\uDC00', '\uFEFF', '\u0000', 'abc', 'The rate', ' of the ', 'https://example.com/a', 'a@b.org',
  '工作', '推进', '总结', '教育局', '学校', '2024年', '3月', '10日',
];

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A short draft: up to 120 pieces. */
export const draft = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

/** Long lines and many repeats: one piece repeated, on one line or many. */
export const repeated = fc
  .tuple(fc.constantFrom(...PIECES), fc.integer({ min: 50, max: 3000 }), fc.constantFrom('', '\n', '\r\n', '\r'))
  .map(([unit, times, eol]) => (unit + eol).repeat(times));

/** Deep nesting: Markdown list items indented ever deeper, or Chinese levels stacked. */
export const nested = fc.integer({ min: 5, max: 200 }).map((depth) =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i % 40)}${i % 3 === 0 ? '1.' : i % 3 === 1 ? '（一）' : '一、'}标题${i}`).join('\n'),
);

export const corpusDrafts = fs
  .readdirSync(path.join(FIXTURES, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(FIXTURES, 'corpus', f), 'utf8'));

// The short drafts whole, and slices of the long one, so a run stays quick.
const corpus = corpusDrafts.flatMap((text) => (text.length < 8000 ? [text] : [text.slice(0, 6000), text.slice(40000, 46000)]));

export interface Mutation {
  at: number;
  remove: number;
  insert: string;
}

const mutation = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...PIECES), draft) });

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length ? m.at % out.length : 0;
    out = out.slice(0, at) + m.insert + out.slice(at + m.remove);
  }
  return out;
}

/** A corpus draft with a few random edits. */
export const mutatedDraft = fc.tuple(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, ms]) => mutate(text, ms));

export const format = fc.constantFrom<TextFormat>('plain', 'markdown');

export const anyDocument = fc.oneof({ weight: 5, arbitrary: draft }, { weight: 1, arbitrary: repeated }, { weight: 1, arbitrary: nested }, { weight: 3, arbitrary: mutatedDraft });

/** Runs per property: small in CI, `npm run fuzz` sets FUZZ_RUNS for long runs; FUZZ_SEED replays a failure. */
export function runs(ci: number): { seed: number; numRuns: number } {
  const scale = Number(process.env.FUZZ_RUNS ?? 0);
  return { seed: Number(process.env.FUZZ_SEED ?? 20240611), numRuns: scale > 0 ? scale : ci };
}
