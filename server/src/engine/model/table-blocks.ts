// A table (pipes or tabs) of blocks, each closed by a total row that names it (tables81):
//   | | 2025–26 (£000) | 2024–25 (£000) |
//   | University block grant | 2,140 | 2,060 |   …   | **Total income** | **3,737** | **3,548** |
//   | Staff costs | 1,920 | 1,846 |   …   | **Total expenditure** | **3,654** | **3,498** |
//   | **Surplus** | **83** | **50** |
// Each block runs from the table's start, a heading row with no figures (| **Income** | | |) or the total before it,
// down to its total; rows after the last total (Surplus, Net income) are no part of any. Read only where the table has
// two such totals or more and no plain total row (| Total |, | 合计 |: table-totals reads those), nothing nests (其中,
// of which, 小计, less, net) and every row of a block fills the column; and only where the blocks that add up are at
// least as many as those that miss (a table whose totals take in rows shown elsewhere would miss everywhere).

import type { Breakdown } from './breakdowns';
import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { addsUp, cellFigures, firstCell, NESTED_LABEL, NOT_ADDITIVE_COLUMN, one, pipeCells } from './table-totals';

/** Total income, Total expenditure, Total resources expended, 收入合计, 支出总计: a total that names its block. */
const NAMED_TOTAL = /^(?:total\s+[a-z][a-z\s,&'’/-]*|\p{sc=Han}{1,10}(?:合计|總計|总计|合計))$/iu;
/** Rows taken away or derived (less, net, surplus, 减：, 净): no plain part of a block. */
const DERIVED = /^(?:减|扣除|净|淨|差额|结余|盈余|赤字|平均|less\b|minus\b|net\b|surplus\b|deficit\b|average\b|balance\b|memo\b|[-−–(（])/i;

const bare = (label: string) => label.replace(/\*\*/g, '').trim();

export function namedTotalBlocks(rows: readonly Paragraph[], header: readonly string[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const labels = rows.map((r) => bare(firstCell(r.text)));
  const totals = labels.flatMap((l, i) => (NAMED_TOTAL.test(l) ? [i] : []));
  if (totals.length < 2 || new Set(totals.map((i) => labels[i].toLowerCase())).size !== totals.length) return [];
  const piped = /^\s*\|/.test(rows[0].text);
  const texts = rows.map((r) => (piped ? pipeCells(r.text) : r.text.trim().split(/\t+/)));
  const grid = rows.map((r) => cellFigures(r, figuresIn(r)));
  const heading = (r: number) => labels[r] !== '' && texts[r].slice(1).every((t) => t.replace(/\*\*/g, '').trim() === '') && grid[r].slice(1).every((c) => c.length === 0);
  const blocks: { parts: number[]; total: number }[] = [];
  let block: number[] = [];
  for (let r = 0; r <= totals[totals.length - 1]; r++) {
    if (NESTED_LABEL.test(labels[r]) || DERIVED.test(labels[r]) || labels[r] === '') return [];
    if (heading(r)) {
      // A heading inside a block splits it in groups the total may take in: the blocks are not read as written.
      if (block.length > 0) return [];
      continue;
    }
    if (totals.includes(r)) {
      blocks.push({ parts: block, total: r });
      block = [];
      continue;
    }
    block.push(r);
  }
  const out: Breakdown[] = [];
  let pass = 0;
  let fail = 0;
  for (const { parts, total } of blocks) {
    if (parts.length < 2) continue;
    for (let c = 1; c < header.length; c++) {
      if (NOT_ADDITIVE_COLUMN.test(header[c])) continue;
      const whole = one(grid[total][c]);
      const figures = parts.map((r) => one(grid[r][c]));
      if (!whole || whole.dimension === '%' || whole.perUnit || figures.some((f) => !f || f.dimension !== whole.dimension || f.perUnit)) continue;
      const fs = figures as Figure[];
      const approximate = whole.approximate || fs.some((f) => f.approximate);
      if (addsUp(fs.map((f) => f.value), whole.value, Math.max(whole.decimals, ...fs.map((f) => f.decimals)))) pass++;
      else fail++;
      out.push({ paragraph: rows[total], total: whole, parts: fs, cueAt: whole.offset, complete: true, partial: false, partition: true, groups: [fs], approximate, whole: true, bracketed: false });
    }
  }
  return pass >= 1 && fail <= pass ? out : [];
}
