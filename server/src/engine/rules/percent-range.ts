/**
 * percent-range — 比率超出0～100% / A share or rate outside 0–100%
 *
 * What: a share or rate (入学率, 覆盖率, 合格率, 占比, 比例, 满意度, "of the trainees"…) above 100% or
 * below 0; a percentage so large it cannot be meant (20230%); a change of more than 100 percentage points.
 * Not: growth (增长150%, growth rate), completion (完成率105%, 超额完成), "120% of target", "118% of the
 * approved budget", "255% of GDP", a base (设计容量的108%), ratios that may exceed 100% (病床使用率, 毛入学率, 拨备覆盖率,
 * 流动比率, 债务率, 杠杆率, 自给率, 恢复率, coverage ratio, bed occupancy), and ranges (95%-98%). In English, "N% of" a
 * population is a share (of the trainees, of all referrals), of an amount a comparison (130% of the baseline, 230%
 * of one core, 115% of the old one); "120% higher", "attainment against target", a burn rate, "has grown 300%"
 * may exceed 100%. 整改完成率 and
 * 有效率 are shares. In a table a cell is judged by its row (| 建档率 | … | 103% |), unless its column is one of change or
 * completion (完成率, 同比, growth).
 *
 * Why: a rate over 100% is a typo or a bad find-and-replace, and the first thing a reader checks.
 *
 * 检查：比率或占比（入学率、覆盖率、合格率、占比、比例、满意度、of the trainees…）超过100%或小于0；
 * 大得不可能是本意的百分数（20230%）；超过100个百分点的变化。
 * 不报：增长（增长150%、growth rate），完成情况（完成率105%、超额完成），120% of target，基数（设计容量的108%），
 * 本可超过100%的比率（病床使用率、毛入学率、拨备覆盖率、流动比率、债务率、杠杆率、自给率、恢复率、coverage ratio、
 * bed occupancy），以及范围（95%-98%）。整改完成率和有效率是占比。表格中的单元格按所在行判断，
 * 除非所在列是变化或完成情况（完成率、同比、growth）。
 * 原因：超过100%的比率是笔误或错误的批量替换，也是读者最先核对的地方。
 *
 * Bad:  全市学校运动场地塑胶化覆盖率达120%
 * Good: …覆盖率达92%
 * Bad:  Attendance rate reached 104%.
 * Good: Attendance rate reached 94%.
 */

import { percentContext } from '../model/percent-context';
import { rangeIn } from '../model/paragraphs';
import type { Rule } from '../rule';

const ABSURD = 10000;

const rule: Rule = {
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
      points: {
        zh: '“{text}”不可能：两个百分数之差最多为100个百分点',
        en: '“{text}” is impossible: two percentages differ by at most 100 points',
      },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    for (const q of context.model.percentsIn(paragraph)) {
      const text = q.paragraph.text.slice(q.offset, q.offset + q.length);
      const range = rangeIn(q.paragraph, q.offset, q.offset + q.length);
      if (Math.abs(q.value) >= ABSURD) {
        context.report({ message: 'absurd', data: { text }, range });
        continue;
      }
      if (q.value <= 100 && q.value >= 0) continue;
      const { kind, keyword } = percentContext(q);
      if (kind !== 'rate') continue;
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
