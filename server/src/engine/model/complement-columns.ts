// Two columns of one table that give the shares of the two halves of an exhaustive pair (data/exhaustive-pairs.json:
// Women/Men, 女性占比/男性占比, 城镇/农村; also Yes/No, 是/否), row by row: each row's two shares are all of that row and
// make 100% —
//   Quartile                  Women     Men
//   Upper quartile             41%      59%
//   Lower middle quartile      61%      41%      ← 102%
// in tables lined up with spaces and in pipe tables. Read conservatively: the two headers are the halves' words alone
// or with the same rest (城镇居民占比/农村居民占比, Women %/Men %), and no header names a third group (Other, Prefer not to
// say, 其他); every row's two cells hold a percentage (or a bare number under a header with %); and most rows make 100%
// within the rounding of their last digit — at least two of them, and more than miss it. Shares of different bases
// (% of women receiving a bonus beside % of men receiving one) leave most rows off 100%, so the table is left alone.

import data from '../data/exhaustive-pairs.json';
import { alternation } from '../patterns';
import type { Breakdown } from './breakdowns';
import type { Figure } from './numbers';
import type { Line } from './lines';
import type { Paragraph } from './paragraphs';
import { figureOf, placesOf, rowOf, type Place, type Row } from './space-table-totals';
import { cellFigures } from './table-totals';

const isEnglish = (w: string) => /^[a-z]/i.test(w);

/** The words of each half, the longest first: [word, pair, side]. Yes/No and 是/否 answer one question in a table. */
const HALVES: { word: string; pair: number; side: number }[] = [...data.pairs, ...data.tablePairs]
  .flatMap((pair, k) => pair.flatMap((half, side) => half.map((word) => ({ word: word.toLowerCase(), pair: k, side }))))
  .sort((a, b) => b.word.length - a.word.length);

const zhThird = data.thirdGroup.filter((w) => !isEnglish(w));
const enThird = data.thirdGroup.filter(isEnglish);
/** A header that names a group outside both halves (Other, Prefer not to say, 其他, 未填写), or a total of them. */
const THIRD_HEADER = new RegExp(`${alternation(zhThird)}|\\b(?:${alternation(enThird)})\\b|don'?t know|not sure|不知道|说不清|說不清`, 'i');

/** What a share header says besides its group: %, (%), 占比, 比例, share, proportion, percentage. */
const SHARE_WORDS_AFTER = /\s*(?:[（(]\s*[%％]\s*[)）]|[%％]|占比|佔比|比例|比重|所占比例|所佔比例|share|proportion|percentage|per\s*cent)\s*(?:[（(]\s*[%％]\s*[)）])?\s*$/i;
const SHARE_WORDS_BEFORE = /^\s*(?:[%％]|share\s+of|proportion\s+of|percentage\s+of|%\s+of)\s*/i;

/** A header cell's text as the group it names: the half, its pair and side, and the words left over; else undefined. */
function halfOf(header: string): { pair: number; side: number; rest: string; word: string; percent: boolean } | undefined {
  const raw = header.replace(/\*\*/g, '').trim();
  let name = raw;
  let percent = false;
  for (let n = 0; n < 2; n++) {
    const after = SHARE_WORDS_AFTER.exec(name);
    if (after && after.index > 0) {
      percent ||= /[%％]/.test(after[0]) || after[0].trim() !== '';
      name = name.slice(0, after.index);
    }
    const before = SHARE_WORDS_BEFORE.exec(name);
    if (before && before[0].length < name.length) {
      percent ||= true;
      name = name.slice(before[0].length);
    }
  }
  const lower = name.trim().toLowerCase();
  for (const h of HALVES) {
    if (isEnglish(h.word) ? lower === h.word || lower.startsWith(`${h.word} `) : lower.startsWith(h.word)) {
      return { pair: h.pair, side: h.side, rest: lower.slice(h.word.length).trim(), word: name.trim().slice(0, h.word.length), percent };
    }
  }
  return undefined;
}

/** The two columns (indexes into the header's cells) that are the halves of one pair, when exactly two are. */
function halfColumns(headers: readonly string[]): { a: number; b: number; words: [string, string]; percent: boolean } | undefined {
  if (headers.length < 3) return undefined;
  if (headers.slice(1).some((h) => THIRD_HEADER.test(h))) return undefined;
  const found = headers.map((h, c) => (c === 0 ? undefined : halfOf(h)));
  const named = found.map((f, c) => ({ f, c })).filter((x) => x.f !== undefined);
  if (named.length !== 2) return undefined;
  const [x, y] = named;
  if (x.f!.pair !== y.f!.pair || x.f!.side === y.f!.side || x.f!.rest !== y.f!.rest) return undefined;
  return { a: x.c, b: y.c, words: [x.f!.word, y.f!.word], percent: x.f!.percent || y.f!.percent };
}

/** A share cell: 41%, 58.5 %, or a bare 41 under a header with %. */
const PERCENT = /^(\d{1,3})(?:\.(\d+))?\s*[%％]?$/;

function share(text: string, percentHeader: boolean): { value: number; decimals: number } | undefined {
  const t = text.replace(/\*\*/g, '').trim();
  const m = PERCENT.exec(t);
  if (!m || (!/[%％]$/.test(t) && !percentHeader)) return undefined;
  const value = Number(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`);
  return value <= 100 ? { value, decimals: (m[2] ?? '').length } : undefined;
}

/** The rows (pairs of shares) that miss 100% where most rows make it, as breakdowns with no total. */
function verdicts(rows: { a: Figure; b: Figure }[], words: [string, string]): Breakdown[] {
  if (rows.length < 3) return [];
  const off = rows.filter(({ a, b }) => Math.abs(a.value + b.value - 100) > 10 ** -Math.max(a.decimals, b.decimals) + 1e-9);
  const agree = rows.length - off.length;
  if (off.length === 0 || agree < 2 || off.length >= agree) return [];
  return off.map(({ a, b }) => ({ paragraph: a.paragraph, parts: [a, b], cueAt: a.offset, complete: true, partial: false, partition: true, groups: [[a, b]], approximate: false, whole: true, bracketed: false, halves: words }));
}

/** For lineFacts: 1 on a line that may head two such columns (two header cells or more, one naming a half). */
export function complementHeaderBit(line: Line): number {
  if (line.kind !== 'text' || /\d/.test(line.prose)) return 0;
  const row = rowOf(line);
  return row && row.cells.length >= 3 && halfColumns(row.cells.map((c) => c.text)) ? 1 : 0;
}

/** The rows of tables lined up with spaces whose two complementary share columns miss 100% (see the head of this file). */
export function readSpaceComplements(lines: readonly Line[], paragraphs: readonly Paragraph[], facts: Uint8Array): Breakdown[] {
  const out: Breakdown[] = [];
  let place: Place | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!facts[i]) continue;
    const header = rowOf(lines[i])!;
    const cols = halfColumns(header.cells.map((c) => c.text));
    if (!cols) continue;
    const n = header.cells.length;
    const rows: { row: Row; a: { value: number; decimals: number }; b: { value: number; decimals: number } }[] = [];
    let ragged = false;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (line.kind !== 'text' || line.prose.trim() === '') break;
      if (/^[ \u3000]*(?:[-=─━]{3,}[ \u3000]*)+$/.test(line.text)) continue;
      const row = rowOf(line);
      if (!row || row.cells.length !== n) {
        ragged = true;
        break;
      }
      const a = share(row.cells[cols.a].text, cols.percent);
      const b = share(row.cells[cols.b].text, cols.percent);
      if (!a || !b) {
        ragged = true;
        break;
      }
      rows.push({ row, a, b });
    }
    if (ragged || rows.length < 3) continue;
    // Lined up: the cells of each of the two columns share an edge within a column or so.
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    if ([cols.a, cols.b].some((c) => spread(rows.map((r) => r.row.cells[c].to)) > 3 && spread(rows.map((r) => r.row.cells[c].from)) > 3)) continue;
    place ??= placesOf(paragraphs);
    const figures: { a: Figure; b: Figure }[] = [];
    for (const r of rows) {
      const fig = (c: number, s: { value: number; decimals: number }) => {
        const m = /^()()(\d+)(?:\.(\d+))?/.exec(r.row.cells[c].text.trim())!;
        const f = figureOf(r.row, r.row.cells[c], m, s.value, place!);
        return f && { ...f, dimension: '%', unit: '%', cell: `${label(r.row)} ${header.cells[c].text.trim()}` };
      };
      const a = fig(cols.a, r.a);
      const b = fig(cols.b, r.b);
      if (!a || !b) break;
      figures.push({ a, b });
    }
    if (figures.length === rows.length) out.push(...verdicts(figures, cols.words));
  }
  return out;
}

function label(row: Row): string {
  return row.cells[0].text.trim();
}

/** The same for pipe tables (| Quartile | Women | Men |), whose rows are paragraphs under one header. */
export function readPipeComplements(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const header = paragraphs[i].tableHeader;
    if (!header) {
      i++;
      continue;
    }
    let j = i;
    while (j < paragraphs.length && paragraphs[j].tableHeader === header) j++;
    const cols = /^\s*\|/.test(paragraphs[i].text) ? halfColumns(header) : undefined;
    if (cols) {
      const rows: { a: Figure; b: Figure }[] = [];
      let ragged = false;
      for (const p of paragraphs.slice(i, j)) {
        const cells = p.text.trim().replace(/^\||\|$/g, '').split('|');
        // |---|---:| under the header, and the header row itself.
        if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c)) || cells.every((c, k) => c.replace(/\*\*/g, '').trim() === (header[k] ?? '').replace(/\*\*/g, '').trim())) continue;
        if (cells.length !== header.length) {
          ragged = true;
          break;
        }
        const grid = cellFigures(p, figuresIn(p));
        const pick = (c: number): Figure | undefined => {
          const s = share(cells[c], cols.percent);
          const f = grid[c]?.length === 1 ? grid[c][0] : undefined;
          if (!s || !f || Math.abs(f.value - s.value) > 1e-9) return undefined;
          return { ...f, dimension: '%', decimals: s.decimals, cell: `${cells[0].replace(/\*\*/g, '').trim()} ${header[c].replace(/\*\*/g, '').trim()}` };
        };
        const a = pick(cols.a);
        const b = pick(cols.b);
        if (!a || !b) {
          ragged = true;
          break;
        }
        rows.push({ a, b });
      }
      if (!ragged) out.push(...verdicts(rows, cols.words));
    }
    i = j;
  }
  return out;
}
