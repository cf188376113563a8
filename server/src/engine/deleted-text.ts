// One defect, one finding: findings inside text that another finding's fix deletes are dropped.

import { LastResult } from './last-result';
import type { Finding, Range, TextEdit } from './types';

/**
 * One defect, one finding: text that a fix deletes (a line of page furniture, a run of ruby pinyin) is going
 * away, so the other findings inside it (its half-width comma, its unpaired quote) are noise and are dropped.
 * Findings whose own fix deletes text are kept, and so are findings whose fix also changes text elsewhere.
 */
export function dropInsideDeletions(findings: Finding[]): Finding[] {
  const lists: Range[][] = [];
  for (const f of findings) {
    const own = f.fix && fixRead(f).deletions;
    if (own?.length) lists.push(own);
  }
  if (lists.length === 0) return findings;
  const merged = stretchesRead.get(lists, () => stretchesOf(lists));
  // A finding goes when it sits inside deleted text and so does everything its fix would change.
  return findings.filter((f) => {
    if (f.fix && fixRead(f).deletes) return true;
    return !(stretchAt(merged, f.range, 0) >= 0 && (f.fix?.edits ?? []).every(insideEach(merged)));
  });
}

/**
 * The deleted text of the last lint, given again while the same fixes delete it (a document-wide fix keeps its array of
 * edits across lints while no unit's edits changed).
 */
const stretchesRead = new LastResult<Range[]>();

/** The deletions merged into disjoint stretches in document order, so each finding needs one binary search. */
function stretchesOf(lists: Range[][]): Range[] {
  const merged: Range[] = [];
  for (const d of mergeSorted(lists)) {
    const last = merged[merged.length - 1];
    // A new object only where two deletions join (the findings' own ranges are never changed).
    if (!last || comparePoint(d.start, last.end) > 0) merged.push(d);
    else if (comparePoint(d.end, last.end) > 0) merged[merged.length - 1] = { start: last.start, end: d.end };
  }
  return merged;
}

/**
 * The index of the stretch holding `range`, or -1; searched by halves from `from`, the stretch of the range before
 * when the ranges come in order.
 */
function stretchAt(merged: Range[], range: Range, from: number): number {
  let lo = from;
  let hi = merged.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (comparePoint(merged[mid].start, range.start) <= 0) lo = mid;
    else hi = mid - 1;
  }
  const d = merged[lo];
  return comparePoint(d.start, range.start) <= 0 && comparePoint(range.end, d.end) <= 0 ? lo : -1;
}

/** A test of each edit of one fix in turn: a fix of thousands of edits in order is searched from where the last one was. */
function insideEach(merged: Range[]): (e: TextEdit) => boolean {
  let at = 0;
  let last: Range['start'] | undefined;
  return (e) => {
    if (last && comparePoint(e.range.start, last) < 0) at = 0;
    last = e.range.start;
    const found = stretchAt(merged, e.range, at);
    if (found >= 0) at = found;
    return found >= 0;
  };
}

/** What a fix deletes, read once per array of edits (a finding kept between lints, or a document-wide fix, keeps it). */
interface FixDeletions {
  /** Some edit of the fix deletes text (or inserts nothing). */
  deletes: boolean;
  /** The ranges it deletes, in document order. */
  deletions: Range[];
}

const fixesRead = new WeakMap<TextEdit[], FixDeletions>();

function fixRead(f: Finding): FixDeletions {
  let read = fixesRead.get(f.fix!.edits);
  if (read) return read;
  read = { deletes: false, deletions: [] };
  for (const e of f.fix!.edits) {
    if (e.newText !== '') continue;
    read.deletes = true;
    if (comparePoint(e.range.start, e.range.end) < 0) read.deletions.push(e.range);
  }
  // A fix's edits are mostly in order already: sorted only when they are not.
  const out = read.deletions;
  for (let k = 1; k < out.length; k++) {
    if (compareRanges(out[k - 1], out[k]) > 0) {
      out.sort(compareRanges);
      break;
    }
  }
  fixesRead.set(f.fix!.edits, read);
  return read;
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
  // Where a finding could be found again: only those inside a first copy, by line and column (no key strings).
  const at = new Map<number, Map<number, Finding[]>>();
  for (const f of findings) {
    if (!firsts.some((first) => within(f.range, first))) continue;
    const { line, character } = f.range.start;
    let columns = at.get(line);
    if (!columns) at.set(line, (columns = new Map()));
    const list = columns.get(character);
    if (list) list.push(f);
    else columns.set(character, [f]);
  }
  const dropped = new Set<Finding>();
  const extra = new Map<Finding, TextEdit[]>();
  for (const copy of copies) {
    const first = copy.related![0].range;
    const lines = copy.range.start.line - first.start.line;
    const columns = copy.range.start.character - first.start.character;
    for (const f of findings) {
      if (!within(f.range, copy.range) || f === copy || f.ruleId === 'duplicate-text') continue;
      // On the copy's first line the columns shift with it; on the lines after, a whole line was copied.
      const line = f.range.start.line - lines;
      const character = f.range.start.line === copy.range.start.line ? f.range.start.character - columns : f.range.start.character;
      const same = (o: Finding) => o !== f && o.ruleId === f.ruleId && o.message === f.message && within(o.range, first) && !dropped.has(o);
      const original = at.get(line)?.get(character)?.find(same);
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
