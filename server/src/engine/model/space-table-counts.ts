// Whether the whole numbers of a table lined up with spaces are exact counts, which add up to their total row exactly
// (look82: 结案 1,178 + 8,131 + 378 + 5,733 is 15,420, not the 15,421 of the 合计 row), rather than amounts rounded to
// their last digit, each of which may be off by one (a statement in £000 or 万元). A table is of counts when nothing
// says its figures are money or scaled: no currency, money or scale word in the header line, in the caption above it
// or in a note under the total (单位：万元, £000, (000s), 万人, thousands, million), and no note that the figures are
// rounded (figures may not add up due to rounding, 尾数, 四舍五入).

import type { Line } from './lines';
import { moneyCaption, scaledMoneyHead } from './table-money';

/** Money, scale or rounding in a header, a caption or a note: the whole numbers may each be one off. */
const NOT_EXACT = /[万萬亿億千百]|[£$€¥￥]|元|'?000s?\b|\bthousands?\b|\bmillions?\b|\bbillions?\b|\b(?:k|m|bn)\b|\bround|\bapprox|\bestimat|约|約|估|预计|預計|尾数|尾數|四舍五入|四捨五入|\b(?:gbp|usd|eur|rmb|cny|amount|cost|costs|income|expenditure|spend|spending|budget|pay|salary|value|hours)\b|金额|金額|收入|支出|经费|經費|资金|資金|预算|預算|费用|費用|投资|投資/i;

/** The first text line above `header` (over at most two blank lines), or undefined. */
function captionAbove(lines: readonly Line[], header: number): Line | undefined {
  for (let j = header - 1, blanks = 0; j >= 0 && blanks <= 2; j--) {
    const line = lines[j];
    if (line.kind === 'blank' || (line.kind === 'text' && line.prose.trim() === '')) {
      blanks++;
      continue;
    }
    return line.kind === 'text' ? line : undefined;
  }
  return undefined;
}

/** The text lines under the total at `total` down to the next blank line after a note (at most three lines). */
function notesUnder(lines: readonly Line[], total: number): string {
  let out = '';
  for (let j = total + 1, blanks = 0; j < lines.length && j <= total + 4 && blanks <= 1; j++) {
    const line = lines[j];
    if (line.kind === 'blank' || (line.kind === 'text' && line.prose.trim() === '')) {
      blanks++;
      continue;
    }
    if (line.kind === 'text') out += `${line.prose}\n`;
  }
  return out;
}

/** Whether the table whose header is at line `header` and total row at line `total` holds exact counts (see above). */
export function exactCounts(lines: readonly Line[], header: number, total: number, headerCells: readonly string[]): boolean {
  if (header < 0 || lines[header]?.kind !== 'text') return false;
  if (NOT_EXACT.test(lines[header].prose) || headerCells.some(scaledMoneyHead) || moneyCaption(lines, header)) return false;
  const caption = captionAbove(lines, header);
  if (caption && NOT_EXACT.test(caption.prose)) return false;
  return !NOT_EXACT.test(notesUnder(lines, total));
}
