// A total whose parts are listed in the paragraphs after it, one a line:
//   全县共有中小学校128所，其中：
//   （1）小学86所；
//   （2）初中32所；
//   （3）高中14所。
// The parts are the list items right after the cue (其中：, 分别为：), each with one figure of the total's kind, up to
// the item that ends with 。 or the first paragraph that is no such item (numbered items, （1）小学86所；, are read as
// headings by the outline, and are items here). They are a partition only where every item
// names another member of one kind (小学/初中/高中, 城区/农村: breakdown-words.json); items of other kinds (党员, 女教师)
// may overlap, and a single part is only never more than its whole.

import { familyOf, distinctInOne } from './kinds';
import type { Breakdown } from './shared';
import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';

const CUE_AT_END = /(?:其中|分别为|分別為|分别是|分別是)\s*[：:]\s*$/;
/** What may stand between the total and the cue: a comma, the noun it counts (学校128所，其中：). */
const TO_CUE = /^[\p{sc=Han}]{0,6}[，,]?\s*$/u;
/** Items are short: a label and its figure, and perhaps a few words after. */
const ITEM_MAX = 40;
const ITEMS_MAX = 12;

export function readListBreakdowns(paragraphs: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.tableHeader || !p.text.includes('：') && !p.text.includes(':')) continue;
    const text = p.text.trimEnd();
    const cue = CUE_AT_END.exec(text);
    if (!cue) continue;
    const figures = figuresIn(p);
    const total = figures[figures.length - 1];
    if (!total || !itemCountable(total) || !TO_CUE.test(text.slice(total.offset + total.length, cue.index))) continue;
    const parts: Figure[] = [];
    for (let j = i + 1; j < paragraphs.length && parts.length < ITEMS_MAX; j++) {
      const q = paragraphs[j];
      const item = q.text.trim();
      if (q.tableHeader || item === '' || item.length > ITEM_MAX || q.firstLine > paragraphs[j - 1].lastLine + 1) break;
      const own = figuresIn(q).filter((f) => f.dimension === total.dimension);
      if (own.length !== 1 || !itemCountable(own[0])) break;
      parts.push(own[0]);
      if (/[。.]$/.test(item)) break;
    }
    if (parts.length === 0) continue;
    const kinds = parts.map((f) => familyOf(f.subject.replace(/^[-*+\s]+/, '')));
    const partition = parts.length > 1 && distinctInOne(kinds);
    if (parts.length > 1 && !partition) continue;
    out.push({ paragraph: p, total, parts, cueAt: total.offset + total.length, complete: false, partial: false, partition, groups: partition ? [parts] : [], approximate: false, whole: true, bracketed: false });
  }
  return out;
}

/** A level an item may give of its whole's measure, exact and no rate (a count or an amount; not shared.ts's countable, which is counts only). */
function itemCountable(f: Figure): boolean {
  return !f.approximate && !f.perUnit && f.dimension !== '' && f.dimension !== '%' && f.dimension !== '百分点' && !f.words;
}
