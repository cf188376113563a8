// Runs the rules over a parsed document. A rule's local part (checkParagraph / checkLine) runs once per unit; with a
// RuleCache, what it reported and returned is kept per unit (paragraph or line object) and reused while the unit and
// its context key are unchanged — placed again when the unit has moved to other lines. A full lint and an
// incremental one go through this same code, so they give the same findings.

import { formatMessage } from './i18n';
import type { ReportDocument } from './model/document';
import type { Line } from './model/lines';
import type { Paragraph } from './model/paragraphs';
import { effectiveSeverity, type CompiledOptions } from './options';
import type { ContextKey, LocalResult, Report, Rule, RuleContext, UnitContext } from './rule';
import { copyEdits, deferredFacts } from './deferred-edits';
import { firstAt } from './sorted';
import type { Finding, Fix, Locale, Message, Range } from './types';
import type { Outline } from './model/outline';
import { shiftRange } from './ranges';
import { spliceAll } from './arrays';
import { internDone } from './model/intern';

/** More findings than this from one rule means the text is not a draft; reporting them all helps nobody. */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * What one rule's local part gave for one unit under one context key. The line it was placed at is the run's (`at`), so
 * that the entries of units that found nothing and keep no value are shared: one for all such units without a key, one
 * for a stretch of units with the same key (most of ≈ 100,000 entries on a 3 MB draft).
 */
interface UnitEntry {
  key: ContextKey;
  findings: Finding[];
  value: unknown;
  /**
   * The unit, in an entry that keeps a value: the entry is then what `check` reads of this unit (a LocalResult; the unit
   * and its value are the same objects while the entry stands). Undefined in the shared entries, which keep no value.
   * Every entry is made with all four fields (one shape, the fields in the object, no separate local object).
   */
  unit: Unit | undefined;
}

type Unit = Paragraph | Line;

/**
 * What one rule's local part gave in one lint, by unit index: the entries, and their findings and locals in unit
 * order with where each unit's start (one more than the units: the end). The next lint copies the stretches of units
 * the edit left in place instead of visiting them one by one.
 */
interface UnitRun {
  units: readonly Unit[];
  /** What the rule's `prepare` gave for this run (its units' keys were read, or kept, under it). */
  prepared: unknown;
  entries: UnitEntry[];
  /** Each unit's first line when its entry was placed: its findings are at that line (shifted when it has moved). */
  at: Int32Array;
  findings: Finding[];
  findingsAt: Int32Array;
  locals: LocalResult<unknown>[];
  localsAt: Int32Array;
}

/** How many units two versions' lists share at their start (`head`) and at their end (`tail`), as the same objects. */
interface SameEnds {
  before: readonly Unit[];
  after: readonly Unit[];
  head: number;
  tail: number;
}

/** What a rule's document part (`check`) reported in one lint, and what it read then (see Rule.checkSummary). */
interface CheckRun {
  /** The version linted (ReportDocument.version). */
  version: object;
  locale: Locale;
  outline: Outline;
  paragraphs: readonly Paragraph[];
  /** The version's lines (what its paragraphs' summaries read). */
  lines: readonly Line[];
  prepared: unknown;
  findings: Finding[];
}

/** The local results of every rule, per unit, kept between lints of one document with the same options. */
export class RuleCache {
  private readonly runs = new Map<string, UnitRun>();
  private readonly checks = new Map<string, CheckRun>();
  /** How many times a rule's `check` was not run, its findings kept (for the tests: they must see it happen). */
  checksKept = 0;
  /** Of those, how many were after an edit that added or removed lines (the findings moved with them). */
  checksMoved = 0;
  /** The same by rule (for the tests: each part they mean to keep across a line break must be kept). */
  readonly checksMovedBy = new Map<string, number>();
  /** Checks kept, by rule (for the tests: each part they mean to keep must be kept). */
  readonly checksKeptBy = new Map<string, number>();
  private readonly ends: SameEnds[] = [];
  private locale?: Locale;

  /**
   * The rule's last run of its local part: undefined after it threw (every unit is then read again), and for every
   * rule when the message language has changed (locale: auto on a new draft).
   */
  lastRun(ruleId: string, locale: Locale): UnitRun | undefined {
    if (this.locale !== locale) {
      this.runs.clear();
      this.locale = locale;
    }
    const run = this.runs.get(ruleId);
    this.runs.delete(ruleId);
    return run;
  }

  keepRun(ruleId: string, run: UnitRun): void {
    this.runs.set(ruleId, run);
  }

  /**
   * What the rule's `check` reported in the last lint, when that lint was of the version this one was edited from and
   * the edit changed nothing `check` reads (Rule.checkSummary); else undefined (and the last record is dropped). After
   * an edit that added or removed lines (a line break, a join), the findings below it are moved with the lines.
   */
  keptCheck(rule: Rule, doc: ReportDocument, locale: Locale, prepared: unknown): Finding[] | undefined {
    const last = this.checks.get(rule.meta.id);
    if (!last) return undefined;
    this.checks.delete(rule.meta.id);
    const edited = doc.editedFrom;
    if (!rule.checkSummary || !edited || edited.version !== last.version) return undefined;
    if (last.locale !== locale || last.outline !== doc.outline) return undefined;
    if (rule.prepare) {
      const changes = rule.keyChanges?.(prepared, last.prepared);
      if (!Array.isArray(changes) || changes.length !== 0) return undefined;
    }
    const delta = edited.lineEdit.delta;
    const { head, tail } = this.sameEnds(last.paragraphs, doc.paragraphs);
    const before = last.paragraphs;
    const after = doc.paragraphs;
    const count = after.length - head - tail;
    if (before.length - head - tail !== count) return undefined;
    // Lines added or removed outside every paragraph (a blank line typed between two): the gaps between paragraphs,
    // which `check` may read (a list ends at a blank line), are not what they were.
    if (delta !== 0 && (count === 0 || count > MAX_MOVED_STRETCH)) return undefined;
    // Every line the edit changed lies in a paragraph read again: a line of no paragraph (a heading the outline reads
    // alone, a fence, a comment) may be what `check` reads.
    const changed = edited.lineEdit.changed;
    if (changed.length > 0 && (count === 0 || changed[0] < after[head].firstLine || changed[changed.length - 1] > after[head + count - 1].lastLine)) return undefined;
    // The stretch read again, in the last version's lines: a position before it stays, one after it moves by delta.
    const stretch = count > 0 ? { from: before[head].firstLine, to: before[head + count - 1].lastLine } : undefined;
    if (delta !== 0 && !movedAlike(before, after, head, count, delta, edited.lineEdit.lo, doc)) return undefined;
    for (let k = 0; k < count; k++) {
      const [a, b] = [before[head + k], after[head + k]];
      if (delta === 0 && (a.firstLine !== b.firstLine || a.lastLine !== b.lastLine)) return undefined;
      if (a.section !== b.section || a.atHeading !== b.atHeading || a.part !== b.part || a.garbled !== b.garbled) return undefined;
      if (!sameCells(a.tableHeader, b.tableHeader)) return undefined;
      // Between two paragraphs: a changed line in the gap is in none of them.
      if (k > 0 && b.firstLine !== after[head + k - 1].lastLine + 1) {
        for (const l of changed) if (l > after[head + k - 1].lastLine && l < b.firstLine) return undefined;
      }
      // The same paragraph, moved with its lines (its lines and those around it unchanged: rebuildParagraphs).
      if (a === b) continue;
      // A paragraph read again beside the edit, on the same lines as before: the same text, whatever its summary.
      if (delta === 0 && sameLines(a, last.lines, doc.lines) && a.text === b.text) continue;
      const summary = rule.checkSummary(b, doc.lines, doc);
      if (summary === undefined || rule.checkSummary(a, last.lines, doc) !== summary) return undefined;
    }
    // A finding on a line read again is read again (what a summary leaves out of positions cannot move it then).
    if (stretch && (changed.length > 0 || delta !== 0)) {
      for (const f of last.findings) if (findingTouches(rule, f, stretch.from, stretch.to, delta !== 0)) return undefined;
    }
    this.checksKept++;
    this.checksKeptBy.set(rule.meta.id, (this.checksKeptBy.get(rule.meta.id) ?? 0) + 1);
    if (delta === 0 || !stretch) return last.findings;
    this.checksMoved++;
    this.checksMovedBy.set(rule.meta.id, (this.checksMovedBy.get(rule.meta.id) ?? 0) + 1);
    return last.findings.map((f) => movedFinding(rule, f, stretch.to, delta, locale));
  }

  keepCheck(ruleId: string, doc: ReportDocument, locale: Locale, prepared: unknown, findings: Finding[]): void {
    this.checks.set(ruleId, { version: doc.version, locale, outline: doc.outline, paragraphs: doc.paragraphs, lines: doc.lines, prepared, findings });
  }

  /** The shared start and end of two unit lists; computed once per lint for all the rules of a scope. */
  sameEnds(before: readonly Unit[], after: readonly Unit[]): SameEnds {
    const known = this.ends.find((e) => e.before === before && e.after === after);
    if (known) return known;
    const max = Math.min(before.length, after.length);
    let head = 0;
    while (head < max && before[head] === after[head]) head++;
    let tail = 0;
    while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    const ends = { before, after, head, tail };
    // Two scopes (paragraphs, lines), this lint's and the last one's lists.
    if (this.ends.unshift(ends) > 4) this.ends.length = 4;
    return ends;
  }

  /**
   * The lint is over: the shared ends are let go. They are read only within a lint, and kept past it they held the
   * last two versions' unit lists and the units the edits replaced (≈ 0.24 MB of the lint worker's heap with the 3 MB
   * draft open; docs/performance.md, perf66).
   */
  lintDone(): void {
    this.ends.length = 0;
  }
}

export interface RuleRun {
  findings: Finding[];
  errors: { ruleId: string; error: unknown }[];
  truncated: string[];
  /** How many findings the per-rule limit dropped (of the rules in `truncated`). */
  dropped?: number;
}

export function runRules(rules: readonly Rule[], doc: ReportDocument, options: CompiledOptions, cache?: RuleCache): RuleRun {
  const run: RuleRun = { findings: [], errors: [], truncated: [], dropped: 0 };
  for (const rule of rules) {
    const severity = effectiveSeverity(options, rule.meta.id, rule.meta.defaultSeverity);
    if (severity === 'off') continue;
    // Each rule reports into the lint's list (not a list of its own copied into it: ≈ 25,000 findings a keystroke on
    // a 3 MB draft), its own from `from` on.
    const from = run.findings.length;
    try {
      runRule(rule, doc, options, severity, run.findings, cache);
    } catch (error) {
      run.errors.push({ ruleId: rule.meta.id, error });
    }
    if (run.findings.length - from > MAX_FINDINGS_PER_RULE) {
      run.dropped! += run.findings.length - from - MAX_FINDINGS_PER_RULE;
      run.findings.length = from + MAX_FINDINGS_PER_RULE;
      run.truncated.push(rule.meta.id);
    }
  }
  cache?.lintDone();
  internDone();
  return run;
}

/** Runs one rule, its findings pushed onto `found` (the lint's list: this rule's are those from its length at the call). */
function runRule(rule: Rule, doc: ReportDocument, options: CompiledOptions, severity: Finding['severity'], found: Finding[], cache: RuleCache | undefined): void {
  const userSet = options.settings.has(rule.meta.id);
  const base = found.length;
  let target = found;
  const context: RuleContext & { prepared: unknown; locals: LocalResult<unknown>[] } = {
    doc,
    model: doc,
    options,
    config: options.ruleConfigs.get(rule.meta.id) ?? {},
    prepared: undefined,
    locals: [],
    // Past the limit nothing more is kept (a file of junk): reports stop costing anything.
    report: (report: Report) => {
      if (target.length - (target === found ? base : 0) <= MAX_FINDINGS_PER_RULE) target.push(toFinding(rule, userSet ? severity : report.severity ?? severity, report, options.locale));
    },
    localize: (message: Message, data?: Report['data']) => formatMessage(message, options.locale, data),
  };
  if (rule.prepare) context.prepared = rule.prepare(context);
  const check = rule.scope === 'paragraph' ? rule.checkParagraph : rule.scope === 'line' ? rule.checkLine : undefined;
  if (check) {
    const units: readonly Unit[] = rule.scope === 'paragraph' ? doc.paragraphs : doc.lines;
    const last = cache?.lastRun(rule.meta.id, options.locale);
    const unitContext: UnitContext = context;
    const checkUnit = (unit: Unit, local: Finding[]) => {
      target = local;
      try {
        return (check as (unit: Unit, context: UnitContext) => unknown).call(rule, unit, unitContext);
      } finally {
        target = found;
      }
    };
    const keyOf = rule.contextKey && ((unit: Unit, i: number) => rule.contextKey!(unit, context.prepared, doc, i));
    const lineOf = rule.scope === 'paragraph' ? (u: Unit) => (u as Paragraph).firstLine : (u: Unit) => (u as Line).index;
    const keyChanges = keyOf && rule.keyChanges && ((last: unknown) => rule.keyChanges!(context.prepared, last));
    const unitRules: UnitRules = { checkUnit, keyOf, lineOf, keyChanges };
    const run = runUnits(units, unitRules, last, last && cache!.sameEnds(last.units, units), context.prepared);
    cache?.keepRun(rule.meta.id, run);
    // The unit findings are kept in the run; `check` adds its own to a copy.
    for (const f of run.findings) found.push(f);
    context.locals = run.locals;
  }
  if (!rule.check) return;
  const kept = cache && rule.checkSummary ? cache.keptCheck(rule, doc, options.locale, context.prepared) : undefined;
  if (kept) {
    for (const f of kept) found.push(f);
    cache!.keepCheck(rule.meta.id, doc, options.locale, context.prepared, kept);
    return;
  }
  const from = found.length;
  rule.check(context);
  // Past the limit a report may have been dropped for the unit findings before it: what `check` gave is then not all.
  if (cache && rule.checkSummary && found.length - base <= MAX_FINDINGS_PER_RULE) cache.keepCheck(rule.meta.id, doc, options.locale, context.prepared, found.slice(from));
}

/** More paragraphs read again than this after a line added or removed (a paste): `check` runs again. */
const MAX_MOVED_STRETCH = 16;

/**
 * After lines were added or removed: whether the paragraphs read again (head… of both lists, as many in each) stand as
 * they stood — the first on the same line, each the same number of lines after the one before, the last `delta` lines
 * further on (so the gap to the next is the same) — with no marker on their lines from the edit on (a marker is read
 * by its line, and those from `lo` on have moved: the summaries of the last version's paragraphs, asked of this
 * version's markers, would not say what they said; markers above the edit are where they were), and none of them a
 * paragraph of the last version moved elsewhere.
 */
function movedAlike(before: readonly Paragraph[], after: readonly Paragraph[], head: number, count: number, delta: number, lo: number, doc: ReportDocument): boolean {
  const [a0, b0] = [before[head], after[head]];
  const [an, bn] = [before[head + count - 1], after[head + count - 1]];
  if (a0.firstLine !== b0.firstLine || bn.lastLine - an.lastLine !== delta) return false;
  for (let k = 1; k < count; k++) {
    const [a, b] = [before[head + k], after[head + k]];
    if (a.firstLine - before[head + k - 1].lastLine !== b.firstLine - after[head + k - 1].lastLine) return false;
  }
  for (let k = 0; k < count; k++) {
    const a = before[head + k];
    for (let j = 0; j < count; j++) if (j !== k && after[head + j] === a) return false;
  }
  const markers = doc.markers;
  const m = firstAt(markers, (x) => x.line >= Math.max(lo, b0.firstLine));
  return m >= markers.length || markers[m].line > bn.lastLine;
}

/**
 * Whether a finding of the last version has a position on lines from..to of that version: its range, a related range,
 * a fix's edit (`edits`: a deferred fix, whose edits are not built, counts as one), a line its message names.
 */
function findingTouches(rule: Rule, f: Finding, from: number, to: number, edits: boolean): boolean {
  if (touches(f.range, from, to) || f.related?.some((r) => touches(r.range, from, to))) return true;
  if (edits && f.fix && (deferredFacts(f.fix) || f.fix.edits.some((e) => touches(e.range, from, to)))) return true;
  if (rule.lineData) {
    const report = reports.get(f);
    if (!report) return true;
    for (const field of rule.lineData) {
      const line = report.data?.[field];
      if (typeof line === 'number' && line - 1 >= from && line - 1 <= to) return true;
    }
  }
  return false;
}

/** A position of the last version after line `end` (of the stretch read again) moves by delta; one before it stays. */
function movedRange(range: Range, end: number, delta: number): Range {
  return range.start.line > end ? shiftRange(range, delta) : range;
}

/**
 * The finding of the last version as it reads after lines were added or removed at `end` or before it (none of its
 * positions on the lines read again: findingTouches): what lies after moved by `delta`, its messages made again when
 * they name a line that moved (Rule.lineData). The same object when nothing of it moved.
 */
function movedFinding(rule: Rule, f: Finding, end: number, delta: number, locale: Locale): Finding {
  const report = rule.lineData ? reports.get(f) : undefined;
  let data = report?.data;
  if (report?.data) {
    for (const field of rule.lineData!) {
      const line = report.data[field];
      if (typeof line === 'number' && line - 1 > end) data = { ...data, [field]: line + delta };
    }
  }
  const moves = (r: Range) => r.start.line > end;
  if (data === report?.data && !moves(f.range) && !f.related?.some((r) => moves(r.range)) && !f.fix?.edits.some((e) => moves(e.range))) return f;
  const moved: Finding = { ...f, range: movedRange(f.range, end, delta) };
  if (f.fix) moved.fix = { ...f.fix, edits: f.fix.edits.map((e) => (moves(e.range) ? { ...e, range: shiftRange(e.range, delta) } : e)) };
  if (f.related) moved.related = f.related.map((r) => (moves(r.range) ? { ...r, range: shiftRange(r.range, delta) } : r));
  if (report && data !== report.data) {
    moved.message = messageText(rule, report.message, locale, data);
    if (report.related && moved.related) moved.related = moved.related.map((r, i) => ({ ...r, message: messageText(rule, report.related![i].message, locale, report.related![i].data ?? data) }));
    if (report.fix && moved.fix) moved.fix.title = messageText(rule, report.fix.title, locale, report.fix.data ?? data);
  }
  if (report) reports.set(moved, data === report.data ? report : { ...report, data });
  return moved;
}

/** The report a finding of a rule with line data (Rule.lineData) was made from: its messages are made again when the line moves. */
const reports = new WeakMap<Finding, Report>();

/** Whether every line of the paragraph is the same object in both versions' lines. */
function sameLines(p: Paragraph, before: readonly Line[], after: readonly Line[]): boolean {
  for (let l = p.firstLine; l <= p.lastLine; l++) if (before[l] !== after[l]) return false;
  return true;
}

function sameCells(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((cell, i) => cell === b[i]));
}

/** Whether a range has a line from..to in it. */
function touches(range: Range, from: number, to: number): boolean {
  return range.start.line <= to && range.end.line >= from;
}

/** How one rule reads a unit: its check (reporting into `local`), its context key, and the unit's first line. */
interface UnitRules {
  checkUnit(unit: Unit, local: Finding[]): unknown;
  keyOf?: (unit: Unit, index: number) => ContextKey;
  lineOf(unit: Unit): number;
  /** The units whose key may differ from the one under the last run's prepared value (rule.keyChanges). */
  keyChanges?: (last: unknown) => 'all' | Iterable<Unit>;
}

/**
 * The rule's local part over the units: each unit's entry is the last run's (by index, for the units the edit left at
 * both ends; by object, for a unit the edit moved), or computed. Stretches of kept units that did not move and whose
 * key cannot have changed (the rule has none, or its keyChanges leaves them out) copy their findings and locals from
 * the last run at once.
 */
function runUnits(units: readonly Unit[], rules: UnitRules, last: UnitRun | undefined, ends: SameEnds | undefined, prepared: unknown): UnitRun {
  const n = units.length;
  const head = ends?.head ?? 0;
  const tail = ends?.tail ?? 0;
  // The last run's units between the two ends, by object (read before the last run's arrays are written again below).
  const moved = last ? movedUnits(last, head, tail) : undefined;
  // As many units as last time (any keystroke but a line break): the last run's arrays are filled again in place, each
  // index read before it is written (no 9,000-slot arrays per rule per keystroke for the collector).
  // So are its lists of findings and locals: a unit's index is then its index in the last run, and only the units read
  // again change their stretch of the lists (spliced in place; the ≈ 25,000 findings and locals of all rules on a 3 MB
  // draft were pushed into new lists on every keystroke).
  const reuse = last && last.units.length === n;
  // Otherwise (a line break, a paste) its three index arrays are views of one block (perf44): they live and go together.
  const block = reuse ? undefined : new Int32Array(3 * n + 2);
  const run: UnitRun = {
    units,
    prepared,
    entries: reuse ? last.entries : new Array<UnitEntry>(n),
    at: reuse ? last.at : block!.subarray(0, n),
    findings: reuse ? last.findings : [],
    findingsAt: reuse ? last.findingsAt : block!.subarray(n, 2 * n + 1),
    locals: reuse ? last.locals : [],
    localsAt: reuse ? last.localsAt : block!.subarray(2 * n + 1, 3 * n + 2),
  };
  // In place: how far the findings and locals from the unit being placed on have moved from where the last run had them.
  const shift = reuse ? { findings: 0, locals: 0 } : undefined;
  const lastIndex = (i: number) => (i < head ? i : i >= n - tail ? i - n + last!.units.length : -1);
  // With a key: the kept units whose key may have changed, by index (the stretches between them are copied); none
  // when every key is to be read.
  const marks = rules.keyOf ? keyMarks(units, rules, last, head, tail) : NO_MARKS;
  const shared: SharedEntries = { last: undefined };
  let mark = 0;
  for (let i = 0; i < n; ) {
    const j = last ? lastIndex(i) : -1;
    let end = i < head ? head : n;
    if (j >= 0 && marks) {
      while (mark < marks.length && marks[mark] < i) mark++;
      if (mark < marks.length && marks[mark] < end) end = marks[mark];
      if (end > i && unmoved(last!, j, units, i, end - 1, rules)) {
        if (shift) shiftStretch(run, i, end - i, shift);
        else copyStretch(run, last!, i, j, end - i);
        i = end;
        continue;
      }
    }
    const unit = units[i];
    const had = j >= 0 ? last!.entries[j] : moved?.get(unit);
    const hadAt = j >= 0 ? last!.at[j] : had ? moved!.at(unit) : 0;
    const at = rules.lineOf(unit);
    const entry = unitEntry(unit, i, at, rules, had, hadAt, shared);
    if (shift) placeInPlace(run, i, at, entry, shift);
    else place(run, i, at, entry);
    i++;
  }
  run.findingsAt[n] = run.findings.length;
  run.localsAt[n] = run.locals.length;
  return run;
}

/** Units i… (count of them) of a run filled in place are the last run's, unmoved: their starts in the lists move by `shift`. */
function shiftStretch(run: UnitRun, i: number, count: number, shift: { findings: number; locals: number }): void {
  if (shift.findings !== 0) for (let k = i; k < i + count; k++) run.findingsAt[k] += shift.findings;
  if (shift.locals !== 0) for (let k = i; k < i + count; k++) run.localsAt[k] += shift.locals;
}

/**
 * Unit i of a run filled in place (the last run's arrays and lists, as many units): its entry, and its findings and
 * local in the lists instead of what the last run had there (read from the starts of i and i + 1, not yet written).
 */
function placeInPlace(run: UnitRun, i: number, at: number, entry: UnitEntry, shift: { findings: number; locals: number }): void {
  run.entries[i] = entry;
  run.at[i] = at;
  const [findingsFrom, findingsTo] = [run.findingsAt[i] + shift.findings, run.findingsAt[i + 1] + shift.findings];
  const [localsFrom, localsTo] = [run.localsAt[i] + shift.locals, run.localsAt[i + 1] + shift.locals];
  run.findingsAt[i] = findingsFrom;
  run.localsAt[i] = localsFrom;
  const findings = entry.findings;
  if (findings.length === findingsTo - findingsFrom) for (let k = 0; k < findings.length; k++) run.findings[findingsFrom + k] = findings[k];
  else {
    spliceAll(run.findings, findingsFrom, findingsTo - findingsFrom, findings);
    shift.findings += findings.length - (findingsTo - findingsFrom);
  }
  const locals = entry.value !== undefined ? 1 : 0;
  if (locals === localsTo - localsFrom) {
    if (locals) run.locals[localsFrom] = entry as LocalResult<unknown>;
  } else {
    if (locals) run.locals.splice(localsFrom, localsTo - localsFrom, entry as LocalResult<unknown>);
    else run.locals.splice(localsFrom, localsTo - localsFrom);
    shift.locals += locals - (localsTo - localsFrom);
  }
}

/** The last run's entries of the units between the ends of the edit, by unit, with the line each was placed at. */
interface MovedUnits {
  get(unit: Unit): UnitEntry | undefined;
  at(unit: Unit): number;
}

function movedUnits(last: UnitRun, head: number, tail: number): MovedUnits | undefined {
  const end = last.units.length - tail;
  if (end <= head) return undefined;
  // A keystroke leaves one or two units there: looked up in place; a paste or a new text, by a map.
  if (end - head <= 8) {
    const units = last.units.slice(head, end);
    const entries = last.entries.slice(head, end);
    const at = last.at.slice(head, end);
    return { get: (unit) => entries[units.indexOf(unit)], at: (unit) => at[units.indexOf(unit)] };
  }
  const byUnit = new Map<Unit, number>();
  for (let k = head; k < end; k++) byUnit.set(last.units[k], k);
  const entries = last.entries.slice(head, end);
  const at = last.at.slice(head, end);
  return {
    get: (unit) => {
      const k = byUnit.get(unit);
      return k === undefined ? undefined : entries[k - head];
    },
    at: (unit) => at[byUnit.get(unit)! - head],
  };
}

const NO_MARKS = new Int32Array(0);

/**
 * The indices, ascending, of the units both runs hold (at both ends of the edit) whose key may have changed since the
 * last run; undefined when every key is to be read (no last run, no keyChanges, or all of them may have).
 */
function keyMarks(units: readonly Unit[], rules: UnitRules, last: UnitRun | undefined, head: number, tail: number): Int32Array | undefined {
  if (!last || !rules.keyChanges) return undefined;
  const changes = rules.keyChanges(last.prepared);
  if (changes === 'all') return undefined;
  const n = units.length;
  const found: number[] = [];
  for (const unit of changes) {
    // Units are in line order: found by their first line, and kept only when it is the same object at both ends.
    const line = rules.lineOf(unit);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rules.lineOf(units[mid]) < line) lo = mid + 1;
      else hi = mid;
    }
    if (units[lo] === unit && (lo < head || lo >= n - tail)) found.push(lo);
  }
  return Int32Array.from(found).sort();
}

/** Whether the units i..lastI (the last run's j…) are where their entries were placed: their findings stand as they are. */
function unmoved(last: UnitRun, j: number, units: readonly Unit[], i: number, lastI: number, rules: UnitRules): boolean {
  return last.at[j] === rules.lineOf(units[i]) && last.at[j + lastI - i] === rules.lineOf(units[lastI]);
}

/** The findings of a unit that found nothing, shared (never written to: entries' lists are only read or replaced). */
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** The entry of every unit without a key that found nothing and keeps no value (never written to). */
const EMPTY: UnitEntry = { key: undefined, findings: NO_FINDINGS, value: undefined, unit: undefined };

/** The last empty entry made in this run with a key: the next unit with that key and nothing found shares it. */
interface SharedEntries {
  last: UnitEntry | undefined;
}

/** The list a unit's check reports into (checks run one at a time). */
const SCRATCH: Finding[] = [];

/**
 * The unit's entry: the one it had (placed at line `hadAt`), moved to its line, while its context key is the same;
 * else its check run again.
 */
function unitEntry(unit: Unit, i: number, at: number, rules: UnitRules, entry: UnitEntry | undefined, hadAt: number, shared: SharedEntries): UnitEntry {
  const key = rules.keyOf?.(unit, i);
  if (!entry || entry.key !== key) {
    // One list reused for every unit (most find nothing); what a unit found is copied out of it below.
    const local = SCRATCH;
    local.length = 0;
    const value = rules.checkUnit(unit, local);
    // The unit's findings as a list of their own size (grown by push, it has room for 17).
    if (local.length || value !== undefined) return { key, findings: local.length ? local.slice() : NO_FINDINGS, value, unit: value === undefined ? undefined : unit };
    // Most units find nothing and keep nothing: they share an entry.
    if (key === undefined) return EMPTY;
    // Not frozen (the code never writes to it): frozen and plain entries would make every read of an entry polymorphic.
    if (shared.last?.key !== key) shared.last = { key, findings: NO_FINDINGS, value: undefined, unit: undefined };
    return shared.last;
  }
  if (hadAt !== at && entry.findings.length) {
    const delta = at - hadAt;
    entry.findings = entry.findings.map((f) => shiftFinding(f, delta));
  }
  return entry;
}

function place(run: UnitRun, i: number, at: number, entry: UnitEntry): void {
  run.entries[i] = entry;
  run.at[i] = at;
  run.findingsAt[i] = run.findings.length;
  // By index: a for-of makes an iterator per unit and rule where this runs unoptimised (a first lint).
  const findings = entry.findings;
  for (let k = 0; k < findings.length; k++) run.findings.push(findings[k]);
  run.localsAt[i] = run.locals.length;
  if (entry.value !== undefined) run.locals.push(entry as LocalResult<unknown>);
}

/** Units i… of this run are the last run's j… (count of them), unmoved: their entries, findings and locals as they were. */
function copyStretch(run: UnitRun, last: UnitRun, i: number, j: number, count: number): void {
  // Read first: the two runs may share their arrays (then i === j and the stretch is rewritten in place).
  const [findingsFrom, findingsTo] = [last.findingsAt[j], last.findingsAt[j + count]];
  const [localsFrom, localsTo] = [last.localsAt[j], last.localsAt[j + count]];
  const findingsBase = run.findings.length - findingsFrom;
  const localsBase = run.locals.length - localsFrom;
  if (run.entries !== last.entries) for (let k = 0; k < count; k++) run.entries[i + k] = last.entries[j + k];
  if (run.at !== last.at) run.at.set(last.at.subarray(j, j + count), i);
  if (findingsBase !== 0 || run.findingsAt !== last.findingsAt) for (let k = 0; k < count; k++) run.findingsAt[i + k] = last.findingsAt[j + k] + findingsBase;
  if (localsBase !== 0 || run.localsAt !== last.localsAt) for (let k = 0; k < count; k++) run.localsAt[i + k] = last.localsAt[j + k] + localsBase;
  for (let k = findingsFrom; k < findingsTo; k++) run.findings.push(last.findings[k]);
  for (let k = localsFrom; k < localsTo; k++) run.locals.push(last.locals[k]);
}

/** A message of the rule in the locale (a module function, not a closure made for every finding). */
function messageText(rule: Rule, key: string, locale: Locale, data?: Report['data']): string {
  const template = rule.meta.messages[key];
  if (!template) throw new Error(`rule ${rule.meta.id} has no message "${key}"`);
  return formatMessage(template, locale, data);
}

function toFinding(rule: Rule, severity: Finding['severity'], report: Report, locale: Locale): Finding {
  const finding: Finding = { ruleId: rule.meta.id, severity, message: messageText(rule, report.message, locale, report.data), range: report.range };
  if (rule.lineData) reports.set(finding, report);
  if (report.fix) {
    // The edits as the report holds them: a deferred fix's are built only when read (deferred-edits.ts).
    const fix = { title: messageText(rule, report.fix.title, locale, report.fix.data ?? report.data) } as Fix;
    copyEdits(report.fix, fix);
    finding.fix = fix;
  }
  if (report.related) finding.related = report.related.map((r) => ({ range: r.range, message: messageText(rule, r.message, locale, r.data ?? report.data) }));
  return finding;
}

/** The finding moved down by `delta` lines (its unit moved; the text of the unit, and so each column, did not). */
export function shiftFinding(f: Finding, delta: number): Finding {
  const shifted: Finding = { ...f, range: shiftRange(f.range, delta) };
  if (f.fix) shifted.fix = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: shiftRange(e.range, delta), newText: e.newText })) };
  if (f.related) shifted.related = f.related.map((r) => ({ range: shiftRange(r.range, delta), message: r.message }));
  return shifted;
}

