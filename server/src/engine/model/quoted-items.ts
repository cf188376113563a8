// Items quoted from another document, which keep its numbers: numbering-sequence does not count them, and neither the
// fix that renumbers a run nor the Renumber command changes them.

import { leadingColumns } from './chars';
import type { Line } from './lines';
import { parseChineseNumeral } from './numerals';
import type { Section } from './outline';

/** Condition 3 is varied to read: · Paragraph 4 of the guidance says: · 将第四条第一款第三项修改为： — a lead-in naming a number. */
const NAMED_NUMBER_EN = /\b(?:Condition|Paragraph|Para|Clause|Article|Rule|Regulation|Section|Item|Recommendation|Objective|Point|Question|Standard|Criterion|Step|Policy)s?\s+(\d{1,3})(?:\s*(?:and|to|-|–)\s*\d{1,3})?\b[^:]*:$/i;
const NAMED_NUMBER_ZH = /第([一二三四五六七八九十百零〇两]+|\d{1,3})[条條款项項目点點](?:[^第：:]*)[：:]$/u;
/** “12. The main issue…: a quoted item's number, at the start of its line. */
const QUOTED_ITEM = /^(?:>\s*)?[“"‘'「『]\s*(\d{1,3})[.．)）、]/;

/**
 * The inspector said: · The report concludes, at paragraphs 8 to 10: · 督查组指出： · 《办法》规定如下： — a lead-in that
 * names a source whose words follow (a verb of saying or finding, or “as follows” after one), ending in a colon.
 */
const SOURCE_LEAD_EN =
  /\b(?:said|says|stated|states|reads?|read as follows|concluded|concludes|found|finds|noted|notes|observed|observes|wrote|writes|provided|provides|recorded|records|reported|reports|commented|comments|added|adds|continued|continues|explained|explains|advised|advises|recommended|recommends|held|holds|determined|in (?:these|the following) terms)\b[^:]{0,160}:\s*["“]?\s*$/i;
const SOURCE_LEAD_ZH = /(?:指出|规定|認為|认为|写道|寫道|写到|称|稱|表示|提出|明确|強調|强调|载明|載明|记载|記載|写明|寫明|原文|结论|結論|认定|認定|如下)[^。；！？]{0,30}[：:]\s*[“"「]?\s*$/u;

/**
 * Schedule — varied condition · Schedule 1 – Conditions · Annex B: extract · 附件：修改后的第三条 — a heading (no sentence)
 * over text quoted from another document, the numbers of its items kept.
 */
const SCHEDULE_HEADING_EN = /^\s*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:Schedule|SCHEDULE|Annex|ANNEX|Annexure|Appendix|APPENDIX|Attachment|ATTACHMENT|Exhibit|Enclosure)(?:[ \t]+(?:[A-Z]{1,2}|\d{1,3}))?[ \t]*[-–—:.][ \t]*[A-Za-z][^.;!?]{0,80}$/;
const SCHEDULE_HEADING_ZH = /^\s*(?:#{1,6}[ \t]+)?(?:\*\*)?附[ \t\u3000]*[件表录錄][ \t\u3000]*[\dA-Z一二三四五六七八九十]{0,3}[ \t\u3000]*[：:、.．—－-]?[ \t\u3000]*\p{sc=Han}[^。；！？]{0,40}$/u;
/** Words of a heading that say the text under it is quoted, varied or cut out of another document. */
const QUOTING_WORDS = /\b(?:varied|amended|revised|substituted|replacement|new|extracts?|excerpts?|as (?:varied|amended))\b|修改后|修订后|修訂後|变更后|變更後|调整后|調整後|新增|原文|摘录|摘錄|节选|節選/i;
/** The number a heading names: Condition 3, 第三条. */
const HEADING_NUMBER_EN = /\b(?:Condition|Paragraph|Para|Clause|Article|Rule|Regulation|Section|Item)s?\s+(\d{1,3})\b/i;
const HEADING_NUMBER_ZH = /第([一二三四五六七八九十百零〇两]+|\d{1,3})[条條款项項点點]/u;

/**
 * What withoutQuotedItems reads of a line of text (for a rule's checkSummary): whether it is a lead-in naming a number
 * (and which), one naming a source, or a schedule's heading (and what it names). '' when none.
 */
export function quotedItemsReads(prose: string): string {
  const text = prose.trim();
  if (text === '') return '';
  const out: string[] = [];
  if (LEAD_END.test(text)) {
    const named = NAMED_NUMBER_EN.exec(text) ?? NAMED_NUMBER_ZH.exec(text);
    out.push(`c${named ? named[1] : ''}${sourceLead(text) ? 's' : ''}`);
  }
  const quoted = QUOTED_ITEM.exec(text);
  if (quoted) out.push(`q${quoted[1]}`);
  if (SCHEDULE_START.test(text) && isScheduleHeading(text)) {
    const number = HEADING_NUMBER_EN.exec(text) ?? HEADING_NUMBER_ZH.exec(text);
    out.push(`h${QUOTING_WORDS.test(text) ? 'w' : ''}${number ? number[1] : ''}`);
  }
  return out.join(',');
}

/** A lead-in's end: a colon, and an opening quotation mark after it. */
const LEAD_END = /[:：]\s*["“「]?$/;
/** The start of a schedule's heading, tested before the whole of it. */
const SCHEDULE_START = /^(?:#{1,6}[ \t]+)?(?:\*\*)?(?:[SAE]|附)/;

function sourceLead(text: string): boolean {
  return SOURCE_LEAD_EN.test(text) || SOURCE_LEAD_ZH.test(text);
}

function isScheduleHeading(text: string): boolean {
  return SCHEDULE_HEADING_EN.test(text) || SCHEDULE_HEADING_ZH.test(text);
}

/**
 * The items of a group less those quoted from another document: an item whose number the text right above it gives
 * (numberNamedAbove), the items that carry on its count straight after it (“12. … ⏎ 13. … ⏎ 14. …”), a run of items
 * quoted after a lead-in naming its source, after which the group's own count goes on (2. The inspector said: ⏎
 * 8. … ⏎ 9. … ⏎ 10. … ⏎ 3. …), and an item under a schedule's heading (Schedule — varied condition ⏎ 3) …).
 */
export function withoutQuotedItems(lines: readonly Line[], items: Section[]): Section[] {
  let quoted: Set<Section> | undefined;
  let last: Section | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const carriesOn = last !== undefined && item.marker.value === last.marker.value + 1 && item.marker.line - last.marker.line <= 12;
    if (carriesOn || numberNamedAbove(lines, item) || underScheduleHeading(lines, items, i)) {
      (quoted ??= new Set()).add(item);
      last = item;
      continue;
    }
    const run = i === 0 ? quotedOpening(lines, items) : !quoted?.has(items[i - 1]) ? quotedRun(lines, items, i) : undefined;
    if (run !== undefined) {
      for (let j = i; j < run; j++) (quoted ??= new Set()).add(items[j]);
      i = run - 1;
    }
    last = undefined;
  }
  return quoted ? items.filter((item) => !quoted!.has(item)) : items;
}

/** The last line of text above `line` and below `after` (within a few lines), or undefined. */
function textAbove(lines: readonly Line[], line: number, after: number): Line | undefined {
  for (let l = line - 1; l > after && l >= line - 4; l--) {
    if (lines[l].kind === 'blank') continue;
    return lines[l].kind === 'text' ? lines[l] : undefined;
  }
  return undefined;
}

/**
 * 2. The inspector said: ⏎ 8. The site lies… ⏎ 9. … ⏎ 10. … ⏎ 3. I agree…: items numbered on from another count
 * (not the next of the group's), after a lead-in ending in a colon that names their source (said, concluded, 指出：,
 * 规定如下：) or over items set in deeper than the group's, running 8, 9, 10 — and the group's own count taken up again
 * after them (3. after 2.), or, set in deeper, ending the group. The end of the run (exclusive), or undefined.
 */
function quotedRun(lines: readonly Line[], items: Section[], i: number): number | undefined {
  const prev = items[i - 1];
  const first = items[i];
  if (first.marker.value === prev.marker.value + 1) return undefined;
  const lead = textAbove(lines, first.marker.line, prev.marker.line - 1);
  if (!lead || !LEAD_END.test(lead.prose.trim())) return undefined;
  const deeper = first.marker.indent > prev.marker.indent || leadingColumns(lines[first.marker.line].prose) > leadingColumns(lines[prev.marker.line].prose);
  const named = sourceLead(lead.prose.trim());
  if (!named && !deeper) return undefined;
  let end = i + 1;
  while (end < items.length && items[end].marker.value === items[end - 1].marker.value + 1 && items[end].marker.line - items[end - 1].marker.line <= 12 && items[end].marker.indent === first.marker.indent) end++;
  if (end < items.length) return items[end].marker.value === prev.marker.value + 1 ? end : undefined;
  return deeper && named ? end : undefined;
}

/**
 * 2. 该法第八十三条规定如下： ⏎ （三）… ⏎ （四）…; 3. The policy states: ⏎ 4.1 … ⏎ 4.2 …: a group that opens right after a
 * lead-in naming its source, numbered otherwise than a list of the text's own would be — from past 1, or a dotted
 * number whose first part is not its parent's — quoted with the numbers of its source. The end of its run of
 * consecutive items (exclusive), or undefined.
 */
function quotedOpening(lines: readonly Line[], items: Section[]): number | undefined {
  const first = items[0];
  const m = first.marker;
  const parent = first.parent?.marker;
  const offCount = m.value !== 1 || (m.kind === 'dotted' && parent !== undefined && parent.kind !== 'heading' && m.path.length === 2 && m.path[0] !== parent.value);
  if (!offCount) return undefined;
  const lead = textAbove(lines, m.line, -1);
  if (!lead || !LEAD_END.test(lead.prose.trim()) || !sourceLead(lead.prose.trim())) return undefined;
  let end = 1;
  while (end < items.length && items[end].marker.value === items[end - 1].marker.value + 1 && items[end].marker.line - items[end - 1].marker.line <= 12 && items[end].marker.indent === m.indent) end++;
  return end;
}

/**
 * Schedule — varied condition ⏎ 3) No deliveries…; 附件：修改后的第三条 ⏎ 3.…: an item right under a schedule's heading,
 * numbered past 1, quoted with its number from the conditions or articles the heading names. Alone — the group's next
 * item does not carry on from it — unless the heading says it quotes (varied, extract, 修改后) or names that number.
 */
function underScheduleHeading(lines: readonly Line[], items: Section[], i: number): boolean {
  const item = items[i];
  const value = item.marker.value;
  if (value <= 1) return false;
  const above = textAbove(lines, item.marker.line, i > 0 ? items[i - 1].marker.line : -1);
  const text = above?.prose.trim();
  if (!text || !isScheduleHeading(text)) return false;
  const number = HEADING_NUMBER_EN.exec(text) ?? HEADING_NUMBER_ZH.exec(text);
  if (number) return (/^\d+$/.test(number[1]) ? Number(number[1]) : parseChineseNumeral(number[1])) === value;
  if (QUOTING_WORDS.test(text)) return true;
  const next = items[i + 1];
  return !next || next.marker.value !== value + 1;
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
