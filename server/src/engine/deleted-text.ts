// One defect, one finding: findings inside text that another finding's fix deletes are dropped.

import type { Finding, Range } from './types';

/**
 * One defect, one finding: text that a fix deletes (a line of page furniture, a run of ruby pinyin) is going
 * away, so the other findings inside it (its half-width comma, its unpaired quote) are noise and are dropped.
 * Findings whose own fix deletes text are kept, and so are findings whose fix also changes text elsewhere.
 */
export function dropInsideDeletions(findings: Finding[]): Finding[] {
  const deletions: Range[] = [];
  for (const f of findings) for (const e of f.fix?.edits ?? []) if (e.newText === '' && comparePoint(e.range.start, e.range.end) < 0) deletions.push(e.range);
  if (deletions.length === 0) return findings;
  deletions.sort((a, b) => comparePoint(a.start, b.start) || comparePoint(a.end, b.end));
  // Merged into disjoint stretches, so each finding needs one binary search.
  const merged: Range[] = [];
  for (const d of deletions) {
    const last = merged[merged.length - 1];
    if (last && comparePoint(d.start, last.end) <= 0) {
      if (comparePoint(d.end, last.end) > 0) last.end = d.end;
    } else merged.push({ start: d.start, end: d.end });
  }
  const inside = (range: Range) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (comparePoint(merged[mid].start, range.start) <= 0) lo = mid;
      else hi = mid - 1;
    }
    const d = merged[lo];
    return comparePoint(d.start, range.start) <= 0 && comparePoint(range.end, d.end) <= 0;
  };
  // A finding goes when it sits inside deleted text and so does everything its fix would change.
  return findings.filter((f) => {
    if (f.fix?.edits.some((e) => e.newText === '')) return true;
    return !(inside(f.range) && (f.fix?.edits ?? []).every((e) => inside(e.range)));
  });
}

function comparePoint(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
