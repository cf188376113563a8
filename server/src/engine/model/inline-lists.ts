// Lists numbered inside a paragraph with bracketed figures: 主要有：（1）资金投入不足；（2）人员结构不合理, We will (1) hire,
// (2) retrain and (3) report. Each item is read with the way it is written — both brackets or a closing one, full or
// half width: （1） (1) 1） 1) — so that a list whose items change their brackets midway can be told apart.

import type { Paragraph } from './paragraphs';
import { matchesOf } from '../patterns';

export interface InlineListItem {
  value: number;
  /** The marker as written, and where it is in the paragraph. */
  text: string;
  offset: number;
  length: number;
  /** The marker's brackets: （1）, (1), 1）, 1). */
  open: string;
  close: string;
}

// A marker: a figure of one or two digits in brackets, or before a closing bracket alone.
const MARKER = /([（(]?)(\d{1,2})([）)])/g;
/** Before a marker: the paragraph's start, a space, or the punctuation that ends a clause or opens a list. */
const BOUNDARY = /[\s：:；;，,。、.!?！？]/;
/** After it, the item's words: Chinese, or a space and a word. */
const ITEM_AFTER = /^(?:\s*\p{sc=Han}|\s+[A-Za-z])/u;
/** Paragraphs (1) and (2) of the Schedule, section 3(1): another text's items, not a list. */
const CITED_BEFORE = /\b(?:paragraphs?|sub-?paragraphs?|sections?|sub-?sections?|clauses?|articles?|regulations?|rules?|schedules?|items?|points?)\s*$|[第条款项]\s*$/i;
/** one (1) representative: a figure glossing its number word. */
const NUMBER_WORD_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*$/i;

/**
 * How many round brackets are open at a position, read on from the last position asked (positions asked in order; a
 * closing one alone counts none). Also enumerations.ts's, for inline markers with the closing bracket alone.
 */
export function bracketDepth(text: string): (at: number) => number {
  let i = 0;
  let depth = 0;
  return (at) => {
    for (; i < at; i++) {
      const c = text[i];
      if (c === '(' || c === '（') depth++;
      else if ((c === ')' || c === '）') && depth > 0) depth--;
    }
    return depth;
  };
}

/** The markers of a paragraph that may number an item of a list written inline. */
function markersIn(text: string): InlineListItem[] {
  const out: InlineListItem[] = [];
  const depthAt = bracketDepth(text);
  for (const m of matchesOf(text, MARKER)) {
    const [whole, open, digits, close] = m;
    const at = m.index;
    // 3(1) and 12) in 8:00—12): a figure that goes on from what stands before it.
    if (at > 0 && !BOUNDARY.test(text[at - 1])) continue;
    if (!ITEM_AFTER.test(text.slice(at + whole.length, at + whole.length + 2))) continue;
    // A closing bracket alone that closes one opened before it: (see note 2), (Phase 2) is no marker.
    if (!open && depthAt(at) > 0) continue;
    const before = text.slice(Math.max(0, at - 24), at);
    if (CITED_BEFORE.test(before) || NUMBER_WORD_BEFORE.test(before)) continue;
    out.push({ value: Number(digits), text: whole, offset: at, length: whole.length, open, close: close });
  }
  return out;
}

const DIGIT_CLOSE_BRACKET = /\d[）)]/;
/**
 * The lists of a paragraph: each opens at a marker 1 and takes the markers that count on from it (2, 3…). A 1 written
 * another way inside the list opens a list of its own within an item — （1）摸清需求：1）走访企业；2）建立台账；（2）… —
 * whose markers the outer list does not take; a 1 written the list's way starts the next list.
 */
export function inlineLists(paragraph: Paragraph): InlineListItem[][] {
  const text = paragraph.text;
  if (!DIGIT_CLOSE_BRACKET.test(text)) return [];
  const lists: InlineListItem[][] = [];
  let list: InlineListItem[] | undefined;
  const styles = new Set<string>();
  const nested = new Set<string>();
  for (const item of markersIn(text)) {
    const style = item.open + item.close;
    if (item.value === 1) {
      if (list && !styles.has(style)) {
        nested.add(style);
        continue;
      }
      list = [item];
      lists.push(list);
      styles.clear();
      nested.clear();
      styles.add(style);
      continue;
    }
    if (!list || nested.has(style) || item.value !== list[list.length - 1].value + 1) continue;
    list.push(item);
    styles.add(style);
  }
  return lists.filter((l) => l.length >= 2);
}
