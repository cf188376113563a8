/**
 * The end of the time a Chinese report covers, named in its title: 截至9月底 in 关于2026年前三季度…的通报 (or 1—9月),
 * 截至6月30日 in a first half's summary, 截至11月底 in a 1—11月 analysis, 截至12月31日 in a year's summary. A running
 * figure or a stock taken then is the report's own, as an undated one is: 截至2026年9月30日，全院共受理各类案件28416件 and
 * 全院受理案件总数为28461件 are one figure (read by the digit-swap pass, fact-conflict.ts slipHead).
 */

/** The date of a figure stated at the end of the report's own time, or with no date (restated.ts, fact-conflict.ts slipHead). */
export const OWN_END = '@end';

/** The month the title's period ends in; undefined where the title names no period of a year that ends in a known month. */
export function ownEndMonthZh(title: string, yearReport: boolean, half: string | undefined): number | undefined {
  const span = /(?:^|[^\d])1\s*[-—–~～至到]\s*(\d{1,2})\s*月/u.exec(title);
  if (span) return Number(span[1]);
  if (/前三季度|第?三季度/u.test(title)) return 9;
  if (/前两季度|前兩季度|上半年|第?二季度/u.test(title) || half === '上半年') return 6;
  if (/第?一季度/u.test(title)) return 3;
  if (/第?四季度|下半年/u.test(title) || half === '下半年') return 12;
  return yearReport ? 12 : undefined;
}

/** 9月底, 9月末, 9月30日 (9月31日, written for the month's last day, too): the end of month `month`. */
export function monthEndZh(date: string, month: number): boolean {
  const m = /^(\d{1,2})月(?:(底|末)|(\d{1,2})日)$/u.exec(date);
  if (m) return Number(m[1]) === month && (m[2] !== undefined || Number(m[3]) >= (month === 2 ? 28 : 30));
  return month === 12 && (date === '年底' || date === '年末');
}
