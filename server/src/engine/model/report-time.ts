// The report's own time: what kind of report it is (a summary, a plan, a report), the period it covers or plans
// (the title 2025年工作总结 / 2025年上半年… / Annual Report 2025; an opening 2025年以来), and the date below
// the signature (落款). Read per part, so a compilation of several drafts (篇一, 篇二) has one per draft.

import type { DateMention, DatePoint } from './dates';
import { PERIOD_LABEL, ownPeriodStatement } from './own-period';
import { positionIn } from './paragraphs';
import type { Line } from './lines';
import type { Part } from './outline';
import type { EditedStretch } from './edited-stretch';
import { minOf } from '../arrays';
import { matchesOf } from '../patterns';

export type ReportKind = 'summary' | 'plan' | 'report';

export interface ReportPeriod {
  year: number;
  /**
   * The period as written where it is not one year or half-year: 2025—2027年 for a three-year plan (`year` is the
   * first), 2024—2025学年第一学期 for a school term (read as the half-year it mostly falls in: the second half of 2024).
   */
  shown?: string;
  /** A half-year report: 1 for 上半年 / midyear, 2 for 下半年. */
  half?: 1 | 2;
  /** A quarter's report named with its quarter and year (Quarterly Report Q3 2025, 2027年一季度工作总结): written after that quarter began. */
  quarter?: 1 | 2 | 3 | 4;
  /**
   * A financial year (Annual Report 2024/25): `year` is the year it ends in (a plan, or a report on the year in
   * progress: the year it starts in), and a summary of it is written after its end, March at the earliest; a report on
   * it (Quarterly Compliance Report, Q2 2026–27) after it began, April at the earliest.
   */
  fiscal?: true;
  kind: ReportKind;
  /**
   * Where the year was read: the title, the opening words of the body (2025年以来, 2025年，…), or a line that gives the
   * period the report covers, under the title or opening the body (Covering the calendar year 2025; 本报告期为2025年1月1日
   * 至12月31日): `cover`, checked as a title's period is, its words named as an opening's are.
   */
  source: 'title' | 'opening' | 'cover';
  /** The words that say it. */
  evidence: string;
  line: number;
}

export interface ReportTime {
  part: number;
  /** Lines read as the title (and the copies of it a sharing site puts at the top). */
  titleLines: Set<number>;
  kind?: ReportKind;
  period?: ReportPeriod;
  /**
   * The date on a line of its own at the end (落款), or, where there is none, the date under the title of a speech
   * or a report to a meeting (——2025年1月10日在县第十八届人民代表大会第五次会议上; （2025年1月10日）): `top`.
   */
  signed?: { point: DatePoint; mention: DateMention; line: number; text: string; top?: true; periodEnd?: true };
  /**
   * The report's date as its own prose gives it, in a draft with no 落款 and no date under its title: 本报告截至2026年11月30日,
   * "This report was prepared in November 2026", "Position as at 30 September 2026". Read by date-validity only.
   */
  stated?: { point: DatePoint; mention: DateMention; line: number; text: string };
  /** The date under the title (——2026年12月16日在…大会上) of a draft that also has a 落款: when it was given. */
  dateline?: { point: DatePoint; mention: DateMention; line: number; text: string };
}

const ZH_KINDS: [RegExp, ReportKind][] = [
  // 2025年国民经济和社会发展统计公报: the year's figures, published after it.
  // 2026年上半年工作小结, 第三季度工作小结: a short summary is a summary.
  [/总结|總結|小结|小結|述职|述職|汇报|匯報|年度报告|年度報告|年报|年報|统计公报|統計公報|工作情况|工作情況/, 'summary'],
  // 方案 names a plan where it ends the title (三年行动方案（2025—2027年）), not in 实施方案执行情况的报告.
  // 计划 naming a programme or a policy is no plan: 科技计划项目资金绩效自评报告, 计划单列市, 计划生育.
  [/(?:计划|計劃)(?!项目|項目|资金|資金|单列|單列|生育|内|內|外)|要点|要點|打算|思路|工作安排|工作方案|工作重点|工作重點|方案(?:[（(][^（）()]{0,16}[）)])?\s*$/, 'plan'],
  // 2024年全市外贸运行情况分析, 2024年全县经济运行情况统计分析: a report on the year, like a 报告.
  // 关于2026年统计执法检查情况的通报: a 通报 of what was found (情况), like a 报告; not 表彰/批评 notices.
  [/报告|報告|(?:情况|情況|运行|運行)(?:统计|統計)?分析\s*$|(?:情况|情況)的?(?:通报|通報)\s*$/, 'report'],
];
// Also an annual report named by what it reports on: Annual Impact Report, Annual Trustees' Report.
const EN_SUMMARY = /\b(?:impact|trustees['’]?|activity|activities|progress|accountability|stewardship)\s+(?:report|review)\s+(?:for\s+)?(?:19|20)\d\d\b|\b(?:annual|year[- ]end|mid-?year|half[- ]year|yearly)\s+(?:(?:impact|trustees['’]?|quality|activity|activities|progress|performance|accountability|operating|stewardship)\s+|(?:environmental|monitoring|sustainability|departmental|department|service|clinical|safeguarding|complaints|governance|research|teaching|audit)\s+(?:[a-z-]+\s+){0,2})?(?:report|review|summary)\b|\bannual\s+(?:governance\s+)?statement\b|\byear in review\b|\b(?:sustainability|ESG|environmental|monitoring|responsibility|CSR|climate|TCFD|self-evaluation|self[- ]assessment)\s+(?:report|review|summary)\s+(?:for\s+)?(?:19|20)\d\d\b|\b(?:fiscal year|FY)\s?(?:19|20)\d\d\s+(?:report|review|results)\b/i;
const EN_PLAN = /\b(?:(?:19|20)\d\d\s+(?:annual\s+)?(?:plan|roadmap|work plan|goals|priorities)|(?:plan|roadmap|goals|priorities)\s+(?:for\s+)?(?:FY\s?)?(?:19|20)\d\d)\b/i;
// A report or a plan named by its financial year: Quality Report 2024/25, Annual Accounts 2024-25; Business Plan 2025/26,
// 2013–14 Estimates—Report on Plans and Priorities (a plan, though it calls itself a report); a school's Self-Evaluation
// 2025-26 or Self-Assessment 2025/26 looks back on its year.
const FISCAL_YEAR = '(?:FY ?)?(?:19|20)\\d\\d[/–-]\\d\\d\\b';
// Head of Internal Audit Annual Opinion 2025/26: an opinion on the year looks back on it too.
const EN_FISCAL_REPORT = new RegExp(`\\b(?:report|review|accounts?|statement|opinion|self[- ]evaluation(?: summary)?|self[- ]assessment)\\b.{0,20}?\\b${FISCAL_YEAR}|\\b${FISCAL_YEAR}.{0,30}?\\b(?:report|review|accounts?|statement|opinion)\\b`, 'i');
const EN_FISCAL_PLAN = new RegExp(`\\b(?:plan|strategy|priorities|budget)\\b.{0,20}?\\b${FISCAL_YEAR}|\\b${FISCAL_YEAR}.{0,30}?\\b(?:plan|priorities|budget|report on plans)\\b`, 'i');
/** The report at the end of a grant or project: a summary of its period. */
const EN_FINAL = /\b(?:final|end[- ]of[- ](?:grant|project|programme|program|year)|completion)\s+(?:report|evaluation)\b/i;
const EN_MONITORING = /\b(?:budget|revenue|capital|financial|finance|performance)\s+(?:and\s+(?:capital|revenue)\s+)?(?:budget\s+)?monitoring\b|\boutturn\s+report\b/i;
// Quarterly Compliance Report, Q2 Performance Review; a title that names its quarter: Performance Report: Quarter 3 2026/27,
// Compliance Report, Q2 2026–27.
const EN_QUARTERLY = /\b(?:quarterly|Q[1-4])\s+(?:[A-Za-z-]+\s+){0,2}?(?:report|review|update|board paper)\b|\b(?:report|review|update)\b.{0,40}?\b(?:quarter\s+[1-4]|Q[1-4])\s+(?:FY\s?)?(?:19|20)\d\d\b/i;
/**
 * A report on a month or a single event, dated on its title line: Corporate Performance Report: September 2026,
 * Post-incident review … 14 October 2026, Minutes of the meeting held on 12 March 2026. Like a quarterly report it
 * covers part of its year.
 */
const EN_DATED = /\bmonthly\s+(?:performance\s+)?(?:report|review|update)\b|\b(?:performance|progress|monitoring)\s+report\s*[:–—-]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b|\b(?:post[- ]incident|incident|post[- ]?mortem)\s+(?:review|report)\b|^minutes of (?:the|a)\b[^.]{0,40}\bmeeting\b/i;
const EN_HALF = /\b(?:mid-?year|half[- ]year|first half)\b/i;
/** April to September 2026, April–September: the months a half-year title names. */
const EN_MONTHS_SPAN = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s*(?:to|[–—-])\s*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/i;

const TITLE_LINES = 6;
// 2025年以来，… / 2025年，在区委… / 2025年是… / 今年是2025年 / 今年（2025年）以来
const OPENING = /^(\s*(?:今年是|今年[（(])?)(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})\s?年(?:上半年|下半年)?[）)]?(?:以来|以來|[，,]|是)/;

export function findReportTimes(lines: Line[], parts: Part[], dates: DateMention[]): ReportTime[] {
  const datesOnLine = byLine(dates);
  return parts.map((part, index) => readPart(index, part, lines, datesOnLine));
}

/**
 * The report times of a version from those of the version before, with the same parts: a part reads only its own lines
 * and the dates on them, so a part the edit left alone keeps its time (moved with its lines when after the edit); the
 * parts the edit touched are read again, with the dates of the paragraphs on their lines (`datesOn`).
 */
export function reportTimesAfterEdit(previous: readonly ReportTime[], lines: Line[], parts: Part[], edit: EditedStretch, datesOn: (from: number, to: number) => DateMention[]): ReportTime[] {
  return parts.map((part, index) => {
    const before = previous[index];
    const touched = index >= edit.firstPart && index <= edit.lastPart;
    if (!touched && part.endLine < edit.from) return before;
    if (!touched && part.startLine > edit.to) return edit.delta === 0 ? before : movedTime(before, edit.delta);
    return readPart(index, part, lines, byLine(datesOn(part.startLine, part.endLine)));
  });
}

/**
 * The report time of a part moved down by `delta` lines, in place (as the incremental model moves lines, paragraphs
 * and sections: the version before is not read again), so that what was read from it can be kept with it (stale-year).
 */
function movedTime(time: ReportTime, delta: number): ReportTime {
  time.titleLines = new Set([...time.titleLines].map((l) => l + delta));
  if (time.period) time.period = { ...time.period, line: time.period.line + delta };
  if (time.signed) time.signed = { ...time.signed, line: time.signed.line + delta };
  if (time.dateline) time.dateline = { ...time.dateline, line: time.dateline.line + delta };
  if (time.stated) time.stated = { ...time.stated, line: time.stated.line + delta };
  return time;
}

function byLine(dates: readonly DateMention[]): Map<number, DateMention[]> {
  const datesOnLine = new Map<number, DateMention[]>();
  for (const d of dates) {
    const line = positionIn(d.paragraph, d.offset).line;
    const list = datesOnLine.get(line) ?? [];
    list.push(d);
    datesOnLine.set(line, list);
  }
  return datesOnLine;
}

function readPart(index: number, part: Part, lines: Line[], datesOnLine: Map<number, DateMention[]>): ReportTime {
  const time: ReportTime = { part: index, titleLines: new Set() };
  readTitle(time, titleCandidates(lines, part), datesOnLine);
  if (time.kind && !time.period) readOpening(time, lines, part, datesOnLine);
  if (time.kind && !time.period && time.titleLines.size > 0) readEnglishYearLine(time, lines, part);
  const candidates = titleCandidates(lines, part);
  readCoverPeriod(time, candidates, lines, part, datesOnLine);
  readSignature(time, lines, part, datesOnLine);
  // A short draft's last four lines reach up to its title: a date among the cover's lines, with the body after it, is
  // the date under the title (Site inspection notice / 14 May 2026 / two paragraphs), not a 落款.
  if (time.signed && underTitle(time.signed.line, candidates, lines, part)) time.signed.top = true;
  const dateline = readDateline(candidates, datesOnLine);
  if (!time.signed) {
    // The date under the title says when it was given; else the end of the period a cover line names.
    if (dateline) time.signed = { ...dateline, top: true };
    else {
      const period = readPeriodEnd(candidates, datesOnLine, lines, part.endLine);
      if (period) time.signed = period;
      else time.stated = readStatedDate(lines, part, datesOnLine);
    }
  } else if (dateline && dateline.line !== time.signed.line) time.dateline = dateline;
  return time;
}

/** `line` is one of the cover's lines (`candidates`), and body text follows them. */
function underTitle(line: number, candidates: readonly Line[], lines: Line[], part: Part): boolean {
  if (!candidates.some((l) => l.index === line)) return false;
  for (let l = candidates[candidates.length - 1].index + 1; l <= part.endLine; l++) if (lines[l].kind === 'text' && lines[l].text.trim() !== '') return true;
  return false;
}

/** The first few short lines of the part, up to where the body text starts: where a title is. */
function titleCandidates(lines: Line[], part: Part): Line[] {
  const out: Line[] = [];
  // The rows of a cover laid out as a table (| Issue date | 27 March 2026 |) count as one line together.
  let rows = 0;
  for (let l = part.startLine; l <= part.endLine && out.length - Math.max(0, rows - 1) < TITLE_LINES && rows <= 12; l++) {
    const line = lines[l];
    if (line.kind !== 'text') continue;
    if (/^\s*\|/.test(line.text)) rows++;
    const text = titleText(line);
    // An English title runs longer than a Chinese one: up to 100 characters on a Markdown heading or a line of its own
    // ("Riverside Food Network — Quarterly Report to the Board of Trustees").
    const next = lines[l + 1];
    // A cover's labelled line straight under it (… Annual Programme Report 2025/26 / Reporting period: 1 April 2025 to …)
    // ends it as a blank line does.
    const own = /^\s*#{1,6}\s/.test(line.text) || next === undefined || next.kind !== 'text' || next.text.trim() === '' || COVER_LABEL_EN.test(titleText(next));
    // A title in capitals hard-wrapped at 80 columns runs on into the next line (…QUARTER 3 2026/27 (OCTOBER TO DECEMBER
    // / 2026)): its first line is still a title line.
    const capitals = !/[a-z]/.test(text) && /[A-Z]{4}/.test(text);
    // So does a labelled line of an English cover block (Report to: School Health and Safety Committee, 12 November 2026).
    const labelled = /^[A-Z][A-Za-z ]{1,30}:\s/.test(text);
    // Minutes name their meeting in full on the title line ("MINUTES OF THE MEETING OF THE FINANCE AND GENERAL PURPOSES
    // COMMITTEE HELD ON TUESDAY 17 NOVEMBER 2026 AT 7.00 PM, COMMUNITY HALL"): up to 160.
    const longest = /^minutes\s+of\b/i.test(text) && own ? 160 : (own || capitals || labelled) && !/\p{sc=Han}/u.test(text) ? 100 : 60;
    // A sentence ends inside it (…开展了全面自查。现将…报告如下：): body text, not a title that ends in a colon.
    // "Approved by the Board on 9 March 2027." under the title is the cover's date line, a sentence though it is.
    const approval = /^(?:Approved|Adopted|Agreed|Signed|Published|Issued|Endorsed)\b.{0,60}\b\d{4}\.$/.test(text);
    if (text.length > longest || (/[。！？；.!?;]$/.test(text) && !approval) || /[。！？；]./.test(text)) break;
    out.push(line);
  }
  return out;
}

/** A labelled line of an English cover: "Reporting period: …", "Report date: …", "Prepared by: …". */
const COVER_LABEL_EN = /^(?:Reporting|Report|Grant|Project|Programme|Program|Funding|Financial|Academic|Prepared|Submitted|Published|Issue|Issued|Date|Period|Author|Version|Status)\b[A-Za-z ]{0,24}:\s/;

function titleText(line: Line): string {
  return line.prose.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__/g, '').trim();
}

/** 关于征集2027年民生实事项目建议的公告, 关于2026年度工作计划征求意见的通知: a notice about a document still to be drafted. */
const DRAFTING_NOTICE_ZH = /(?:征集|徵集|征求|徵求|起草|编制|編製)[^。；，,]{0,30}?(?:建议|建議|意见|意見|提案|线索|線索)?的?(?:公告|通知|启事|啟事|函)\s*$/;

function readTitle(time: ReportTime, candidates: Line[], datesOnLine: Map<number, DateMention[]>): void {
  for (const line of candidates) {
    const text = titleText(line);
    const chinese = /\p{sc=Han}/u.test(text);
    // 关于公开征集历下区2026年度《政府工作报告》起草建议的公告: the kind inside 《》 is another document's, and a notice
    // that collects suggestions for drafting one (征集…建议, 征求…意见) reports on no year of its own.
    const kind = chinese ? (DRAFTING_NOTICE_ZH.test(text) ? undefined : zhKind(text.replace(/《[^《》]*》/g, '《》'))) : enKind(text);
    if (!kind) continue;
    if (time.kind) {
      // After the title, only its copies (a sharing site repeats it: 2024年工作总结_第1页) are title lines.
      const year = time.period?.year;
      // Not a numbered section (## 2. Priorities for 2027/28 under the Business Plan 2027/28): the plan's own part.
      const section = /^(?:\d+(?:\.\d+)*\.?\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(text);
      if (year !== undefined && text.includes(String(year)) && kind === time.kind && !section) time.titleLines.add(line.index);
      continue;
    }
    time.titleLines.add(line.index);
    time.kind = kind;
    // The title's first year is the report's (2024年工作总结及2025年工作计划 → 2024); a plan for several years
    // (三年行动方案（2025—2027年）) starts with the first of them; a school term is read as its half-year.
    const dates = datesOnLine.get(line.index) ?? [];
    const term = dates.map((d) => schoolTerm(d, kind === 'plan')).find((t) => t !== undefined);
    if (term) {
      time.period = { year: term.year, half: term.half, kind, source: 'title', evidence: text, line: line.index, shown: term.shown };
      continue;
    }
    const fiscal = chinese ? undefined : dates.find((d) => d.fiscal);
    if (fiscal) {
      const shown = fiscal.paragraph.text.slice(fiscal.offset, fiscal.offset + fiscal.length);
      // A plan, or a report on the year in progress (Budget Monitoring 2026/27: Quarter 2; Interim Report 2025/26, Mid-Year
      // Review 2025/26: its first half), from the year it starts in.
      if (kind === 'plan' || kind === 'report' || EN_IN_YEAR.test(text)) {
        time.period = { year: fiscal.start.year!, kind: kind === 'plan' ? kind : 'report', source: 'title', evidence: text, line: line.index, shown, fiscal: true };
        continue;
      }
      time.period = { year: fiscal.end!.year!, kind, source: 'title', evidence: text, line: line.index, shown, fiscal: true, half: 1 };
      continue;
    }
    // 关于2026年1—10月全县信访工作情况的报告: months of one year, a part of it as a quarter is.
    const monthsOf = (d: DateMention) => d.start.year !== undefined && d.start.month !== undefined && d.end !== undefined && d.end.month !== undefined && (d.end.year === undefined || d.end.year === d.start.year);
    const year = dates.find((d) => d.start.year !== undefined && d.end === undefined) ?? (kind === 'plan' ? dates.find((d) => d.start.year !== undefined && d.end?.year !== undefined) : undefined) ?? (chinese ? dates.find(monthsOf) : undefined);
    if (!year || year.start.year === undefined) continue;
    const months = year.end !== undefined && monthsOf(year);
    const rest = line.prose.slice(positionIn(year.paragraph, year.offset + year.length).character);
    const half = year.qualifier?.part === 'H1' || /^(?:半年|年中)/.test(rest) || EN_HALF.test(text) ? 1 : year.qualifier?.part === 'H2' ? 2 : undefined;
    // 2027年一季度工作情况报告, 2027年县发改局一季度工作总结: a quarter's report covers part of its year, as a quarterly
    // report in English (a quarter named after the kind, 2026年工作总结暨一季度工作计划, is another document's).
    // 关于2026年春节期间…工作情况的报告, 2026年汛期…: a holiday or a season of its year, reported on as a quarter is.
    // 2026年消防演练总结, 2026年春季运动会总结, 2026年高考考务工作总结: an event of its year, summed up when it is over.
    const named = rest.split(ZH_REPORT_WORD)[0];
    const quarter = chinese && (months || ZH_QUARTER.test(named) || ZH_PART_OF_YEAR.test(rest) || ((ZH_EVENT.test(named) || ZH_EVENT_DAYS.test(named.trim())) && !/^度/.test(rest)));
    // 2025年度…绩效考核自评报告: a report on a whole year (年度) looks back on it, as a summary does; a budget or a
    // draft for the year (2026年度预算草案的报告) is a plan.
    const wholeYear = chinese && (/^度/.test(rest) || text.includes(`${year.start.year}年度`)) && !ANNUAL_PLAN_ZH.test(text);
    // 关于申请2027年专项资金的报告, 关于2027年部门预算编制情况的报告, 关于2027年民生实事项目征集情况的报告: a report on
    // what the year is to hold, written before it as a plan is (not 关于2026年预算执行情况的报告).
    const forward = chinese && FORWARD_REPORT_ZH.test(text) && !DONE_REPORT_ZH.test(text);
    const zhRead = chinese ? ((r) => (r === 'report' && wholeYear ? 'summary' : r === 'report' && forward ? 'plan' : r))(zhKind(rest) ?? kind) : kind;
    time.period = { year: year.start.year, kind: quarter && zhRead === 'summary' ? 'report' : zhRead, source: 'title', evidence: text, line: line.index };
    if (half) time.period.half = half;
    // "Annual Report for the year ended 31 March 2025": the financial year 2024/25, read as a fiscal title's is.
    const ended = !chinese && time.period.kind === 'summary' && !half ? YEAR_ENDED_EN.exec(text) : null;
    if (ended && !/^dec/i.test(ended[2])) {
      Object.assign(time.period, { fiscal: true, half: 1, shown: ended[1] });
      continue;
    }
    // HALF-YEAR REPORT: APRIL TO SEPTEMBER 2026: a financial year's half, not January to June; a part of its year, as a
    // quarter's report is.
    const namedMonths = !chinese && half === 1 ? EN_MONTHS_SPAN.exec(text) : null;
    if (namedMonths && !/^jan/i.test(namedMonths[1])) {
      delete time.period.half;
      if (time.period.kind === 'summary') time.period.kind = 'report';
    }
    const q = /^Q([1-4])$/.exec(year.qualifier?.part ?? '');
    if (q && time.period.kind === 'report') time.period.quarter = Number(q[1]) as 1 | 2 | 3 | 4;
    if (year.end?.year !== undefined && !months) {
      const written = year.paragraph.text.slice(year.offset, year.offset + year.length);
      time.period.shown = written.endsWith('年') ? written : `${written}年`;
    }
  }
}

const ANNUAL_PLAN_ZH = /预算|預算|草案|计划|計劃|规划|規劃|方案|要点|要點|安排/;
const FORWARD_REPORT_ZH = /申请|申請|储备|儲備|谋划|謀劃|申报|申報|预算|預算|征集|徵集|编制|編制|招生|采购|採購|需求/;
const DONE_REPORT_ZH = /执行|執行|完成|决算|決算|落实|落實|使用情况|使用情況|绩效|績效/;

/**
 * "Grant Year 2024", "Fiscal Year 2025", "Programme year 2024" on a title line under an English title without a year;
 * a cover's label too ("**Reporting year:** 2025/26", "Financial year: 2025–26", "Academic year: 2025-26"), whose
 * second year makes it a financial or academic year.
 */
const EN_YEAR_LINE = /\b(?:grant|fiscal|financial|program|programme|project|reporting|funding|academic|school) year\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*((?:19|20)\d\d)(?:\s*[/–-]\s*((?:19|20)?\d\d))?\b/i;

/**
 * "Quarter 2, 2026/27 (July – September 2026)", "Q3 2025" on the line under a quarterly report's title: the year it is
 * in; a financial year (2026/27) is read as one, as in the title (Quarterly Compliance Report, Q2 2026–27).
 */
const EN_QUARTER_LINE = /^(?:Quarter\s+[1-4]|Q[1-4]|(?:First|Second|Third|Fourth)\s+quarter),?\s+(?:of\s+)?(?:FY\s?)?((?:19|20)\d\d)(?:[/–-](\d\d))?\b/i;

function readEnglishYearLine(time: ReportTime, lines: Line[], part: Part): void {
  const title = minOf(time.titleLines);
  let seen = 0;
  for (let l = title + 1; l <= part.endLine && seen < 2; l++) {
    if (lines[l].kind !== 'text') continue;
    seen++;
    const m = EN_YEAR_LINE.exec(lines[l].prose) ?? (time.kind === 'report' ? EN_QUARTER_LINE.exec(titleText(lines[l])) : null);
    if (!m || !time.kind) continue;
    const evidence = `${titleText(lines[title])} · ${m[0].replace(/\*\*|__/g, '')}`;
    const first = Number(m[1]);
    // 2025–26 (or 2025/2026): a year that ends in the next, read as a title's financial year is.
    if (m[2] !== undefined && Number(m[2]) % 100 === (first + 1) % 100) {
      const shown = m[0].slice(m[0].indexOf(m[1]));
      time.period = time.kind === 'summary'
        ? { year: first + 1, kind: time.kind, source: 'title', evidence, line: l, shown, fiscal: true, half: 1 }
        : { year: first, kind: time.kind, source: 'title', evidence, line: l, shown, fiscal: true };
      return;
    }
    time.period = { year: first, kind: time.kind, source: 'title', evidence, line: l };
    // "Q3 2025" under a quarterly report's title: its quarter, as in a title.
    const quarter = /^(?:Quarter\s+|Q)([1-4])|^(First|Second|Third|Fourth)/i.exec(m[0]);
    if (quarter && time.kind === 'report' && m.index === 0 && !/year/i.test(m[0])) {
      time.period.quarter = (quarter[1] ? Number(quarter[1]) : ['first', 'second', 'third', 'fourth'].indexOf(quarter[2].toLowerCase()) + 1) as 1 | 2 | 3 | 4;
    }
    return;
  }
}

/** A holiday or a season right after the title's year: 2026年春节期间, 2026年“五一”假期, 2026年汛期, 2026年暑期, 2026年夏粮生产, 2026年“三夏”, 2026年春耕春播, 2026年迎峰度夏. */
const ZH_PART_OF_YEAR = /^(?:元旦|春节|春節|清明|[“"]?五一[”"]?|端午|中秋|国庆|國慶|[“"]?两节[”"]?|[“"]?兩節[”"]?|汛期|主汛期|防汛|暑期|暑假|寒假|春运|春運|春耕|春播|夏粮|夏糧|夏收|夏种|夏種|夏播|[“"]?三夏[”"]?|秋粮|秋糧|秋收|秋种|秋種|秋播|[“"]?三秋[”"]?|秋冬季?|冬春|春季|夏季|秋季|冬季|迎峰度夏|迎峰度冬|度夏|度冬)(?:期间|期間|假期|小长假|長假|长假)?/;

/** "the year ended 31 March 2025", "Year ending 30 June 2026": a financial year named by its last day. */
const YEAR_ENDED_EN = /\b((?:the\s+)?year\s+(?:ended|ending|to)\s+(?:\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?:19|20)\d\d)\b/i;

/** An event or a season the title's summary is about: 演练, 运动会, 考务, 宣传日, 艺术节, 春季. */
const ZH_EVENT = /演练|演練|运动会|運動會|比赛|比賽|竞赛|競賽|大赛|大賽|考务|考務|高考|中考|招生|汇演|匯演|晚会|晚會|培训班|培訓班|开学|開學|毕业|畢業|军训|軍訓|夏令营|夏令營|研学|研學|论坛|論壇|展会|展會|博览会|博覽會|宣传日|宣傳日|宣传周|宣傳周|(?:安全生产|安全生產|安全|活动|活動|宣传|宣傳|质量|質量|服务|服務)月|减灾日|減災日|纪念日|紀念日|开放日|開放日|(?:艺术|藝術|读书|讀書|科技|体育|體育|文化|旅游|旅遊|美食|音乐|音樂|电影|電影)节|春季|秋季|夏季|冬季/;

/**
 * A week, a day, a festival or a month of events named before the kind: 科技活动周活动, 防灾减灾活动周, 全国科普日,
 * “3·15”国际消费者权益日活动, 中国农民丰收节庆祝活动, “安全生产月”活动, 关于2026年全民健身日活动开展情况的报告 — a short stretch of its year, over when the
 * summary is signed (2026年5月17日至23日 … 落款2026年6月5日), not the whole year.
 */
const ZH_EVENT_DAYS = /\p{sc=Han}{2}[”"’]?(?:周|週|日|节|節|月)[”"’]?(?:期间|期間)?(?:主题|主題|系列|集中|宣传|宣傳|庆祝|慶祝|纪念|紀念|专项|專項)*(?:活动|活動)?(?:开展|開展|举办|舉辦)?(?:情况|情況)?的?$/u;

/** A quarter after the title's year: 一季度, 第三季度, 前三季度. */
const ZH_QUARTER = /第?[一二三四1-4]季度|前[二三两兩]季度/;
const ZH_REPORT_WORD = /总结|總結|小结|小結|报告|報告|汇报|匯報|简析|簡析|分析/;

const TERM = /^(?:学年|學年)度?(?:(第一学期|第一學期|上学期|上學期|秋季学期|秋季學期)|(第二学期|第二學期|下学期|下學期|春季学期|春季學期))?/;

/**
 * 2024—2025学年第一学期 (autumn: read as the second half of 2024), …第二学期 (spring: the first half of 2025), a
 * whole school year (from the second half of its first year to the first half of its second: `from` says which end
 * is wanted — a plan's start, or the end of what a summary or a plan heading covers); `end` is the offset after the words.
 */
export function schoolTerm(mention: DateMention, from = false): { year: number; half: 1 | 2; shown: string; end: number } | undefined {
  const { start, end } = mention;
  if (start.year === undefined || end?.year !== start.year + 1) return undefined;
  const text = mention.paragraph.text;
  const at = mention.offset + mention.length;
  const m = TERM.exec(text.slice(at, at + 12));
  if (!m) return undefined;
  const autumn = m[1] !== undefined || (from && m[2] === undefined);
  return { year: autumn ? start.year : end.year, half: autumn ? 2 : 1, shown: text.slice(mention.offset, at + m[0].length), end: at + m[0].length };
}

function zhKind(text: string): ReportKind | undefined {
  let best: { kind: ReportKind; at: number } | undefined;
  for (const [re, kind] of ZH_KINDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best?.kind;
}

/**
 * "Waste and Recycling Performance Report 2026": a service's report on its year, named by the year at the end of its
 * title; not a quarter's or a month's (Quarterly Revenue Performance Report — Q1 2026, Performance Report: Month 7 2026).
 */
const EN_PERFORMANCE_YEAR = /\bperformance\s+report\s+(?:for\s+)?(?:19|20)\d\d\s*$/i;
const EN_SPLIT_YEAR = new RegExp(`\\b${FISCAL_YEAR}`);
const EN_PROPOSALS = /\b(?:proposals?|proposed|for consultation|consultation (?:draft|document|paper))\b/i;
/** A report on part of a financial year, while it runs: Interim Report 2025/26, Mid-Year Review 2025/26, Half-Yearly Report. */
const EN_IN_YEAR = /\b(?:interim|mid-?year|half[- ]year(?:ly)?|in-year|six[- ]monthly)\b/i;
const EN_PART_OF_YEAR = /\b(?:quarter(?:ly)?|month(?:ly)?|Q[1-4]|interim|mid-?year|half[- ]year|weekly|in-year)\b/i;

function enKind(text: string): ReportKind | undefined {
  if (EN_SUMMARY.test(text) || EN_FINAL.test(text)) return 'summary';
  if (EN_PERFORMANCE_YEAR.test(text) && !EN_PART_OF_YEAR.test(text)) return 'summary';
  // Budget Monitoring 2026/27: Quarter 2 reports on the year in progress; it is no budget (a plan) for it.
  if (EN_MONITORING.test(text)) return 'report';
  if (EN_PLAN.test(text) || EN_FISCAL_PLAN.test(text)) return 'plan';
  // A quarterly report covers part of its year: plans for the rest of that year are its own, earlier years' are not
  // (Quarterly Compliance Report, Q2 2026–27 is no summary of 2026–27).
  if (EN_QUARTERLY.test(text) || EN_DATED.test(text)) return 'report';
  // Council Tax Support Scheme 2027/28: Review and Proposals for Consultation: the year the proposals are to apply to,
  // written before it as a plan is (not Draft Statement of Accounts 2025/26, drafted after its year).
  // Only with a financial year (2027/28): a budget proposed for "Fiscal Year 2027" runs from July 2026.
  if (EN_PROPOSALS.test(text) && EN_SPLIT_YEAR.test(text)) return 'plan';
  if (EN_FISCAL_REPORT.test(text)) return 'summary';
  return undefined;
}

/** A title without a year (区教育局工作总结) and a body that opens with one: 2025年以来，… / 2025年，在区委… */
function readOpening(time: ReportTime, lines: Line[], part: Part, datesOnLine: Map<number, DateMention[]>): void {
  let seen = 0;
  for (let l = part.startLine; l <= part.endLine && seen < 2; l++) {
    const line = lines[l];
    if (line.kind !== 'text' || time.titleLines.has(l)) continue;
    seen++;
    const m = OPENING.exec(line.prose);
    if (!m) continue;
    const column = m[1].length;
    const first = (datesOnLine.get(l) ?? []).find((d) => positionIn(d.paragraph, d.offset).character === column);
    if (!first?.start.year || first.end) continue;
    // 2023年以来，…按照《…行动方案（2023—2025年）》…截至2025年12月31日，…已全部完成: the opening starts a span of several
    // years that the paragraph runs to a later one, not the year summed up.
    if (/以来|以來/.test(m[0]) && runsLater(line.prose, datesOnLine.get(l) ?? [], first.start.year)) return;
    const evidence = m[0].trim().replace(/[，,]$|(?<!今年)是$/, '');
    // 科技活动周活动总结 opening 2026年，…于5月17日至23日…: the year the event was in, not a year summed up (a part of
    // it, as under a title that names the event with its year).
    time.period = { year: first.start.year, kind: time.kind === 'summary' && eventTitle(lines, time) ? 'report' : time.kind!, source: 'opening', evidence, line: l };
    if (first.qualifier?.part === 'H1') time.period.half = 1;
    if (first.qualifier?.part === 'H2') time.period.half = 2;
    return;
  }
}

/** A Chinese title that names an event, a week, a day or a season before its kind: 南湖市科技活动周活动总结, “安全生产月”活动总结. */
function eventTitle(lines: Line[], time: ReportTime): boolean {
  if (time.titleLines.size === 0) return false;
  const text = titleText(lines[minOf(time.titleLines)]);
  if (!/\p{sc=Han}/u.test(text)) return false;
  const named = text.replace(/《[^《》]*》/g, '《》').split(ZH_REPORT_WORD)[0];
  return ZH_EVENT.test(named) || ZH_EVENT_DAYS.test(named.trim());
}

/** A later year the paragraph of an opening 2023年以来 runs to: 截至2025年12月31日, 到2025年底, a span 2023—2025年 from that year. */
function runsLater(text: string, dates: readonly DateMention[], first: number): boolean {
  for (const m of matchesOf(text, /(?:截至|截止|截止到|截止于|到|至)\s*((?:19|20)\d\d)\s*年/g)) if (Number(m[1]) > first) return true;
  return dates.some((d) => d.end?.year !== undefined && d.start.year === first && d.end.year > first);
}

// Under the title of a speech or of a report to a meeting: ——2025年1月10日在…大会上 / （2025年1月10日）.
// In English: "Report date: 21 October 2025", "Prepared for the Board of Trustees | March 2026", "Published January 2026",
// and the meeting it goes to: "For: Senate, meeting of 9 December 2026", "Date of meeting: 4 February 2027", "to be held at the
// Pavilion on Friday 21 November 2025" under an AGM report's title; "Meeting of Thursday 12 November 2026" under a
// committee's name; "Board meeting, 15 December 2026", "Audit Committee meeting – 3 March 2027"; "Paper dated 9 December 2026"; "Paper date: 8 December 2026", "Date of Committee: 8 December 2026", "Meeting date – 8 December 2026"; "Approved by the Board on Wednesday 16 July 2025";
// the minutes' own title, "Minutes of the meeting of the Board held on Thursday 19 November 2026 at 6.00 pm".
// 编制日期：2026年9月 on a study's cover; 县政协调研组（2026年8月） under a survey report's title.
// "Report published 22 September 2026" under an inspection report's title, after the dates of the inspection.
const DATELINE = /^[—-]{1,2}|(?:会议|會議|大会|大會|会|會)上|^[（(][^（）()]{6,16}[）)]$|^(?:编制|編製|报送|報送|报告|報告|成文|完成)(?:日期|时间|時間)\s*[:：]|[（(]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]$|^(?:[-*]\s+)?(?:\*\*|__)?(?:Report date|Date of report|Date of issue|Issue date|Published|Issued|Prepared|Submitted|Presented|Approved|Adopted)\b|^(?:[-*]\s+)?(?:\*\*|__)?(?:(?:this|the)\s+)?(?:report|paper|review|evaluation|update)\s+(?:was\s+)?(?:published|issued|submitted|presented|finalised|finalized)\b|^to be (?:held|presented|received)\b|^(?:(?:paper|report)\s+)?dated\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|^(?:[-*]\s+)?(?:\*\*|__)?(?:(?:paper|committee|board|cabinet|council|meeting|publication)\s+date|date\s+of\s+(?:the\s+)?(?:paper|meeting|committee|board|cabinet|council|publication|decision))\s*(?:\*\*|__)?\s*(?::|[–—-]\s|(?=\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d$))|^(?:the\s+)?meeting\s+(?:of|on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|^(?:[A-Za-z][\w&'’-]*\s+){0,4}(?:board|committee|cabinet|council|panel|trustees|governors)\s+meeting\s*(?:,|[–—-]\s|:)|^(?:(?:the\s+)?meeting\s+)?held\s+(?:on|at)\b|^minutes\s+of\b[^.;]{0,80}?\bheld\s+(?:on|at|in)\b|^(?:[-*]\s+)?(?:\*\*|__)?(?:Date|Dated|Date of meeting|Meeting date|Meeting|For|To|Audience|Report to|Date of this (?:report|summary|update|paper|review|evaluation))\s*(?:\*\*|__)?\s*:/i;


/**
 * "Reporting period: 1 October 2025 to 30 September 2026" on the cover of a draft with no date of its own: a report on
 * a period is written after its end, at the earliest.
 */
function readPeriodEnd(candidates: Line[], datesOnLine: Map<number, DateMention[]>, lines: Line[], endLine: number): ReportTime['signed'] {
  // The cover's lines, a long one (Trial title: …) included.
  const cover: Line[] = [];
  if (candidates.length > 0) {
    for (let l = candidates[0].index; l <= endLine && cover.length < 10; l++) if (lines[l].kind === 'text') cover.push(lines[l]);
  }
  let signed: ReportTime['signed'];
  for (const line of cover) {
    if (!PERIOD_LABEL.test(line.prose.trim())) continue;
    // Its last date is the end (1 October 2025 to 30 September 2026 reads as two dates; 1–31 October 2026 as one).
    const period = (datesOnLine.get(line.index) ?? []).filter((d) => (d.end ?? d.start).year !== undefined && (d.end ?? d.start).month !== undefined).pop();
    if (!period) continue;
    const text = period.paragraph.text.slice(period.offset, period.offset + period.length);
    signed = { point: period.end ?? period.start, mention: period, line: line.index, text, top: true, periodEnd: true };
  }
  return signed;
}

/** 本报告截至, 本报告数据截至: the words before the date the report is as at (not a figure's own 截至). */
const ZH_STATED = /本(?:报告|報告|总结|總結|汇报|匯報|材料)(?:所用|所列|中的?)?(?:数据|數據|情况|情況)?(?:统计)?(?:均)?(?:截至|截止|截止到|截止于)\s*$/;
/** "This report was prepared in", "is correct as at", "Position as at", "Information as of": the report's own date. */
const EN_STATED = /(?:\b(?:this|the)\s+(?:report|update|paper|review|summary)\s+(?:was|is|has\s+been)\s+(?:prepared|written|compiled|produced|drafted|correct|accurate|current|up\s+to\s+date)\s+(?:in|on|as\s+(?:at|of))|^(?:position|information|data|figures)(?:\s+(?:is|are))?\s+(?:correct\s+)?as\s+(?:at|of)|^as\s+(?:at|of))\s*$/i;
const STATED_LINES = 12;

/** The report's date in its own words near the top, where it has no date line: 本报告截至2026年11月30日. */
function readStatedDate(lines: Line[], part: Part, datesOnLine: Map<number, DateMention[]>): ReportTime['stated'] {
  let seen = 0;
  for (let l = part.startLine; l <= part.endLine && seen < STATED_LINES; l++) {
    const line = lines[l];
    if (line.kind !== 'text') continue;
    seen++;
    for (const d of datesOnLine.get(l) ?? []) {
      if (d.end || d.start.year === undefined || d.start.month === undefined) continue;
      const text = d.paragraph.text;
      const lead = text.slice(Math.max(0, d.offset - 60), d.offset);
      const sentence = lead.split(/[。；;！？!?]|\.\s/).pop()!;
      if (!(d.language === 'zh' ? ZH_STATED : EN_STATED).test(d.language === 'zh' ? lead : sentence.trimStart())) continue;
      return { point: d.start, mention: d, line: l, text: text.slice(d.offset, d.offset + d.length) };
    }
  }
  return undefined;
}

const WEEKDAY_BEFORE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+/i;
const TIME_AFTER = /(?:,\s*|\s+at\s+|\s+[–-]\s+)\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?$/i;

/** The date under the title (a dateline): when the report was given (its date, when the draft has no 落款). */
function readDateline(candidates: Line[], datesOnLine: Map<number, DateMention[]>): ReportTime['dateline'] {
  for (const line of candidates) {
    // A cover laid out as a table, | Issue date | 27 March 2026 |: the label cell and its value.
    // A line in italics, *Published 12 March 2026 · covering the calendar year 2025*: read without its marks.
    const prose = line.prose.trim().replace(/^([*_])(?=[^\s*_])(.*[^\s*_])\1$/, '$2');
    const dates = datesOnLine.get(line.index) ?? [];
    // A date alone on its line, under the title or under the unit's line below it (县水利局 / 2026年10月20日; 县政协社会
    // 和法制委员会 / 2026年11月): a month alone is when the report was written too, as （2026年8月） is.
    // So is one after its weekday or before its time, under a committee's name (Overview and Scrutiny Committee /
    // Wednesday 14 October 2026; Audit Committee / 14 March 2027, 6.30pm): the meeting the report is written for.
    const bare = prose.replace(WEEKDAY_BEFORE, '').replace(TIME_AFTER, '');
    const alone = dates.find((d) => !d.end && d.start.month !== undefined && d.start.year !== undefined && d.paragraph.text.slice(d.offset, d.offset + d.length) === bare);
    let date = alone ?? addressedDate(prose, dates);
    if (!date && !DATELINE.test(prose.replace(/^\|\s*([^|]{2,40}?)\s*\|\s*(?=[^|\s])/, '$1: '))) {
      // A cover line in parts, "**Riverline Buses Ltd** · Year ended 31 December 2024 · Published 28 March 2025": the
      // date in the part that says when the report was published.
      const said = prose.includes(' · ') || (!prose.startsWith('|') && prose.includes(' | ')) ? prose.replace(/\*\*|__/g, '').split(/\s+[·|]\s+/).find((p) => DATELINE.test(p.trim())) : undefined;
      if (!said) continue;
      date = dates.find((d) => !d.end && d.start.year !== undefined && d.start.month !== undefined && said.includes(d.paragraph.text.slice(d.offset, d.offset + d.length)));
    }
    date ??= dates.find((d) => !d.end && d.start.year !== undefined && d.start.month !== undefined);
    if (!date) continue;
    const text = date.paragraph.text.slice(date.offset, date.offset + date.length);
    return { point: date.start, mention: date, line: line.index, text };
  }
  return undefined;
}

/**
 * The line under the title that says whom the paper goes to and when: "Report to the Hub Board, 8 July 2026", "Submitted to
 * the Department for Education, 29 May 2026", "Presented to the Annual Parish Meeting on 21 April 2026", "Report to the
 * Schools Adjudicator, submitted 30 June 2026", "Audit and Governance Committee, 14 March 2027"; 报送市发展改革委，2026年5月29日.
 */
const ADDRESSED_EN = /^(?:(?:(?:Report|Paper|Update|Submission|Briefing|Summary)\s+(?:to|for)|Submitted\s+to|Presented\s+to|Prepared\s+for|Circulated\s+to)\s+[^,;:.()]{2,100}?|(?:The\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+(?:the\s+)?)?){0,6}(?:Board|Committee|Cabinet|Council|Panel|Trustees|Governors|Senate|Group|Forum|Assembly|Executive))(?:\s*,\s*|\s+on\s+|\s+[–—-]\s+)(?:(?:submitted|presented|dated|meeting\s+(?:of|on)|on)\s+)?/;
const ADDRESSED_ZH = /^(?:报送|報送|呈报|呈報|提交|呈送|报|報)[^，,。；;：:]{2,30}[，,]\s*/;

function addressedDate(prose: string, dates: readonly DateMention[]): DateMention | undefined {
  const m = ADDRESSED_EN.exec(prose) ?? ADDRESSED_ZH.exec(prose);
  if (!m) return undefined;
  const bare = prose.slice(m[0].length).replace(WEEKDAY_BEFORE, '').replace(TIME_AFTER, '').replace(/\.$/, '');
  return dates.find((d) => !d.end && d.start.month !== undefined && d.start.year !== undefined && d.paragraph.text.slice(d.offset, d.offset + d.length) === bare);
}

/** "Covering the calendar year 2025", "Covering monitoring data for calendar year 2025", "Calendar year 2025": a cover's period. */
const COVER_YEAR_EN = /^(?:(?:covering|covers|reporting\s+(?:on|for)|report\s+(?:on|for)|for)\s+)?(?:(?:monitoring\s+)?data\s+(?:for|from)\s+)?(?:the\s+)?calendar\s+year\s+((?:19|20)\d\d)\.?$/i;
/** "For the year ended 31 March 2026", "Year ended 31 December 2025", "Covering the financial year ending 31 March 2026". */
const COVER_ENDED_EN = /^(?:(?:covering|covers|reporting\s+(?:on|for)|report\s+(?:on|for)|for)\s+)?(?:the\s+)?(?:(?:financial|fiscal|accounting)\s+)?(year\s+(?:ended|ending|to)\s+(?:\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d\d))\.?$/i;
const COVER_BODY_LINES = 2;
const REPORT_PERIOD_WORDS = /报告期|報告期|统计期|統計期|\b(?:this|the)\s+(?:annual\s+)?(?:report|review)\b|\breporting\s+period\b/i;
const PLAN_WORDS = /\b(?:plans?|strateg(?:y|ies)|budgets?|priorities|programme|forecasts?|roadmap|framework|proposals?)\b|计划|計劃|规划|規劃|方案|要点|要點|打算|安排|预算|預算/i;

/**
 * The period the report covers, given on a line of its cover ("Covering the calendar year 2025", "For the year ended 31
 * March 2026", "Reporting period: 1 January to 31 December 2025") or in the first lines of its body (本报告期为2025年1月1日
 * 至12月31日; "This report covers the period from 1 April 2025 to 31 March 2026"): a look back on that whole year (or
 * half), which is the report's own period where the title names none (Harbour Trust Annual Report; Catchment Report
 * 2026, a place's report named by the year it is published in, which is no kind of report by itself) or names the year
 * it is published in (Air Quality Annual Report 2026 over "Covering monitoring data for calendar year 2025").
 */
function readCoverPeriod(time: ReportTime, candidates: Line[], lines: Line[], part: Part, datesOnLine: Map<number, DateMention[]>): void {
  const p = time.period;
  if (time.kind === 'plan') return;
  const published = p !== undefined && p.source === 'title' && p.kind === 'summary' && !p.fiscal && !p.half && !p.quarter && !p.shown;
  if (p && !published) return;
  const title = candidates.find((l) => time.titleLines.has(l.index));
  // Business Plan over "For the year ending 31 March 2027", 2027年工作方案: the year a plan is for, not one looked back on.
  if (!time.kind && candidates.length > 0 && PLAN_WORDS.test(titleText(candidates[0]))) return;
  let cover = coverOf(time, candidates.filter((l) => !time.titleLines.has(l.index)), datesOnLine, title ? titleText(title) : '');
  // The body's opening lines say it where no title gives the year: 本报告期为2025年1月1日至12月31日。
  if (!cover && !p) {
    const after = candidates.length > 0 ? candidates[candidates.length - 1].index + 1 : part.startLine;
    const body: Line[] = [];
    for (let l = after; l <= part.endLine && body.length < COVER_BODY_LINES; l++) if (lines[l].kind === 'text' && lines[l].text.trim() !== '') body.push(lines[l]);
    cover = coverOf(time, body, datesOnLine, title ? titleText(title) : '', true);
  }
  if (!cover) return;
  // Annual Report 2026 over "Covering the calendar year 2025" or "For the year ended 31 March 2026": the title names when
  // it is published. Not over a period given as its dates (Reporting period: 1 January 2024 to 31 December 2024 under
  // Annual Monitoring Report 2025: last year's left in).
  if (p && (!cover.worded || !(cover.year === p.year - 1 || (cover.fiscal && cover.year === p.year)))) return;
  delete cover.worded;
  time.kind = 'summary';
  time.period = { ...cover, kind: 'summary', source: 'cover' };
  // Catchment Report 2026 over its cover line: the title, though its words name no kind.
  if (time.titleLines.size === 0 && candidates.length > 0 && candidates[0].index < cover.line) time.titleLines.add(candidates[0].index);
}

/** `worded`: said in words (Covering the calendar year 2025), not as a span of dates. */
type CoverPeriod = Omit<ReportPeriod, 'kind' | 'source'> & { worded?: true };

function coverOf(time: ReportTime, candidates: readonly Line[], datesOnLine: Map<number, DateMention[]>, title: string, bodyOnly = false): CoverPeriod | undefined {
  for (const line of candidates) {
    const prose = titleText(line).replace(/^([*_])(?=[^\s*_])(.*[^\s*_])\1$/, '$2');
    if (!bodyOnly) {
      for (const piece of prose.split(/\s+[·|]\s+/)) {
        const bare = piece.trim().replace(/^[（(](.*)[）)]$/, '$1');
        const year = COVER_YEAR_EN.exec(bare);
        if (year) return { year: Number(year[1]), evidence: bare, line: line.index, worded: true };
        const ended = COVER_ENDED_EN.exec(bare);
        // "Year ending 31 March 2027" may be a year still to come: read under a title that looks back (Annual Report).
        if (ended && /ending/i.test(ended[1]) && time.kind !== 'summary') continue;
        if (ended && /^dec/i.test(ended[2])) return { year: Number(ended[3]), evidence: bare, line: line.index, worded: true };
        if (ended) return { year: Number(ended[3]), fiscal: true, half: 1, shown: ended[1], evidence: bare, line: line.index, worded: true };
      }
    }
    const dates = datesOnLine.get(line.index) ?? [];
    for (const d of dates) {
      const said = ownPeriodStatement(d, dates, title);
      if (!said || said.kind === 'name' || said.mention.start.year === undefined) continue;
      // In the body, only words about the report's period (本报告期为…, 报告期：…, "This report covers …"), not 今年（2026年）
      // in a speech, the year it is given in.
      if (bodyOnly && !REPORT_PERIOD_WORDS.test(statedSentence(d.paragraph.text, said.end))) continue;
      const whole = wholePeriod(said.mention.start, said.last);
      if (whole) return { ...whole, evidence: bodyOnly ? statedSentence(d.paragraph.text, said.end) : prose, line: line.index };
    }
  }
  return undefined;
}

/** The words of a sentence up to `end`: 本报告期为2025年1月1日至12月31日, without a number before it (1.1). */
function statedSentence(text: string, end: number): string {
  const head = text.slice(0, end);
  const from = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('. ')) + 1;
  return head.slice(from).trim().replace(/^\d+(?:\.\d+)*\.?\s+/, '');
}

/** 2025年1月1日至12月31日 (or 2025年度), 1 April 2025 to 31 March 2026, 2025年1月1日至6月30日: a year, a financial year, a half. */
function wholePeriod(start: DatePoint, last: { year: number; month?: number }): Pick<ReportPeriod, 'year' | 'half' | 'fiscal' | 'shown'> | undefined {
  const from = start.month ?? 1;
  if ((start.day ?? 1) !== 1) return undefined;
  if (last.year === start.year! && from === 1 && (last.month ?? 12) === 12) return { year: last.year };
  if (last.year === start.year! && from === 1 && last.month === 6) return { year: last.year, half: 1 };
  if (last.year === start.year! && from === 7 && last.month === 12) return { year: last.year, half: 2 };
  if (last.year === start.year! + 1 && from === 4 && last.month === 3 && start.month !== undefined) return { year: last.year, fiscal: true, half: 1, shown: `${start.year}/${String(last.year).slice(2)}` };
  return undefined;
}

/** 落款: a full date alone on one of the last lines (2025年1月10日, 二〇二五年一月十日, 2025-01-10, January 10, 2025). */
function readSignature(time: ReportTime, lines: Line[], part: Part, datesOnLine: Map<number, DateMention[]>): void {
  let seen = 0;
  for (let l = part.endLine; l >= part.startLine && seen < 4; l--) {
    const line = lines[l];
    if (line.kind !== 'text') continue;
    seen++;
    // 日期：2025年1月10日; "Signed on behalf of the trustees, 14 March 2026": the date after the words that sign.
    // "Approved by the Board on 28 March 2025." ends as a sentence; so does "This report was approved by the Board of
    // Directors on 14 July 2025." closing a self-assessment.
    const text = line.prose.trim().replace(/^(?:\*\*|__)?(?:日期|时间|時間|成文日期|Dated|Date|Report date|Date of (?:report|issue)|Issue date)\s*(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*|^(?:Signed|Approved|Agreed)\b[^,.;:\d]{0,60}(?:,|:|\bon)\s*|^(?:this|the)\s+(?:report|review|(?:self[- ]assessment|self[- ]evaluation)(?:\s+report)?)\s+(?:was|has\s+been)\s+(?:approved|agreed|signed|adopted|endorsed)\b[^,.;:\d]{0,60}(?:,|:|\bon)\s*/i, '').replace(/(?<=\d{4})\.$/, '');
    const only = (datesOnLine.get(l) ?? []).find((d) => !d.end && d.start.year !== undefined && d.start.month !== undefined && d.paragraph.text.slice(d.offset, d.offset + d.length) === text);
    if (only) {
      time.signed = { point: only.start, mention: only, line: l, text };
      return;
    }
  }
}
