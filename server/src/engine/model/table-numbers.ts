// | # | Action | Owner | ⏎ | 1 | … | ⏎ | 2 | … | ⏎ | 3 | … | ⏎ | 3 | … | ⏎ | 5 | … |: the numbered column of a table (#, No.,
// Ref, S/N, 序号, 编号) opening its rows, counting 1, 2, 3… — read for the one step that skips or repeats, as
// label-series reads the refs of a log.

import type { Line } from './lines';
import { tableHeaders } from './paragraphs';
import type { LabelSlip } from './label-series';

/** The header of a numbered column: #, No., No, Ref, Item, S/N, S. No., Sl. No., 序号, 编号, 序. */
const NUMBER_HEADER = /^(?:\*\*)?(?:#|№|no\.?|nr\.?|ref\.?|item|s\/n|s\.?\s?no\.?|sl\.?\s?no\.?|sr\.?\s?no\.?|序号|序號|编号|編號|序)(?:\*\*)?$/i;
/** A cell that is a plain row number (3, 3., **3**). */
const NUMBER_CELL = /^(?:\*\*)?(\d{1,3})\.?(?:\*\*)?$/;
/** A row that sums the others up: the table is a breakdown, its numbers may not be a count of rows. */
const TOTAL_CELL = /^(?:\*\*)?(?:合计|合計|总计|總計|小计|小計|共计|共計|total|totals|grand total|subtotal|sub-total|overall|all)(?:\*\*)?[:：]?$/i;
/** Lines near the table that say its rows are not all there, or are in another order than their numbers. */
const PARTIAL = /\b(?:matters arising|carried (?:forward|over)|brought forward|still open|open actions|previous meetings?|closed|removed|deleted|withdrawn|superseded|merged|dropped|sorted by|ranked by|in order of|by status|by priority|by score|by date|excerpts?|selected|extracts?|top \d+|top (?:five|ten|three))\b|节选|摘录|已删除|已关闭|已办结|销号|撤销|合并|按.{1,6}排序|排名/i;

/** A note under a table that some of its rows were taken out. */
const REMOVED = /\b(?:closed|removed|deleted|withdrawn|merged|dropped|omitted|not shown)\b|已删除|已关闭|已办结|销号|撤销|合并|略/i;

interface Cell {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** The cells of a pipe row or a tab row, with where each one's text stands in the line. */
function cellsOf(text: string): Cell[] {
  const out: Cell[] = [];
  const pipe = /^\s*\|/.test(text);
  const sep = pipe ? /\|/g : /\t+/g;
  let from = pipe ? text.indexOf('|') + 1 : 0;
  const bounds: [number, number][] = [];
  sep.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(text))) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (!pipe || text.slice(from).trim() !== '') bounds.push([from, text.length]);
  for (const [a, b] of bounds) {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    out.push({ line: -1, start: a + lead, end: a + lead + t.length, text: t });
  }
  return out;
}

/**
 * The one slip of each table whose first column is headed #, No., 序号… and holds a number on every row, from 1: a skip
 * by one (3, 5) or a repeat the next row goes on from (3, 3, 5) or after (3, 3, 4). Not a table with a total row, a
 * cell that is no plain number (A12, 3.2: refs carried over), a second slip or a step back (sorted by another column,
 * a restart), fewer than three rows, nor one the lines around it say is partial or sorted otherwise.
 */
export function tableNumberSlips(lines: readonly Line[]): LabelSlip[] {
  const out: LabelSlip[] = [];
  const headers = tableHeaders(lines);
  let rows: number[] = [];
  let header: string[] | undefined;
  const flush = () => {
    if (header && rows.length >= 3) {
      const slip = slipOf(lines, header, rows);
      if (slip) out.push(slip);
    }
    rows = [];
  };
  for (let l = 0; l < lines.length; l++) {
    const h = headers.get(l);
    if (h !== header || h === undefined) flush();
    header = h;
    if (h !== undefined) rows.push(l);
  }
  flush();
  return out;
}

function slipOf(lines: readonly Line[], header: string[], rows: number[]): LabelSlip | undefined {
  if (!NUMBER_HEADER.test((header[0] ?? '').trim())) return undefined;
  const cells: Cell[] = [];
  const values: number[] = [];
  for (const l of rows) {
    const row = cellsOf(lines[l].text);
    if (row.some((c) => TOTAL_CELL.test(c.text))) return undefined;
    const first = row[0];
    const m = first ? NUMBER_CELL.exec(first.text) : null;
    if (!first || !m) return undefined;
    cells.push({ ...first, line: l });
    values.push(Number(m[1]));
  }
  if (values[0] !== 1) return undefined;
  let slip: { at: number; kind: 'skip' | 'repeat'; expected: number } | undefined;
  for (let i = 1; i < values.length; i++) {
    const [prev, cur] = [values[i - 1], values[i]];
    // After a repeat (3, 3) the next row is due at 5 when the second 3 stands for 4, or at 4 when the numbers shifted.
    const afterRepeat = slip?.kind === 'repeat' && slip.at === i - 1;
    if (cur === prev + 1 || (afterRepeat && cur === prev + 2)) continue;
    if (slip) return undefined;
    if (cur === prev + 2) slip = { at: i, kind: 'skip', expected: prev + 1 };
    else if (cur === prev && i + 1 < values.length) slip = { at: i, kind: 'repeat', expected: prev + 1 };
    else return undefined;
  }
  if (!slip) return undefined;
  const first = rows[0];
  const last = rows[rows.length - 1];
  // Above the table: what it holds and how it is ordered; below it: a note that rows were taken out (not "the log
  // extract is attached", which is of another document).
  const above = lines.slice(Math.max(0, first - 6), first).map((l) => l.text).join('\n');
  const below = lines.slice(last + 1, last + 4).map((l) => l.text).join('\n');
  if (PARTIAL.test(above) || REMOVED.test(below)) return undefined;
  const cur = cells[slip.at];
  const prev = cells[slip.at - 1];
  const digits = (c: Cell) => /\d+/.exec(c.text)!;
  const d = digits(cur);
  const dp = digits(prev);
  return {
    line: cur.line, start: cur.start + d.index, end: cur.start + d.index + d[0].length,
    found: d[0], previous: dp[0], expected: String(slip.expected),
    previousLine: prev.line, previousStart: prev.start + dp.index, previousEnd: prev.start + dp.index + dp[0].length,
    kind: slip.kind,
  };
}

/** Whether a paragraph may hold a row of a table (a pipe row, or cells typed with tabs): for checkSummary, read whole. */
export function mayBeTableRow(text: string): boolean {
  return /^\s*\|/m.test(text) || text.includes('\t');
}
