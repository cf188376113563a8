// What a report says of its own period, read in one place: the report naming itself with a year (本《2023年工作总结》,
// this 2022 annual report, 现将2025年度绩效自评情况报告如下), the period it says it covers (This report covers the period
// from 1 April 2024 to 31 March 2025; 本报告期为2024年1月1日至12月31日; 报告期内（2024年…）; 本年度（2024年）; the
// going-concern formula's "financial statements for the year ended …"; a cover's "Reporting period: …"), and the
// period it says its figures are for (all figures relate to the financial year 2024-25; This report covers 2024; 本报告
// 中所列数据的统计期限自2024年1月1日起至2024年12月31日止). A statement is read once, as one of these: the rules ask
// here (stale-year compares it with the report's own time, report-time reads a cover's period line).
// Not: another document's words (a title 《…》 or a quotation “…”, "The previous report covered …"), a period compared
// with (报告期内，较2023年同期增长; with comparisons to the year ended …), several years at once (2024 and 2025).

import { alternation } from '../patterns';
import type { DateMention, DatePoint } from './dates';
import { coveredEn, coveredZh } from './own-period-covered';

/** A name (the report called by a year), the period it covers, or the period its figures are for. */
export type OwnPeriodKind = 'name' | 'period' | 'data';

export interface OwnPeriodStatement {
  kind: OwnPeriodKind;
  /** The date that names the period (the first of two where it is given as 自…起至…止). */
  mention: DateMention;
  /** The last year (and month, where stated) of the period as the statement gives it; a financial year's ends in March. */
  last: { year: number; month?: number };
  /**
   * A name in the opening formula (现将2025年度绩效自评情况报告如下): the subject the report is on, which may be a later
   * year's (现将2027年度项目资金预算建议报告如下 in a 2026 report).
   */
  opening?: true;
  /** The statement as shown, and its place in the paragraph. */
  text: string;
  start: number;
  end: number;
}

/**
 * Inside a title 《…》 or a quotation “…”: another document's words. A mark that never closes in its paragraph (a slip
 * of the draft's, which unpaired-mark reports) quotes no further than its own clause, not the rest of the paragraph.
 */
export function isQuoted(mention: DateMention): boolean {
  const text = mention.paragraph.text;
  const before = text.slice(Math.max(0, mention.offset - 300), mention.offset);
  const open = (o: string, c: string) => {
    if (before.split(o).length - before.split(c).length <= 0) return false;
    if (text.indexOf(c, mention.offset) >= 0) return true;
    return !/[，,；;。！？!?]/.test(before.slice(before.lastIndexOf(o) + 1));
  };
  return open('《', '》') || open('“', '”') || open('「', '」');
}

/**
 * The sentence gives another document's words, not quoted: 《2023年年度报告》指出，本报告中所列数据…; "Last year's report
 * stated that all figures relate to 2023-24".
 */
const OTHERS_WORDS = /》(?:中|指出|称|稱|提出|提到|写道|寫道|表示|载明|載明|明确|明確)|\b(?:said|stated|noted|wrote|explained|reported)\s*(?:that\b|[:,]?\s*["“'‘])|\b(?:last\s+year['’]s|previous|prior|earlier|last)\s+(?:annual\s+)?(?:report|review)\b/i;

function othersWords(mention: DateMention): boolean {
  return OTHERS_WORDS.test(sentenceBefore(mention, 200));
}

/** The words of the date's sentence before it, as far back as `reach` characters. */
function sentenceBefore(mention: DateMention, reach: number): string {
  const text = mention.paragraph.text;
  let from = mention.offset;
  while (from > 0 && mention.offset - from < reach && !/[。！？；]|[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  return text.slice(from, mention.offset);
}

/**
 * What the report says of its own period at `mention`, if anything: `dates` are its paragraph's (the end of a period
 * given as two dates), `title` the report's title (the opening formula names the report by the title's words).
 */
export function ownPeriodStatement(mention: DateMention, dates: readonly DateMention[], title: string): OwnPeriodStatement | undefined {
  // "for the period 1 July to 30 September 2025": a first date without its year, which the second gives.
  if (mention.start.year === undefined) return mention.language === 'en' && spanEnd(mention, dates) ? yearlessSpan(mention, dates) : undefined;
  const named = selfName(mention);
  if (named) return { kind: 'name', mention, last: { year: mention.start.year }, ...named };
  const welcome = selfWelcome(mention);
  if (welcome) {
    const last = mention.fiscal && mention.end?.year !== undefined ? { year: mention.end.year, month: 3 } : mention.end?.year !== undefined ? { year: mention.end.year } : { year: mention.start.year };
    return { kind: 'name', mention, last, ...welcome };
  }
  const opening = openingSelfName(mention, title);
  if (opening) return { kind: 'name', mention, last: { year: mention.start.year }, ...opening, opening: true };
  if (isQuoted(mention) || othersWords(mention)) return undefined;
  const reading = mention.language === 'en' ? ownPeriodEn(mention, dates) : ownPeriodZh(mention, dates);
  if (!reading) return undefined;
  const point = reading.endPoint ?? mention.end ?? mention.start;
  if (point.year === undefined) return undefined;
  // 2024-25 ends in the spring of 2025 (April to March, or July to June).
  const last = mention.fiscal && !reading.endPoint ? { year: point.year, month: 3 } : { year: point.year, month: point.month };
  return { kind: reading.kind, mention, last, text: reading.text, start: reading.start, end: reading.end };
}

/** The period statement at a first date without a year (1 July to 30 September 2025): read only as a span. */
function yearlessSpan(mention: DateMention, dates: readonly DateMention[]): OwnPeriodStatement | undefined {
  if (isQuoted(mention) || othersWords(mention)) return undefined;
  const reading = ownPeriodEn(mention, dates);
  const point = reading?.endPoint;
  if (!reading || reading.kind !== 'period' || point?.year === undefined) return undefined;
  return { kind: 'period', mention, last: { year: point.year, month: point.month }, text: reading.text, start: reading.start, end: reading.end };
}

const SELF_BEFORE_ZH = /本(?:次|份|篇)?[《“]?\s*$/;
const SELF_AFTER_ZH = /^[^》”。，；,;]{0,16}?(?:总结|總結|小结|小結|计划|計劃|报告|報告|要点|要點|述职|述職|方案)/;
const SELF_BEFORE_EN = /\bthis\s+$/i;
/**
 * "Welcome to our sustainability report for 2024", "This is our annual review for 2024/25": the report presenting itself
 * by its year (not "In our report for 2024–25 we promised…", an earlier report's).
 */
const SELF_WELCOME_EN = /(?:^|[.!?]\s+)((?:welcome\s+to|this\s+is|here\s+is|we\s+are\s+pleased\s+to\s+present)\s+(?:our|the|this)\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:report|review)\s+(?:for|on)\s+(?:the\s+(?:(?:financial|calendar|academic)\s+)?year\s+)?)$/i;
const SELF_AFTER_EN = /^\s+(?:annual\s+|mid-?year\s+|year-end\s+)?(?:report|review|plan|summary)\b/i;

/** "Welcome to our sustainability report for 2024", "This is our annual review for 2024/25": the year ends the words. */
function selfWelcome(mention: DateMention): { text: string; start: number; end: number } | undefined {
  if (mention.language !== 'en') return undefined;
  // One year or one financial year, not "2023 to 2025".
  if (mention.end && !(mention.end.year === mention.start.year! + 1)) return undefined;
  const text = mention.paragraph.text;
  const m = SELF_WELCOME_EN.exec(text.slice(Math.max(0, mention.offset - 120), mention.offset));
  const end = mention.offset + mention.length;
  if (!m || /^\s*(?:and|to|or|through|until|[-–—]\s*\d)\b/i.test(text.slice(end, end + 12))) return undefined;
  return { text: text.slice(mention.offset - m[1].length, end), start: mention.offset - m[1].length, end };
}

/** The report named with a year: 本《2023年工作总结》, 本2023年度报告, this 2023 annual report. */
function selfName(mention: DateMention): { text: string; start: number; end: number } | undefined {
  if (mention.end) return undefined;
  const text = mention.paragraph.text;
  const lead = text.slice(Math.max(0, mention.offset - 8), mention.offset);
  const after = text.slice(mention.offset + mention.length, mention.offset + mention.length + 24);
  const zh = mention.language === 'zh';
  const beforeMatch = (zh ? SELF_BEFORE_ZH : SELF_BEFORE_EN).exec(lead);
  const afterMatch = (zh ? SELF_AFTER_ZH : SELF_AFTER_EN).exec(after);
  if (!beforeMatch || !afterMatch) return undefined;
  const start = mention.offset - beforeMatch[0].length;
  let end = mention.offset + mention.length + afterMatch[0].length;
  if (/[《“]/.test(beforeMatch[0]) && /[》”]/.test(text[end] ?? '')) end++;
  return { text: text.slice(start, end), start, end };
}

/** 现将 (and the body, 我局) straight before the year: the opening formula that says what this report is. */
const OPENING_BEFORE_ZH = /现将|現將/;
/** 现将, perhaps with the body that reports (我局, 公司, 学校, 我院). */
const OPENING_BODY_ZH = /^(?:现将|現將)(?:本人|我个人|我個人|我局|本局|我单位|本单位|我校|本校|学校|學校|全校|我院|本院|医院|醫院|我县|我区|我市|我镇|公司|本公司|我公司|集团|集團|本集团|我中心|本中心|我委|我办|街道|我街道)?$/;
const OPENING_AFTER_ZH = /^([^。；;，,]{2,30}?)(?:报告|報告|汇报|匯報|总结|總結|小结|小結)?如下/;
/** 现将我局2025年度工作情况报告如下 under …2026年度工作总结: the work of the year is what a work report is about. */
const GENERIC_WORK = /^(?:主要|全年|全面)?工作(?:开展|開展|完成|推进|推進)?(?:情况|情況)?$/;
/**
 * 现将2025年度履职情况报告如下 under the 2026年度个人述职报告: the duties of the year are what a 述职 is about; also
 * 履行岗位职责和廉洁自律情况, 履行党风廉政建设责任制情况, 德能勤绩廉情况 under a 述职述廉报告 — one or more of them,
 * joined by 和, 及 or 、.
 */
const DUTY_PART = '(?:履职|履職|述职|述職|述责述廉|述責述廉|述职述廉|述職述廉|述廉|工作|履行(?:岗位|崗位|工作|领导|領導|管理)?(?:职责|職責)|履行(?:党风廉政建设|黨風廉政建設|全面从严治党|全面從嚴治黨)?(?:主体责任|主體責任|责任制|責任制|一岗双责|一崗雙責)|廉洁自律|廉潔自律|廉洁从政|廉潔從政|廉洁从业|廉潔從業|德能勤绩廉|德能勤績廉|思想工作|思想|学习|學習|作风|作風|廉政)';
// The person may come after the year (现将2025年度本人履行岗位职责、廉洁自律等方面情况报告如下), and the list close
// with 等方面 or 等.
const GENERIC_DUTY = new RegExp(`^度?(?:本人|个人|個人|我个人|我個人)?${DUTY_PART}(?:[和及、]${DUTY_PART})*(?:履职|履職)?(?:等方面|等)?(?:的)?(?:情况|情況)?$`);

/**
 * 现将2025年度绩效自评情况报告如下 in the 2026 self-assessment: the opening formula names this report's subject with a
 * year. The words after the year must share four characters with the title (绩效自评), so that 现将2025年度与2026年度
 * 预算执行情况对比说明如下 (another subject, two years) is not read as the report's name.
 */
function openingSelfName(mention: DateMention, title: string): { text: string; start: number; end: number } | undefined {
  if (mention.language !== 'zh') return undefined;
  const text = mention.paragraph.text;
  // 现将2024—2025学年本科教学质量情况报告如下 under a 2025—2026学年 title: a school year is the one range that names
  // a report's period.
  if (mention.end && !(mention.end.year === mention.start.year! + 1 && /^(?:学年|學年)/.test(text.slice(mention.offset + mention.length, mention.offset + mention.length + 2)))) return undefined;
  const lead = text.slice(Math.max(0, mention.offset - 8), mention.offset);
  const at = lead.search(OPENING_BEFORE_ZH);
  if (at < 0 || !OPENING_BODY_ZH.test(lead.slice(at))) return undefined;
  const after = OPENING_AFTER_ZH.exec(text.slice(mention.offset + mention.length, mention.offset + mention.length + 40));
  // 现将2024—2025学年与本学年…对比情况说明如下: two periods compared, not the name of this report.
  if (!after || /\d{4}|与|與|对比|對比|比较|比較/.test(after[1]) || !(sharesWords(after[1], title) || (GENERIC_WORK.test(after[1].replace(/^度/, '')) && /工作/.test(title)) || (GENERIC_DUTY.test(after[1]) && /述职|述職|述责|述責/.test(title)))) return undefined;
  const start = mention.offset - (lead.length - at);
  return { text: text.slice(start, mention.offset + mention.length + after[0].length), start, end: mention.offset + mention.length + after[0].length };
}

/** Four Han characters in a row that the title has too. */
function sharesWords(words: string, title: string): boolean {
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4);
    if (/^\p{sc=Han}{4}$/u.test(run) && title.includes(run)) return true;
  }
  return false;
}

/** A statement of the period read at a date: what it is, as shown, and the period's end where it is a second date. */
interface Reading {
  kind: 'period' | 'data';
  text: string;
  start: number;
  end: number;
  /** 自2024年1月1日起至2024年12月31日止: the end of the period, the date after the first. */
  endPoint?: DatePoint;
}

/**
 * The financial statements this report goes with, named by the year they end: "from the date of approval of the
 * financial statements for the year ended 31 March 2025" (the going-concern formula), "These financial statements
 * cover the year ended …", "The meeting will be asked to approve the financial statements for the year ended …" (the
 * AGM that receives this report). Not the statements of an earlier year named as such ("Members were asked to approve…",
 * "The trustees approved the financial
 * statements for the year ended 31 March 2025 on 14 July 2025", "the financial statements for the year ended … showed").
 */
const OWN_STATEMENTS_EN = /\b((?:(?:date\s+of\s+)?approval\s+of\s+(?:the|these)|these|(?:will\s+be|is|are|be)\s+(?:asked|invited)\s+to\s+(?:receive\s+and\s+)?(?:approve|adopt)\s+the)\s+(?:financial\s+statements|(?:annual\s+)?accounts)\s+(?:(?:are|have\s+been)\s+prepared\s+)?(?:for|cover(?:s|ing)?)\s+the\s+(?:(?:financial|fiscal)\s+)?(?:year|period)\s+(?:ended|ending|to)\s+)$/i;
/** "This report covers the period from 1 April 2024 to 31 March 2025": the report's own period, as its template says. */
// Also a year named by its kind and given by its dates: "This report covers the program year from October 1, 2025, to
// September 30, 2026", "the academic year from 1 August 2025", "the season from August 1, 2025, through May 31, 2026".
const OWN_PERIOD_EN = /(?:^|[,:]\s*)\s*(this\s+(?:annual\s+|quarterly\s+|interim\s+|monitoring\s+)?(?:report|review|statement)\s+(?:covers|relates\s+to|is\s+for)\s+the\s+(?:(?:financial|fiscal|reporting|program|programme|academic|school|grant|funding|project)\s+)?(?:year|period|season|twelve\s+months|12\s+months)\s+(?:ended\s+|ending\s+|to\s+|from\s+)?)$/i;
/**
 * "This report covers 1 April 2024 to 31 March 2025", "This report sets out the Trust's performance for the period 1 July
 * to 30 September 2025": the report's own period given as two dates, with no "the period" before them, or after "for the
 * period" in a sentence whose subject is the report. Read only where a second date ends the span.
 */
const OWN_SPAN_EN = /(?:^|[,:]\s*)\s*(this\s+(?:annual\s+|quarterly\s+|interim\s+|monitoring\s+)?(?:report|review|paper)\s+(?:(?:covers|relates\s+to|is\s+for)\s+(?:from\s+)?|(?:sets\s+out|presents|summari[sz]es|reports\s+on|describes)\s+[^.;:!?]{0,60}?\bfor\s+(?:the\s+(?:(?:reporting|financial)\s+)?period\s+(?:from\s+)?|(?:Quarter|Q)\s*[1-4]\s*\(\s*(?:[A-Z][a-z]{2,8}\s+(?:to|–|-|—)\s+)?)))$/i;
/** "Reporting period: 1 October 2025 to 30 September 2026", "Period covered: …": a cover's line giving the report's period. */
export const PERIOD_LABEL = /^(?:[-*]\s+)?(?:\*\*|__)?(?:Reporting period|Report(?:ing)? covers|Period covered|Period of report)\b/i;
const PERIOD_LABEL_LEAD = new RegExp(`${PERIOD_LABEL.source}(?:\\*\\*|__)?\\s*[:：]?\\s*(?:\\*\\*|__)?\\s*(?:from\\s+)?$`, 'i');
/** "all figures relate to the financial year", "Figures in this report are for": the report's own data, its period next. */
const DATA_FOR_EN = /\b(?:figures|data|statistics|results|outcomes)\b[^.;:!?]{0,40}?\b(?:relate|relates|refer|refers|are\s+for|is\s+for|cover|covers|apply)\s+(?:to\s+)?(?:the\s+)?(?:(?:financial|calendar|academic|school|reporting|monitoring)\s+)?(?:(?:year|period)\s+(?:(?:ended|ending|to)\s+)?)?$/i;
/** "This report therefore concludes the monitoring for Year 2 (2024)", "This report covers 2024". */
const THIS_REPORT_FOR_EN = /(?:^|[,:]\s*)\s*[Tt]his\s+(?:annual\s+)?report\s+(?:therefore\s+|also\s+)?(?:covers|concludes|presents|summari[sz]es|reports\s+on|relates\s+to)\s+(?:[A-Za-z]+\s+){0,4}?(?:(?:for|of|in)\s+)?(?:(?:Year|Monitoring\s+Year)\s+\d{1,2}\s+\(\s*)?(?:the\s+)?(?:(?:financial|calendar|academic|school)\s+year\s+)?$/;
/** "Comparative figures are for the year ended …", prior-year figures: the period compared with, not the report's own. */
const YEAR_END_AFTER_EN = /^\s*(?:,\s*(?:being\s+)?|\(\s*)(?:the|our)\s+(?:(?:financial|fiscal|accounting|reporting)\s+)?(?:year[- ]end\b|end\s+of\s+(?:the|our|this)\s+(?:(?:financial|fiscal|accounting|reporting)\s+)?(?:year|period)\b)/i;
const YEAR_END_BEFORE_EN = /\bat\s+the\s+end\s+of\s+(?:the|this|our)\s+(?:(?:financial|fiscal|accounting|reporting)\s+)?(?:year|period)\s*(?:\(\s*|,\s*)$/i;
const COMPARED_EN = /\b(?:comparative|comparatives|comparison|compared|prior[- ]year|previous[- ]year|last[- ]year['’]?s?|restated)\b/i;
/** 2024 and 2025, 2023 to 2025: several years, not one period. */
const MORE_YEARS_EN = /^\s*(?:(?:and|to|through|until|or)\s+(?:the\s+)?(?:\d|financial|calendar|academic|school|year)|[-–—]\s*\d)/i;

/** The English statements: the statements' or the report's own period, and the period of its figures. */
function ownPeriodEn(mention: DateMention, dates: readonly DateMention[]): Reading | undefined {
  const text = mention.paragraph.text;
  const after = mention.offset + mention.length;
  // The sentence before the date, as far as a long one reaches.
  const sentence = sentenceBefore(mention, 160);
  const own = OWN_STATEMENTS_EN.exec(sentence) ?? OWN_PERIOD_EN.exec(sentence) ?? (PERIOD_LABEL_LEAD.test(text.slice(0, mention.offset)) ? ['', text.slice(0, mention.offset).trimStart()] : null) ??
    ((mention.end || spanEnd(mention, dates) || /\b[A-Z][a-z]{2,8}\s+(?:to|–|-|—)\s+$/.test(sentence)) ? OWN_SPAN_EN.exec(sentence) : null);
  // "as at 31 March 2025, the end of the financial year", "at the end of the financial year (31 March 2025)": the end of
  // the report's own year (not "the end of the previous financial year", nor a sentence that compares).
  const yearEnd = YEAR_END_AFTER_EN.exec(text.slice(after, after + 60));
  if ((yearEnd || YEAR_END_BEFORE_EN.test(sentence)) && !COMPARED_EN.test(sentence) && !mention.end && mention.start.day !== undefined) {
    const end = yearEnd ? after + yearEnd[0].replace(/[,;.\s]+$/, '').length : after;
    return { kind: 'period', text: text.slice(mention.offset, end), start: mention.offset, end };
  }
  if (own) {
    const words = own[1].replace(/^(?:(?:date\s+of\s+)?approval\s+of\s+|(?:will\s+be|is|are|be)\s+(?:asked|invited)\s+to\s+(?:receive\s+and\s+)?(?:approve|adopt)\s+)/i, '');
    const start = mention.offset - words.length;
    const last = spanEnd(mention, dates);
    const end = last ? last.offset + last.length : after;
    return { kind: 'period', text: text.slice(start, end), start, end, ...(last ? { endPoint: last.end ?? last.start } : {}) };
  }
  if ((!DATA_FOR_EN.test(sentence) && !THIS_REPORT_FOR_EN.test(sentence)) || COMPARED_EN.test(sentence)) return glossedOwnYear(mention) ?? coveredEn(mention);
  // "Figures in this report are for 1 April 2025 to 31 March 2026": a period given as two dates ends at the second.
  const last = spanEnd(mention, dates);
  if (last) return { kind: 'data', text: text.slice(mention.offset, last.offset + last.length), start: mention.offset, end: last.offset + last.length, endPoint: last.end ?? last.start };
  if (mention.qualifier?.since || MORE_YEARS_EN.test(text.slice(after, after + 24))) return undefined;
  return { kind: 'data', text: text.slice(mention.offset, after), start: mention.offset, end: after };
}

/**
 * The words for the report's own year in a report on a whole year: 今年, 本年度, 全年 in the 2024 summary are 2024 (its
 * figures so qualified are its own year's), "this year" in an annual report.
 */
export const OWN_YEAR_WORDS = { zh: ['全年', '今年', '本年度', '本年', '年内', '年內'], en: ['this year'] } as const;

/**
 * 本报告期为2024年1月1日至12月31日, 报告期：2024年…, 报告期内（2024年…）, 本年度（2024年）, 今年（2024年）: the period
 * the report covers, named with the words for its own period. After 本年度, 今年 and 报告期内 only in brackets or after
 * 为/是: 本年度与2023年度相比 and 报告期内，较2023年同期 compare with another period.
 */
const OWN_PERIOD_ZH = new RegExp(
  `(?:(?:本报告|本報告)(?:的)?(?:报告期|報告期|统计期|統計期|时段|時段)|本(?:报告|報告)期|(?<![上下前同去往历歷一个個])(?:报告期|報告期)(?:内|內|间|間)?|(?<![上下前去同当當])(?:${alternation(OWN_YEAR_WORDS.zh)}))\\s*(?:(?:为|為|是|：|:)\\s*(?:自|从|從)?|[（(])\\s*$`,
);
/**
 * 本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止 (the information-disclosure report's formula), 本报告数据
 * 截至2024年12月31日, 本年报所用数据为2024年度数据: the period the report's figures are for.
 */
const DATA_FOR_ZH = /(?:本|這|这)(?:年度)?(?:报告|報告|年报|年報)(?:中|内|內)?(?:所列|所涉|所用|使用的?|涉及的?|引用的?)?(?:的)?(?:各项)?(?:统计)?(?:数据|數據|数字|數字)(?:的)?(?:统计|統計)?(?:期限|时限|時限|期间|期間|区间|區間|时段|時段|时间|時間|范围|範圍|口径|口徑)?\s*(?:为|為|是|：|:)?\s*(?:自|从|從|截至|截止|截止到)?\s*$/;
/** 本公报中, 本报告所列: the report's own figures, with the year after. */
const PRELIMINARY_LEAD_ZH = /(?:本|该|該)(?:公报|公報|报告|報告|年报|年報)(?:中|内|內|所列|所用)?(?:的)?\s*$/;
/** 数据为初步统计数 · 各项数据均为初步核算数 · 数据为快报数: figures still preliminary. */
const PRELIMINARY_AFTER_ZH = /^(?:年度)?(?:的)?(?:各项|主要|相关|相關)?(?:统计|統計)?(?:数据|數據)(?:均)?(?:为|為|是)(?:初步|快报|快報)/;
/** What may follow the period in a statement: the end of its clause, a closing bracket, 起 (自…起至…止), 度, 全年. */
const PERIOD_ENDS_ZH = /^(?:年度|度)?(?:全年)?(?:数据|數據)?\s*(?:[）)，,。；;、]|$|起|止|以前|前)/;

function ownPeriodZh(mention: DateMention, dates: readonly DateMention[]): Reading | undefined {
  const text = mention.paragraph.text;
  const lead = text.slice(Math.max(0, mention.offset - 40), mention.offset).split(/[。；;！？]/).pop()!;
  // 注：本公报中2025年数据为初步统计数 in the 2026 bulletin: only the year it reports has preliminary figures.
  const after = mention.offset + mention.length;
  if (!mention.end && mention.start.month === undefined && !mention.qualifier && PRELIMINARY_LEAD_ZH.test(lead) && PRELIMINARY_AFTER_ZH.test(text.slice(after, after + 20))) {
    return { kind: 'data', text: text.slice(mention.offset, after), start: mention.offset, end: after };
  }
  const kind = DATA_FOR_ZH.test(lead) ? 'data' : OWN_PERIOD_ZH.test(lead) ? 'period' : undefined;
  if (!kind || mention.qualifier?.since) return glossedOwnYear(mention) ?? coveredZh(mention);
  const last = spanEnd(mention, dates);
  const end = last ? last.offset + last.length : mention.offset + mention.length;
  if (!PERIOD_ENDS_ZH.test(text.slice(end, end + 8))) return undefined;
  return { kind, text: text.slice(mention.offset, end), start: mention.offset, end, ...(last ? { endPoint: last.end ?? last.start } : {}) };
}

/**
 * A year glossed as the one written in: 2024年（今年）, 2024年（本年度）, "In 2024/25 (this year)", "This year (2024/25)" —
 * the report's own year named by its words, as 今年（2024年） is.
 */
const GLOSS_AFTER = /^\s*[（(]\s*(?:今年|本年度|本年|this\s+(?:financial\s+|academic\s+|school\s+)?year)\s*[）)]/i;
const GLOSS_BEFORE_EN = /\bthis\s+(?:financial\s+|academic\s+|school\s+)?year\s*\(\s*$/i;

function glossedOwnYear(mention: DateMention): Reading | undefined {
  if (mention.end && !mention.fiscal) return undefined;
  const text = mention.paragraph.text;
  const after = mention.offset + mention.length;
  const gloss = GLOSS_AFTER.exec(text.slice(after, after + 24));
  if (gloss) return { kind: 'period', text: text.slice(mention.offset, after + gloss[0].length), start: mention.offset, end: after + gloss[0].length };
  if (mention.language !== 'en') return undefined;
  const before = GLOSS_BEFORE_EN.exec(text.slice(Math.max(0, mention.offset - 32), mention.offset));
  if (!before || !/^\s*\)/.test(text.slice(after, after + 3))) return undefined;
  const start = mention.offset - before[0].length;
  const end = after + text.slice(after).indexOf(')') + 1;
  return { kind: 'period', text: text.slice(start, end), start, end };
}

/** Between the two dates of a period given as two: 自2024年1月1日起至2024年12月31日止, 1 October 2025 to 30 September 2026. */
// "October 1, 2025, to September 30, 2026", "August 1, 2025, through May 31, 2026": a comma may close the first date.
const SPAN = /^\s*,?\s*起?\s*(?:至|到|—|－|-|–|～|~|to|until|through|thru)\s*$/;

/** The date that ends the period `mention` starts, where the period is given as two dates. */
function spanEnd(mention: DateMention, dates: readonly DateMention[]): DateMention | undefined {
  if (mention.end) return undefined;
  const after = mention.offset + mention.length;
  const text = mention.paragraph.text;
  return dates.find((d) => d.offset >= after && d.offset - after <= 10 && d.start.year !== undefined && SPAN.test(text.slice(after, d.offset)));
}
