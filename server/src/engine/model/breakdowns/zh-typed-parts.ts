// Parts after 其中 that repeat the whole's head noun, each with a modifier of type (…性, …类):
//   发现各类违章46起，其中管理性违章19起、行为性违章22起、装置性违章8起 (19 + 22 + 8 = 49)
// A 违章 is of one type only: the types split the whole and cannot add up to more than it. The text does not say every
// type is named, so only a sum above the whole is read. Not 其中党员…、女性… (attributes that overlap, no head noun),
// 其中重大违章3起 (one part), nor parts with 含, 包括 or 等.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { PARTIAL, insideBrackets, isChange, partitionOf, type Breakdown } from './shared';

/**
 * A modifier of type: 管理性, 行为性, 一类, 甲类 (one to four characters, then 性 or 类). Not …型 (科技型企业 and 外向型企业
 * may be the same firms).
 */
const TYPE_MODIFIER_ZH = /^[\p{sc=Han}]{1,4}[性类類]$/u;

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
    let suffix = '';
    for (let n = Math.min(4, before[0].length); n >= 2 && !suffix; n--) {
      const head = before[0].slice(-n);
      const mods = labels.map((l) => (l.endsWith(head) ? l.slice(0, -n) : ''));
      // One kind of modifier throughout (管理性/行为性/装置性), each different.
      if (mods.every((x) => TYPE_MODIFIER_ZH.test(x) && x.slice(-1) === mods[0].slice(-1)) && new Set(mods).size === mods.length) suffix = mods[0].slice(-1);
    }
    if (!suffix) continue;
    // …类 types always split the whole; …性 ones where three or more are named or the whole is of 各类 kinds (not
    // 其中系统性问题…、苗头性问题…, which may be the same problems).
    if (suffix === '性' && parts.length < 3 && !/各类|各類|各种|各種/.test(text.slice(Math.max(0, total.offset - 12), total.offset))) continue;
    const approximate = total.approximate || parts.some((p) => p.approximate);
    out.push(partitionOf(paragraph, total, parts, cueAt, { approximate }));
  }
  return out;
}
