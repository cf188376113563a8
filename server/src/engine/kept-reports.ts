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
  /** The lines of the last run: a copy in a block kept from run to run (`count` of them; -1 before the first run). */
  private lines = new Int32Array(0);
  private count = -1;
  /** The block `scratch` hands out, kept from call to call. */
  private spare = new Int32Array(0);
  private reports: Report[] = [];

  /**
   * `n` numbers to fill with the lines to pass to `run`, from a block kept from call to call (valid until the next
   * call): a new Int32Array per keystroke is a malloc'd block outside V8's heap (one number per section: 11 KB on the
   * 3 MB draft), which, promoted by a scavenge during the lint, leaves a hole in glibc's arena when a full collection
   * frees it.
   */
  scratch(n: number): Int32Array {
    if (this.spare.length < n) this.spare = new Int32Array(n + (n >> 3) + 16);
    return this.spare.subarray(0, n);
  }

  /** Runs `check` (reporting through the function it is given), or reports again what it reported under the same key and lines. */
  run(context: { report(report: Report): void }, key: object, lines: Int32Array, check: (report: (report: Report) => void) => void): void {
    if (this.key === key && this.count === lines.length && sameLines(this.lines, lines)) {
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
    // Copied, not kept: the caller's array (scratch's block, or one made per call) is not held past the call.
    if (this.lines.length < lines.length) this.lines = new Int32Array(lines.length + (lines.length >> 3) + 16);
    this.lines.set(lines);
    this.count = lines.length;
    this.reports = reports;
  }
}

/** The first b.length numbers of `a` are b's (the caller compared the counts). */
function sameLines(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
