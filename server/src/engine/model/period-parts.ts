// The big parts of a government work report whose headings carry no number: “十四五”时期工作回顾, 2025年工作回顾
// (what was done in a past period), “十五五”时期的主要目标任务, 2026年重点工作, 2026年工作安排, 今年工作总体要求 (what is
// planned). Each heading stands alone on a short line with no end punctuation, names a period and what the part is
// about, and the （一）…（八） sections follow it; the outline sees no marker on it. What is under it, up to the next
// such heading or the end of its document part, is about that period: a result of the past or a plan.

import type { Line } from './lines';
import type { Part } from './outline';

export interface PeriodPart {
  /** The heading's line. */
  line: number;
  /** The last line under it. */
  endLine: number;
  /** The period as the heading names it: 2025, 2021—2025, 十四五, 今年. */
  period: string;
  kind: 'review' | 'plan';
}

// “十四五”时期 / "十四五"时期 / 十四五时期, 2025年, 2021—2025年, 2026年度, 今年, 过去五年, 五年来, 过去一年.
const PERIOD = String.raw`(?:[“"‘']?(十[一二三四五六七八九]?五)[”"’']?(?:时期|時期|期间|期間|以来)?|((?:19|20)\d\d(?:\s*[—–\-～~至]\s*(?:19|20)?\d\d)?)\s*年度?|(今年|明年|本年度|过去[一二三五]年|過去[一二三五]年|[一二三五]年来|[一二三五]年來))`;
// What the part is about, ending the heading: a review, or the targets and work planned.
const PART_WORDS = String.raw`(?:的)?(?:工作|主要工作|发展|發展)?(?:的)?(回顾|回顧|重点工作|重點工作|主要目标任务|主要目標任務|目标任务|目標任務|主要任务|主要任務|工作安排|总体要求|總體要求|工作部署|工作打算)`;
const HEADING = new RegExp(`^${PERIOD}${PART_WORDS}$`);

/** The period heading a line's text is, if it is one (a sentence or a numbered heading is not). */
export function readPeriodHeading(prose: string): { period: string; kind: 'review' | 'plan' } | undefined {
  const t = prose.trim();
  if (t.length < 4 || t.length > 24) return undefined;
  const m = HEADING.exec(t);
  if (!m) return undefined;
  return { period: m[1] ?? m[2] ?? m[3], kind: /回[顾顧]/.test(m[4]) ? 'review' : 'plan' };
}

/** Quick test before the match: the line ends with a part word's last character. */
export function mayBePeriodHeading(prose: string): boolean {
  const t = prose.trimEnd();
  const last = t[t.length - 1];
  return t.length <= 40 && (last === '顾' || last === '顧' || last === '作' || last === '务' || last === '務' || last === '排' || last === '求' || last === '署' || last === '算');
}

/**
 * The period parts of a draft: `heading` tells the lines that are period headings; each part ends before the next
 * one or at the end of its document part.
 */
export function findPeriodParts(lines: readonly Line[], parts: readonly Part[], heading: (line: number) => { period: string; kind: 'review' | 'plan' } | undefined): PeriodPart[] {
  const out: PeriodPart[] = [];
  for (const part of parts) {
    let open: PeriodPart | undefined;
    for (let l = part.startLine; l <= part.endLine && l < lines.length; l++) {
      const read = heading(l);
      if (!read) continue;
      if (open) open.endLine = l - 1;
      open = { line: l, endLine: part.endLine, period: read.period, kind: read.kind };
      out.push(open);
    }
  }
  return out;
}
