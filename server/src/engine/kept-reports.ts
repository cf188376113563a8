// What a rule's document part reported, reported again while what it read is the same: a keystroke that leaves the
// outline as it was (the same sections, their markers on the same lines) need not group 3,000 sections again.

import type { Report } from './rule';

/**
 * The reports of one document part for the last version it ran on, keyed by an object it read (the outline's list of
 * sections: the same array while the outline is kept) and the lines it read that object at (an outline moved with the
 * lines is the same array with its markers on other lines).
 */
export class KeptReports {
  private key?: object;
  private lines?: Int32Array;
  private reports: Report[] = [];

  /** Runs `check` (reporting through the function it is given), or reports again what it reported under the same key and lines. */
  run(context: { report(report: Report): void }, key: object, lines: Int32Array, check: (report: (report: Report) => void) => void): void {
    if (this.key === key && this.lines !== undefined && sameLines(this.lines, lines)) {
      for (const r of this.reports) context.report(r);
      return;
    }
    // Forgotten while it runs: a throw half-way leaves nothing half-kept.
    this.key = undefined;
    const reports: Report[] = [];
    check((r) => {
      reports.push(r);
      context.report(r);
    });
    this.key = key;
    this.lines = lines;
    this.reports = reports;
  }
}

function sameLines(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
