// Where the findings sit in the text, as the page draws them: marks that follow the writer's typing until the
// next lint, and the flat runs of text the marks cut the draft into (findings may overlap).

import type { Severity } from './protocol';

export interface Mark {
  /** Index of the finding in the current result. */
  finding: number;
  start: number;
  end: number;
  severity: Severity;
}

/** One run of text and the findings over it (empty for plain text); `point` for a finding with no length. */
export interface Run {
  start: number;
  end: number;
  findings: number[];
  severity?: Severity;
  point?: true;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** The edit that turned `before` into `after`, as one changed span: the common prefix and suffix are kept. */
export function changedSpan(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * The marks moved along an edit: those before it stay, those after it shift, those it touches are dropped
 * (the next lint says whether the finding is still there).
 */
export function shiftMarks(marks: readonly Mark[], before: string, after: string): Mark[] {
  if (before === after) return marks.slice();
  const { start, oldEnd, newEnd } = changedSpan(before, after);
  const delta = newEnd - oldEnd;
  const out: Mark[] = [];
  for (const m of marks) {
    if (m.end < start || (m.end === start && m.start < start)) out.push(m);
    else if (m.start > oldEnd || (m.start === oldEnd && m.end > oldEnd)) out.push({ ...m, start: m.start + delta, end: m.end + delta });
  }
  return out;
}

/** Cuts `length` characters into runs at every mark boundary; a mark with no length gets a point run. */
export function runsOf(length: number, marks: readonly Mark[]): Run[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(clamp(m.start, length));
    cuts.add(clamp(m.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  const pointsAt = new Map<number, Mark[]>();
  for (const m of marks) {
    if (m.end > m.start) continue;
    const at = clamp(m.start, length);
    pointsAt.set(at, [...(pointsAt.get(at) ?? []), m]);
  }
  const runs: Run[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    const here = pointsAt.get(at);
    if (here) runs.push({ start: at, end: at, findings: here.map((m) => m.finding), severity: worst(here), point: true });
    if (i === points.length - 1) break;
    const to = points[i + 1];
    active = active.filter((m) => m.end > at);
    while (next < byStart.length && byStart[next].start <= at) {
      if (byStart[next].end > at) active.push(byStart[next]);
      next++;
    }
    runs.push(active.length ? { start: at, end: to, findings: active.map((m) => m.finding), severity: worst(active) } : { start: at, end: to, findings: [] });
  }
  return runs;
}

function worst(marks: readonly Mark[]): Severity {
  return marks.reduce((w, m) => (RANK[m.severity] > RANK[w] ? m.severity : w), marks[0].severity);
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length));
}
