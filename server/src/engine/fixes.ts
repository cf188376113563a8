// Applying the fixes recorded with findings: one home for the editor's fix-all, the CLI's --fix and the tests.
// Fixes of different findings may touch the same text; a fix whose edits overlap one already taken is left for
// the next round (re-lint, apply again), so a round never produces text that no rule asked for.

import type { Finding, Position, Range, TextEdit } from './types';

/** Compares two positions: negative when a is before b. */
export function comparePosition(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function overlaps(a: Range, b: Range): boolean {
  // Two insertions at one point conflict too (their order would be arbitrary).
  if (comparePosition(a.start, b.start) === 0) return true;
  return comparePosition(a.start, b.end) < 0 && comparePosition(b.start, a.end) < 0;
}

/** The edits of every fix that does not overlap an earlier one, in document order. */
export function compatibleEdits(findings: readonly Pick<Finding, 'fix'>[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits?.length) continue;
    if (edits.some((e) => taken.some((t) => overlaps(e.range, t.range)))) continue;
    taken.push(...edits);
  }
  return taken.sort((a, b) => comparePosition(a.range.start, b.range.start));
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
