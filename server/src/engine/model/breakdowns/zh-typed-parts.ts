// Parts after 其中 that repeat the whole's head noun, each with a modifier of type (…性, …类, …型):
//   发现各类违章46起，其中管理性违章19起、行为性违章22起、装置性违章8起 (19 + 22 + 8 = 49)
// A 违章 is of one type only: the types split the whole and cannot add up to more than it. The text does not say every
// type is named, so only a sum above the whole is read. Not 其中党员…、女性… (attributes that overlap, no head noun),
// 其中重大违章3起 (one part), nor parts with 含, 包括 or 等.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { PARTIAL, insideBrackets, isChange, partitionOf, type Breakdown } from './shared';

/** A modifier of type: 管理性, 行为性, 一类, 新型, 甲类 (one to four characters, then 性, 类 or 型). */
const TYPE_MODIFIER_ZH = /^[\p{sc=Han}]{1,4}[性类類型]$/u;

export function typedPartsBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('其中')) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    const cue = /^\s*[，,]\s*其中[：:，,]?\s*/.exec(text.slice(total.offset + total.length, total.offset + total.length + 8));
    if (!cue || total.perUnit || total.value <= 0 || isChange(text, total)) continue;
    const cueAt = total.offset + total.length + cue[0].length;
    const endMatch = /[。；！？;!?，,]/.exec(text.slice(cueAt, cueAt + 200));
    // The parts are joined by 、 and end at the clause (a ，after them starts another clause).
    const end = endMatch ? cueAt + endMatch.index : Math.min(text.length, cueAt + 200);
    const region = text.slice(cueAt, end);
    if (PARTIAL.test(region)) continue;
    const parts = figures.filter((f) => f.offset >= cueAt && f.offset < end && !insideBrackets(text, cueAt, f.offset));
    if (parts.length < 2 || parts.some((p) => p.unit !== total.unit || p.dimension !== total.dimension || p.perUnit || p.value <= 0 || isChange(text, p))) continue;
    const labels: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const from = i === 0 ? cueAt : parts[i - 1].offset + parts[i - 1].length;
      const gap = text.slice(from, parts[i].offset);
      const label = /^(?:\s*、)?\s*([\p{sc=Han}]{3,10})\s*$/u.exec(i === 0 ? gap : gap);
      if (!label || (i > 0 && !gap.includes('、'))) break;
      labels.push(label[1]);
    }
    if (labels.length !== parts.length) continue;
    // The head noun: the longest end (two to four characters) of the words before the whole that every label ends in,
    // after a modifier of type; each modifier different.
    const before = /[\p{sc=Han}]{2,6}$/u.exec(text.slice(Math.max(0, total.offset - 6), total.offset));
    if (!before) continue;
    let typed = false;
    for (let n = Math.min(4, before[0].length); n >= 2 && !typed; n--) {
      const head = before[0].slice(-n);
      const mods = labels.map((l) => (l.endsWith(head) ? l.slice(0, -n) : ''));
      typed = mods.every((x) => TYPE_MODIFIER_ZH.test(x)) && new Set(mods).size === mods.length;
    }
    if (!typed) continue;
    const approximate = total.approximate || parts.some((p) => p.approximate);
    out.push(partitionOf(paragraph, total, parts, cueAt, { approximate }));
  }
  return out;
}
