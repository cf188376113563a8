/**
 * percent-range — 比率超出0～100% / A share or rate outside 0–100%
 *
 * What: a share or rate above 100% or below 0, and a percentage no measure can be. The nearest rate word decides:
 * 超支比例较高，执行率达到105.1% is an execution rate, which may pass 100%.
 * - Shares and rates named before the figure: 入学率, 覆盖率, 合格率, 准点率, 出勤率, 占比, 比例, 满意度, "of the
 *   trainees"; a …化率 quoted whole (国产化率, 本地化率, 城镇化率, 信息化率; 绿化率); 整改完成率, 有效率 and 成功率 (调解成功率) are shares.
 * - In English also a share named by its noun (attendance, coverage, uptake, take-up, compliance, availability, uptime,
 *   punctuality, on-time performance, completeness, adherence, timeliness: "Tram on-time performance was 101.3%") and
 *   the items dealt with in time (Calls answered within 20 seconds, "Trains arriving on time: 101.3%", "Services
 *   running to time reached 102%").
 * - Named after the figure: "a 104% satisfaction rate", 取得102%的满意率.
 * - A count of a whole's items, what was done to them, then the percentage alone in brackets: "1,260 of the emergency
 *   repairs were attended within 24 hours (104.7%)" (not of the repairs planned or required, nor after a change:
 *   "up from 1,100 (14.5%)"; a count above the "Of the 2,310 checks due" that opens its sentence is sum-mismatch's).
 * - In English, "N% of" a population is a share (of the trainees, of all referrals); so is "Of the test scripts run,
 *   112% passed", the whole named first; the share of the people asked who gave an answer ("108% said they feel
 *   safe", "112% would recommend us"); the items a clause picks out ("Waste diverted from landfill reached 101.4%",
 *   "Enquiries with the person's views recorded", "Repayments made on or before their due date"); and the share named
 *   by its participle ("The proportion completed within the 26-week target was 112%") and each of a list after it
 *   ("was 99.8% for admitted patient care, 108.2% for outpatient care").
 * - The occasions or cases on or in which something held, planned or not: "staffed on 112% of scheduled sessions",
 *   "present in 108% of cases" (not hours or days, which may be exceeded: "delivered in 112% of the budgeted hours"); a
 *   state held for hours, days or sessions fixed in advance ("open for 103% of advertised hours", "staffed for 102% of core
 *   hours"; not planned hours, nor last year's); the share of the people asked opening its sentence by what they did ("104% rated the performance good",
 *   "102% thought"); a measure bounded by its whole though no rate by name (duty cycle, capacity factor, load factor:
 *   "The compressor duty cycle reached 118%"); in Chinese the people asked (112%的受访者表示满意, 其中104%的观众, 104%评价为好
 *   opening its clause), the occasions among which (在112%的排班场次中) and 占空比.
 * - In a table a cell is judged by its row (| 建档率 | … | 103% |); a table whose rows and columns do not say
 *   (| Service | Q2 2026 | Q3 2026 |) by the rate the sentence or caption just before it names ("The table below shows
 *   availability by service.", 下表为各乡镇小学入学率情况); a row lined up with spaces by the header of its column
 *   (Compliance rate over B  364  366  100.5%; 合格率 over 乙  364  366  100.5%).
 * - The share of "N of them" in its bracket ("The routes were re-tendered, and 51 of them (112%) drew a single bid").
 *   Where the part and its whole are both stated (All 48 routes …, and 51 of them (106%); 其中51条（占106%） of 48条;
 *   其中41条（占106%）), sum-mismatch reports it with them: one defect, one finding.
 * - A percentage so large it cannot be meant (20230%), and a change of more than 100 percentage points.
 * - A cut of more than 100% of what cannot go below zero (办理时间压缩了120%, 审批时限缩短150%, 办税时间下降130%, "cut by
 *   120%", "117.4% lower than in 2024–25", "120% shorter"; not of net income, a balance or a score, which may go
 *   negative).
 * Not: measures that may pass 100% or go below 0.
 * - Growth and change: growth (增长150%, growth rate, "has grown 300%", "120% higher"), a fall of what may go negative
 *   (净利润下降120%, net income fell 130%), a contribution to growth (贡献率, which may be negative or over 100%), a burn
 *   rate, and rates signed by definition, which may be negative (距平百分率, 距平率, 增减率, 偏差率, and a 距平 column).
 * - Completion and comparison with a base: completion (完成率105%, 超额完成), "120% of target", "attainment against
 *   target", "118% of the approved budget", "102% of those scheduled", "105% of the planned visits", "109.5% of their annual profiles", "118% of the housing requirement", "112% of the trajectory", "103% of the allocation", "255% of GDP", a base (设计容量的108%) or the count or amount a plan sets (占目标人数的103.9%, 占计划投资的106.3%, 占年度任务数的117.5%; not a whole, 占全县总人口的103%), of an amount a comparison (130% of
 *   the baseline, 230% of one core, 115% of the old one), take-up against the capacity offered ("reached 108% of the
 *   places available").
 * - Ratios that may exceed 100%: 病床使用率, 床位利用率, 病床占用率 and bed occupancy (critical care, ward, acute, G&A,
 *   inpatient or hospital occupancy; not of housing); occupancy when the sentence says extra beds were put up
 *   (客房入住率达到102%，部分房间加床; "with extra beds", "reached 104% during the week of 16 December, when escalation
 *   beds were open"; not 入住率达到112% alone) or names the capacity it is measured against ("605 men against a certified normal
 *   accommodation of 540, an occupancy of 112%", "the population as a percentage of certified normal accommodation", an
 *   Occupancy column beside a CNA column); 产能利用率 of an over-capacity plant and capacity utilisation; 毛入学率;
 *   负荷率 of an overloaded plant; 满载率 of a crowded line; 移动电话普及率 and 移动宽带用户普及率 (subscriptions per 100
 *   people); 拨备覆盖率 and coverage ratio; the cover of one amount by another, a cover named in a sentence of money
 *   ("giving coverage of 113% of loans in arrears", "Liquidity coverage of 135%", "The provision represented 113% of loans
 *   in arrears", 贷款损失准备对不良贷款的覆盖率; not "MMR coverage reached 104% of children"); an insurer's 综合成本率, 赔付率 and
 *   费用率 of a loss-making line; 偿债备付率 and 利息备付率; 流动比率, 债务率, 杠杆率, 自给率, 恢复率, 净稳定资金比例; the payout of
 *   performance pay (兑现比例为0%—150%).
 * - Cash and fee collection ratios that VAT or arrears take past 100% (营业收现率, 销售收现率, 电费回收率, 物业费收缴率,
 *   租金收缴率, 成本回收率, 投资回收率, 回款率, 资金回笼率; rent collected as a percentage of rent due — arrears
 *   recovered take it past 100%); not 欠费回收率, 问卷回收率 or 应收账款回收率, shares of what was owed or sent.
 * - Ranges (95%-98%).
 * - A rate the draft itself says may pass 100%, in its sentence or the next ("An occupancy rate above 100% is possible,
 *   and is not a typo", "the rate can exceed 100%", 入住率超过100%属正常, 超出核定床位运行): the writer has seen it. Bed
 *   occupancy measured against core beds is one against a capacity: escalation beds and trolleys used twice a day count
 *   as occupied bed days while the denominator counts only the core beds, so it passes 100% in winter.
 * - A closed bracket before the figure defines or qualifies the measure named outside it and says nothing of what the
 *   figure is, also when it holds a semicolon ("Critical care occupancy (adult beds; the share of funded beds in use)
 *   stood at 106%", "Bed occupancy (defined as occupied bed days as a percentage of available bed days) was 102.4%",
 *   "Theatre utilisation (minutes used as a percentage of planned minutes) was 104.1%", 病床使用率（实际占用总床日数
 *   占实际开放总床日数的比例）为102.4%).
 * - A table's column of change or completion (完成率, 同比, growth, Change, % of budget): its cells are not judged by
 *   their row.
 *
 * Why: a rate over 100% is a typo or a bad find-and-replace, and the first thing a reader checks.
 *
 * 检查：比率或占比超过100%或小于0，以及不可能是任何指标的百分数。以最近的比率词为准：超支比例较高，执行率达到105.1%是执行率，可超过100%。
 * - 写在数值之前的比率或占比：入学率、覆盖率、合格率、准点率、出勤率、占比、比例、满意度、of the trainees…；“…化率”引用全称
 *   （国产化率、本地化率、城镇化率、信息化率；绿化率）；整改完成率、有效率和成功率（调解成功率）是占比。
 * - 英文中以名词表示的占比（attendance、coverage、uptake、take-up、compliance、availability、uptime、punctuality、
 *   on-time performance、completeness、adherence、timeliness：“Tram on-time performance was 101.3%”），以及按时办结的事项
 *   （Calls answered within 20 seconds、“Trains arriving on time: 101.3%”、“Services running to time reached 102%”）。
 * - 写在数值之后的：取得102%的满意率、“a 104% satisfaction rate”。
 * - 英文中某一整体的若干项（“1,260 of the emergency repairs”）及对其所做之事之后、括号中单独的百分数是其占比（“… were attended
 *   within 24 hours (104.7%)”）；计划、要求的数量及变化之后的不算；句首“Of the 2,310 checks due”之后超过该数的计数由sum-mismatch报告。
 * - 英文中“N% of”某一人群是占比（of the trainees、of all referrals），先写出总体的（Of the test scripts run, 112%
 *   passed）、受访者中作某种回答的（108% said they feel safe、112% would recommend us）、分句挑出的事项（Waste diverted
 *   from landfill reached 101.4%、Enquiries with the person's views recorded）、以分词限定的占比（The proportion completed
 *   within the 26-week target was 112%）及其后列举的各项也是占比。
 * - 某事发生于其中的场次或案例（staffed on 112% of scheduled sessions、in 108% of cases；小时、天数除外：delivered in 112% of the
 *   budgeted hours）；在事先公布或排定的时段内保持的状态（open for 103% of advertised hours、staffed for 102% of core hours；
 *   计划时数、上年时数除外）；句首的受访者占比（104% rated the performance good；112%的受访者表示满意、其中104%的观众、分句开头的“104%评价为好”）；
 *   在112%的排班场次中；不以“率”命名但以整体为上限的指标（duty cycle、capacity factor、load factor、占空比）。
 * - 表格中的单元格按所在行判断（| 建档率 | … | 103% |）；行、列都未说明的表格（| Service | Q2 2026 | Q3 2026 |）按紧接其前的
 *   句子或表题所说的比率判断（The table below shows availability by service.、下表为各乡镇小学入学率情况）；以空格对齐的
 *   表格按所在列的表头判断（表头“合格率”之下的“乙  364  366  100.5%”，“Compliance rate”之下的“B  364  366  100.5%”）。
 * - 英文“N of them”后括号中的占比（51 of them (112%)）；分项与总数都写出的（All 48 routes …, and 51 of them (106%)；
 *   共48条，其中51条（占106%）；其中41条（占106%））由sum-mismatch连同分项和总数报告，只报一处。
 * - 大得不可能是本意的百分数（20230%），超过100个百分点的变化。
 * - 不能减到零以下的量减少超过100%（办理时间压缩了120%、审批时限缩短150%、办税时间下降130%、“cut by 120%”、
 *   “117.4% lower than”、“120% shorter”；可以变为负数的净收入、余额、得分除外）。
 * 不报：可以超过100%或为负数的指标。
 * - 增长和变化：增长（增长150%、growth rate、has grown 300%、120% higher），可以变为负数的量的下降（净利润下降120%、
 *   net income fell 130%），对增长的贡献率（可为负，也可超过100%），burn rate，按定义有正负的距平百分率、距平率、增减率、
 *   偏差率和“距平”列。
 * - 完成情况和与基数的比较：完成率105%、超额完成、120% of target、attainment against target、118% of the approved
 *   budget、102% of those scheduled、105% of the planned visits、109.5% of their annual profiles、118% of the housing requirement、112% of the trajectory、103% of the allocation、255% of GDP，基数（设计容量的108%）或计划、目标所定的数量（占目标人数的103.9%、占计划投资的106.3%、占年度任务数的117.5%；占全县总人口的103%是占整体的比例，照报），与某一数量的比较（130% of the baseline、230% of one core、115% of the
 *   old one），相对于提供名额的使用量（108% of the places available）。
 * - 本可超过100%的比率：病床使用率、床位利用率、病床占用率和bed occupancy（重症、病区、acute、G&A、inpatient或医院的
 *   床位占用；住房的入住率照报）；加床时的入住率（客房入住率达到102%，部分房间加床；句中稍后写明加床的，如“reached 104%
 *   during the week of 16 December, when escalation beds were open”；单写“入住率达到112%”照报），句中或表头写明所对照容量的入住率（605 men against a
 *   certified normal accommodation of 540, an occupancy of 112%；the population as a percentage of certified normal
 *   accommodation；与CNA列并列的Occupancy列）；超产能生产时的产能利用率和capacity utilisation；毛入学率；超负荷运行的
 *   负荷率；高峰时段的满载率；移动电话普及率和移动宽带用户普及率（每百人用户数）；拨备覆盖率和coverage ratio；一笔金额对另一笔金额的覆盖（句中谈及款项的cover、coverage：giving coverage of 113% of loans in arrears、Liquidity coverage of 135%、The provision represented 113% of loans in arrears，贷款损失准备对不良贷款的覆盖率；“MMR coverage reached 104% of children”照报）；
 *   亏损险种的综合成本率、赔付率和费用率；偿债备付率、利息备付率；流动比率、
 *   债务率、杠杆率、自给率、恢复率、净稳定资金比例；绩效薪酬的兑现比例（0%—150%）。
 * - 因增值税或收回欠款而常超过100%的收现与收费比率（营业收现率、销售收现率、电费回收率、物业费收缴率、租金收缴率、
 *   成本回收率、投资回收率、回款率、资金回笼率；rent collected as a percentage of rent due，收回欠租可使其超过100%）；
 *   欠费回收率、问卷回收率、应收账款回收率是所欠或所发之数的占比，照报。
 * - 范围（95%-98%）。
 * - 文中自己说明可超过100%的比率（本句或下一句：“An occupancy rate above 100% is possible”、“the rate can exceed 100%”、
 *   入住率超过100%属正常、超出核定床位运行）：作者已经核对过。按核定床位（core beds）计算的床位占用率可超过100%：冬季加开的
 *   临时床位、一日多次使用的日间手术床都计入占用床日，分母只计核定床位。
 * - 数值前的括号是对指标的定义或限定，括号内有分号、“比例”“a percentage of”也不说明该数值是占比（病床使用率（实际占用
 *   总床日数占实际开放总床日数的比例）为102.4%，Critical care occupancy (adult beds; the share of funded beds in use)
 *   stood at 106%，Theatre utilisation (minutes used as a percentage of planned minutes) was 104.1%）。
 * - 表格中变化或完成情况的列（完成率、同比、growth、Change、% of budget）：其中的单元格不按所在行判断。
 * 原因：超过100%的比率是笔误或错误的批量替换，也是读者最先核对的地方。
 *
 * Bad:  全市学校运动场地塑胶化覆盖率达120%
 * Good: …覆盖率达92%
 * Bad:  Attendance rate reached 104%.
 * Good: Attendance rate reached 94%.
 */

import { columnMeasure, percentContext, tableMeasure } from '../model/percent-context';
import { rangeIn, spacedCells, type Paragraph } from '../model/paragraphs';
import type { ReportDocument } from '../model/document';
import type { Rule } from '../rule';
import { shareReadBySum } from '../model/breakdowns/share-read-by-sum';

/** 51 of them ( · 12 of these ( · 9 out of those (: a count of the set just counted, its share in the bracket. */
const OF_THEM_BRACKET_EN = /(?:^|[\s,;:])\d[\d,]*\s+(?:out\s+)?of\s+(?:them|these|those)\s*\(\s*$/i;

/**
 * Each table row whose table's introduction names a rate: that rate (| Notifications | 99.99% | 100.2% | after
 * "The table below shows availability by service."); each row lined up with spaces whose percentages stand under a
 * header naming a rate: that rate by the percentage's offset (B  364  366  100.5% under "Compliance rate").
 */
type Prepared = Map<Paragraph, string | ReadonlyMap<number, string>>;

const ABSURD = 10000;

/** A table's total row: its first cell Total, Totals, All, 合计, 总计, 合 计. */
const TOTAL_ROW = /^\s*\|?\s*(?:\*\*)?(?:Total|Totals|All|Grand total|合\s*计|总\s*计|總\s*計)(?:\*\*)?\s*(?:\||\t| {2,})/i;

const rule: Rule<unknown, Prepared> = {
  meta: {
    id: 'percent-range',
    name: { zh: '百分比超限', en: 'Percentage out of range' },
    category: 'numbers',
    description: {
      zh: '比率、占比不能超过100%或为负；明显不合理的百分数（20230%）；超过100个百分点的变化',
      en: 'A share or rate above 100% or below 0, an implausible percentage (20230%), a change above 100 points',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      over: { zh: '“{keyword}”是比率，不能超过100%，此处为“{text}”', en: '“{keyword}” is a share or rate and cannot exceed 100%; found “{text}”' },
      negative: { zh: '“{keyword}”是比率，不能为负数，此处为“{text}”', en: '“{keyword}” is a share or rate and cannot be negative; found “{text}”' },
      absurd: { zh: '核对百分数“{text}”：数值明显不合理（是否误替换？）', en: '“{text}” is not a plausible percentage; check the figure (a bad find-and-replace?)' },
      shrink: {
        zh: '“{text}”不可能：“{verb}”最多为100%（减到零）',
        en: '“{text}” is impossible: “{verb}” by more than 100% would take it below zero',
      },
      points: {
        zh: '“{text}”不可能：两个百分数之差最多为100个百分点',
        en: '“{text}” is impossible: two percentages differ by at most 100 points',
      },
    },
  },

  scope: 'paragraph',

  prepare({ doc }) {
    return tableMeasures(doc);
  },

  contextKey(paragraph, prepared) {
    return measureKey(prepared.get(paragraph as Paragraph));
  },

  keyChanges(prepared, last) {
    const changed: Paragraph[] = [];
    for (const [p, m] of prepared) if (measureKey(last.get(p)) !== measureKey(m)) changed.push(p);
    for (const p of last.keys()) if (!prepared.has(p)) changed.push(p);
    return changed;
  },

  checkParagraph(paragraph, context) {
    const measures = context.prepared.get(paragraph);
    for (const q of context.model.percentsIn(paragraph)) {
      const measure = typeof measures === 'string' ? measures : measures?.get(q.offset);
      const text = q.paragraph.text.slice(q.offset, q.offset + q.length);
      const range = rangeIn(q.paragraph, q.offset, q.offset + q.length);
      if (Math.abs(q.value) >= ABSURD) {
        context.report({ message: 'absurd', data: { text }, range });
        continue;
      }
      if (q.value <= 100 && q.value >= 0) continue;
      // | Total | 12,840 | 100.1% |: a table's total of rounded shares, a sum and not a share (rounding adds a tenth
      // or so).
      if (q.value <= 100.5 && TOTAL_ROW.test(q.paragraph.text)) continue;
      const verb = q.value > 100 ? (shrinkVerb(q.paragraph.text, q.offset) ?? lowerBy(q.paragraph.text, q.offset, q.offset + q.length)) : undefined;
      if (verb) {
        context.report({ message: 'shrink', data: { text, verb }, range });
        continue;
      }
      let { kind, keyword } = percentContext(q, measure);
      // "and 51 of them (106%) attracted fewer than three bids": the share of the set just counted.
      if (kind !== 'rate' && q.value > 100 && OF_THEM_BRACKET_EN.test(q.paragraph.text.slice(Math.max(0, q.offset - 40), q.offset)) && /^\s*\)/.test(q.paragraph.text.slice(q.offset + q.length))) {
        kind = 'rate';
        keyword = 'the share of them';
      }
      if (kind !== 'rate') continue;
      // 其中51条（占106%） of 48条 · 其中41条（占106%） · "All 48 routes …, and 51 of them (106%)": sum-mismatch reads the
      // share with the part and its whole, and names the cause (the part above the whole, or the share miscounted).
      if (q.value > 100 && shareReadBySum(context.model.breakdownsIn(paragraph), q.paragraph.text, q.offset, q.value)) continue;
      context.report({ message: q.value > 100 ? 'over' : 'negative', data: { text, keyword }, range });
    }
    for (const q of context.model.pointChangesIn(paragraph)) {
      if (q.value <= 100) continue;
      context.report({
        message: 'points',
        data: { text: q.paragraph.text.slice(q.offset, q.offset + q.length) },
        range: rangeIn(q.paragraph, q.offset, q.offset + q.length),
      });
    }
  },
};

export default rule;

/** Verbs of cutting something that cannot go below zero: 办理时间压缩了120%, 审批时限缩短150%, cut by 120%. */
const SHRINK_ZH = /(压缩|壓縮|缩短|縮短|缩减|縮減|节约|節約|节省|節省)了?\s*$/;
/** 下降, 减少 and 降低 only of a time or a cost (利润下降120% may be a loss). */
const FALL_ZH = /(下降|减少|減少|降低)了?\s*$/;
const NEVER_NEGATIVE_ZH = /时间|時間|时限|時限|耗时|耗時|用时|用時|天数|天數|周期|週期|成本|费用|費用|能耗/;
const SHRINK_EN = /\b(cut|shortened|shrank|shrunk|trimmed)\s+(?:by\s+)?$/i;

/** "117.4% lower than", "150% less": a comparison down by more than the whole, of what cannot go below zero. */
const LOWER_EN = /^\s*(lower|less|fewer|smaller|shorter|cheaper)\b/i;
/** What may go below zero: net income, a balance, a temperature, a score. */
const MAY_BE_NEGATIVE_EN = /\b(?:net|income|profits?|loss(?:es)?|surplus|deficit|balance|margins?|earnings|returns?|temperatures?|scores?|cash ?flow|position|variance)\b/i;

function lowerBy(text: string, at: number, end: number): string | undefined {
  const m = LOWER_EN.exec(text.slice(end, end + 16));
  if (!m) return undefined;
  let from = at;
  while (from > 0 && at - from < 200 && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  return MAY_BE_NEGATIVE_EN.test(text.slice(from, at)) ? undefined : m[1];
}

function shrinkVerb(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  const clause = before.split(/[，,。；;：:！？!?]/).pop() ?? '';
  const zh = SHRINK_ZH.exec(clause) ?? (NEVER_NEGATIVE_ZH.test(clause) ? FALL_ZH.exec(clause) : null);
  return (zh ?? SHRINK_EN.exec(clause))?.[1];
}

/** A pipe row (header, rule or body): | a | b |. */
const PIPE_ROW = /^\s*\|/;

/**
 * The rows of each table introduced by the paragraph just before it (at most one blank line above its header, in the
 * same section), where that introduction names a rate and nothing else says what the cells measure.
 */
function tableMeasures(doc: ReportDocument): Prepared {
  const out: Prepared = new Map();
  const paragraphs = doc.paragraphs;
  for (let k = 0; k < paragraphs.length; k++) {
    if (!paragraphs[k].tableHeader || (k > 0 && paragraphs[k - 1].tableHeader)) continue;
    // The first body row: back over the header and its rule to the paragraph before the table.
    let start = k;
    while (start > 0 && !paragraphs[start - 1].tableHeader && PIPE_ROW.test(paragraphs[start - 1].text) && k - start < 2) start--;
    const intro = paragraphs[start - 1];
    if (!intro || PIPE_ROW.test(intro.text) || paragraphs[start].firstLine - intro.lastLine > 2 || intro.section !== paragraphs[k].section) continue;
    const measure = tableMeasure(intro.text);
    if (!measure) continue;
    for (let r = k; r < paragraphs.length && paragraphs[r].tableHeader; r++) out.set(paragraphs[r], measure);
  }
  spacedColumnMeasures(doc, out);
  return out;
}

function measureKey(measure: string | ReadonlyMap<number, string> | undefined): string {
  return measure === undefined ? '' : typeof measure === 'string' ? measure : JSON.stringify([...measure]);
}

/** A percentage alone in its cell: 100.5%, -3.2%. */
const PERCENT_CELL = /^[-+−]?\d[\d,]*(?:\.\d+)?\s?[%％]$/;
const PERCENT_IN_CELL = /\d\s*[%％]/;

/**
 * The percentages of rows lined up with spaces whose column's header names a rate: the header is the nearest line
 * above with as many cells and no percentage, every line between being a row of as many cells (Site  Samples
 * Compliant  Compliance rate / A  364  361  99.2% / B  364  366  100.5%; 单位  抽检数  合格数  合格率). The first column
 * is the rows' labels.
 */
function spacedColumnMeasures(doc: ReportDocument, out: Prepared): void {
  const lines = doc.lines;
  // Each line's cells, split once however many percentages it holds (a long line of figures was split once per figure).
  const cellsOf = new Map<number, { cells: { text: string; start: number }[]; at: Map<number, number> }>();
  const cellsAt = (line: number) => {
    let got = cellsOf.get(line);
    if (!got) {
      const prose = lines[line].prose;
      const cells = /\S(?: {2,}|\t|\u3000)\S?/.test(prose) ? spacedCells(prose.trimEnd(), prose.length - prose.trimStart().length) : [];
      got = { cells, at: new Map(cells.map((c, k) => [c.start, k])) };
      cellsOf.set(line, got);
    }
    return got;
  };
  for (const paragraph of doc.paragraphs) {
    if (paragraph.tableHeader || out.has(paragraph)) continue;
    const percents = doc.percentsIn(paragraph);
    if (percents.length === 0) continue;
    const found = new Map<number, string>();
    const segments = paragraph.segments;
    let si = 0;
    for (const q of percents) {
      // The percentages come in text order: the segment holding one is at or after the last one's.
      while (si < segments.length && q.offset >= segments[si].offset + segments[si].length) si++;
      const seg = segments[si];
      if (!seg || q.offset < seg.offset) continue;
      const column = seg.column + q.offset - seg.offset;
      const { cells, at: atOf } = cellsAt(seg.line);
      const at = atOf.get(column) ?? -1;
      if (cells.length < 3 || at < 1 || !PERCENT_CELL.test(cells[at].text)) continue;
      for (let l = seg.line - 1; l >= 0 && seg.line - l <= 12; l--) {
        const row = cellsAt(l).cells;
        if (row.length !== cells.length) break;
        if (row.some((c) => PERCENT_IN_CELL.test(c.text))) continue;
        // A row of counts (A  364  361  …) between: not the header.
        if (row.slice(1).some((c) => /^[-+−]?\d[\d,.]*$/.test(c.text))) continue;
        const measure = columnMeasure(row[at].text, lines[l].prose);
        if (measure) found.set(q.offset, measure);
        break;
      }
    }
    if (found.size > 0) out.set(paragraph, found);
  }
}
