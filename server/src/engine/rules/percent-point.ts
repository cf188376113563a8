/**
 * percent-point — 百分点误写为% / Percentage points written as per cent
 *
 * What: the change of a rate written as a percentage where percentage points are meant. With both levels given
 * and the stated % equal to their difference ("由61%提高至66%，提高了5%", "rose from 61% to 66%, an increase of 5%",
 * "moved from 108% to 114%, a 6% improvement", fixed to "a 6 percentage point improvement"; the old level after the
 * change, in brackets or compared with: 普及率为92.4%，比上年提高2.1%（上年为90.3%）, 达标率为74.2%，较9月份提高3.1%（9月份为71.1%）, "96%, up 4% (2024/25: 92%)", "96%, up 4% on
 * Quarter 2, when it stood at 92%", "48%, down 7% on 2023 (when it was 55%)", 占48%，较2023年下降7%（当时为55%）, "74.2% in October, up 3.1% on Month 6 (on September), when it stood at 71.1%", "94.1%, up 2.2%
 * (September: 91.9%)", "94.3% … This is 6.1% higher than Quarter 1's 88.2%")
 * it is certainly wrong: an error, fixed to 个百分点 / percentage points. With only the change given for a measure
 * that is itself a percentage (入学率比上年提高5%; 普及率达95%，比上年提高2.6%; 城镇化率为68.2%，比上年末提高0.9%; 存贷比为72.8%，比年初提高1.5%;
 * 恩格尔系数为28.4%，比上年下降0.6%; 满意度达到96.8%，比上年提高2.3%;
 * 占一般公共预算收入的72.2%，比上年同期提高1.5% — a share of a whole the text names;
 * "the enrolment rate rose 2.6%"; "Compliance with S2 improved by 20.6%" — not "compliance costs rose 5%"):
 * a warning, with the 个百分点 wording offered as a fix.
 * Also a rate set against an average by a % (知晓率为48.6%，低于全省平均水平6.3%; 接入率为32.0%，较全省平均水平低18.6%)
 * and a fall or rise whose span narrows or widens by a % (降幅较上年收窄2.1%, 降幅比上半年扩大2.6%), or a growth rate the sentence
 * has just stated as a % compared with another period's by a % (同比增长7.4%，增幅较上年回落2.1%; 增长6.8%，增速比上年提高1.2%)
 * or with another group's or place's (同比增长7.2%，增速高于城镇居民1.5%; 增速比全省快0.9%):
 * a warning with the same fix.
 * Not: a relative change that is right (由20%提高至25%，提高25%; 相对提高25%), growth of an amount (销售额增长5%),
 * a change of a growth rate the sentence does not state as a % or of a measure that is not a share of a whole (增长率提高5%, 效率提高30%, 汇率上升2%,
 * 发病率下降5%, 功率提高12%, growth rate; 成功率 and 有效率 are shares), 满意度 or satisfaction not stated as a % in the sentence (it may be a score: 满意度测评86.5分,
 * "was 7.8 out of 10, up 4%"; "Tenant satisfaction was 86%, up 4%" is a percentage), 个百分点 used correctly, and a % after 增长/增加 whose measure only the sentence before
 * names (完成投资3.5亿元，占计划的85%，同比增长8% — the growth is the investment's), and another period's growth rate
 * named as a level (增速由上年的下降1.2%转为增长, 增速比上年同期的下降5.2%明显回升, 增速由一季度下降6.8%转为增长),
 * nor a change in a cell of a row lined up with spaces whose subject is only a header line's share (物流业务　9.86　增长6.2%
 * 41.36% under 业务板块　营业收入　同比增减　占比: the cell's own column is revenue growth).
 *
 * Why: 5% of 61% is 3 points; readers (and auditors) take "提高5%" literally.
 *
 * 检查：比率的变化写成了%而非百分点。给出前后两个数值（上年数值也可在变化之后的括号中：比上年提高2.1%（上年为90.3%），月报、季报中的较9月份提高3.1%（9月份为71.1%）、较二季度末提高2.6%（二季度末为65.8%）同样）且所写%等于两者之差时必错（error，可自动改为“个百分点”）；
 * 只给出变化且对象本身是百分比（入学率、普及率、占比、存贷比、“占…的72.2%，比上年提高1.5%”……）时给出警告，并提供“个百分点”的改法。
 * 比率与平均水平之差写成%（知晓率为48.6%，低于全省平均水平6.3%）、降幅或增幅收窄、扩大写成%（降幅较上年收窄2.1%）、句中刚以%给出的增速与上年或与其他群体、地区相比写成%（同比增长7.4%，增幅较上年回落2.1%；同比增长7.2%，增速高于城镇居民1.5%）时同样警告。
 * 原因：61%提高5%是64.05%，读者会按字面理解“提高5%”。
 * 不报：正确的相对变化（由20%提高至25%，提高25%）；数量的增长（销售额增长5%）；句中未以%给出的增长率（教育经费增长率提高5%）以及效率、汇率、发病率、功率等的变化（成功率、有效率是占比，照报）；
 * 句中未以百分比给出的满意度（可能是得分）；
 * 只由前一分句的占比推断、动词为“增长/增加”的情形（多指前面的数量）；以空格对齐的表格中，单元格的变化只属于它所在的列
 * （同比增减列的“增长6.2%”不是旁边占比列的变化）。
 *
 * The comparison may name an earlier round or period of its own: 整改完成率为75%，较上次提高12.5%; 比上一轮, 较上期, 较上年度,
 * 比前一届, 比前一学期, 较前一年.
 * 比较对象也可以是上一次、上一轮、上期、上年度、前一届、前一学期（整改完成率为75%，较上次提高12.5%；优秀率为38.5%，比前一届提高4.3%）。
 * A share with no name opening its English sentence, what was done to its items, then the change is a share's change too
 * ("91.3% were completed within target time, up 2.8% on last year"; "74% of calls were answered within 20 seconds, down
 * 5%"; with the earlier level in brackets, "96% of discharge summaries were sent to GPs within 24 hours, up 4% (2024/25:
 * 92%)" is an error); not a share of money ("72% of the budget was spent on staff, up 4%"), nor a clause of its own
 * after it ("62% of members were women, and fees were up 4%").
 *
 * Bad:  全县小学入学率比上年提高5%
 * Good: 全县小学入学率比上年提高5个百分点
 * Bad:  Enrolment rose from 61% to 66%, an increase of 5%.
 * Good: Enrolment rose from 61% to 66%, an increase of 5 percentage points.
 */

import { figureText as show, type Figure } from '../model/numbers';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import { percentMeasure } from '../model/percent-context';
import type { RateClaim, StatedChange } from '../model/rate-claims';
import type { Rule, UnitContext } from '../rule';
import { withinRounding } from './percent-arithmetic';
import { matchesOf } from '../patterns';

/** Verbs that change a level, not an amount: with them a share named just before is what changed. */
const LEVEL_VERBS = /^(?:提高|提升|上升|下降|降低|回落|下滑|攀升|扩大|擴大|缩小|縮小|rose|risen|increased|fell|fallen|dropped|declined|decreased|climbed|up|down)$/i;
/** Words that compare without naming a measure: 比上年, 比上年末, 同比, 较2023年, 较上学年, 较上次, 较上一轮, year-on-year. */
const COMPARISON_ONLY = /^(?:[，,\s]|比|较|較|上一?次|上一?期|上一?轮|上一?輪|上一?年度|前一?次|首次|上年末|去年末|上年底|去年底|上年|去年|上一年|上一?学年|上一?學年|上一?学期|上一?學期|上一?届|上一?屆|前一?(?:届|屆|年|年度|学年|學年|学期|學期|期|轮|輪|次|季度)|同期|同比|环比|環比|\d{4}年|上半年|下半年|上一?季度|上個?季度|上个季度|[一二三四]季度末|[一二三四]季度|第[一二三四]季度末|第[一二三四]季度|季末|季度末|\d{1,2}月份?(?:末|底)?|上个?月|上個月|年初|年末|年底|全年|整体|整體|分别|分別|与|與|相比|和|and|it|this|year-on-year|on the year|compared|with)*$/i;

/** 占一般公共预算收入的72.2%: a share of a whole the text names, which moves in points like 占比. */
const SHARE_OF = /(?:占|佔)[^，,。；;%]{1,24}$/;

const rule: Rule = {
  meta: {
    id: 'percent-point',
    name: { zh: '百分点', en: 'Percentage points' },
    category: 'numbers',
    description: {
      zh: '比率的变化应以百分点表示：“入学率提高5%”应为“提高5个百分点”',
      en: 'A change of a rate is in percentage points: "the rate rose 5%" should be "5 percentage points"',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      levels: {
        zh: '改为“{fixed}”：{from}→{to}相差{points}个百分点，“{stated}”会被读作相对变化',
        en: 'Write “{fixed}”: {from}→{to} is a change of {points} percentage points; “{stated}” reads as a relative change',
      },
      alone: {
        zh: '改为“{fixed}”：“{measure}”本身是百分比，其变化以百分点表示（如指相对变化，请写明“相对”）',
        en: 'Write “{fixed}”: “{measure}” is itself a percentage, so its change is in percentage points (say “relative” if a relative change is meant)',
      },
      fix: { zh: '改为“{fixed}”', en: 'Change to “{fixed}”' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    for (const claim of context.model.rateClaimsIn(paragraph)) {
      const change = claim.change;
      if (!change || change.relative || change.inPoints || change.figures.some((c) => c.dimension !== '%' || c.unit === 'fraction')) continue;
      if (claim.from.length > 0) checkLevels(context, claim, change);
      else checkAlone(context, change);
    }
    const text = paragraph.text;
    if (text.includes('平均') || text.includes('幅') || text.includes('速') || text.includes('增长率') || text.includes('增長率')) checkGaps(context, paragraph);
  },
};

export default rule;

/** 由61%提高至66%，提高了5%: the % is exactly the difference in points. */
function checkLevels(context: UnitContext, claim: RateClaim, change: StatedChange): void {
  if (claim.from.length !== claim.to.length || change.figures.length !== claim.from.length) return;
  claim.from.forEach((a, k) => {
    const b = claim.to[k];
    const c = change.figures[k];
    // 94% (2023/24: 91%), a fall of 3%: a verb the levels contradict is percent-arithmetic's (direction); the points
    // would fix the unit and keep the wrong word.
    if (claim.up !== undefined && (claim.up ? b.value <= a.value : b.value >= a.value)) return;
    const points = Math.abs(b.value - a.value);
    // A relative change that happens to be the difference too is ambiguous (only when A is 100).
    if (!withinRounding(points, Math.abs(c.value), a, b, c) || Math.abs(a.value) === 100) return;
    const fixed = pointsText(c);
    context.report({
      message: 'levels',
      severity: 'error',
      data: { from: show(a), to: show(b), points: points.toFixed(Math.max(a.decimals, b.decimals)), stated: show(c), fixed },
      range: rangeIn(c.paragraph, c.offset, c.offset + c.length),
      fix: fixOf(c, fixed),
    });
  });
}

/** 入学率比上年提高5% / 普及率达95%，比上年提高2.6%: a percentage measure changed by a %. */
function checkAlone(context: UnitContext, change: StatedChange): void {
  const c = change.figures[0];
  // 增长150%: no share moves by 100 points or more, nor rises by more than the level it reached; a relative change.
  if (Math.abs(c.value) >= 100 || (change.up && change.level && Math.abs(c.value) > change.level.value)) return;
  let measure = percentMeasure(change.subject);
  // Only 比上年/同比 before the verb: the measure is the percentage the clause before states — a rate (入学率达98%，
  // 比上年增长0.5%), or a share when the verb moves a level (增长8% after 占计划的85% is the growth of the amount
  // before it, 提高2% after 占比35% is the share's).
  if (!measure && COMPARISON_ONLY.test(change.subject) && change.level) {
    const level = percentMeasure(change.level.subject) ?? (SHARE_OF.test(change.level.subject) ? '占比' : undefined);
    if (level && (/率$|rate$/i.test(level) || LEVEL_VERBS.test(change.verb)) && !(level === '占比' && countBefore(change.level, c))) measure = level;
  }
  // 91.3% were completed within target time, up 2.8% on last year: a share opening its sentence, changed by a %.
  if (!measure && change.share && COMPARISON_ONLY.test(change.subject)) measure = change.share;
  // 满意度 and satisfaction may be a score (满意度测评92.3分, a satisfaction score of 7.8): a percentage only where the
  // sentence states it as one (达到96.8%; was 86%, up 4%).
  if (!measure || (/度$|satisfaction$/i.test(measure) && !change.level)) return;
  const fixed = pointsText(c);
  context.report({
    message: 'alone',
    data: { measure, fixed, stated: show(c) },
    range: rangeIn(c.paragraph, c.offset, c.offset + c.length),
    fix: fixOf(c, fixed),
  });
}

/** A clause of the share's own opening 占 (占信访总量的17.7%). */
const OWN_SHARE_CLAUSE = /^\s*(?:占|佔)/;
/** 1526件, 3.2万人, 86.5亿元: an amount in a unit of its own, not a date (2025年, 10月) nor a %. */
const COUNT_ZH = /\d(?:[\d,]*\d)?(?:\.\d+)?(?:万|萬|亿|億)?(?![\d.,%％年月日号號时時])\p{sc=Han}/u;

/** 此类信访1526件，占信访总量的17.7%，同比下降10.4%: the share's clause has no subject, the sentence opens with a
 *  count in its own unit, and the change is more than a third of the share (17.7% less 10.4 points in a year is not
 *  what a share does) — the change is the count's. 税收收入13.45亿元，占…的72.2%，比上年同期提高1.5% stays the share's. */
function countBefore(level: Figure, c: Figure): boolean {
  if (Math.abs(c.value) * 3 <= Math.abs(level.value)) return false;
  const text = level.paragraph.text;
  const sentence = text.slice(0, level.offset).split(/[。；;！？!?]/).pop() ?? '';
  const cut = Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','));
  if (cut < 0 || !OWN_SHARE_CLAUSE.test(sentence.slice(cut + 1))) return false;
  return COUNT_ZH.test(sentence.slice(0, cut));
}

/** 5% → 5个百分点; 2.6% → 2.6 percentage points (English text). */
function pointsText(c: Figure): string {
  const number = c.paragraph.text.slice(c.numberStart, c.numberEnd);
  if (isChinese(c)) return `${number}个百分点`;
  // "a 6% improvement" → "a 6 percentage point improvement": before a noun the unit is singular.
  const after = c.paragraph.text.slice(c.offset + c.length, c.offset + c.length + 20);
  return /^\s+(?:relative\s+)?(?:increase|rise|gain|improvement|fall|drop|decrease|decline|reduction)\b/i.test(after) ? `${number} percentage point` : `${number} percentage points`;
}

function isChinese(c: Figure): boolean {
  const text = c.paragraph.text;
  return /\p{sc=Han}/u.test(text.slice(Math.max(0, c.offset - 8), c.offset + c.length + 4));
}

function fixOf(c: Figure, fixed: string) {
  if (c.words) return undefined;
  const range = rangeIn(c.paragraph, c.offset, c.offset + c.length);
  const sign = c.paragraph.text.slice(c.offset, c.numberStart);
  return { title: 'fix', data: { fixed }, edits: [{ range, newText: sign + fixed }] };
}

/** A rate stated as a percentage, then how far it lies from an average in %: 知晓率为48.6%，低于全省平均水平6.3%. */
const BELOW_AVERAGE = /(\p{sc=Han}{0,8}?(?:率|比重|占比|佔比))(?:为|為|达到|達到|达|達|仅为|僅為|只有|是)?\s*\d+(?:\.\d+)?%[，,]\s*(?:(?:低于|低於|高于|高於|高出|超过|超過)[^，,。；;%\d]{1,12}?(?:平均水平|平均值|均值|平均)|(?:较|較|比)[^，,。；;%\d]{1,12}?(?:平均水平|平均值|均值|平均)(?:低|高)(?:了|出)?)\s*(\d+(?:\.\d+)?%)(?![\d.])/gu;
/** 降幅较上年收窄2.1% · 降幅比上半年扩大2.6%: the span of a fall or rise, which narrows or widens in points. */
const RANGE_CHANGE = /((?:降幅|增幅|涨幅|漲幅|跌幅))[^，,。；;%\d]{0,12}?(?:收窄|扩大|擴大)了?\s*(\d+(?:\.\d+)?%)(?![\d.])/gu;

/**
 * 增长7.4%，增幅较上年回落2.1% · 增长6.8%，增速比上年提高1.2%: a growth rate the sentence has just stated as a %, then
 * compared with another period's by a %. The comparison of two growth rates is in points; without the growth stated
 * before it (教育经费增长率提高5%) the % may be meant as relative and is left alone.
 */
const GROWTH_CHANGE = /((?:增速|增幅|涨幅|漲幅|增长速度|增長速度|增长率|增長率))[^，,。；;%\d]{0,12}?(?:提高|提升|加快|回落|下降|放缓|放緩|上升|降低|回升|减缓|減緩)了?\s*(\d+(?:\.\d+)?%)(?![\d.])/gu;
/**
 * 增长7.2%，增速高于城镇居民1.5% · 增长6.8%，增速比全省快0.9%: a growth rate the sentence has just stated, then set
 * against another body's or group's by a %: a difference of two rates, in points.
 */
const GROWTH_ABOVE = /((?:增速|增幅|涨幅|漲幅|增长速度|增長速度|增长率|增長率))(?:(?:高于|高於|低于|低於|快于|快於|慢于|慢於|高出|超过|超過)[^，,。；;%\d]{1,12}?|(?:比|较|較)[^，,。；;%\d]{1,12}?(?<![提降加放减減])(?:高|低|快|慢)(?:了|出)?)\s*(\d+(?:\.\d+)?%)(?![\d.])/gu;
/** The growth the sentence states before its rate is compared: 增长7.4% · 同比下降3.2% · 增速为6.8%. */
const GROWTH_STATED = /(?:增长|增長|下降|增速为|增速為|增速|增幅为|增幅為|增幅)了?\s*\d+(?:\.\d+)?%[^。！？；;]*$/u;

/** 上年的下降1.2% · 由下降1.2%: the verb opens a noun — the other period's growth named as a level, not the change. */
const LEVEL_BEFORE_VERB = /(?:的|之|由|從|从)\s*(?:提高|提升|加快|回落|下降|放缓|放緩|上升|降低|回升|减缓|減緩)了?\s*$/u;
/** …下降5.2%明显回升 · …下降1.2%转为增长: the clause's own change follows the named level. */
const CHANGE_AFTER = /^[^，,。；;！？!?\d%]{0,4}?(?:转为|轉為|转正|轉正|转增|轉增|回升|回落|提高|提升|加快|放缓|放緩|收窄|扩大|擴大|上升|下降|降低|减缓|減緩)/u;

/**
 * 增速由上年全年的下降1.2%转为增长 · 增速比上年同期的下降5.2%明显回升 · 增速由一季度下降6.8%转为增长3.2%: the % after the
 * verb is a growth rate of another period named as a level (a rate, which may be negative), not the change of the rate.
 * 增速比上年回落2.1% has no level before its verb and no change after its %: the change, in points.
 */
function namedLevel(between: string, after: string): boolean {
  return LEVEL_BEFORE_VERB.test(between) || CHANGE_AFTER.test(after);
}

/**
 * Two percentages compared by a %: a rate against an average (知晓率为48.6%，低于全省平均水平6.3%) and the narrowing or
 * widening of a fall or rise (降幅较上年收窄2.1%). Both differences are in points; the figure model reads them as no
 * change of a level, so the rate claims above never hold them.
 */
function checkGaps(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  // One finding per figure: a comparison two patterns read (增速比上年提高1.2%) is reported once.
  const reported = new Set<number>();
  for (const pattern of [BELOW_AVERAGE, RANGE_CHANGE, GROWTH_CHANGE, GROWTH_ABOVE]) {
    for (const m of matchesOf(text, pattern)) {
      if ((pattern === GROWTH_CHANGE || pattern === GROWTH_ABOVE) && !GROWTH_STATED.test(text.slice(Math.max(0, m.index! - 80), m.index))) continue;
      const stated = m[2];
      const end = m.index! + m[0].length;
      const start = end - stated.length;
      if (pattern === GROWTH_CHANGE && namedLevel(m[0].slice(m[1].length, m[0].length - stated.length), text.slice(end))) continue;
      const c = context.model.figuresIn(paragraph).find((f) => f.offset === start && f.dimension === '%');
      if (!c || Math.abs(c.value) >= 100 || reported.has(c.offset)) continue;
      reported.add(c.offset);
      const measure = m[1].replace(/^(?:为|為|的)/, '');
      const fixed = pointsText(c);
      context.report({ message: 'alone', data: { measure, fixed, stated: show(c) }, range: rangeIn(paragraph, c.offset, c.offset + c.length), fix: fixOf(c, fixed) });
    }
  }
}
