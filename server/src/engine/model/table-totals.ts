// The total row of a table (pipes, or cells typed with tabs) and the rows above it, column by column:
//   | 区县 | 学校数（所） | 在校生（人） |
//   | 东城区 | 42 | 18,650 |   …   | 合计 | 186 | 69,230 |
// Each numeric column whose every row above the total holds one figure of one kind is a breakdown that is all of
// its total (sum-mismatch checks it). Columns of rates, shares, averages and extremes (率, 占比, %, 人均, 日均, 最高,
// "Longest gap") do not add up;
// a table with 小计 or 其中 rows, or rows that are not all filled, is left alone: its rows may nest.

import { familyOf, type Breakdown } from './breakdowns';
import { MONEY } from './breakdowns/shared';
import breakdownWords from '../data/breakdown-words.json';
import { alternation } from '../patterns';
import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { pushAll } from '../arrays';
import { namedTotalBlocks } from './table-blocks';

const TOTAL_LABEL = /^(?:\*\*)?(?:合计|合計|总计|總計|共计|共計|total|totals|grand total)(?:\*\*)?$/i;
export const NESTED_LABEL = /^(?:\*\*)?(?:小计|小計|subtotal|其中|其中：|其中:|内：|含：|of which|including)/i;
/** Averages over a period and extremes (日均, 最高, "Longest gap", peak): a column of them never adds up to its total row. */
export const AVERAGE_OR_EXTREME = '日均|月均|周均|年均|最高|最低|最大|最小|最长|最短|最多|最少|峰值|median|maximum|minimum|max\\b|min\\b|longest|shortest|highest|lowest|peak|largest|smallest';
export const NOT_ADDITIVE_COLUMN = new RegExp(`率|比|占|%|％|人均|平均|均值|${AVERAGE_OR_EXTREME}|户均|生均|排名|名次|位次|得分率|年份|年度|序号|编号|rate|share|ratio|average|mean|per |rank|year|%`, 'i');

export function readTableTotals(paragraphs: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  let table: Paragraph[] = [];
  const flush = () => {
    // One row may hold a total and its parts in columns (| 城关镇 | 12 | 8 | 5 | under 学校数 · 其中：小学 · 初中).
    if (table.length >= 1) pushAll(out, keptBreakdowns(table, figuresIn));
    table = [];
  };
  let before: Paragraph | undefined;
  for (const p of paragraphs) {
    if (p.tableHeader && table.length > 0 && table[table.length - 1].tableHeader !== p.tableHeader) flush();
    if (p.tableHeader) {
      if (table.length === 0 && before && headerRow(before, p.tableHeader, figuresIn)) table.push(before);
      table.push(p);
    } else flush();
    before = p;
  }
  flush();
  return out;
}

/**
 * Union Excise Duty#⇥129043⇥126709⇥97559 taken for the header of the rows under it: a tab table whose header line was not
 * read (its cells split by one more tab than the rows': Revenue realized during April,⇥2007 - January, 2008), or that has
 * none. The line is the table's first row when it is the header its rows were given and every cell after its label holds
 * one figure (not a year, nor column numbers: 地区⇥2022⇥2023⇥2024 and Year group⇥7⇥8⇥9 are headers).
 */
function headerRow(p: Paragraph, header: readonly string[], figuresIn: (p: Paragraph) => readonly Figure[]): boolean {
  if (p.tableHeader || header.length < 3 || /^\s*\|/.test(p.text)) return false;
  const cells = p.text.trim().split(/\t+/);
  if (cells.length !== header.length || cells.some((c, i) => c.trim() !== header[i].trim())) return false;
  const figures = figuresIn(p);
  if (figures.length !== header.length - 1) return false;
  // Year group⇥7⇥8⇥9, Grade⇥1⇥2⇥3: column numbers, one more each time, head the columns.
  if (figures.every((f, i) => i === 0 || f.value === figures[i - 1].value + 1)) return false;
  const grid = cellFigures(p, figures);
  return grid.length === header.length && grid.slice(1).every((c) => c.length === 1 && figures.includes(c[0]));
}

/** The header cells of a table's rows (its first row may be one that was taken for the header: headerRow). */
function headerOf(rows: readonly Paragraph[]): string[] {
  return rows[rows.length - 1].tableHeader!;
}

/**
 * A table's totals, read again only when its rows are not the same paragraph objects as last time (a paragraph an edit
 * left alone is the same object, with the same text, header and figures): a keystroke elsewhere reads no table.
 */
const tablesRead = new WeakMap<Paragraph, { rows: Paragraph[]; totals: Breakdown[] }>();

function keptBreakdowns(rows: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const kept = tablesRead.get(rows[0]);
  if (kept && kept.rows.length === rows.length && kept.rows.every((r, i) => r === rows[i])) return kept.totals;
  const totals = tableBreakdowns(rows, figuresIn);
  tablesRead.set(rows[0], { rows: [...rows], totals });
  return totals;
}

function tableBreakdowns(rows: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const labels = rows.map((r) => firstCell(r.text));
  // | 网点 | 发现问题（个） | 其中：已整改（个） | … | 合计 | 59 | 53 |: a 其中 column splits its column row by row, and each
  // column still adds up to the total row.
  const columns = amongColumns(rows, figuresIn);
  if (labels.some((l) => AMONG_LABEL.test(l))) return columns.length > 0 ? columns : amongBreakdowns(rows, labels, figuresIn);
  const totalAt = labels.findIndex((l) => TOTAL_LABEL.test(l));
  // | Total income | … | Total expenditure |: blocks each closed by a total that names them (table-blocks.ts).
  if (totalAt < 0) return [...columns, ...namedTotalBlocks(rows, headerOf(rows), figuresIn)];
  // The total row ends the table's body; anything nested or a second total makes the rows something else — but a
  // subtotal that names its block (| Subtotal: capital |, | 小计：地方承担 |), read below.
  const labelled = labels.flatMap((l, i) => (i < totalAt && LABELLED_SUBTOTAL.test(l) ? [i] : []));
  if (totalAt < 2 || labels.some((l, i) => (NESTED_LABEL.test(l) && !labelled.includes(i)) || (i !== totalAt && TOTAL_LABEL.test(l)))) return columns;
  const header = headerOf(rows);
  const grid = rows.slice(0, totalAt + 1).map((r) => cellFigures(r, figuresIn(r)));
  const totals = grid[totalAt];
  const out: Breakdown[] = [...columns];
  // | Faculty | Full-time | Part-time | Total |: a last column headed Total adds up the row's other columns. A row whose
  // total is off also puts the Total column's own sum off by as much: that column is not reported a second time.
  const last = header.length - 1;
  let rowsOff = false;
  if (last >= 3 && TOTAL_LABEL.test(header[last].trim()) && header.slice(1, last).every((h) => h.trim() !== '' && !NOT_ADDITIVE_COLUMN.test(h))) {
    for (let r = 0; r <= totalAt; r++) {
      const total = one(grid[r][last]);
      const parts = grid[r].slice(1, last).map(one);
      if (!total || total.dimension === '%' || total.perUnit || parts.some((p) => !p || p.dimension !== total.dimension || p.perUnit)) continue;
      const figures = parts as Figure[];
      const approximate = total.approximate || figures.some((p) => p.approximate);
      const sum = figures.reduce((a, p) => a + p.value, 0);
      if (!approximate && Math.abs(sum - total.value) > 1e-9 * Math.max(1, total.value) && figures.every((p) => p.decimals === 0) && total.decimals === 0) rowsOff = true;
      out.push({ paragraph: rows[r], total, parts: figures, cueAt: total.offset, complete: true, partial: false, partition: true, groups: [figures], approximate, whole: true, bracketed: false });
    }
  }
  if (labelled.length > 0) {
    for (let c = 1; c < header.length; c++) {
      const b = rowsOff && c === last ? undefined : labelledColumn(rows, grid, header, totalAt, labelled, c);
      if (b) out.push(b);
    }
    return out;
  }
  const subtotals = subtotalRows(grid, header, totalAt);
  const shared = sharedColumns(rows, grid, header, totalAt);
  for (let c = 1; c < header.length; c++) {
    if (rowsOff && c === last) continue;
    if (NOT_ADDITIVE_COLUMN.test(header[c])) {
      const shares = shareColumn(header[c], header, grid, totalAt, c);
      if (shares) out.push(withAmounts(shares, header, grid, totalAt, c));
      continue;
    }
    const total = one(totals[c]);
    const parts = shared.has(c)
      ? grid.slice(0, totalAt).flatMap((row) => (row[c].length === 0 ? [] : [one(row[c])]))
      : grid.slice(0, totalAt).filter((_, r) => !subtotals.has(r)).map((row) => one(row[c]));
    if (!total || parts.some((p) => !p || p.dimension !== total.dimension || p.perUnit)) continue;
    if (total.dimension === '%' || total.perUnit) continue;
    const figures = parts as Figure[];
    // | Book-to-bill | 1.07 | 1.17 | 1.04 | Total 1.09 |: a total row that lies between its rows is their ratio or
    // average, not their sum (a sum of positive rows is at least the largest of them).
    if (figures.length >= 2 && figures.every((p) => p.value > 0) && total.value < Math.max(...figures.map((p) => p.value)) && total.value > Math.min(...figures.map((p) => p.value))) continue;
    const approximate = total.approximate || figures.some((p) => p.approximate);
    out.push({ paragraph: rows[totalAt], total, parts: figures, cueAt: total.offset, complete: true, partial: false, partition: true, groups: [figures], approximate, whole: true, bracketed: false });
  }
  return out;
}

/**
 * | Item | Income (£) | Expenditure (£) | · | Precept | 48,200 | | · | Staff costs | | 14,900 | · | **Total** | 115,050 |
 * 118,500 |: columns whose rows are each filled in exactly one of them (the others left blank) share the rows between
 * them; each adds up its own filled rows to the total row. Not where a blank could stand for a figure not given (a row
 * blank in all of them or filled in two, a cell of words or a dash), nor a column with fewer than two rows of its own.
 */
function sharedColumns(rows: readonly Paragraph[], grid: Figure[][][], header: readonly string[], totalAt: number): Set<number> {
  const out = new Set<number>();
  if (!/^\s*\|/.test(rows[totalAt].text) || totalAt < 3) return out;
  const texts = rows.slice(0, totalAt).map((r) => pipeCells(r.text));
  const columns: number[] = [];
  for (let c = 1; c < header.length; c++) {
    if (NOT_ADDITIVE_COLUMN.test(header[c]) || !one(grid[totalAt][c])) continue;
    if (texts.some((t) => t[c] === undefined)) return out;
    if (texts.some((t) => t[c].trim() === '')) columns.push(c);
  }
  if (columns.length < 2) return out;
  for (let r = 0; r < totalAt; r++) {
    const filled = columns.filter((c) => texts[r][c].trim() !== '');
    if (filled.length !== 1 || !one(grid[r][filled[0]])) return out;
  }
  if (columns.some((c) => texts.filter((t) => t[c].trim() !== '').length < 2)) return out;
  for (const c of columns) out.add(c);
  return out;
}

/** The cells of a pipe row as written, the row's label first. */
export function pipeCells(text: string): string[] {
  const t = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split('|');
}

/** | Subtotal: capital |, | Sub-total – local programmes |, | Subtotal, five categories |, | 小计：地方承担 |: a subtotal that names its block (not a bare 小计). */
const LABELLED_SUBTOTAL = /^(?:\*\*)?(?:(?:小计|小計)\s*[：:（(]\s*[^\s）)]|sub-?total\s*(?:[:：,–—-]\s*|\s+)[a-z\p{sc=Han}])/iu;

/**
 * | Roads | 700 | · | Bridges | 500 | · | Subtotal: capital | 1,200 | · | Staff | 900 | · | Running costs | 300 | · |
 * Subtotal: revenue | 1,200 | · | Total | 2,500 |: each labelled subtotal stands for the rows above it, back to the
 * subtotal before; the total adds up the subtotals and the rows after the last of them (each row counted once). The
 * total is checked where every subtotal is the sum of its block; a subtotal is, where it alone is not and the total
 * adds up with that block's rows in its place (and it is no running subtotal of all the rows above). Otherwise the blocks are not read as written (a subtotal above its
 * rows, or one of subtotals before it): nothing is said. Shares and rates are not added.
 */
function labelledColumn(rows: readonly Paragraph[], grid: Figure[][][], header: readonly string[], totalAt: number, labelled: readonly number[], c: number): Breakdown | undefined {
  if (NOT_ADDITIVE_COLUMN.test(header[c])) return undefined;
  const cells = grid.slice(0, totalAt + 1).map((row) => one(row[c]));
  const total = cells[totalAt];
  if (!total || total.dimension === '%' || total.perUnit || cells.some((f) => !f || f.dimension !== total.dimension || f.perUnit)) return undefined;
  const figures = cells as Figure[];
  const decimals = Math.max(...figures.map((f) => f.decimals));
  const blocks = labelled.map((at, i) => figures.slice(i === 0 ? 0 : labelled[i - 1] + 1, at));
  const loose = figures.slice(labelled[labelled.length - 1] + 1, totalAt);
  const wrong = blocks.flatMap((b, i) => (b.length >= 1 && addsUp(b.map((f) => f.value), figures[labelled[i]].value, decimals) ? [] : [i]));
  const breakdown = (paragraph: Paragraph, whole: Figure, parts: Figure[]): Breakdown => {
    const approximate = whole.approximate || parts.some((p) => p.approximate);
    return { paragraph, total: whole, parts, cueAt: whole.offset, complete: true, partial: false, partition: true, groups: [parts], approximate, whole: true, bracketed: false };
  };
  const subtotals = labelled.map((at) => figures[at]);
  if (wrong.length === 0) return breakdown(rows[totalAt], total, [...subtotals, ...loose]);
  if (wrong.length !== 1 || blocks[wrong[0]].length < 2) return undefined;
  const w = wrong[0];
  // | Subtotal: highways and community | 2,400 |: a running subtotal adds up every row above it, blocks before included.
  const above = figures.slice(0, labelled[w]).filter((_, r) => !labelled.includes(r));
  if (addsUp(above.map((f) => f.value), subtotals[w].value, decimals)) return undefined;
  const instead = [...subtotals.filter((_, i) => i !== w), ...blocks[w], ...loose];
  if (!addsUp(instead.map((f) => f.value), total.value, decimals)) return undefined;
  return breakdown(rows[labelled[w]], subtotals[w], blocks[w]);
}

/**
 * | Scope 1 | 151,300 | · | Scope 2 | 6,100 | · | Scope 1 and 2 | 157,400 | · | Scope 3 | 388,500 | · | Total | 545,900 |: a row
 * whose every additive cell is the sum of the rows right above it (two or more, up to 12 back) is a subtotal of them,
 * not a part of the total.
 */
function subtotalRows(grid: Figure[][][], header: readonly string[], totalAt: number): Set<number> {
  const out = new Set<number>();
  const columns: number[] = [];
  for (let c = 1; c < header.length; c++) if (!NOT_ADDITIVE_COLUMN.test(header[c]) && grid.slice(0, totalAt + 1).every((row) => one(row[c]) && one(row[c])!.dimension !== '%' && !one(row[c])!.perUnit)) columns.push(c);
  if (columns.length === 0) return out;
  let start = 0;
  for (let r = 2; r < totalAt; r++) {
    for (let i = r - 2; i >= Math.max(start, r - 12); i--) {
      const sums = columns.every((c) => {
        let sum = 0;
        let decimals = 0;
        for (let q = i; q < r; q++) {
          if (out.has(q)) return false;
          sum += one(grid[q][c])!.value;
          decimals = Math.max(decimals, one(grid[q][c])!.decimals);
        }
        const v = one(grid[r][c])!;
        return Math.abs(sum - v.value) <= 10 ** -Math.max(decimals, v.decimals) * (decimals > 0 ? 1 : 0) + 1e-9 * Math.max(1, v.value);
      });
      if (!sums) continue;
      out.add(r);
      start = r + 1;
      break;
    }
  }
  // | 投入 | 20 | · | 过程 | 20 | · | 产出 | 40 | · | 效益 | 20 | · | 合计 | 100 |: a row may equal the rows above it by chance;
  // it is a subtotal only where the total row is the sum of the other rows (in some column) and not of them all.
  const adds = (c: number, skip: boolean) => {
    let sum = 0;
    let decimals = one(grid[totalAt][c])!.decimals;
    for (let r = 0; r < totalAt; r++) {
      if (skip && out.has(r)) continue;
      sum += one(grid[r][c])!.value;
      decimals = Math.max(decimals, one(grid[r][c])!.decimals);
    }
    return Math.abs(sum - one(grid[totalAt][c])!.value) <= (decimals > 0 ? 10 ** -decimals : 0) + 1e-9 * Math.max(1, sum);
  };
  if (out.size > 0 && !columns.some((c) => adds(c, true) && !adds(c, false))) out.clear();
  return out;
}

/** A column of shares by its header (Share of actual, % of total, %, 占比, 比重), not of rates or changes. */
const SHARE_COLUMN = /^(?:\*\*)?(?:%|％|\(%\)|（%）|share\b.*|proportion\b.*|percentage\s+of\b.*|%\s+of\b.*|.*\b(?:share|proportion)(?:\s*\(%\))?|.*(?:占比|比重|所占比例|占总数|占全部).*)(?:\*\*)?$/i;
/** Respondents, 受访者, 多选: answers that overlap. */
const MANY_ANSWERS = new RegExp(alternation(breakdownWords.survey), 'i');
const NOT_SHARE_COLUMN = /率|增|降|变化|變化|rate|change|growth|increase|decrease|rise|fall|average|mean|per\s/i;

/**
 * | Share of actual | … | **Total** | … | **100%** |: a column of shares whose total row says 100% is the shares of one
 * whole; its rows cannot add up to more than that (56% + 38% + 30% + 50% + 26% = 200%). Only a column the header names
 * as shares (not rates: a completion rate of 100% in the total row is no whole), every row above holding one share.
 */
function shareColumn(head: string, headers: readonly string[], grid: Figure[][][], totalAt: number, c: number): Breakdown | undefined {
  if (!SHARE_COLUMN.test(head.trim()) || NOT_SHARE_COLUMN.test(head) || headers.some((h) => MANY_ANSWERS.test(h))) return undefined;
  const total = one(grid[totalAt][c]);
  if (!total || total.dimension !== '%' || total.value !== 100 || total.approximate) return undefined;
  const parts = grid.slice(0, totalAt).map((row) => one(row[c]));
  if (parts.length < 2 || parts.some((p) => !p || p.dimension !== '%' || p.perUnit || p.value > 100)) return undefined;
  const figures = parts as Figure[];
  return { paragraph: total.paragraph, total, parts: figures, cueAt: total.offset, complete: false, partial: false, partition: true, groups: [figures], approximate: figures.some((p) => p.approximate), whole: true, bracketed: false };
}

/**
 * | Channel | Complaints | Share |: the column of whole counts or amounts whose rows add up to the total row, that a share
 * column (total row 100%) is of — each row's share is its amount over the total (412 of 1,236 is 33.3%, not 38.5%).
 */
function withAmounts(shares: Breakdown, header: readonly string[], grid: Figure[][][], totalAt: number, s: number): Breakdown {
  const bases: number[] = [];
  const columns = new Map<number, { parts: Figure[]; total: Figure }>();
  for (let c = 1; c < header.length; c++) {
    if (c === s || NOT_ADDITIVE_COLUMN.test(header[c])) continue;
    const total = one(grid[totalAt][c]);
    const parts = grid.slice(0, totalAt).map((row) => one(row[c]));
    if (!total || total.dimension === '%' || total.perUnit || total.approximate) continue;
    if (parts.some((p) => !p || p.dimension !== total.dimension || p.perUnit || p.approximate || p.scale !== total.scale)) continue;
    // 612.3 + 508.7 = 1,121.0: amounts with decimals add up within a unit of their last digit.
    if (!addsUp(parts.map((p) => p!.value), total.value, Math.max(total.decimals, ...parts.map((p) => p!.decimals)))) continue;
    bases.push(c);
    columns.set(c, { parts: (parts as Figure[]).map(labelled), total });
  }
  const base = shareBase((c) => header[c], s, bases);
  return base === undefined ? shares : { ...shares, amounts: columns.get(base) };
}

/**
 * The column of amounts a share column is of, among the columns whose rows add up to their total row: the one the
 * share's header names (占收案总数比例 → 收案数), else the only one. Not a share of another year than the amounts'
 * (2024年占比 beside 2025年件数). Pipe tables (above) and tables lined up with spaces read it alike.
 */
export function shareBase(header: (c: number) => string, s: number, bases: readonly number[]): number | undefined {
  // Share of area → Area (ha): the header's words as written, case aside.
  const core = (h: string) => h.replace(/\*\*/g, '').replace(/[（(][^）)]*[）)]/g, '').replace(/[数數额額量]$/, '').trim().toLowerCase();
  const named = bases.filter((c) => core(header(c)).length >= 2 && header(s).toLowerCase().includes(core(header(c))));
  const base = named.length === 1 ? named[0] : bases.length === 1 ? bases[0] : undefined;
  if (base === undefined) return undefined;
  const years = (h: string): string[] => h.match(/(?:19|20)\d\d/g) ?? [];
  return years(header(s)).every((y) => years(header(base)).includes(y)) ? base : undefined;
}

/**
 * Whole counts add up exactly; amounts with decimals (612.3 + 508.7 = 1,121.0) within one unit of their last digit, as
 * rounded figures may. Shared with the tables lined up with spaces.
 */
export function addsUp(parts: readonly number[], total: number, decimals: number): boolean {
  const sum = parts.reduce((a, v) => a + v, 0);
  return decimals === 0 ? sum === total : Math.abs(sum - total) <= 10 ** -decimals + 1e-9;
}

/** Shares that add up to more than 100% beyond the rounding of each (half a unit of its last digit). */
export function sharesOverflow(shares: readonly number[], decimals: number): boolean {
  return shares.reduce((a, v) => a + v, 0) > 100 + shares.length * 0.5 * 10 ** -decimals + 1e-9;
}

/** A row that opens the parts of the row above it: 其中：小学, 其中: 女. */
// 其中小计 / 其中：小计 sums a group of the rows above (sums70); 内 alone opens 内部审计, 内江市: only 内： is a 其中 row.
const AMONG_LABEL = /^(?:\*\*)?(?:其中(?!\s*[：:]?\s*(?:\*\*)?小[计計])\s*[：:]?|[內内]\s*[：:])\s*/;

/**
 * | 专任教师 | 3200 | above | 其中：小学 | 1800 |, | 初中 | 1000 |, | 高中 | 520 |: the row above 其中 is the whole, and the
 * 其中 row with the rows after it that name other members of its kind (小学, 初中, 高中: school stages) its parts, column by
 * column. The parts stop at the first row of another kind (学生 after 高中) or none; a 其中 row whose next rows are of
 * other kinds (其中：女生 | 住校生 | 少数民族 — they may overlap) is one part alone, which is never more than its whole.
 */
function amongBreakdowns(rows: Paragraph[], labels: string[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const header = headerOf(rows);
  const out: Breakdown[] = [];
  let grid: Figure[][][] | undefined;
  // | 全国人口 | … | 其中：城镇 | 乡村 | 其中：男性 | 女性 |: a second 其中 right after the parts of the first splits the same whole.
  const partOf = new Map<number, number>();
  for (let i = 1; i < rows.length; i++) {
    if (!AMONG_LABEL.test(labels[i])) continue;
    const whole = partOf.get(i - 1) ?? i - 1;
    if (AMONG_LABEL.test(labels[whole]) || NESTED_LABEL.test(labels[whole]) || TOTAL_LABEL.test(labels[whole])) continue;
    const first = familyOf(labels[i].replace(AMONG_LABEL, ''));
    const members = new Set(first ? [first.member] : []);
    const at = [i];
    for (let j = i + 1; first && j < rows.length && !AMONG_LABEL.test(labels[j]) && !NESTED_LABEL.test(labels[j]) && !TOTAL_LABEL.test(labels[j]); j++) {
      const kind = familyOf(labels[j]);
      if (!kind || kind.family !== first.family || members.has(kind.member)) break;
      members.add(kind.member);
      at.push(j);
    }
    for (const r of at) partOf.set(r, whole);
    grid ??= rows.map((r) => cellFigures(r, figuresIn(r)));
    for (let c = 1; c < header.length; c++) {
      if (NOT_ADDITIVE_COLUMN.test(header[c])) continue;
      const total = one(grid[whole][c]);
      const parts = at.map((r) => one(grid![r][c]));
      if (!total || total.dimension === '%' || total.perUnit || parts.some((p) => !p || p.dimension !== total.dimension || p.perUnit)) continue;
      const figures = parts as Figure[];
      const approximate = total.approximate || figures.some((p) => p.approximate);
      out.push({ paragraph: rows[whole], total, parts: figures, cueAt: total.offset, complete: false, partial: false, partition: true, groups: [figures], approximate, whole: true, bracketed: false });
    }
  }
  return out;
}

/**
 * | 乡镇 | 学校数 | 其中：小学 | 初中 |: a column headed 其中 and the columns after it that name other members of its kind
 * are the parts of the column before it, row by row.
 */
function amongColumns(rows: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const header = headerOf(rows);
  const at = header.findIndex((h, c) => c >= 2 && AMONG_LABEL.test(h));
  if (at < 0 || NOT_ADDITIVE_COLUMN.test(header[at - 1])) return [];
  const first = familyOf(header[at].replace(AMONG_LABEL, ''));
  if (!first) return [];
  const columns = [at];
  const members = new Set([first.member]);
  for (let c = at + 1; c < header.length; c++) {
    const kind = familyOf(header[c]);
    if (!kind || kind.family !== first.family || members.has(kind.member) || NOT_ADDITIVE_COLUMN.test(header[c])) break;
    members.add(kind.member);
    columns.push(c);
  }
  const out: Breakdown[] = [];
  for (const row of rows) {
    const cells = cellFigures(row, figuresIn(row));
    const total = one(cells[at - 1]);
    const parts = columns.map((c) => one(cells[c]));
    if (!total || total.dimension === '%' || total.perUnit || parts.some((p) => !p || p.dimension !== total.dimension || p.perUnit)) continue;
    const figures = parts as Figure[];
    const approximate = total.approximate || figures.some((p) => p.approximate);
    out.push({ paragraph: row, total, parts: figures, cueAt: total.offset, complete: false, partial: false, partition: columns.length > 1, groups: columns.length > 1 ? [figures] : [], approximate, whole: true, bracketed: false });
  }
  return out;
}

/** A tab row's figure with its row's label, which messages quote (交通基础设施 42; a pipe row's is read from its text). */
function labelled(f: Figure): Figure {
  return f.cell !== undefined || /^\s*\|/.test(f.paragraph.text) ? f : { ...f, cell: firstCell(f.paragraph.text) };
}

export function one(figures: Figure[] | undefined): Figure | undefined {
  return figures && figures.length === 1 ? figures[0] : undefined;
}

export function firstCell(text: string): string {
  if (!/^\s*\|/.test(text)) return text.trim().split(/\t+/)[0] ?? '';
  const start = text.indexOf('|') + 1;
  const end = text.indexOf('|', start);
  return end < 0 ? '' : text.slice(start, end).trim();
}

/** The figures of each cell of a row (cell 0 is the row's label), in one pass over its pipes and figures. */
export function cellFigures(row: Paragraph, figures: readonly Figure[]): Figure[][] {
  const text = row.text;
  // A pipe row's cells end at each pipe; a tab row's at each tab and at the end of the text.
  const piped = /^\s*\|/.test(text);
  const sep = piped ? '|' : '\t';
  const out: Figure[][] = [];
  let k = 0;
  let start = piped ? text.indexOf('|') + 1 : text.length - text.trimStart().length;
  for (let i = start; i <= text.length; i++) {
    if (i < text.length ? text[i] !== sep : piped) continue;
    if (!piped && i < text.length && text[i + 1] === '\t') continue;
    const inCell: Figure[] = [];
    while (k < figures.length && figures[k].offset < start) k++;
    while (k < figures.length && figures[k].offset + figures[k].length <= i) inCell.push(figures[k++]);
    if (inCell.length === 1) inCell[0] = bracketNegative(text, start, i, inCell[0]);
    if (inCell.length === 0) {
      const count = bareCount(row, start, i);
      if (count) inCell.push(count);
    }
    out.push(inCell);
    start = i + 1;
  }
  return out;
}

/** ($14,830) · (£20) · (EUR 20), bold or not: a cell holding one amount in brackets, an accounting negative. */
const BRACKET_CELL = /^(\s*(?:\*\*)?)[(（]\s*$/;
const BRACKET_CELL_END = /^\s*[)）]((?:\*\*)?\s*)$/;

/**
 * The figure of a cell written as an accounting negative, ($14,830) for -$14,830: the brackets are its sign (a change
 * column's falls). Only money (a currency or its code): a bare number in brackets is no figure the model reads.
 */
function bracketNegative(text: string, start: number, end: number, f: Figure): Figure {
  if (f.value <= 0 || !MONEY.has(f.dimension)) return f;
  if (!BRACKET_CELL.test(text.slice(start, f.offset)) || !BRACKET_CELL_END.test(text.slice(f.offset + f.length, end))) return f;
  const open = text.lastIndexOf('(', f.offset) >= start ? text.lastIndexOf('(', f.offset) : text.lastIndexOf('（', f.offset);
  const close = text.slice(f.offset + f.length, end).search(/[)）]/) + f.offset + f.length;
  return { ...f, offset: open, length: close + 1 - open, value: -f.value };
}

/**
 * A cell that holds nothing but a four-digit whole number (1500, 2016): read alone it could be a year, so it is no
 * figure in the text; in a column whose header names no year (those columns are not added up) it is a count like
 * the cells around it (床位数（张）: 1120, 960, 1500).
 */
function bareCount(row: Paragraph, start: number, end: number): Figure | undefined {
  const text = row.text;
  const cell = text.slice(start, end);
  const m = /^(\s*)(1[5-9]\d\d|20\d\d)\s*$/.exec(cell);
  if (!m) return undefined;
  const offset = start + m[1].length;
  return cellFigure({ paragraph: row, offset, length: 4, numberStart: offset, numberEnd: offset + 4, value: Number(m[2]), decimals: 0, subject: '' });
}

/** A figure read from a table cell: a plain number with no unit, scale or qualifier of its own. */
export function cellFigure(f: Pick<Figure, 'paragraph' | 'offset' | 'length' | 'numberStart' | 'numberEnd' | 'value' | 'decimals' | 'subject'> & Partial<Figure>): Figure {
  return { scale: 1, unit: '', dimension: '', approximate: false, perUnit: false, words: false, subjectStart: f.offset, qualifiers: [], ...f };
}
