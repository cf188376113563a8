// What crosses from the lint worker to the server's thread for each lint: the findings that differ from those the
// worker sent last for the same document, and for the others only their place in that last list. On a long draft an
// edit leaves nearly every finding as it was, and some findings carry a fix of tens of thousands of edits (half-width
// marks throughout): copying them across the thread for every keystroke cost more than the lint itself. Such a fix,
// built only when read (deferred), goes without its edits (lazy-fixes.ts), and is compared by its title alone: the
// server asks for the edits of the reply at hand, so a finding that kept its place keeps its index.

import type { Finding, Range, TextEdit } from './engine';
import { isDeferredFix, wireFinding } from './lazy-fixes';

/**
 * A finding, or the index of the same finding in the list sent last, or that index and a number of lines: the same
 * finding moved down (or up) by them — every finding below a line break or a join (≈ 600 of 1,500 on the 3 MB draft,
 * with their fixes and related places: 200 KB cloned across the thread per line break).
 */
export type FindingOrSame = Finding | number | Moved;

/** [index in the list sent last, lines moved]. */
export type Moved = [number, number];

/** How far ahead in the list sent last a finding is looked for (past it, by position and content through a map). */
const LOOKAHEAD = 64;

/**
 * The bytes behind encodeFindings' `taken`, kept from call to call (read only while it runs): a new array per keystroke
 * was a malloc'd block of one byte per finding (≈ 1.5 KB on the 3 MB draft) outside V8's heap.
 */
let takenBlock = new Uint8Array(0);

/** `n` zeroed bytes of the kept block. */
function takenBytes(n: number): Uint8Array {
  if (takenBlock.length < n) takenBlock = new Uint8Array(n + (n >> 3) + 64);
  const bytes = takenBlock.subarray(0, n);
  bytes.fill(0);
  return bytes;
}

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
  const taken = takenBytes(previous.length);
  const encoded: FindingOrSame[] = new Array<FindingOrSame>(findings.length);
  let next = 0;
  let unmatched = false;
  // How many lines the last finding sent as moved had moved.
  let moves = 0;
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n];
    const end = Math.min(previous.length, next + LOOKAHEAD);
    let i = next;
    while (i < end && previous[i] !== f && !sameFinding(f, previous[i])) i++;
    if (i < end) {
      taken[i] = 1;
      encoded[n] = i;
      next = i + 1;
      continue;
    }
    // Moved by lines added or removed above it, looked for ahead as above: by as many lines as the one before it
    // moved, or with a neighbour in both lists moved alike (a lone finding that reads like a moved one — the same
    // message a few lines on — is left to the match by content below, or sent whole).
    i = next;
    while (i < end && !movedAlong(f, previous[i], moves, findings[n + 1], previous[i + 1], findings[n - 1], previous[i - 1])) i++;
    if (i < end) {
      taken[i] = 1;
      moves = f.range.start.line - previous[i].range.start.line;
      encoded[n] = [i, moves];
      next = i + 1;
    } else {
      encoded[n] = f;
      unmatched = true;
    }
  }
  if (!unmatched) return encoded;
  let byKey: Map<string, number[]> | undefined;
  let byContent: Map<string, number[]> | undefined;
  for (let n = 0; n < encoded.length; n++) {
    const f = encoded[n];
    if (typeof f === 'number' || Array.isArray(f)) continue;
    byKey ??= keysOf(previous, taken);
    const candidates = byKey.get(keyOf(f));
    const k = candidates ? candidates.findIndex((i) => sameFinding(f, previous[i])) : -1;
    if (k >= 0) {
      taken[candidates![k]] = 1;
      encoded[n] = candidates!.splice(k, 1)[0];
      continue;
    }
    // Moved far and by some lines: the same rule, message and columns elsewhere.
    byContent ??= contentsOf(previous, taken);
    const others = byContent.get(contentOf(f));
    const m = others ? others.findIndex((i) => !taken[i] && movedFinding(f, previous[i])) : -1;
    if (m >= 0) {
      const i = others!.splice(m, 1)[0];
      taken[i] = 1;
      encoded[n] = [i, f.range.start.line - previous[i].range.start.line];
    } else encoded[n] = wireFinding(f);
  }
  return encoded;
}

/** The previous findings not yet matched, by rule, message and columns. */
function contentsOf(previous: readonly Finding[], taken: Uint8Array): Map<string, number[]> {
  const byContent = new Map<string, number[]>();
  previous.forEach((f, i) => {
    if (taken[i]) return;
    const key = contentOf(f);
    const list = byContent.get(key);
    if (list) list.push(i);
    else byContent.set(key, [i]);
  });
  return byContent;
}

function contentOf(f: Finding): string {
  return `${f.range.start.character}-${f.range.end.character}|${f.ruleId}|${f.message}`;
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
    if (typeof f === 'number') {
      if (!previous || f >= previous.length) return undefined;
      out.push(previous[f]);
    } else if (Array.isArray(f)) {
      const [i, lines] = f;
      if (!previous || i >= previous.length) return undefined;
      out.push(moved(previous[i], lines));
    } else out.push(f);
  }
  return out;
}

/** The finding moved down by `lines` (every position of it: range, related places, fix edits, with all their fields). */
function moved(f: Finding, lines: number): Finding {
  const out: Finding = { ...f, range: shifted(f.range, lines) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shifted(r.range, lines) }));
  if (f.fix) out.fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, range: shifted(e.range, lines) })) };
  return out;
}

function shifted(range: Range, lines: number): Range {
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

/** Whether `a` is `b` moved by `moves` lines, or by others with the finding after it, or the one before, moved alike. */
function movedAlong(a: Finding, b: Finding, moves: number, nextA: Finding | undefined, nextB: Finding | undefined, lastA: Finding | undefined, lastB: Finding | undefined): boolean {
  if (!movedFinding(a, b)) return false;
  const lines = a.range.start.line - b.range.start.line;
  const alike = (x: Finding | undefined, y: Finding | undefined) => x !== undefined && y !== undefined && x.range.start.line - y.range.start.line === lines && movedFinding(x, y);
  return lines === moves || alike(nextA, nextB) || alike(lastA, lastB);
}

/**
 * Whether `a` is `b` moved by some lines other than none (every position of it by the same lines), with the same
 * rule, severity, messages and fix; never for a deferred fix (its edits are not read here).
 */
function movedFinding(a: Finding, b: Finding): boolean {
  const lines = a.range.start.line - b.range.start.line;
  if (lines === 0 || a.ruleId !== b.ruleId || a.severity !== b.severity || a.message !== b.message || !sameRange(a.range, b.range, lines)) return false;
  if ((a.related?.length ?? -1) !== (b.related?.length ?? -1)) return false;
  if (a.related?.some((r, i) => r.message !== b.related![i].message || !sameRange(r.range, b.related![i].range, lines))) return false;
  if (!a.fix || !b.fix) return a.fix === b.fix;
  if (a.fix.title !== b.fix.title || isDeferredFix(a.fix) || isDeferredFix(b.fix)) return false;
  const [x, y] = [a.fix.edits, b.fix.edits];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i].newText !== y[i].newText || !sameRange(x[i].range, y[i].range, lines)) return false;
  return true;
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

/** Whether `a` is `b` (moved down by `lines`). */
function sameRange(a: Range, b: Range, lines = 0): boolean {
  return a.start.line === b.start.line + lines && a.start.character === b.start.character && a.end.line === b.end.line + lines && a.end.character === b.end.character;
}
