// One defect, one finding: findings inside text that another finding's fix deletes are dropped.

import type { Finding, Range, TextEdit } from './types';

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

/**
 * One defect, one finding: a passage pasted twice carries its defects twice. duplicate-text reports the second copy
 * (with the first as its related location); a finding inside that copy goes when the same finding (rule and message)
 * stands at the same place in the first copy. Whichever copy the writer deletes, one set of findings remains.
 * Findings that only the copy has (a number that now repeats, a figure that differs) stay. The fix of a finding
 * dropped joins the fix of the one kept, so fixing it mends both copies.
 */
export function dropRepeatsInCopies(findings: Finding[]): Finding[] {
  const copies = findings.filter((f) => f.ruleId === 'duplicate-text' && f.related?.length);
  if (copies.length === 0) return findings;
  const at = new Map<string, Finding[]>();
  const key = (line: number, character: number, f: Finding) => `${line}:${character}:${f.ruleId}:${f.message}`;
  for (const f of findings) {
    const k = key(f.range.start.line, f.range.start.character, f);
    at.set(k, [...(at.get(k) ?? []), f]);
  }
  const dropped = new Set<Finding>();
  const extra = new Map<Finding, TextEdit[]>();
  for (const copy of copies) {
    const first = copy.related![0].range;
    const lines = copy.range.start.line - first.start.line;
    const columns = copy.range.start.character - first.start.character;
    for (const f of findings) {
      if (f === copy || f.ruleId === 'duplicate-text' || !within(f.range, copy.range)) continue;
      // On the copy's first line the columns shift with it; on the lines after, a whole line was copied.
      const line = f.range.start.line - lines;
      const character = f.range.start.line === copy.range.start.line ? f.range.start.character - columns : f.range.start.character;
      const original = at.get(key(line, character, f))?.find((o) => o !== f && within(o.range, first) && !dropped.has(o));
      if (!original) continue;
      dropped.add(f);
      // Its fix goes with the one finding kept, so that one round of fixes mends both copies.
      if (original.fix && f.fix) extra.set(original, [...(extra.get(original) ?? []), ...f.fix.edits]);
    }
  }
  if (dropped.size === 0) return findings;
  // New objects: the findings may be kept in a cache between lints (IncrementalLinter) and must stay as found.
  return findings.filter((f) => !dropped.has(f)).map((f) => (extra.has(f) ? { ...f, fix: { ...f.fix!, edits: [...f.fix!.edits, ...extra.get(f)!] } } : f));
}

function within(inner: Range, outer: Range): boolean {
  return comparePoint(outer.start, inner.start) <= 0 && comparePoint(inner.end, outer.end) <= 0;
}
