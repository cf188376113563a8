// Chinese dates that lost a unit in a paste or a retyping, their digits run together: 2018724日 (2018年7月24日),
// 20231月 (2023年1月), 2024年1230日 (2024年12月30日). The date reader (dates.ts) reads none of them: a number of more
// than four digits is no year, month or day. Only where no other reading is left: a year of 19xx or 20xx first, the
// rest a month (and a day) that exist, and the unit right after the digits; not a count with its own unit (12036工日,
// 30240日 splits into no month and day), a code or file number (第2018724号, 编号20180724: no 日 or 月), a span
// of days (2024年120日内). With no year, after 截至 (截至1031日) and for a meeting's days (于617日至19日召开).
// Also with no year where only a date can stand: 418日下午 (4月18日下午), 1031日，完成….

import { codeTable, eachMatchAt, matchesOf } from '../patterns';
import { daysInMonth, isYear } from './dates';

export interface RunTogetherDate {
  /** Offset and length of the digits and their unit (with the 年 before them, where it is written). */
  offset: number;
  length: number;
  /** The units the digits lost: 年 and 月 (2018724日), 年 (20231月), 月 (2024年1230日), all three (于2024619召开). */
  missing: ('年' | '月' | '日' | '至')[];
  /** Every date the digits can be read as (2019125日: 2019年1月25日 or 2019年12月5日); no year after 截至 (截至1031日). */
  readings: { year?: number; month: number; day?: number; until?: { month: number; day: number } }[];
}

// Digits no digit, Latin letter, point, slash, dash, colon or 第 stands before (v2.2018724, No.20231, 第20180724日),
// except the two hyphens typed for the dash of a speech's date line (--20211228日在市人大常委会会议上). What stands
// before is tested in code (runStartsAt): a pattern that starts with a look-behind is tried at every position of the
// text, one that starts with its digits is scanned for (perf36: 0.12 → 0.006 ms on the 120k draft's 26 lines with a
// long digit run).
const RUN = /((?:19|20)\d\d)(年?)(\d{1,4})([日月])(?![内內])/g;
const NOT_BEFORE_RUN = codeTable('0123456789０１２３４５６７８９ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.．/-－:：#第');

/** Every match of RUN whose start stands where runStartsAt allows, in order (exported for its test). */
export function digitRuns(text: string): RegExpExecArray[] {
  const runs: RegExpExecArray[] = [];
  eachMatchAt(RUN, text, (i) => runStartsAt(text, i), (m) => runs.push(m));
  return runs;
}

/** The look-behind RUN had: (?<=(?:^|[^-－])(?:--|－－)) or (?<![\d０-９A-Za-z_.．/\-－:：#第]) at `i`. */
function runStartsAt(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (NOT_BEFORE_RUN[c] === 0) return true;
  // Two hyphens (or two full-width ones) after the text's start or after anything but a third.
  if ((c !== 0x2d && c !== 0xff0d) || i < 2 || text.charCodeAt(i - 2) !== c) return false;
  if (i === 2) return true;
  const b = text.charCodeAt(i - 3);
  return b !== 0x2d && b !== 0xff0d;
}

// 截至1031日, 截止1130日: a cut-off date whose 月 was lost, with no year; a count of days is no cut-off (连续运行1031日),
// nor is a date that sets a deadline before it (截至1031日前 reads as a date all the same, so 前 is let through).
const CUTOFF = /(?<=截至|截止|截止到|截止至)(\d{3,4})日(?![内內])/g;

// 于617日至19日召开, 于1128日举行: a day of a meeting or a span whose 月 was lost, with no year; only after 于 (自, 从) and
// with the span's end day (至19日) or the event (召开, 举行) right after it — not 于120日内, 617万, 第617号.
const HELD = /(?<=(?:于|於|自|从|從))(\d{3,4})日(?=\s*(?:(?:至|到|—|–|－|-|～|~)\s*\d{1,2}日|(?:在\p{sc=Han}{2,12})?(?:召开|召開|举行|舉行|举办|舉辦|开幕|開幕|闭幕|閉幕)))/gu;
const HELD_DIGITS = /[于於自从從]\d{3,4}日/;

// 418日下午，召开…; 1230日上午; 于925日上午到馆检查; 626日14时; 1031日，完成…: a day whose 月 was lost, with no year, where
// only a date can stand — a time of day right after it (after a sentence's start, 于 or 在), or the comma of a clause
// it opens at a sentence's start. Not a count (共418日, 第418日, 连续运行1230日下午, 418天), yen (418日元), 120日内.
const SENTENCE_START = String.raw`(?:^|[。；;！？!?])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]\s*)?`;
const AT_TIME = new RegExp(String.raw`(?<=${SENTENCE_START}|[于於在])(\d{3,4})日(?=上午|下午|晚上|晚间|晚間|早上|早晨|凌晨|中午|傍晚|夜间|夜間|\d{1,2}(?:时|時|点|點|[:：]\d\d))`, 'g');
const AT_START = new RegExp(String.raw`(?<=${SENTENCE_START})(\d{3,4})日(?=[，,])`, 'g');
const DAY_DIGITS = /\d{3,4}日/;
const CUTOFF_DIGITS = /截[至止]\S{0,2}\d{3}/;
const LONG_DIGIT_RUN = /\d{5}|年\d{3}/;
// 于2024619召开, 自20240701起施行, 定于2024年…: seven or eight digits that lost all of 年, 月 and 日, read as a date
// only where nothing else can stand — after 于, 在, 自, 从, 截至 (not 高于, 低于, 等于: a comparison with an amount)
// and before what a date opens or dates (召开, 印发, 起施行, 前, 上午, 14时, 至2024621). Not a code or a file number
// (编号20240619, 第2024619号: no such word around it), an amount or a count (于2024619元, 达2024619人), a telephone
// number (电话20245678), nor digits that make no month and day (于2024139召开).
const BARE_RUN = /((?:19|20)\d\d)(\d{3,4})(?![\d０-９.．A-Za-z%％])/g;
const BARE_BEFORE = /(?:于|於|在|自|从|從|截至|截止|截止到|截止至)[ \t]*$/;
const COMPARISON_BEFORE = /(?:高|低|大|小|等|多|少|优|優|好|快|慢|早|晚|强|強|弱|重|轻|輕|长|長|短|相当|相當|不亚|不亞|善|乐|樂|用|基|属|屬|位|处|處|由|对|對|关|關|鉴|鑒|趋|趨|归|歸|致力|着眼|著眼|立足|源|始|终|終|限|见|見|至)(?:于|於)[ \t]*$/;
const BARE_AFTER = /^[ \t]*(?:召开|召開|举行|舉行|举办|舉辦|开幕|開幕|闭幕|閉幕|印发|印發|发布|發布|公布|颁布|頒布|下发|下發|出台|签署|簽署|签订|簽訂|审议|審議|通过|通過|起施行|施行|实施|實施|生效|开始|開始|开工|開工|竣工|启动|啟動|成立|挂牌|掛牌|上线|上線|起|前|以前|之前|以来|以來|上午|下午|晚上|晚间|晚間|早上|早晨|凌晨|中午|傍晚|\d{1,2}(?:时|時|点|點|[:：]\d\d)|(?:至|到|—|–|－|～|~)[ \t]*\d{1,2}日)/;
const BARE_DIGITS = /(?:于|於|在|自|从|從|截至|截止)[ \t]*(?:19|20)\d{5}/;

/** 于2024619召开: the dates of a text that lost all three units (see BARE_RUN); a span's two ends (于2024710至2024712到…). */
function bareRuns(text: string, out: RunTogetherDate[]): void {
  const runs: { at: number; end: number; lead: boolean; after: boolean; readings: RunTogetherDate['readings'] }[] = [];
  for (const m of matchesOf(text, BARE_RUN)) {
    const at = m.index;
    if (at > 0 && NOT_BEFORE_RUN[text.charCodeAt(at - 1)] !== 0) continue;
    const readings = monthDays(Number(m[1]), m[2]);
    if (readings.length === 0) continue;
    const before = text.slice(Math.max(0, at - 6), at);
    const end = at + m[0].length;
    runs.push({ at, end, lead: BARE_BEFORE.test(before) && !COMPARISON_BEFORE.test(before), after: BARE_AFTER.test(text.slice(end, end + 12)), readings });
  }
  // The span's end: right after its start and a dash or 至; the event after the end dates both.
  const spanned = (i: number) => i + 1 < runs.length && SPAN_MARK.test(text.slice(runs[i].end, runs[i + 1].at));
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    // 于2024710至2024712到各乡镇督导: two dates joined by 至 after 于 are a span whatever follows, unless a unit
    // makes them amounts (在2024619至2024630元之间).
    const accepted = run.lead && (run.after || (spanned(i) && (runs[i + 1].after || !UNIT_AFTER.test(text.slice(runs[i + 1].end, runs[i + 1].end + 3)))));
    if (!accepted) continue;
    const ends = spanned(i) ? [run, runs[++i]] : [run];
    for (const r of ends) out.push({ offset: r.at, length: r.end - r.at, missing: ['年', '月', '日'], readings: r.readings });
  }
}
// 分 is a unit (2024920分) but not in 分片, 分批, 分组: 自2024915—2024920分片开展 is a span of dates.
const UNIT_AFTER = /^[ \t]*(?:分(?![片批组組区區类類步头頭阶階段期])|[万萬亿億千百元角%％‰倍米吨噸斤克升亩畝人户戶个個位名次项項家件台套辆輛间間本份篇场場期批条條张張只头頭匹块塊座栋棟层層余餘多届屆级級号號]|平方|公里|公顷|公頃)/;
const SPAN_MARK = /^[ \t]*(?:至|到|—|–|－|～|~)[ \t]*$/;

/** The run-together dates of a paragraph's text. */
export function runTogetherDates(text: string): RunTogetherDate[] {
  const out: RunTogetherDate[] = [];
  if (CUTOFF_DIGITS.test(text)) {
    for (const m of matchesOf(text, CUTOFF)) {
      // Any year: 2月29日 exists in a leap year, and the year is not written.
      const readings = monthDays(2024, m[1]).map(({ month, day }) => ({ month, day }));
      if (readings.length > 0) out.push({ offset: m.index, length: m[0].length, missing: ['月'], readings });
    }
  }
  if (HELD_DIGITS.test(text)) {
    for (const m of matchesOf(text, HELD)) {
      const readings = monthDays(2024, m[1]).map(({ month, day }) => ({ month, day }));
      if (readings.length > 0) out.push({ offset: m.index, length: m[0].length, missing: ['月'], readings });
    }
  }
  if (DAY_DIGITS.test(text)) {
    for (const re of [AT_TIME, AT_START]) {
      for (const m of matchesOf(text, re)) {
        if (out.some((d) => d.offset === m.index)) continue;
        const readings = monthDays(2024, m[1]).map(({ month, day }) => ({ month, day }));
        if (readings.length > 0) out.push({ offset: m.index, length: m[0].length, missing: ['月'], readings });
      }
    }
  }
  if (!LONG_DIGIT_RUN.test(text)) return out;
  if (BARE_DIGITS.test(text)) bareRuns(text, out);
  spanRuns(text, out);
  for (const m of digitRuns(text)) {
    const [whole, yearDigits, nian, rest, unit] = m;
    const year = Number(yearDigits);
    if (!isYear(year)) continue;
    let readings: RunTogetherDate['readings'];
    let missing: RunTogetherDate['missing'];
    if (unit === '月') {
      // 20231月, 202312月: the year's 年 lost. 2024年12月 is a date as written; 13月龄 an age.
      if (nian || !/^(?:0?[1-9]|1[0-2])$/.test(rest) || /^[龄齡]/.test(text.slice(m.index + whole.length))) continue;
      readings = [{ year, month: Number(rest) }];
      missing = ['年'];
    } else {
      // 2018724日 lost 年 and 月, 2024年1230日 lost 月: the rest is a month and a day, three or four digits after a 年.
      if (nian ? rest.length < 3 : rest.length < 2) continue;
      readings = monthDays(year, rest);
      missing = nian ? ['月'] : ['年', '月'];
    }
    if (readings.length > 0) out.push({ offset: m.index, length: whole.length, missing, readings });
  }
  return out;
}

// 统计期限为2025111231日 (2025年1月1日至12月31日): a year and the two ends of a span in it, every unit and 至 lost. Read
// only where one span can be meant: its start before its end, one reading (not 日元, yen; not 日内, a count of days).
const SPAN_RUN = /((?:19|20)\d\d)(\d{5,6})日(?![元内內均])/g;

function spanRuns(text: string, out: RunTogetherDate[]): void {
  for (const m of matchesOf(text, SPAN_RUN)) {
    if (!runStartsAt(text, m.index) || /(?:编号|編號|号码|號碼|代码|代碼|账号|賬號|单号|單號)[：:]?$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const year = Number(m[1]);
    if (!isYear(year)) continue;
    const readings: RunTogetherDate['readings'] = [];
    for (let cut = 2; cut <= m[2].length - 2; cut++) {
      for (const a of monthDays(year, m[2].slice(0, cut))) {
        for (const b of monthDays(year, m[2].slice(cut))) {
          if (a.month * 100 + a.day < b.month * 100 + b.day) readings.push({ year, month: a.month, day: a.day, until: { month: b.month, day: b.day } });
        }
      }
    }
    if (readings.length === 1) out.push({ offset: m.index, length: m[0].length, missing: ['年', '月', '日', '至'], readings });
  }
}

/** 724 → 7月24日; 125 → 1月25日 or 12月5日; 1230 → 12月30日; 365 → none. */
function monthDays(year: number, digits: string): { year: number; month: number; day: number }[] {
  const out: { year: number; month: number; day: number }[] = [];
  for (let cut = 1; cut <= 2 && cut < digits.length; cut++) {
    const month = digits.slice(0, cut);
    const day = digits.slice(cut);
    // 2018105日 is 10月5日, not 1月05日: a day with a leading zero comes after a month of two digits.
    if (day.length > 2 || month === '0' || day === '0' || (day.startsWith('0') && cut === 1)) continue;
    const m = Number(month);
    const d = Number(day);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, year)) out.push({ year, month: m, day: d });
  }
  return out;
}
