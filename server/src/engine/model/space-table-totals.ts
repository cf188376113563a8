// The total row of a table lined up with runs of spaces (a draft pasted from Word or a PDF, a plain-text report):
//   项目　　　　　　　金额（亿元）　　占比
//   教育　　　　　　　17.25　　　　　20.0%      …      合计　　　　　　　86.40　　　　 100.0%
//          Infrastructure                    34,792       78,996      -44,204      …
//        Total Expense                       42,456      140,005      -97,548
// Read conservatively: a header row names the columns; every row from the header (or a group label after a blank
// line, or the last total) down to the total holds a label and as many plain numbers, lined up column by column; a
// column of percentages, rates, averages, years, balances or signed differences is not added; a 小计/Subtotal row
// stands for the rows above it. Anything else — a ragged row, a wrapped label, an 其中/of which row, rows indented
// under others — leaves the table alone. The figures are rounded to their last digit (amounts of a statement).

import type { Breakdown } from './breakdowns';
import { partitionOf } from './breakdowns/shared';
import { headsOfAnotherMeasure } from './breakdowns/share-header';
import breakdownWords from '../data/breakdown-words.json';
import { alternation } from '../patterns';
import type { Figure } from './numbers';
import { addsUp, AVERAGE_OR_EXTREME, cellFigure, shareBase } from './table-totals';
import type { Line } from './lines';
import { spacedCells, type Paragraph } from './paragraphs';
import { moneyCaption, scaledMoneyHead, subsetCaption } from './table-money';
import { agreeingPairs } from './rate-column-pairs';
import { exactCounts } from './space-table-counts';

const TOTAL_LABEL = /^(?:\p{sc=Han}{0,4}(?:合计|合計|总计|總計|共计|共計)|total(?:\s+[a-z][\w/&-]*){0,3}|totals|sum|grand\s+total)$/iu;
// Subtotal: locally funded, Sub-total – local programmes, 小计：地方承担, 其中小计: a labelled subtotal closes the rows above it.
const SUBTOTAL_LABEL = /^(?:(?:其中)?(?:小计|小計)(?:[：:]\s*\p{sc=Han}{1,12})?|sub-?total(?:\s*[:：–—-]?\s*[a-z][\w/&-]*(?:\s+[a-z][\w/&-]*){0,3})?)$/iu;
const MONEY_HEAD = /^(?:[(（]?(?:GBP|USD|EUR|CAD|AUD|NZD|£|\$|€|¥|￥|RMB|万元|亿元|千元|元)[)）]?|amount(?:\s*[(（](?:GBP|USD|EUR|£|\$|€|¥)[)）])?|(?:金额|金額)(?:\s*[(（](?:万元|亿元|千元|元)[)）])?)$/i;
const NESTED_LABEL = /^(?:其中(?!小计|小計)|内[：:]|含[：:]|of\s+which|including|thereof|incl\.)/i;
// Rows that are taken away, derived or not amounts at all: a total under them is no plain sum (less returns, 减：退税,
// net sales, 平均, average).
const DERIVED_LABEL = /^(?:减[：:]?|扣除|净|平均|均值|less\b|minus\b|deduct|net\b|average\b|mean\b|memo\b|[-−–(（])/i;
export const NOT_ADDITIVE_COLUMN =
  new RegExp(`率|比|占|%|％|人均|平均|均值|${AVERAGE_OR_EXTREME}|户均|生均|排名|名次|位次|年份|年度|序号|编号|页|余额|结余|累计|增幅|增速|同比|环比|差异|差異|差额|差額|增减|增減|rate|share|ratio|average|mean|avg|per\\b|rank|year|balance|cumulative|running|page|growth|change|variance|difference|%|no\\.|number`, 'i');
export const NUMBER = /^([$¥￥€£]?)([-−–+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** (1,500), ($1,500): a negative amount of a statement, in brackets (the accountant's minus), read as NUMBER's groups. */
const BRACKETED_NEGATIVE = /^(\([$¥￥€£]?)()(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\)$/;

export interface Cell {
  text: string;
  start: number;
  /** Display columns (a Han character or an ideographic space takes two). */
  from: number;
  to: number;
}

export interface Row {
  line: Line;
  indent: number;
  cells: Cell[];
}

const TOTAL_WORD = /[合總总共小][ \u3000]*[计計]|total|sum/i;
/**
 * What each reader below reads of a line alone, as bits (a pure function of the line): whether it is a total row
 * (TOTAL_ROW), a total row of shares (SHARES_TOTAL), a header with a growth column (GROWTH_HEADER_ROW) or a header with
 * a rate column (RATE_HEADER_ROW) as far as the line itself says. The readers pass over the lines without the bit they
 * start at; with `ReportDocument.lineFacts` the bits are read only for the lines an edit changed (the others' moved
 * with the lines), not tested with regular expressions over every line of the draft on each lint (a line break
 * re-ran these readers: ≈ 8 ms per lint on the 3 MB draft).
 */
export function spaceTableBits(line: Line): number {
  if (line.kind !== 'text') return 0;
  const prose = line.prose;
  let bits = 0;
  if (TOTAL_WORD.test(prose)) {
    const total = rowOf(line);
    // Two cells (Total income  10,283): a table of one money column, read where its header names the money (tableAbove).
    if (total && total.cells.length >= 2) {
      const name = label(total);
      if (TOTAL_LABEL.test(name) || SUBTOTAL_LABEL.test(name)) bits |= TOTAL_ROW;
      if (/[合總总共][ \u3000]*[计計]|total/i.test(prose) && /100(?:\.0+)?\s*[%％]/.test(prose) && TOTAL_LABEL.test(name)) bits |= SHARES_TOTAL;
    }
  }
  if (GROWTH_HEADER.test(prose) && headerRow(line)) bits |= GROWTH_HEADER_ROW;
  if (prose.includes('率') && headerRow(line)) bits |= RATE_HEADER_ROW;
  return bits;
}

export const TOTAL_ROW = 1;
export const SHARES_TOTAL = 2;
export const GROWTH_HEADER_ROW = 4;
export const RATE_HEADER_ROW = 8;

/** A header row of four cells or more, none of them a number or a percentage (the growth and rate readers' header). */
function headerRow(line: Line): Row | undefined {
  const header = rowOf(line);
  if (!header || header.cells.length < 4 || header.cells.some((c) => NUMBER.test(c.text.trim()) || PERCENT_CELL.test(c.text.trim()))) return undefined;
  return header;
}

/** The bits of every line (spaceTableBits), read afresh: for a caller without a document's line facts. */
function bitsOf(lines: readonly Line[]): Uint8Array {
  const bits = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) bits[i] = spaceTableBits(lines[i]);
  return bits;
}

/**
 * The breakdowns that the total rows of space-aligned tables state (see the head of this file). `bits`: spaceTableBits
 * of each line (doc.lineFacts), read here when not given.
 */
export function readSpaceTableTotals(lines: readonly Line[], paragraphs: readonly Paragraph[], bits = bitsOf(lines)): Breakdown[] {
  const out: Breakdown[] = [];
  let place: Map<number, { paragraph: Paragraph; offset: number; column: number; length: number }> | undefined;
  for (let i = 0; i < lines.length; i++) {
    if ((bits[i] & TOTAL_ROW) === 0) continue;
    const line = lines[i];
    const total = rowOf(line)!;
    if (place === undefined) {
      place = new Map();
      for (const p of paragraphs) for (const s of p.segments) place.set(s.line, { paragraph: p, offset: s.offset, column: s.column, length: s.length });
    }
    const found = tableAbove(lines, i, total);
    if (!found) continue;
    const breakdown = checkedColumn(found.parts, total, found.header, place, found.framed, found.subset, found.exact);
    if (breakdown) out.push(breakdown);
  }
  return out;
}

/** A row with tabs is the tab table reader's (table-totals); one with sentence punctuation is no row. */
function sentenceOrTabs(prose: string): boolean {
  // A Chinese sentence mark decides it before the copy without thousands separators is made: the readers ask this of
  // every line holding 率 or 增长, most of them running text, on every keystroke.
  return prose.includes('\t') || CHINESE_SENTENCE_MARK.test(prose) || /[，。；！？,;!?]\s*$|[，。；！？]/.test(prose.replace(/\d,\d/g, ''));
}

const CHINESE_SENTENCE_MARK = /[，。；！？]/;

/**
 * A line of text that is no row (sentences, or tabs): wherever it stands, the reader reads it alike — a table's rows
 * above a total stop at it, and it is no total, label or header — whatever its words.
 */
export function notARow(line: Line): boolean {
  return line.kind === 'text' && line.prose.trim() !== '' && sentenceOrTabs(line.prose);
}

export function label(row: Row): string {
  return row.cells[0].text.replace(/(\S) (\S)/gu, (m, a: string, b: string) => (/\p{sc=Han}/u.test(a + b) ? a + b : m)).trim();
}

/** A line cut into cells at runs of two spaces or more; undefined for a line with sentence punctuation. */
export function rowOf(line: Line): Row | undefined {
  const prose = line.prose;
  if (line.kind !== 'text' || prose.trim() === '' || sentenceOrTabs(prose)) return undefined;
  const cells: Cell[] = [];
  const indentMatch = /^[ \u3000]*/.exec(prose)![0];
  for (const { text, start } of spacedCells(prose.trimEnd(), indentMatch.length)) {
    cells.push({ text, start, from: width(prose, 0, start), to: width(prose, 0, start + text.length) });
  }
  // 合　　计: a two-character label spaced out to the column's width is one cell.
  if (cells.length >= 2 && /^(?:[合总總共小][计計])$/u.test(cells[0].text + cells[1].text)) {
    cells.splice(0, 2, { text: cells[0].text + cells[1].text, start: cells[0].start, from: cells[0].from, to: cells[1].to });
  }
  return { line, indent: width(prose, 0, indentMatch.length), cells };
}

function width(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    w += (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ? 2 : 1;
  }
  return w;
}

function numeric(cell: Cell): boolean {
  const t = cell.text.trim();
  // £000, $000: a header's unit (thousands), no amount of nought.
  return (NUMBER.test(t) || BRACKETED_NEGATIVE.test(t)) && !/^[$€£]0{3}$/.test(t);
}

function valuesRow(row: Row | undefined, k: number): boolean {
  return row !== undefined && row.cells.length === k + 1 && !numeric(row.cells[0]) && row.cells.slice(1).every((c) => numeric(c) || /^[-−+]?\d[\d,.]*\s*[%％]$/.test(c.text.trim()));
}

/**
 * The rows the total adds up (a 小计 row standing for its block) and the header that names the columns; undefined
 * when the layout leaves any doubt.
 */
function tableAbove(lines: readonly Line[], at: number, total: Row): { parts: Row[]; header: string[]; framed: boolean; subset: boolean; exact: boolean } | undefined {
  const k = total.cells.length - 1;
  if (!valuesRow(total, k)) return undefined;
  const parts: Row[] = [];
  const sub = SUBTOTAL_LABEL.test(label(total));
  let i = at - 1;
  let skipping = false;
  let nested = false;
  let ended = false;
  // Level of study  Headcount ⏎ ------ ⏎ rows ⏎ ------ ⏎ Total  1,046: rules of dashes above and below the rows.
  let rules = 0;
  for (; i >= 0; i--) {
    const line = lines[i];
    if (ruleLine(line)) {
      // Over the total, or under the header: a rule elsewhere splits the rows into blocks.
      if (i !== at - 1 && !headerCells(rowOf(lines[i - 1] ?? line), k)) return undefined;
      rules++;
      continue;
    }
    if (line.kind !== 'text' || line.prose.trim() === '') {
      ended = true;
      break;
    }
    const row = rowOf(line);
    if (!row) return undefined;
    if (row.cells.length === 1) {
      // A group label (Expense Summary, 一、基本支出) after a blank line, a header, a total or the start; else a
      // wrapped cell. Above a 小计 block it opens that block; the total's own rows end at it.
      const before = rowOf(lines[i - 1] ?? line);
      const opens = i === 0 || lines[i - 1].kind !== 'text' || lines[i - 1].prose.trim() === '' || headerCells(before, k) !== undefined || (valuesRow(before, k) && /^(?:[合总總共小][计計])|total|sub-?total/i.test(label(before!)));
      if (!opens) return undefined;
      if (skipping) {
        skipping = false;
        continue;
      }
      ended = true;
      break;
    }
    if (headerCells(row, k)) break;
    if (!valuesRow(row, k)) return undefined;
    const name = label(row);
    if (NESTED_LABEL.test(name) || DERIVED_LABEL.test(name)) return undefined;
    if (TOTAL_LABEL.test(name)) break;
    if (SUBTOTAL_LABEL.test(name)) {
      // The 小计 above a 小计 ends its block; above a 合计 it stands for the rows of its block.
      if (sub) break;
      parts.push(row);
      skipping = nested = true;
      continue;
    }
    if (skipping) continue;
    parts.push(row);
  }
  // 小计 blocks stand for their rows only where the walk ends at the header: blocks above a blank line or a group
  // label of their own would be left out.
  if (parts.length < 2 || (nested && (ended || i < 0 || !headerCells(rowOf(lines[i]), k)))) return undefined;
  // Parts of one level: the same indent (rows under others are nested), lined up with the total.
  if (parts.some((p) => p.indent !== parts[0].indent)) return undefined;
  // The header: up the lines over other blocks of the same table (blank lines, group labels, rows, totals).
  let header: string[] | undefined;
  let headerAt = -1;
  for (let j = i; j >= 0 && j >= at - 60; j--) {
    const line = lines[j];
    if (line.kind === 'blank' || (line.kind === 'text' && line.prose.trim() === '') || ruleLine(line)) continue;
    if (line.kind !== 'text') return undefined;
    const row = rowOf(line);
    if (!row) return undefined;
    header = headerCells(row, k);
    headerAt = j;
    if (header) break;
    if (row.cells.length !== 1 && !valuesRow(row, k)) return undefined;
  }
  if (!header) return undefined;
  // INCOME  GBP ⏎ Membership subscriptions  3,187 ⏎ … ⏎ Total income  10,283: one column is added only where its
  // header names the money it holds (not Contents … Page ⏎ Total pages 20).
  // A table framed by rules (one under its header, one over its total) is a table whatever its one column holds.
  const framed = rules === 2 && i >= 0 && !ruleLine(lines[i]) && headerCells(rowOf(lines[i]), k) !== undefined && ruleLine(lines[i + 1]);
  // Source of income  £000 · 项目类别  计划投资 under （单位：亿元）: the money in thousands, or named by the caption.
  if (k === 1 && !MONEY_HEAD.test(header[0]) && !framed && !scaledMoneyHead(header[0]) && !moneyCaption(lines, headerAt)) return undefined;
  // 主要支出项目 over a row 其他支出, or a total of 100%: the rows cover the whole whatever the caption says.
  const whole = parts.some((p) => /^(?:其他|其它|other\b|others\b|all other|remaining|the rest)/i.test(label(p))) || total.cells.some((c) => /^100(?:\.0+)?\s*[%％]$/.test(c.text.trim()));
  return { parts: parts.reverse(), header, framed, subset: !whole && subsetCaption(lines, headerAt), exact: exactCounts(lines, headerAt, at, header) };
}

/** ------, ======, ───: a line drawn under a header or over a total. */
function ruleLine(line: Line | undefined): boolean {
  return line !== undefined && line.kind === 'text' && /^[ \u3000]*(?:[-=─━]{3,}[ \u3000]*)+$/.test(line.text);
}

/** The names of the value columns, when the row is a header over k of them (its first cell may name the labels). */
function headerCells(row: Row | undefined, k: number): string[] | undefined {
  if (!row || (row.cells.some(numeric) && !yearsHeader(row)) || row.cells.some((c) => /^[-−+]?\d[\d,.]*\s*[%％]$/.test(c.text.trim()))) return undefined;
  if (row.cells.length === k + 1) return row.cells.slice(1).map((c) => c.text.trim());
  if (row.cells.length === k && row.indent > 0 && k >= 2) return row.cells.map((c) => c.text.trim());
  return undefined;
}

/** Item  2022  2023  2024: a header of years, one after another (a row of counts is not so). */
function yearsHeader(row: Row): boolean {
  const years = row.cells.filter(numeric).map((c) => c.text.trim());
  if (years.length < 2 || !years.every((y) => /^(?:19|20)\d\d$/.test(y))) return false;
  return years.every((y, n) => n === 0 || Math.abs(Number(y) - Number(years[n - 1])) === 1) && row.cells.slice(1).every(numeric);
}

export type Place = Map<number, { paragraph: Paragraph; offset: number; column: number; length: number }>;

/** The first column whose parts miss their total, as a breakdown; undefined when none can be read. */
function checkedColumn(parts: Row[], total: Row, header: string[], place: Place, framed = false, subset = false, exact = false): Breakdown | undefined {
  const rows = [...parts, total];
  // Lined up: in every column the cells' right or left edges agree within a column or so.
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  for (let c = 1; c <= header.length; c++) {
    if (spread(rows.map((r) => r.cells[c].to)) > 3 && spread(rows.map((r) => r.cells[c].from)) > 3) return undefined;
  }
  // Shares that add up to well over 100% (a question with several answers) say the rows overlap: no part of a whole.
  for (let c = 1; c <= header.length; c++) {
    // 入住率, 完成率: each row's own rate, which no row's shares are (占比, 构成 are).
    if (RATE_HEADER.test(header[c - 1]) && !SHARE_WORDS.test(header[c - 1])) continue;
    const shares = parts.map((r) => /^([-−+]?\d[\d,.]*)\s*[%％]$/.exec(r.cells[c].text.trim()));
    if (shares.every((m) => m !== null) && shares.reduce((a, m) => a + Number(m![1].replace(/,/g, '')), 0) > 101) return undefined;
  }
  for (let c = 1; c <= header.length; c++) {
    // Type of appointment  Number: in a table framed by rules, a column headed Number counts the rows' things.
    if (NOT_ADDITIVE_COLUMN.test(header[c - 1]) && !(framed && /^number(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?$/i.test(header[c - 1]))) continue;
    const texts = rows.map((r) => r.cells[c].text.trim());
    if (texts.some((t) => !NUMBER.test(t) && !BRACKETED_NEGATIVE.test(t))) continue;
    // Fundraising costs  (6,300): an amount taken away, in brackets, adds in with its minus.
    const read = texts.map((t) => NUMBER.exec(t) ?? BRACKETED_NEGATIVE.exec(t)!);
    const negative = (m: RegExpExecArray) => m[1].startsWith('(');
    // Signed differences (a variance column) and years are not amounts to add.
    if (read.some((m) => m[2] !== '')) continue;
    if (read.every((m) => !m[3].includes(',') && m[4] === undefined && /^(?:19|20)\d\d$/.test(m[3]))) continue;
    if (new Set(read.map((m) => m[1].replace('(', ''))).size > 1) continue;
    const values = read.map((m) => (negative(m) ? -1 : 1) * Number(m[3].replace(/,/g, '') + (m[4] ? '.' + m[4] : '')));
    const decimals = Math.max(...read.map((m) => (m[4] ?? '').length));
    const unit = 10 ** -decimals;
    const sum = values.slice(0, -1).reduce((a, v) => a + v, 0);
    // Counts (收案, 结案 with no money or scale said) add up exactly; amounts may each be one off in their last digit.
    const counted = exact && decimals === 0 && read.every((m) => m[1] === '');
    const tolerance = counted ? 1e-9 : Math.max(unit, (rows.length * unit) / 4) + 1e-9;
    if (Math.abs(sum - values[values.length - 1]) <= tolerance) continue;
    const figures = rows.map((r, n) => figureOf(r, r.cells[c], read[n], values[n], place));
    if (figures.some((f) => f === undefined)) return undefined;
    const fs = figures as Figure[];
    const totalFigure = fs.pop()!;
    // Under a caption that names some of the rows (Main reasons, 主要项目), the parts may fall short: only a sum past the total is wrong.
    return partitionOf(totalFigure.paragraph, totalFigure, fs, totalFigure.offset, { complete: !subset, rounded: !counted });
  }
  return undefined;
}

export function figureOf(row: Row, cell: Cell, m: RegExpExecArray, value: number, place: Place): Figure | undefined {
  const at = place.get(row.line.index);
  if (!at) return undefined;
  const start = cell.start + (cell.text.length - cell.text.trimStart().length);
  const length = cell.text.trim().length;
  if (start < at.column || start + length > at.column + at.length) return undefined;
  const offset = at.offset + start - at.column;
  return cellFigure({
    paragraph: at.paragraph,
    offset,
    length,
    numberStart: offset + m[1].length,
    numberEnd: offset + length,
    value,
    decimals: (m[4] ?? '').length,
    subject: label(row),
    cell: label(row),
  });
}

/** A column of each row's share of the total: 占收案总数比例, 占比, 比重, 构成（%）, Share. */
const SHARE_HEADER = /占|佔|比重|比例|构成|構成|share|proportion|^[（(]?\s*[%％]\s*[）)]?$/i;
const PERCENT_CELL = /^([-−+]?)(\d+)(?:\.(\d+))?\s*[%％]$/;

/** A row's stated share of the table's total (a cell of a share column) and the amount and total it is a share of. */
export interface TableShare {
  part: Figure;
  total: Figure;
  share: Figure;
}

/**
 * The shares a space-aligned table states in a column of percentages whose total row says 100%: each row's share
 * against its amount in the column the shares are of, where that column's rows add up to its total (a partition, so
 * the share can only be amount ÷ total). The column is the one the share's header names (占收案总数比例 → 收案数), or
 * the only column of amounts that adds up.
 */
export function readSpaceTableShares(lines: readonly Line[], paragraphs: readonly Paragraph[], bits = bitsOf(lines)): TableShare[] {
  const out: TableShare[] = [];
  let place: Place | undefined;
  for (let i = 0; i < lines.length; i++) {
    if ((bits[i] & SHARES_TOTAL) === 0) continue;
    const total = rowOf(lines[i])!;
    const found = tableAbove(lines, i, total);
    if (!found) continue;
    const { parts, header } = found;
    const rows = [...parts, total];
    const shareColumns = header.map((_, n) => n + 1).filter((c) => SHARE_HEADER.test(header[c - 1]) && rows.every((r) => PERCENT_CELL.test(r.cells[c].text.trim())) && Math.abs(Number(PERCENT_CELL.exec(total.cells[c].text.trim())![2] + '.' + (PERCENT_CELL.exec(total.cells[c].text.trim())![3] ?? '0')) - 100) < 1e-9);
    if (shareColumns.length !== 1) continue;
    const s = shareColumns[0];
    // The columns of whole amounts whose rows add up to the total row: what a share can be of.
    const bases: number[] = [];
    for (let c = 1; c <= header.length; c++) {
      if (c === s || NOT_ADDITIVE_COLUMN.test(header[c - 1])) continue;
      const read = rows.map((r) => NUMBER.exec(r.cells[c].text.trim()));
      if (read.some((m) => m === null || m[2] !== '')) continue;
      // 612.3 + 508.7 = 1,121.0: amounts with decimals too, within a unit of their last digit.
      const values = read.map((m) => cellValue(m!));
      if (!addsUp(values.slice(0, -1), values[values.length - 1], Math.max(...read.map((m) => (m![4] ?? '').length)))) continue;
      bases.push(c);
    }
    const base = shareBase((c) => header[c - 1], s, bases);
    // Events · Share of customer-minutes: the shares are of another measure than the amounts beside them.
    if (base === undefined || headsOfAnotherMeasure(header[s - 1], header[base - 1])) continue;
    place ??= placesOf(paragraphs);
    const totalRead = NUMBER.exec(total.cells[base].text.trim())!;
    const totalFigure = figureOf(total, total.cells[base], totalRead, cellValue(totalRead), place);
    if (!totalFigure) continue;
    for (const row of parts) {
      const m = NUMBER.exec(row.cells[base].text.trim())!;
      const p = PERCENT_CELL.exec(row.cells[s].text.trim())!;
      const part = figureOf(row, row.cells[base], m, cellValue(m), place);
      const share = figureOf(row, row.cells[s], ['', '', '', p[2], p[3]] as unknown as RegExpExecArray, Number(`${p[2]}.${p[3] ?? '0'}`), place);
      if (part && share) out.push({ part, total: totalFigure, share: { ...share, dimension: '%', unit: '%' } });
    }
  }
  return out;
}

/** The value of a number cell read by NUMBER: 1,121.0 → 1121. */
const cellValue = (m: RegExpExecArray): number => Number(m[3].replace(/,/g, '') + (m[4] !== undefined ? `.${m[4]}` : ''));

const MANY_ANSWERS = new RegExp(`${alternation(breakdownWords.survey)}|more than one|several answers|多项|多項|可多選`, 'i');

/**
 * The share column of a table lined up with spaces whose total row says 100%, when its rows add up to more than that
 * (74% + 61% + 37% + 28% = 200%): the shares of one whole, as a breakdown of the 100% (sum-mismatch checks it). The
 * finding is on the total row's 100%.
 */
export function readSpaceTableShareSums(lines: readonly Line[], paragraphs: readonly Paragraph[], bits = bitsOf(lines)): Breakdown[] {
  const out: Breakdown[] = [];
  let place: Place | undefined;
  for (let i = 0; i < lines.length; i++) {
    if ((bits[i] & SHARES_TOTAL) === 0) continue;
    const total = rowOf(lines[i])!;
    const found = tableAbove(lines, i, total);
    if (!found || found.parts.length < 2) continue;
    const { parts, header } = found;
    const rows = [...parts, total];
    const shareColumns = header.map((_, n) => n + 1).filter((c) => SHARE_HEADER.test(header[c - 1]) && !/率|增|rate|change|growth/i.test(header[c - 1]) && rows.every((r) => PERCENT_CELL.test(r.cells[c].text.trim())));
    if (shareColumns.length !== 1) continue;
    // Channels used (more than one answer allowed) · 可多选 · Respondents: the answers overlap, their shares may pass 100%.
    const first = parts[0].line.index;
    if (lines.slice(Math.max(0, first - 4), first).some((l) => MANY_ANSWERS.test(l.text))) continue;
    const c = shareColumns[0];
    const read = rows.map((r) => PERCENT_CELL.exec(r.cells[c].text.trim())!);
    if (read.some((m) => m[1] !== '')) continue;
    const values = read.map((m) => Number(`${m[2]}.${m[3] ?? '0'}`));
    if (Math.abs(values[values.length - 1] - 100) > 1e-9) continue;
    const sum = values.slice(0, -1).reduce((a, v) => a + v, 0);
    // Only a gross excess: rounding aside, the shares cannot be of one whole.
    if (sum <= 100 + Math.max(1, (values.length - 1) / 2)) continue;
    place ??= placesOf(paragraphs);
    const figures = rows.map((r, n) => figureOf(r, r.cells[c], ['', '', '', read[n][2], read[n][3]] as unknown as RegExpExecArray, values[n], place!));
    if (figures.some((f) => !f)) continue;
    const shares = figures.map((f) => ({ ...f!, dimension: '%', unit: '%' }));
    const whole = shares[shares.length - 1];
    const each = shares.slice(0, -1);
    out.push(partitionOf(whole.paragraph, whole, each, whole.offset));
  }
  return out;
}

export function placesOf(paragraphs: readonly Paragraph[]): Place {
  const place: Place = new Map();
  for (const p of paragraphs) for (const s of p.segments) place.set(s.line, { paragraph: p, offset: s.offset, column: s.column, length: s.length });
  return place;
}

/** A growth column: 增长, 增幅, 增速, 同比, growth (not 增减额, an amount). */
const GROWTH_HEADER = /增长|增長|增幅|增速|同比|growth|change\s*\(?%/i;
const GROWTH_NOT = /额|額|量|数|數|百分点|百分點|点|點/;
/** A column of one period's amounts: 2026年, 2027年目标, 2025年预计. */
const PERIOD_HEADER = /(?:19|20)\d\d/;

/** A row's two amounts and its stated growth between them (the earlier period's amount first). */
export interface TableGrowth {
  from: Figure;
  to: Figure;
  change: Figure;
}

/**
 * The rows of a table lined up with spaces whose header names two periods (2026年预计, 2027年目标) and a growth
 * column (增长, 增幅, 同比): each row's two amounts and its stated growth. Rows run from the header down to a blank
 * line or a line that is not a row of as many cells; a row with a cell that is not a plain number (—, 持平) is passed.
 */
export function readSpaceTableGrowth(lines: readonly Line[], paragraphs: readonly Paragraph[], bits = bitsOf(lines)): TableGrowth[] {
  const out: TableGrowth[] = [];
  let place: Place | undefined;
  for (let i = 0; i + 2 < lines.length; i++) {
    if ((bits[i] & GROWTH_HEADER_ROW) === 0) continue;
    const header = rowOf(lines[i])!;
    const names = header.cells.map((c) => c.text.trim());
    const growth = names.map((_, n) => n).filter((n) => n > 0 && GROWTH_HEADER.test(names[n]) && !GROWTH_NOT.test(names[n]));
    const periods = names.map((_, n) => n).filter((n) => n > 0 && PERIOD_HEADER.test(names[n]) && !GROWTH_HEADER.test(names[n]));
    if (growth.length !== 1 || periods.length !== 2) continue;
    const year = (n: number) => Number(PERIOD_HEADER.exec(names[n])![0]);
    if (year(periods[0]) === year(periods[1])) continue;
    const [early, late] = year(periods[0]) < year(periods[1]) ? periods : [periods[1], periods[0]];
    const g = growth[0];
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j].kind === 'text' ? rowOf(lines[j]) : undefined;
      if (!row || row.cells.length !== header.cells.length || NUMBER.test(row.cells[0].text.trim())) break;
      const a = NUMBER.exec(row.cells[early].text.trim());
      const b = NUMBER.exec(row.cells[late].text.trim());
      const c = PERCENT_CELL.exec(row.cells[g].text.trim());
      if (!a || !b || !c || a[2] !== '' || b[2] !== '' || a[1] !== b[1]) continue;
      place ??= placesOf(paragraphs);
      const value = (m: RegExpExecArray) => Number(m[3].replace(/,/g, '') + (m[4] ? '.' + m[4] : ''));
      const from = figureOf(row, row.cells[early], a, value(a), place);
      const to = figureOf(row, row.cells[late], b, value(b), place);
      const sign = c[1] === '' ? 1 : -1;
      const change = figureOf(row, row.cells[g], ['', '', '', c[2], c[3]] as unknown as RegExpExecArray, sign * Number(`${c[2]}.${c[3] ?? '0'}`), place);
      if (!from || !to || !change || from.value <= 0) continue;
      out.push({ from, to, change: { ...change, dimension: '%', unit: '%', numberStart: change.offset + c[1].length } });
    }
  }
  return out;
}

/** 占比率, 构成率: a rate header that names shares of the whole. */
const SHARE_WORDS = /占|佔|比重|构成|構成|份额|份額|share/i;
/** A column of rates: 完成率, 蓄水率, 执行率（%）, 达标率 (not a growth rate: 增长率 is GROWTH_HEADER's). */
const RATE_HEADER = /率\s*(?:[（(]\s*[%％]\s*[）)])?$/;
/** A column of things counted one by one (监测断面数, 参考人数, 户数, 项目数（个）): its whole numbers are exact. */
const COUNT_HEADER = /(?:[人户个家次件所村校站项]数|断面数|项目数|点位数|单位数|企业数|学校数)$|[（(]\s*(?:个|人|户|家|所|座|条|处|次|件|项|名)\s*[）)]$/;
/** A header that states its column's unit as a percentage: 达标率（%）, 完成率(%). */
const PERCENT_IN_HEADER = /[（(]\s*[%％]\s*[）)]$/;
/** A cell of such a column: the number without its sign (85.0 under 达标率（%）). */
const BARE_PERCENT_CELL = /^([-−+]?)(\d+)(?:\.(\d+))?$/;

/**
 * 完成投资 | 计划投资 | 完成率 · 参考人数 | 合格人数 | 合格率: a table of two amount columns whose rate's header names one of
 * them (完成, 合格) — the part — and so the other as the whole. Then two rows do: one that agrees and one alone that does
 * not. Not a rate the columns do not name (优秀率, 群众满意率), nor of another year than theirs (2024年合格率).
 */
function namedPair<X>(names: readonly string[], r: number, amounts: readonly number[], read: readonly X[], fits: (x: X, p: number, w: number) => boolean | undefined): { p: number; w: number; odd: X } | undefined {
  if (amounts.length !== 2 || read.length < 2) return undefined;
  const word = names[r].replace(/\s*[（(]\s*[%％]\s*[）)]$/, '').replace(/率$/, '');
  if (!/^\p{sc=Han}{2,4}$/u.test(word)) return undefined;
  const named = amounts.filter((n) => names[n].includes(word));
  if (named.length !== 1) return undefined;
  const p = named[0];
  const w = amounts[0] === p ? amounts[1] : amounts[0];
  const verdicts = read.map((x) => fits(x, p, w));
  const odd = read.filter((_, k) => verdicts[k] === false);
  return verdicts.some((v) => v === true) && odd.length === 1 ? { p, w, odd: odd[0] } : undefined;
}

/** A row's rate and the two amounts of its row it is the ratio of (part ÷ whole). */
export interface TableRatio {
  part: Figure;
  whole: Figure;
  rate: Figure;
}

/**
 * The rows of a table lined up with spaces with a column of rates (完成率, 蓄水率) that every other row states as the
 * ratio of the same two columns of its row (现有耕地 ÷ 保护任务, 汛末蓄水量 ÷ 总库容): the rows whose rate does not follow
 * from them. Only where at least three rows agree on one pair of columns and one row alone does not, so a rate that is
 * not such a ratio (a rate measured apart, a column of targets) is never read as one. Rows run from the header down to
 * a blank line or a line that is not a row of as many cells; a row with a cell that is not a plain number is passed.
 */
export function readSpaceTableRatios(lines: readonly Line[], paragraphs: readonly Paragraph[], bits = bitsOf(lines)): TableRatio[] {
  const out: TableRatio[] = [];
  let place: Place | undefined;
  for (let i = 0; i + 2 < lines.length; i++) {
    if ((bits[i] & RATE_HEADER_ROW) === 0) continue;
    const header = rowOf(lines[i])!;
    const names = header.cells.map((c) => c.text.trim());
    const rates = names.map((_, n) => n).filter((n) => n > 0 && RATE_HEADER.test(names[n]) && !GROWTH_HEADER.test(names[n]));
    if (rates.length !== 1) continue;
    const r = rates[0];
    const amounts = names.map((_, n) => n).filter((n) => n > 0 && n !== r && !NOT_ADDITIVE_COLUMN.test(names[n]));
    if (amounts.length < 2) continue;
    const rows: Row[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j].kind === 'text' ? rowOf(lines[j]) : undefined;
      if (!row || row.cells.length !== header.cells.length || NUMBER.test(row.cells[0].text.trim())) break;
      rows.push(row);
    }
    const value = (m: RegExpExecArray) => Number(m[3].replace(/,/g, '') + (m[4] ? '.' + m[4] : ''));
    // A header that states the unit (达标率（%）) leaves the sign off its cells: 85.0 is 85.0%.
    const inHeader = PERCENT_IN_HEADER.test(names[r]);
    const read = rows.map((row) => {
      const text = row.cells[r].text.trim();
      const rate = PERCENT_CELL.exec(text) ?? (inHeader ? BARE_PERCENT_CELL.exec(text) : null);
      const cells = new Map<number, RegExpExecArray>();
      for (const n of amounts) {
        const m = NUMBER.exec(row.cells[n].text.trim());
        if (m && m[2] === '') cells.set(n, m);
      }
      return { row, rate: rate && rate[1] === '' ? rate : null, cells };
    });
    // Does the row's rate follow from part ÷ whole, within the rounding of the three figures as written?
    const fits = (x: (typeof read)[number], p: number, w: number): boolean | undefined => {
      const a = x.cells.get(p);
      const b = x.cells.get(w);
      if (!x.rate || !a || !b) return undefined;
      // A whole number in a column of counts (监测断面数, 参考人数, 项目数（个）) is exact, not rounded: 3 of 4 is 75.0%.
      const half = (m: RegExpExecArray, n: number) => (m[4] === undefined && COUNT_HEADER.test(names[n]) ? 0 : 0.5 * 10 ** -(m[4] ?? '').length);
      const whole = value(b);
      if (whole - half(b, w) <= 0) return undefined;
      const stated = Number(`${x.rate[2]}.${x.rate[3] ?? '0'}`);
      const tolerance = 0.5 * 10 ** -(x.rate[3] ?? '').length + 1e-9;
      const low = ((value(a) - half(a, p)) / (whole + half(b, w))) * 100;
      const high = ((value(a) + half(a, p)) / (whole - half(b, w))) * 100;
      return stated >= low - tolerance && stated <= high + tolerance;
    };
    // One pair of columns only: two that would both do leave the reading in doubt.
    const pairs = agreeingPairs(amounts, read, fits);
    const one = pairs.length === 1 && pairs[0].odd.length === 1 ? { p: pairs[0].p, w: pairs[0].w, odd: pairs[0].odd[0] } : undefined;
    const found = one ?? (pairs.length === 0 ? namedPair(names, r, amounts, read, fits) : undefined);
    if (!found) continue;
    place ??= placesOf(paragraphs);
    const { row, rate, cells } = found.odd;
    const a = cells.get(found.p)!;
    const b = cells.get(found.w)!;
    const part = figureOf(row, row.cells[found.p], a, value(a), place);
    const whole = figureOf(row, row.cells[found.w], b, value(b), place);
    const stated = figureOf(row, row.cells[r], ['', '', '', rate![2], rate![3]] as unknown as RegExpExecArray, Number(`${rate![2]}.${rate![3] ?? '0'}`), place);
    if (part && whole && stated) out.push({ part, whole, rate: { ...stated, dimension: '%', unit: '%' } });
  }
  return out;
}
