/**
 * A stock and, later in its paragraph, the same stock named again as the whole a breakdown is of, with another count
 * (全县共有闲置校舍46处…；在64处闲置校舍中，…). Moved out of fact-conflict.ts as it was; called by its local part.
 */
import { rangeIn, type Paragraph } from '../../model/paragraphs';
import type { UnitContext } from '../../rule';
import { matchesOf } from '../../patterns';

/** What a paragraph holds before the stock and its later whole are looked for. */
export const STOCK_CUE = /共有|现有|現有|尚有/;
export const AMONG_CUE_ZH = /中[，,]/;
/** 全县共有闲置校舍46处: a stock the text states (共有, 现有), its noun and its count. */
const STOCK_ZH = /(?:共有|现有|現有|尚有)(\p{sc=Han}{2,12}?)(\d[\d,]*)(处|處|个|個|家|所|座|名|户|戶|项|項|件|套|栋|棟|宗|条|條)/gu;
/** 在64处闲置校舍中，: the whole of a later breakdown, named again by its count and noun. */
const AMONG_COUNT_ZH = /在(\d[\d,]*)(处|處|个|個|家|所|座|名|户|戶|项|項|件|套|栋|棟|宗|条|條)(\p{sc=Han}{2,12})中[，,]/gu;

/**
 * 全县共有闲置校舍46处，已盘活利用31处；在64处闲置校舍中，…: a stock and, later in the paragraph, the same stock named
 * again as the whole a breakdown is of, with another count. The later noun is the stock's or the stock's with words left
 * out (闲置国有房产 → 闲置房产, 历史遗留废弃矿山 → 废弃矿山). Not when the later count is another figure of the paragraph
 * in that unit (已盘活利用31处；在31处闲置厂房中: the part just counted), nor across a year (2024年…。2026年，在…中).
 */
export function checkStockThenAmong(paragraph: Paragraph, context: UnitContext): void {
  const text = paragraph.text;
  const stocks = [...matchesOf(text, STOCK_ZH)];
  if (stocks.length === 0) return;
  for (const m of matchesOf(text, AMONG_COUNT_ZH)) {
    const count = Number(m[1].replace(/,/g, ''));
    const unit = m[2];
    const noun = m[3];
    for (const stock of stocks) {
      const stockEnd = stock.index! + stock[0].length;
      if (stockEnd > m.index! || stock[3] !== unit) continue;
      const whole = stock[1];
      if (!sameStockNoun(whole, noun)) continue;
      const stated = Number(stock[2].replace(/,/g, ''));
      if (stated === count) break;
      const between = text.slice(stockEnd, m.index!);
      if (/\d{4}年/.test(between)) break;
      // The later count is a figure already given in that unit (the part just counted): 在31处闲置厂房中 after 盘活利用31处.
      const counted = new RegExp(`(?<![\\d.,])${m[1].replace(/,/g, ',?')}${unit}`);
      if (counted.test(between)) break;
      const at = m.index! + 1;
      const here = `${m[1]}${unit}${noun}`;
      const there = `${whole}${stock[2]}${unit}`;
      const otherStart = stock.index! + stock[0].length - stock[2].length - unit.length - whole.length;
      const otherRange = rangeIn(paragraph, otherStart, stockEnd);
      context.report({
        message: 'inParagraph',
        data: { here, there },
        range: rangeIn(paragraph, at, at + m[1].length + unit.length),
        related: [{ range: otherRange, message: 'other', data: { there } }],
      });
      break;
    }
  }
}

/** 闲置房产 names what 闲置国有房产 does: the same head (its last two characters) and no word the stock does not have, in its order. */
function sameStockNoun(stock: string, later: string): boolean {
  if (later.length > stock.length || later.slice(-2) !== stock.slice(-2)) return false;
  let i = 0;
  for (const c of stock) if (i < later.length && c === later[i]) i++;
  return i === later.length;
}
