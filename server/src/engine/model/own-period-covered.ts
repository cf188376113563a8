// The report saying what its own period is in words that tell of looking back over it: 本报告全面回顾了我院2025年度的
// 主要工作, 本报告总结了2025年全年工作; "In the 2024/25 academic year covered by this report", "the year under review
// (2024/25)", "2024/25, the year under review", "The period covered by this report is 2024/25". Read by own-period.ts
// as a statement of the period (kind 'period').
// Not: another verb (本报告对比了2025年度的数据, 本报告引用了2025年度数据), a year since (本报告回顾了2021年以来…),
// several years (本报告回顾了2024年和2025年…, 2024—2026年), another report's period ("the 2024/25 year covered by
// last year's report", "the year under review in the previous report").

import type { DateMention } from './dates';

export interface CoveredReading {
  kind: 'period';
  text: string;
  start: number;
  end: number;
}

/** 本报告全面回顾了我院: the report, a manner, a verb of looking back over, the body whose work it is. */
const REVIEWS_ZH = /(?:本|这份|這份|本份|本篇)(?:年度)?(?:报告|報告|年报|年報)(?:主要|全面|系统|系統|简要|簡要|重点|重點|集中|客观|客觀|如实|如實)?(?:地)?(?:回顾|回顧|总结|總結|反映|记录|記錄|梳理|展示|呈现|呈現|汇报|匯報|记述|記述|概述|介绍|介紹)(?:了)?(?:[^，,。；;！？、\d０-９“”《》()（）]{0,10}?)(?:的)?\s*$/;
/** What may follow the year: its 度, 全年, the work or the figures of it; not 以来, 至, 和 another year. */
const REVIEWS_AFTER_ZH = /^(?:年度|度)?(?:全年)?(?:的|内|內)?(?:主要|各项|各項|全面|重点|重點|整体|整體)?(?:工作|情况|情況|成绩|成績|成效|进展|進展|发展|發展|运行|運行|经营|經營|业务|業務|履职|履職|[，,。；;])/;
const MORE_YEARS_ZH = /^(?:年度|度)?(?:和|与|與|及|至|到|、|—|－|-|～|~|以来|以來)/;

/** 本报告全面回顾了我院2025年度的主要工作: the year the report says it looks back over. */
export function coveredZh(mention: DateMention): CoveredReading | undefined {
  if (mention.end || mention.qualifier || mention.start.month !== undefined) return undefined;
  const text = mention.paragraph.text;
  const lead = REVIEWS_ZH.exec(text.slice(Math.max(0, mention.offset - 30), mention.offset));
  const after = mention.offset + mention.length;
  const rest = text.slice(after, after + 12);
  if (!lead || MORE_YEARS_ZH.test(rest) || !REVIEWS_AFTER_ZH.test(rest)) return undefined;
  const start = mention.offset - lead[0].length;
  const end = after + (/^(?:年度|度)/.exec(rest)?.[0].length ?? 0);
  return { kind: 'period', text: text.slice(start, end), start, end };
}

const YEAR_KIND_EN = String.raw`(?:(?:financial|fiscal|academic|school|calendar|reporting|program|programme|grant|funding)\s+)?`;
/** "the 2024/25 academic year covered by this report", "2024/25, the year under review", "2024/25 (the period covered by this report)". */
const COVERED_AFTER_EN = new RegExp(
  String.raw`^(?:\s+${YEAR_KIND_EN}(?:year|period)\s+(?:(?:that\s+is\s+|which\s+is\s+)?covered\s+by\s+this\s+(?:annual\s+)?(?:report|review)\b|under\s+review\b(?!\s+(?:in|by)\s+(?:the|last|our|a)\b))` +
    String.raw`|\s*(?:\(\s*|,\s*)(?:the|this)\s+${YEAR_KIND_EN}(?:year|period)\s+(?:covered\s+by\s+this\s+(?:annual\s+)?(?:report|review)|under\s+review)\b(?!\s+(?:in|by)\s+(?:the|last|our|a)\b)\s*\)?)`,
  'i',
);
/** "the year under review (2024/25)", "the period covered by this report is 2024/25", "the year under review, 2024/25". */
const COVERED_BEFORE_EN = new RegExp(
  String.raw`\b((?:the|this)\s+${YEAR_KIND_EN}(?:year|period)\s+(?:covered\s+by\s+this\s+(?:annual\s+)?(?:report|review)|under\s+review)\s*(?:\(\s*|,\s*|(?:is|was)\s+|:\s*)(?:the\s+)?${YEAR_KIND_EN}(?:year\s+)?)$`,
  'i',
);
/** 2024 and 2025, 2023 to 2025: several years, not one period. */
const MORE_YEARS_EN = /^\s*(?:(?:and|to|through|until|or)\s+(?:the\s+)?(?:\d|financial|calendar|academic|school|year)|[-–—]\s*\d)/i;

/** "In the 2024/25 academic year covered by this report", "the year under review (2024/25)". */
export function coveredEn(mention: DateMention): CoveredReading | undefined {
  if (mention.start.month !== undefined || (mention.end && !mention.fiscal)) return undefined;
  const text = mention.paragraph.text;
  const after = mention.offset + mention.length;
  if (MORE_YEARS_EN.test(text.slice(after, after + 24))) return undefined;
  const following = COVERED_AFTER_EN.exec(text.slice(after, after + 80));
  if (following) {
    // "the 2024/25 academic year covered by this report": the year a modifier, "the" before it.
    const modifier = /^\s+[a-z]/i.test(following[0]);
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, mention.offset - 6), mention.offset));
    if (modifier && !the) return undefined;
    const start = modifier ? mention.offset - the![0].length : mention.offset;
    const end = after + following[0].trimEnd().length;
    return { kind: 'period', text: text.slice(start, end), start, end };
  }
  const preceding = COVERED_BEFORE_EN.exec(text.slice(Math.max(0, mention.offset - 90), mention.offset));
  if (!preceding) return undefined;
  const start = mention.offset - preceding[1].length;
  const close = /^\s*\)/.exec(text.slice(after, after + 3));
  const end = after + (close ? close[0].length : 0);
  return { kind: 'period', text: text.slice(start, end), start, end };
}
