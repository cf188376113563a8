// A total stated in the prose just before a table with no total row, and the table's one column of that measure:
//   Total expenditure was £212,400, against the grant of £215,000.
//   | Budget line | Spend (£) |  ⏎  | Capital works | 148,300 |  …  | Monitoring | 14,000 |   (210,400)
//   项目总支出为186.4万元。  ⏎  | 支出项目 | 金额（万元） |  ⏎  | 设备购置 | 92.6 |  …
// The rows are the lines of the measure the sentence totals (spend under expenditure, 支出 under 总支出), in the unit
// the header names (£, £000, 万元): all of it, so their sum is the total. Not a table that has a total row (read by
// table-totals.ts), rows nested (小计, 其中, of which), a column of another measure (Budget, Grant, 预算) or period (a
// year the sentence does not give), a table of some lines only (the main, largest, selected lines; 主要, 部分), nor
// cells whose unit the header does not say.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { MONEY, partitionOf, type Breakdown } from './shared';

/** "Total expenditure was " · "Total project spend in 2025/26 came to " · "Overall costs of ": the total, then its figure. */
const TOTAL_BEFORE_EN = /\b(?:total|overall)\s+(?:(?:project|programme|program|grant|net|gross)\s+)?(expenditure|spend(?:ing)?|costs?|income|revenue)\s+(?:(?:in|for|over|during)\s+[^.;:,\d]{0,30}?(?:\d{4}(?:[/–-]\d{2,4})?)?\s+)?(?:was|were|is|came\s+to|amounted\s+to|stood\s+at|reached|totall?ed|of)\s+(?:£|\$|€|GBP\s*|USD\s*|EUR\s*)?$/i;
/** "Expenditure totalled " · "spent a total of ": the measure, then its total. */
const MEASURE_TOTALLED_EN = /\b(expenditure|spending|spend|costs|income|revenue)\s+(?:(?:in|for|over|during)\s+[^.;:,\d]{0,30}?\s+)?(?:totall?ed|came\s+to|amounted\s+to)\s+(?:£|\$|€)?$|\b(spent)\s+a\s+total\s+of\s+(?:£|\$|€)?$/i;
/** 总支出为 · 项目支出合计 · 共支出 · 总收入: a Chinese total of spending or income. */
const TOTAL_BEFORE_ZH = /(?:总|總|累计|累計|共|合计|合計)(支出|收入)(?:资金|資金)?(?:合计|合計|共计|共計|总额|總額)?(?:为|為|达到|達到|达|達)?$|(支出|收入)(?:合计|合計|共计|共計|总额|總額)(?:为|為|达|達)?$/u;

/** What a measure of spending or income is called in a column header. */
const SPEND_HEADER = /\b(?:spend|spent|expenditure|actual|outturn|costs?)\b|支出|决算|決算|实际|實際/i;
const INCOME_HEADER = /\b(?:income|received|revenue)\b|收入|到位/i;
/** A header of money with no measure of its own: | Amount (£) |, | £ |, | 金额（万元） |. */
const AMOUNT_HEADER = /^\s*(?:amount|value|sum)?\s*[(（]?\s*(?:£|\$|€|元|万元|萬元|亿元|億元)|^\s*(?:amount|value|金额|金額|数额|數額)(?![a-z])/i;
/** A column of what was planned or given, not done: Budget, Grant, Forecast, 预算, 计划. */
const OTHER_MEASURE = /budget|grant|forecast|plan|allocat|award|variance|difference|remaining|balance|预算|預算|计划|計劃|批复|批覆|下达|下達|差额|差額|结余|結餘|率|%|％|占|share/i;
/** A row that totals or nests: the table is read by table-totals.ts or not at all. */
const TOTAL_OR_NESTED_ROW = /^(?:\*\*)?\s*(?:合计|合計|总计|總計|共计|共計|小计|小計|其中|内：|含：|total|grand\s+total|sub-?total|of\s+which|including)/i;
/** The lines shown are some of them: the main, largest, key lines; 主要, 部分. */
const SOME_LINES = /\b(?:main|major|largest|biggest|principal|key|selected|top|some|examples?|highlights?|including)\b|主要|部分|重点|重點|其中|等/i;

/** Units per written unit a header names (£, £000, £k, £m; 元, 万元, 亿元), and the currency, or undefined. */
function headerUnit(header: string): { scale: number; currency: string } | undefined {
  const h = header.replace(/\s+/g, ' ');
  const gbp = /£|GBP/.test(h);
  const usd = /\$|USD/.test(h);
  const eur = /€|EUR/.test(h);
  if (gbp || usd || eur) {
    const currency = gbp ? 'GBP' : usd ? 'USD' : 'EUR';
    if (/[£$€]\s*['’]?000\b|[£$€]\s*k\b|[£$€]\s*thousands?\b|\bthousands?\b/i.test(h)) return { scale: 1000, currency };
    if (/[£$€]\s*m\b|[£$€]\s*millions?\b|\bmillions?\b|\bm\)/i.test(h)) return { scale: 1e6, currency };
    return { scale: 1, currency };
  }
  const zh = /[（(]\s*(亿元|億元|万元|萬元|千元|元)\s*[）)]/u.exec(h);
  if (zh) return { scale: zh[1].startsWith('亿') || zh[1].startsWith('億') ? 1e8 : zh[1].startsWith('千') ? 1000 : zh[1] === '元' ? 1 : 1e4, currency: '元' };
  return undefined;
}

/** The greatest power of ten (up to 1000) that divides every whole number, 1 where one has decimals. */
function roundedTo(values: readonly number[]): number {
  let unit = 1000;
  while (unit > 1 && values.some((v) => Math.abs(v / unit - Math.round(v / unit)) > 1e-9)) unit /= 10;
  return unit;
}

/** The measure the total names: 'spend' or 'income', and the total figure, in the lead paragraph. */
function statedTotal(p: Paragraph, figures: readonly Figure[]): { total: Figure; measure: 'spend' | 'income' } | undefined {
  const found: { total: Figure; measure: 'spend' | 'income' }[] = [];
  for (const f of figures) {
    if (!MONEY.has(f.dimension) || f.approximate || f.value <= 0) continue;
    const before = p.text.slice(Math.max(0, f.offset - 90), f.offset);
    const m = TOTAL_BEFORE_EN.exec(before) ?? MEASURE_TOTALLED_EN.exec(before) ?? TOTAL_BEFORE_ZH.exec(before.replace(/\s+$/, ''));
    if (!m) continue;
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    found.push({ total: f, measure: /income|revenue|收入/.test(word) ? 'income' : 'spend' });
  }
  // Two totals of one measure (this year's and last year's): which the table gives, the text does not say.
  return found.length === 1 ? found[0] : undefined;
}

/** The years a text names (2025, 2025/26, 2025-26). */
function years(text: string): string[] {
  return text.match(/(?<!\d)20\d{2}(?:[/–-]\d{2,4})?(?!\d)/g) ?? [];
}

/** The breakdown of one table under the total stated just before it, if it has one. */
function tableUnder(rows: readonly Paragraph[], lead: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown | undefined {
  const header = rows[0].tableHeader!;
  if (rows.length < 3 || header.length < 2) return undefined;
  const lines = rows.map((r) => r.text.split(/\s*\|\s*|\t+/).map((c) => c.trim()).filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1)));
  if (lines.some((cells) => TOTAL_OR_NESTED_ROW.test(cells[0] ?? ''))) return undefined;
  const said = lead.map((p) => p.text).join(' ');
  let stated: ReturnType<typeof statedTotal>;
  for (let i = lead.length - 1; i >= 0 && !stated; i--) stated = statedTotal(lead[i], figuresIn(lead[i]));
  if (!stated) return undefined;
  const { total, measure } = stated;
  // The words after the total and the caption: "the main lines were", 主要支出项目如下.
  const after = total.paragraph.text.slice(total.offset + total.length) + ' ' + lead.slice(lead.indexOf(total.paragraph) + 1).map((p) => p.text).join(' ');
  if (SOME_LINES.test(after) || SOME_LINES.test(header[0])) return undefined;
  // The column of the total's measure: the one so named, or the one column of money with no name of its own.
  const numeric = header.map((h, c) => c > 0 && rows.every((r) => figuresIn(r).length > 0) && h.trim() !== '');
  const named = header.flatMap((h, c) => (numeric[c] && !OTHER_MEASURE.test(h) && (measure === 'spend' ? SPEND_HEADER : INCOME_HEADER).test(h) ? [c] : []));
  const bare = header.flatMap((h, c) => (numeric[c] && !OTHER_MEASURE.test(h) && AMOUNT_HEADER.test(h) ? [c] : []));
  // A bare | Amount (£) | only where no other amount comes between the total and the table (the grant of £215,000 paid
  // in three instalments: the rows may be those).
  const laterMoney = lead.slice(lead.indexOf(total.paragraph)).some((p) => figuresIn(p).some((f) => f !== total && MONEY.has(f.dimension) && (p !== total.paragraph || f.offset > total.offset)));
  const column = named.length === 1 ? named[0] : named.length === 0 && bare.length === 1 && header.length === 2 && !laterMoney ? bare[0] : undefined;
  if (column === undefined) return undefined;
  const head = header[column];
  // | 2024/25 spend |: a period the sentence does not give.
  const sentenceYears = years(said);
  if (years(head).some((y) => !sentenceYears.includes(y))) return undefined;
  const unit = headerUnit(head) ?? headerUnit(header.join(' '));
  if (!unit || unit.currency !== total.dimension) return undefined;
  const parts: Figure[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = lines[r];
    if (cells.length !== header.length) return undefined;
    const cell = cells[column];
    const inCell = figuresIn(rows[r]).filter((f) => rows[r].text.slice(f.offset, f.offset + f.length).length > 0 && cell.includes(rows[r].text.slice(f.numberStart, f.numberEnd)));
    if (inCell.length !== 1) return undefined;
    const f = inCell[0];
    if (f.approximate || f.perUnit || (f.dimension !== '' && f.dimension !== total.dimension) || f.value < 0) return undefined;
    // A bare cell is in the header's unit; a cell with its own currency (£148,300) is read as written.
    const scale = f.dimension === '' ? unit.scale : 1;
    parts.push({ ...f, value: f.value * scale, scale: f.scale * scale, unit: total.unit, dimension: total.dimension });
  }
  // Rounded cells (148,300, or 92.6 万元) each miss by half their last unit; the total by half its own.
  const cellUnit = Math.min(...parts.map((p) => (p.decimals > 0 ? 10 ** -p.decimals * p.scale : roundedTo([p.value / p.scale]) * p.scale)));
  const totalUnit = total.decimals > 0 ? 10 ** -total.decimals * total.scale : roundedTo([total.value]);
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (Math.abs(sum - total.value) <= (parts.length * cellUnit) / 2 + totalUnit / 2 + 1e-9) return undefined;
  return partitionOf(total.paragraph, total, parts, total.offset + total.length, { complete: true, sumOnly: true });
}

/** The tables with no total row under a total of their measure stated in the one or two paragraphs just before. */
export function readStatedTotalTables(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const first = paragraphs[i];
    if (!first.tableHeader) continue;
    let j = i;
    while (j + 1 < paragraphs.length && paragraphs[j + 1].tableHeader === first.tableHeader) j++;
    const rows = paragraphs.slice(i, j + 1);
    // The header row and its rule (| Budget line | Spend (£) |, |---|), then up to two paragraphs of prose in the section.
    let k = i - 1;
    while (k >= 0 && !paragraphs[k].tableHeader && /^\s*\|/.test(paragraphs[k].text)) k--;
    if (k >= 0 && !paragraphs[k].tableHeader && paragraphs[k].text.split('\t').map((c) => c.trim()).join('|') === first.tableHeader.join('|')) k--;
    const lead: Paragraph[] = [];
    for (; k >= 0 && lead.length < 2; k--) {
      const p = paragraphs[k];
      if (p.tableHeader || p.atHeading || p.section !== first.section) break;
      lead.unshift(p);
    }
    if (lead.length > 0) {
      const b = tableUnder(rows, lead, figuresIn);
      if (b) out.push(b);
    }
    i = j;
  }
  return out;
}
