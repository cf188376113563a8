// The wording stale-year reads: plan headings (四、2025年工作思路, Plans for 2024), deadlines (确保2024年底前完成,
// will … by the end of 2024) and the next report's date. Helpers of the stale-year rule only; what the report says of
// its own period (本《2024年工作总结》, This report covers …) is read by model/own-period.ts.

import type { DateMention } from '../model/dates';
import type { Paragraph } from '../model/paragraphs';
import { isForward, isPlanSection, LOOK_BACK, PLAN_WORDS_EN, PLAN_WORDS_ZH } from '../model/heading-scope';
import { isQuoted } from '../model/own-period';
import { schoolTerm } from '../model/report-time';

/** A year and, where known, a month: the precision a deadline or a time of writing is compared at. */
export interface Month {
  year: number;
  month?: number;
}

export function before(a: Month, b: Month): boolean {
  if (a.year !== b.year) return a.year < b.year;
  return a.month !== undefined && b.month !== undefined && a.month < b.month;
}

export function endOf(year: number, half?: 1 | 2): Month {
  return { year, month: half === 1 ? 6 : 12 };
}

export function startOf(year: number, half?: 1 | 2): Month {
  return { year, month: half === 2 ? 7 : 1 };
}

// What a plan heading may say before the year: 关于 / 明年（2025年）…
// 存在的问题和2027年工作打算: the plan shares its heading with the problems before it.
const PREFIX_ZH = /^(?:关于|關於|对|對|做好|明年|来年|來年|下一?年度?|(?:存在的?|主要)?(?:问题|問題|不足|差距)(?:和不足|与不足|與不足|及不足)?(?:和|及|与|與))?[（(]?\s*$/;
// The plan words are heading-scope's (model/heading-scope.ts), one vocabulary for every rule.
const PLAN_ZH = new RegExp(`^[）)]?([\\p{sc=Han}]{0,8}?)(${PLAN_WORDS_ZH})`, 'u');
const PLAN_WORD_EN = `(?:${PLAN_WORDS_EN})`;
const PREFIX_EN = new RegExp(`^${PLAN_WORD_EN}\\s+(?:(?:for|in|to)\\s+)?(?:the\\s+year\\s+|FY\\s?|Q[1-4]\\s*)?$`, 'i');
const YEAR_ENDING_EN = new RegExp(`^${PLAN_WORD_EN}\\s+for\\s+((?:the\\s+)?(?:financial\\s+|academic\\s+)?year\\s+(?:ending|to)\\s+)$`, 'i');
const YEAR_ENDING_LINE_EN = new RegExp(`^${PLAN_WORD_EN}\\s+for\\s+(?:the\\s+)?(?:financial\\s+|academic\\s+)?year\\s+(?:ending|to)\\s+\\d{1,2}\\s+[A-Za-z]+\\s+(?:19|20)\\d\\d\\s*:?$`, 'i');
const SUFFIX_EN = new RegExp(`^\\s+${PLAN_WORD_EN}\\s*:?\\s*$`, 'i');

export interface PlanHeading {
  /** The date of the period planned for. */
  mention: DateMention;
  /** The year planned for (a school term: the year of the half-year it mostly falls in), and the half. */
  year: number;
  half?: 1 | 2;
  /** "Priorities for Q4 2025": the quarter planned for, and where its Q is. */
  quarter?: 1 | 2 | 3 | 4;
  start?: number;
  /** The period as written, where it is a school term (2023—2024学年第二学期). */
  shown?: string;
  /** Where the period planned for starts, when the date does not say it (the year ending 31 March 2026: April 2025). */
  from?: { year: number; month: number };
  /** Offset just past the plan words. */
  end: number;
  /** Goals, priorities, a roadmap: in a report on that same year they may be reviewed rather than planned. */
  mayReview?: boolean;
}

/** The heading of a plan section and the year it plans: 四、2023年工作思路, ## Plans for 2023, a line of its own 2023年工作打算. */
export function planHeading(paragraph: Paragraph, dates: readonly DateMention[]): PlanHeading | undefined {
  const text = paragraph.text;
  const stop = text.search(/[。；;！？!?]/);
  const head = stop < 0 ? text : text.slice(0, stop);
  // A line of its own, short; one that names its year by the last day may run longer (Plans for the year ending 31 March 2026).
  const standalone = paragraph.segments.length === 1 && (head.trim().length <= 30 || (head.trim().length <= 50 && YEAR_ENDING_LINE_EN.test(head.trim()))) && !/[，,]/.test(head);
  if (!paragraph.atHeading && !standalone) return undefined;
  // Near the start: 四、2023年工作思路; Priorities for the year 2025/26 (the English prefix is checked word by word below).
  const mention = dates.find((d) => d.offset <= (d.language === 'en' ? 32 : 12) && d.offset < head.length && d.start.year !== undefined && (!d.end || d.fiscal || schoolTerm(d)));
  if (!mention) return undefined;
  const term = mention.end ? schoolTerm(mention) : undefined;
  const prefix = head.slice(0, mention.offset).replace(/\*\*|__/g, '').trim();
  const afterAt = term?.end ?? mention.qualifier?.end ?? mention.offset + mention.length;
  const after = head.slice(afterAt);
  // Priorities for 2025/26: the plan runs to the first half of 2026.
  const half = term?.half ?? (mention.fiscal || mention.qualifier?.part === 'H1' ? 1 : mention.qualifier?.part === 'H2' ? 2 : undefined);
  const year = term?.year ?? (mention.fiscal ? mention.end!.year! : mention.start.year!);
  if (mention.language === 'zh') {
    if (!PREFIX_ZH.test(prefix) || mention.qualifier?.since || mention.qualifier?.by) return undefined;
    const m = PLAN_ZH.exec(after);
    if (!m || LOOK_BACK.test(m[1]) || LOOK_BACK.test(after.slice(m[0].length))) return undefined;
    return { mention, year, half, end: afterAt + m[0].length, ...(term ? { shown: term.shown } : {}) };
  }
  // "2023 Goals" or "Roadmap 2023" in the 2023 report may look back at that year's goals; "Plans for 2023" cannot.
  const lookingBack = (words: string) => !isForward(words);
  const shown = mention.fiscal ? { shown: head.slice(mention.offset, afterAt) } : {};
  const q = /\bQ([1-4])\s*$/i.exec(prefix);
  const quarter = q && !mention.fiscal && !half ? { quarter: Number(q[1]) as 1 | 2 | 3 | 4, shown: `Q${q[1]} ${year}`, start: head.toUpperCase().lastIndexOf('Q', mention.offset) } : {};
  if (PREFIX_EN.test(`${prefix} `) && /^\s*:?\s*$/.test(after.replace(/\*\*|__/g, ''))) return { mention, year, half, end: afterAt, mayReview: lookingBack(prefix), ...shown, ...quarter };
  if (prefix === '' && SUFFIX_EN.test(after.replace(/\*\*|__/g, ''))) return { mention, year, half, end: afterAt + after.trimEnd().replace(/:$/, '').length, mayReview: lookingBack(after), ...shown };
  // "PLANS FOR THE YEAR ENDING 31 MARCH 2026": a year named by its last day — the twelve months up to it (from April 2025;
  // one ending by August is read as the first half of its year, as 2025/26 is).
  const ending = YEAR_ENDING_EN.exec(`${prefix} `);
  const { day, month } = mention.start;
  if (ending && day !== undefined && month !== undefined && !mention.end && /^\s*:?\s*$/.test(after.replace(/\*\*|__/g, ''))) {
    const at = head.toLowerCase().lastIndexOf(ending[1].trim().split(/\s+/)[0].toLowerCase(), mention.offset);
    const from = month === 12 ? { year, month: 1 } : { year: year - 1, month: month + 1 };
    return { mention, year, half: month <= 8 ? 1 : month === 12 ? undefined : 2, from, end: afterAt, mayReview: lookingBack(prefix), shown: head.slice(at, afterAt).trim() };
  }
  return undefined;
}

/** The paragraphs under a plan heading (numbered, or a line of its own), where a summary states deadlines. */
export function inPlanScope(paragraphs: Paragraph[]): Set<Paragraph> {
  const scoped = new Set<Paragraph>();
  let standalonePlan = false;
  for (const paragraph of paragraphs) {
    if (paragraph.atHeading && !paragraph.section?.parent) standalonePlan = false;
    const head = paragraph.text.trim();
    if (!paragraph.atHeading && paragraph.segments.length === 1 && head.length <= 30 && !/[。；;，,]/.test(head)) {
      standalonePlan = isPlanSection(head);
      continue;
    }
    let planned = standalonePlan;
    for (let s = paragraph.section; s && !planned; s = s.parent) planned = isPlanSection(s.title);
    if (planned) scoped.add(paragraph);
  }
  return scoped;
}

export const FUTURE_ZH = /确保|確保|力争|力爭|争取|爭取|务必|務必|必须|必須|要在|要于|将在|將在|将于|將於|计划|計劃|预计|預計|拟|擬|力求|限期|按期|按时|按時|[请請][\p{sc=Han}]{0,6}?(?:于|於|在)|须于|须在|須於|須在|应于|应在|應於|應在|需于|需在|需於/u;
export const PAST_ZH = /已|了|曾/;
/** 建议在2025年底前完成…: a recommendation (a survey report's 对策建议) sets a deadline still to come. */
const SUGGESTED_ZH = /建议|建議|督促|要求/;
/**
 * After the date, met is said straight away (2023年底前已完成, 均已, 全部完成了); an 已 further on describes a thing
 * (力争2024年12月底前全部交付已开工保障性住房).
 */
export const PAST_AFTER_ZH = /^\s*(?:均|都|全部|基本|已经|已經)?(?:已|曾)|^[^，,。；;]{0,8}了/;
/** "remains scheduled for completion by", "is on track to complete by": a thing still set for a time (both readers of a promise). */
export const SET_FOR_EN = String.raw`(?:is|are|remains?)\s+(?:still\s+)?(?:(?:scheduled|planned|programmed|timetabled|due)\s+for|on\s+(?:track|course|schedule|target)\s+(?:to|for))`;
const FUTURE_EN = new RegExp(String.raw`\b(?:will|shall|must|should|(?:is|are) to be|plan(?:s|ning)? to|aims? to|expects? to|(?:is|are) (?:expected|due|scheduled) to|${SET_FOR_EN}|intends? to|targets?|goal|need to|by when)\b`, 'i');
// Not a participle after "be": "must be completed by", "will be delivered by" say the future.
const PAST_EN = /\b(?:was|were|had|did)\b|(?<!\bbe\s)\b(?:completed|finished|shipped|delivered|achieved|met)\b/i;
const SENTENCE_END = /[。！？!?；;]|\.\s/;

/**
 * A deadline stated as still to come (确保2023年底前完成, will … by the end of 2023), as a month it ends in. In a
 * plan every deadline not stated as met is still to come (2023年6月底前完成迁移上云).
 */
/** Nothing before a fronted "By …" in its sentence but a paragraph's number or bullet. */
export const FRONTED_BY_LEAD_EN = /^\s*(?:[-*+•]\s+)?(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+)?$/i;

/**
 * A verb that takes the thing it is done to as its object, ending the words before a date (完成, 推进, 清理, 对…):
 * the date after it opens that object (完成2000年以前婚姻登记档案的修复).
 */
const OBJECT_VERB_BEFORE_ZH = /(?:完成|推进|启动|开展|做好|抓好|加快|实施|组织|清理|清查|核对|核查|复核|梳理|整理|修复|改造|处置|化解|推动|落实|排查|摸清|审计|结算|移交|归档|补录|录入|扫描|消化|盘活|清偿|偿还|鉴定|评估|销毁|查阅|迁移|对|针对)$/u;

export function deadlineOf(mention: DateMention, inPlan = false, plannedFrom?: Month): Month | undefined {
  const q = mention.qualifier;
  if (!q?.by || isQuoted(mention)) return undefined;
  const text = mention.paragraph.text;
  // The sentence around the date, looked at no further than a long sentence reaches.
  const floor = Math.max(0, mention.offset - 200);
  let from = mention.offset;
  while (from > floor && !SENTENCE_END.test(text.slice(from - 1, from + 1))) from--;
  const ceiling = Math.min(text.length, q.end + 200);
  let to = q.end;
  while (to < ceiling && !/[。！？!?；;，,]/.test(text[to]) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' '))) to++;
  const lead = text.slice(from, mention.offset);
  const zh = mention.language === 'zh';
  // "By March 2025, all depots will be fitted…": a deadline opening its sentence is followed by its clause's comma.
  if (!zh && text[to] === ',' && q.start !== undefined && FRONTED_BY_LEAD_EN.test(text.slice(from, q.start))) {
    to++;
    while (to < ceiling && !/[;,]/.test(text[to]) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' '))) to++;
  }
  const rest = text.slice(q.end, to);
  // 确保2024年底前开工的项目年内建成: the date describes the projects (…前开工的), it sets no deadline.
  // 2000年底前建成、尚未改造的小区, （即2026年6月30日前注册成立）的企业, 建成于1990年以前的14个小区: the same, with a
  // second verb after 、, a closing bracket, or the verb before the date.
  if (zh && /^\s*(?:\p{sc=Han}{1,4})?[）)]?(?:、[^，,。；;、]{1,14})?的/u.test(rest)) return undefined;
  // 完成2000年以前婚姻登记档案的修复 · 推进1990年前建成老旧小区的改造 · 做好2015年以前出生人口信息的核对: a date right after a
  // verb that takes an object, with the object's words right after it, says which records or things are meant (look68zh
  // 03); a deadline comes before its verb (2025年底前完成, 确保2025年底前完成, 在2025年底前完成).
  if (zh && OBJECT_VERB_BEFORE_ZH.test(lead) && /^\p{sc=Han}/u.test(rest)) return undefined;
  const point = mention.end ?? mention.start;
  if (point.year === undefined) return undefined;
  const month = point.month ?? (q.part === 'H1' ? 6 : q.part === 'Q1' ? 3 : q.part === 'Q2' ? 6 : q.part === 'Q3' ? 9 : 12);
  const deadline = { year: point.year, month };
  // "(as amended by the 2025 Act)", "by the 2024 Regulations": a year naming a statute after by, not a deadline.
  if (!zh && point.month === undefined && /^\s+(?:[A-Z][A-Za-z]*\s+){0,3}(?:Act|Regulations|Order|Rules|Code|Bill|Measure|Directive)\b/.test(text.slice(mention.offset + mention.length, mention.offset + mention.length + 60))) return undefined;
  if (zh) return (!inPlan && !FUTURE_ZH.test(lead) && !SUGGESTED_ZH.test(lead)) || PAST_ZH.test(lead) || PAST_AFTER_ZH.test(rest) ? undefined : deadline;
  // "which would mean a cut of 11.4% by 2024": a conditional, not a deadline set.
  if (PAST_EN.test(lead + rest) || /\b(?:would|could|might)\b/i.test(lead)) return undefined;
  // Under "Priorities for 2025/26", "Cut delays to zero by March 2024." is a target set before its period began; not
  // "the projects started by March 2024", where the date describes them.
  // Only where no verb in the past or a participle comes before it: "We opened the unit by May 2023" is met.
  const target = plannedFrom !== undefined && before(deadline, plannedFrom) && !/\b[A-Za-z]{2,}ed\b/.test(text.slice(from, q.start ?? mention.offset));
  return FUTURE_EN.test(lead + rest) || target ? deadline : undefined;
}

/**
 * 下次报告, 下次进度报告; "Next report", "Next highlight report", "Next progress report due": one or two words may name
 * the kind of report (not "next year's report", "next meeting").
 */
const NEXT_REPORT = /(?:下次|下一次|下期|下一期)(?:进度|進度|工作|进展|進展|季度|月度|专题|專題|监测|監測|评估|評估)?(?:报告|報告|汇报|匯報)|\bnext\s+(?:(?!(?:year|years|year['’]s|time|steps?|meeting|week|month|day|few|two|three)\b)[a-z][a-z-]*\s+){0,2}?(?:report|review|update)\b/gi;

/** The date the next report is due (Next report due: March 2024; 下次报告时间为2025年1月). */
export function nextReportDue(paragraph: Paragraph, dates: readonly DateMention[]): { mention: DateMention; review: boolean } | undefined {
  NEXT_REPORT.lastIndex = 0;
  const m = NEXT_REPORT.exec(paragraph.text);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  const mention = dates.find((d) => d.offset >= after && d.offset - after <= 40 && d.start.year !== undefined && !d.end);
  return mention && { mention, review: /review/i.test(m[0]) };
}
