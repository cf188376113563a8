// The big parts of a government work report whose headings carry no number: “十四五”时期工作回顾, 2025年工作回顾
// (what was done in a past period), “十五五”时期的主要目标任务, 2026年重点工作, 2026年工作安排, 今年工作总体要求 (what is
// planned). Each heading stands alone on a short line with no end punctuation, names a period and what the part is
// about, and the （一）…（八） sections follow it; the outline sees no marker on it. What is under it, up to the next
// such heading or the end of its document part, is about that period: a result of the past or a plan. Which lines are
// such headings, and what each says, is read by model/heading-scope.ts.

import type { Line } from './lines';
import type { ScopeKind } from './heading-scope';
import type { Part } from './outline';

export interface PeriodPart {
  /** The heading's line. */
  line: number;
  /** The last line under it. */
  endLine: number;
  /** The period as the heading names it: 2025, 2021—2025, 十四五, 今年. */
  period: string;
  kind: ScopeKind;
}

/**
 * The period parts of a draft: `heading` tells the lines that are period headings; each part ends before the next
 * one or at the end of its document part.
 */
export function findPeriodParts(lines: readonly Line[], parts: readonly Part[], heading: (line: number) => { period: string; kind: ScopeKind } | undefined): PeriodPart[] {
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
