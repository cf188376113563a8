// Applying the fixes recorded with findings: one home for the editor's fix-all, the CLI's --fix and the tests.
// Fixes of different findings may touch the same text; a fix whose edits overlap one already taken is left for
// the next round (re-lint, apply again), so a round never produces text that no rule asked for.

import { editsOnLine } from './deferred-edits';
import { formatMessage } from './i18n';
import type { Marker } from './model/markers';
import type { Finding, Fix, Locale, Message, Position, Range, TextEdit } from './types';

/** Compares two positions: negative when a is before b. */
export function comparePosition(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function overlaps(a: Range, b: Range): boolean {
  // Two insertions at one point conflict too (their order would be arbitrary).
  if (comparePosition(a.start, b.start) === 0) return true;
  return comparePosition(a.start, b.end) < 0 && comparePosition(b.start, a.end) < 0;
}

/**
 * The edits of every fix that does not overlap an earlier one, in document order. The edits taken are kept sorted, so
 * each edit is checked against its two neighbours only (a fix-all of 16,000 edits took 9 s when each was checked
 * against every edit taken: fuzz50). A fix whose own edits overlap one another is left out: it cannot be applied.
 */
export function compatibleEdits(findings: readonly Pick<Finding, 'fix'>[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits?.length) continue;
    if (edits.some((e) => clashesWithSorted(taken, e.range)) || (edits.length > 1 && overlapsItself(edits))) continue;
    for (const e of edits) taken.splice(firstStartingAfter(taken, e.range.start), 0, e);
  }
  return taken;
}

/**
 * `base` with each edit of `more` that overlaps neither `base` nor an edit of `more` kept before it: one fix made of
 * another's edits and its own (the copies of a pasted passage, mended in one round) that stays applicable.
 */
export function mergedEdits(base: readonly TextEdit[], more: readonly TextEdit[]): TextEdit[] {
  const sorted = [...base].sort((a, b) => comparePosition(a.range.start, b.range.start));
  const merged = [...base];
  for (const e of more) {
    if (clashesWithSorted(sorted, e.range)) continue;
    sorted.splice(firstStartingAfter(sorted, e.range.start), 0, e);
    merged.push(e);
  }
  return merged;
}

/** The index of the first edit of `sorted` (sorted by start, none overlapping) that starts after `at`. */
function firstStartingAfter(sorted: readonly TextEdit[], at: Position): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePosition(sorted[mid].range.start, at) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `range` overlaps an edit of `sorted` (sorted by start, none overlapping): only its neighbours can. */
function clashesWithSorted(sorted: readonly TextEdit[], range: Range): boolean {
  const i = firstStartingAfter(sorted, range.start);
  const before = sorted[i - 1];
  const after = sorted[i];
  return (before !== undefined && overlaps(before.range, range)) || (after !== undefined && overlaps(after.range, range));
}

function overlapsItself(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => comparePosition(a.range.start, b.range.start));
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i - 1].range, sorted[i].range)) return true;
  return false;
}

/** Line start offsets as the LSP counts lines (\r\n, \n and \r each end a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** Offset of an LSP position; a character past the end of its line means the line's end (as in LSP). */
export function offsetAt(text: string, starts: readonly number[], position: Position): number {
  if (position.line >= starts.length) return text.length;
  const lineStart = starts[position.line];
  let lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return Math.min(lineStart + position.character, lineEnd);
}

/** Applies non-overlapping edits to the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map((e) => ({ start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const span of spans) {
    if (span.start < pos) throw new Error(`overlapping edits at offset ${span.start}`);
    out += text.slice(pos, span.start) + span.newText;
    pos = span.end;
  }
  return out + text.slice(pos);
}

/** One round of fixes: every fix that does not collide with an earlier one. */
export function applyFixes(text: string, findings: readonly Pick<Finding, 'fix'>[]): { text: string; applied: number } {
  const edits = compatibleEdits(findings);
  return { text: edits.length ? applyEdits(text, edits) : text, applied: edits.length };
}

const MERGED: Message = { zh: '改为“{expected}”', en: 'Change to “{expected}”' };
const MERGED_AND_AFTER: Message = { zh: '改为“{expected}”并顺延后续编号', en: 'Change to “{expected}” and renumber the items after it' };

/**
 * Several findings on one marker (（二）、 with a wrong number and a stray 、) each fix part of it; offered apart,
 * taking one leaves the other's mistake ("改为（二）" keeps the wrong number). Their fixes become one, which
 * writes the marker as all of them together would, plus whatever else each fix changed (later numbers).
 */
export function mergeFixesOnMarkers(findings: Finding[], markers: readonly Marker[], locale: Locale): void {
  const onMarker = new Map<Marker, number[]>();
  findings.forEach((finding, i) => {
    const m = finding.fix && markerOn(markers, finding.range.start.line);
    // Only the marker's line is read: a document-wide fix is not built for it (deferred-edits.ts).
    if (!m || !editsOnLine(finding.fix!, m.line).some((e) => inside(e.range, m))) return;
    const list = onMarker.get(m) ?? [];
    list.push(i);
    onMarker.set(m, list);
  });
  for (const [marker, list] of onMarker) {
    if (list.length < 2) continue;
    const merged = mergedFix(marker, list.map((i) => findings[i].fix!), locale);
    // Copies: a finding may be kept for the next lint of the same text (run-rules.ts), without the merge.
    if (merged) for (const i of list) findings[i] = { ...findings[i], fix: merged };
  }
}

/** The marker of a line (the last one on it), found by halves in the markers in line order: no map of every marker per lint. */
function markerOn(markers: readonly Marker[], line: number): Marker | undefined {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].line > line) hi = mid;
    else lo = mid + 1;
  }
  const m = markers[lo - 1];
  return m?.line === line ? m : undefined;
}

function inside(range: Range, m: Marker): boolean {
  return range.start.line === m.line && range.end.line === m.line && range.start.character >= m.start && range.end.character <= m.end;
}

function mergedFix(marker: Marker, fixes: Fix[], locale: Locale): Fix | undefined {
  const within: TextEdit[] = [];
  const elsewhere: TextEdit[] = [];
  for (const edit of fixes.flatMap((f) => f.edits)) {
    const list = inside(edit.range, marker) ? within : elsewhere;
    if (!list.some((e) => sameEdit(e, edit))) list.push(edit);
  }
  if (hasOverlap(elsewhere)) return undefined;
  const text = markerAfter(marker, within);
  if (text === undefined) return undefined;
  const whole: TextEdit = { range: { start: { line: marker.line, character: marker.start }, end: { line: marker.line, character: marker.end } }, newText: text };
  const title = formatMessage(elsewhere.length ? MERGED_AND_AFTER : MERGED, locale, { expected: text });
  return { title, edits: [whole, ...elsewhere].sort((a, b) => comparePosition(a.range.start, b.range.start)) };
}

/**
 * The marker's text with every edit inside it applied. A new number (an edit of exactly the number) and a new
 * form written with the old number (1、 → 1.) overlap: the form is applied, then the number put into it.
 */
function markerAfter(marker: Marker, edits: TextEdit[]): string | undefined {
  const isNumber = (e: TextEdit) => e.range.start.character === marker.numberStart && e.range.end.character === marker.numberEnd;
  const number = edits.find(isNumber);
  const others = edits.filter((e) => e !== number);
  if (hasOverlap(others)) return undefined;
  const apply = (text: string, list: TextEdit[]) => {
    for (const e of [...list].sort((a, b) => b.range.start.character - a.range.start.character)) {
      text = text.slice(0, e.range.start.character - marker.start) + e.newText + text.slice(e.range.end.character - marker.start);
    }
    return text;
  };
  if (!number || !hasOverlap([number, ...others])) return apply(marker.text, edits);
  const written = marker.text.slice(marker.numberStart - marker.start, marker.numberEnd - marker.start);
  const reformed = apply(marker.text, others);
  const at = reformed.indexOf(written);
  return at < 0 ? undefined : reformed.slice(0, at) + number.newText + reformed.slice(at + written.length);
}

function hasOverlap(edits: TextEdit[]): boolean {
  return edits.some((a, i) => edits.some((b, j) => i < j && overlaps(a.range, b.range)));
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.newText === b.newText && comparePosition(a.range.start, b.range.start) === 0 && comparePosition(a.range.end, b.range.end) === 0;
}
