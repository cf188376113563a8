/**
 * The whole stock of a region named by 全X right before its count, the classifier and the noun after it (对全市87个乡镇
 * 卫生院开展了调研 and 全市83个乡镇卫生院中，有29个…): 全市 with the count says it is every one of them in the city, so two
 * such statements with two values are one stock stated twice. The main pass reads the noun before the figure
 * (全市共有乡镇卫生院87个); this one reads the classifier's noun after it.
 *
 * Only where the count is the object of a survey or inspection (对…开展, 覆盖), the whole of a breakdown (…中), or had
 * (共有, 现有), the noun ending there; not a part picked out (全市3所学校获评…), a change (新增, 撤并, 减少) or a moment
 * before or after one (原有, 改革前, 年初), a plan or target, nor a clause dated by a year of its own (2020年全市有92个…;
 * a span of months, 2025年5月至7月, is when the work was done, not the stock's date). Silent with a third value, and in
 * a table.
 */
import type { Figure } from '../../model/numbers';
import type { Paragraph } from '../../model/paragraphs';

const HAN = '\\p{sc=Han}';
const UNITS = '个|個|家|所|座|名|户|戶|处|處|条|條|支|辆|輛|间|間|张|張|个村|个社区';
/** 全市87个乡镇卫生院中 · 对全市87个乡镇卫生院开展 · 全县共有46所学校: 全X, the count, its classifier and its noun. */
const REGION_COUNT_ZH = new RegExp(`(全(?:市|县|縣|区|區|省|州|旗|盟|镇|鎮|乡|鄉))(共有|现有|現有|共|有)?(\\d[\\d,]*)(${UNITS})(${HAN}{2,10}?)(?=(中|当中|當中|之中)[，,]|(开展|開展|进行|進行|实施|實施|组织|組織)|(全部|均|都)|[，,。；;、）)]|$)`, 'gu');
/** What the clause before may open with for the count to be the whole set: the object of 对, 覆盖, 在…中, or nothing. */
const WHOLE_LEAD = /(?:^|[，,。；;：:\s])(?:对|對|在|覆盖|覆蓋|涵盖|涵蓋|包括|面向|走访|走訪|调研|調研)?了?$/u;
/** A change, a moment before or after one, a part picked out, a plan: another count than the stock as it is. */
const OTHER_COUNT_ZH = /新增|新建|增加|减少|減少|撤并|撤併|合并|合併|整合|调整|調整|原有|原来|原來|改革前|之前|以前|年初|年末|年底|截至|上年|去年|计划|計劃|目标|目標|力争|力爭|规划|規劃|预计|預計|抽查|抽取|选取|選取|其中|到(?:19|20)\d\d/u;
/** A year that dates the clause (2020年, not 2025年5月至7月: the time of the work). */
const DATED = /(?:19|20)\d\d年(?!\d{1,2}月)/u;

interface RegionCount {
  f: Figure;
  key: string;
}

/** The region counts of the paragraphs (figures of the count read by the number reader, by where the number starts). */
function regionCounts(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): RegionCount[] {
  const out: RegionCount[] = [];
  for (const p of paragraphs) {
    if (p.tableHeader || !/全[市县縣区區省州旗盟镇鎮乡鄉]/u.test(p.text)) continue;
    const text = p.text;
    for (const m of text.matchAll(REGION_COUNT_ZH)) {
      const at = m.index! + m[1].length + (m[2]?.length ?? 0);
      const f = figuresIn(p).find((g) => g.numberStart === at);
      if (!f || f.approximate || f.words || f.perUnit || f.value <= 0) continue;
      // The whole of a breakdown (中), the object of a survey (对…开展), all of them (全部, 均), or a stock had (共有).
      const among = m[6] !== undefined;
      const object = m[7] !== undefined || m[8] !== undefined;
      let start = m.index!;
      while (start > 0 && !/[。；;！？!?]/.test(text[start - 1])) start--;
      const clause = text.slice(start, m.index!);
      const lead = clause.split(/[，,]/).pop()!;
      if (!among && !object && !m[2]) continue;
      if (!WHOLE_LEAD.test(lead) || OTHER_COUNT_ZH.test(clause) || OTHER_COUNT_ZH.test(m[5]) || DATED.test(clause)) continue;
      out.push({ f, key: `${m[1]}|${m[4]}|${m[5]}` });
    }
  }
  return out;
}

/** The pairs to report: [the later statement, the earlier one]; `reported` holds the figures the other passes reported. */
export function regionStockPairs(paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[], reported: ReadonlySet<Figure>): [Figure, Figure][] {
  if (!paragraphs.some((p) => /全[市县縣区區省州旗盟镇鎮乡鄉]\S{0,2}\d/u.test(p.text))) return [];
  const byKey = new Map<string, Figure[]>();
  for (const { f, key } of regionCounts(paragraphs, figuresIn)) {
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const out: [Figure, Figure][] = [];
  for (const list of byKey.values()) {
    const values = [...new Set(list.map((f) => f.value))];
    if (values.length !== 2 || list.some((f) => reported.has(f))) continue;
    const [a, b] = values.map((v) => list.filter((f) => f.value === v));
    // The odd one out, else the later statement.
    const odd = a.length < b.length ? a : b.length < a.length ? b : a[0].paragraph.firstLine > b[0].paragraph.firstLine || (a[0].paragraph === b[0].paragraph && a[0].offset > b[0].offset) ? a : b;
    const other = odd === a ? b[0] : a[0];
    for (const f of odd) out.push([f, other]);
  }
  return out;
}
