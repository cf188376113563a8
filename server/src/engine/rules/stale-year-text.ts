// The wording stale-year reads: plan headings (四、2025年工作思路, Plans for 2024), deadlines (确保2024年底前完成,
// will … by the end of 2024), the report naming itself (本《2024年工作总结》, this 2024 annual report) and the next
// report's date. Helpers of the stale-year rule only.

import type { DateMention } from '../model/dates';
import type { Paragraph } from '../model/paragraphs';
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

const PLAN_WORD_ZH = '思路|打算|计划|計劃|安排|要点|要點|设想|設想|展望|谋划|謀劃|目标任务|目標任務|重点任务|重點任務';
// What a plan heading may say before the year: 关于 / 明年（2025年）…
// 存在的问题和2027年工作打算: the plan shares its heading with the problems before it.
const PREFIX_ZH = /^(?:关于|關於|对|對|做好|明年|来年|來年|下一?年度?|(?:存在的?|主要)?(?:问题|問題|不足|差距)(?:和不足|与不足|與不足|及不足)?(?:和|及|与|與))?[（(]?\s*$/;
const PLAN_ZH = new RegExp(`^[）)]?([\\p{sc=Han}]{0,8}?)(${PLAN_WORD_ZH})`, 'u');
// Words that make the heading a look back at a plan (2024年工作计划完成情况, 回顾2024年工作思路).
const LOOK_BACK = /回顾|回顧|总结|總結|完成|落实|落實|执行|執行|情况|情況|成效|取得|进展|進展/;
const PLAN_WORD_EN = '(?:plans?|goals|priorities|objectives|roadmap|outlook|focus areas?|next steps|looking ahead|what\'s next|work programme|work program|forward plan|programme of work)';
const PREFIX_EN = new RegExp(`^${PLAN_WORD_EN}\\s+(?:(?:for|in|to)\\s+)?(?:the\\s+year\\s+|FY\\s?)?$`, 'i');
const SUFFIX_EN = new RegExp(`^\\s+${PLAN_WORD_EN}\\s*:?\\s*$`, 'i');
const FORWARD_EN = /\b(?:plans?|outlook|next steps|looking ahead|what's next)\b/i;

export interface PlanHeading {
  /** The date of the period planned for. */
  mention: DateMention;
  /** The year planned for (a school term: the year of the half-year it mostly falls in), and the half. */
  year: number;
  half?: 1 | 2;
  /** The period as written, where it is a school term (2023—2024学年第二学期). */
  shown?: string;
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
  const standalone = paragraph.segments.length === 1 && head.trim().length <= 30 && !/[，,]/.test(head);
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
  const lookingBack = (words: string) => !FORWARD_EN.test(words);
  const shown = mention.fiscal ? { shown: head.slice(mention.offset, afterAt) } : {};
  if (PREFIX_EN.test(`${prefix} `) && /^\s*:?\s*$/.test(after.replace(/\*\*|__/g, ''))) return { mention, year, half, end: afterAt, mayReview: lookingBack(prefix), ...shown };
  if (prefix === '' && SUFFIX_EN.test(after.replace(/\*\*|__/g, ''))) return { mention, year, half, end: afterAt + after.trimEnd().replace(/:$/, '').length, mayReview: lookingBack(after), ...shown };
  return undefined;
}

// A section that plans (下一步工作打算, 2025年工作思路, Plans for 2024, Next steps) — and does not look back.
// A survey report's 对策建议 says what is to be done, as a plan does.
// So does a report's Recommendations section.
const PLAN_SECTION = new RegExp(`${PLAN_WORD_ZH}|下一步|明年|来年|來年|今后|今後|对策|對策|建议|建議|\\b${PLAN_WORD_EN}\\b|\\brecommendations\\b`, 'i');

/** The paragraphs under a plan heading (numbered, or a line of its own), where a summary states deadlines. */
export function inPlanScope(paragraphs: Paragraph[]): Set<Paragraph> {
  const scoped = new Set<Paragraph>();
  let standalonePlan = false;
  for (const paragraph of paragraphs) {
    const isPlan = (title: string) => PLAN_SECTION.test(title) && !LOOK_BACK.test(title);
    if (paragraph.atHeading && !paragraph.section?.parent) standalonePlan = false;
    const head = paragraph.text.trim();
    if (!paragraph.atHeading && paragraph.segments.length === 1 && head.length <= 30 && !/[。；;，,]/.test(head)) {
      standalonePlan = isPlan(head);
      continue;
    }
    let planned = standalonePlan;
    for (let s = paragraph.section; s && !planned; s = s.parent) planned = isPlan(s.title);
    if (planned) scoped.add(paragraph);
  }
  return scoped;
}

export const FUTURE_ZH = /确保|確保|力争|力爭|争取|爭取|务必|務必|必须|必須|要在|要于|将在|將在|将于|將於|计划|計劃|预计|預計|拟|擬|力求|限期|按期|按时|按時/;
export const PAST_ZH = /已|了|曾/;
/**
 * After the date, met is said straight away (2023年底前已完成, 均已, 全部完成了); an 已 further on describes a thing
 * (力争2024年12月底前全部交付已开工保障性住房).
 */
const PAST_AFTER_ZH = /^\s*(?:均|都|全部|基本|已经|已經)?(?:已|曾)|^[^，,。；;]{0,8}了/;
const FUTURE_EN = /\b(?:will|shall|must|should|(?:is|are) to be|plan(?:s|ning)? to|aims? to|expects? to|(?:is|are) (?:expected|due|scheduled) to|intends? to|targets?|goal|need to|by when)\b/i;
// Not a participle after "be": "must be completed by", "will be delivered by" say the future.
const PAST_EN = /\b(?:was|were|had|did)\b|(?<!\bbe\s)\b(?:completed|finished|shipped|delivered|achieved|met)\b/i;
const SENTENCE_END = /[。！？!?；;]|\.\s/;

/**
 * A deadline stated as still to come (确保2023年底前完成, will … by the end of 2023), as a month it ends in. In a
 * plan every deadline not stated as met is still to come (2023年6月底前完成迁移上云).
 */
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
  const rest = text.slice(q.end, to);
  const zh = mention.language === 'zh';
  // 确保2024年底前开工的项目年内建成: the date describes the projects (…前开工的), it sets no deadline.
  if (zh && /^\s*\p{sc=Han}{1,4}的/u.test(rest)) return undefined;
  const point = mention.end ?? mention.start;
  if (point.year === undefined) return undefined;
  const month = point.month ?? (q.part === 'H1' ? 6 : q.part === 'Q1' ? 3 : q.part === 'Q2' ? 6 : q.part === 'Q3' ? 9 : 12);
  const deadline = { year: point.year, month };
  if (zh) return (!inPlan && !FUTURE_ZH.test(lead)) || PAST_ZH.test(lead) || PAST_AFTER_ZH.test(rest) ? undefined : deadline;
  if (PAST_EN.test(lead + rest)) return undefined;
  // Under "Priorities for 2025/26", "Cut delays to zero by March 2024." is a target set before its period began; not
  // "the projects started by March 2024", where the date describes them.
  // Only where no verb in the past or a participle comes before it: "We opened the unit by May 2023" is met.
  const target = plannedFrom !== undefined && before(deadline, plannedFrom) && !/\b[A-Za-z]{2,}ed\b/.test(text.slice(from, q.start ?? mention.offset));
  return FUTURE_EN.test(lead + rest) || target ? deadline : undefined;
}

/** Inside a title 《…》 or a quotation “…”: another document's words. */
export function isQuoted(mention: DateMention): boolean {
  const before = mention.paragraph.text.slice(Math.max(0, mention.offset - 300), mention.offset);
  const open = (o: string, c: string) => before.split(o).length - before.split(c).length > 0;
  return open('《', '》') || open('“', '”') || open('「', '」');
}

const SELF_BEFORE_ZH = /本(?:次|份|篇)?[《“]?\s*$/;
const SELF_AFTER_ZH = /^[^》”。，；,;]{0,16}?(?:总结|總結|计划|計劃|报告|報告|要点|要點|述职|述職|方案)/;
const SELF_BEFORE_EN = /\bthis\s+$/i;
const SELF_AFTER_EN = /^\s+(?:annual\s+|mid-?year\s+|year-end\s+)?(?:report|review|plan|summary)\b/i;

/** The report named with a year: 本《2023年工作总结》, 本2023年度报告, this 2023 annual report. */
export function selfName(mention: DateMention): { text: string; start: number; end: number } | undefined {
  if (mention.end || mention.start.year === undefined) return undefined;
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

/**
 * The financial statements this report goes with, named by the year they end: "from the date of approval of the
 * financial statements for the year ended 31 March 2025" (the going-concern formula), "These financial statements
 * cover the year ended …", "The meeting will be asked to approve the financial statements for the year ended …" (the
 * AGM that receives this report). Not the statements of an earlier year named as such ("Members were asked to approve…") ("The trustees approved the financial
 * statements for the year ended 31 March 2025 on 14 July 2025", "the financial statements for the year ended … showed").
 */
const OWN_STATEMENTS_EN = /\b((?:(?:date\s+of\s+)?approval\s+of\s+(?:the|these)|these|(?:will\s+be|is|are|be)\s+(?:asked|invited)\s+to\s+(?:receive\s+and\s+)?(?:approve|adopt)\s+the)\s+(?:financial\s+statements|(?:annual\s+)?accounts)\s+(?:(?:are|have\s+been)\s+prepared\s+)?(?:for|cover(?:s|ing)?)\s+the\s+(?:(?:financial|fiscal)\s+)?(?:year|period)\s+(?:ended|ending|to)\s+)$/i;

/** "This report covers the period from 1 April 2024 to 31 March 2025": the report's own period, as its template says. */
const OWN_PERIOD_EN = /\b(this\s+(?:annual\s+|quarterly\s+|interim\s+|monitoring\s+)?(?:report|review|statement)\s+(?:covers|relates\s+to|is\s+for)\s+the\s+(?:(?:financial|fiscal|reporting)\s+)?(?:year|period|twelve\s+months|12\s+months)\s+(?:ended\s+|ending\s+|to\s+|from\s+)?)$/i;

/**
 * "approval of the financial statements for the year ended 31 March 2025", "This report covers the period from 1 April
 * 2024 to 31 March 2025": the statements' or the report's own period, as written, where it ends before `ownYear`.
 */
export function statementsSelfName(mention: DateMention, ownYear: number): { text: string; start: number; end: number } | undefined {
  if (mention.language !== 'en' || mention.start.year === undefined) return undefined;
  const endYear = mention.end ? mention.end.year : mention.start.year;
  if (endYear === undefined || endYear >= ownYear) return undefined;
  const text = mention.paragraph.text;
  const lead = text.slice(Math.max(0, mention.offset - 120), mention.offset);
  const m = OWN_STATEMENTS_EN.exec(lead) ?? OWN_PERIOD_EN.exec(lead);
  if (!m) return undefined;
  const named = m[1].replace(/^(?:(?:date\s+of\s+)?approval\s+of\s+|(?:will\s+be|is|are|be)\s+(?:asked|invited)\s+to\s+(?:receive\s+and\s+)?(?:approve|adopt)\s+)/i, '');
  const start = mention.offset - named.length;
  return { text: text.slice(start, mention.offset + mention.length), start, end: mention.offset + mention.length };
}

/** "all figures relate to the financial year", "Figures in this report are for": the report's own data, its period next. */
const DATA_FOR_EN = /\b(?:figures|data|statistics|results)\b[^.;:!?]{0,40}?\b(?:relate|relates|refer|refers|are\s+for|is\s+for|cover|covers|apply)\s+(?:to\s+)?(?:the\s+)?(?:(?:financial|calendar|academic|school|reporting|monitoring)\s+)?(?:year\s+|period\s+)?$/i;
/** "This report therefore concludes the monitoring for Year 2 (2024)", "This report covers 2024". */
const THIS_REPORT_FOR_EN = /\b[Tt]his\s+(?:annual\s+)?report\s+(?:therefore\s+|also\s+)?(?:covers|concludes|presents|summari[sz]es|reports\s+on|relates\s+to)\s+(?:[A-Za-z]+\s+){0,4}?(?:(?:for|of|in)\s+)?(?:(?:Year|Monitoring\s+Year)\s+\d{1,2}\s+\(\s*)?(?:the\s+)?(?:(?:financial|calendar|academic|school)\s+year\s+)?$/;

/**
 * The period the report says its own figures are for, named with an earlier year than its own: "all figures relate to
 * the financial year 2024-25", "This report concludes the monitoring for Year 2 (2024)". Not one of several years
 * (2024 and 2025, 2023 to 2025).
 */
export function ownDataPeriod(mention: DateMention): { text: string } | undefined {
  if (mention.language !== 'en') return undefined;
  const text = mention.paragraph.text;
  let from = mention.offset;
  while (from > 0 && mention.offset - from < 160 && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  const lead = text.slice(from, mention.offset);
  if (!DATA_FOR_EN.test(lead) && !THIS_REPORT_FOR_EN.test(lead)) return undefined;
  if (/^\s*(?:(?:and|to|through|until|or)\s+(?:the\s+)?(?:\d|financial|calendar|academic|school|year)|[-–—]\s*\d)/i.test(text.slice(mention.offset + mention.length, mention.offset + mention.length + 24))) return undefined;
  return { text: text.slice(mention.offset, mention.offset + mention.length) };
}

/** 现将 (and the body, 我局) straight before the year: the opening formula that says what this report is. */
const OPENING_BEFORE_ZH = /现将|現將/;
/** 现将, perhaps with the body that reports (我局, 公司, 学校, 我院). */
const OPENING_BODY_ZH = /^(?:现将|現將)(?:我局|本局|我单位|本单位|我校|本校|学校|學校|全校|我院|本院|医院|醫院|我县|我区|我市|我镇|公司|本公司|我公司|集团|集團|本集团|我中心|本中心|我委|我办|街道|我街道)?$/;
const OPENING_AFTER_ZH = /^([^。；;，,]{2,30}?)(?:报告|報告|汇报|匯報|总结|總結)?如下/;

/**
 * 现将2025年度绩效自评情况报告如下 in the 2026 self-assessment: the opening formula names this report's subject with
 * an earlier year. The words after the year must share four characters with the title (绩效自评), so that 现将2025年度
 * 与2026年度预算执行情况对比说明如下 (another subject, two years) is not read as the report's name.
 */
export function openingSelfName(mention: DateMention, title: string): { text: string; start: number; end: number } | undefined {
  if (mention.start.year === undefined || mention.language !== 'zh') return undefined;
  const text = mention.paragraph.text;
  // 现将2024—2025学年本科教学质量情况报告如下 under a 2025—2026学年 title: a school year is the one range that names
  // a report's period.
  if (mention.end && !(mention.end.year === mention.start.year + 1 && /^(?:学年|學年)/.test(text.slice(mention.offset + mention.length, mention.offset + mention.length + 2)))) return undefined;
  const lead = text.slice(Math.max(0, mention.offset - 8), mention.offset);
  const at = lead.search(OPENING_BEFORE_ZH);
  if (at < 0 || !OPENING_BODY_ZH.test(lead.slice(at))) return undefined;
  const after = OPENING_AFTER_ZH.exec(text.slice(mention.offset + mention.length, mention.offset + mention.length + 40));
  // 现将2024—2025学年与本学年…对比情况说明如下: two periods compared, not the name of this report.
  if (!after || /\d{4}|与|與|对比|對比|比较|比較/.test(after[1]) || !(sharesWords(after[1], title) || (GENERIC_WORK.test(after[1]) && /工作/.test(title)))) return undefined;
  const start = mention.offset - (lead.length - at);
  return { text: text.slice(start, mention.offset + mention.length + after[0].length), start, end: mention.offset + mention.length + after[0].length };
}

/** 现将我局2025年度工作情况报告如下 under …2026年度工作总结: the work of the year is what a work report is about. */
const GENERIC_WORK = /^(?:主要|全年|全面)?工作(?:开展|開展|完成|推进|推進)?(?:情况|情況)?$/;

/** Four Han characters in a row that the title has too. */
function sharesWords(words: string, title: string): boolean {
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4);
    if (/^\p{sc=Han}{4}$/u.test(run) && title.includes(run)) return true;
  }
  return false;
}

const NEXT_REPORT = /(?:下次|下一次|下期)(?:报告|報告|汇报|匯報)|\bnext\s+(?:annual\s+|quarterly\s+)?(?:report|review|update)\b/gi;

/** The date the next report is due (Next report due: March 2024; 下次报告时间为2025年1月). */
export function nextReportDue(paragraph: Paragraph, dates: readonly DateMention[]): DateMention | undefined {
  NEXT_REPORT.lastIndex = 0;
  const m = NEXT_REPORT.exec(paragraph.text);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  return dates.find((d) => d.offset >= after && d.offset - after <= 40 && d.start.year !== undefined && !d.end);
}
