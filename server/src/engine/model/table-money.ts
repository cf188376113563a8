// Where a table of one value column says that column holds money (tables81): the space-table reader adds up one
// column only where it does (not Contents … Page ⏎ Total pages 20, nor 项目 · 场次).
//   Source of income                      £000        (a header in thousands of pounds)
//   全年重点项目投资计划如下（单位：亿元）： ⏎ 项目类别   计划投资   (a caption over the header that states the unit)

import type { Line } from './lines';

/** £000, £'000, (£000), $000s, £k, £m, Income (£'000), Amount (€000): a header that names money in thousands or millions. */
const SCALED_MONEY_HEAD = /^(?:[\p{L}][\p{L}\s,&/'-]{0,40}\s)?[(（]?\s*(?:£|\$|€|GBP|USD|EUR)\s*'?\s*(?:000s?|k|m|bn|thousands?|millions?)\s*[)）]?$/iu;

export function scaledMoneyHead(header: string): boolean {
  return SCALED_MONEY_HEAD.test(header.trim());
}

/**
 * （单位：亿元）, 单位：万元, (£000), in £'000, in thousands of pounds: a caption that states the table's amounts in money.
 * Not a unit of counts (单位：件, 场次): those columns may be of anything.
 */
const MONEY_CAPTION = /单位\s*[：:]\s*(?:人民币)?\s*(?:亿元|万元|千元|元|万美元|美元)|[（(]\s*(?:亿元|万元|千元)\s*[)）]\s*[：:]?\s*$|[(（]\s*(?:£|\$|€)\s*'?\s*(?:000|k|m)\s*[)）]|\bin\s+(?:£|\$|€)\s*'?\s*(?:000|k|m)\b|\b(?:in\s+)?thousands\s+of\s+(?:pounds|dollars|euros)\b|\b(?:in\s+)?(?:pounds|dollars|euros)\s+thousands?\b/i;

/**
 * The caption of the table whose header stands at line `header`: the first line above it that holds text, over blank
 * lines (at most two), when it states the amounts' unit in money.
 */
export function moneyCaption(lines: readonly Line[], header: number): boolean {
  return captionSays(lines, header, MONEY_CAPTION);
}

/** The first line above the header at line `header` that holds text, over at most two blank lines, matches `pattern`. */
function captionSays(lines: readonly Line[], header: number, pattern: RegExp): boolean {
  for (let j = header - 1, blanks = 0; j >= 0 && blanks <= 2; j--) {
    const line = lines[j];
    if (line.kind === 'blank' || (line.kind === 'text' && line.prose.trim() === '')) {
      blanks++;
      continue;
    }
    return line.kind === 'text' && pattern.test(line.prose);
  }
  return false;
}

/**
 * Main reasons for …, 主要污染物, 部分项目, the five largest funders: a caption that says the rows are some of what
 * the total counts. Their sum may fall short of it; it can still not pass it.
 */
const SUBSET_CAPTION = /主要|部分|前[0-9一二三四五六七八九十]+[名位个家项类]|选取|摘录|列举|举例|\b(?:main|selected|largest|biggest|principal|leading|top\s+(?:\d+|three|four|five|six|seven|eight|nine|ten)|some|examples?|illustrative)\b/i;

export function subsetCaption(lines: readonly Line[], header: number): boolean {
  return captionSays(lines, header, SUBSET_CAPTION);
}
