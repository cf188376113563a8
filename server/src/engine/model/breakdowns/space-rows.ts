// A total row of a table lined up with spaces, then the rows that split it, the first labelled 其中 and the others
// indented under it:
//   教职工总数    1260
//   其中：小学    720
//         初中    410
//         高中    180
// The table-total readers (model/space-table-totals.ts) leave a table with 其中 rows alone; here the rows under 其中 are
// summed against the row above them, column by column, where every one of them names another member of one kind
// (小学/初中/高中, 城区/农村: a partition, breakdown-words.json) — only a sum above the total is read (the kinds named
// may be some of them).

import type { Figure } from '../numbers';
import type { Line } from '../lines';
import type { Paragraph } from '../paragraphs';
import { distinctInOne, familyOf } from './kinds';
import type { Breakdown } from './shared';

/** A row: its indent, 其中 or not, its label, then one number cell or more, two spaces (or an ideographic one) apart. */
const ROW = /^([ \u3000]*)(其中[：:]?[ \u3000]*)?([^\s\d][^\t]*?)((?:(?:[ \u3000]{2,}|\u3000)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)+)[ \u3000]*$/u;
const CELL = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
/** Labels that name a row of no plain amount: a rate, a share, an average. */
const NOT_ADDITIVE = /率|比|占|%|％|人均|平均|均值|户均|生均/;
const ROWS_MAX = 12;
/** How far up from the row above 其中 a header is looked for (the table's other rows between). */
const HEADER_BACK = 24;
/** A column header of no plain amount: 同比增长（%）, 占全区比重（%）, 比上年增减（%）, 完成率, "% change", Share. */
const RATE_COLUMN = /率|比|占|%|％|人均|平均|均值|增长|增長|增幅|增速|同比|环比|環比|增减|增減|rate|share|ratio|average|\bper\b|growth|change/i;

interface SpaceRow {
  indent: number;
  nested: boolean;
  label: string;
  /** The number cells: where each starts in the line, and its length. */
  cells: { start: number; length: number }[];
}

function rowOf(line: Line): SpaceRow | undefined {
  const text = line.prose;
  if (!/\d/.test(text) || text.length > 160 || /[，。；！？,;!?]/.test(text)) return undefined;
  const m = ROW.exec(text);
  if (!m) return undefined;
  const label = m[3].trim();
  if (label === '' || NOT_ADDITIVE.test(label)) return undefined;
  const cellsFrom = m.index + m[1].length + (m[2]?.length ?? 0) + m[3].length;
  const cells: { start: number; length: number }[] = [];
  CELL.lastIndex = 0;
  const tail = m[4];
  for (let c = CELL.exec(tail); c; c = CELL.exec(tail)) cells.push({ start: cellsFrom + c.index, length: c[0].length });
  return { indent: m[1].length, nested: m[2] !== undefined, label, cells };
}

/**
 * The headers of the k number columns of the table whose row is line `at`: the first line up that is no row, cut at runs
 * of two spaces, its last k cells (指标  单位  绝对值  同比增长（%）); undefined where no such line names them.
 */
function columnHeads(lines: readonly Line[], at: number, k: number): string[] | undefined {
  for (let j = at - 1; j >= 0 && j >= at - HEADER_BACK; j--) {
    const text = lines[j].prose;
    if (text.trim() === '') return undefined;
    if (rowOf(lines[j]) || ROW.test(text)) continue;
    if (/[，。；！？,;!?]/.test(text)) return undefined;
    const cells = text.trim().split(/[ \u3000]{2,}|\u3000/u).filter((c) => c !== '');
    return cells.length > k ? cells.slice(cells.length - k) : undefined;
  }
  return undefined;
}

/** The 其中 rows of tables lined up with spaces, as breakdowns of the row above them. */
export function readNestedRowBreakdowns(lines: readonly Line[], paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  let place: Map<number, { paragraph: Paragraph; offset: number; column: number; length: number }> | undefined;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].prose.includes('其中')) continue;
    const first = rowOf(lines[i]);
    if (!first || !first.nested) continue;
    const whole = rowOf(lines[i - 1]);
    if (!whole || whole.nested || whole.cells.length !== first.cells.length) continue;
    const rows = [{ line: i, row: first }];
    for (let j = i + 1; j < lines.length && rows.length < ROWS_MAX; j++) {
      const r = rowOf(lines[j]);
      if (!r || r.nested || r.indent === 0 || r.cells.length !== first.cells.length) break;
      rows.push({ line: j, row: r });
    }
    if (rows.length < 2) continue;
    const kinds = rows.map((r) => familyOf(r.row.label));
    if (!distinctInOne(kinds)) continue;
    if (place === undefined) {
      place = new Map();
      for (const p of paragraphs) for (const s of p.segments) place.set(s.line, { paragraph: p, offset: s.offset, column: s.column, length: s.length });
    }
    const figureAt = (line: number, cell: { start: number; length: number }): Figure | undefined => {
      const at = place!.get(line);
      if (!at || cell.start < at.column || cell.start >= at.column + at.length) return undefined;
      const offset = at.offset + cell.start - at.column;
      return figuresIn(at.paragraph).find((f) => f.numberStart === offset || f.offset === offset);
    };
    const heads = columnHeads(lines, i - 1, whole.cells.length);
    for (let c = 0; c < whole.cells.length; c++) {
      // 地区生产总值 486.3 7.2 ⏎ 其中：第二产业增加值 298.6 8.1 under 同比增长（%）: rates of the rows, never summed.
      if (heads && RATE_COLUMN.test(heads[c])) continue;
      const total = figureAt(i - 1, whole.cells[c]);
      if (!total || total.approximate || total.perUnit || total.dimension === '%') continue;
      const parts: Figure[] = [];
      for (const r of rows) {
        const f = figureAt(r.line, r.row.cells[c]);
        if (!f || f.approximate || f.perUnit || f.dimension !== total.dimension || f.unit !== total.unit) break;
        parts.push(f);
      }
      if (parts.length !== rows.length) continue;
      out.push({ paragraph: total.paragraph, total, parts, cueAt: total.offset + total.length, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, rounded: true, sumOnly: true });
    }
  }
  return out;
}
