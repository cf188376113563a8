/**
 * A skip the text explains: "(a) the lights, (b) the defibrillator, and (d) the footpath. Item (c), the bus shelter,
 * was withdrawn before the meeting." — the label left out is named in the sentence of the skip or the one after it
 * (Item (c), item 3, 第（三）项已撤回, 原第3项删除), so the writer knows it is not there. Read in the paragraph of the
 * item after the skip only (what enumeration-sequence reads of a paragraph whole: one that holds items).
 */

import type { EnumerationItem } from '../model/enumerations';
import { toChineseNumeral, toRoman } from '../model/numerals';

/** A sentence's end: 。！？ or . ! ? before a space and a capital, a bracket or a quotation mark (not 3.5, not e.g. x). */
const SENTENCE_END = /[。！？]|[.!?](?=\s+[A-Z“"(（\p{sc=Han}]|\s*$)/gu;

/** The labels a value is written as in an item's family: c, iii, 3, 三. */
function labels(item: EnumerationItem, value: number): { latin: string[]; han: string[] } {
  const family = item.family;
  if (family === '(a)' || family === 'a)') return { latin: [String.fromCharCode(96 + value)], han: [] };
  if (family === '(i)' || family === 'i)') return { latin: [toRoman(value).toLowerCase()], han: [] };
  if (family === 'en') return { latin: [], han: [] };
  return { latin: [String(value)], han: [toChineseNumeral(value), String(value)] };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Item (c), item 3, No. 3, point (iii); 第（三）项, 第3条, 原第三点. */
function namePattern(item: EnumerationItem, value: number): RegExp | undefined {
  const { latin, han } = labels(item, value);
  const alternatives: string[] = [];
  if (latin.length) {
    const l = latin.map(escape).join('|');
    alternatives.push(String.raw`\b(?:items?|points?|paragraphs?|paras?\.?|recommendations?|options?|questions?|No\.|numbers?)\s*(?:[(（]\s*(?:${l})\s*[)）]|(?:${l})\)?)(?![A-Za-z0-9])`);
  }
  if (han.length) {
    const h = han.map(escape).join('|');
    alternatives.push(String.raw`第\s*(?:[（(]\s*(?:${h})\s*[）)]|(?:${h}))\s*(?:项|項|条|條|点|點|个|個)`);
  }
  return alternatives.length ? new RegExp(alternatives.join('|'), 'iu') : undefined;
}

/** Where the sentence holding `at` starts, and where the sentence after it ends, in `text`. */
function sentenceWindow(text: string, from: number, at: number): [number, number] {
  let start = 0;
  let ends = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SENTENCE_END.exec(text)); ) {
    const stop = m.index + m[0].length;
    if (stop <= from) start = stop;
    else if (stop > at && ++ends === 2) {
      end = stop;
      break;
    }
  }
  return [start, end];
}

/**
 * Whether every value left out between `previous` and `item` (a skip: item.value > previous value + 1) is named in the
 * sentence of the skip, or the sentence after it, in the item's paragraph.
 */
export function skipExplained(previous: EnumerationItem, item: EnumerationItem, expected: number): boolean {
  if (item.value <= expected) return false;
  const text = item.paragraph.text;
  const from = previous.paragraph === item.paragraph ? previous.offset : item.offset;
  const [start, end] = sentenceWindow(text, from, item.offset);
  const window = text.slice(start, end);
  for (let value = expected; value < item.value; value++) {
    const pattern = namePattern(item, value);
    if (!pattern || !pattern.test(window)) return false;
  }
  return true;
}
