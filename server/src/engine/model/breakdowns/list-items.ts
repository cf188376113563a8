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

/** A lead that says a whole is split, ending with its colon: "The main causes of delay were:", "Income by source:", 收入构成如下：. */
const SPLIT_LEAD_EN = /\b(?:causes?\s+of|sources?\s+of|split|breakdown|broken\s+down|made\s+up|came\s+from|comes\s+from|share\s+of|mix|by\s+(?:source|cause|type|category|sector|mode|tenure|channel|fuel|funder))\b/i;
const SPLIT_LEAD_ZH = /构成|構成|结构|結構|来源|來源|占比|佔比|比重/;
/** A lead of answers that may be several, or of shares of different wholes: respondents, reasons given, 可多选. */
const NOT_ONE_WHOLE = /\b(?:respondents?|said|say|told|answers?|answered|mentioned|cited|chose|choose|selected|reasons?|more\s+than\s+one|each|rates?|growth|change|increase|decrease)\b|多选|多選|受访|受訪|认为|認為|表示|增长|增長|增速|同比/i;
/** One item: a list marker, a label, a colon (which the document part reads whole: sum-mismatch checkSummary), and the share alone at the end. */
const SHARE_ITEM = /^\s*(?:[-*+•·]\s+|\d{1,2}[.)、]\s*)?([^\d%：:]{1,60}?)\s*[:：]\s*\d{1,3}(?:\.\d{1,2})?\s*[%％]\s*[.。;；]?\s*$/;

/**
 * The main causes of delay were: ⏎ - Infrastructure (track, signals, overhead lines): 41% ⏎ - Train operator causes: 33%
 * ⏎ - External causes: 19% ⏎ - Other: 14% — shares of one whole, one item a line after a lead that says the whole is
 * split (causes of, sources of, by source, 构成), three items or more, each a label and its share alone: a partition,
 * and all of it where the last item is the rest (Other, 其他). Not answers that may be several (respondents, reasons
 * given, 可多选) nor rates of different wholes (growth, change).
 */
export function readShareListBreakdowns(paragraphs: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 0; i + 3 < paragraphs.length; i++) {
    const p = paragraphs[i];
    const text = p.text.trimEnd();
    if (p.tableHeader || !/[:：]$/.test(text) || text.length > 200) continue;
    const lead = text.slice(Math.max(0, text.search(/[^.。!?！？]*[:：]$/)));
    if (!(SPLIT_LEAD_EN.test(lead) || SPLIT_LEAD_ZH.test(lead)) || NOT_ONE_WHOLE.test(lead) || figuresIn(p).some((f) => f.offset >= text.length - lead.length)) continue;
    const parts: Figure[] = [];
    const labels: string[] = [];
    let j = i + 1;
    for (; j < paragraphs.length && parts.length < ITEMS_MAX; j++) {
      const q = paragraphs[j];
      const item = SHARE_ITEM.exec(q.text);
      if (q.tableHeader || !item || q.firstLine > paragraphs[j - 1].lastLine + 2) break;
      const own = figuresIn(q);
      if (own.length !== 1 || own[0].dimension !== '%' || own[0].approximate) break;
      parts.push(own[0]);
      labels.push(item[1].trim());
    }
    if (parts.length < 3) continue;
    const rest = /^(?:(?:other|others|all\s+other|everything\s+else|remaining|the\s+rest)(?![a-z])|其他|其它|其余|其餘)/i.test(labels[labels.length - 1]);
    out.push({ paragraph: parts[0].paragraph, parts, cueAt: parts[0].offset, complete: rest, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
    i = j - 1;
  }
  return out;
}
