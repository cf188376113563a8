// Numbered items pasted again further on in their list: the copy is one item seen twice, not another item.

import type { ReportDocument } from './document';
import type { Line } from './lines';
import type { Section } from './outline';
import type { Paragraph } from './paragraphs';
import { firstAt } from '../sorted';

/**
 * An item pasted again further on — its whole line as before, a run-in title and a sentence after it (（二）狠抓“两金”
 * 压降。力争… after （四）) — is the copy duplicate-text reports, not a number out of step. A heading alone said twice
 * (2. What initiatives…? twice) is numbering's to report: duplicate-text leaves headings alone.
 */
export function withoutPastedItems(items: Section[], lines: readonly Line[]): Section[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const prose = lines[s.marker.line]?.prose ?? '';
    if (!goesOnAfter(prose, s.marker.end)) return true;
    const text = prose.trim();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** A line that goes on after its first sentence: a run-in title and its text, or two sentences. */
const PASTED_ITEM = /[。！？!?]\s*[^\s。！？!?]{4,}|[.!?]\s+[A-Za-z][^.!?]{10,}/;

/** Whether the line goes on after its first sentence past the marker ending at `end`: an item that may be a paste. */
export function goesOnAfter(prose: string, end: number): boolean {
  return PASTED_ITEM.test(prose.slice(end));
}

/** Whether `text` is `words` with white space around it (text.trim() === words, without a copy of every line made). */
export function trimmedIs(text: string, words: string): boolean {
  if (text.length < words.length) return false;
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start === words.length && text.startsWith(words, start);
}

/** What \\s (and so trim) takes for white space. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What the readers of numbered items (a group's numbers, its pasted items) read of a paragraph, for a rule's
 * checkSummary: undefined when a marker stands on its lines anywhere but at the start of its own heading (or was split
 * from another), or when its item has a sibling's number or says what a sibling's line says (a paste); else '' for a
 * paragraph that opens no item, or the item's line and whether its words go on after the first sentence. Text typed on
 * after a numbered item's heading changes none of it.
 */
export function headingItemSummary(paragraph: Paragraph, lines: readonly Line[], doc: ReportDocument): string | undefined {
  const markers = doc.markers;
  const section = paragraph.section;
  for (let k = firstAt(markers, (m) => m.line >= paragraph.firstLine); k < markers.length && markers[k].line <= paragraph.lastLine; k++) {
    const m = markers[k];
    if (m.splitFrom !== undefined || m.line !== paragraph.firstLine || !paragraph.atHeading || section?.marker.line !== m.line) return undefined;
  }
  if (!paragraph.atHeading || !section || section.marker.line !== paragraph.firstLine) return '';
  const m = section.marker;
  if (section.group.items.some((s) => s !== section && s.marker.value === m.value)) return undefined;
  const prose = lines[m.line].prose;
  // Its marker opens the paragraph's first line: no line number (the same item after a line break above it reads alike).
  if (!goesOnAfter(prose, m.end)) return 'item';
  const words = prose.trim();
  // Items are left out as pasted among their group's only (withoutPastedItems).
  for (const other of section.group.items) if (other !== section && trimmedIs(lines[other.marker.line]?.prose ?? '', words)) return undefined;
  return 'item: goes on';
}
