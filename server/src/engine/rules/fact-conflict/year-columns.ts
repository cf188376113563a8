/**
 * A table lined up with spaces (full-width or runs of two) whose columns are headed by years:
 *   指标　　　　　　　　2025年　　2026年　　变化
 *   网上可办率　　　　　97.8%　　 98.6%　　 +0.8个百分点
 * The row's first figure is read as the label's (网上可办率 97.8%), but it stands in the 2025 column: last year's
 * level, not the 98.6% the 2026 report's prose states. A figure in a column headed by another year than the report's
 * own (or, with no own year, than the latest year the header names) is that year's, and no restatement of the prose's
 * figure; the own year's column is read as the prose is. Pipe and tab tables are read by their header already
 * (paragraph.tableHeader); this reads the header of a space table from the lines above the row, up to a blank line.
 */
import type { Line } from '../../model/lines';
import type { Figure } from '../../model/numbers';
import { spacedCells } from '../../model/paragraphs';

/** 2025年, 2025, 2025年度, 2025年末, 2024/25: a column headed by a year alone. */
const YEAR_CELL = /^((?:19|20)\d\d)(?:年(?:度|末|底)?|[/–-]\d{2,4})?$/;
/** Rows looked up past to find the header (a table's rows; bounded so a long run of lines stays linear). */
const HEADER_REACH = 30;
/** A row is one line: longer lines are no table row. */
const ROW_REACH = 300;

function cellsOf(text: string): { text: string; start: number }[] {
  const from = text.length - text.trimStart().length;
  const cells = spacedCells(text.trimEnd(), from);
  return cells.filter((c) => c.text !== '');
}

/**
 * The year of the column the figure stands in, where its paragraph is one row of a space table under a header naming
 * years, together with the year read as the table's own (the report's year, or with none the header's latest); else undefined.
 */
export function yearColumn(lines: readonly Line[], f: Figure, ownYear: string | undefined): { year: string; own: string } | undefined {
  const p = f.paragraph;
  if (p.firstLine !== p.lastLine || p.tableHeader || p.text.length > ROW_REACH || !/[\u3000]| {2}/.test(p.text)) return undefined;
  const row = cellsOf(p.text);
  if (row.length < 3) return undefined;
  let column = -1;
  for (let i = 0; i < row.length; i++) if (row[i].start <= f.offset && f.offset < row[i].start + row[i].text.length) column = i;
  if (column < 1) return undefined;
  for (let l = p.firstLine - 1; l >= 0 && l >= p.firstLine - HEADER_REACH; l--) {
    const prose = lines[l]?.prose ?? '';
    if (prose.trim() === '' || prose.length > ROW_REACH) return undefined;
    const header = cellsOf(prose);
    // The header has a cell over every column, or none over the labels ("　　2025年　2026年").
    const shift = header.length === row.length ? 0 : header.length === row.length - 1 ? 1 : undefined;
    if (shift === undefined) continue;
    const years = header.map((c) => YEAR_CELL.exec(c.text.trim())?.[1]);
    if (years.filter((y) => y !== undefined).length < 2) continue;
    const year = years[column - shift];
    if (year === undefined) return undefined;
    const latest = years.reduce((a, y) => (y !== undefined && (a === undefined || y > a) ? y : a), undefined as string | undefined)!;
    return { year, own: ownYear ?? latest };
  }
  return undefined;
}

/** The figure stands in a space table's column of another year than the table's own (yearColumn). */
export function inOtherYearColumn(lines: readonly Line[], f: Figure, ownYear: string | undefined): boolean {
  const c = yearColumn(lines, f, ownYear);
  return c !== undefined && c.year !== c.own;
}
