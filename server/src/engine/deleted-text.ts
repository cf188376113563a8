// One defect, one finding: findings inside text that another finding's fix deletes are dropped.

import type { Finding, Range, TextEdit } from './types';

/**
 * One defect, one finding: text that a fix deletes (a line of page furniture, a run of ruby pinyin) is going
 * away, so the other findings inside it (its half-width comma, its unpaired quote) are noise and are dropped.
 * Findings whose own fix deletes text are kept, and so are findings whose fix also changes text elsewhere.
 */
export function dropInsideDeletions(findings: Finding[]): Finding[] {
  const lists: Range[][] = [];
  for (const f of findings) {
    const own = f.fix && deletionsOf(f);
    if (own?.length) lists.push(own);
  }
  if (lists.length === 0) return findings;
  // Merged into disjoint stretches, so each finding needs one binary search.
  const merged: Range[] = [];
  for (const d of mergeSorted(lists)) {
    const last = merged[merged.length - 1];
    // A new object only where two deletions join (the findings' own ranges are never changed).
    if (!last || comparePoint(d.start, last.end) > 0) merged.push(d);
    else if (comparePoint(d.end, last.end) > 0) merged[merged.length - 1] = { start: last.start, end: d.end };
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

/** A finding's deletions in document order: read once per finding object (a finding kept between lints keeps them). */
const deletionsRead = new WeakMap<Finding, Range[]>();

function deletionsOf(f: Finding): Range[] {
  let out = deletionsRead.get(f);
  if (out) return out;
  out = [];
  for (const e of f.fix!.edits) if (e.newText === '' && comparePoint(e.range.start, e.range.end) < 0) out.push(e.range);
  // A fix's edits are mostly in order already: sorted only when they are not.
  for (let k = 1; k < out.length; k++) {
    if (compareRanges(out[k - 1], out[k]) > 0) {
      out.sort(compareRanges);
      break;
    }
  }
  deletionsRead.set(f, out);
  return out;
}

/**
 * The sorted lists merged into one sorted list. One fix (ruby pinyin throughout) may carry tens of thousands of
 * deletions and the others a few: the others are sorted together and merged into the longest once.
 */
function mergeSorted(lists: Range[][]): Range[] {
  if (lists.length === 1) return lists[0];
  let longest = 0;
  for (let k = 1; k < lists.length; k++) if (lists[k].length > lists[longest].length) longest = k;
  const rest: Range[] = [];
  for (let k = 0; k < lists.length; k++) if (k !== longest) for (const r of lists[k]) rest.push(r);
  rest.sort(compareRanges);
  return mergeTwo(lists[longest], rest);
}

function mergeTwo(a: Range[], b: Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  // Equal ranges: a's first, as a stable sort of a followed by b would place them.
  while (i < a.length && j < b.length) out.push(compareRanges(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function compareRanges(a: Range, b: Range): number {
  return comparePoint(a.start, b.start) || comparePoint(a.end, b.end);
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
  const firsts = copies.map((c) => c.related![0].range);
  // Where a finding could be found again: only those inside a first copy are looked up, by place, rule and message.
  const at = new Map<string, Finding[]>();
  const key = (line: number, character: number, f: Finding) => `${line}:${character}:${f.ruleId}:${f.message}`;
  for (const f of findings) {
    if (!firsts.some((first) => within(f.range, first))) continue;
    const k = key(f.range.start.line, f.range.start.character, f);
    const list = at.get(k);
    if (list) list.push(f);
    else at.set(k, [f]);
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
      if (original.fix && f.fix) {
        const edits = extra.get(original);
        if (edits) edits.push(...f.fix.edits);
        else extra.set(original, [...f.fix.edits]);
      }
    }
  }
  if (dropped.size === 0) return findings;
  // New objects: the findings may be kept in a cache between lints (IncrementalLinter) and must stay as found.
  return findings.filter((f) => !dropped.has(f)).map((f) => (extra.has(f) ? { ...f, fix: { ...f.fix!, edits: [...f.fix!.edits, ...extra.get(f)!] } } : f));
}

function within(inner: Range, outer: Range): boolean {
  return comparePoint(outer.start, inner.start) <= 0 && comparePoint(inner.end, outer.end) <= 0;
}
