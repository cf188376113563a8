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

// Pastes: a line, a numbered item or a paragraph of a real draft pasted 1–4 more times, in a row or at a distance, and a
// table row pasted again (the shapes behind fuzz50's "overlapping edits" on an item pasted three times). The drafts are
// the corpus slices and the mixed drafts of the rule fixtures (with their tables; their expect comments taken out).
const EXPECT_COMMENT = / ?<!--\s*expect:[^>]*-->/g;
const mixedDrafts = fs
  .readdirSync(path.join(FIXTURES, 'rules', 'mixed-drafts'))
  .filter((f) => /\.(txt|md)$/.test(f) && !/\.fixed\./.test(f))
  .sort()
  .map((f) => fs.readFileSync(path.join(FIXTURES, 'rules', 'mixed-drafts', f), 'utf8').replace(EXPECT_COMMENT, ''));
const pasteBases = [...corpus, ...mixedDrafts];

/** A line of a draft: where it starts, where its text ends, where the next line starts. */
interface Line {
  start: number;
  end: number;
  next: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    lines.push({ start, end, next: m ? end + m[0].length : text.length, text: text.slice(start, end) });
    if (!m) return lines;
    start = end + m[0].length;
  }
}

const ITEM = /^\s*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[.、)）]?\s|[①-⑳]|第[一二三四五六七八九十]+[，、条章]|#{1,6}\s|[-*+]\s|\d+[.)]\s|(?:First|Second|Third)\b)/;
const TABLE_ROW = /^\s*\|.*\||\t.*\t|\S {2,}\S.* {2,}\S/;
const blank = (l: Line) => !l.text.trim();

export interface Paste {
  /** What is pasted: one line, a numbered item (its line and the lines up to the next item or blank line), a paragraph. */
  unit: 'line' | 'item' | 'paragraph' | 'table-row';
  pick: number;
  copies: number;
  /** In a row (after the unit) or at a distance (before another line, picked by `where`). */
  distance: boolean;
  where: number;
  /** What separates the copies: a line break of the draft's kind, a blank line, or nothing (pasted without a break). */
  joint: 'eol' | 'blank' | 'none';
}

/** The unit to paste as [first line, last line], or undefined when the draft has none of that kind. */
function unitAt(lines: Line[], p: Paste): [number, number] | undefined {
  const is = (l: Line) => !blank(l) && (p.unit === 'item' ? ITEM.test(l.text) : p.unit === 'table-row' ? TABLE_ROW.test(l.text) && !/^\s*\|?[\s:|-]+\|?\s*$/.test(l.text) : true);
  const candidates = lines.flatMap((l, i) => (is(l) ? [i] : []));
  if (!candidates.length) return undefined;
  const first = candidates[p.pick % candidates.length];
  let last = first;
  if (p.unit === 'paragraph') while (last + 1 < lines.length && !blank(lines[last + 1])) last++;
  if (p.unit === 'item') while (last + 1 < lines.length && !blank(lines[last + 1]) && !ITEM.test(lines[last + 1].text) && last - first < 6) last++;
  return [first, last];
}

export function paste(text: string, p: Paste): string {
  const lines = linesOf(text);
  const unit = unitAt(lines, p);
  if (!unit) return text;
  const [first, last] = unit;
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const block = text.slice(lines[first].start, lines[last].end);
  const joint = p.joint === 'eol' ? eol : p.joint === 'blank' ? eol + eol : '';
  const copies = (joint + block).repeat(p.copies);
  if (!p.distance) return text.slice(0, lines[last].end) + copies + text.slice(lines[last].end);
  // At a distance: before another line (a table row stays near its table: within five lines of it).
  const span = p.unit === 'table-row' ? lines.slice(Math.max(0, first - 5), last + 6) : lines;
  const before = span[p.where % span.length];
  return text.slice(0, before.start) + copies.slice(joint.length) + joint + text.slice(before.start);
}

/** Tables of figures to paste rows of: Markdown, tab-separated or space-aligned, Chinese or English, with a total row. */
const table = fc
  .record({
    style: fc.constantFrom('markdown', 'tab', 'space'),
    zh: fc.boolean(),
    values: fc.array(fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 100 })), { minLength: 2, maxLength: 6 }),
    total: fc.boolean(),
  })
  .map(({ style, zh, values, total }) => {
    const names = zh ? ['城区', '东乡', '西乡', '南镇', '北镇', '开发区'] : ['North', 'South', 'East', 'West', 'Central', 'Harbour'];
    const header = zh ? ['地区', '人数（人）', '占比（%）'] : ['Area', 'People', 'Share (%)'];
    const rows = values.map(([n, share], i) => [names[i], String(n), String(share)]);
    if (total) rows.push([zh ? '合计' : 'Total', String(values.reduce((a, [n]) => a + n, 0)), '100']);
    const cells = (r: string[]) => (style === 'markdown' ? `| ${r.join(' | ')} |` : r.join(style === 'tab' ? '\t' : '    '));
    const lines = [cells(header), ...(style === 'markdown' ? ['|---|---|---|'] : []), ...rows.map(cells)];
    return `${zh ? '表1 各地区人数' : 'Table 1. People by area'}\n\n${lines.join('\n')}\n`;
  });

const pasteOf = (unit: Paste['unit']) =>
  fc.record({ unit: fc.constant(unit), pick: fc.nat(), copies: fc.integer({ min: 1, max: 4 }), distance: fc.boolean(), where: fc.nat(), joint: fc.constantFrom<Paste['joint']>('eol', 'eol', 'blank', 'none') });

/** A real draft with a line, a numbered item or a paragraph pasted 1–4 more times, in a row or at a distance. */
export const pastedDraft = fc
  .tuple(fc.constantFrom(...pasteBases), fc.array(fc.oneof(pasteOf('line'), pasteOf('item'), pasteOf('paragraph')), { minLength: 1, maxLength: 2 }))
  .map(([text, ps]) => ps.reduce(paste, text));

/** A real draft with a table (its own, or one put in before a line) whose row is pasted 1–4 more times. */
export const pastedRowDraft = fc
  .tuple(fc.constantFrom(...pasteBases), table, fc.nat(), pasteOf('table-row'))
  .map(([text, t, at, p]) => {
    const lines = linesOf(text);
    const withTable = lines.some((l) => TABLE_ROW.test(l.text)) && at % 2 === 0 ? text : text.slice(0, lines[at % lines.length].start) + t + '\n' + text.slice(lines[at % lines.length].start);
    return paste(withTable, p);
  });

export const format = fc.constantFrom<TextFormat>('plain', 'markdown');

export const anyDocument = fc.oneof(
  { weight: 5, arbitrary: draft },
  { weight: 1, arbitrary: repeated },
  { weight: 1, arbitrary: nested },
  { weight: 3, arbitrary: mutatedDraft },
  { weight: 2, arbitrary: pastedDraft },
  { weight: 1, arbitrary: pastedRowDraft },
);

/** Runs per property: small in CI, `npm run fuzz` sets FUZZ_RUNS for long runs; FUZZ_SEED replays a failure. */
export function runs(ci: number): { seed: number; numRuns: number } {
  const scale = Number(process.env.FUZZ_RUNS ?? 0);
  return { seed: Number(process.env.FUZZ_SEED ?? 20240611), numRuns: scale > 0 ? scale : ci };
}
