// A year written with 月 where its 年 belongs: 2022月11月22日 (2022年11月22日), 2025月3月 (2025年3月). The date reader
// reads the rest as a date with no year (11月22日); date-validity reports the slip.
// Only where a month and its 月 follow, so a date is all it can be: not 第2022期, 2022年11月, a title's 2022月报, a
// code (No.2022月11月, SN-2022月…), nor a longer number (12022月…).

import { daysInMonth, isYear } from './dates';
import { matchesOf } from '../patterns';

export interface YearAsMonth {
  offset: number;
  length: number;
  year: number;
  month: number;
  day?: number;
}

const QUICK = /\d{4}\s?月\s?\d/;
const YEAR_AS_MONTH = /(?<![\dA-Za-z_.．/\-－#＃第])((?:19|20)\d\d)\s?月\s?(0?[1-9]|1[0-2])\s?月(?:\s?(0?[1-9]|[12]\d|3[01])\s?[日号號])?/g;

export function yearsAsMonths(text: string): YearAsMonth[] {
  if (!QUICK.test(text)) return [];
  const out: YearAsMonth[] = [];
  for (const m of matchesOf(text, YEAR_AS_MONTH)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    // 2022月11月31日: no such day whichever year is meant; date-validity's other checks speak of impossible days.
    if (!isYear(year) || (day !== undefined && day > daysInMonth(month, year))) continue;
    out.push({ offset: m.index, length: m[0].length, year, month, ...(day === undefined ? {} : { day }) });
  }
  return out;
}
