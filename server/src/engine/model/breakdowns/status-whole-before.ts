// Statuses of the rectification of problems opening a sentence, whose whole is the count of problems sentences before
// in the same paragraph:
//   对照巡视反馈的4个方面18个具体问题，逐项制定整改措施63条…。…截至目前，已完成整改15个，正在推进整改5个，…
// The sentence opens with the statuses (no whole of its own: only words such as 截至目前 before them); the first is done
// (已完成整改), a later one under way (正在推进整改); the whole is the nearest figure before them in the paragraph of their
// unit, which counts problems (18个具体问题, 问题18个). The statuses of one progress exclude each other: 15 + 5 = 20
// cannot be some of 18 — only a sum above the whole is read (a status may be left out).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { DONE_ZH, UNDER_WAY_ZH } from './rate-whole-above';
import { canBeTotal, partitionOf, type Breakdown } from './shared';

/** 整改, 销号, 办结, 解决: what is done with a problem. */
const RECTIFIED = /整改|销号|銷號|办结|辦結|解决|解決/;

/** 18个具体问题 · 问题18个 · 18个问题: a count of problems (the noun right after the figure, or before it). */
function countsProblems(text: string, f: Figure): boolean {
  return /^\p{sc=Han}{0,4}问题/u.test(text.slice(f.offset + f.length, f.offset + f.length + 8)) || /问题\s*(?:共|共计|共計|合计|合計)?\s*$/.test(text.slice(Math.max(0, f.offset - 8), f.offset));
}

export function statusWholeBeforeBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('问题') || !/已/.test(text) || !/正在|尚未|未|推进中/.test(text) || !RECTIFIED.test(text)) return out;
  for (let j = 1; j + 1 < figures.length; j++) {
    const first = figures[j];
    if (!canBeTotal(first) || first.approximate || first.decimals !== 0 || first.dimension === '%') continue;
    const before = text.slice(figures[j - 1].offset + figures[j - 1].length, first.offset);
    // The sentence opens with the first status: only words, no figure, before it (截至目前，).
    const opening = /[。！？]\s*((?:截至目前|截至\p{sc=Han}{0,8}|目前|至此|现|現)?[，,]?\s*)(\p{sc=Han}{2,8})$/u.exec(before);
    const done = opening && DONE_ZH.exec(opening[2]);
    if (!done || !RECTIFIED.test(done[1])) continue;
    const parts: Figure[] = [first];
    let k = j + 1;
    let underWay = false;
    for (; k < figures.length; k++) {
      const f = figures[k];
      const gap = text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, f.offset);
      const label = /^\s*[，,、]\s*(\p{sc=Han}{2,8})$/u.exec(gap);
      if (!label || f.unit !== first.unit || f.dimension !== first.dimension || f.approximate || f.decimals !== 0) break;
      if (UNDER_WAY_ZH.test(label[1])) underWay = true;
      else if (!DONE_ZH.test(label[1])) break;
      parts.push(f);
    }
    if (parts.length < 2 || !underWay) continue;
    // The list ends its clause: no other figure of the clause after it.
    const last = parts[parts.length - 1];
    if (!/^\s*(?:[，,。；;！？]|$)/.test(text.slice(last.offset + last.length, last.offset + last.length + 2))) continue;
    // The whole: the nearest figure of their unit before them, counting problems.
    let whole: Figure | undefined;
    for (let m = j - 1; m >= 0; m--) {
      const f = figures[m];
      if (f.unit !== first.unit || f.dimension !== first.dimension) continue;
      if (canBeTotal(f) && !f.approximate && f.decimals === 0 && countsProblems(text, f)) whole = f;
      break;
    }
    if (!whole) continue;
    out.push(partitionOf(paragraph, whole, parts, first.offset, { sumOnly: true }));
    j = k - 1;
  }
  return out;
}
