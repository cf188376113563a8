// Items quoted from another document, which keep its numbers: numbering-sequence does not count them, and neither the
// fix that renumbers a run nor the Renumber command changes them.

import type { Line } from './lines';
import { parseChineseNumeral } from './numerals';
import type { Section } from './outline';

/** Condition 3 is varied to read: · Paragraph 4 of the guidance says: · 将第四条第一款第三项修改为： — a lead-in naming a number. */
const NAMED_NUMBER_EN = /\b(?:Condition|Paragraph|Para|Clause|Article|Rule|Regulation|Section|Item|Recommendation|Objective|Point|Question|Standard|Criterion|Step|Policy)s?\s+(\d{1,3})(?:\s*(?:and|to|-|–)\s*\d{1,3})?\b[^:]*:$/i;
const NAMED_NUMBER_ZH = /第([一二三四五六七八九十百零〇两]+|\d{1,3})[条條款项項目点點](?:[^第：:]*)[：:]$/u;
/** “12. The main issue…: a quoted item's number, at the start of its line. */
const QUOTED_ITEM = /^(?:>\s*)?[“"‘'「『]\s*(\d{1,3})[.．)）、]/;

/**
 * The items of a group less those quoted from another document: an item whose number the text right above it gives
 * (numberNamedAbove), and the items that carry on its count straight after it (“12. … ⏎ 13. … ⏎ 14. …”).
 */
export function withoutQuotedItems(lines: readonly Line[], items: Section[]): Section[] {
  let quoted: Set<Section> | undefined;
  let last: Section | undefined;
  for (const item of items) {
    const carriesOn = last !== undefined && item.marker.value === last.marker.value + 1 && item.marker.line - last.marker.line <= 12;
    if (carriesOn || numberNamedAbove(lines, item)) {
      (quoted ??= new Set()).add(item);
      last = item;
    } else last = undefined;
  }
  return quoted ? items.filter((item) => !quoted!.has(item)) : items;
}

/**
 * An item whose number the text right above it gives: the lead-in names it (Condition 3 is varied to read: ⏎ 3) …), or
 * the line above is the quoted item before it (“12. The main issue… ⏎ 13. The site…”) — an excerpt keeps its numbers.
 */
function numberNamedAbove(lines: readonly Line[], item: Section): boolean {
  const value = item.marker.value;
  for (let l = item.marker.line - 1; l >= 0 && l >= item.marker.line - 3; l--) {
    const line = lines[l];
    const text = line.kind === 'text' ? line.prose.trim() : '';
    if (text === '') continue;
    const quoted = QUOTED_ITEM.exec(text);
    if (quoted) return Number(quoted[1]) + 1 === value;
    const named = NAMED_NUMBER_EN.exec(text) ?? NAMED_NUMBER_ZH.exec(text);
    if (!named) return false;
    const n = /^\d+$/.test(named[1]) ? Number(named[1]) : parseChineseNumeral(named[1]);
    return n === value;
  }
  return false;
}
