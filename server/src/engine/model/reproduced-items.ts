// Items reproduced from another document with their numbers, under a lead-in that says so (…numbered 20 to 23 in the
// review… we reproduce them here: ⏎ 20. … 23.; 现将第3条至第5条原文摘录如下： ⏎ 3．… 5．): numbering-sequence leaves them
// out of the count and Renumber sections leaves their numbers alone.

import type { Line } from './lines';
import { parseChineseNumeral } from './numerals';
import type { Section } from './outline';

/**
 * A lead-in that says the items under it are reproduced, quoted or extracted from another document with their numbers:
 * we reproduce them here:, are quoted below:, the following extract from the report:, 现将第20条至第23条摘录如下：, 原文如下：.
 * Its last line ends in a colon.
 */
const REPRODUCING_EN =
  /\b(?:reproduc(?:e|es|ed|ing)|quot(?:e|es|ed|ing)|extract(?:s|ed)?|excerpt(?:s|ed)?|verbatim|cop(?:y|ied) (?:out|below|here)|(?:as follows|below|here) from (?:the|that|this|its|their|our)|(?:listed|numbered|set out) as (?:in|follows in) (?:the|that|its))\b[^:.!?]{0,160}:\s*["“]?\s*$/i;
const REPRODUCING_ZH = /(?:摘录|摘錄|节选|節選|照录|照錄|转引|轉引|引述|原文)[^。；！？]{0,30}[：:]\s*[“"「]?\s*$/u;
/** A word a reproducing lead-in holds (checkSummary: a line with one is read whole). */
export const REPRODUCING_WORD = /reproduc|quot|extract|excerpt|verbatim|cop(?:y|ied)|from|numbered|摘录|摘錄|节选|節選|照录|照錄|转引|轉引|引述|原文|第/i;
/** numbered 20 to 23 in the review · 第20条至第23条 · recommendations 20–23: the numbers the source gives the items. */
const NUMBERED_RANGE_EN = /\b(?:numbered|nos?\.?|numbers|recommendations?|paragraphs?|items?|points?|questions?|conditions?)\s+(\d{1,3})\s*(?:to|-|–|—|through)\s*\d{1,3}\b/i;
const NUMBERED_RANGE_ZH = /第(\d{1,3}|[一二三四五六七八九十百]+)[条條项項点點款](?:[^第。]{0,3})?(?:至|到|—|－|-)第/u;

/**
 * What the line says of reproduced items: '' for a lead-in that reproduces, with the first number it names ('20'),
 * or undefined when it is no such lead-in.
 */
function reproducingLead(prose: string): string | undefined {
  const text = prose.trim();
  if (!/[:：]\s*["“「]?$/.test(text) || !(REPRODUCING_EN.test(text) || REPRODUCING_ZH.test(text))) return undefined;
  const range = NUMBERED_RANGE_EN.exec(text) ?? NUMBERED_RANGE_ZH.exec(text);
  if (!range) return '';
  return String(/^\d+$/.test(range[1]) ? Number(range[1]) : parseChineseNumeral(range[1]));
}

/**
 * The four recommendations … are numbered 20 to 23 in the review … we reproduce them here: ⏎ 20. … ⏎ 21. …: items
 * numbered past where the text's own count stands (past 1 at a group's start, or not the next of the group), right
 * under a lead-in that says it reproduces or quotes them (reproducingLead), keep the numbers of their source: the run
 * of items counting on from the first is left out of the group's count, and out of its fix. When the lead-in names the
 * numbers (numbered 20 to 23), the first item must carry the first of them. A report's own list from 3. under an
 * ordinary lead-in (The actions are:) is still read.
 */
export function withoutReproducedItems(lines: readonly Line[], items: Section[]): Section[] {
  let dropped: Set<Section> | undefined;
  for (let i = 0; i < items.length; i++) {
    const m = items[i].marker;
    const expected = i === 0 ? 1 : items[i - 1].marker.value + 1;
    if (m.value === expected || m.value <= 1) continue;
    const lead = leadAbove(lines, m.line, i === 0 ? -1 : items[i - 1].marker.line);
    const named = lead === undefined ? undefined : reproducingLead(lead);
    if (named === undefined || (named !== '' && Number(named) !== m.value)) continue;
    (dropped ??= new Set()).add(items[i]);
    let end = i + 1;
    while (end < items.length && items[end].marker.value === items[end - 1].marker.value + 1 && items[end].marker.indent === m.indent && items[end].marker.line - items[end - 1].marker.line <= 12) dropped.add(items[end++]);
    i = end - 1;
  }
  return dropped ? items.filter((s) => !dropped!.has(s)) : items;
}

/**
 * The paragraph of text above `line` (its last four lines at most, joined), with no line of `after` or before it but
 * the previous item's own (2. … are quoted below:); undefined when a non-text line comes first.
 */
function leadAbove(lines: readonly Line[], line: number, after: number): string | undefined {
  let l = line - 1;
  while (l >= 0 && l > after - 1 && l >= line - 4 && lines[l].kind === 'blank') l--;
  if (l < 0 || l < after || lines[l].kind !== 'text') return undefined;
  let text = lines[l].prose.trim();
  for (let k = l - 1, n = 1; n < 4 && k >= 0 && k >= after && lines[k].kind === 'text' && lines[k].prose.trim() !== ''; k--, n++) text = `${lines[k].prose.trim()} ${text}`;
  return text;
}
