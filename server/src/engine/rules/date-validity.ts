/**
 * date-validity — 日期有效性 / Impossible dates
 *
 * What: dates that cannot exist — 2月30日, 6月31日, 2023年2月29日 (2023 is not a leap year), 2025年13月,
 * 3月32日, 二〇二五年十三月, 2025-02-30, February 30, September 31, 31 April, months counted to one past 12 (1-13月累计, 1—13月), a date of figures and slashes that is
 * none whichever number is the day (31/11/2028, 29/02/2023, 13/13/2026; not 12/31/2024 alone) (error), or that has no month in the
 * order the report's other numeric dates are in (05/13/2026 where more dates are day first only, 28/05/2026, than month
 * first only; not where they are as many, nor in a report whose dates are month first) (warning) — and spans that end
 * before they start or end where they start: 2024-2019年, （2023-2023）, 2025年12月至2025年3月, from June 2025
 * to March 2025, Reporting period: 1 January 2025 to 31 December 2024 (a period's label opens a span of two full dates
 * as "from" does; not "compared 2025 to 2024") (warning); a quarter or half-year named with another's months in brackets: 第四季度（7月至9月）,
 * 上半年（7—12月）; a date whose 年 or 月 was lost and its digits run together: 2018724日 (2018年7月24日), 2025111231日 (a
 * span, 2025年1月1日至12月31日, read where one span alone can be meant), 20231月,
 * 2024年1230日, also after the -- typed for a date line's dash (--20211228日在…会议上), and a year whose 年 was typed as 月 before a month (2022月11月22日, for 2022年11月22日; not 第2022期, a title's 2022月报,
 * a code's SN-2022月11月), and a cut-off date with no year
 * that lost its 月 (截至1031日), and a meeting's days so (于617日至19日召开, for 6月17日), and seven or eight digits that
 * lost all of 年, 月 and 日 where only a date can stand, after 于, 在, 自 and before 召开, 印发, 起施行, 前, 上午 or a span's
 * 至 (于2024619召开, 自20240701起施行; not 高于2019613元, 编号20230619, 电话20235678) (warning); a weekday that is not its date's: 2026年3月5日（星期三） (5 March 2026 is a
 * Thursday), 2026年11月9日星期二至11日星期三 (a span of dates with their weekdays), "Wednesday 5 March 2026", "7 March 2026 (Friday)", and with no year where the report's date (its 落款 or
 * the date under the title) gives it: 周三（3月5日） in a report dated 2026年4月20日, and 2月29日 with no year where neither
 * that year nor the one it may mean (the next, for a report dated after February; the last, before) is a leap year:
 * 2月29日前公开年报 in a report dated 2026年7月10日, and under a plan's heading that names one year (七、2027年工作安排 ⏎
 * 2月29日前完成排查; Plans for 2027; not 2027—2028年工作打算, Plans for 2027/28) where that year is not a leap year, and 2月29日
 * after a word that tells its year, counted from the year the report was written in where that is sure (its date in the
 * report's own year, or the year before a plan's) or from a date before it in the sentence: 明年2月29日前完成验收 in a
 * 2027年工作计划 dated 2026年12月, 本年2月29日 in 2026, 2026年11月启动，次年2月29日前完成, "by 29 February next year"
 * in a report dated 2026, "from November 2025 … by 29 February the following year", and a span with no year that ends on
 * 次年2月29日 where the year after the start's, read as a lone 2月29日's is, is not a leap year (12月至次年2月29日 in a
 * summary dated 2026年12月; not 每年12月至次年2月29日) (warning); a year typed with an extra
 * digit where only a year can stand: the start of a span ending up to ten years after one of its readings (2012０-21学年,
 * 20120—2021年, "in 20120-21"), the end of a span up to ten years after its start (2025—20271年, "between 2026 and
 * 20271", "covering 2025–20310"; not one that ends a paragraph with a footnote's number after the year, "Annual Plans
 * for 2003 to 20125."), before 年 (20211年), after a month's name ("14 March 20211"), after FY ("FY20256") or
 * alone after in, during, for, since where a year goes ("Grant payments were made in 20205, and …"), and a span's start
 * before an apostrophe's year ("in 20017-'18") (warning); a year that lost a digit where only a year can stand ("launched
 * in 202 and has grown", "since 202, when…", 于202年3月) (warning); a day whose 月 was lost, with no year, before a time
 * of day or opening a sentence (418日下午, 1230日上午, 1031日，完成…) (warning); a clock
 * time past 24:00 or with minutes past 59 where only a time of day is meant — after a word of time, before one, or
 * joined to a time that is one (于24:30结束, 5月20日14:75, 17:30至19:61, "adjourned at 25:10", "from 18:00 to 24:45",
 * "14:82 UTC") (warning); two times of one day that end before they start (下午3时至2时, 上午9:30至8:45,
 * 从14:30开始，至14:10结束, "from 15:30 to 14:00", "9:30–8:45", "began at 16:00 and finished at 15:20") (warning); a
 * month past 12 in a month and year with a slash where a word of time comes before ("completed on 13/2026", "for
 * 2026/13", 2026/13月度); a day after the report's own date (its 落款, or the date under its title) told as done
 * (已于2026年12月15日完成, 平台于2026年12月28日完成二期升级 in a summary dated 2026年11月20日, "On 15 December 2026 we held…", "approved … on 20 January
 * 2027" in a report dated 30 November 2026) (warning); a quarter no year has (2026年第五季度, 第5季度, "Q5 2025/26")
 * (warning); a span with no start year that goes back within one month ("from 12 May to 3 May 2026") (warning); a
 * length of time that its span does not have, where the words tie the two (从2026年1月至6月，历时3个月, 为期两周（5月6日至5月30日）,
 * "a six-week consultation ran from 3 March to 28 March 2026", "over 18 months (January 2024 to March 2025)") (warning); a
 * half-year named with months that are not six ("In the first half of the year (January to September)"), and 前三季度 with
 * other months than 1—9月 in brackets. The report's date is also the one its prose gives itself where it has no 落款 and no
 * date under its title (本报告截至2026年11月30日, "This report was prepared in November 2026", "Position as at 30 September
 * 2026"), and a month told as done after the report's month is reported too (已于12月底全部完成 in a report on 2026 dated
 * in November, "was completed in December 2026"), and so is a count to a month's end after it (截至10月底，共完成… in
 * a report dated 2026年10月12日; "Staff numbers at 31 July 2026 were 412" in a paper dated 8 July 2026, not what is
 * forecast or expected at a date), and a month after the first half told as done in a summary of that half (新河泵站于7月份完成
 * 设备安装调试 in a 2026年上半年工作总结 dated 7月15日; not its plans: 7月份完成…招标, 力争于8月底前开工); a weekday with no year in a sentence told as past ("The panel met on Wed 3 Mar") is
 * checked against the report's year only, not the next. A weekday is read beside another word in its bracket too
 * (2027年2月5日（除夕，星期三）, （周二，农历腊月廿八）, "Friday (Christmas Eve) 24 December 2026", "25 December 2026
 * (Christmas Day, Thursday)"), and a date with no year just after one that gives it in the paragraph is in that year
 * (2027年1月20日至2月28日。其中…2月5日（除夕，星期三））; a holiday of a fixed day named after another day
 * (2027年1月2日（元旦）, 10月2日（国庆节，星期六）), and a lunar festival's day, 2020 to 2035, beside its name and year in the
 * form 2027年春节（2月8日） or 2027年2月6日（除夕） (2027年春节 is 2月6日; 除夕, 春节, 元宵节, 端午节, 中秋节, 重阳节), in English
 * too ("Chinese New Year (8 February 2027)", "21 February 2027 (Lantern Festival)"; Lunar New Year and Mid-Autumn a day
 * either side, as Korea and Vietnam keep them) (warning); a count of working days its span cannot hold, weekends only
 * and both ends counted ("from 3 March to 20 March 2026 (20 working days)", a timetable's "Standstill period ends
 * Tuesday 25 August 2026 (8 working days)" after "Monday 17 August 2026") (warning).
 * Why: a date mistyped or left from a template is a fact the reader can check, and one wrong date casts doubt
 * on the others.
 * Not: 2021—2025年, 12月至次年3月 (and 11月至3月, which crosses the new year), 2024年2月29日 (a leap year),
 * 2月29日 with no year in an undated report or one dated 2027年3月 (2028 is a leap year), 明年2月29日 in a report dated
 * 2027, 前年2月29日 in 2026 (2024), a word whose year is not sure (in a quotation or after another year in its sentence:
 * 2023年印发的《通知》要求“今年2月29日前…”; in a summary dated the year after; under a heading naming another year;
 * 次年 after 每年12月; a plan's 下一年度), 1-6月, 13个月, 13月龄 (1-13月龄), 1-13日, 第32日, 8号楼, version numbers, phone numbers, ratios, scores (31/40), a
 * path (…/31/11/2028/…), codes and file
 * numbers (编号20180724, 第2018724号), counts of days (连续运行1230日, 用工30240日, 12036工日, 2024年120日内), a weekday
 * for a date with no year in an undated text, or where the year it is in is not sure (a summary of 2025 dated 2026; a
 * weekday that fits the year before, for a month-day later in the year than the report's date, or the year after, for
 * one earlier), runs of days (3月5日至7日（周四至周六）, 每周一至周五); five digits that are no year's place: amounts
 * (20120元), codes and standards (GB/T 20120-2021, SN20120-21, 20120-21号), phone numbers and ISBNs, counts of years
 * (约20000年前, 共20211年), a ZIP code or a count in English ("in 20205 households", DC 20205, "from 2025 to 20250
 * members"); times that are none of the day's: 24:00 (the day's end), ratios and scores (1:2, 92:8, 50:50, 以3:1获胜),
 * durations (12:38分钟, "36:20 hours", "26:30 minutes", 4:12:30), verses and standards (John 3:16, ISO 22000:2018);
 * a question's number (Q5 of the survey), 连续五个季度, 近五季度; "from 12 December to 31 January 2026"; a night's
 * times (22:00至次日8:00, 18:00至2:00, "20:00–08:00", "until 02:00 the next day"), a twelve-hour clock ("8:00–6:00",
 * 上午11:30至1:30), scores (比分从21:15追至19:21); numbers with a slash that name a file or an order (Order 13/2026,
 * 档案号2026/13), financial years (2012/13); a later day planned, due or expected (计划于…前完成, 定于…召开, 将于…竣工, 如于…完成, 已于…起施行,
 * "will hold … on", "is scheduled for", "opened on 2 November and closes on 14 December"), or in a report with no date;
 * a length that is rough, a bound or counted otherwise (历时3个多月, 约半年, 3个月左右, 15个工作日（5月6日至5月26日）, "about
 * 15 months", "20 working days (3 March to 28 March)"), one that fits either count of months (2026年2月至7月，历时5个月),
 * "the 12 months to March 2026"; the first half of a financial year (April to September); 前三季度（1—9月）; a date
 * inside a purpose after the past verb ("recommended approval of the programme for first intake in September 2027",
 * "booked the venue for the conference in May 2027", "recruited 40 nurses for the new wing opening in January 2027");
 * 国庆假期, a span's 国庆节, a festival's run or time around it (春节假期（2月15日至23日）, 2027年春节（2月6日至12日）, 春节期间（2月8日）,
 * 春节前（1月30日）), a festival with no year beside it or outside 2020–2035, 迎中秋（9月12日）, "the day following Lunar New
 * Year's Day (Sunday 7 February 2027)"; a span with more weekdays than its
 * working days (it may hold a bank holiday), "about 10 working days", 工作日 in Chinese (调休 makes weekend working days), a
 * count on a table's row that names no end, read from the row before ("Jones  1 April 2026 (6 working days)" under
 * "Smith  30 March 2026": each row a case of its own).
 *
 * 检查：不存在的日期——2月30日、6月31日、2023年2月29日（2023年不是闰年）、2025年13月、3月32日、
 * 二〇二五年十三月、2025-02-30、February 30、终点超过12月的月份范围（1-13月累计、1—13月），以及无论哪个数字是日都不成立的斜线日期（31/11/2028、29/02/2023；单独的 12/31/2024 不报）（错误），或按本文其他数字日期的顺序（只能是日/月/年的多于只能是月/日/年的）没有该月份的日期（05/13/2026）（警告）；起止颠倒或起止相同的时间范围——2024-2019年、
 * （2023-2023）、2025年12月至2025年3月（警告）；季度或半年后括号中的月份不属于它：第四季度（7月至9月）、上半年（7—12月）；
 * 丢了“年”或“月”、数字连在一起的日期：2018724日（2018年7月24日）、20231月、2024年1230日，年份后的“年”误写为“月”的（2022月11月22日，应为2022年11月22日；第2022期、标题中的“2022月报”、编号SN-2022月11月不报），一个年份后起止两个日期的单位和“至”全丢的（统计期限为2025111231日，应为2025年1月1日至12月31日；2025111231日元、编号2025111231日不报），包括用“--”代替破折号的日期行（--20211228日在…会议上），以及没写年份、丢了“月”的截止日期（截至1031日）和会议日期（于617日至19日召开，应为6月17日），以及“年”“月”“日”全丢、七八位数字连在一起、只能是日期的位置（前有于、在、自，后接召开、印发、起施行、前、上午或表示起止的“至”：于2024619召开、自20240701起施行；高于2019613元、编号20230619、电话20235678不报）（警告）；
 * 与日期不符的星期：2026年3月5日（星期三）（2026年3月5日是星期四）、“Wednesday 5 March 2026”，以及没写年份而本文落款或标题下日期给出年份的“周三（3月5日）”（警告）；
 * 没写年份、而本文年份（及其可能指的下一年或上一年）都不是闰年的2月29日：落款2026年7月10日的报告中“2月29日前公开年报”，以及标题只写一个年份的计划部分（七、2027年工作安排）中该年不是闰年的2月29日，
 * 以及前有表示年份的词、按确定的成文年份（本文日期在本文所述年份，或在计划所述年份的上一年）或按同一句前文日期推算不是闰年的2月29日（落款2026年12月的《2027年工作计划》中“明年2月29日前完成验收”、2026年的“本年2月29日”、“2026年11月启动，次年2月29日前完成”），以及起点没写年份、终点为“次年2月29日”而次年按本文年份或计划部分标题的年份推算不是闰年的时间段（落款2026年12月的总结中“12月至次年2月29日为防火紧要期”；“2027年12月至次年2月29日”、“每年12月至次年2月29日”不报）（警告）；
 * 少了一位数字的年份（于202年3月、“launched in 202 and”）；没写年份、丢了“月”、后接钟点或在句首的日期（418日下午、1230日上午、1031日，完成……）（警告）；
 * 多打一位数字的年份：时间范围的起点（2012０-21学年、20120—2021年、“in 20017-'18”）或终点（2025—20271年）、“年”前（20211年）、英文月份后（14 March 20211）、FY后（FY20256）或英文 in 之后单独的年份（in 20205）（警告）；
 * 超过24:00或分钟超过59、且只能是钟点的时间：于24:30结束、5月20日14:75、17:30至19:61（警告）；不存在的季度：2026年第五季度、第5季度、Q5 2025/26（警告）；
 * 起点未写年份、同月内终点早于起点的英文日期范围（from 12 May to 3 May 2026）（警告）；与所述起止时间不符的时长（从2026年1月至6月，历时3个月；为期两周（5月6日至5月30日））（警告）；
 * 括号中不是六个月的半年（first half of the year (January to September)）和括号中不是1—9月的“前三季度”；没有落款和标题下日期时，正文所述的本文日期（本报告截至2026年11月30日）也作为本文日期，
 * 晚于本文所在月份、却写作已经完成的月份也报告（11月的报告中“已于12月底全部完成”），晚于本文日期的“截至10月底，共完成……”（落款2026年10月12日）和英文的“Staff numbers at 31 July 2026 were 412”（本文日期为2026年7月8日；预测、预计的不报）也报告；上半年总结中写作已经完成的下半年月份（“于7月份完成设备安装调试”；下半年打算中的“7月份完成……招标”不报）；同一天内结束早于开始的时间（下午3时至2时、上午9:30至8:45、
 * 从14:30开始，至14:10结束）（警告）；前有表示时间的词、月份超过12的“年/月”（截至2026/13、2026/13月度）；晚于本文落款或标题下日期、却写作已经发生的日期
 * （落款2026年11月20日的总结中“已于2026年12月15日完成”“平台于2026年12月28日完成二期升级”）（警告）；括号中另有词语的星期（2027年2月5日（除夕，星期三）、
 * （周二，农历腊月廿八））和紧跟在带年份日期之后、未写年份的日期的星期；与括号中固定日期节日不符的日期（2027年1月2日（元旦）），以及2020—2035年间与年份、名称写在一起、日期不符的农历节日（2027年春节（2月8日）、2027年2月6日（除夕）：2027年春节是2月6日；除夕、春节、元宵节、端午节、中秋节、重阳节；英文同样：Chinese New Year (8 February 2027)）（警告）；
 * 按只除去周末、首尾都计也容不下的工作日数（“Standstill period ends Tuesday 25 August 2026 (8 working days)”前一行为“Monday 17 August 2026”）（警告）。
 * 原因：日期写错或沿用模板，读者一查便知，也会让人怀疑其他日期。
 * 不报：2021—2025年、12月至次年3月（11月至3月跨年）、2024年2月29日（闰年）、没有日期的报告或落款2027年3月的报告中不带年份的2月29日（2028年是闰年）、
 * 落款2027年的“明年2月29日”、2026年的“前年2月29日”（2024年），年份不确定的（引文中或同一句前文另有年份：2023年印发的《通知》要求“今年2月29日前……”；落款在下一年的总结；标题写着另一年份的部分；“每年12月……次年2月29日”；计划中的“下一年度”），1-6月、
 * 13个月、13月龄（1-13月龄）、1-13日、第32日、8号楼、版本号、电话号码、比例、网址中的斜线数字和得分（31/40），编号和文号（编号20180724、第2018724号），天数（连续运行1230日、
 * 用工30240日、12036工日、2024年120日内），没有日期的文本中不带年份日期的星期，年份不确定的（2026年落款的2025年总结；
 * 晚于落款月日的日期符合上一年的星期、早于落款月日的符合下一年的星期），连续几天（3月5日至7日（周四至周六）、每周一至周五），不在年份位置的五位数（金额20120元、标准号和编号GB/T 20120-2021、20120-21号、电话号码、ISBN、年数约20000年前、共20211年），
 * 不是钟点的“时:分”（表示一天结束的24:00、比例和比分1:2、92:8、以3:1获胜、时长12:38分钟），连续五个季度、近五季度；跨夜的时间（22:00至次日8:00、18:00至2:00），
 * 比分（比分从21:15追至19:21），文号、档案号（档案号2026/13），计划、约定或将要发生的日期（计划于…前完成、定于…召开、已于…起施行），没有日期的报告；
 * 约数、上下限或另计的时长（历时3个多月、约半年、3个月左右、15个工作日（5月6日至5月26日））、按两种算法之一相符的月数（2026年2月至7月，历时5个月），前三季度（1—9月），
 * 过去式动词之后、属于目的的日期（“recommended approval of the programme for first intake in September 2027”；已完成2027年春季招生计划的编制），
 * 国庆假期、节日的假期或前后（春节假期（2月15日至23日）、2027年春节（2月6日至12日）、春节期间（2月8日）、春节前（1月30日）），没写年份或在2020—2035年之外的农历节日，迎中秋（9月12日），工作日多于所述天数的时段（可能有公众假日），中文的工作日（有调休），表格中不写截止、只能从上一行算起的工作日数（登记表中各行各是一件事）。
 *
 * Bad:  2023年2月29日召开总结大会
 * Good: 2024年2月29日召开总结大会
 * Bad:  The survey ran from June 2025 to March 2025.
 * Good: The survey ran from June 2024 to March 2025.
 */

import lunarFestivals from '../data/lunar-festivals.json';
import { comparePoints, daysInMonth, isLeapYear, relativeYear, type DateMention, type DatePoint, type RelativeYear } from '../model/dates';
import type { ReportTime } from '../model/report-time';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import { durationMismatch, enFirstDay, statedDurations } from '../model/dates-duration';
import { runTogetherDates } from '../model/run-together-dates';
import { yearsAsMonths } from '../model/dates-year-as-month';
import { signedBeforeCoverPeriod } from '../model/dates-signed-early';
import { datedBeforeEvents } from '../model/dates-before-events';
import { inPlanScope } from './stale-year-text';
import { isPlanSection } from '../model/heading-scope';
import type { Rule, UnitContext } from '../rule';
import { matchesOf } from '../patterns';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const rule: Rule<Yearless[]> = {
  meta: {
    id: 'date-validity',
    name: { zh: '日期有效性', en: 'Impossible dates' },
    category: 'numbers',
    description: {
      zh: '不存在的日期（2月30日、2023年2月29日、13月）和起止颠倒或相同的时间范围（2024-2019年、（2023-2023））',
      en: 'Dates that cannot exist (February 30, 2023-02-29, month 13) and spans that end before or where they start (2024–2019)',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      month: {
        zh: '核对日期：“{text}”不存在，月份应为1至12，这里是{month}',
        en: 'Check the date: “{text}” does not exist; a month is 1 to 12, not {month}',
      },
      day: {
        zh: '核对日期：“{text}”不存在，{month}月只有{max}天',
        en: 'Check the date: “{text}” does not exist; {monthName} has {max} days',
      },
      february: {
        zh: '核对日期：“{text}”不存在，2月最多29天',
        en: 'Check the date: “{text}” does not exist; February has 29 days at most',
      },
      dayZero: {
        zh: '核对日期：“{text}”不存在，日期从1日起',
        en: 'Check the date: “{text}” does not exist; days start at 1',
      },
      leap: {
        zh: '核对日期：“{text}”不存在，{year}年不是闰年，2月只有28天',
        en: 'Check the date: “{text}” does not exist; {year} is not a leap year, so February has 28 days',
      },
      reversed: {
        zh: '核对起止时间：“{text}”的终点早于起点',
        en: 'Check the span: “{text}” ends before it starts',
      },
      period: {
        zh: '核对月份：{period}是{expected}，括号中为“{text}”',
        en: 'Check the months: {period} is {expected}, but the brackets say “{text}”',
      },
      runTogether: {
        zh: '核对日期：“{text}”少了{missing}，应为“{date}”',
        en: 'Check the date: “{text}” has lost its {missing}; “{date}”?',
      },
      yearAsMonth: {
        zh: '核对日期：“{text}”中年份后误写为“月”，应为“{date}”',
        en: 'Check the date: “{text}” has 月 after the year where 年 belongs; “{date}”?',
      },
      runTogetherEither: {
        zh: '核对日期：“{text}”少了{missing}，是“{date}”还是“{other}”',
        en: 'Check the date: “{text}” has lost its {missing}; “{date}” or “{other}”?',
      },
      empty: {
        zh: '核对起止时间：“{text}”的起点和终点相同',
        en: 'Check the span: “{text}” starts and ends at the same time',
      },
      weekday: {
        zh: '核对星期：{date}是{actual}，这里写的是“{text}”',
        en: 'Check the weekday: {date} is a {actual}, not “{text}”',
      },
      weekdayOwnYear: {
        zh: '核对星期：按本文的年份（{year}年，见{basis}），{date}是{actual}，这里写的是“{text}”',
        en: 'Check the weekday: in the report\'s year ({year}, from {basis}), {date} is a {actual}, not “{text}”',
      },
      time: {
        zh: '核对时间：“{text}”不存在，{why}',
        en: 'Check the time: “{text}” does not exist; {why}',
      },
      timeReversed: {
        zh: '核对时间：“{text}”的结束时间早于开始时间',
        en: 'Check the times: “{text}” ends before it starts',
      },
      timeHour: { zh: '小时应为0至24', en: 'hours run from 0 to 24' },
      timeMinute: { zh: '分钟应为00至59', en: 'minutes run from 00 to 59' },
      timeAfterMidnight: { zh: '24:00之后是次日0时', en: 'after 24:00 the clock starts again at 0:00 the next day' },
      quarter: {
        zh: '核对季度：“{text}”不存在，一年只有四个季度',
        en: 'Check the quarter: “{text}” does not exist; a year has four quarters',
      },
      fiveDigitYear: {
        zh: '核对年份：“{text}”中的“{digits}”是五位数，年份应为四位',
        en: 'Check the year: “{digits}” in “{text}” has five digits; a year has four',
      },
      shortYear: {
        zh: '核对年份：“{text}”中的“{digits}”只有三位，年份应为四位',
        en: 'Check the year: “{digits}” in “{text}” has three digits; a year has four',
      },
      leapHeadingYear: {
        zh: '核对日期：本节标题“{heading}”所说的{year}年不是闰年，2月只有28天，“{text}”不存在',
        en: 'Check the date: under “{heading}”, “{text}” is in {year}, which is not a leap year, so February has 28 days',
      },
      leapRelativeYear: {
        zh: '核对日期：本文写于{base}年（见{basis}），“{text}”在{year}年，{year}年不是闰年，2月只有28天',
        en: 'Check the date: the report was written in {base} (from {basis}), so “{text}” is in {year}, which is not a leap year; February has 28 days',
      },
      leapNamedYear: {
        zh: '核对日期：前文所说的是{base}年，“{text}”在{year}年，{year}年不是闰年，2月只有28天',
        en: 'Check the date: after {base}, “{text}” is in {year}, which is not a leap year; February has 28 days',
      },
      leapSpanOwnYear: {
        zh: '核对日期：按本文年份（{base}年，见{basis}），“{text}”止于{year}年，该年2月只有28天',
        en: 'Check the date: in the report\'s year ({base}, from {basis}), “{text}” ends on 29 February {year}; {year} is not a leap year, so February has 28 days',
      },
      leapSpanHeadingYear: {
        zh: '核对日期：按本节标题“{heading}”（{base}年），“{text}”止于{year}年，该年2月只有28天',
        en: 'Check the date: under “{heading}”, “{text}” runs from {base} and ends on 29 February {year}; {year} is not a leap year, so February has 28 days',
      },
      leapOwnYear: {
        zh: '核对日期：按本文的年份（{year}年，见{basis}），“{text}”不存在，{year}年不是闰年，2月只有28天',
        en: 'Check the date: in the report\'s year ({year}, from {basis}), “{text}” does not exist; {year} is not a leap year, so February has 28 days',
      },
      doneAfterDate: {
        zh: '核对日期：“{text}”晚于本文的日期（{date}，见{basis}），却写作已经发生',
        en: 'Check the date: “{text}” is after the report\'s own date ({date}, from {basis}) but is told as done',
      },
      dayFirst: {
        zh: '核对日期：本文的日期按日/月/年书写（如“{example}”），“{text}”中的月份{month}不存在',
        en: 'Check the date: this report writes its dates day first (as “{example}”), and “{text}” has no month {month}',
      },
      halfMonths: {
        zh: '核对月份：{period}是六个月，括号中的“{text}”是{months}个月',
        en: 'Check the months: {period} is six months, but “{text}” is {months}',
      },
      quarterMonths: {
        zh: '核对月份：{period}是三个月，括号中的“{text}”是{months}个月',
        en: 'Check the months: {period} is three months, but “{text}” is {months}',
      },
      afterHalf: {
        zh: '核对时间：本文是{period}的总结，“{text}”在这段时间之后，却写作已经完成',
        en: 'Check the date: the report covers {period}, but “{text}” is after it and told as done',
      },
      holiday: {
        zh: '核对日期：{holiday}是{expected}，这里写的却是“{text}”',
        en: 'Check the date: {holiday} is on {expected}, but this says “{text}”',
      },
      duration: {
        zh: '核对时长：“{span}”前后共{actual}，与“{stated}”不符',
        en: 'Check the length: “{span}” is {actual}, not “{stated}”',
      },
      basisSigned: { zh: '落款', en: 'the date at the end' },
      basisStated: { zh: '正文所述本文日期', en: 'the date the report gives itself' },
      basisDateline: { zh: '标题下的日期', en: 'the date under the title' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    let yearless: Yearless[] | undefined;
    const mentions = context.model.datesIn(paragraph);
    if (mentions.length > 0 && DURATION_QUICK.test(paragraph.text)) checkDurations(context, paragraph, mentions);
    if (CLOCK_QUICK.test(paragraph.text)) checkClockDurations(context, paragraph);
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index];
      const bad = checkPoint(context, mention, mention.start) || (mention.end !== undefined && checkPoint(context, mention, mention.end));
      if (!bad && mention.end) checkSpan(context, mention, mention.start, mention.end) || checkPeriodMonths(context, mention, mention.start, mention.end);
      if (bad) continue;
      if (mention.end) {
        // 12月至次年2月29日: the end's year is the one after the start's, and the start has none of its own.
        if (nextYearLeapDay(mention)) {
          const relative = relativeYear(mention, mentions, index);
          if (!RECURRING_BEFORE.test(paragraph.text.slice(Math.max(0, mention.offset - 40), mention.offset).split(/[。；！？]|\.\s/).pop()!)) {
            (yearless ??= []).push(relative ? { mention, leapDay: true, span: true, relative: { ...relative, shift: relative.shift + 1 } } : { mention, leapDay: true, span: true });
          }
          continue;
        }
        // 已于12月1日至3日补巡 in a notice dated 12月2日: days told as done, the last of them after the date.
        if (mention.language === 'zh' && mention.start.month !== undefined && mention.start.day !== undefined && mention.end.day !== undefined && toldAsDone(mention)) (yearless ??= []).push({ mention, done: true });
        continue;
      }
      // "from 14 to 9 June 2026", "28–3 June": a first day after the last, within one month.
      if (mention.language === 'en') {
        const first = enFirstDay(paragraph.text, mention);
        if (first?.tied && first.day > mention.start.day!) {
          const span = { ...mention, offset: first.offset, length: mention.offset + mention.length - first.offset, end: mention.start };
          if (checkSpan(context, span, { ...mention.start, day: first.day }, mention.start)) continue;
        }
      }
      const leapDay = mention.start.year === undefined && mention.start.month === 2 && mention.start.day === 29;
      // 明年2月29日, "29 February next year": the word tells the year.
      const relative = leapDay || (mention.language === 'en' && mention.start.year === undefined) ? relativeYear(mention, mentions, index) : undefined;
      // "3 March next year": not a date of the report's own year, whatever is said of it.
      if (relative && !leapDay) continue;
      // A day told as done; also a month (已于12月底全部完成, "was completed in December 2026").
      if (!relative && mention.start.month !== undefined && (mention.start.day !== undefined || !mention.qualifier?.by)) {
        if (toldAsDone(mention)) (yearless ??= []).push({ mention, done: true });
        else if (cutoffCounted(mention)) (yearless ??= []).push({ mention, done: true, cutoff: true });
      }
      // 2月29日 with no year: whether its year is a leap year is for the report's own year to say.
      if (leapDay) {
        (yearless ??= []).push(relative ? { mention, leapDay: true, relative } : { mention, leapDay: true });
        continue;
      }
      if (mention.language === 'zh' && !mention.end && mention.start.day !== undefined) {
        checkHoliday(context, mention, mentions);
        if (LUNAR_QUICK.test(paragraph.text)) checkFestivalBefore(context, mention, mentions);
      } else if (mention.language === 'en' && !mention.end && mention.start.day !== undefined && LUNAR_QUICK_EN.test(paragraph.text)) checkFestivalEn(context, mention);
      const said = weekdayOf(mention);
      if (!said) continue;
      const inherited = mention.start.year === undefined ? yearFromBefore(mentions, mention) : undefined;
      if (mention.start.year !== undefined || inherited !== undefined) checkWeekday(context, said, mention.start.year ?? inherited!);
      else (yearless ??= []).push(said);
    }
    if (mentions.length > 0 && WORKING_DAYS_QUICK.test(paragraph.text)) checkWorkingDays(context, paragraph, mentions);
    if (mentions.length > 1 && paragraph.text.includes('起')) checkFromUntil(context, mentions);
    checkRunTogether(context, paragraph);
    checkYearAsMonth(context, paragraph);
    if (FIVE_DIGITS.test(paragraph.text)) checkFiveDigitYears(context, paragraph);
    if (SHORT_YEAR_QUICK.test(paragraph.text)) checkShortYears(context, paragraph);
    if (paragraph.text.includes('/')) {
      for (const order of checkNumericDates(context, paragraph)) (yearless ??= []).push(order);
      checkMonthYears(context, paragraph);
    }
    if ((paragraph.text.includes(':') || paragraph.text.includes('：')) && IMPOSSIBLE_TIME_QUICK.test(paragraph.text)) checkTimes(context, paragraph);
    if (TIME_SPAN_QUICK.test(paragraph.text)) checkTimeOrder(context, paragraph);
    if (QUARTER_QUICK.test(paragraph.text)) checkQuarters(context, paragraph);
    if (paragraph.text.includes('half')) checkHalfMonths(context, paragraph);
    if (/\bQ[1-4]\b|quarter/i.test(paragraph.text) && paragraph.text.includes('(')) checkQuarterMonths(context, paragraph);
    return yearless;
  },

  // 周三（3月5日） with no year: the report's own year, where its date says it (the 落款 or the date under the title).
  check(context) {
    if (context.locals.length === 0) return;
    const times = context.doc.reportTimes;
    const orders: NumericOrder[] = [];
    let planned: Set<Paragraph> | undefined;
    for (const { value } of context.locals) {
      for (const said of value) {
        if ('numeric' in said) {
          orders.push(said);
          continue;
        }
        if ('leapDay' in said && said.relative) {
          checkRelativeLeapDay(context, said.mention, said.relative, times);
          continue;
        }
        // 二、2027年工作安排 ⏎ 2月29日前完成…: the year of the plan's section the date is in.
        if ('leapDay' in said) {
          const own = times.find((t) => t.part === said.mention.paragraph.part)?.period;
          const heading = headingYear(said.mention);
          // The section's heading names the year its dates are in: a 2026 summary's 七、2027年工作安排, and a 2025 report's
          // 二、2025年工作安排 alike (明年/次年 before the date are read as such before this).
          if (heading && !(own !== undefined && own.fiscal)) {
            const year = heading.year + (said.span ? 1 : 0);
            if (!isLeapYear(year)) {
              const { mention } = said;
              const text = mention.paragraph.text.slice(mention.offset, mention.offset + mention.length);
              const message = said.span ? 'leapSpanHeadingYear' : 'leapHeadingYear';
              context.report({ message, data: { text, year: String(year), base: String(heading.year), heading: heading.title }, range: rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length), severity: 'warning' });
            }
            continue;
          }
        }
        const time = times.find((t) => t.part === said.mention.paragraph.part);
        // The 落款 or the date under the title; else the date the report's prose gives itself (本报告截至…).
        const signed = time?.signed ?? time?.stated;
        const year = signed?.point.year;
        // A summary of 2025 signed in January 2026: which year its 3月5日 is in is not sure.
        if (year === undefined || (time!.period && time!.period.year !== year && !time!.period.fiscal)) continue;
        const { month, day } = said.mention.start;
        // Before the date it was written on, the date may be next year's (a plan); after it, last year's.
        const candidates = [year];
        const at = signed!.point;
        if (at.month !== undefined && 'span' in said && said.span) {
          // 12月至次年2月29日: the start's month before or after the month it was written in (in that month, that year's).
          if (month! !== at.month) candidates.push(month! > at.month ? year - 1 : year + 1);
        } else if (at.month !== undefined) {
          const later = month! * 100 + day! > at.month * 100 + (at.day ?? 0);
          // 定于12月8日（星期一）召开 in a notice dated 12月1日: a day set ahead is not last year's.
          if (!later || !scheduledAhead(said.mention)) candidates.push(later ? year - 1 : year + 1);
        }
        const basis = context.localize(signed === time!.stated ? rule.meta.messages.basisStated : 'top' in signed! && signed.top ? rule.meta.messages.basisDateline : rule.meta.messages.basisSigned);
        if ('done' in said) {
          // Only against a day or a month the report was written on (not a period's end read as its date).
          if (('periodEnd' in signed! && signed.periodEnd) || signed!.point.month === undefined || signed!.point.month > 12) continue;
          // A date at the end long before the period on the cover was over (stale-year's): no measure of what was done.
          if (signed === time!.signed && signedBeforeCoverPeriod(time!, context.doc.paragraphs, (q) => context.model.datesIn(q))) continue;
          // A date a year before every date of the body, what it tells as done after it (stale-year's): the same.
          if (signed === time!.signed && datedBeforeEvents(time!, context.doc.paragraphs, (q) => context.model.datesIn(q))) continue;
          const { mention } = said;
          const at = signed!.point;
          // 于2026年9月举办 under 下半年工作打算, or in a 工作要点: a bare 于 schedules in a plan (已于 still tells it done).
          if (mention.language === 'zh' && !ZH_DONE_BEFORE.test(mention.paragraph.text.slice(Math.max(0, mention.offset - 6), mention.offset))) {
            if (time!.period?.kind === 'plan' || (planned ??= inPlanScope(context.doc.paragraphs)).has(mention.paragraph)) continue;
          }
          // A financial year's report (2025/26, published July 2026): its 7 December is the year before.
          if (mention.start.year === undefined && time!.period?.fiscal) continue;
          // With no year, the report's own: only in a report on the year it is dated in; not one told as last year's
          // (去年的总结会于12月8日召开).
          if (mention.start.year === undefined && (time!.period?.year !== year || LAST_YEAR_BEFORE.test(mention.paragraph.text.slice(Math.max(0, mention.offset - 30), mention.offset).split(/[。；！？]|\.\s/).pop()!))) continue;
          // 已于12月1日至3日补巡: work told as done over days, done by its last day.
          const last = mention.end && !said.cutoff ? { ...mention.start, year: mention.end.year ?? mention.start.year, month: mention.end.month ?? mention.start.month, day: mention.end.day ?? mention.start.day } : mention.start;
          const point = last.year === undefined ? { ...last, year } : last;
          // 截至2026年11月底 after the 落款's month is stale-year's (the 落款 kept from an older draft); a plan's 截至 is a target.
          if (said.cutoff && (time!.period?.kind === 'plan' || (mention.start.year !== undefined && signed === time!.signed && !time!.signed!.top && point.year! * 12 + point.month! > at.year! * 12 + at.month!))) continue;
          // A month against the report's: only a month after its month.
          // 截至10月底 in a report dated 10月12日: the month's end is after its day.
          const monthEnd = point.day === undefined && mention.qualifier?.part === 'end' && at.day !== undefined ? { ...point, day: daysInMonth(point.month!, point.year) } : undefined;
          const after = monthEnd ? comparePoints(monthEnd, at) > 0
            : point.day === undefined || at.day === undefined ? point.year! * 12 + point.month! > at.year! * 12 + at.month! : comparePoints(point, at) > 0;
          if (!after) {
            // 于7月份完成 in a summary of the first half of the year: a month after the half it reports on, told as done.
            const period = time!.period;
            // Not a school year's or term's (2025—2026学年, 第二学期: to July or August), nor progress counted to a day
            // after the half and before the 落款 (截至7月10日，12个重点项目已全部开工, signed 7月12日).
            if (period?.kind === 'summary' && period.half === 1 && !period.fiscal && !period.shown && !said.cutoff && point.year === period.year && point.month! > 6) {
              const text = mention.paragraph.text.slice(mention.offset, mention.offset + mention.length);
              const zh = mention.language === 'zh';
              context.report({ message: 'afterHalf', data: { text, period: zh ? `${period.year}年上半年` : `the first half of ${period.year}` }, range: rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length), severity: 'warning' });
            }
            continue;
          }
          const zh = mention.language === 'zh';
          const text = mention.paragraph.text.slice(mention.offset, mention.offset + mention.length);
          const date = zh ? `${at.year}年${at.month}月${at.day === undefined ? '' : `${at.day}日`}` : `${at.day === undefined ? '' : `${at.day} `}${MONTHS_EN[at.month! - 1]} ${at.year}`;
          context.report({ message: 'doneAfterDate', data: { text, date, basis }, range: rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length), severity: 'warning' });
          continue;
        }
        if ('leapDay' in said && said.span) {
          if (candidates.some((y) => isLeapYear(y + 1))) continue;
          const { mention } = said;
          const text = mention.paragraph.text.slice(mention.offset, mention.offset + mention.length);
          const range = rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length);
          context.report({ message: 'leapSpanOwnYear', data: { text, base: String(year), year: String(year + 1), basis }, range, severity: 'warning' });
          continue;
        }
        if ('leapDay' in said) {
          if (candidates.some((y) => isLeapYear(y))) continue;
          const { mention } = said;
          const text = mention.paragraph.text.slice(mention.offset, mention.offset + mention.length);
          const range = rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length);
          context.report({ message: 'leapOwnYear', data: { text, year: String(year), basis }, range, severity: 'warning' });
          continue;
        }
        // "The panel met on Wed 3 Mar": told as past, so not next year's.
        if (candidates.length > 1 && candidates[1] > year && pastSentence(said.mention)) candidates.pop();
        if (candidates.some((y) => weekdayIn(y, month!, day!) === said.weekday)) continue;
        reportWeekday(context, said, year, 'weekdayOwnYear', { year: String(year), basis });
      }
    }
    checkNumericOrder(context, orders);
  },
};

export default rule;

/** 第四季度（10月至12月）, 上半年（1—6月）, Q3 (July–September): the months each quarter or half-year is made of. */
const PERIOD_BEFORE = /(第[一二三四1-4]季度|前[两二三]季度|(?<!前)[一二三四1-4]季度|上半年|下半年|\bQ[1-4]\b|\bH[12]\b|first half|second half)\s*[（(]\s*$/i;
const PERIOD_MONTHS: Record<string, [number, number]> = { 一: [1, 3], 二: [4, 6], 三: [7, 9], 四: [10, 12], 上半年: [1, 6], 下半年: [7, 12], 前两季度: [1, 6], 前二季度: [1, 6], 前三季度: [1, 9], h1: [1, 6], h2: [7, 12], 'first half': [1, 6], 'second half': [7, 12] };

function periodMonths(label: string): [number, number] | undefined {
  const q = /^第?([一二三四1-4])季度|^Q([1-4])$/i.exec(label);
  if (q) {
    const n = q[1] ?? q[2];
    return PERIOD_MONTHS[/\d/.test(n) ? '一二三四'[Number(n) - 1] : n];
  }
  return PERIOD_MONTHS[label.toLowerCase()];
}

/** A quarter or half-year named with the months of another in brackets after it; true when reported. */
function checkPeriodMonths(context: UnitContext, mention: DateMention, start: DatePoint, end: DatePoint): boolean {
  if (start.month === undefined || end.month === undefined) return false;
  const text = mention.paragraph.text;
  const label = PERIOD_BEFORE.exec(text.slice(Math.max(0, mention.offset - 12), mention.offset));
  if (!label || !/^\s*[)）]/.test(text.slice(mention.offset + mention.length, mention.offset + mention.length + 3))) return false;
  const months = periodMonths(label[1]);
  if (!months || (start.month === months[0] && end.month === months[1])) return false;
  const zh = mention.language === 'zh';
  const expected = zh ? `${months[0]}—${months[1]}月` : `${MONTHS_EN[months[0] - 1]}–${MONTHS_EN[months[1] - 1]}`;
  const written = text.slice(mention.offset, mention.offset + mention.length);
  context.report({ message: 'period', data: { period: label[1], expected, text: written }, range: rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length) });
  return true;
}

/** 2018724日, 20231月, 2024年1230日: a date whose units were lost, read back where only a date can be meant. */
function checkRunTogether(context: UnitContext, paragraph: Paragraph): void {
  for (const date of runTogetherDates(paragraph.text)) {
    const missing = date.missing.map((u) => `“${u}”`).join('');
    const [date1, date2] = date.readings.map((r) => `${r.year === undefined ? '' : `${r.year}年`}${r.month}月${r.day === undefined ? '' : `${r.day}日`}${r.until ? `至${r.until.month}月${r.until.day}日` : ''}`);
    context.report({
      message: date2 ? 'runTogetherEither' : 'runTogether',
      data: { text: paragraph.text.slice(date.offset, date.offset + date.length), missing, date: date1, other: date2 ?? '' },
      range: rangeIn(paragraph, date.offset, date.offset + date.length),
      severity: 'warning',
    });
  }
}

/** 2022月11月22日: the year's 年 typed as 月. */
function checkYearAsMonth(context: UnitContext, paragraph: Paragraph): void {
  for (const slip of yearsAsMonths(paragraph.text)) {
    const date = `${slip.year}年${slip.month}月${slip.day === undefined ? '' : `${slip.day}日`}`;
    context.report({
      message: 'yearAsMonth',
      data: { text: paragraph.text.slice(slip.offset, slip.offset + slip.length), date },
      range: rangeIn(paragraph, slip.offset, slip.offset + slip.length),
      severity: 'warning',
    });
  }
}

const FIVE_DIGITS = /(?:19|20|１９|２０)[\d０-９]{3}/;
const D = '[\\d０-９]';
/** A digit, a letter, a point, a slash, a dash, #, 第 or 编号 before: a code, a part of a longer number, a phone number, an ISBN. */
const NOT_BEFORE_YEAR = `(?<![\\d０-９A-Za-z_.．/\\-－#第:：])`;
/** 2012０-21学年, 20120—2021年, in 20120-21, in 20017-'18: a span whose first year has an extra digit (its end two or four digits). */
const FIVE_SPAN = new RegExp(`${NOT_BEFORE_YEAR}((?:19|20|１９|２０)${D}{3})\\s?[-－—–~～至到]\\s?['’‘]?(${D}{4}|${D}{2})(?![\\d０-９\\-－/]|[.．][\\d０-９])`, 'g');
/** 20211年: a year with an extra digit before its 年 (not 20000年前, an age; 第, 共, 距今 before are counts). */
const FIVE_NIAN = new RegExp(`${NOT_BEFORE_YEAR}((?:19|20|１９|２０)${D}{3})(?=年(?![前龄齡]))`, 'g');
/** 14 March 20211, March 14, 20211: a month's name before a five-digit year. */
const FIVE_EN_DATE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d{3})(?![\d\-/.]\d)\b/g;
/** A span in English: after in, during, for, since, from, of, or (financial, academic) year. */
const EN_SPAN_LEAD = /\b(?:in|during|for|since|from|of|year|years)\s+$/i;
const ZH_YEAR_UNIT = /^(?:年|学年|學年|年度|财年|財年|财政年度|財政年度)/;
/** 约20000年前, 共20211年: a count of years, not a year. */
const ZH_COUNT_LEAD = /(?:距今|约|約|近|超过|超過|逾|长达|長達|历时|歷時|累计|累計|共|达|達|计|計)\s*$/;
/** 编号20120-21年度…, 档案号20211年…: a number that names a file. */
const ZH_CODE_LEAD = /(?:编号|編號|文号|文號|代码|代碼|账号|賬號|卷号|卷號|档号|檔號|序号|序號)[:：]?\s*$/;
/** A standard's or a code's letters before it: GB/T 20120-2021, ISO 20121-2012. */
const CODE_LEAD = /[A-Za-z]{1,8}(?:\s*\/\s*[A-Za-z]{1,3})?\s*$/;

function ascii(digits: string): string {
  return digits.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The years a five-digit number is with one digit dropped (20120: 2012, 2010, 2020). */
function yearsWithout(digits: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < digits.length; i++) {
    const y = Number(digits.slice(0, i) + digits.slice(i + 1));
    if (y >= 1900 && y <= 2099 && !out.includes(y)) out.push(y);
  }
  return out;
}

/**
 * A year typed with an extra digit where only a year can stand: the start of a span whose end is a year up to ten
 * after one of its four-digit readings (2012０-21学年, 20120—2021年, in 20120-21), before 年 (20211年), or after an
 * English month (14 March 20211). Not an amount (20120元), a code or standard (GB/T 20120-2021, SN20120-21,
 * 20120-21号), a phone number or an ISBN (digits and dashes around it), a count of years (约20000年前, 共20211年), nor a
 * ZIP code (DC 20205).
 */
function checkFiveDigitYears(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  // What was reported, so that the five digits are reported once (2025—20271年 is a span's end and a 年's year).
  const covered: [number, number][] = [];
  const taken = (at: number) => covered.some(([from, to]) => at >= from && at < to);
  const report = (at: number, length: number, digits: string) => {
    covered.push([at, at + length]);
    context.report({ message: 'fiveDigitYear', data: { text: text.slice(at, at + length), digits }, range: rangeIn(paragraph, at, at + length), severity: 'warning' });
  };
  for (const m of matchesOf(text, FIVE_SPAN)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length);
    if ((CODE_LEAD.test(before) && !EN_SPAN_LEAD.test(before)) || ZH_CODE_LEAD.test(before)) continue;
    const zh = ZH_YEAR_UNIT.test(after);
    if (!zh && !EN_SPAN_LEAD.test(before)) continue;
    const endDigits = ascii(m[2]);
    const fits = yearsWithout(ascii(m[1])).some((y) => {
      const end = endDigits.length === 4 ? Number(endDigits) : Math.floor(y / 100) * 100 + Number(endDigits);
      return end > y && end <= y + 10;
    });
    if (!fits) continue;
    report(m.index, m[0].length, m[1]);
  }
  for (const m of matchesOf(text, FIVE_SPAN_END)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length);
    if (taken(m.index) || (CODE_LEAD.test(before) && !EN_SPAN_END_LEAD.test(before)) || ZH_CODE_LEAD.test(before)) continue;
    if (!ZH_YEAR_UNIT.test(after) && !(EN_SPAN_END_LEAD.test(before) && !NOUN_AFTER.test(after))) continue;
    // "rose from 19800 in 2024 to 20206 in 2025": a count with a year of its own after it, not a span's end.
    if (/^\s+(?:in|by|during)\s+(?:19|20)\d\d(?!\d)/i.test(after)) continue;
    const start = Number(ascii(m[1]));
    const digits = ascii(m[3]);
    // Annual Plans for 2003 to 20125. — a footnote's number run onto the year that ends a paragraph (not 20288, a key
    // pressed twice).
    const footnote = /^[.。]?\s*$/.test(after) && digits[4] !== digits[3];
    const fits = yearsWithout(digits).filter((y) => y > start && y <= start + 10);
    if (fits.length === 0 || (footnote && fits.every((y) => y === Number(digits.slice(0, 4))))) continue;
    report(m.index, m[0].length, m[3]);
  }
  for (const m of matchesOf(text, FIVE_NIAN)) {
    if (taken(m.index) || ZH_COUNT_LEAD.test(text.slice(Math.max(0, m.index - 4), m.index)) || ZH_CODE_LEAD.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (yearsWithout(ascii(m[1])).length === 0) continue;
    report(m.index, m[0].length + 1, m[1]);
  }
  for (const re of [FIVE_EN_DATE, FIVE_FY, FIVE_EN_ALONE]) {
    for (const m of matchesOf(text, re)) {
      const digits = m[1];
      if (taken(m.index + m[0].length - 1) || yearsWithout(digits).length === 0) continue;
      // …published in 20125. at a paragraph's end: a footnote's number after the year (as for a span's end above).
      if (re === FIVE_EN_ALONE && /^[.。]?\s*$/.test(text.slice(m.index + m[0].length)) && digits[4] !== digits[3] && isYearDigits(digits.slice(0, 4))) continue;
      report(m.index, m[0].length, digits);
    }
  }
}

/**
 * A year that lost a digit where only a year can stand: "launched in 202 and has grown", "since 202, when…" (a year
 * alone after in, during, since, until, throughout, the sentence going on as after a year), 于202年3月, 202年11月 (before
 * a month). Not a count or a number ("in 202 households", "in 202 of the 250 schools", "in 202 and 203", "by 202",
 * "page 202"), a year of history (公元202年3月, 建安七年（202年）), 共202年, 第202年度.
 */
function checkShortYears(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  for (const re of [SHORT_YEAR_EN, SHORT_YEAR_ZH]) {
    for (const m of matchesOf(text, re)) {
      if (re === SHORT_YEAR_ZH && SHORT_YEAR_ZH_NOT.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      const at = m.index + m[0].length - m[1].length;
      const length = re === SHORT_YEAR_ZH ? m[1].length + 1 : m[1].length;
      const shown = re === SHORT_YEAR_ZH ? text.slice(at, at + length) : m[0];
      context.report({ message: 'shortYear', data: { text: shown, digits: m[1] }, range: rangeIn(paragraph, re === SHORT_YEAR_ZH ? at : m.index, at + length), severity: 'warning' });
    }
  }
}
const SHORT_YEAR_QUICK = /(?<!\d)20[0-3](?!\d)/;
const SHORT_YEAR_EN = /\b(?:in|during|since|until|throughout)\s+(20[0-3])(?![\d.,]\d)(?=\s*(?:[,;:)!?]|\.(?!\d)|$)|\s+(?:and|but|when|while|we|our|the|as)\b(?!\s+\d)|\s+to\s+[a-z])/g;
const SHORT_YEAR_ZH = /(?<![\d０-９A-Za-z_.．/\-－#第])(20[0-3])(?=年\d{1,2}月)/g;
/** 公元202年, 共202年, 约202年: a year of history or a count. */
const SHORT_YEAR_ZH_NOT = /公元|共|约|約|距今|近|历时|歷時/;

function isYearDigits(digits: string): boolean {
  const y = Number(digits);
  return y >= 1900 && y <= 2099;
}

/** 2025—20271年, between 2026 and 20271, covering 2025–20310: a span whose end has an extra digit (up to ten years on). */
const FIVE_SPAN_END = new RegExp(`${NOT_BEFORE_YEAR}((?:19|20|１９|２０)${D}{2})(\\s?(?:[-－—–~～至到]|to|and)\\s?)((?:19|20|１９|２０)${D}{3})(?![\\d０-９])`, 'g');
const EN_SPAN_END_LEAD = /\b(?:in|during|for|since|from|of|year|years|between|covering|covers|runs|ran|spanning|spans|period)\s+$/i;
/** 2025 to 20250 members: a count after. */
const NOUN_AFTER = /^\s+(?!(?:and|to|the|we|our|is|are|was|were|will|with|in|for|by|at|on)\b)[a-z]/;
/** FY20256: a financial year with an extra digit. */
const FIVE_FY = /\bFY\s?((?:19|20)\d{3})(?![\d/–-])/g;
/** in 20205, during 20205, "will meet in 20206 to review": a year alone after a word of time, where a sentence goes on as after a year (not "in 20205 households", "in 20205 to 20300"). */
const FIVE_EN_ALONE = /\b(?:in|during|since|for|throughout)\s+((?:19|20)\d{3})(?=\s*(?:[,.;:)!?]|$)|\s+(?:the|we|our|and|are|is|was|were|will|show|shows|showed|compared)\b|\s+to\s+[a-z])/g;

/** Reports an impossible point; true when it did. */
function checkPoint(context: UnitContext, mention: DateMention, point: DatePoint): boolean {
  const { month, day } = point;
  const year = point.year;
  if (month === undefined) return false;
  const text = textOf(mention, point);
  const range = rangeIn(mention.paragraph, point.offset, point.offset + point.length);
  // 13月 alone may be an age (13月龄) or a count; with a year or a day it is a date, and so is the end of months
  // counted from one that is (1-13月累计增长).
  if (month < 1 || month > 12) {
    const start = mention.start;
    const monthsFrom = point === mention.end && start.month !== undefined && start.month >= 1 && start.month <= 12 && start.day === undefined && day === undefined;
    if (point.year === undefined && day === undefined && !monthsFrom) return false;
    if (monthsFrom && point.year === undefined) {
      // The whole span is shown: “1-13月”.
      const whole = mention.paragraph.text.slice(mention.offset, mention.offset + mention.length);
      context.report({ message: 'month', data: { text: whole, month }, range: rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length) });
      return true;
    }
    context.report({ message: 'month', data: { text, month }, range });
    return true;
  }
  if (day === undefined) return false;
  if (day === 0) {
    context.report({ message: 'dayZero', data: { text }, range });
    return true;
  }
  const max = daysInMonth(month, year);
  if (day <= max) return false;
  if (month === 2 && day === 29 && year !== undefined && !isLeapYear(year)) {
    context.report({ message: 'leap', data: { text, year }, range });
  } else if (month === 2 && year === undefined) {
    context.report({ message: 'february', data: { text }, range });
  } else {
    context.report({ message: 'day', data: { text, month, monthName: MONTHS_EN[month - 1], max }, range });
  }
  return true;
}

/**
 * A span that ends before it starts, or where it starts. Where the writer left the end's year out, only a
 * day going back within one month counts: 11月至3月 runs across the new year.
 */
/** Reports a span that ends before or where it starts; true when it did. */
function checkSpan(context: UnitContext, mention: DateMention, start: DatePoint, end: DatePoint): boolean {
  if (end.nextYear && start.year === undefined) return false;
  // from 12 May to 3 May 2026: the start takes the end's year; only a day going back within one month counts
  // (from 12 December to 31 January 2026 runs across the new year).
  if (start.year === undefined && end.year !== undefined && !end.inherited && start.month !== undefined && start.month === end.month && start.day !== undefined && end.day !== undefined) {
    start = { ...start, year: end.year };
  }
  const order = comparePoints(start, end);
  const text = mention.paragraph.text.slice(mention.offset, mention.offset + mention.length);
  const range = rangeIn(mention.paragraph, mention.offset, mention.offset + mention.length);
  if (order > 0) {
    const firstDifference = start.year !== end.year ? 'year' : start.month !== end.month ? 'month' : 'day';
    if (firstDifference !== 'day' && (end.inherited?.year || end.year === undefined)) return false;
    context.report({ message: 'reversed', data: { text }, range, severity: 'warning' });
    return true;
  }
  if (order === 0 && samePrecision(start, end) && !end.inherited) {
    context.report({ message: 'empty', data: { text }, range, severity: 'warning' });
    return true;
  }
  return false;
}

/**
 * 自2026年1月10日起至2026年1月8日止, 2026年3月5日起至3月1日: a span told as a start (起) and an end (至…止), which the
 * date reader reads as two dates; it ends before it starts the same. The end takes the start's year where it has none.
 */
function checkFromUntil(context: UnitContext, mentions: readonly DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.end || b.end || a.language !== 'zh' || a.start.day === undefined || b.start.day === undefined) continue;
    const text = a.paragraph.text;
    if (!/^\s*起\s*(?:至|到|止于|止於)\s*$/.test(text.slice(a.offset + a.length, b.offset))) continue;
    const end: DatePoint = b.start.year === undefined && a.start.year !== undefined ? { ...b.start, year: a.start.year, inherited: { year: true } } : b.start;
    if (end.month === undefined) continue;
    // Only one that goes back: 自2月1日起至2月1日上午 may be a part of one day.
    if (comparePoints(a.start, end) <= 0) continue;
    checkSpan(context, { ...a, length: b.offset + b.length - a.offset, end }, a.start, end);
  }
}

function samePrecision(a: DatePoint, b: DatePoint): boolean {
  return (a.year === undefined) === (b.year === undefined) && (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);
}

/** The text of a point; for the end of a span with parts left out, the whole span (4月1日至31日). */
function textOf(mention: DateMention, point: DatePoint): string {
  const whole = point.inherited ? mention : point;
  return mention.paragraph.text.slice(whole.offset, whole.offset + whole.length);
}

// 31/11/2028, 29/02/2023: a date of figures and slashes, day first or month first; not inside a path or a reference
// (…/31/11/2028/…, 31/11/2028/A), nor a score (31/40).
const NUMERIC_DATE = /(?<![\w/.:-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\w/]|[.,]\d)/g;

/** A numeric date that is no date whichever number is the day (31/11/2028: 31 November, or month 31). */
function checkNumericDates(context: UnitContext, paragraph: Paragraph): NumericOrder[] {
  const text = paragraph.text;
  const orders: NumericOrder[] = [];
  for (const m of matchesOf(text, NUMERIC_DATE)) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = exists(a, b, year);
    const monthFirst = exists(b, a, year);
    // 28/05/2026 or 05/13/2026: a date only one way round tells the order the writer uses.
    if (dayFirst !== monthFirst) orders.push({ numeric: dayFirst ? 'dm' : 'md', paragraph, offset: m.index, text: m[0], month: dayFirst ? a : b });
    if (dayFirst || monthFirst) continue;
    // Read it the way its month can be: day first (31/11/2028), unless only the first number can be a month (02/30/2025).
    const [day, month] = b >= 1 && b <= 12 ? [a, b] : a >= 1 && a <= 12 ? [b, a] : [a, b];
    const range = rangeIn(paragraph, m.index, m.index + m[0].length);
    const written = m[0];
    if (month < 1 || month > 12) context.report({ message: 'month', data: { text: written, month }, range });
    else if (day === 0) context.report({ message: 'dayZero', data: { text: written }, range });
    else if (month === 2 && day === 29) context.report({ message: 'leap', data: { text: written, year }, range });
    else context.report({ message: 'day', data: { text: written, month, monthName: MONTHS_EN[month - 1], max: daysInMonth(month, year) }, range });
  }
  return orders;
}

/**
 * A month and a year with a slash, either way round, whose month is past 12: "completed on 13/2026", "reported for
 * 2026/13", 2026/13月度, 截至2026/13 — where a word of time comes before (or 月 after). Not a number with nothing of time
 * before it (Order 13/2026, Ref 13/2026, 档案号2026/13, serious incident 2026/13), a financial year (2012/13), a score.
 */
const MONTH_YEAR = /(?<![\w/.:-])(\d{1,2})\/((?:19|20)\d\d)(?![\w/]|[.,]\d)|(?<![\w/.:-])((?:19|20)\d\d)\/(\d{1,2})(?![\w/]|[.,]\d)/g;
const MONTH_YEAR_LEAD_EN = /\b(?:on|in|from|since|by|until|till|to|dated|date|for|during|as at|as of|ended|ending)\s+$/i;
const MONTH_YEAR_LEAD_ZH = /(?:于|在|至|截至|截止|自|从|到)\s*$/;

function checkMonthYears(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  for (const m of matchesOf(text, MONTH_YEAR)) {
    const yearFirst = m[3] !== undefined;
    const month = Number(yearFirst ? m[4] : m[1]);
    const year = Number(yearFirst ? m[3] : m[2]);
    if (month <= 12) continue;
    // 2012/13: a financial year.
    if (yearFirst && month === (year + 1) % 100) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!MONTH_YEAR_LEAD_EN.test(before) && !MONTH_YEAR_LEAD_ZH.test(before) && !(yearFirst && /^月/.test(after))) continue;
    context.report({ message: 'month', data: { text: m[0], month }, range: rangeIn(paragraph, m.index, m.index + m[0].length) });
  }
}

function exists(day: number, month: number, year: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

const LAST_YEAR_BEFORE = /去年|上年|前年|上一年|\blast\s+year\b|\bthe\s+previous\s+year\b/i;

/** 定于, 拟于, 将于 right before a date; "will be held on", "is scheduled for": a day set ahead of the writing. */
const SCHEDULED_ZH = /(?:定于|定於|拟于|擬於|将于|將於|计划于|計劃於|暂定于|暫定於|时间为|時間為)\s*$/;
const SCHEDULED_EN = /\b(?:will\s+(?:be\s+held\s+|take\s+place\s+|meet\s+|open\s+|close\s+|start\s+|begin\s+)?(?:on\s+)?|(?:is|are)\s+(?:scheduled|due|to\s+be\s+held)\s+(?:for\s+|on\s+)?)$/i;

function scheduledAhead(mention: DateMention): boolean {
  const before = mention.paragraph.text.slice(Math.max(0, mention.offset - 40), mention.offset);
  // Wednesday 9 December: the weekday before the date belongs to it.
  const trimmed = before.replace(/(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s*$/i, '');
  return mention.language === 'zh' ? SCHEDULED_ZH.test(before) : SCHEDULED_EN.test(trimmed);
}

/** A year in a heading: 2027年, Plans for 2027 (not 2027—2028年, 2027/28: a span). */
const HEADING_YEAR = /(?<![\d/.-])((?:19|20)\d{2})(?![\d/])/g;
const HEADING_SPAN = /(?:19|20)\d{2}\s*(?:年\s*)?(?:[-—–~～至到]|to\b|and\b)\s*(?:(?:19|20)?\d{2})/;
/** 明年2月29日, 次年, 去年: a year told by a word before the date, not the section's. */
const YEAR_WORD_BEFORE = /(?:明年|次年|来年|來年|翌年|下一年|去年|上年|前年|后年|後年|next year|last year|the following year)\s*$/i;

/**
 * The year a plan's section names, where a date with no year stands under it (二、2027年工作安排, Plans for 2027): the
 * nearest heading above the date that names a year, when it names one year only and is a plan's; undefined otherwise.
 */
function headingYear(mention: DateMention): { year: number; title: string } | undefined {
  if (YEAR_WORD_BEFORE.test(mention.paragraph.text.slice(Math.max(0, mention.offset - 20), mention.offset))) return undefined;
  for (let s = mention.paragraph.section; s; s = s.parent) {
    const years = [...matchesOf(s.title, HEADING_YEAR)].map((m) => Number(m[1]));
    if (years.length === 0) continue;
    if (years.length > 1 || HEADING_SPAN.test(s.title) || !isPlanSection(s.title)) return undefined;
    return { year: years[0], title: s.title.trim() };
  }
  return undefined;
}

/**
 * 明年2月29日, 次年2月29日, "29 February next year": the year the word tells, counted from a date before it in the
 * sentence (次年) or from the year the report was written in (明年: its 落款 or the date under its title), where that
 * year is sure: the report's own (2026年工作总结 dated 2026年12月) or the one before a plan's (2027年工作计划 dated
 * 2026年12月); not a summary dated the year after, a financial year's report, a plan's 下一年度 (the plan's year may be
 * the one counted from), nor under a heading naming another year (五、2028年工作设想 ⏎ 明年2月29日…).
 */
function checkRelativeLeapDay(context: UnitContext, mention: DateMention, relative: RelativeYear, times: readonly ReportTime[]): void {
  if (relative.unsure) return;
  const written = mention.paragraph.text.slice(relative.offset, relative.offset + relative.length);
  const range = rangeIn(mention.paragraph, relative.offset, relative.offset + relative.length);
  if (relative.from === 'named') {
    const year = relative.base! + relative.shift;
    if (!isLeapYear(year)) context.report({ message: 'leapNamedYear', data: { text: written, base: String(relative.base), year: String(year) }, range, severity: 'warning' });
    return;
  }
  const time = times.find((t) => t.part === mention.paragraph.part);
  const signed = time?.signed ?? time?.stated;
  const base = signed?.point.year;
  if (!signed || base === undefined || ('periodEnd' in signed && signed.periodEnd)) return;
  const period = time!.period;
  if (period && (period.fiscal || (period.year !== base && !(period.kind === 'plan' && period.year === base + 1)))) return;
  if (relative.fiscal && period && period.year !== base) return;
  const year = base + relative.shift;
  if (isLeapYear(year) || !headingAgrees(mention, year, base, time!)) return;
  const basis = context.localize(signed === time!.stated ? rule.meta.messages.basisStated : 'top' in signed && signed.top ? rule.meta.messages.basisDateline : rule.meta.messages.basisSigned);
  context.report({ message: 'leapRelativeYear', data: { text: written, base: String(base), year: String(year), basis }, range, severity: 'warning' });
}

/** The nearest heading above the date that names a year (the title aside) names this one or the year of writing, or none does. */
function headingAgrees(mention: DateMention, year: number, base: number, time: ReportTime): boolean {
  for (let s = mention.paragraph.section; s; s = s.parent) {
    if (time.titleLines.has(s.marker.line)) continue;
    const years = [...matchesOf(s.title, HEADING_YEAR)].map((m) => Number(m[1]));
    if (years.length > 0) return years.includes(year) || years.includes(base);
  }
  return true;
}

/** 12月至次年2月29日 with no year anywhere in it: the end's year is the one after the start's, whichever that is. */
function nextYearLeapDay(mention: DateMention): boolean {
  const { start, end } = mention;
  return start.year === undefined && start.month !== undefined && end !== undefined && end.nextYear === true && end.year === undefined && end.month === 2 && end.day === 29;
}

/** 每年12月至次年2月29日, 历年: a span that recurs has no one year. */
const RECURRING_BEFORE = /每年|每个年度|每個年度|每一年|历年|歷年|往年|常年|年年|\beach year\b|\bevery year\b|\bannually\b/i;

/** A date with no year read against the report's year: a weekday written with it, or 2月29日. */
type Yearless = Weekday | { mention: DateMention; leapDay: true; relative?: RelativeYear; span?: true } | { mention: DateMention; done: true; cutoff?: true } | NumericOrder;

/** A numeric date that is a date one way round only: day first (28/05/2026) or month first (05/13/2026). */
interface NumericOrder {
  numeric: 'dm' | 'md';
  paragraph: Paragraph;
  offset: number;
  text: string;
  /** The number that is no month day first (13 in 05/13/2026). */
  month: number;
}

/**
 * 05/13/2026 in a report whose other dates are day first (28/05/2026, 14/10/2026): no month 13 in its order. Read where
 * more dates are day first only than month first only (a US report's dates stay; one of each decides nothing).
 */
function checkNumericOrder(context: UnitContext, orders: NumericOrder[]): void {
  const dm = orders.filter((o) => o.numeric === 'dm');
  const md = orders.filter((o) => o.numeric === 'md');
  if (md.length === 0 || dm.length <= md.length) return;
  for (const o of md) {
    context.report({ message: 'dayFirst', data: { text: o.text, month: o.month, example: dm[0].text }, range: rangeIn(o.paragraph, o.offset, o.offset + o.text.length), severity: 'warning' });
  }
}

/**
 * A day told as past: 已于2026年12月15日完成, 已经于…; "On 15 December 2026 we held …", "approved … on 20 January
 * 2027", "was completed on …" — a past verb in its clause, and nothing there of a plan, a duty or the future
 * (will, is expected to, plans to, due, by; 前, 起 after it).
 */
const ZH_DONE_BEFORE = /已(?:经)?(?:于|在)\s*$/;
/** 平台于2026年12月28日完成二期升级: 于 and a verb of something done right after the date, with no plan in the clause before. */
const ZH_DONE_VERB_AFTER = /^\s*(?:顺利|圆满|正式|全面|全部|如期)?(?:完成|召开|举办|举行|建成|竣工|上线|通过|印发|出台|签订|签署|揭牌|开业|投用|投产|交付|进驻)/;
const ZH_PLAN_BEFORE = /计划|拟|预计|力争|确保|争取|准备|打算|预定|原定|一旦|如果|(?:将|定|要|应|须|需|如|若|待|安排)(?:于|在)\s*$|应当|应该|需要|必须/;
const ZH_NOT_DONE_AFTER = /^\s*(?:前|之前|以前|起|以后|之后|后)/;
const EN_ON_BEFORE = /\b[Oo]n\s+(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?$/;
const EN_IN_BEFORE = /\b[Ii]n\s+$/;
const EN_CLAUSE_BREAK = /[,;:()—–]|\b(?:and|but|that|which|who|whom|when|while|where|although|though|after|before|until|if)\b/gi;
/** Not time-limited, ring-fenced, fixed-term, long-awaited, well-established: a hyphenated adjective is no past verb. */
const EN_PAST = /\b(?:was|were|had|held|met|took\s+place|began|ran|signed|went|came|won|gave|made|set|sent|(?<![-‐‑])\w{3,}ed(?![-‐‑]\w))\b/i;
/** "the refurbished centre", "a revised strategy": a past participle after a determiner is an adjective, no past verb. */
const EN_ED_ADJECTIVE = /\b(the|a|an|our|its|their|this|these|those|his|her|my|your|new|newly|fully|recently|further)\s+\w{3,}ed\b/gi;
const EN_NOT_PAST = /\b(?:will|shall|would|should|must|may|might|can|could|is|are|be|being|am|to|due|next|expected|scheduled|planned|proposed|intended|required|needed|aimed|due|by|deadline|provisionally|tentatively)\b/i;

/**
 * An English sentence that tells its dates as past: a past verb before the date in its sentence and nothing there of a
 * plan or a duty ("The quality committee met on Tue 7 Apr, Tue 19 May and Wed 9 Jun").
 */
function pastSentence(mention: DateMention): boolean {
  if (mention.language !== 'en') return false;
  const text = mention.paragraph.text;
  const before = text.slice(Math.max(0, mention.offset - 120), mention.offset);
  const head = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1);
  const rest = text.slice(mention.offset + mention.length, mention.offset + mention.length + 120);
  const stop = rest.search(/[.?!](?:\s|$)/);
  // May the month is no modal.
  const sentence = `${head} ${stop < 0 ? rest : rest.slice(0, stop)}`.replace(/\bMay\b/g, '');
  return EN_PAST.test(head.replace(EN_ED_ADJECTIVE, '$1')) && !EN_NOT_PAST.test(sentence);
}

/** 截至10月底，共完成…: a cut-off told as reached (not 预计截至年底). */
const ZH_CUTOFF_BEFORE = /(?:截至|截止)(?:到|于)?\s*$/;
const ZH_PLAN_IN_SENTENCE = /计划|拟|预计|力争|确保|争取|有望|预期|可望|将|目标/;

/** "As at 31 July 2026", "Staff numbers at 31 July 2026 were…": a count's date before it. */
const EN_CUTOFF_BEFORE = /\b(?:[Aa]s\s+(?:at|of)|at)\s+$/;
/** …were 412, …stood at 7.2%: the count told as counted. */
const EN_COUNTED = /\b(?:was|were|stood|had|totall?ed|numbered|reached)\b/i;
/** …is forecast to be, are expected to reach, the target as at…: a count still to come. */
const EN_NOT_COUNTED = /\b(?:will|shall|would|should|must|may|might|can|could|is|are|be|to|expected|forecasts?|forecasted|projected|projections?|estimated?|budget(?:ed)?|planned|targets?|aims?|aimed|assumed|assumptions?|anticipated|plans?)\b/i;

/** 截至10月底，共完成…: figures counted to a date, told as counted (not 截至年底，预计…). */
function cutoffCounted(mention: DateMention): boolean {
  const text = mention.paragraph.text;
  const endAt = mention.offset + mention.length;
  if (mention.language === 'en') {
    if (mention.start.day === undefined || mention.start.year === undefined || !EN_CUTOFF_BEFORE.test(text.slice(Math.max(0, mention.offset - 8), mention.offset))) return false;
    const before = text.slice(Math.max(0, mention.offset - 120), mention.offset);
    const head = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf(';')) + 1);
    const rest = text.slice(endAt, endAt + 120);
    const stop = rest.search(/[.?!;](?:\s|$)/);
    const sentence = `${head} ${stop < 0 ? rest : rest.slice(0, stop)}`.replace(/\bMay\b/g, '');
    return EN_COUNTED.test(sentence) && !EN_NOT_COUNTED.test(sentence);
  }
  if (!ZH_CUTOFF_BEFORE.test(text.slice(Math.max(0, mention.offset - 6), mention.offset))) return false;
  const sentenceStart = Math.max(text.lastIndexOf('。', mention.offset), text.lastIndexOf('；', mention.offset), mention.offset - 41) + 1;
  const sentenceEnd = text.slice(endAt).search(/[。；;]/);
  const sentence = text.slice(Math.max(0, sentenceStart), sentenceEnd < 0 ? text.length : endAt + sentenceEnd);
  return !ZH_PLAN_IN_SENTENCE.test(sentence);
}

function toldAsDone(mention: DateMention): boolean {
  const text = mention.paragraph.text;
  const endAt = mention.offset + mention.length;
  if (mention.language === 'zh') {
    if (ZH_NOT_DONE_AFTER.test(text.slice(endAt, endAt + 4))) return false;
    const lead = text.slice(Math.max(0, mention.offset - 6), mention.offset);
    if (ZH_DONE_BEFORE.test(lead)) return true;
    // 于2026年10月20日（星期二）进驻: the verb after the date's weekday.
    const verb = text.slice(endAt, endAt + 14).replace(/^\s*[（(](?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]|^份/, '');
    if (!/于\s*$/.test(lead) || !ZH_DONE_VERB_AFTER.test(verb.slice(0, 8))) return false;
    const clause = text.slice(Math.max(0, mention.offset - 40), mention.offset).split(/[。；;！？!?，,]/).pop()!;
    return !ZH_PLAN_BEFORE.test(clause);
  }
  // "on Tuesday, October 6, 2026": the weekday's comma is no break in the clause.
  const before = text.slice(Math.max(0, mention.offset - 120), mention.offset).replace(/(day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,(\s*)$/, '$1$2');
  // A day after on; a month after in ("was completed in December 2026").
  if (!(mention.start.day === undefined ? mention.start.year !== undefined && EN_IN_BEFORE.test(before) : EN_ON_BEFORE.test(before))) return false;
  // The clause around the date: from the last break before it to the next after it (sentence ends count).
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  let head = before.slice(sentenceStart);
  const breaks = [...matchesOf(head, EN_CLAUSE_BREAK)];
  if (breaks.length > 0) head = head.slice(breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length);
  const rest = text.slice(endAt, endAt + 120);
  const stop = rest.search(/[.?!](?:\s|$)|[,;:()—–]|\b(?:and|but|that|which|who|when|while|where|although|though|after|before|until|if)\b/i);
  const tail = stop < 0 ? rest : rest.slice(0, stop);
  const clause = `${head} ${tail}`;
  // "recommended approval of the programme for first intake in September 2027", "booked the venue for the conference
  // in May 2027", "recruited 40 nurses for the new wing opening in January 2027": a date inside a purpose after the
  // past verb dates the purpose, which is still to come.
  if (inPurpose(head)) return false;
  // A month after in: nothing of a plan anywhere before it in its sentence ("will be completed and handed over in December").
  if (mention.start.day === undefined && EN_NOT_PAST.test(before.slice(sentenceStart).replace(/\bMay\b/g, ''))) return false;
  // "attended by 210 residents": by after a past participle names who, not a deadline.
  return EN_PAST.test(clause.replace(EN_ED_ADJECTIVE, '$1')) && !EN_NOT_PAST.test(clause.replace(/\b\w{3,}ed\s+by\b/gi, ''));
}

/**
 * for first intake in, for entry in, the new wing opening in, ahead of the season beginning in: the words a date ends
 * that name a purpose or an event of its own. Not a time or a length (for the first time, for two weeks), which still
 * date the verb.
 */
const EN_PURPOSE = /\b(?:for(?!\s+(?:the\s+(?:first|second|third|last|final|\w+th)\s+time|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?|nights?))\b)|ahead\s+of|in\s+time\s+for|opening|starting|beginning|commencing|launching|reopening|due)\b/gi;

/** The clause before a date ends in a purpose (EN_PURPOSE), with no past verb after it: the date is the purpose's. */
function inPurpose(head: string): boolean {
  let last = -1;
  for (const m of matchesOf(head, EN_PURPOSE)) last = m.index! + m[0].length;
  return last >= 0 && !EN_PAST.test(head.slice(last).replace(EN_ED_ADJECTIVE, '$1'));
}

/** A weekday written with a date: 2026年3月5日（星期三）, 周三（3月5日）, Wednesday 5 March 2026, 5 March 2026 (Wednesday). */
interface Weekday {
  mention: DateMention;
  /** 0 for Sunday to 6 for Saturday, as written. */
  weekday: number;
  /** The weekday's words in the paragraph. */
  start: number;
  end: number;
}

const ZH_WEEKDAYS = '日一二三四五六';
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
/** Any weekday word at all: most paragraphs have none. */
const ANY_WEEKDAY = /星期|周[一二三四五六日天]|週[一二三四五六日天]|礼拜|禮拜|(?:Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\b/;
/** After the date: （星期三）, (周三), ，星期三 — not the first of a run of days (周一至周五, 周三、周五). */
// In the bracket a word may come first, or after it: （除夕，星期三）, （周五，农历腊月廿八） (the word is no weekday).
const ZH_AFTER = /^\s*(?:([（(])\s*(?:([^（）()，,、；;\d]{1,10})[，,、]\s*)?|[，,]?\s*)(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])(?![至到—–\-~～、，,]\s*(?:星期|周|週|礼拜|禮拜)?[一二三四五六日天])/;
/** After the weekday in its bracket: the bracket's end, or another word and then its end (，农历腊月廿八）). */
const ZH_AFTER_CLOSE = /^\s*(?:[，,、]\s*[^（）()，,、；;]{1,12})?[)）]/;
const ZH_WEEKDAY_WORD = /星期|周|週|礼拜|禮拜/;
const ZH_WORD = /(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]$/;
/** Before the date: 周三（3月5日）, 星期三(3月5日). */
const ZH_BEFORE = /(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])\s*[（(]\s*$/;
/** Wednesday 5 March 2026, Wednesday, March 5, 2026, Wed 5 Mar 2026: a weekday word with a capital, right before. */
// One space or a line break at most between the weekday and its date: a wider gap is a column's ("Closes at 18:00
// Mon-Fri          2 March 2026"); nor the end of a range of days (Mon-Fri, Monday to Friday).
// A name in brackets may come between: "Friday (Christmas Eve) 24 December 2026".
const EN_BEFORE = /(?<![-–—]\s?|\bto\s)\b(Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(day|nesday|rsday|urday|sday)?\.?,?(?: {1,2}|\t|\n)(?:\([A-Z][A-Za-z'’ -]{1,30}\) )?(?:the\s+)?$/;
/** 5 March 2026 (Wednesday); with a name before or after it: (Christmas Day, Friday), (Saturday, Boxing Day). */
const EN_AFTER = /^\s*\((?:[A-Z][A-Za-z'’ -]{1,30},\s*)?(Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(day|nesday|rsday|urday|sday)?\.?(?:,\s*[A-Z][A-Za-z'’ -]{1,30})?\)/;
const EN_ABBREVIATIONS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Tues: 2, Wed: 3, Thu: 4, Thur: 4, Thurs: 4, Fri: 5, Sat: 6 };

/** The weekday a day-month date is written with, where one is. */
function weekdayOf(mention: DateMention): Weekday | undefined {
  const { month, day } = mention.start;
  if (month === undefined || day === undefined) return undefined;
  const text = mention.paragraph.text;
  if (!ANY_WEEKDAY.test(text)) return undefined;
  const endAt = mention.offset + mention.length;
  const after = text.slice(endAt, endAt + 28);
  const before = text.slice(Math.max(0, mention.offset - (mention.language === 'zh' ? 16 : 48)), mention.offset);
  if (mention.language === 'zh') {
    const a = ZH_AFTER.exec(after);
    // （星期三） must close: 3月5日（星期三至星期五） is a run of days; the word beside it is none (（周一，周三）).
    const rest = a && after.slice(a[0].length);
    if (a && (!a[1] || (ZH_AFTER_CLOSE.test(rest!) && !/^\s*[，,、]\s*(?:星期|周|週|礼拜|禮拜)/.test(rest!))) && !(a[2] && ZH_WEEKDAY_WORD.test(a[2]))) return { mention, weekday: zhDay(a[3]), start: endAt + a[0].search(ZH_WORD), end: endAt + a[0].length };
    const b = ZH_BEFORE.exec(before);
    if (b && /^\s*[)）]/.test(after)) return { mention, weekday: zhDay(b[1]), start: mention.offset - before.length + b.index, end: mention.offset - before.length + b.index + b[0].replace(/\s*[（(]\s*$/, '').length };
    return undefined;
  }
  const b = EN_BEFORE.exec(before);
  const a = b ? undefined : EN_AFTER.exec(after);
  const m = b ?? a;
  if (!m) return undefined;
  const weekday = enDay(m[1], m[2]);
  if (weekday === undefined) return undefined;
  if (b) return { mention, weekday, start: mention.offset - before.length + b.index, end: mention.offset - before.length + b.index + m[1].length + (m[2] ?? '').length };
  const at = endAt + a!.index + a![0].indexOf(m[1]);
  return { mention, weekday, start: at, end: at + m[1].length + (m[2] ?? '').length };
}

function zhDay(c: string): number {
  return c === '天' ? 0 : ZH_WEEKDAYS.indexOf(c);
}

/** Wed, Wednesday (not Wedday, Sunnesday): the abbreviation and, when written out, its own ending. */
function enDay(head: string, tail: string | undefined): number | undefined {
  const n = EN_ABBREVIATIONS[head];
  if (n === undefined) return undefined;
  if (tail === undefined) return n;
  return (head + tail) === EN_WEEKDAYS[n] ? n : undefined;
}

/**
 * 2027年1月2日（元旦）, 10月2日（国庆节，星期五）: a holiday on a fixed day named in the bracket after another day. Only the
 * holiday's own name alone in the bracket (or with a weekday): not 国庆假期, 元旦期间. A lunar festival (2027年2月6日（除夕）,
 * 6月9日（端午节） after 2027年…) is read in the date's year, or that of the date just before, from the table of 2020–2035.
 */
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  元旦: [1, 1], 国庆节: [10, 1], 國慶節: [10, 1], 劳动节: [5, 1], 勞動節: [5, 1], 五一劳动节: [5, 1], 妇女节: [3, 8], 婦女節: [3, 8], 三八妇女节: [3, 8],
  儿童节: [6, 1], 兒童節: [6, 1], 六一儿童节: [6, 1], 教师节: [9, 10], 教師節: [9, 10], 青年节: [5, 4], 五四青年节: [5, 4], 植树节: [3, 12], 植樹節: [3, 12],
  建党节: [7, 1], 建黨節: [7, 1], 建军节: [8, 1], 建軍節: [8, 1], 圣诞节: [12, 25], 聖誕節: [12, 25], 平安夜: [12, 24],
};
const HOLIDAY_AFTER = /^\s*[（(]\s*([^（）()，,、；;\s]{2,6})\s*(?:[，,、]\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*)?[）)]/;

function checkHoliday(context: UnitContext, mention: DateMention, mentions: readonly DateMention[]): void {
  const text = mention.paragraph.text;
  const endAt = mention.offset + mention.length;
  const h = HOLIDAY_AFTER.exec(text.slice(endAt, endAt + 20));
  if (!h) return;
  // 2027年2月6日（除夕）, 6月9日（端午节） after a date with the year: a lunar festival's day in that year.
  const lunar = LUNAR_NAMES.get(h[1]);
  const year = lunar === undefined ? undefined : mention.start.year ?? yearFromBefore(mentions, mention);
  const fixed = lunar === undefined ? FIXED_HOLIDAYS[h[1]] : year === undefined ? undefined : lunarDay(lunar, year);
  if (!fixed || (mention.start.month === fixed[0] && mention.start.day === fixed[1])) return;
  // The day after a span's 至 (10月1日至10月7日（国庆节）) is the holiday's run, not its day.
  if (/[至到—–\-~～]\s*$/.test(text.slice(Math.max(0, mention.offset - 2), mention.offset))) return;
  const at = endAt + h.index + h[0].indexOf(h[1]);
  context.report({
    message: 'holiday',
    data: { holiday: lunar === undefined ? h[1] : `${year}年${h[1]}`, expected: `${fixed[0]}月${fixed[1]}日`, text: text.slice(mention.offset, endAt) },
    range: rangeIn(mention.paragraph, mention.offset, at + h[1].length),
    severity: 'warning',
  });
}

/** Each spelling of a lunar festival (春节, 春節; 中秋, 中秋节) to its name in the table (data/lunar-festivals.json). */
const LUNAR_NAMES = new Map<string, string>(Object.entries(lunarFestivals.names).flatMap(([name, spellings]) => spellings.map((s): [string, string] => [s, name])));
const LUNAR_YEARS: Record<string, Record<string, number[]>> = lunarFestivals.years;
const LUNAR_QUICK = new RegExp([...LUNAR_NAMES.keys()].join('|'));
/**
 * 2027年春节（2月8日）, 中秋节（2026年9月25日，星期五）: the festival's name with its year right before it (or that of the
 * date just before, 2027年1月20日至2月28日，其中春节（2月8日）, or the
 * bracket's date's own year), then a bracket that holds one day and at most a weekday or the lunar day beside it. Not
 * 春节假期（2月15日至23日）, 春节期间（2月8日）, 春节前（1月30日） nor a span (春节（2月6日至12日）): a holiday's run.
 */
const LUNAR_BEFORE = new RegExp(`(?:((?:19|20)\\d\\d)\\s*年(?:的)?)?(${[...LUNAR_NAMES.keys()].sort((a, b) => b.length - a.length).join('|')})\\s*[（(]\\s*$`);
const BRACKET_EXTRA = /^\s*(?:[，,、]\s*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|(?:农历|農曆)?[闰閏]?[正一二三四五六七八九十冬腊臘]{1,2}月[初十廿卅一二三四五六七八九十]{1,3}日?)\s*){0,2}[）)]/;

/** Each English name of a lunar festival to its name in the table (Chinese New Year → 春节). */
const LUNAR_NAMES_EN = new Map<string, string>(Object.entries(lunarFestivals.namesEn).flatMap(([name, spellings]) => spellings.map((s): [string, string] => [s.toLowerCase(), name])));
const EN_NAMES = [...LUNAR_NAMES_EN.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LUNAR_QUICK_EN = /New Year|Festival/;
/** "Chinese New Year (Saturday 6 February 2027)": the name, then the bracket with the day (a weekday before it). */
const EN_FESTIVAL_BEFORE = new RegExp(`\\b(${EN_NAMES})\\s*\\(\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s*)?$`, 'i');
/** "6 February 2027 (Chinese New Year)", "(Mid-Autumn Festival, Wednesday)". */
const EN_FESTIVAL_AFTER = new RegExp(`^\\s*\\(\\s*(?:the\\s+)?(${EN_NAMES})\\s*(?:,\\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s*)?\\)`, 'i');
/** "The day following Lunar New Year's Day (Saturday 7 February 2027)", "the second day of …": another day than the festival's. */
const EN_OTHER_DAY = /\b(?:following|after|before|preceding|eve\s+of|days?\s+of|week\s+of|run-up\s+to)\s+(?:the\s+)?$/i;
/**
 * Korea and Vietnam keep the lunar calendar in their own time zones: a new moon near midnight moves their Lunar New
 * Year or Mid-Autumn a day from China's (Seollal 2027 is 7 February). Those names allow a day either side.
 */
const EN_SHARED = /lunar new year|mid[- ]autumn|moon festival/i;

/** "Chinese New Year (8 February 2027)", "15 September 2027 (Mid-Autumn Festival)": a lunar festival's day in English. */
function checkFestivalEn(context: UnitContext, mention: DateMention): void {
  const text = mention.paragraph.text;
  const year = mention.start.year;
  if (year === undefined) return;
  const endAt = mention.offset + mention.length;
  const before = text.slice(Math.max(0, mention.offset - 40), mention.offset);
  const b = /^\s*\)/.test(text.slice(endAt, endAt + 3)) ? EN_FESTIVAL_BEFORE.exec(before) : null;
  const a = b ? null : EN_FESTIVAL_AFTER.exec(text.slice(endAt, endAt + 60));
  const m = b ?? a;
  if (!m) return;
  const nameAt = b ? mention.offset - before.length + b.index : endAt + a!.index + a![0].indexOf(a![1]);
  if (EN_OTHER_DAY.test(text.slice(Math.max(0, nameAt - 30), nameAt))) return;
  const day = lunarDay(LUNAR_NAMES_EN.get(m[1].toLowerCase())!, year);
  if (!day) return;
  const off = Math.round((Date.UTC(year, mention.start.month! - 1, mention.start.day!) - Date.UTC(year, day[0] - 1, day[1])) / 86400000);
  if (off === 0 || (Math.abs(off) === 1 && EN_SHARED.test(m[1]))) return;
  context.report({
    message: 'holiday',
    data: { holiday: `${m[1]} ${year}`, expected: `${day[1]} ${MONTHS_EN[day[0] - 1]}`, text: text.slice(mention.offset, endAt) },
    range: rangeIn(mention.paragraph, Math.min(nameAt, mention.offset), b ? endAt : nameAt + m[1].length),
    severity: 'warning',
  });
}

/** The Gregorian [month, day] of a lunar festival in a year of the table, else undefined. */
function lunarDay(name: string, year: number): number[] | undefined {
  return LUNAR_YEARS[String(year)]?.[name];
}

/** 2027年春节（2月8日）: a lunar festival named before the bracket that gives its day (2027年春节 is 2月6日). */
function checkFestivalBefore(context: UnitContext, mention: DateMention, mentions: readonly DateMention[]): void {
  const text = mention.paragraph.text;
  const b = LUNAR_BEFORE.exec(text.slice(Math.max(0, mention.offset - 16), mention.offset));
  if (!b) return;
  const endAt = mention.offset + mention.length;
  if (!BRACKET_EXTRA.test(text.slice(endAt, endAt + 24))) return;
  const from = Math.max(0, mention.offset - 16) + b.index;
  // 迎中秋（9月12日）, 庆元宵（2月18日）, 闹元宵: an event named for the festival, held on a day of its own.
  if (!b[1] && /[迎庆慶闹鬧贺賀]/.test(text.charAt(from - 1))) return;
  // 活动时间为2027年1月20日至2月28日，其中春节（2月8日）…: the year of the date just before.
  const year = mention.start.year ?? (b[1] ? Number(b[1]) : yearFromBefore(mentions, mention));
  if (year === undefined) return;
  const day = lunarDay(LUNAR_NAMES.get(b[2])!, year);
  if (!day || (mention.start.month === day[0] && mention.start.day === day[1])) return;
  context.report({
    message: 'holiday',
    data: { holiday: `${year}年${b[2]}`, expected: `${day[0]}月${day[1]}日`, text: text.slice(mention.offset, endAt) },
    range: rangeIn(mention.paragraph, from, endAt),
    severity: 'warning',
  });
}

/** 0 for Sunday: the proleptic Gregorian calendar, as dates are written. */
function weekdayIn(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * 2027年1月20日至2月28日。其中，集中展演时间为2月5日（除夕，星期三）: a date with no year just after one with it (60
 * characters at most between, nothing compared between) is in that year, where its month is not before that date's.
 */
function yearFromBefore(mentions: readonly DateMention[], mention: DateMention): number | undefined {
  let prior: DateMention | undefined;
  for (const m of mentions) if (m.offset + m.length <= mention.offset) prior = m;
  if (!prior) return undefined;
  const last = prior.end ?? prior.start;
  const year = last.year ?? prior.start.year;
  const month = last.month ?? prior.start.month;
  if (year === undefined || month === undefined || mention.start.month! < month) return undefined;
  const between = mention.paragraph.text.slice(prior.offset + prior.length, mention.offset);
  if (between.length > 60 || /比|较|較|同期|相比|去年|上年|往年|历年|歷年/.test(between)) return undefined;
  return year;
}

function checkWeekday(context: UnitContext, said: Weekday, year: number): void {
  const { month, day } = said.mention.start;
  if (weekdayIn(year, month!, day!) === said.weekday) return;
  reportWeekday(context, said, year, 'weekday', {});
}

function reportWeekday(context: UnitContext, said: Weekday, year: number, message: string, data: Record<string, string>): void {
  const { month, day } = said.mention.start;
  const actual = weekdayIn(year, month!, day!);
  const zh = said.mention.language === 'zh';
  const text = said.mention.paragraph.text;
  const from = Math.min(said.start, said.mention.offset);
  const to = Math.max(said.end, said.mention.offset + said.mention.length);
  context.report({
    message,
    data: {
      ...data,
      date: zh ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month! - 1]} ${year}`,
      actual: zh ? ZH_NAMES[actual] : EN_WEEKDAYS[actual],
      text: text.slice(said.start, said.end),
    },
    range: rangeIn(said.mention.paragraph, from, to),
    severity: 'warning',
  });
}

/**
 * A clock time past 24:00 or with minutes past 59 — 于24:30结束, 5月20日14:75, at 25:10, from 18:00 to 24:45 — where
 * only a time of day can be meant: after a word of time (于, 上午, 次日, a date's 日; at, by, until, from), before one
 * (前, 开始, 结束; am, UTC), or joined by a dash, 至 or "to" to a time that is one (17:30至19:61). Not 24:00 (the
 * day's end), ratios and scores (1:2, 92:8, 50:50, 以3:1获胜), durations (12:38分钟, 36:20 hours, 26:30 minutes,
 * 4:12:30), verses and standards (John 3:16, ISO 22000:2018).
 */
const IMPOSSIBLE_TIME_QUICK = /(?:^|[^\d])(?:2[4-9]|[3-9]\d|\d)[:：]\d\d|[:：][6-9]\d/;
const CLOCK = /(?<![\d:：.．/])(\d{1,2})[:：](\d\d)(?![\d:：]|[.．]\d)/g;
const VALID_CLOCK = '(?:[01]?\\d|2[0-3])[:：][0-5]\\d|24[:：]00';
const TIME_BEFORE_ZH = /(?:于|在|至|到|从|自|上午|下午|晚上|凌晨|早上|早晨|中午|傍晚|夜间|次日|当日|当天|每日|每天|[\d０-９]日|时间为|时间是|时间调整为|时间延长至|调整为|延长至)\s*$/;
const TIME_AFTER_ZH = /^\s*(?:时(?!长)|前|以前|之前|后|以后|起|开始|结束|召开|举行|左右|许|到达|完成|关闭|截止)/;
const TIME_BEFORE_EN = /\b(?:at|by|until|till|from|before|after|since|around|approximately|about)\s+$/i;
const TIME_AFTER_EN = /^\s*(?:a\.?m\.?|p\.?m\.?|UTC|GMT|BST|CET|CEST|EST|EDT|PST|PDT|the same day|that day|on\b)/i;
/** A span of two times: the other end a time of day. */
const TIME_PARTNER_BEFORE = new RegExp(`(?:^|[^\\d:：.．])(?:${VALID_CLOCK})\\s*(?:至|到|—|–|-|－|~|～|to|until|till|and)\\s*$`);
const TIME_PARTNER_AFTER = new RegExp(`^\\s*(?:至|到|—|–|-|－|~|～|to|until|till|and)\\s*(?:${VALID_CLOCK})(?![\\d:：])`);
/** A duration, a ratio or a score: 分钟, hours, minutes after; 比, 比分, ratio, score, 以 before. */
const DURATION_AFTER = /^\s*(?:分钟|分鐘|分|秒|小时|小時|个小时|mins?\b|minutes?\b|secs?\b|seconds?\b|hours?\b|hrs?\b|h\b)/i;
const RATIO_BEFORE = /(?:比|比例|比分|配比|以|按|ratio|score|split|mix|(?:won|lost|beat|drew|defeated)(?:\s+\w+){0,3}\s+by)\s*(?:of|was|is|为|是|由|from|at)?\s*$/i;

/**
 * Minutes and seconds, not a time of day — "The mean fell from 35:10 to 32:42", "down from 36:05", "response times
 * improved to 28:15", 平均处置用时从35:10缩短至32:42: a figure whose other end of a span is no clock either (32:42
 * beside 35:10), or one after a word of change (fell, rose, down, up, improved; 缩短, 下降, 降至) or after a measure of
 * elapsed time in the same sentence (mean, average, median, response time; 用时, 耗时, 时长, 平均). Only where no
 * mark of a clock stands beside it (am, pm, UTC; 上午, 次日) and the sentence names no meeting or timetable.
 */
const MMSS_PARTNER_BEFORE = /(?:^|[^\d:：.．])(?:2[4-9]|[3-9]\d)[:：][0-5]\d\s*(?:至|到|—|–|-|－|~|～|to|and)\s*$/;
const MMSS_PARTNER_AFTER = /^\s*(?:至|到|—|–|-|－|~|～|to|and)\s*(?:2[4-9]|[3-9]\d)[:：][0-5]\d(?![\d:：])/;
const CHANGE_BEFORE_EN =
  /\b(?:fell|falls?|falling|dropped|drops?|rose|rises?|rising|down|up|improved|improves?|improving|reduced|reduces?|cut|went|climbed|climbs?|increased|increases?|decreased|decreases?|slipped|grew|grows?|declined|declines?|shortened|lengthened|changed|moved|slowed|quickened|worsened)\s+(?:\w+\s+){0,2}?(?:from|to|at)\s+$/i;
const CHANGE_BEFORE_ZH = /(?:缩短|下降|减少|降低|提高|提升|延长|增加|压缩|加快|放缓|降|升|增|减)(?:为|至|到)\s*$/;
const CHANGE_AFTER_ZH = /^\s*(?:缩短|下降|减少|降低|提高|提升|延长|增加|压缩|降至|降到|升至|增至)/;
const ELAPSED_EN =
  /\b(?:mean|average|median|response\s+times?|run(?:ning)?\s+times?|wait(?:ing)?\s+times?|finish(?:ing)?\s+times?|handling\s+times?|call\s+lengths?|lap|pace|durations?|personal\s+best|record)\b/i;
const ELAPSED_ZH = /用时|耗时|时长|历时|平均|成绩|配速|响应时间|处置时间|等候时间|等待时间/;
const CLOCK_MARK_EN = /\b(?:meetings?|timetables?|opened|closed|adjourned|convened|began|started|starts|o'clock|a\.?m\b|p\.?m\b|UTC|GMT|BST|departs?|arrives?|departure|arrival)\b/i;
const CLOCK_MARK_ZH = /上午|下午|晚上|凌晨|早上|次日|当日|当天|召开|会议|开幕|闭幕|发车|到达|出发|时刻/;

function mmssDuration(text: string, start: number, end: number, zh: boolean): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 16);
  const head = text.slice(0, start);
  const from = Math.max(0, ...['。', '！', '？', '!', '?', '. ', '; ', '；'].map((mark) => {
    const at = head.lastIndexOf(mark);
    return at < 0 ? 0 : at + mark.length;
  }));
  const sentenceBefore = text.slice(Math.max(from, start - 120), start);
  const sentenceAfter = text.slice(end, end + 120).split(/[。！？!?；;]|\.(?:\s|$)/)[0];
  const sentence = sentenceBefore + sentenceAfter;
  if ((zh ? CLOCK_MARK_ZH : CLOCK_MARK_EN).test(sentence) || TIME_AFTER_EN.test(after)) return false;
  if (MMSS_PARTNER_BEFORE.test(before.slice(-16)) || MMSS_PARTNER_AFTER.test(after)) return true;
  if (zh) return CHANGE_BEFORE_ZH.test(before) || CHANGE_AFTER_ZH.test(after) || ELAPSED_ZH.test(sentenceBefore);
  return CHANGE_BEFORE_EN.test(before) || ELAPSED_EN.test(sentenceBefore);
}

function checkTimes(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  for (const m of matchesOf(text, CLOCK)) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    const badHour = hour > 24 || (hour === 24 && minute > 0 && minute <= 59);
    if (!badHour && minute <= 59) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (DURATION_AFTER.test(after) || RATIO_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    // 50:50, 60:40, 80:20: the two parts of a whole.
    if (hour + minute === 100) continue;
    const zh = /[\u4e00-\u9fff]/.test(before.slice(-2) + after.slice(0, 2));
    if (minute <= 59 && mmssDuration(text, m.index, m.index + m[0].length, zh)) continue;
    const isTime =
      TIME_PARTNER_BEFORE.test(before) ||
      TIME_PARTNER_AFTER.test(after) ||
      (zh ? TIME_BEFORE_ZH.test(before) || TIME_AFTER_ZH.test(after) : TIME_BEFORE_EN.test(before) || TIME_AFTER_EN.test(after));
    if (!isTime) continue;
    const messages = rule.meta.messages;
    const why = context.localize(minute > 59 ? messages.timeMinute : hour === 24 ? messages.timeAfterMidnight : messages.timeHour);
    context.report({ message: 'time', data: { text: m[0], why }, range: rangeIn(paragraph, m.index, m.index + m[0].length), severity: 'warning' });
  }
}

/**
 * Two times of one day that end before they start: 下午3时至2时, 上午9:30至8:45, 晚7:30至晚7:00, from 15:30 to 14:00,
 * 9:30–8:45, 从14:30开始，至14:10结束, began at 16:00 and finished at 15:20. Not a night (22:00至次日8:00, 18:00至2:00,
 * 20:00–08:00: from 16:00 on to a morning end, or any start for a duty, a shift or a night: 值班时间为14:00至8:00; 凌晨,
 * 次日, the next day), a twelve-hour clock (8:00–6:00, 10:30 to 4:30,
 * 上午11:30至1:30: the end read after noon gives a working day), scores and ratios (比分从21:15追至19:21).
 */
const TIME_SPAN_QUICK = /\d[:：]\d\d|\d时/;
const HALF = '上午|早上|早晨|凌晨|中午|下午|晚上|傍晚|夜间|夜里|晚';
const NEXT_DAY = '次日|翌日|第二天|隔天|次晨';
/** A time of day: its next-day word, its half of the day, hours, minutes (14:30, 3时, 3时30分, 3时半), am or pm. */
const TIME_TOKEN = `(?:(${NEXT_DAY})\\s*)?(?:(${HALF})\\s*)?(?<![\\d:：.．/第])(\\d{1,2})(?:[:：](\\d\\d)(?![\\d:：]|[.．]\\d)|时(?:(\\d{1,2})分|(半))?)(?:\\s*([ap])\\.?m\\b\\.?)?`;
/** Seven groups a token. */
const TOKEN_GROUPS = 7;
const TIME_SPAN = new RegExp(`${TIME_TOKEN}(\\s*(?:至|到|—|–|-|－|~|～|\\bto\\b|\\buntil\\b|\\btill\\b|\\band\\b)\\s*)${TIME_TOKEN}`, 'g');
/** 从14:30开始，至14:10结束; began at 16:00 and finished at 15:20: a start and an end told in one sentence. */
const TIME_START_END = new RegExp(
  `${TIME_TOKEN}(\\s*(?:开始|开会|起)[^。；;！!？?\\d]{0,12}?(?:至|到|于|在)?\\s*)${TIME_TOKEN}(?=\\s*(?:结束|散会|闭幕))|` +
    `\\b(?:began|begun|started|opened|commenced|convened)\\s+at\\s+${TIME_TOKEN}(,?\\s+(?:and|but)\\s+(?:[a-z]+\\s+){0,3}(?:finished|ended|closed|concluded|adjourned|was\\s+adjourned|was\\s+closed)\\s+at\\s+)${TIME_TOKEN}`,
  'gi',
);
const TIME_LEAD_EN = /\b(?:from|between|open|opens|opened|ran|runs|run|sat|sits|held|covers|covered|hours?|times?|at|is|was|are|were)\s+$/i;
const TIME_LEAD_ZH = /(?:于|在|从|自|为|是|时间|时段|[\d０-９]日)\s*$/;
const RATIO_NEAR = /比分|比例|配比|比值|\b(?:ratios?|scores?|split|mix|won|lost|beat|came back)\b/i;
const PM = /^(?:中午|下午|晚上|傍晚|夜间|夜里|晚)$/;
const NIGHT_WORDS = /值班|值守|夜班|夜间|通宵|轮班|备勤|\b(?:night|nights|overnight|shifts?|on[- ]call|out[- ]of[- ]hours)\b/i;

interface ClockTime {
  minutes: number;
  hour: number;
  half?: string;
  meridiem?: string;
  nextDay: boolean;
  /** Written as 09:30 or 14:30: a 24-hour clock. */
  twentyFour: boolean;
}

function clockTime(groups: (string | undefined)[]): ClockTime | undefined {
  const [nextDay, half, h, mm, zhMinutes, halfHour, meridiem] = groups;
  if (h === undefined) return undefined;
  const hour = Number(h);
  const minute = mm !== undefined ? Number(mm) : zhMinutes !== undefined ? Number(zhMinutes) : halfHour ? 30 : 0;
  if (hour > 24 || minute > 59) return undefined;
  return { minutes: hour * 60 + minute, hour, half, meridiem: meridiem?.toLowerCase(), nextDay: nextDay !== undefined, twentyFour: hour >= 13 || /^0\d/.test(h) };
}

/** Minutes after midnight, reading a half of the day (下午3时, 7:30 pm) said with the time or, for the end, with the start. */
function onClock(t: ClockTime, half: string | undefined, meridiem: string | undefined): number {
  const pm = meridiem ? meridiem === 'p' : half !== undefined && PM.test(half) && !(half === '中午' && t.hour >= 11);
  const am = meridiem ? meridiem === 'a' : half !== undefined && !PM.test(half);
  if (pm && t.hour < 12) return t.minutes + 720;
  if (am && t.hour === 12) return t.minutes - 720;
  return t.minutes;
}

function checkTimeOrder(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  const reported: number[] = [];
  for (const re of [TIME_SPAN, TIME_START_END]) {
    for (const m of matchesOf(text, re)) {
      // The start-and-end form has two alternatives: the groups of the one that matched.
      const base = re === TIME_START_END && m[3] === undefined ? 2 * TOKEN_GROUPS + 1 : 0;
      const first = m.slice(base + 1, base + 1 + TOKEN_GROUPS);
      const joiner = m[base + 1 + TOKEN_GROUPS];
      const second = m.slice(base + 2 + TOKEN_GROUPS, base + 2 + 2 * TOKEN_GROUPS);
      const start = clockTime(first);
      const end = clockTime(second);
      if (!start || !end || end.nextDay || reported.includes(m.index)) continue;
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (RATIO_NEAR.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (/^\s*(?:the\s+)?(?:next|following)\s+(?:day|morning)|^\s*overnight|^\s*(?:分钟|小时|minutes?\b|hours?\b|mins?\b)/i.test(after)) continue;
      if (re === TIME_SPAN && /^\s*and\b/i.test(joiner) && !/\bbetween\s+$/i.test(before)) continue;
      const zh = /[\u4e00-\u9fff]/.test(before.slice(-1) + joiner + m[0]);
      const marked = start.half !== undefined || start.meridiem !== undefined || end.half !== undefined || end.meridiem !== undefined;
      const hourWord = first[4] !== undefined || first[5] !== undefined || /^\d{1,2}时/.test(m[0].slice(m[0].search(/\d/)));
      if (re === TIME_SPAN && !marked && !hourWord && !(zh ? TIME_LEAD_ZH.test(before) : TIME_LEAD_EN.test(before))) continue;
      const from = onClock(start, start.half, start.meridiem);
      const to = onClock(end, end.half ?? start.half, end.meridiem ?? (end.half ? undefined : start.meridiem));
      if (to >= from || to === 0 || end.hour === 24) continue;
      // 凌晨 at the end, or a night from 17:00 on to a morning end.
      // 晚上10时至6时: the end read in the morning, not in the start's half of the day.
      // A night's duty (值班, 夜班, night, shift, on call) may start at any hour before its morning end.
      const morningEnd = to <= 12 * 60 || onClock(end, end.half, end.meridiem) <= 12 * 60;
      // Not a night for a start said in the morning (夜间经济：上午10时至9时开展培训), nor for night words in an earlier sentence.
      const morningStart = start.meridiem === 'a' || (start.half !== undefined && /^(?:上午|早上|早晨)$/.test(start.half));
      const night = !morningStart && NIGHT_WORDS.test(text.slice(Math.max(0, m.index - 30), m.index).split(/[。；;！!？?]/).pop()!);
      if (end.half === '凌晨' || (morningEnd && (from >= 16 * 60 || night))) continue;
      // A twelve-hour clock: 8:00–6:00, 上午11:30至1:30 — the end read after noon makes a working day (a short span
      // where the start's half of the day was said).
      if (end.hour <= 12 && end.half === undefined && end.meridiem === undefined && !end.twentyFour && !start.twentyFour) {
        const span = to + 720 - from;
        const afternoon = start.meridiem === 'p' || (start.half !== undefined && PM.test(start.half));
        const explicit = start.half !== undefined || start.meridiem !== undefined;
        if (!afternoon && span > 0 && span <= (explicit ? 180 : 600)) continue;
      }
      reported.push(m.index);
      const at = base > 0 ? m.index + m[0].search(/\d/) : m.index;
      context.report({ message: 'timeReversed', data: { text: text.slice(at, m.index + m[0].length) }, range: rangeIn(paragraph, at, m.index + m[0].length), severity: 'warning' });
    }
  }
}

/**
 * A quarter no year has: 第五季度, 2026年第5季度, 2026年五季度, Q5 2025/26, Q6 of 2026. Not a question's number (Q5 of
 * the survey), 连续五个季度, 近五季度, 一至四季度.
 */
const QUARTER_QUICK = /[五六七八九5-9]季度|Q[5-9]/;
const QUARTER_ZH = /第(?:[五六七八九十]|[5-9]|1\d)季度|(?<=(?:19|20)\d\d年)(?:[五六七八九]|[5-9])季度/g;
const QUARTER_EN = /\bQ[5-9](?:\s+of)?\s+(?:FY\s?)?(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?(?![\w/–-])/g;

function checkQuarters(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  for (const re of [QUARTER_ZH, QUARTER_EN]) {
    for (const m of matchesOf(text, re)) {
      // question Q6 2026, survey item Q5 2025: a question's number.
      if (re === QUARTER_EN && /\b(?:questions?|items?|survey|questionnaire)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      context.report({ message: 'quarter', data: { text: m[0] }, range: rangeIn(paragraph, m.index, m.index + m[0].length), severity: 'warning' });
    }
  }
}

/** 历时, 为期, "six-week", "over 18 months (": a length of time that may be stated beside a span. */
const DURATION_QUICK = /[（(]\s*共|历时|歷時|为期|為期|历经|歷經|用时|用時|耗时|耗時|持续|持續|\b(?:day|week|month|year)s?\b/i;

/** Two clock times at least: most paragraphs with a colon have none. */
const CLOCK_QUICK = /\d[:：][0-5]\d[^:：]{1,40}\d[:：][0-5]\d/;
const CLOCK_HM = '([01]?\\d|2[0-3])[:：]([0-5]\\d)';
const CLOCK_JOIN = '\\s*(?:to|until|and|–|—|-|至|到|－|~|～)\\s*';
const MINUTES_UNIT = '(minutes?|mins?|hours?|hrs?|分钟|分鐘|小时|小時)';
/**
 * "lasted 19 minutes (09:14 to 09:31)", "from 09:14 to 09:31 (19 minutes)", 9:14至9:31，历时19分钟, 历时2小时（14:00—16:30）:
 * a length in minutes or hours tied to the two times it runs between (the length with the times in brackets, or the
 * times then the length in brackets or after 历时/共). Not "about", 约, 左右, nor times across midnight.
 */
const CLOCK_LENGTH_FIRST = new RegExp(`(?:\\b(?:lasted|took|for|of)\\s+|历时|歷時|为期|為期|用时|用時|共|持续|持續)\\s*(\\d{1,3})\\s*${MINUTES_UNIT}\\s*[（(]\\s*(?:from\\s+)?${CLOCK_HM}${CLOCK_JOIN}${CLOCK_HM}\\s*[）)]`, 'gi');
const CLOCK_TIMES_FIRST = new RegExp(`${CLOCK_HM}${CLOCK_JOIN}${CLOCK_HM}\\s*(?:进行|進行|举行|舉行|召开|召開|开展|開展)?\\s*(?:[（(]\\s*|[，,]\\s*(?:历时|歷時|用时|用時|共|持续|持續|lasting\\s+|a\\s+total\\s+of\\s+))(\\d{1,3})\\s*${MINUTES_UNIT}(?!\\s*(?:左右|多))`, 'gi');

function checkClockDurations(context: UnitContext, paragraph: Paragraph): void {
  const text = paragraph.text;
  const check = (m: RegExpMatchArray, value: number, unit: string, h1: string, m1: string, h2: string, m2: string, timesAt: number, timesText: string) => {
    const minutes = Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1));
    if (minutes <= 0) return;
    const stated = /^(?:h|小)/i.test(unit) ? value * 60 : value;
    const lead = text.slice(Math.max(0, m.index! - 12), m.index!);
    if (/\b(?:about|around|roughly|approximately|nearly|almost|over|under|some)\s*$|约|約|近|超过|超過/i.test(lead + m[0].slice(0, 12))) return;
    // Hours stated whole (历时2小时 for 14:00—16:30) fit within half an hour; minutes exactly, or one either way.
    if (Math.abs(minutes - stated) <= (stated === value ? 1 : 30)) return;
    const zh = /[\u4e00-\u9fff]/.test(unit);
    const actual = zh ? `${minutes}分钟` : `${minutes} minutes`;
    const statedText = m[0].slice(m[0].search(new RegExp(`${value}`)), m[0].search(new RegExp(`${value}`)) + String(value).length) + (zh ? unit : ` ${unit}`);
    context.report({ message: 'duration', data: { span: timesText, actual, stated: statedText }, range: rangeIn(paragraph, Math.min(m.index!, timesAt), m.index! + m[0].length), severity: 'warning' });
  };
  CLOCK_LENGTH_FIRST.lastIndex = 0;
  for (const m of matchesOf(text, CLOCK_LENGTH_FIRST)) {
    const times = /[（(]\s*(?:from\s+)?(.*?)\s*[）)]$/.exec(m[0])!;
    check(m, Number(m[1]), m[2], m[3], m[4], m[5], m[6], m.index! + m[0].indexOf(times[1]), times[1]);
  }
  CLOCK_TIMES_FIRST.lastIndex = 0;
  for (const m of matchesOf(text, CLOCK_TIMES_FIRST)) {
    // "(6 hours, with an hour for lunch)": a bracket holds the length alone.
    if (/[（(]/.test(m[0]) && !/^\s*[）)]/.test(text.slice(m.index! + m[0].length))) continue;
    const times = /^.*?\d[:：]\d\d.*?\d[:：]\d\d/.exec(m[0])![0];
    check(m, Number(m[5]), m[6], m[1], m[2], m[3], m[4], m.index!, times);
  }
}

const WORKING_DAYS_QUICK = /working\s+days?|business\s+days?|工作日/i;
/** The line (segment) of the paragraph that holds an offset. */
function segmentAt(paragraph: Paragraph, offset: number): Paragraph['segments'][number] | undefined {
  let found: Paragraph['segments'][number] | undefined;
  for (const s of paragraph.segments) if (s.offset <= offset) found = s;
  return found;
}

/** A timetable row's label that names the end of a period counted from the row before. */
const ROW_ENDS = /\b(?:ends?|ended|ending|closes?|closed|closing|expires?|expired|expiry|deadline|due|finish(?:es|ed)?|until|by)\b/i;
/** (8 working days), （15个工作日）: an exact count of working days in brackets right after a date. */
const WORKING_DAYS_AFTER = /^\s*[（(]\s*(\d{1,3})\s*(?:(?:working|business)\s+days?|个?工作日)\s*[）)]/i;

/**
 * "from 3 March to 20 March 2026 (20 working days)", and a timetable's row "Standstill period ends  Tuesday 25 August
 * 2026 (8 working days)" under "… Monday 17 August 2026": a count of working days the span cannot hold. Bank holidays
 * only take days away, so only a span with fewer weekdays than the count, both ends counted, is reported; a span with
 * more may hold a holiday and is left alone. The start is the span's own, the date before in the sentence, or the date
 * alone on a timetable's row before, where this row names an end (ends, closes, deadline, due): not a register's rows. Not in Chinese, where a weekend day
 * may be made a working day (调休).
 */
function checkWorkingDays(context: UnitContext, paragraph: Paragraph, mentions: readonly DateMention[]): void {
  const text = paragraph.text;
  mentions.forEach((m, i) => {
    const endAt = m.offset + m.length;
    // Not in Chinese: a weekend may be a working day there (调休), so weekdays bound nothing.
    const w = m.language === 'zh' ? undefined : WORKING_DAYS_AFTER.exec(text.slice(endAt, endAt + 24));
    if (!w) return;
    const stated = Number(w[1]);
    let from: DatePoint;
    let to: DatePoint;
    let first: DateMention;
    if (m.end) {
      from = m.start;
      to = m.end;
      first = m;
    } else {
      const prev = mentions[i - 1];
      if (!prev) return;
      // The row before (a paragraph joins a timetable's lines), or the date before in the sentence: only words between,
      // no other figure and no sentence's end.
      const between = text.slice(prev.offset + prev.length, m.offset);
      if (prev.end || between.length > 80 || /[\d.;:!?。；：！？]/.test(between)) return;
      // The row before: only a timetable's, a step of one process whose row names an end ("Standstill period ends",
      // "Objection period closes") after a row with that one date. Not a register's rows, each a case of its own
      // ("Jones  1 April 2026 (6 working days)" under "Smith  30 March 2026", or under "Smith  2 March 2026  30 March 2026").
      const row = segmentAt(paragraph, m.offset);
      const prevRow = segmentAt(paragraph, prev.offset);
      if (row !== prevRow) {
        const label = text.slice(row?.offset ?? 0, m.offset);
        if (!ROW_ENDS.test(label) || (i > 1 && mentions[i - 2].offset >= (prevRow?.offset ?? 0))) return;
      }
      from = prev.start;
      to = m.start;
      first = prev;
    }
    const year = to.year;
    if (year === undefined || from.month === undefined || from.day === undefined || to.month === undefined || to.day === undefined) return;
    const start = Date.UTC(from.year ?? year, from.month - 1, from.day);
    const end = Date.UTC(year, to.month - 1, to.day);
    if (end < start || end - start > 400 * 86400000) return;
    let weekdays = 0;
    for (let t = start; t <= end; t += 86400000) {
      const day = new Date(t).getUTCDay();
      if (day !== 0 && day !== 6) weekdays++;
    }
    if (weekdays >= stated) return;
    const zh = m.language === 'zh';
    const firstText = text.slice(first.offset, first === m ? m.offset + m.length : first.offset + first.length);
    const span = first === m ? firstText : `${firstText}${zh ? '至' : ' to '}${text.slice(m.offset, endAt)}`;
    const actual = zh ? `最多${weekdays}个工作日` : `at most ${weekdays} working days`;
    context.report({ message: 'duration', data: { span, actual, stated: w[0].trim().replace(/^[（(]\s*|\s*[）)]$/g, '') }, range: rangeIn(paragraph, m.offset, endAt + w[0].length), severity: 'warning' });
  });
}

/** 从2026年1月至6月，历时3个月; "a six-week consultation from 3 March to 28 March": a length its span does not have. */
function checkDurations(context: UnitContext, paragraph: Paragraph, mentions: readonly DateMention[]): void {
  for (const stated of statedDurations(paragraph.text, mentions)) {
    const wrong = durationMismatch(stated);
    if (!wrong) continue;
    const zh = stated.language === 'zh';
    const { amount, unit } = wrong;
    const actual = zh
      ? `${amount}${unit === 'day' ? '天' : unit === 'month' ? '个月' : '年'}`
      : `${amount} ${unit}${amount === 1 ? '' : 's'}`;
    const span = paragraph.text.slice(stated.offset, stated.offset + stated.length);
    const from = Math.min(stated.offset, stated.at);
    const to = Math.max(stated.offset + stated.length, stated.at + stated.text.length);
    context.report({ message: 'duration', data: { span, actual, stated: stated.text }, range: rangeIn(paragraph, from, to), severity: 'warning' });
  }
}

const EN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * "In the first half of the year (January to September)": a half named with months in brackets that are not six in a
 * row (a financial year's first half, April to September, is six).
 */
const HALF_MONTHS = new RegExp(`\\b(?:first|second)\\s+half\\s+of\\s+(?:the\\s+(?:calendar\\s+|financial\\s+|fiscal\\s+)?year|(?:19|20)\\d\\d(?:[/–-]\\d\\d)?)\\s*\\(\\s*(${EN_MONTH})(?:\\s+(?:19|20)\\d\\d)?\\s*(?:to|–|—|-)\\s*(${EN_MONTH})(?:\\s+(?:19|20)\\d\\d)?\\s*\\)`, 'g');

/**
 * "Q3 (July to October)", "the second quarter (April to July)": a quarter named with months in brackets, with no year,
 * that are not three in a row (a financial year's Q3, October to December, is three). With a year the months are a
 * date's and checked as a period's (checkPeriodMonths).
 */
const QUARTER_MONTHS_EN = new RegExp(`\\b(Q[1-4]|(?:first|second|third|fourth)\\s+quarter)(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d(?:[/–-]\\d\\d)?)?\\s*\\(\\s*(${EN_MONTH})\\s*(?:to|–|—|-)\\s*(${EN_MONTH})\\s*\\)`, 'gi');

function checkQuarterMonths(context: UnitContext, paragraph: Paragraph): void {
  for (const m of matchesOf(paragraph.text, QUARTER_MONTHS_EN)) {
    const from = MONTHS_EN.findIndex((x) => x.toLowerCase() === m[2].toLowerCase()) + 1;
    const to = MONTHS_EN.findIndex((x) => x.toLowerCase() === m[3].toLowerCase()) + 1;
    const months = ((to - from + 12) % 12) + 1;
    if (months === 3) continue;
    const open = m[0].indexOf('(');
    const written = m[0].slice(open + 1, -1).trim();
    context.report({ message: 'quarterMonths', data: { period: m[0].slice(0, open).trim(), text: written, months }, range: rangeIn(paragraph, m.index! + open + 1, m.index! + m[0].length - 1), severity: 'warning' });
  }
}

function checkHalfMonths(context: UnitContext, paragraph: Paragraph): void {
  for (const m of matchesOf(paragraph.text, HALF_MONTHS)) {
    const from = MONTHS_EN.indexOf(m[1]) + 1;
    const to = MONTHS_EN.indexOf(m[2]) + 1;
    const months = ((to - from + 12) % 12) + 1;
    if (months === 6) continue;
    const open = m[0].indexOf('(');
    const written = m[0].slice(open + 1, -1).trim();
    const period = m[0].slice(0, open).trim();
    context.report({ message: 'halfMonths', data: { period, text: written, months }, range: rangeIn(paragraph, m.index! + open + 1, m.index! + m[0].length - 1), severity: 'warning' });
  }
}
