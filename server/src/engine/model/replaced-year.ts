// A find-and-replace of a year that hit the figures as well: 捐助22023万元, 20230接纳, 220230人次 in a 2023 report.
// stale-year reports such a figure; the arithmetic rules leave it alone (its sum is wrong because of it).

import type { Paragraph } from './paragraphs';
import { runTogetherDates } from './run-together-dates';
import { matchesOf } from '../patterns';

/** The year the text names most (three times at least, as 2023年): the one a find-and-replace would put in. */
export function commonYear(paragraphs: readonly Paragraph[]): number | undefined {
  const counts = new Map<number, number>();
  for (const p of paragraphs) {
    if (!p.text.includes('年')) continue;
    for (const m of matchesOf(p.text, /((?:19|20)\d\d)年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [y, n] of counts) if (n >= 3 && (!best || n > best[1])) best = [y, n];
  return best?.[0];
}

/** 编号20231234, 电话…, 文号…: numbers that are names, not quantities. */
const CODE_BEFORE = /(?:号|號|编号|編號|代码|代碼|电话|電話|手机|手機|热线|熱線|传真|傳真|账号|賬號|邮编|郵編|QQ|No)[:：]?$/;

/**
 * Whether the digits at `at` in `text` (five to ten of them) hold `year` where no year belongs: not a date written as
 * digits (202303, 20230315) or one that lost its units (2023724日), a code, a telephone or a file number, a decimal,
 * a percentage (percent-range's).
 */
export function replacedYear(text: string, at: number, digits: string, year: number): boolean {
  const y = String(year);
  if (digits.length < 5 || digits.length > 10 || !digits.includes(y) || dateDigits(digits, y)) return false;
  // 2023724日, 20231月, 于2024710至2024712到…: a date that lost its 年 and 月 (date-validity's), not a figure. Read
  // with the words around it (于 before a span's start, 至 and the start before its end, 召开 after it), and only a
  // date over these digits counts.
  if (digits.startsWith(y) && runTogetherAt(text, at, digits.length)) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  const after = text.slice(at + digits.length, at + digits.length + 1);
  // 第2023724号: a file's number.
  return !/[A-Za-z_\-/#.:：\d第]$/.test(before) && !/^[A-Za-z_\-/%％.．年\d]/.test(after) && !CODE_BEFORE.test(before);
}

/** Whether run-together-dates reads a date over text[at, at + length), on a window of the words around it. */
function runTogetherAt(text: string, at: number, length: number): boolean {
  const start = Math.max(0, at - 16);
  const from = at - start;
  return runTogetherDates(text.slice(start, at + length + 16)).some((d) => d.offset < from + length && d.offset + d.length > from);
}

/** 202303, 20230315: the year, then a month (and a day) written as digits. */
function dateDigits(digits: string, year: string): boolean {
  if (!digits.startsWith(year)) return false;
  const month = Number(digits.slice(4, 6));
  if (digits.length === 6) return month >= 1 && month <= 12;
  const day = Number(digits.slice(6, 8));
  return digits.length === 8 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
