// A length of time stated beside the span it names: 从2025年3月至8月，历时3个月; 为期两周（5月6日至5月30日）;
// "a six-week consultation ran from 3 March to 28 March 2026"; "over 18 months (January 2024 to March 2025)".
// Read only where the words tie the length to the span (after it: ，历时…; before it, with the span in brackets or
// after from), and only an exact length: 历时3个多月, 约半年, "about 15 months", working days (15个工作日) are not read.

import type { DateMention, DatePoint } from './dates';
import { parseChineseNumeral } from './numerals';

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export interface StatedDuration {
  /** The span, as one mention or as two joined by "to" (January 2024 to March 2025). */
  start: DatePoint;
  end: DatePoint;
  /** Offset and length of the span's text in the paragraph. */
  offset: number;
  length: number;
  /** The length as written (历时3个月, six-week, over 18 months), its offset and value. */
  text: string;
  at: number;
  value: number;
  unit: DurationUnit;
  /** "over 18 months", 超过: at least that long. */
  atLeast?: boolean;
  language: 'zh' | 'en';
}

const ZH_NUM = '[0-9０-９]{1,3}|[一二两兩三四五六七八九十]{1,3}|半';
const ZH_UNIT = '(个月|個月|个星期|個星期|周|週|星期|天|日|年)';
/** Words that tie a length to a span beside it. */
const ZH_LEAD = '(?:历时|歷時|为期|為期|历经|歷經|用时|用時|耗时|耗時|持续|持續)';
/** ，历时3个月 right after the span (not 历时3个多月, 3个月左右, 一年半). */
const ZH_AFTER = new RegExp(`^\\s*[，,、]?\\s*${ZH_LEAD}\\s*(${ZH_NUM})\\s*${ZH_UNIT}(?![多余餘半左])`);
/** （共10天）, （为期两周） right after the span. */
const ZH_AFTER_BRACKET = new RegExp(`^\\s*[（(]\\s*(?:共|共计|共計|${ZH_LEAD})\\s*(${ZH_NUM})\\s*${ZH_UNIT}\\s*[）)]`);
/** 为期两周（ right before the span in brackets. */
const ZH_BEFORE = new RegExp(`${ZH_LEAD}\\s*(${ZH_NUM})\\s*${ZH_UNIT}的?\\s*[（(]\\s*$`);

const EN_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  'twenty-four': 24, thirty: 30, 'thirty-six': 36,
};
const EN_NUM = `\\d{1,3}|${Object.keys(EN_NUMBERS).sort((a, b) => b.length - a.length).join('|')}`;
const EN_UNIT = '(day|week|month|year)s?';
/** Words before a number that make it rough or a bound (about, nearly, more than, up to). */
const EN_ROUGH = /\b(?:about|around|roughly|approximately|nearly|almost|some|under|less than|fewer than|up to|at least|at most|more than|just over|just under|c\.|circa|over an?)\s*$/i;
/** "a six-week consultation on X ran from", "a 12-month pilot from": a hyphened length before from (no comma between). */
const EN_ADJECTIVE = new RegExp(`\\b(${EN_NUM})-${EN_UNIT}\\b[^.,;:()\\n]{0,60}?\\b(?:from|between)\\s*$`, 'i');
/** "over 18 months (", "lasted three weeks (", "ran for six weeks (": a length with the span in brackets after it. */
const EN_BRACKET = new RegExp(`\\b(over\\s+|for\\s+|lasted\\s+|took\\s+|of\\s+)(${EN_NUM})[\\s-]${EN_UNIT}\\s*\\(\\s*$`, 'i');
/** "a 12-month rolling average from April 2025 to June 2026", "12-month figures for the period from": a measure's window, not the span's length. */
const EN_MEASURE = /\b(?:rolling|average|averages|total|totals|rate|rates|figures?|data|trend|moving|cumulative|compared|comparison|versus|against|period|periods|horizon|forecast)\b/i;
/** "(9 weeks)", "(14 days)" right after the span: its length (not "(about 9 weeks)", "(9 weeks' notice)"). */
const EN_AFTER_BRACKET = new RegExp(`^\\s*\\(\\s*(${EN_NUM})[\\s-]${EN_UNIT}\\s*\\)`, 'i');
/**
 * "ran for six weeks, from 1 September to 30 September 2026", "lasted 14 days, between": a length, a comma at most, then
 * from or between and the span.
 */
const EN_FOR_FROM = new RegExp(`\\b(for\\s+|lasted\\s+|took\\s+|over\\s+)(${EN_NUM})[\\s-]${EN_UNIT}\\s*,?\\s*(?:from|between)\\s*$`, 'i');
/** 为期一个月，自2026年6月1日…, 为期3天的培训于2026年5月10日…: a length, then 自/从/于 and the span (a noun of up to 12 characters between). */
const ZH_BEFORE_FROM = new RegExp(`${ZH_LEAD}\\s*(${ZH_NUM})\\s*${ZH_UNIT}(?![多余餘半左])(?:\\s*[，,]\\s*|的[^，,。；;（）()\\d]{1,12}?)(?:自|从|從|于|於)\\s*$`);
/**
 * "2 to 9 June 2026", "2–9 June", "between 2 and 9 June": a first day before a date of the same month, which the
 * English reader leaves as the one date (the day before it is read here, for the span's length only).
 */
const EN_FIRST_DAY = /(\b(?:between|from)\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s*(to|until|and|–|—|-)\s*$/i;

/**
 * The first day of "2 to 9 June 2026" / "from 14 to 9 June" / "2–9 June" / "between 2 and 9 June" before the date
 * `mention` (9 June 2026), where the English reader left the span as its last date: the day, where the span's text
 * starts, and whether from, between or a dash ties the two (not "2 and 9 June", two dates).
 */
export function enFirstDay(text: string, mention: DateMention): { day: number; offset: number; tied: boolean } | undefined {
  if (mention.language !== 'en' || mention.end || mention.start.day === undefined || !/^\d/.test(text.slice(mention.offset, mention.offset + 1))) return undefined;
  const first = EN_FIRST_DAY.exec(text.slice(Math.max(0, mention.offset - 24), mention.offset));
  if (!first) return undefined;
  const day = Number(first[2]);
  const joiner = first[3].toLowerCase();
  if (day < 1 || day > 31 || (joiner === 'and' && first[1]?.trim().toLowerCase() !== 'between')) return undefined;
  const tied = first[1] !== undefined || /^[–—-]$/.test(joiner);
  return { day, offset: mention.offset - first[0].length + (first[1]?.length ?? 0), tied };
}
/** January 2024 to March 2025: two dates joined by to, which the English reader leaves as two. */
const EN_JOIN = /^\s*(?:to|until|–|—|-)\s*$/;

function zhValue(text: string): number | undefined {
  if (text === '半') return 0.5;
  if (/^[0-9０-９]+$/.test(text)) return Number(text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return parseChineseNumeral(text.replace('两', '二').replace('兩', '二'));
}

function enValue(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : EN_NUMBERS[text.toLowerCase()];
}

function zhUnit(unit: string): DurationUnit {
  if (unit === '年') return 'year';
  if (unit === '天' || unit === '日') return 'day';
  if (unit.endsWith('月')) return 'month';
  return 'week';
}

/** The lengths stated beside the spans of one paragraph's dates. */
export function statedDurations(text: string, mentions: readonly DateMention[]): StatedDuration[] {
  const out: StatedDuration[] = [];
  const spans: { start: DatePoint; end: DatePoint; offset: number; length: number; language: 'zh' | 'en' }[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // A financial year (2024/25) is one year written with two.
    if (m.fiscal) continue;
    if (m.end) {
      spans.push({ start: m.start, end: m.end, offset: m.offset, length: m.length, language: m.language });
      continue;
    }
    // 2 to 9 June 2026: the first day of a span within a month.
    const first = enFirstDay(text, m);
    if (first && first.day < m.start.day!) {
      spans.push({ start: { ...m.start, day: first.day }, end: m.start, offset: first.offset, length: m.offset + m.length - first.offset, language: 'en' });
      continue;
    }
    const next = mentions[i + 1];
    if (m.language === 'en' && next && next.language === 'en' && !next.end && next.offset > m.offset + m.length && EN_JOIN.test(text.slice(m.offset + m.length, next.offset))) {
      spans.push({ start: m.start, end: next.start, offset: m.offset, length: next.offset + next.length - m.offset, language: 'en' });
      i++;
    }
  }
  for (const span of spans) {
    const before = text.slice(Math.max(0, span.offset - 90), span.offset);
    const after = text.slice(span.offset + span.length, span.offset + span.length + 20);
    const base = { start: span.start, end: span.end, offset: span.offset, length: span.length, language: span.language };
    if (span.language === 'zh') {
      const a = ZH_AFTER.exec(after) ?? ZH_AFTER_BRACKET.exec(after);
      const b = a ? undefined : ZH_BEFORE.exec(before);
      const c = a || b ? undefined : ZH_BEFORE_FROM.exec(before);
      const m = a ?? b ?? c;
      if (!m) continue;
      if (b && !/^\s*[）)]/.test(after)) continue;
      // 为期一个月，自6月1日至6月10日: the span ends its clause (not 自6月1日起至今, 于5月10日至5月20日期间 is the same).
      if (c && !/^\s*(?:止|期间|期間|举行|舉行|举办|舉辦|开展|開展|进行|進行|召开|召開)?\s*(?:[，,。；;）)]|$)/.test(after)) continue;
      const value = zhValue(m[1]);
      if (value === undefined || value === 0) continue;
      let unit = zhUnit(m[2]);
      let v = value;
      if (value === 0.5) {
        if (unit === 'year') [unit, v] = ['month', 6];
        else continue;
      }
      const at = a ? span.offset + span.length + m.index + m[0].search(/\S/) : before.length - m[0].length + Math.max(0, span.offset - 90);
      const phrase = a ? m[0].replace(/^\s*[，,、（(]?\s*/, '').replace(/\s*[）)]$/, '') : c ? `${m[0].match(new RegExp(`^${ZH_LEAD}\\s*(?:${ZH_NUM})\\s*${ZH_UNIT}`))![0]}` : m[0].replace(/的?\s*[（(]\s*$/, '');
      out.push({ ...base, text: phrase, at, value: v, unit });
      continue;
    }
    let m = EN_BRACKET.exec(before);
    if (m) {
      if (!/^\s*\)/.test(after)) continue;
      const lead = before.slice(0, m.index);
      if (EN_ROUGH.test(lead)) continue;
      const value = enValue(m[2]);
      if (value === undefined || value === 0) continue;
      const phrase = m[0].replace(/\s*\(\s*$/, '');
      out.push({ ...base, text: phrase, at: Math.max(0, span.offset - 90) + m.index, value, unit: m[3].toLowerCase() as DurationUnit, atLeast: /^over/i.test(m[1]) || undefined });
      continue;
    }
    // "from 3 November to 22 December 2025 (9 weeks)": the length in brackets right after the span.
    m = EN_AFTER_BRACKET.exec(after);
    if (m) {
      const value = enValue(m[1]);
      if (value !== undefined && value !== 0) {
        out.push({ ...base, text: m[0].replace(/^\s*\(\s*|\s*\)$/g, ''), at: span.offset + span.length + m[0].indexOf(m[1]), value, unit: m[2].toLowerCase() as DurationUnit });
        continue;
      }
    }
    m = EN_FOR_FROM.exec(before);
    if (m) {
      if (EN_ROUGH.test(before.slice(0, m.index))) continue;
      const value = enValue(m[2]);
      if (value === undefined || value === 0) continue;
      const phrase = m[0].replace(/\s*,?\s*(?:from|between)\s*$/i, '').replace(/^(?:for|lasted|took)\s+/i, '');
      out.push({ ...base, text: phrase, at: Math.max(0, span.offset - 90) + m.index, value, unit: m[3].toLowerCase() as DurationUnit, atLeast: /^over/i.test(m[1]) || undefined });
      continue;
    }
    m = EN_ADJECTIVE.exec(before);
    if (m) {
      if (EN_ROUGH.test(before.slice(0, m.index)) || EN_MEASURE.test(m[0])) continue;
      const value = enValue(m[1]);
      if (value === undefined || value === 0) continue;
      out.push({ ...base, text: `${m[1]}-${m[2]}`, at: Math.max(0, span.offset - 90) + m.index, value, unit: m[2].toLowerCase() as DurationUnit });
    }
  }
  return out;
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * How long the span is, where its length does not fit the one stated: the span's length in the stated unit's terms
 * (months for month-precise spans, days for day-precise ones, years for years), or undefined when it fits or cannot be
 * told (a span with no year where it crosses the new year, parts of different precision).
 */
export function durationMismatch(d: StatedDuration): { amount: number; unit: DurationUnit } | undefined {
  let { start, end } = d;
  if (end.year === undefined && start.year !== undefined) end = { ...end, year: end.nextYear ? start.year + 1 : start.year };
  if (start.year === undefined && end.year !== undefined) start = { ...start, year: start.month !== undefined && end.month !== undefined && start.month > end.month ? end.year - 1 : end.year };
  const sy = start.year ?? 2001;
  const ey = end.year ?? (start.year === undefined ? 2001 : undefined);
  if (ey === undefined) return undefined;
  // No year on either end: only within one year.
  if (start.year === undefined && end.year === undefined && start.month !== undefined && end.month !== undefined && end.month < start.month) return undefined;
  const dayPrecise = start.day !== undefined && end.day !== undefined && start.month !== undefined && end.month !== undefined;
  const monthPrecise = !dayPrecise && start.day === undefined && end.day === undefined && start.month !== undefined && end.month !== undefined;
  const yearPrecise = start.month === undefined && end.month === undefined && start.day === undefined && end.day === undefined;
  const { value, unit } = d;
  if (dayPrecise) {
    const days = dayNumber(ey, end.month!, end.day!) - dayNumber(sy, start.month!, start.day!) + 1;
    if (days <= 0) return undefined;
    const [lo, hi] = unit === 'day' ? [value - 1, value + 1]
      : unit === 'week' ? [7 * value - 3, 7 * value + 3]
      : unit === 'month' ? [30.44 * value - 15, 30.44 * value + 15]
      : [365.25 * value - 45, 365.25 * value + 45];
    // Weeks: a span within the stated number of calendar weeks (5月11日至15日 for 一周) fits too.
    if (unit === 'week' && Math.ceil(days / 7) === value) return undefined;
    if (days >= lo && (days <= hi || d.atLeast)) return undefined;
    return { amount: days, unit: 'day' };
  }
  if (monthPrecise) {
    if (unit !== 'month' && unit !== 'year') return undefined;
    const inclusive = (ey - sy) * 12 + end.month! - start.month! + 1;
    if (inclusive <= 0) return undefined;
    const months = unit === 'year' ? value * 12 : value;
    // over 18 months: at least that long, so only a span shorter than that.
    if (d.atLeast ? inclusive >= months : months >= inclusive - 1 && months <= inclusive) return undefined;
    return { amount: inclusive, unit: 'month' };
  }
  if (yearPrecise && start.year !== undefined && end.year !== undefined && unit === 'year') {
    const inclusive = end.year - start.year + 1;
    if (inclusive <= 0) return undefined;
    if (d.atLeast ? inclusive >= value : value >= inclusive - 1 && value <= inclusive) return undefined;
    return { amount: inclusive, unit: 'year' };
  }
  return undefined;
}
