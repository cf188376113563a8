// The rate column of a pipe table whose rows state it as the ratio of two count columns of their own row:
//   | 部门 | 收案（件） | 结案（件） | 结案率 | · | 执行局 | 8946 | 7604 | 58.0% | — 7604 ÷ 8946 is 85.0%.
// The table's other rows say which two columns: one pair of columns that all the other rows but one agree on (three at
// least), or, in a table of two count columns, the one the rate's header names (结案 of 结案率) over the other, with
// another row that agrees. A rate whose base is not in the row (结案率 of 旧存 and 新收 together) agrees with no pair,
// and is not read. percent-arithmetic reports the rows whose rate does not follow (as readSpaceTableRatios does for
// tables lined up with spaces).

import type { Paragraph } from './paragraphs';
import { agreeingPairs } from './rate-column-pairs';

export interface PipeTableRatio {
  paragraph: Paragraph;
  part: string;
  whole: string;
  /** The ratio of the two, to the rate's decimals (one at least). */
  actual: string;
  stated: string;
  /** The stated rate's number in the row's text. */
  start: number;
  end: number;
}

/** 结案率, 执结率（%）, Resolution rate, Rate (%): a rate column's header. */
const RATE_HEADER = /(?:率\s*(?:[（(]\s*[%％]\s*[）)])?|\brate(?:\s*\(%\))?)$/i;
/** Rates of change or of something other than two counts of the row. */
const NOT_RATIO_HEADER = /增长|增長|增幅|增速|同比|环比|環比|变化|變化|增减|增減|growth|change|inflation|interest|exchange|tax/i;
/** Columns that are no counts of the row: rates, shares, averages, ranks, years, changes. */
const NOT_COUNT_COLUMN = /率|比|占|佔|%|％|人均|平均|均值|排名|名次|位次|年份|序号|编号|增|减|減|同比|环比|rate|share|ratio|average|mean|per\b|rank|year|change|growth|variance|difference|no\./i;
const COUNT_CELL = /^\s*(?:\*\*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\*\*)?\s*$/;
const RATE_CELL = /^\s*(?:\*\*)?(\d+)(?:\.(\d+))?\s*([%％])?(?:\*\*)?\s*$/;

interface Cell {
  text: string;
  start: number;
}

function cellsOf(text: string): Cell[] | undefined {
  if (!/^\s*\|/.test(text)) return undefined;
  const pipes: number[] = [];
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) pipes.push(i);
  const cells: Cell[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) cells.push({ text: text.slice(pipes[k] + 1, pipes[k + 1]), start: pipes[k] + 1 });
  return cells;
}

interface Read {
  paragraph: Paragraph;
  cells: Cell[];
  counts: Map<number, number>;
  rate?: { value: number; decimals: number; start: number; end: number; text: string };
}

/** The rows of each pipe table (paragraphs in a run with one header), each table read once. */
export function readPipeTableRatios(paragraphs: readonly Paragraph[]): PipeTableRatio[] {
  const out: PipeTableRatio[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const header = paragraphs[k].tableHeader;
    if (!header) continue;
    const key = header.join('\u0001');
    const same = (p: Paragraph) => p.tableHeader !== undefined && p.tableHeader.join('\u0001') === key;
    if (k > 0 && same(paragraphs[k - 1])) continue;
    const rows: Paragraph[] = [];
    for (let j = k; j < paragraphs.length && same(paragraphs[j]); j++) rows.push(paragraphs[j]);
    if (rows.length < 2) continue;
    const names = header.map((h) => h.replace(/\*\*/g, '').trim());
    for (let r = 1; r < names.length; r++) {
      if (!RATE_HEADER.test(names[r]) || NOT_RATIO_HEADER.test(names[r])) continue;
      const percentInHeader = /[（(]\s*[%％]\s*[）)]$/.test(names[r]);
      const amounts = names.map((_, n) => n).filter((n) => n > 0 && n !== r && !NOT_COUNT_COLUMN.test(names[n]));
      if (amounts.length < 2) continue;
      const read: Read[] = [];
      for (const paragraph of rows) {
        const cells = cellsOf(paragraph.text);
        if (!cells || cells.length !== names.length) continue;
        const counts = new Map<number, number>();
        for (const n of amounts) {
          const m = COUNT_CELL.exec(cells[n].text);
          if (m) counts.set(n, Number(m[1].replace(/,/g, '')));
        }
        const m = RATE_CELL.exec(cells[r].text);
        const rate = m && (m[3] || percentInHeader) ? { value: Number(`${m[1]}.${m[2] ?? '0'}`), decimals: (m[2] ?? '').length, start: cells[r].start + cells[r].text.indexOf(m[1]), end: 0, text: cells[r].text.trim().replace(/\*\*/g, '') } : undefined;
        if (rate) rate.end = rate.start + m![1].length + (m![2] ? m![2].length + 1 : 0);
        read.push({ paragraph, cells, counts, rate });
      }
      const fits = (x: Read, p: number, w: number): boolean | undefined => {
        const a = x.counts.get(p);
        const b = x.counts.get(w);
        if (!x.rate || a === undefined || b === undefined || b <= 0 || a > b) return undefined;
        return Math.abs((a / b) * 100 - x.rate.value) <= 0.5 * 10 ** -x.rate.decimals + 1e-9;
      };
      const pairs = agreeingPairs(amounts, read, fits);
      let found = pairs.length === 1 ? pairs[0] : undefined;
      if (pairs.length === 0 && amounts.length === 2) {
        // | 收案 | 结案 | 结案率 |: the column the rate's header names is the part, the other the whole; one other row agrees.
        const word = names[r].replace(/\s*[（(]\s*[%％]\s*[）)]$/, '').replace(/\s*(?:率|rate)$/i, '').trim();
        const named = word.length >= 2 ? amounts.filter((n) => names[n].toLowerCase().includes(word.toLowerCase())) : [];
        if (named.length === 1) {
          const [p, w] = [named[0], amounts.find((n) => n !== named[0])!];
          const verdicts = read.map((x) => fits(x, p, w));
          const odd = read.filter((_, i) => verdicts[i] === false);
          if (verdicts.some((v) => v === true) && odd.length === 1) found = { p, w, odd };
        }
      }
      if (!found) continue;
      for (const x of found.odd) {
        const a = x.counts.get(found.p)!;
        const b = x.counts.get(found.w)!;
        const rate = x.rate!;
        out.push({
          paragraph: x.paragraph,
          part: x.cells[found.p].text.trim().replace(/\*\*/g, ''),
          whole: x.cells[found.w].text.trim().replace(/\*\*/g, ''),
          actual: ((a / b) * 100).toFixed(Math.max(1, rate.decimals)),
          stated: rate.text,
          start: rate.start,
          end: rate.end,
        });
      }
    }
  }
  return out;
}
