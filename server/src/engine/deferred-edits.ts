// A document-wide fix (every half-width mark of a draft, every ruby annotation: tens of thousands of edits) whose
// edits are put together only when something reads them. A line break moves every edit below it: building them again
// for each version cost more than the rest of the lint, and most versions' fixes are never read (the writer types on).
// The fix is a plain object whose `edits` is a getter, computed once: JSON, structured clone, spreading and equality
// read it like any other property.

import type { Position, TextEdit } from './types';

/** What the engine may know of a deferred fix without building its edits (deleted-text.ts reads it on every lint). */
export interface DeferredFacts {
  /** No edit deletes text (so no finding is dropped as inside text the fix deletes). */
  deletesNothing?: boolean;
  /** The fix deletes text: how many ranges, and where the stretch of deleted text holding a point ends (touching ones joined). */
  deletions?: { count: number; endAt(point: Position): Position | undefined };
  /** Every edit that starts on a line (and maybe others): what a check of one line reads (fixes on markers, fixes.ts). */
  editsOn(line: number): readonly TextEdit[];
}

const deferred = new WeakMap<object, DeferredFacts>();

/**
 * `fix` with `edits` built by `build` when first read. `build` must give the edits of the version that reported them
 * even when read after the next version (capture the lines it places them at, not the moving line objects).
 */
export function deferEdits<F extends object>(fix: F, build: () => TextEdit[], facts: DeferredFacts): F & { edits: TextEdit[] } {
  let edits: TextEdit[] | undefined;
  Object.defineProperty(fix, 'edits', { get: () => (edits ??= build()), enumerable: true, configurable: true });
  deferred.set(fix, facts);
  return fix as F & { edits: TextEdit[] };
}

/** A copy of `from`'s deferral onto `to` (a finding's fix made from a report's): the same edits, built once for both. */
export function copyEdits(from: { edits: TextEdit[] }, to: object): void {
  const facts = deferred.get(from);
  const getter = facts && Object.getOwnPropertyDescriptor(from, 'edits')?.get;
  if (!facts || !getter) {
    Object.assign(to, { edits: from.edits });
    return;
  }
  Object.defineProperty(to, 'edits', { get: getter, enumerable: true, configurable: true });
  deferred.set(to, facts);
}

/** Every edit of the fix that starts on `line` (and maybe others), without building a deferred fix's edits. */
export function editsOnLine(fix: { edits: TextEdit[] }, line: number): readonly TextEdit[] {
  return deferred.get(fix)?.editsOn(line) ?? fix.edits;
}

/** What is known of a deferred fix without reading its edits (undefined for a fix with its edits at hand). */
export function deferredFacts(fix: object): DeferredFacts | undefined {
  return deferred.get(fix);
}
