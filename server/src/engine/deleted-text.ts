// One defect, one finding: findings inside text that another finding's fix deletes are dropped.

import { deferredFacts } from './deferred-edits';
import { mergedEdits } from './fixes';
import type { Finding, Position, Range, TextEdit } from './types';
import { pushAll } from './arrays';

/**
 * One defect, one finding: text that a fix deletes (a line of page furniture, a run of ruby pinyin) is going
 * away, so the other findings inside it (its half-width comma, its unpaired quote) are noise and are dropped.
 * Findings whose own fix deletes text are kept, and so are findings whose fix also changes text elsewhere.
 */
export function dropInsideDeletions(findings: Finding[]): Finding[] {
  let largest: FixDeletions | undefined;
  const others: FixDeletions[] = [];
  for (const f of findings) {
    const read = f.fix && fixRead(f);
    if (!read?.count) continue;
    if (largest && read.count <= largest.count) others.push(read);
    else {
      if (largest) others.push(largest);
      largest = read;
    }
  }
  if (!largest) return findings;
  // The largest fix (ruby pinyin throughout: tens of thousands of deletions) keeps its stretches with its edits across
  // lints, or knows them without its edits (deferred-edits.ts); the others, a few, are merged afresh. A range is inside
  // deleted text when inside a stretch of their union.
  const big = largest.endAt ?? endsIn((largest.stretches ??= stretchesOf(largest.ranges())));
  const rest: Range[] = [];
  for (const o of others) for (const r of o.ranges()) rest.push(r);
  const small = stretchesOf(rest.sort(compareRanges));
  const inside = (range: Range) => {
    const end = unionEnd(big, small, range.start);
    return end !== undefined && comparePoint(range.end, end) <= 0;
  };
  // Whether each finding stays, kept while the deletions are the same (the same largest fix, the others' stretches
  // equal): a finding kept between lints (run-rules.ts) is not looked up again. One map while the deletions stay, each
  // entry stamped with the lint that last saw its finding, and those of findings gone since taken out after each lint:
  // neither a new map of every finding per keystroke (0.24 MB on a 3 MB draft) nor one that holds every finding made
  // since typing began (≈ 900 new objects a keystroke; its table grew to 1 MB).
  const key: object = largest.endAt ?? largest;
  const last = lastVerdicts.get(key);
  const known = last && sameStretches(last.small, small) ? last : undefined;
  const verdicts = known?.stays ?? new Map<Finding, number>();
  const lint = known ? known.lint + 1 : 1;
  lastVerdicts.set(key, { small, stays: verdicts, lint });
  // A finding goes when it sits inside deleted text and so does everything its fix would change.
  const kept = findings.filter((f) => {
    const was = known ? verdicts.get(f) : undefined;
    const stays = was !== undefined ? (was & 1) === 1 : (f.fix !== undefined && fixRead(f).deletes) || !(inside(f.range) && (f.fix?.edits ?? []).every((e) => inside(e.range)));
    verdicts.set(f, 2 * lint + (stays ? 1 : 0));
    return stays;
  });
  // (forEach: no [key, value] pair made per entry.)
  if (known) verdicts.forEach((stamp, f) => stamp >> 1 !== lint && verdicts.delete(f));
  return kept;
}

/**
 * By the largest fix of the last lint (or what it knows of its deletions): the others' stretches, and whether each
 * finding of that lint stayed: 2 × the lint's number (counted while the deletions are the same), + 1 when it stayed.
 * Weak: a closed draft's last verdicts go with its findings (one module-wide last held the closed 3 MB draft's whole
 * model through the ruby fix's closure until another draft was linted: ≈ 44 MB of the worker's heap; perf56).
 */
const lastVerdicts = new WeakMap<object, { small: Range[]; stays: Map<Finding, number>; lint: number }>();

function sameStretches(a: Range[], b: Range[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (comparePoint(a[i].start, b[i].start) !== 0 || comparePoint(a[i].end, b[i].end) !== 0) return false;
  return true;
}

/** Sorted deletions merged into disjoint stretches in document order (touching ones join). */
function stretchesOf(sorted: Range[]): Range[] {
  const merged: Range[] = [];
  for (const d of sorted) {
    const last = merged[merged.length - 1];
    // A new object only where two deletions join (the findings' own ranges are never changed).
    if (!last || comparePoint(d.start, last.end) > 0) merged.push(d);
    else if (comparePoint(d.end, last.end) > 0) merged[merged.length - 1] = { start: last.start, end: d.end };
  }
  return merged;
}

/**
 * Where the stretch of the union of two sets of stretches that holds `point` ends, or undefined when none holds it:
 * from the stretches holding the point, carried on through those holding where it has reached (they touch or overlap).
 */
function unionEnd(a: (point: Position) => Position | undefined, b: Range[], point: Position): Position | undefined {
  let reach: Position | undefined;
  for (let at: Position | undefined = point; at; ) {
    const next = furthest(a(at), b, at);
    at = next && (!reach || comparePoint(next, reach) > 0) ? next : undefined;
    if (at) reach = at;
  }
  return reach;
}

/** Where the stretch holding a point ends, read from sorted disjoint stretches. */
function endsIn(stretches: Range[]): (point: Position) => Position | undefined {
  return (point) => furthest(undefined, stretches, point);
}

/** The later of `end` and the end of the stretch of `stretches` holding `point`. */
function furthest(end: Position | undefined, stretches: Range[], point: Position): Position | undefined {
  let lo = 0;
  let hi = stretches.length - 1;
  if (hi < 0) return end;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (comparePoint(stretches[mid].start, point) <= 0) lo = mid;
    else hi = mid - 1;
  }
  const d = stretches[lo];
  if (comparePoint(d.start, point) > 0 || comparePoint(point, d.end) > 0) return end;
  return !end || comparePoint(d.end, end) > 0 ? d.end : end;
}

/** What a fix deletes, read once per array of edits (a finding kept between lints, or a document-wide fix, keeps it). */
interface FixDeletions {
  /** Some edit of the fix deletes text (or inserts nothing). */
  deletes: boolean;
  /** How many ranges it deletes. */
  count: number;
  /** The ranges it deletes, in document order. */
  ranges(): Range[];
  /** Where the stretch of deleted text holding a point ends, known without the edits (a deferred fix). */
  endAt?: (point: Position) => Position | undefined;
  /** The ranges merged into stretches, when this is the largest fix of a lint. */
  stretches?: Range[];
}

const fixesRead = new WeakMap<TextEdit[], FixDeletions>();

const NO_DELETIONS: FixDeletions = { deletes: false, count: 0, ranges: () => [] };

function fixRead(f: Finding): FixDeletions {
  // A document-wide fix built only when read says what it deletes: its edits are not built here.
  const facts = deferredFacts(f.fix!);
  if (facts?.deletesNothing) return NO_DELETIONS;
  if (facts?.deletions) return { deletes: true, count: facts.deletions.count, ranges: () => editsRead(f.fix!.edits).ranges(), endAt: facts.deletions.endAt };
  return editsRead(f.fix!.edits);
}

function editsRead(edits: TextEdit[]): FixDeletions {
  let read = fixesRead.get(edits);
  if (read) return read;
  let deletes = false;
  const out: Range[] = [];
  for (const e of edits) {
    if (e.newText !== '') continue;
    deletes = true;
    if (comparePoint(e.range.start, e.range.end) < 0) out.push(e.range);
  }
  // A fix's edits are mostly in order already: sorted only when they are not.
  for (let k = 1; k < out.length; k++) {
    if (compareRanges(out[k - 1], out[k]) > 0) {
      out.sort(compareRanges);
      break;
    }
  }
  read = { deletes, count: out.length, ranges: () => out };
  fixesRead.set(edits, read);
  return read;
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
  const copies: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.ruleId === 'duplicate-text' && f.related?.length) copies.push(i);
  }
  if (copies.length === 0) return findings;
  // Every finding's range read once into flat arrays: the findings come from every rule, each with ranges of its own
  // shape, and reading them again for each copy cost more than the rest of this pass.
  const n = findings.length;
  let lastLine = 0;
  for (let i = 0; i < n; i++) if (findings[i].range.start.line > lastLine) lastLine = findings[i].range.start.line;
  // The pass's typed arrays are views of one block (perf44): six blocks a lint of a few KB each (≈ 100 KB on a 3 MB
  // draft) came and went in glibc's arena with every keystroke; one block is one allocation, freed whole.
  const block = new Int32Array(5 * n + 2 * (lastLine + 2) + Math.ceil(n / 2));
  let used = 0;
  const ints = (length: number) => block.subarray(used, (used += length));
  const at4 = ints(4 * n);
  const ruleIds: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    const { start, end } = f.range;
    at4[4 * i] = start.line;
    at4[4 * i + 1] = start.character;
    at4[4 * i + 2] = end.line;
    at4[4 * i + 3] = end.character;
    ruleIds[i] = f.ruleId;
  }
  const firsts = copies.map((c) => flat(findings[c].related![0].range));
  const insideFlat = (i: number, outer: Int32Array) =>
    (outer[0] < at4[4 * i] || (outer[0] === at4[4 * i] && outer[1] <= at4[4 * i + 1])) &&
    (at4[4 * i + 2] < outer[2] || (at4[4 * i + 2] === outer[2] && at4[4 * i + 3] <= outer[3]));
  // The findings by the line they start on: those inside a range are read from its lines, not by reading all of them
  // for each copy (nine copies of a compilation in one draft read every finding ten times).
  const lineStart = ints(lastLine + 2);
  for (let i = 0; i < n; i++) lineStart[at4[4 * i] + 1]++;
  for (let l = 0; l <= lastLine; l++) lineStart[l + 1] += lineStart[l];
  const byLine = ints(n);
  const fill = ints(lastLine + 1);
  fill.set(lineStart.subarray(0, lastLine + 1));
  for (let i = 0; i < n; i++) byLine[fill[at4[4 * i]]++] = i;
  const flags = new Uint8Array(block.buffer, block.byteOffset + 4 * used, 2 * n);
  const marked = flags.subarray(0, n);
  /** The indices of the findings inside `outer`, ascending. */
  const insideOf = (outer: Int32Array): number[] => {
    let count = 0;
    for (let l = Math.max(0, outer[0]); l <= Math.min(outer[2], lastLine); l++) {
      for (let k = lineStart[l]; k < lineStart[l + 1]; k++) {
        const i = byLine[k];
        if (insideFlat(i, outer)) {
          marked[i] = 1;
          count++;
        }
      }
    }
    const out: number[] = [];
    for (let i = 0; i < n && out.length < count; i++) {
      if (!marked[i]) continue;
      marked[i] = 0;
      out.push(i);
    }
    return out;
  };
  const dropped = flags.subarray(n, 2 * n);
  let droppedCount = 0;
  const extra = new Map<Finding, TextEdit[]>();
  copies.forEach((c, k) => {
    const copy = findings[c];
    const first = firsts[k];
    const range = flat(copy.range);
    const lines = range[0] - first[0];
    const columns = range[1] - first[1];
    for (const i of insideOf(range)) {
      if (i === c || ruleIds[i] === 'duplicate-text') continue;
      // On the copy's first line the columns shift with it; on the lines after, a whole line was copied.
      const line = at4[4 * i] - lines;
      const character = at4[4 * i] === range[0] ? at4[4 * i + 1] - columns : at4[4 * i + 1];
      if (line < 0 || line > lastLine) continue;
      const f = findings[i];
      let original: Finding | undefined;
      // Where it could be found again: the findings starting there (in the order they came), inside the first copy.
      for (let q = lineStart[line]; q < lineStart[line + 1]; q++) {
        const o = byLine[q];
        if (at4[4 * o + 1] !== character) continue;
        if (o !== i && ruleIds[o] === ruleIds[i] && findings[o].message === f.message && insideFlat(o, first) && !dropped[o]) {
          original = findings[o];
          break;
        }
      }
      if (!original) continue;
      // Inside two overlapping copies (an item pasted three times), it is dropped once and its fix moved once: the
      // same edit twice in the kept finding's fix would overlap itself (fuzz50).
      if (dropped[i]) continue;
      droppedCount++;
      dropped[i] = 1;
      // Its fix goes with the one finding kept, so that one round of fixes mends both copies.
      if (original.fix && f.fix) {
        const edits = extra.get(original);
        if (edits) pushAll(edits, f.fix.edits);
        else extra.set(original, [...f.fix.edits]);
      }
    }
  });
  if (droppedCount === 0) return findings;
  // New objects: the findings may be kept in a cache between lints (IncrementalLinter) and must stay as found.
  const kept: Finding[] = [];
  for (let i = 0; i < n; i++) {
    if (dropped[i]) continue;
    const f = findings[i];
    const more = extra.get(f);
    // A copy's edit that overlaps the kept fix's own (the same later markers renumbered otherwise) is left out.
    kept.push(more ? { ...f, fix: { ...f.fix!, edits: mergedEdits(f.fix!.edits, more) } } : f);
  }
  return kept;
}

function flat({ start, end }: Range): Int32Array {
  return Int32Array.of(start.line, start.character, end.line, end.character);
}
