// What crosses from the lint worker to the server's thread for each lint: the findings that differ from those the
// worker sent last for the same document, and for the others only their place in that last list. On a long draft an
// edit leaves nearly every finding as it was, and some findings carry a fix of tens of thousands of edits (half-width
// marks throughout): copying them across the thread for every keystroke cost more than the lint itself. Such a fix,
// built only when read (deferred), goes without its edits (lazy-fixes.ts), and is compared by its title alone: the
// server asks for the edits of the reply at hand, so a finding that kept its place keeps its index.

import type { Finding, Range, TextEdit } from './engine';
import { isDeferredFix, wireFinding } from './lazy-fixes';

/** A finding, or the index of the same finding in the list sent last. */
export type FindingOrSame = Finding | number;

/** How far ahead in the list sent last a finding is looked for (past it, by position and content through a map). */
const LOOKAHEAD = 64;

/**
 * Encodes `findings` against the list sent last (`previous`). Findings are sorted by position, and an edit leaves
 * nearly all of them as they were, in the same order: the very same object (the incremental linter keeps the findings
 * of the paragraphs the edit left alone), or an equal one (a document part's findings are made afresh per lint: ≈ 480
 * of 1,500 on the 3 MB draft). Both lists are walked together, each finding matched with the first of the next few
 * previous ones that is it or equals it; only the rest (new, or moved far) are looked up by position and content among
 * the previous findings no other took. (A map of the previous list by identity, and a key string for each finding made
 * afresh, cost 2–5 ms per lint.)
 */
export function encodeFindings(findings: readonly Finding[], previous: readonly Finding[] | undefined): FindingOrSame[] {
  if (!previous?.length) return findings.map(wireFinding);
  const taken = new Uint8Array(previous.length);
  const encoded: FindingOrSame[] = new Array<FindingOrSame>(findings.length);
  let next = 0;
  let unmatched = false;
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n];
    const end = Math.min(previous.length, next + LOOKAHEAD);
    let i = next;
    while (i < end && previous[i] !== f && !sameFinding(f, previous[i])) i++;
    if (i < end) {
      taken[i] = 1;
      encoded[n] = i;
      next = i + 1;
    } else {
      encoded[n] = f;
      unmatched = true;
    }
  }
  if (!unmatched) return encoded;
  let byKey: Map<string, number[]> | undefined;
  for (let n = 0; n < encoded.length; n++) {
    const f = encoded[n];
    if (typeof f === 'number') continue;
    byKey ??= keysOf(previous, taken);
    const candidates = byKey.get(keyOf(f));
    const k = candidates ? candidates.findIndex((i) => sameFinding(f, previous[i])) : -1;
    if (k >= 0) encoded[n] = candidates!.splice(k, 1)[0];
    else encoded[n] = wireFinding(f);
  }
  return encoded;
}

/** The previous findings not yet matched, by position and rule. */
function keysOf(previous: readonly Finding[], taken: Uint8Array): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  previous.forEach((f, i) => {
    if (taken[i]) return;
    const key = keyOf(f);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  return byKey;
}

/** Decodes a list encoded against `previous`; undefined when it refers to a finding `previous` does not have. */
export function decodeFindings(encoded: readonly FindingOrSame[], previous: readonly Finding[] | undefined): Finding[] | undefined {
  const out: Finding[] = [];
  for (const f of encoded) {
    if (typeof f !== 'number') out.push(f);
    else if (previous && f < previous.length) out.push(previous[f]);
    else return undefined;
  }
  return out;
}

function keyOf(f: Finding): string {
  const { start, end } = f.range;
  return `${start.line}:${start.character}-${end.line}:${end.character}|${f.ruleId}`;
}

export function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  if (a.ruleId !== b.ruleId || a.severity !== b.severity || a.message !== b.message || !sameRange(a.range, b.range)) return false;
  if ((a.related?.length ?? -1) !== (b.related?.length ?? -1)) return false;
  if (a.related?.some((r, i) => r.message !== b.related![i].message || !sameRange(r.range, b.related![i].range))) return false;
  if (!a.fix || !b.fix) return a.fix === b.fix;
  if (a.fix.title !== b.fix.title) return false;
  // A deferred fix's edits are never read here (that would build them): the title, and being deferred, suffice.
  const deferred = isDeferredFix(a.fix);
  if (deferred || isDeferredFix(b.fix)) return deferred === isDeferredFix(b.fix);
  return sameEdits(a.fix.edits, b.fix.edits);
}

function sameEdits(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i].newText !== b[i].newText || !sameRange(a[i].range, b[i].range))) return false;
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
