// The total column of a table lined up with spaces (tables81): a last column headed 合计/总计/Total that adds up the
// row's other columns, row by row —
//   项目                 自然人   法人或其他组织   总计
//   本年新收申请数         31         11           42
//   予以公开               20          6           27      ← 20 + 6 = 26
// Read conservatively: a header of a label and three cells or more, no number among them, the last a total and the
// others amounts (no 其中/of which column, no rate, share, average or year column); rows under it, down to a blank
// line, each of a label and as many plain numbers lined up with the header's columns. A ragged row (a blank or a
// "—" or "n/a" cell, a wrapped label) leaves the whole table alone; a row of rates or averages (率, 平均, %, average)
// is passed. Only rows that miss where most rows add up are reported: columns that do not split the total (男 · 女 ·
// 少数民族 · 合计) would leave most rows off.

import type { Breakdown } from './breakdowns';
import { partitionOf } from './breakdowns/shared';
import type { Figure } from './numbers';
import type { Line } from './lines';
import type { Paragraph } from './paragraphs';
import { figureOf, label, NOT_ADDITIVE_COLUMN, NUMBER, placesOf, rowOf, type Place, type Row } from './space-table-totals';
import { addsUp } from './table-totals';
import { moneyCaption, scaledMoneyHead } from './table-money';

/** The head of a total column: 合计, 总计, 共计, Total. */
const TOTAL_HEAD = /^(?:合计|合計|总计|總計|共计|共計|total|totals)$/i;
/** A column that holds part of another (其中：女, of which), or a subtotal: no part of the row's total. */
const NESTED_HEAD = /^(?:其中|内[：:]|含[：:]?|of\s+which|including|incl\.|thereof)|小计|小計|subtotal|sub-total|total|合计|总计|共计/i;
/** A row of rates, shares or averages: its cells do not add up. */
const NOT_ADDITIVE_ROW = /率|比|占|平均|均值|人均|户均|average|mean|median|rate|ratio|share|per\s|%|％/i;
/** 单位：万元, (£000), 金额（亿元）: amounts rounded to their unit, which may miss their total by one. */
const SCALED = /万元|亿元|千元|[（(]\s*[£$€]\s*'?000\s*[)）]|[£$€]\s*'?000|\bm\b|million/i;

/** A header whose last cell is a total, for lineFacts: the reader starts only at these lines. */
export function rowTotalHeaderBit(line: Line): number {
  if (line.kind !== 'text' || !/(?:合\s*计|总\s*计|共\s*计|合計|總計|共計|total)\s*$/i.test(line.prose)) return 0;
  return totalColumnHeader(line) ? 1 : 0;
}

function totalColumnHeader(line: Line): Row | undefined {
  const header = rowOf(line);
  if (!header || header.cells.length < 4) return undefined;
  const names = header.cells.map((c) => c.text.trim());
  if (names.some((n) => n === '' || /\d/.test(n) && NUMBER.test(n))) return undefined;
  if (!TOTAL_HEAD.test(names[names.length - 1])) return undefined;
  const middle = names.slice(1, -1);
  if (middle.some((n) => NESTED_HEAD.test(n) || NOT_ADDITIVE_COLUMN.test(n))) return undefined;
  return header;
}

/** The breakdowns of the rows whose total column their other columns miss (see the head of this file). */
export function readSpaceTableRowTotals(lines: readonly Line[], paragraphs: readonly Paragraph[], facts: Uint8Array): Breakdown[] {
  const out: Breakdown[] = [];
  let place: Place | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!facts[i]) continue;
    const header = totalColumnHeader(lines[i]);
    if (!header) continue;
    const n = header.cells.length;
    const rows: Row[] = [];
    let ragged = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.kind !== 'text' || line.prose.trim() === '') break;
      const row = rowOf(line);
      if (!row || row.cells.length !== n || NUMBER.test(row.cells[0].text.trim())) {
        ragged = true;
        break;
      }
      if (NOT_ADDITIVE_ROW.test(label(row))) continue;
      if (row.cells.slice(1).some((c) => /[%％]\s*$/.test(c.text))) continue;
      const read = row.cells.slice(1).map((c) => NUMBER.exec(c.text.trim()));
      if (read.some((m) => m === null || m[2] !== '')) {
        ragged = true;
        break;
      }
      rows.push(row);
    }
    if (ragged || rows.length < 3) continue;
    // Lined up: in every column the cells' right or left edges agree within a column or so.
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    let lined = true;
    for (let c = 1; c < n && lined; c++) lined = spread(rows.map((r) => r.cells[c].to)) <= 3 || spread(rows.map((r) => r.cells[c].from)) <= 3;
    if (!lined) continue;
    const scaled = SCALED.test(header.line.prose) || header.cells.some((c) => scaledMoneyHead(c.text)) || moneyCaption(lines, i);
    const values = rows.map((r) => r.cells.slice(1).map((c) => NUMBER.exec(c.text.trim())!));
    const value = (m: RegExpExecArray) => Number(m[3].replace(/,/g, '') + (m[4] ? '.' + m[4] : ''));
    // Currency signs alike in every cell (not $ parts beside a bare total).
    if (new Set(values.flat().map((m) => m[1])).size > 1) continue;
    const verdicts = values.map((ms) => {
      const decimals = Math.max(...ms.map((m) => (m[4] ?? '').length));
      const parts = ms.slice(0, -1).map(value);
      const total = value(ms[ms.length - 1]);
      const sum = parts.reduce((a, v) => a + v, 0);
      const unit = 10 ** -decimals;
      const ok = decimals > 0 || scaled ? Math.abs(sum - total) <= unit * Math.max(1, parts.length / 2) + 1e-9 : addsUp(parts, total, 0);
      return { ok, empty: total === 0 && sum === 0 };
    });
    const agree = verdicts.filter((v) => v.ok && !v.empty).length;
    const off = rows.filter((_, r) => !verdicts[r].ok);
    if (off.length === 0 || agree < 2 || off.length >= agree) continue;
    place ??= placesOf(paragraphs);
    for (const row of off) {
      const ms = row.cells.slice(1).map((c) => NUMBER.exec(c.text.trim())!);
      const figures = ms.map((m, c) => figureOf(row, row.cells[c + 1], m, value(m), place!));
      if (figures.some((f) => f === undefined)) continue;
      const fs = (figures as Figure[]).map((f, c) => ({ ...f, cell: header.cells[c + 1].text.trim() }));
      const total = fs.pop()!;
      const decimals = Math.max(...ms.map((m) => (m[4] ?? '').length));
      out.push(partitionOf(total.paragraph, total, fs, total.offset, { complete: true, rounded: decimals > 0 || scaled }));
    }
  }
  return out;
}
