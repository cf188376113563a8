// Dates a writer states, read once per document: 2025年3月5日, 二〇二五年三月五日, 2025-03-05, 2025.3.5,
// March 5, 2025, 5 March 2025, and spans of time: 2021—2025年, 2025年12月至2026年3月, 12月至次年3月,
// 1-6月, 3月5日至8日, （2023-2023）, from June 2025 to March 2025. A date may carry a qualifier
// (2023年底前, 2025年上半年, 2025年以来, by the end of 2022) that the rules about the report's time read.

import { codeTable, eachMatchAt } from '../patterns';
import { readEnglishDates } from './dates-en';
import { parseChineseNumeral } from './numerals';
import type { Paragraph } from './paragraphs';

export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
  /** 次年/翌年/来年: the year after the start's (12月至次年3月). */
  nextYear?: boolean;
  /** Offset and length of the point's text in the paragraph. */
  offset: number;
  length: number;
  /** Parts of a span's end the writer left out, filled from the start (3月5日至8日: the month). */
  inherited?: { year?: boolean; month?: boolean };
}

/** Words right after (or, in English, before) a date that narrow or qualify it. */
export interface DateQualifier {
  /** 年初 / 年中 / 年底 (also 月底, the end of …), 上半年 / 下半年, a quarter. */
  part?: 'start' | 'middle' | 'end' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4';
  /** 以来 / since: from then until the time of writing. */
  since?: boolean;
  /** 前 / 之前 / 以前 / by / before: a deadline. */
  by?: boolean;
  /** Offset of the qualifier words where they come before the date (by the end of 2022). */
  start?: number;
  /** Offset just past the qualifier words (Chinese) or the date (English) in the paragraph. */
  end: number;
}

export interface DateMention {
  paragraph: Paragraph;
  /** Offset and length of the whole mention (both ends of a range) in the paragraph. */
  offset: number;
  length: number;
  start: DatePoint;
  /** The end of a span, with the parts the writer left out filled from the start (3月5日至8日 → 3月8日). */
  end?: DatePoint;
  language: 'zh' | 'en';
  /** Day-month-year written as digits (2025-03-05, 2025.3.5, 2025/3/5). */
  numeric?: boolean;
  /** A financial or academic year written with both years: 2024/25, 2024-25, FY2024/25 (start and end one year apart). */
  fiscal?: boolean;
  qualifier?: DateQualifier;
}

const CN_DIGITS = '〇○零一二三四五六七八九';
const CN_NUMERAL = /^[〇○零一二三四五六七八九十两]$/;
const DIGIT = /^[0-9０-９]$/;
const NOT_DAY_AFTER_HAO = /^[楼樓院线線文令码碼房室车車位机機仓倉口井库庫门門馆館厂廠店台臺桩樁]$/;

/** A span's joining word or dash: 至, 到, —, ——, –, -, －, ~, ～. */
const CONNECTOR = /^\s?(?:至|到|——|—|–|-|－|~|～|〜)\s?/;
/** The end of a span given relative to the start's year. */
const RELATIVE_YEAR = /^(次年|翌年|来年|來年|同年|当年|當年)/;

// 前三季度 and 前后 (about) are not deadlines.
const QUALIFIER = /^(?:(年初|初)|(年中)|(年底|年末|底|末)|(上半年|前半年)|(下半年|后半年|後半年)|(?:第?([一二三四1-4])季度)|前[两二三]季度)?(以来|以來|之前|以前|前(?![后後]))?/;
/** 2026年汛前, 入汛前: before the flood season, which opens in the second half of the year's first half: by June. */
const FLOOD_SEASON = /^(?:入汛前|汛期前|主汛期前|汛前)/;
/** 2025年秋季学期开学前, 2026年春季开学前: before a school term opens: by September (autumn), by March (spring). */
const TERM_OPENS = /^(?:(秋季学期|秋季學期|秋学期|秋學期|秋季)|(?:春季学期|春季學期|春学期|春學期|春季))(?:开学|開學)?(?:之)?前/;

export function findDates(paragraphs: Paragraph[]): DateMention[] {
  return paragraphs.flatMap(readDates);
}

const ASCII_LETTER = /[A-Za-z]/;
/** The dates of one paragraph, in the order they are read (Chinese, numeric, then English). */
export function readDates(paragraph: Paragraph): DateMention[] {
  const out: DateMention[] = [];
  readChineseDates(paragraph, out);
  readNumericDates(paragraph, out);
  if (ASCII_LETTER.test(paragraph.text)) readEnglishDates(paragraph, out, out.slice());
  return out;
}

interface Component {
  unit?: '年' | '月' | '日';
  value: number;
  /** Digits as written: a year needs four. */
  width: number;
  start: number;
  end: number;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;
/** A run of digits (ASCII or full-width) or Chinese numerals starting at `i`, read as a number. */
function readNumber(text: string, i: number): { value: number; width: number; end: number; chinese: boolean } | undefined {
  let j = i;
  if (DIGIT.test(text[i] ?? '')) {
    while (j < text.length && DIGIT.test(text[j]) && j - i < 5) j++;
    if (j - i > 4) return undefined;
    const digits = text.slice(i, j).replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    return { value: Number(digits), width: j - i, end: j, chinese: false };
  }
  while (j < text.length && CN_NUMERAL.test(text[j]) && j - i < 5) j++;
  if (j === i || j - i > 4) return undefined;
  const word = text.slice(i, j);
  // 二〇二五: a year read digit by digit; 十二, 三十一: a month or day.
  if (word.length === 4 && [...word].every((c) => CN_DIGITS.includes(c))) {
    const digits = [...word].map((c) => Math.max(0, CN_DIGITS.indexOf(c) - 2)).join('');
    return { value: Number(digits), width: 4, end: j, chinese: true };
  }
  const value = parseChineseNumeral(word);
  return value === undefined || value > 99 ? undefined : { value, width: 0, end: j, chinese: true };
}

/** A number followed by its unit (2025年, 3月, 5日), or a bare number; `after` is the smallest unit read so far. */
function readComponent(text: string, i: number, after?: Component['unit']): Component | undefined {
  const n = readNumber(text, i);
  if (!n) return undefined;
  let j = n.end;
  if (text[j] === ' ') j++;
  const ch = text[j];
  // 8号 is a day; 8号楼 and 5号文件 are not.
  const day = ch === '日' || ((ch === '号' || ch === '號') && !NOT_DAY_AFTER_HAO.test(text[j + 1] ?? ''));
  // 13月龄 is an age.
  const unit = ch === '年' ? '年' : ch === '月' && !/[龄齡]/.test(text[j + 1] ?? '') ? '月' : day ? '日' : undefined;
  if (unit === '年' && n.width !== 4) return undefined;
  if (unit && after && rank(unit) <= rank(after)) return undefined;
  // A Chinese-numeral year is four digits (二〇二五年); 十年 and 三年 are durations.
  if (n.chinese && !unit) return undefined;
  if (!unit) return { value: n.value, width: n.width, start: i, end: n.end };
  let end = j + 1;
  if (unit === '年' && text[end] === '度') end++;
  if (unit === '月' && text[end] === '份') end++;
  return { unit, value: n.value, width: n.width, start: i, end };
}

function rank(unit: Component['unit']): number {
  return unit === '年' ? 0 : unit === '月' ? 1 : 2;
}

/** Year, month and day in that order, adjacent: 2025年3月5日, 3月5日, 2025年度, 二〇二五年十三月. */
function readPoint(text: string, i: number): Component[] {
  const parts: Component[] = [];
  let pos = i;
  for (;;) {
    const c = readComponent(text, pos, parts[parts.length - 1]?.unit);
    if (!c) break;
    parts.push(c);
    if (!c.unit) break;
    pos = c.end;
  }
  return parts;
}

function toPoint(parts: Component[], unitOfBare?: Component['unit']): DatePoint {
  const point: DatePoint = { offset: parts[0].start, length: parts[parts.length - 1].end - parts[0].start };
  for (const p of parts) {
    const unit = p.unit ?? unitOfBare;
    if (unit === '年') point.year = p.value;
    else if (unit === '月') point.month = p.value;
    else if (unit === '日') point.day = p.value;
  }
  return point;
}

// A number starts where no digit, numeral or decimal point comes before it (1.5年 and 十二年 are not dates). The
// pattern takes the whole run of such characters, and the one before the run is tested in code: no position inside
// the run can start a number, and a leading look-behind would be tried at every position of the paragraph.
// By character code (a regex call per number was the cost): 1 where a number may start, 2 where only its run goes on.
const NUMBER_START = 1;
const NUMBER_RUN = 2;
const NUMBER_CHARS = new Uint8Array(0x10000);
for (const c of '0123456789０１２３４５６７８９〇○零一二三四五六七八九十') NUMBER_CHARS[c.charCodeAt(0)] = NUMBER_START;
for (const c of '.．两百千万第') NUMBER_CHARS[c.charCodeAt(0)] = NUMBER_RUN;

function readChineseDates(paragraph: Paragraph, out: DateMention[]): void {
  const text = paragraph.text;
  let resume = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    if (NUMBER_CHARS[text.charCodeAt(i)] !== NUMBER_START) continue;
    // The start of a run: what stands before it is no digit, numeral or point.
    const start = i;
    while (i + 1 < text.length && NUMBER_CHARS[text.charCodeAt(i + 1)] !== 0) i++;
    if (start < resume || (start > 0 && NUMBER_CHARS[text.charCodeAt(start - 1)] !== 0) || !mayOpenDate(text, start)) continue;
    const mention = readChineseAt(paragraph, start);
    if (mention) {
      out.push(mention);
      resume = mention.offset + mention.length;
    }
  }
}

const DATE_UNIT_CODES = codeTable('年月日号號');
const CONNECTOR_CODES = codeTable('至到—–-－~～〜');
const CN_NUMERAL_CODES = codeTable('〇○零一二三四五六七八九十两');

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

const WHITE_SPACE = /\s/;
/**
 * What a date at `i` needs, read by character code before readChineseAt builds anything: a number of at most four
 * digits or numerals (as readNumber reads it) followed by a unit (2025年, 三月, 5 日), or, for digits, by a range's
 * connector (2021—2025年, 1-6月). Most numbers of a draft (一是, 第三, 12个) are none of these.
 */
function mayOpenDate(text: string, i: number): boolean {
  const digits = isDigitCode(text.charCodeAt(i));
  let j = i;
  while (j < text.length && j - i < 5 && (digits ? isDigitCode(text.charCodeAt(j)) : CN_NUMERAL_CODES[text.charCodeAt(j)] === 1)) j++;
  if (j === i || j - i > 4) return false;
  if (DATE_UNIT_CODES[text.charCodeAt(text[j] === ' ' ? j + 1 : j)] === 1) return true;
  return digits && CONNECTOR_CODES[text.charCodeAt(WHITE_SPACE.test(text[j] ?? '') ? j + 1 : j)] === 1;
}

function readChineseAt(paragraph: Paragraph, i: number): DateMention | undefined {
  const text = paragraph.text;
  const first = readPoint(text, i);
  if (first.length === 0) return undefined;
  const last = first[first.length - 1];
  const connector = CONNECTOR.exec(text.slice(last.end, last.end + 4));
  if (connector) {
    const span = readSpan(paragraph, first, last.end + connector[0].length);
    if (span) return span;
  }
  // A number after the date is not part of it (12月31日24时); a bare number or a day alone (5日) is no date.
  const parts = last.unit ? first : first.slice(0, -1);
  if (!parts.some((p) => p.unit === '年' || p.unit === '月')) return undefined;
  const start = toPoint(parts);
  // A month alone past 12 (第13月) is a count; with a year or a day it is an impossible date.
  if (start.year === undefined && start.day === undefined && (start.month! < 1 || start.month! > 12)) return undefined;
  return withQualifier({ paragraph, offset: start.offset, length: start.length, start, language: 'zh' });
}

/** The end of a span after the connector; the start's bare last number takes the end's first unit (2021—2025年, 1-6月). */
function readSpan(paragraph: Paragraph, first: Component[], at: number): DateMention | undefined {
  const text = paragraph.text;
  const relative = RELATIVE_YEAR.exec(text.slice(at, at + 2));
  const second = readPoint(text, relative ? at + relative[0].length : at);
  if (second.length === 0) return undefined;
  const last = first[first.length - 1];
  const secondLast = second[second.length - 1];
  let unitOfBare: Component['unit'];
  if (!last.unit) {
    // （2023-2023） and 2019–2023: two bare four-digit years.
    if (!secondLast.unit) return bareYears(paragraph, last, secondLast);
    unitOfBare = second[0].unit;
    if (first.length > 1 && rank(unitOfBare) <= rank(first[first.length - 2].unit)) return undefined;
    // 2021—2025年 takes a four-digit year, 1-6月 and 5—8日 a month or day of at most two digits (not 〔2023〕-12号).
    if (unitOfBare === '年' ? last.width !== 4 : last.width > 2) return undefined;
  } else if (!secondLast.unit || rank(second[0].unit) > rank(last.unit)) {
    // 2025年至3月 narrows rather than spans; 3月5日至8号楼 is not a span of days.
    return undefined;
  }
  if (relative && second[0].unit === '年') return undefined;
  // 5-3号 is a house number: a span of days alone, with no month on either side, is no date.
  if (![...first, ...second].some((c) => c.unit === '年' || c.unit === '月') && !relative) return undefined;
  const start = toPoint(first, unitOfBare);
  const end = toPoint(second);
  if (relative) {
    end.offset = at;
    end.length += relative[0].length;
    if (/次|翌|来|來/.test(relative[0])) end.nextYear = true;
    if (start.year !== undefined) end.year = start.year + (end.nextYear ? 1 : 0);
  }
  // Parts left out of the end are the start's: 2025年3月5日至8日 ends on 2025年3月8日.
  if (end.year === undefined && !end.nextYear && start.year !== undefined && (end.month !== undefined || end.day !== undefined)) {
    end.year = start.year;
    end.inherited = { year: true };
  }
  if (end.month === undefined && end.day !== undefined && start.month !== undefined) {
    end.month = start.month;
    end.inherited = { ...end.inherited, month: true };
  }
  const offset = start.offset;
  return withQualifier({ paragraph, offset, length: end.offset + end.length - offset, start, end, language: 'zh' });
}

function bareYears(paragraph: Paragraph, a: Component, b: Component): DateMention | undefined {
  const text = paragraph.text;
  if (a.width !== 4 || b.width !== 4 || !isYear(a.value) || !isYear(b.value)) return undefined;
  // Only where nothing else could be meant: inside brackets, or at the end of the paragraph (a cut bracket).
  // Only where nothing else could be meant: inside brackets (or at the end of the paragraph, a cut bracket),
  // or before 学年/年度 (2023-2024学年).
  const before = text.slice(Math.max(0, a.start - 1), a.start);
  const after = text.slice(b.end).trimStart();
  const bracketed = /[（(]/.test(before) && (/^[）)]/.test(after) || after === '');
  if (!bracketed && !/^(?:学年|學年|年度)/.test(after)) return undefined;
  const start: DatePoint = { year: a.value, offset: a.start, length: a.end - a.start };
  const end: DatePoint = { year: b.value, offset: b.start, length: b.end - b.start };
  return { paragraph, offset: a.start, length: b.end - a.start, start, end, language: 'zh' };
}

export function isYear(value: number): boolean {
  return value >= 1900 && value <= 2099;
}

/** Reads 底前, 上半年, 以来 … right after a Chinese date. */
function withQualifier(mention: DateMention): DateMention {
  const text = mention.paragraph.text;
  let at = mention.offset + mention.length;
  // 2023年年底: the 年 of 年底 follows the year's own 年.
  const flood = FLOOD_SEASON.exec(text.slice(at, at + 5));
  if (flood) {
    mention.qualifier = { end: at + flood[0].length, part: 'H1', by: true };
    return mention;
  }
  const term = TERM_OPENS.exec(text.slice(at, at + 9));
  if (term) {
    mention.qualifier = { end: at + term[0].length, part: term[1] ? 'Q3' : 'Q1', by: true };
    return mention;
  }
  const m = QUALIFIER.exec(text.slice(at, at + 8));
  if (!m || m[0] === '') return mention;
  at += m[0].length;
  const quarter = m[6] ? (`Q${'一二三四'.includes(m[6]) ? '一二三四'.indexOf(m[6]) + 1 : m[6]}` as DateQualifier['part']) : undefined;
  const part = m[1] ? 'start' : m[2] ? 'middle' : m[3] ? 'end' : m[4] ? 'H1' : m[5] ? 'H2' : quarter;
  const q: DateQualifier = { end: at };
  if (part) q.part = part;
  if (m[7] === '以来' || m[7] === '以來') q.since = true;
  else if (m[7]) q.by = true;
  // 力争到2024年底实现…: 到 after a word of intent sets a deadline as 前 does (到2024年底，全县共有… only dates a state).
  else if (part && part !== 'start' && INTENT_TO.test(text.slice(Math.max(0, mention.offset - 6), mention.offset))) q.by = true;
  // 力争2026年6月底全面完成…: a word of intent right before a month's end, a verb of getting done after it (a year, its
  // half or quarter so set is plannedIn's in stale-year).
  // 到2026年6月底，全面完成校园改造工程: 到 opening the sentence, and the work to be done all or on time (全面完成, 如期
  // 建成) in the same sentence (到2026年底，全县累计建成… only dates a state).
  else if (part === 'end' && mention.start.month !== undefined && INTENT_BEFORE.test(text.slice(Math.max(0, mention.offset - 4), mention.offset)) && DONE_AFTER.test(text.slice(at, at + 24)) && !TARGET_NAMED.test(text.slice(at, at + 30))) q.by = true;
  else if (part === 'end' && mention.start.month !== undefined && OPENING_TO.test(text.slice(Math.max(0, mention.offset - 2), mention.offset)) && COMPLETE_AFTER.test(text.slice(at, at + 30)) && !TARGET_NAMED.test(text.slice(at, at + 30))) q.by = true;
  if (q.part || q.since || q.by) mention.qualifier = q;
  return mention;
}

const INTENT_BEFORE = /(?:力争|力爭|确保|確保|争取|爭取|力求|务必|務必)(?:在|于|於)?$/;
const DONE_AFTER = /^[，,]?\s*(?:全面|全部|基本|如期|按期|按时|按時)?(?:完成|建成|实现|實現|投入使用|竣工|投产|投產|通车|通車|达标|達標|交付|验收|驗收)/;
/** …全面建成智慧校园平台的目标如期实现: the date describes a target named after it, it sets none. */
const TARGET_NAMED = /^[^，,。；;！？!?]{0,24}?的(?:目标|目標|计划|計劃|要求|承诺|承諾|任务|任務)/;
const OPENING_TO = /(?:^|[。；;！？!?：:\n])(?:到|至)$/;
const COMPLETE_AFTER = /^[，,]?[^。；;！？!?]{0,14}?(?:全面|全部|如期|按期|按时|按時)(?:完成|建成|实现|實現|投入使用|竣工|投产|投產|通车|通車|交付)/;
const INTENT_TO = /(?:力争|力爭|确保|確保|争取|爭取|计划|計劃|预计|預計|务必|務必|力求)(?:在|于|於)?(?:到|至)$/;

// 2025-03-05, 2025/3/5, 2025.3.5: a year of four digits, then month and day. Not inside a longer run of
// numbers and dots (a version 2025.3.5.1, an address, a phone number).
// What stands before the year is tested in code (numericDateAt: no letter, digit, _, point, dash, slash or colon): a
// pattern led by a look-behind is tried at every position, one led by its digits is scanned for.
const NUMERIC_DATE = /((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\w]|[.\-/:]\d)/g;
const NOT_BEFORE_NUMERIC_DATE = codeTable('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.-/:');
/** What every match of NUMERIC_DATE holds: most paragraphs hold none. */
const NUMERIC_DATE_CORE = /\d[-/.]\d/;

/** The numeric dates' matches in the text, in order (exported for its test). */
export function numericDateMatches(text: string, visit: (m: RegExpExecArray) => void): void {
  eachMatchAt(NUMERIC_DATE, text, (i) => i === 0 || NOT_BEFORE_NUMERIC_DATE[text.charCodeAt(i - 1)] === 0, visit);
}

const HAN = /\p{sc=Han}/u;

function readNumericDates(paragraph: Paragraph, out: DateMention[]): void {
  // Read only for a date with dots: most paragraphs hold none.
  if (!NUMERIC_DATE_CORE.test(paragraph.text)) return;
  let chinese: boolean | undefined;
  numericDateMatches(paragraph.text, (m) => {
    // 2025.3.5 is a Chinese way of writing a date; in English text it is a version number.
    if (m[2] === '.' && (!(chinese ??= HAN.test(paragraph.text)) || /(?:version|v|版本|版)\s?$/i.test(paragraph.text.slice(Math.max(0, m.index - 8), m.index)))) return;
    const start: DatePoint = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), offset: m.index, length: m[0].length };
    const language = (chinese ??= HAN.test(paragraph.text)) ? 'zh' : 'en';
    out.push({ paragraph, offset: m.index, length: m[0].length, start, language, numeric: true });
  });
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 unless the year is known and not a leap year. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Compares two points part by part, as far as both are given (a part neither gives is skipped); 0 when they agree that far. */
export function comparePoints(a: DatePoint, b: DatePoint): number {
  for (const key of ['year', 'month', 'day'] as const) {
    const x = a[key];
    const y = b[key];
    if (x === undefined && y === undefined) continue;
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/**
 * A year told by a word instead of its number, next to a date that has none: 明年2月29日, 今年, 本年度, 去年, 前年,
 * 次年 and 翌年 (after a date of the sentence), "29 February next year", "on 29 February this year".
 */
export interface RelativeYear {
  /** The word as written (明年, next year). */
  word: string;
  /** Offset and length of the word and the date together in the paragraph. */
  offset: number;
  length: number;
  /** Years after the one it counts from (明年 1, 今年 0, 前年 −2). */
  shift: number;
  /** Counts from the year of writing (明年, this year), or from a date named before it in the sentence (次年, 同年). */
  from: 'writing' | 'named';
  /** For a year counted from a date before it: that date's year (2026年11月启动，次年2月…: 2026). */
  base?: number;
  /** A year of a 年度 (下一年度, 本年度): a plan's year may be meant rather than the calendar's. */
  fiscal?: true;
  /**
   * Counted from another time than the writing's: inside a quotation or a title, or after another year named in its
   * sentence (2023年印发的《通知》要求“今年…”), or a named year that is not a date of the sentence (每年12月…次年).
   */
  unsure?: true;
}

const ZH_YEAR_WORD = /(明年|来年|來年|下一年度|下一年|下年度|今年|本年度|本年|去年|上一年度|上一年|上年度|前年|后年|後年|次年|翌年|同年)(?:的)?\s*$/;
const ZH_YEAR_SHIFT: Record<string, number> = { 明年: 1, 来年: 1, 來年: 1, 下一年度: 1, 下一年: 1, 下年度: 1, 今年: 0, 本年度: 0, 本年: 0, 去年: -1, 上一年度: -1, 上一年: -1, 上年度: -1, 前年: -2, 后年: 2, 後年: 2, 次年: 1, 翌年: 1, 同年: 0 };
const EN_YEAR_WORD = /^\s*(next year|this year|last year|the following year|the next year|the same year)\b/i;
const EN_YEAR_SHIFT: Record<string, number> = { 'next year': 1, 'this year': 0, 'last year': -1, 'the following year': 1, 'the next year': 1, 'the same year': 0 };
const SENTENCE_END = /[。！？；!?;]|\.\s/g;
/** Between a named date and 次年: another sentence, the end of a title or quotation, or a year that recurs (每年12月…次年). */
const NOT_SAME_CHAIN = /[。！？；!?;》”"]|\.\s|每年|每个年度|每個年度|每一年|历年|歷年|each year|every year/i;
const OTHER_YEAR = /(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}年/;

/**
 * The word that tells a yearless date's year (明年2月29日, "29 February next year"), with the year it counts from where
 * that is a date named before it in its sentence; undefined when no such word is next to the date.
 */
export function relativeYear(mention: DateMention, mentions: readonly DateMention[], index: number): RelativeYear | undefined {
  if (mention.start.year !== undefined) return undefined;
  const text = mention.paragraph.text;
  let word: string;
  let at: number;
  let end: number;
  let from: RelativeYear['from'];
  if (mention.language === 'zh') {
    const window = Math.max(0, mention.offset - 6);
    const m = ZH_YEAR_WORD.exec(text.slice(window, mention.offset));
    if (!m) return undefined;
    word = m[1];
    at = window + m.index;
    end = mention.offset + mention.length;
    from = word === '次年' || word === '翌年' || word === '同年' ? 'named' : 'writing';
  } else {
    const m = EN_YEAR_WORD.exec(text.slice(mention.offset + mention.length, mention.offset + mention.length + 24));
    if (!m) return undefined;
    word = m[1];
    at = mention.offset;
    end = mention.offset + mention.length + m[0].length;
    from = /^the (?:following|next|same)/i.test(word) ? 'named' : 'writing';
  }
  const shift = mention.language === 'zh' ? ZH_YEAR_SHIFT[word] : EN_YEAR_SHIFT[word.toLowerCase()];
  const out: RelativeYear = { word, offset: at, length: end - at, shift, from };
  if (word.endsWith('年度')) out.fiscal = true;
  const sentenceStart = lastSentenceEnd(text, Math.min(at, mention.offset));
  const before = text.slice(sentenceStart, Math.min(at, mention.offset));
  if (from === 'writing') {
    if (OTHER_YEAR.test(before) || openQuote(before)) out.unsure = true;
    return out;
  }
  // 2026年11月启动，次年2月…: the nearest date before it in the sentence, a month of a year, not in a title. The
  // mentions of one language are in the order of the text: walk back from this one.
  let prior: DateMention | undefined;
  for (let i = index - 1; i >= 0 && !prior; i--) {
    const m = mentions[i];
    if (m.language !== mention.language) continue;
    if (m.offset + m.length <= at) prior = m;
    else if (m.offset < sentenceStart) break;
  }
  const last = prior && (prior.end ?? prior.start);
  const year = last?.year ?? prior?.start.year;
  if (!prior || year === undefined || last!.month === undefined || prior.offset < sentenceStart
    || NOT_SAME_CHAIN.test(text.slice(prior.offset + prior.length, at)) || openQuote(text.slice(sentenceStart, prior.offset))) {
    out.unsure = true;
    return out;
  }
  out.base = year;
  return out;
}

/** Offset just past the last sentence end before `to`. */
function lastSentenceEnd(text: string, to: number): number {
  const from = Math.max(0, to - 200);
  let start = from;
  SENTENCE_END.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) start = from + m.index + m[0].length;
  return start;
}

/** A title or a quotation opened and not closed: 《…, “…, "…. */
function openQuote(text: string): boolean {
  if (text.lastIndexOf('《') > text.lastIndexOf('》')) return true;
  if (text.lastIndexOf('“') > text.lastIndexOf('”')) return true;
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}
