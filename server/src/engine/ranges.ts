// Small constructors for LSP ranges.

import type { Report } from './rule';
import type { Range } from './types';

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The range moved down by `delta` lines (its text moved with a line break above it; each column stays). */
export function shiftRange(range: Range, delta: number): Range {
  return { start: { line: range.start.line + delta, character: range.start.character }, end: { line: range.end.line + delta, character: range.end.character } };
}

/** A rule's report moved down by `delta` lines: its range, its fix's edits and its related ranges. */
export function shiftReport(report: Report, delta: number): Report {
  const shifted: Report = { ...report, range: shiftRange(report.range, delta) };
  if (report.fix) shifted.fix = { ...report.fix, edits: report.fix.edits.map((e) => ({ range: shiftRange(e.range, delta), newText: e.newText })) };
  if (report.related) shifted.related = report.related.map((r) => ({ ...r, range: shiftRange(r.range, delta) }));
  return shifted;
}
