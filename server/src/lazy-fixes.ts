// A document-wide fix (every half-width mark of a draft, every ruby annotation: tens of thousands of edits) crosses
// from the lint worker without its edits: building, comparing and copying them cost a line break far more than the
// lint. The finding carries its fix's title and a mark; the server asks the worker for the edits only when a code
// action needs them, naming the reply (its `seq`) and the finding's place in it. The worker answers only for its
// last reply of the document: a fix of a version the writer has typed past is never offered.

import type { Finding, Fix, TextEdit } from './engine';
import { deferredFacts } from './engine/deferred-edits';
import type { RecordedFix } from './diagnostics';
import type { LintOutcome } from './document-store';

/** A fix sent without its edits (`edits` is empty): ask the linter for them (Linter.fixEdits). */
export type LazyFix = Fix & { lazy: true };

export function isLazyFix(fix: Fix | undefined): fix is LazyFix {
  return (fix as Partial<LazyFix> | undefined)?.lazy === true;
}

/** Whether the fix's edits are built only when read (so they are not sent, nor read to compare). */
export function isDeferredFix(fix: Fix | undefined): boolean {
  return fix !== undefined && deferredFacts(fix) !== undefined;
}

/** The finding as it crosses the thread: a deferred fix goes as its title and the mark, its edits unread. */
export function wireFinding(finding: Finding): Finding {
  if (!isDeferredFix(finding.fix)) return finding;
  const fix: LazyFix = { title: finding.fix!.title, edits: [], lazy: true };
  return { ...finding, fix };
}

/** Where a lazy fix's edits are asked for: the reply's number and the finding's place in it. */
export interface LazyFixRef {
  seq: number;
  index: number;
}

/** The edits of finding `index` of the reply `seq`, if `seq` is the last reply (else undefined: gone). */
export function editsOfReply(last: { seq: number; findings: readonly Finding[] } | undefined, seq: number, index: number): TextEdit[] | undefined {
  if (!last || last.seq !== seq) return undefined;
  return last.findings[index]?.fix?.edits;
}

/** Asks for a lazy fix's edits (Linter.fixEdits); undefined when its reply is gone. */
export type EditsSource = (ref: LazyFixRef) => Promise<TextEdit[] | undefined>;

/** What is asked for per recorded fix: one question, whoever needs it (a quick fix, then fix-all). */
const asked = new WeakMap<RecordedFix, Promise<TextEdit[] | undefined>>();

/**
 * The outcome with the fixes `wanted` picks given their edits (asked for where lazy); a lazy fix whose reply is gone is
 * dropped, and so is its finding's fix. The others are left as they are (a lightbulb never pulls a document-wide fix
 * it does not show). The same outcome when nothing wanted is lazy.
 */
export async function withFixEdits(outcome: LintOutcome, source: EditsSource, wanted: (fix: RecordedFix, key: string) => boolean = () => true): Promise<LintOutcome> {
  const lazy = [...outcome.fixes].filter(([key, r]) => r.lazy && wanted(r, key));
  if (lazy.length === 0) return outcome;
  const fixes = new Map(outcome.fixes);
  const findings = [...outcome.findings];
  for (const [key, recorded] of lazy) {
    const ref = recorded.lazy!;
    let edits = asked.get(recorded);
    if (!edits) asked.set(recorded, (edits = source(ref).catch(() => undefined)));
    const got = await edits;
    const finding = findings[ref.index];
    if (got) {
      const fix = { title: recorded.fix.title, edits: got };
      fixes.set(key, { ruleId: recorded.ruleId, fix });
      if (finding) findings[ref.index] = { ...finding, fix };
    } else {
      fixes.delete(key);
      if (finding) findings[ref.index] = withoutFix(finding);
    }
  }
  return { ...outcome, fixes, findings };
}

function withoutFix(finding: Finding): Finding {
  const { fix: _, ...rest } = finding;
  return rest;
}
