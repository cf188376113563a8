// Totals and their breakdowns, read from the figures of one paragraph:
//   全市共有学校128所，其中小学80所、初中36所、高中12所 · 823名（其中文科299人、理科285人、对口239人）
//   共招生4500人，分别为城区1200人、乡镇1800人、农村1500人 · 1,200 students in total, of which 700 were boys …
//   Spending totalled $3.1 million: staff $1.9 million, facilities $0.8 million and outreach $0.6 million
// and shares of one whole (城区占46.5%、郊区占38.2%、农村占21.7%; "The budget was split: salaries 64%, rent 22%").
// The model says what the text lists and what it says about the list (all of it, only some, categories of one
// kind); sum-mismatch decides what cannot add up.

import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { bandBreakdowns } from './breakdowns/bands';
import { totalBreakdown } from './breakdowns/cues';
import { labelledListBreakdowns } from './breakdowns/en-labelled';
import { outcomeBreakdowns } from './breakdowns/en-outcomes';
import { indicatorScore, type Breakdown } from './breakdowns/shared';
import { namedShareBreakdowns, shareBreakdowns } from './breakdowns/shares';
import { sumAfterParts } from './breakdowns/sum-after';
import { sentenceStartBreakdowns, nounAmongBreakdowns } from './breakdowns/zh-sentences';

export type { Breakdown } from './breakdowns/shared';
export { familyOf } from './breakdowns/kinds';
export { nounAmongBefore } from './breakdowns/zh-sentences';
export { leadingAmongSummary, readLeadingAmongBreakdowns } from './breakdowns/leading';

/** The breakdowns of one paragraph. */
export function readBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  const taken = new Set<Figure>();
  for (let k = 0; k < figures.length; k++) {
    const b = totalBreakdown(paragraph, figures, k);
    if (!b) continue;
    // A part is the total of a nested breakdown only in brackets (小学80所（其中完小50所、教学点30所））: after a comma
    // (其中党员120人，其中女性80人) the second list may count the whole again.
    if (taken.has(figures[k]) && !b.bracketed) continue;
    out.push(b);
    for (const p of b.parts) taken.add(p);
  }
  for (const b of sentenceStartBreakdowns(paragraph, figures)) if (!b.parts.some((p) => taken.has(p))) out.push(b);
  for (const b of nounAmongBreakdowns(paragraph, figures)) if (!b.parts.some((p) => taken.has(p))) out.push(b);
  for (const b of outcomeBreakdowns(paragraph, figures)) {
    // "Of the 96 new tenancies, 60 were in Oakfield, 30 in Riverside…": the outcomes say what the plain reading of the
    // same whole could not, that its parts are exclusive — also where that reading found only some of them of one kind
    // (4,020 were violence against the person, 2,880 were theft offences…: a long name cut off its label).
    // The outcomes may also say the list is all of the whole (three kinds of one family, closed by "and").
    const same = out.findIndex((o) => o.total === b.total && (!o.partition || (b.complete && !o.complete)));
    if (same >= 0) out[same] = b;
    else if (!b.parts.some((p) => taken.has(p))) out.push(b);
  }
  for (const b of labelledListBreakdowns(paragraph, figures)) if (!out.some((o) => o.total === b.total) && !b.parts.some((p) => taken.has(p))) out.push(b);
  for (const b of bandBreakdowns(paragraph, figures)) {
    // 其中亿元以上项目7个、5000万元至1亿元项目6个: the plain reading found parts of no one kind; the bands are exclusive.
    const same = out.findIndex((o) => o.total === b.total);
    if (same >= 0 && !out[same].partition) out[same] = b;
    else if (same < 0 && !b.parts.some((p) => taken.has(p))) out.push(b);
  }
  out.push(...shareBreakdowns(paragraph, figures));
  for (const b of namedShareBreakdowns(paragraph, figures)) {
    // 从投资结构看，…；第三产业投资占比为59.8%，第一产业投资占比为2.9%: a list that read only the later shares of the sentence.
    const some = out.findIndex((o) => !o.total && o.parts.every((p) => b.parts.includes(p)));
    if (some >= 0) out[some] = b;
    else if (!out.some((o) => o.parts.some((p) => b.parts.includes(p)))) out.push(b);
  }
  for (const b of sumAfterParts(paragraph, figures)) if (!out.some((o) => o.total === b.total)) out.push(b);
  // 1.06万笔、45.38亿元…其中，市中心0.82万笔、35.16亿元，县区0.32万笔、10.22亿元: each part pairs a second measure with
  // the first, as the whole does; the second is summed against its own whole too.
  for (let i = 0, n = out.length; i < n; i++) {
    const second = pairedMeasure(paragraph.text, figures, out[i]);
    if (second && !out.some((o) => o.total === second.total)) out.push(second);
  }
  // A total score splits only into the scores of an evaluation's indicators (not 城区得分96分、农村得分93分).
  return out.filter((b) => b.total?.dimension !== '分' || b.parts.every(indicatorScore));
}

/** 、死亡 between the figures of one item: 18起、死亡15人, 0.82万笔、35.16亿元. */
const PAIRED_GAP = /^\s*、\p{sc=Han}{0,4}$/u;

/** The breakdown of the second measure each item of `b` (its whole and every part) pairs with the first, if all do. */
function pairedMeasure(text: string, figures: readonly Figure[], b: Breakdown): Breakdown | undefined {
  const next = (f: Figure): Figure | undefined => {
    const q = figures[figures.indexOf(f) + 1];
    if (!q || q.dimension === f.dimension || q.dimension === '' || q.dimension === '%' || q.approximate || q.words) return undefined;
    return PAIRED_GAP.test(text.slice(f.offset + f.length, q.offset)) ? q : undefined;
  };
  const total = b.total && next(b.total);
  if (!total || b.parts.length < 2) return undefined;
  const parts: Figure[] = [];
  for (const p of b.parts) {
    const q = next(p);
    if (!q || q.dimension !== total.dimension || q.unit !== total.unit) return undefined;
    parts.push(q);
  }
  const of = (p: Figure) => parts[b.parts.indexOf(p)];
  return { ...b, total, parts, groups: b.groups.map((g) => g.map(of)), amounts: undefined };
}
