/**
 * The total row of a table restating a figure the prose gives: 集团实现营业收入86.4亿元 and, under 表2 2026年营业收入构成
 * （单位：亿元）, | 合计 | 84.6 | in the 营业收入 column. The column's head (or the caption, where the head names no measure)
 * names the measure; the caption or the head gives the unit (单位：亿元, 营业收入（万元）). The prose must name it in the
 * same words, opening its clause but for the body, the report's own year and a verb of achieving (实现, 完成, 共), and
 * state one value only.
 *
 * Silent for a plan or budget table against a result (and a result against a plan: 力争实现营业收入92亿元), at another
 * year than the caption's, for rates and shares, for a table with 小计 or 其中 rows, and within rounding.
 */
import type { Figure } from '../../model/numbers';
import type { Paragraph } from '../../model/paragraphs';
import { matchesOf } from '../../patterns';

const TOTAL_LABEL = /^(?:\*\*)?(?:合计|合計|总计|總計|全年合计|全年合計)(?:\*\*)?$/u;
const NESTED_LABEL = /^(?:\*\*)?(?:小计|小計|其中)/u;
const SCALES: Record<string, number> = { 元: 1, 万元: 1e4, 萬元: 1e4, 亿元: 1e8, 億元: 1e8, 千元: 1e3, 百万元: 1e6 };
const UNIT_IN = /[（(](?:单位|單位)?[：:]?\s*(亿元|億元|万元|萬元|千元|百万元|元)\s*[）)]/u;
const NOT_A_TOTAL_HEAD = /率|比|占|%|％|人均|平均|均|排名|增|减|降|同期|上年|去年|计划|計劃|预算|預算|目标|目標/u;
const PLAN_WORDS = /计划|計劃|预算|預算|目标|目標|预计|預計|力争|力爭|争取|爭取|拟|擬/u;
const CAPTION = /^(?:表\s*\d+[\s.．、:：-]*)?(.{2,40})$/u;
const YEAR = /(?:19|20)\d\d(?=年)/gu;
/** What may open the prose clause before the measure: the body, the report's own time, a verb of achieving. */
const LEAD_ZH = /^(?:(?:19|20)\d\d年(?:度|全年)?[，,]?)?(?:全年|今年|本年度?|年内|年內)?[，,]?(?:\p{sc=Han}{0,12}?(?:集团|集團|公司|本部|企业|企業|医院|醫院|学校|學校|单位|單位|全市|全县|全縣|全区|全區|全省))?(?:全年|今年|本年度?)?(?:共|累计|累計)?(?:实现|實現|完成|取得|达到|達到)?$/u;

interface TableTotal {
  f: Figure;
  measure: string;
  /** The caption or heading right above the table (二、非车险业务结构): the kind it may total (kindOfTable). */
  caption: string;
  value: number;
  half: number;
  years: string[];
  plan: boolean;
}

/** The cells of a pipe-table row, with their offsets in the row's text. */
export function cellsOf(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = text.indexOf('|') + 1;
  if (start === 0) return out;
  for (let i = start; i <= text.length; i++) {
    if (i === text.length || text[i] === '|') {
      if (i > start || i < text.length) out.push({ start, end: i, text: text.slice(start, i).trim() });
      start = i + 1;
    }
  }
  if (out.length && out[out.length - 1].text === '') out.pop();
  return out;
}

function tableTotals(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): TableTotal[] {
  const out: TableTotal[] = [];
  let caption = '';
  let nested = false;
  let header: readonly string[] | undefined;
  for (const p of paragraphs) {
    if (!p.tableHeader) {
      const line = p.text.trim();
      if (!/^\|/.test(line)) {
        caption = line.length <= 60 ? line : '';
        header = undefined;
      }
      continue;
    }
    if (p.tableHeader !== header) (header = p.tableHeader), (nested = false);
    const cells = cellsOf(p.text);
    if (cells.length < 2) continue;
    if (NESTED_LABEL.test(cells[0].text)) nested = true;
    if (!TOTAL_LABEL.test(cells[0].text) || nested) continue;
    const figures = figuresIn(p);
    const named = CAPTION.exec(caption)?.[1] ?? '';
    for (let c = 1; c < cells.length && c < p.tableHeader.length; c++) {
      const inCell = figures.filter((f) => f.offset >= cells[c].start && f.offset + f.length <= cells[c].end);
      if (inCell.length !== 1 || inCell[0].unit !== '' || inCell[0].words) continue;
      const f = inCell[0];
      const head = p.tableHeader[c].trim();
      if (NOT_A_TOTAL_HEAD.test(head)) continue;
      const unit = UNIT_IN.exec(head)?.[1] ?? UNIT_IN.exec(caption)?.[1];
      if (!unit) continue;
      const headName = head.replace(UNIT_IN, '').trim();
      // The head names the measure (营业收入); else the caption does, less its year and 构成, 情况 (2026年营业收入构成).
      const captionName = named.replace(UNIT_IN, '').replace(/(?:19|20)\d\d年(?:度)?/u, '').replace(/(?:构成|構成|情况|情況|明细|明細|结构|結構|分布|统计|統計)+$/u, '').trim();
      const measure = /^\p{sc=Han}{2,12}$/u.test(headName) && headName !== '金额' && headName !== '金額' ? headName : captionName;
      if (!/^\p{sc=Han}{2,12}$/u.test(measure)) continue;
      const scale = SCALES[unit];
      out.push({ f, measure, caption: named, value: f.value * scale, half: (0.5 * scale) / 10 ** f.decimals, years: [...matchesOf(caption, YEAR)].map((m) => m[0]), plan: PLAN_WORDS.test(`${caption}${head}`) });
    }
  }
  return out;
}

/** The pairs to report: [the table's total, the prose figure]. */
export function tableTotalProsePairs(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[], ownYear: string | undefined, reported: ReadonlySet<Figure>): [Figure, Figure][] {
  const totals = tableTotals(paragraphs, figuresIn);
  if (totals.length === 0) return [];
  const out: [Figure, Figure][] = [];
  for (const t0 of totals) {
    if (reported.has(t0.f)) continue;
    const kind = kindOfTable(paragraphs, t0.measure, t0.caption);
    const t = kind ? { ...t0, measure: `${kind}${t0.measure}` } : t0;
    const prose: Figure[] = [];
    for (const p of paragraphs) {
      if (p.tableHeader || !p.text.includes(t.measure)) continue;
      for (const f of figuresIn(p)) {
        if (f.dimension !== '元' || f.approximate || f.words || f.perUnit) continue;
        const text = p.text;
        let start = f.numberStart;
        while (start > 0 && !/[。；;！？!?\n]/.test(text[start - 1])) start--;
        const clause = text.slice(start, f.numberStart).replace(/\s+/g, '');
        if (!clause.endsWith(t.measure)) continue;
        const lead = clause.slice(0, clause.length - t.measure.length);
        // 其中 and the clauses before it in the sentence (…，利润总额): only the measure opening its clause.
        const last = lead.split(/[，,：:]/).pop()!;
        const sentenceYears = [...matchesOf(text.slice(start, f.numberStart), YEAR)].map((m) => m[0]);
        if (!LEAD_ZH.test(lead.replace(/^.*?(?=(?:19|20)\d\d年)/u, '')) && !LEAD_ZH.test(last)) continue;
        if (PLAN_WORDS.test(text.slice(start, f.numberStart)) !== t.plan) continue;
        const years = t.years.length ? t.years : ownYear ? [ownYear] : [];
        if (sentenceYears.some((y) => !years.includes(y))) continue;
        prose.push(f);
      }
    }
    const values = [...new Set(prose.map((f) => f.value))];
    if (values.length !== 1 || reported.has(prose[0])) continue;
    const p = prose[0];
    const half = Math.max(t.half, (0.5 * p.scale) / 10 ** p.decimals);
    if (Math.abs(p.value - t.value) <= half + 1e-6 * Math.abs(p.value)) continue;
    out.push([t.f, p]);
  }
  return out;
}

/** The body or its whole before a measure (集团营业收入, 全市地区生产总值): the table's own, no kind of it. */
const OWN_BODY_KIND = /(?:集团|集團|公司|本部|企业|企業|单位|單位|全[市县縣区區省镇鎮乡鄉]|全年|今年|本年|实现|實現|完成)$/u;

/** The Han run right before a measure in a clause (非车险 of ；非车险保费收入5.83亿元, 车险 of 其中，车险保费收入). */
const RUN_BEFORE = /(\p{sc=Han}{2,8})$/u;

/**
 * The kind of the measure a table totals, where the caption or heading above it names one that the prose names before
 * the measure: | 合计 | 5.83 | under 二、非车险业务结构 totals 非车险保费收入 (as the prose says, 非车险保费收入5.83亿元), not
 * the 保费收入12.68亿元 of the whole. The caption must name the kind standing alone (after a mark, a number or at its
 * start): 车险 inside 非车险业务结构 is no kind of it. The longest such kind; undefined where the caption names none.
 */
function kindOfTable(paragraphs: readonly Paragraph[], measure: string, caption: string): string | undefined {
  const title = caption.replace(/^[#\s]+/u, '');
  if (!title) return undefined;
  let best: string | undefined;
  for (const p of paragraphs) {
    if (p.tableHeader) continue;
    let at = p.text.indexOf(measure);
    while (at > 0) {
      const run = RUN_BEFORE.exec(p.text.slice(Math.max(0, at - 8), at))?.[1];
      for (let k = 2; run && k <= run.length; k++) {
        const kind = run.slice(run.length - k);
        const i = title.indexOf(kind);
        if (i >= 0 && !OWN_BODY_KIND.test(kind) && (i === 0 || !/\p{sc=Han}/u.test(title[i - 1])) && (!best || kind.length > best.length)) best = kind;
      }
      at = p.text.indexOf(measure, at + measure.length);
    }
  }
  return best;
}
