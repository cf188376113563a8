// The model of a draft kept across edits: an edit re-reads only the lines it touched (and the lines after them until
// the scanner's state — an open fence, comment or front matter — is again what it was), the markers of those lines,
// and the paragraphs around them; the outline is kept when no line it reads changed. Everything else is the same
// object as in the last version, moved to its new lines, so what was read from it (model/unit-memo.ts) and what the
// rules found in it (run-rules.ts) is reused. A version gives the same model as parsing its text afresh: the property
// tests compare the two after random edits.

import type { Range } from '../types';
import type { TextFormat } from '../types';
import { ReportDocument, partIndex } from './document';
import { editedStretch } from './edited-stretch';
import { furnitureLines, inertToFurniture, readFurniture, readsNeighbourText, type FurnitureShape } from './furniture';
import { copyScanState, initialScanState, keptScanState, linkDefinitionLabel, sameScanState, scanLine, splitLines, type Directive, type Line, type ScanState } from './lines';
import { leadingColumns } from './chars';
import { findMarkers, keepMarker, markersAfterLineShift, markersAfterPlainEdit, type Marker } from './markers';
import { buildOutline, proseReads, titleAlone, titleOf, type Outline } from './outline';
import { markersOf, mayBeTableLine, rebuildParagraphs, tableHeaders, type MarkerFacts, type Paragraph } from './paragraphs';
import { plainForTargets, sameForTargets } from './targets';
import { UnitMemo } from './unit-memo';
import { pushAll, spliceAll } from '../arrays';
import { firstAt } from '../sorted';

/** An edit as LSP sends it: a range replaced by text, or (no range) the whole text replaced. */
export interface TextChange {
  range?: Range;
  text: string;
}

/** One line of the text and what scanning it gave. */
interface LineRecord {
  text: string;
  /** The line break after it: '\n', '\r\n', '\r', or '' for the last line. */
  eol: string;
  /** The scanner's state after the line. */
  exit: ScanState;
  /** The line as scanned, with furniture inside it blanked out; its kind before its neighbours are considered. */
  base: Line;
  /** The line as furniture, when its neighbours make it so (kept while they do). */
  promoted?: Line;
  shape: FurnitureShape;
  /** Comments that end on this line, placed as when the line was scanned at `scannedAt`. */
  directives: Directive[];
  scannedAt: number;
  /** Markdown: the link label the line defines. */
  label?: string;
}

const NO_DIRECTIVES: Directive[] = [];

export class IncrementalModel {
  /** What was read from each line and paragraph: shared by every version of this model. */
  readonly memo = new UnitMemo();
  private records: LineRecord[] = [];
  private labels = new Map<string, number>();
  private current?: ReportDocument;
  /** The lines that are furniture as a whole in the latest version. */
  private furniture?: Set<number>;
  /** How many times the furniture was moved with lines added or removed, not read again (for the tests). */
  furnitureMoved = 0;
  /** How many times the markers were moved with lines added or removed, not read again (for the tests). */
  markersMoved = 0;
  /** The table rows of the latest version, each mapped to its table's header cells (paragraphs.ts, tableHeaders). */
  private headers?: Map<number, string[]>;

  /**
   * The text of the latest version, for its ReportDocument. One function made here, not in rebuild: a closure made
   * there would keep rebuild's scope, and with it the version before, and the one before that.
   */
  private readonly textSource = () => this.text();

  /**
   * The bytes behind rebuild's `dirty`, kept from edit to edit and zeroed for each (read only while rebuild runs). A new
   * Uint8Array per keystroke was a block of glibc's arena (lines.length bytes: 9.4 KB on the 3 MB draft, under the
   * 64 KB of SERVER_ENV's mapped blocks) that outlived a scavenge and, freed at a full collection, left a hole among the
   * blocks that stay (perf43rss: the arena's holes are most of the idle RSS above the target).
   */
  private dirtyBlock = new Uint8Array(0);

  constructor(readonly format: TextFormat) {}

  /** `n` zeroed bytes of the kept block (grown by an eighth past `n` when too small: typing adds lines one by one). */
  private dirtyBytes(n: number): Uint8Array {
    if (this.dirtyBlock.length < n) this.dirtyBlock = new Uint8Array(n + (n >> 3) + 64);
    const bytes = this.dirtyBlock.subarray(0, n);
    bytes.fill(0);
    return bytes;
  }

  /** The latest version (valid until the next update: its paragraphs and lines are moved by the next one). */
  get document(): ReportDocument {
    if (!this.current) throw new Error('no text yet');
    return this.current;
  }

  /** The text, joined from its lines. */
  text(): string {
    let out = '';
    for (const r of this.records) out += r.text + r.eol;
    return out;
  }

  /** The position of an offset in the latest text (an offset inside a line break is the end of its line). */
  positionAt(offset: number): { line: number; character: number } {
    let start = 0;
    for (let line = 0; line < this.records.length; line++) {
      const r = this.records[line];
      if (offset <= start + r.text.length || line === this.records.length - 1) return { line, character: Math.min(offset - start, r.text.length) };
      start += r.text.length + r.eol.length;
      if (offset < start) return { line, character: r.text.length };
    }
    return { line: 0, character: 0 };
  }

  /** Replaces the whole text. */
  setText(text: string): ReportDocument {
    return this.apply([{ text }]);
  }

  /** Applies edits in order (each on the text the ones before it left, as LSP sends them). */
  apply(changes: readonly TextChange[]): ReportDocument {
    const old = this.records;
    // One edit of a range (a keystroke): the new lines read through the old records and the few lines it puts in, not
    // two copies of every line's text and line break (≈ 150 KB per keystroke on a 3 MB draft).
    const one = old.length > 0 && changes.length === 1 ? spliceOf(old, changes[0]) : undefined;
    if (one) return this.rebuild(one, one.lo, one.hi);
    const texts = old.map((r) => r.text);
    const eols = old.map((r) => r.eol);
    const window = { lo: Infinity, hi: -Infinity };
    for (const change of changes) applyChange(texts, eols, change, window);
    if (old.length === 0) Object.assign(window, { lo: 0, hi: texts.length });
    const lines: NewLines = { length: texts.length, text: (i) => texts[i], eol: (i) => eols[i] };
    if (window.lo > window.hi) return this.current ?? this.rebuild(lines, 0, texts.length);
    return this.rebuild(lines, window.lo, window.hi);
  }

  private rebuild(texts: NewLines, lo: number, hi: number): ReportDocument {
    const old = this.records;
    const previous = this.current;
    const delta = texts.length - old.length;
    // A new set of Markdown link labels changes how any line reads: every line is read again.
    const relabelled = this.format === 'markdown' && this.relabel(old, texts, lo, hi, delta);
    const full = old.length === 0 || relabelled;
    if (full) lo = 0;
    // The records are spliced in place: the last version's records from lo to reusedFrom are `removed` (all that is
    // read of them below).
    const { reusedFrom, scannedEnd, removed } = this.rescan(texts, lo, hi, delta, full);
    // The texts of the lines taken out and put in (what is counted per line of text is moved on from the last version).
    const replaced = { removed: removed.map((r) => r.base.text), added: this.records.slice(lo, scannedEnd).map((r) => r.base.text) };
    const edit: Edit = { lo, scannedEnd, reusedFrom, delta };
    const lines = this.placeLines(edit, removed);
    const directives = this.directivesOf();
    // The lines that are not the last version's (read again, or made furniture by a neighbour), once: every step
    // below asks about them, and a keystroke has one or two of 9,000.
    const dirty = this.dirtyBytes(lines.length);
    const changedLines: number[] = [];
    for (let l = 0; l < lines.length; l++) {
      const before = l < lo ? l : l >= scannedEnd ? l - delta : -1;
      if (before < 0 || previous?.lines[before] !== lines[l]) {
        dirty[l] = 1;
        changedLines.push(l);
      }
    }
    // What the last version's markers told paragraphs, by their old lines: read before findMarkers moves the markers
    // it keeps (the same objects) to their new lines. With no line added or removed nothing moves: read only if needed.
    // Copied out as numbers, read into a map only when the outline is built again (a line break moves it: not then).
    const markerFactsBefore = previous && delta !== 0 ? markerFactsCopy(previous.outline) : undefined;
    const markers =
      (previous && delta === 0 && markersAfterPlainEdit(previous.markers, previous.lines, lines, changedLines, this.format, this.memo)) ||
      (previous && !full && delta !== 0 && this.shiftedMarkers(markersAfterLineShift(previous.markers, previous.lines, lines, edit, changedLines, this.format, this.memo))) ||
      findMarkers(lines, this.format, this.memo);
    const outline = !previous ? undefined : delta === 0 ? this.keptOutline(previous, lines, markers, changedLines) : shiftedOutline(previous, lines, markers, edit, changedLines);
    const lineOf = (line: number) => (line < lo ? line : line >= reusedFrom ? line + delta : -1);
    const factsBefore = previous && !outline ? (markerFactsBefore ? markerFactsFromCopy(markerFactsBefore) : markerFactsByLine(previous.outline)) : undefined;
    const built = outline ?? buildOutline(lines, markers, this.format);
    if (factsBefore) markChangedMarkers(dirty, factsBefore, built, lineOf);
    const partOf = (line: number) => partIndex(built.parts, line);
    const headers = (this.headers = (previous && !full && this.movedHeaders(removed, lines, edit, dirty)) || tableHeaders(lines));
    const paragraphs = rebuildParagraphs(previous?.paragraphs ?? [], lines, built.sections, partOf, this.format, (l) => dirty[l] === 0, lineOf, headers);
    this.current = new ReportDocument(this.textSource, this.format, { lines, directives, markers, outline: built, paragraphs }, this.memo);
    if (previous) {
      const edit = editedStretch(previous.paragraphs, paragraphs, dirty, built.parts, delta);
      const targets = delta === 0 ? keepsTargets(previous.lines, lines, dirty) : movesTargets(previous.lines, lines, dirty, { lo, scannedEnd, reusedFrom, delta });
      this.current.keepFrom(previous, { targets, edit, lines: replaced, lineEdit: { lo, scannedEnd, delta, changed: changedLines } });
    }
    return this.current;
  }

  /** Counts markers moved by markersAfterLineShift. */
  private shiftedMarkers(markers: Marker[] | undefined): Marker[] | undefined {
    if (markers) this.markersMoved++;
    return markers;
  }

  /**
   * The table rows of the last version, moved with the lines, when no line the edit read again, before or after, nor
   * any other changed line may be part of a table: tables are runs of such lines, so none starts, ends or changes.
   * Undefined when a table may have changed (they are read again). Every line was read for them on every keystroke.
   */
  private movedHeaders(removed: readonly LineRecord[], lines: Line[], edit: Edit, dirty: Uint8Array): Map<number, string[]> | undefined {
    const { lo, scannedEnd, reusedFrom, delta } = edit;
    if (!this.headers || scannedEnd <= lo) return undefined;
    for (const r of removed) if (mayBeTableLine(r.base.prose)) return undefined;
    for (let l = 0; l < lines.length; l++) if (dirty[l] && mayBeTableLine(lines[l].prose)) return undefined;
    if (delta === 0) return this.headers;
    const moved = new Map<number, string[]>();
    for (const [line, header] of this.headers) moved.set(line >= reusedFrom ? line + delta : line, header);
    return moved;
  }

  /**
   * Scans from the first changed line until the state at a line start is again the old one; the lines after are kept.
   * The records are spliced in place (a keystroke's one record, not a new list of 9,000); the ones taken out are returned.
   */
  private rescan(texts: NewLines, lo: number, hi: number, delta: number, full: boolean): { reusedFrom: number; scannedEnd: number; removed: LineRecord[] } {
    const old = this.records;
    const labels: ReadonlySet<string> = this.labels.size ? new Set(this.labels.keys()) : NO_LABELS;
    const fresh: LineRecord[] = [];
    const state = lo === 0 ? initialScanState() : copyScanState(old[lo - 1].exit);
    let i = lo;
    for (; i < texts.length; i++) {
      const j = i - delta;
      if (!full && i >= hi && i > 0 && j > 0 && j < old.length && sameScanState(state, i, old[j - 1].exit, j)) break;
      fresh.push(this.scan(i, texts.text(i), texts.eol(i), state, labels));
    }
    const scannedEnd = i;
    const reusedFrom = i - delta;
    // Read before the splice: `texts` may read the old records.
    const removed = old.slice(lo, reusedFrom);
    if (fresh.length === removed.length) for (let k = 0; k < fresh.length; k++) old[lo + k] = fresh[k];
    else spliceAll(old, lo, removed.length, fresh);
    return { reusedFrom, scannedEnd, removed };
  }

  /**
   * The outline of the last version, when this one's markers are the same (an equal marker on a changed line is taken
   * as the old object) and no changed line reads otherwise to the outline; a heading whose line changed gets its title again.
   */
  private keptOutline(previous: ReportDocument, lines: Line[], markers: Marker[], changedLines: readonly number[]): Outline | undefined {
    if (previous.markers.length !== markers.length) return undefined;
    const retitled = new Set<number>();
    for (let k = 0; k < markers.length; k++) {
      const m = markers[k];
      const was = previous.markers[k];
      if (m === was) continue;
      if (m.line !== was.line || JSON.stringify(m) !== JSON.stringify(was)) return undefined;
      // 1. Actions → 1. Actions.: whether a plain 1. is a title alone says whether a list after it is its own (plainKey).
      if (m.kind === 'arabic' && m.headingLevel === undefined && titleAlone(previous.lines, was) !== titleAlone(lines, m)) return undefined;
      markers[k] = was;
      keepMarker(this.memo, lines[m.line], lines[m.line - 1], was);
      retitled.add(m.line);
    }
    for (const l of changedLines) if (outlineFacts(previous.lines[l]) !== outlineFacts(lines[l])) return undefined;
    // A line a check read as text (outline.ts, `watched`) changed: the outline is built again.
    const watched = previous.outline.watched;
    if (watched) for (const l of changedLines) if (watchedWithin(watched, l, l + 1)) return undefined;
    let titleChanged = false;
    for (const s of previous.outline.sections) {
      if (!retitled.has(s.marker.line)) continue;
      const title = titleOf(lines[s.marker.line], s.marker);
      if (title !== s.title) titleChanged = true;
      s.title = title;
    }
    // A new object when a title changed: what was read from the titles per outline (fact-conflict's heading scopes) goes.
    // Typing on after a title (the heading's text runs on past its full stop) leaves them all.
    return titleChanged ? { ...previous.outline } : previous.outline;
  }

  private scan(index: number, text: string, eol: string, state: ScanState, labels: ReadonlySet<string>): LineRecord {
    const directives: Directive[] = [];
    const base = scanLine(index, text, 0, state, this.format, labels, directives);
    const shape = readFurniture(base);
    const label = this.format === 'markdown' ? linkDefinitionLabel(text) : undefined;
    return { text, eol, exit: keptScanState(state), base, promoted: undefined, shape, directives: directives.length ? directives : NO_DIRECTIVES, scannedAt: index, label };
  }

  /**
   * The lines of this version: each at its index and offset, as furniture where its neighbours make it so. `removed`:
   * the last version's records of the lines read again (from edit.lo).
   */
  private placeLines(edit: Edit, removed: readonly LineRecord[]): Line[] {
    const records = this.records;
    let offset = 0;
    for (let i = 0; i < records.length; i++) {
      const base = records[i].base;
      base.index = i;
      base.offset = offset;
      offset += records[i].text.length + records[i].eol.length;
    }
    let furniture = this.furniture && sameFurniture(edit, removed, records) ? this.furniture : undefined;
    if (!furniture && this.furniture && (furniture = movedFurniture(this.furniture, edit, removed, records))) this.furnitureMoved++;
    furniture ??= furnitureLines(records.map((r) => r.base), records.map((r) => r.shape));
    this.furniture = furniture;
    return records.map((r, i) => {
      if (!furniture.has(i)) {
        r.promoted = undefined;
        return r.base;
      }
      const line = (r.promoted ??= { ...r.base, kind: 'furniture' });
      line.index = i;
      line.offset = r.base.offset;
      return line;
    });
  }

  private directivesOf(): Directive[] {
    const out: Directive[] = [];
    this.records.forEach((r, i) => {
      if (r.directives.length === 0) return;
      if (r.scannedAt !== i) {
        r.directives = r.directives.map((d) => moveDirective(d, i - r.scannedAt));
        r.scannedAt = i;
      }
      pushAll(out, r.directives);
    });
    return out;
  }

  /** Markdown link labels: counts the labels of the changed lines; true when the set of labels changed (every line is read again). */
  private relabel(old: LineRecord[], texts: NewLines, lo: number, hi: number, delta: number): boolean {
    const before = new Set(this.labels.keys());
    if (old.length === 0) this.labels.clear();
    const count = (label: string | undefined, by: number) => {
      if (label === undefined) return;
      const n = (this.labels.get(label) ?? 0) + by;
      if (n > 0) this.labels.set(label, n);
      else this.labels.delete(label);
    };
    for (let j = lo; j < hi - delta && j < old.length; j++) count(old[j].label, -1);
    for (let i = old.length === 0 ? 0 : lo; i < (old.length === 0 ? texts.length : hi); i++) count(linkDefinitionLabel(texts.text(i)), 1);
    return before.size !== this.labels.size || [...before].some((l) => !this.labels.has(l));
  }
}

/** Where an edit's lines are: read again from `lo` to `scannedEnd`; after, the old lines from `reusedFrom`, moved by `delta`. */
interface Edit {
  lo: number;
  scannedEnd: number;
  reusedFrom: number;
  delta: number;
}

/**
 * Whether the furniture of the last version stands: the lines read again were, and are, long lines of text with no
 * furniture of their own — no neighbour reads them as part of a page counter, a breadcrumb or a button bar — and the
 * nearest line that is not blank above and below them is no line whose kind depends on its neighbours' text
 * (readsNeighbourText: Cookie settings over a sentence about cookies, which the edit may have made or unmade).
 */
function sameFurniture(edit: Edit, removed: readonly LineRecord[], records: LineRecord[]): boolean {
  if (edit.delta !== 0) return false;
  const plain = (r: LineRecord) => r.shape === undefined && r.base.kind === 'text' && r.base.prose.trim().length > 60;
  for (let i = edit.lo; i < edit.scannedEnd; i++) if (!plain(records[i]) || !plain(removed[i - edit.lo])) return false;
  let before = edit.lo - 1;
  while (before >= 0 && records[before].base.kind === 'blank') before--;
  let after = edit.scannedEnd;
  while (after < records.length && records[after].base.kind === 'blank') after++;
  for (const i of [before, after]) if (i >= 0 && i < records.length && readsNeighbourText(records[i].base, records[i].shape)) return false;
  return true;
}

/**
 * The furniture of the last version moved with the lines after a line break, a join or lines pasted (lines added or
 * removed): when every line read again, before and after, is inert to furniture's context readers (inertToFurniture;
 * none was furniture) and so are the nearest lines that are not blank on either side of them, with no furniture of
 * their own. Undefined otherwise (furnitureLines reads every line again, as it did on every line break).
 */
function movedFurniture(furniture: Set<number>, edit: Edit, removed: readonly LineRecord[], records: LineRecord[]): Set<number> | undefined {
  const { lo, scannedEnd, reusedFrom, delta } = edit;
  if (delta === 0) return undefined;
  for (let j = lo; j < reusedFrom; j++) if (furniture.has(j) || !inertToFurniture(removed[j - lo].base, removed[j - lo].shape)) return undefined;
  for (let i = lo; i < scannedEnd; i++) if (!inertToFurniture(records[i].base, records[i].shape)) return undefined;
  // The neighbours of the lines read again (past blank lines): lines of text without a shape, none of them furniture.
  let before = lo - 1;
  while (before >= 0 && records[before].base.kind === 'blank') before--;
  let after = scannedEnd;
  while (after < records.length && records[after].base.kind === 'blank') after++;
  for (const [i, j] of [[before, before], [after, after - delta]]) {
    if (i < 0 || i >= records.length) continue;
    if (records[i].shape !== undefined || records[i].base.kind !== 'text' || furniture.has(j)) return undefined;
  }
  const moved = new Set<number>();
  for (const l of furniture) moved.add(l < lo ? l : l + delta);
  return moved;
}

/**
 * The outline of the last version moved by a line break (or a join of two lines, or a blank line put in or taken out):
 * the same markers, none on a changed line, and every changed line, before and after, plain text as the outline reads
 * it or blank (blankLinesPassedOver) — so no lead-in, part break, list break or section end appears or goes, and each
 * section end and part bound at or after the edit moves with it. The sections are moved in place (the last version's document is not read again).
 */
function shiftedOutline(previous: ReportDocument, lines: Line[], markers: Marker[], edit: Edit, changedLines: readonly number[]): Outline | undefined {
  const { lo, scannedEnd, delta } = edit;
  if (markers.length !== previous.markers.length) return undefined;
  for (let k = 0; k < markers.length; k++) {
    if (markers[k] !== previous.markers[k] || (markers[k].line >= lo && markers[k].line < scannedEnd)) return undefined;
  }
  const before = plainColumns(previous.lines, lo, scannedEnd - delta);
  const after = plainColumns(lines, lo, scannedEnd);
  if (!before || !after || before.least !== after.least) return undefined;
  if (before.blank || after.blank) {
    if (!blankLinesPassedOver(previous.lines, lines, markers, edit)) return undefined;
  } else if (before.firstAtMargin === undefined || before.firstAtMargin !== after.firstAtMargin) return undefined;
  // Lines outside the edit that read otherwise (furniture their neighbours made): the outline is built afresh.
  for (const l of changedLines) if (l < lo || l >= scannedEnd) return undefined;
  const outline = previous.outline;
  // The edit replaced a line a check read as text (outline.ts, `watched`; old lines lo…reusedFrom, at least line lo):
  // built afresh. The other watched lines move with the text.
  const watched = outline.watched;
  if (watched && watchedWithin(watched, lo, Math.max(edit.reusedFrom, lo + 1))) return undefined;
  if (watched) for (let k = 0; k < watched.length; k++) if (watched[k] >= lo) watched[k] += delta;
  const moved = new Set(markers);
  for (const s of outline.sections) {
    if (s.endLine >= lo) s.endLine += delta;
    // A marker the outline read otherwise (1. as an item of the list above) is its copy: findMarkers moved the original only.
    if (!moved.has(s.marker) && s.marker.line >= lo) moveMarker(s.marker, s.marker.line + delta);
  }
  for (const part of outline.parts) {
    if (part.startLine >= scannedEnd - delta) part.startLine += delta;
    if (part.endLine >= lo) part.endLine += delta;
  }
  return outline;
}

/** Whether a watched stretch of the outline (pairs first, last) has a line in from…to (to not included). */
function watchedWithin(watched: readonly number[], from: number, to: number): boolean {
  for (let k = 0; k < watched.length; k += 2) if (watched[k] < to && watched[k + 1] >= from) return true;
  return false;
}

/** A marker copy moved to `line` as findMarkers moves the markers it keeps (model/markers.ts). */
function moveMarker(marker: Marker, line: number): void {
  marker.line = line;
  if (marker.itemReading) marker.itemReading.line = line;
  if (marker.splitFrom !== undefined) marker.splitFrom = line - 1;
}

/**
 * Lines from..to as the outline reads a stretch of plain text: between two markers it asks only whether some text
 * line stands left of a column (the least indentation) and whether a paragraph starts at the margin after a blank
 * line (only the first text line of the stretch can, when no line is blank). Page furniture (第1页 / 共11页) it passes
 * over, as not blank. Undefined when a line reads as more than that: other, a colon at its end (a lead-in), a bullet, a
 * part break (篇二, 附件1), a plain-text heading of its own or the first item under one (proseReads). `blank`: some
 * line is blank (see blankLinesPassedOver); `firstAtMargin` undefined: no line is text (the lines after would read the
 * text before the stretch instead).
 */
function plainColumns(lines: readonly Line[], from: number, to: number): { least: number; firstAtMargin?: boolean; blank: boolean } | undefined {
  let least = Infinity;
  let firstAtMargin: boolean | undefined;
  let blank = false;
  for (let l = from; l < to; l++) {
    const line = lines[l];
    if (line?.kind === 'furniture') continue;
    if (line?.kind === 'blank') {
      blank = true;
      continue;
    }
    if (line?.kind !== 'text') return undefined;
    const prose = line.prose;
    if (proseReads(prose) !== '') return undefined;
    const columns = leadingColumns(prose);
    least = Math.min(least, columns);
    firstAtMargin ??= columns === 0;
  }
  return { least, firstAtMargin, blank };
}

/**
 * A blank line put in or taken out among lines of plain text (plainColumns, before and after): the outline reads a
 * blank line only where a section ends (its blank lines at the end are left out), for a paragraph at the margin after
 * one (it ends a Markdown list) and for a plain-text title set apart by them (PLAIN_TITLE) — and it reads the nearest
 * text line before a marker (a lead-in, 重要提示, the lead-in of a sub-list within 40 lines), which lines put in or
 * taken out may move. None of them changes when: the first text line after the edit comes before the next marker (no
 * marker on it or on the lines between: the sections after end and read their lines as they did, and none ends in the
 * edit) and reads as plain text (no title a blank line before it sets apart, no part break); the line before the edit
 * is no title that a blank line after it sets apart; and from the edit to that text line a paragraph starts at the
 * margin after a blank line in both versions or in neither. A keystroke: a few lines looked at, not the draft's 9,000.
 */
function blankLinesPassedOver(before: readonly Line[], lines: readonly Line[], markers: readonly Marker[], edit: Edit): boolean {
  const { lo, scannedEnd, delta } = edit;
  const next = firstAt(markers, (m) => m.line >= scannedEnd);
  const nextMarker = next < markers.length ? markers[next].line : Infinity;
  let text = -1;
  for (let l = scannedEnd; l < lines.length && l < scannedEnd + LOOK && l < nextMarker; l++) {
    if (lines[l].kind === 'text') {
      text = l;
      break;
    }
  }
  if (text < 0 || proseReads(lines[text].prose) !== '') return false;
  const above = lo > 0 ? lines[lo - 1] : undefined;
  if (above?.kind === 'text' && proseReads(above.prose).includes('t')) return false;
  // Nor a plain 1. that a blank line after it sets apart as a title, or no longer does (titleAlone).
  const marked = lo > 0 ? firstAt(markers, (m) => m.line >= lo - 1) : markers.length;
  const m = markers[marked];
  if (m?.line === lo - 1 && m.kind === 'arabic' && m.headingLevel === undefined && titleAlone(before, m) !== titleAlone(lines, m)) return false;
  // Whether the line before the edit follows a blank line, as the outline reads it (lines of other kinds passed over).
  let afterBlank: boolean | undefined;
  let l = lo - 1;
  for (; l >= 0 && l >= lo - LOOK; l--) {
    const kind = lines[l].kind;
    if (kind === 'blank' || kind === 'text') {
      afterBlank = kind === 'blank';
      break;
    }
  }
  if (afterBlank === undefined) {
    if (l >= 0) return false;
    afterBlank = true;
  }
  return paragraphAtMargin(before, lo, text - delta, afterBlank) === paragraphAtMargin(lines, lo, text, afterBlank);
}

/** How many lines blankLinesPassedOver looks at around the edit before it gives up (the outline is built again). */
const LOOK = 64;

/** Whether a text line at the margin follows a blank line among lines from..to (both included), the outline's `breaks`. */
function paragraphAtMargin(lines: readonly Line[], from: number, to: number, afterBlank: boolean): boolean {
  for (let l = from; l <= to; l++) {
    const line = lines[l];
    if (line.kind !== 'text') {
      if (line.kind === 'blank') afterBlank = true;
      continue;
    }
    if (afterBlank && leadingColumns(line.prose) === 0) return true;
    afterBlank = false;
  }
  return false;
}

/** No line count changed and every changed line, before and after, is one no target reads (model/targets.ts). */
function keepsTargets(before: readonly Line[], after: readonly Line[], dirty: Uint8Array): boolean {
  for (let l = 0; l < after.length; l++) if (dirty[l] && !sameForTargets(before[l], after[l])) return false;
  return true;
}

/**
 * Lines added or removed: the targets move with the lines after the edit when every line read again, before and after,
 * and every other changed line is plain text to them (no target, no list item, not blank: model/targets.ts).
 */
function movesTargets(before: readonly Line[], after: readonly Line[], dirty: Uint8Array, edit: Edit): { from: number; delta: number } | false {
  const { lo, scannedEnd, reusedFrom, delta } = edit;
  for (let l = lo; l < reusedFrom; l++) if (!before[l] || !plainForTargets(before[l])) return false;
  for (let l = 0; l < after.length; l++) {
    if (!dirty[l]) continue;
    if (!plainForTargets(after[l])) return false;
    const was = l < lo ? l : l >= scannedEnd ? l - delta : -1;
    if (was >= 0 && (!before[was] || !plainForTargets(before[was]))) return false;
  }
  return { from: reusedFrom, delta };
}

function moveDirective(d: Directive, delta: number): Directive {
  return {
    ...d,
    line: d.line + delta,
    keyword: { ...d.keyword, line: d.keyword.line + delta },
    names: d.names.map((n) => ({ ...n, line: n.line + delta })),
  };
}

// The outline reads the markers and, of the other lines, only their kind, indentation and what proseReads names.
function outlineFacts(line: Line): string {
  if (line.kind !== 'text') return line.kind === 'blank' ? 'blank' : 'other';
  return `text|${leadingColumns(line.prose)}|${proseReads(line.prose)}`;
}

const facts = (m: MarkerFacts | undefined) => (m ? `${m.titleStart}|${m.headingLevel}` : '');

/** What the outline's accepted markers tell paragraphs, by line, as strings (the marker objects move on). */
function markerFactsByLine(outline: Outline): Map<number, string> {
  const out = new Map<number, string>();
  for (const [line, m] of markersOf(outline.sections)) out.set(line, facts(m));
  return out;
}

/** markerFactsByLine's facts as numbers (line, title start, heading level or −1, per accepted marker), without a map. */
function markerFactsCopy(outline: Outline): number[] {
  const out: number[] = [];
  for (const s of outline.sections) out.push(s.marker.line, s.marker.titleStart, s.marker.headingLevel ?? -1);
  return out;
}

/** markerFactsByLine from such a copy (a later section's marker on the same line wins, as in markersOf's map). */
function markerFactsFromCopy(copy: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let k = 0; k < copy.length; k += 3) out.set(copy[k], facts({ titleStart: copy[k + 1], headingLevel: copy[k + 2] < 0 ? undefined : copy[k + 2] }));
  return out;
}

/** Lines whose marker, as paragraphs read it (where the title starts, a heading or not), is not what it was. */
function markChangedMarkers(dirty: Uint8Array, before: Map<number, string>, after: Outline, lineOf: (line: number) => number): void {
  const was = new Map<number, string>();
  for (const [line, f] of before) {
    const now = lineOf(line);
    if (now >= 0) was.set(now, f);
  }
  const is = markerFactsByLine(after);
  for (const [line, f] of is) if (f !== (was.get(line) ?? '') && line < dirty.length) dirty[line] = 1;
  for (const [line, f] of was) if (f !== (is.get(line) ?? '') && line < dirty.length) dirty[line] = 1;
}

/** The text of a new version by line, as rebuild reads it (arrays, or the old records with one edit's lines spliced in). */
interface NewLines {
  readonly length: number;
  text(i: number): string;
  eol(i: number): string;
}

const NO_LABELS: ReadonlySet<string> = new Set();

/**
 * One change of a range (not a whole new text, not a range that ends before it starts) as applyChange makes it, read
 * through the old records: lines lo…hi of the new text are the pieces it puts in, the others the old lines. Undefined
 * for a change applyChange reads otherwise.
 */
function spliceOf(old: readonly LineRecord[], change: TextChange): (NewLines & { lo: number; hi: number }) | undefined {
  if (!change.range) return undefined;
  const [sl, sc] = clampRecords(old, change.range.start);
  const [el, ec] = clampRecords(old, change.range.end);
  if (el < sl || (el === sl && ec < sc)) return undefined;
  let s = sl;
  let chunk = old[sl].text.slice(0, sc) + change.text + old[el].text.slice(ec) + old[el].eol;
  // \r at the end of the line before and \n at the start of the chunk are one line break.
  if (s > 0 && old[s - 1].eol === '\r' && chunk.charCodeAt(0) === 10) {
    s--;
    chunk = old[s].text + '\r' + chunk;
  }
  const pieces = piecesOf(chunk);
  if (old[el].eol !== '') pieces.pop(); // the chunk ends with the old line break: what follows is the next line
  const m = pieces.length;
  const delta = m - (el - s + 1);
  const end = s + m;
  return {
    lo: s,
    hi: end,
    length: old.length + delta,
    text: (i) => (i < s ? old[i].text : i < end ? pieces[i - s].text : old[i - delta].text),
    eol: (i) => (i < s ? old[i].eol : i < end ? pieces[i - s].eol : old[i - delta].eol),
  };
}

/** clamp, of the old records. */
function clampRecords(records: readonly LineRecord[], position: { line: number; character: number }): [number, number] {
  if (position.line >= records.length) return [records.length - 1, records[records.length - 1].text.length];
  if (position.line < 0) return [0, 0];
  return [position.line, Math.max(0, Math.min(position.character, records[position.line].text.length))];
}

/** Applies one change to the lines, widening `window` (the lines of the new text that are not old lines unchanged). */
function applyChange(texts: string[], eols: string[], change: TextChange, window: { lo: number; hi: number }): void {
  if (!change.range) return replaceAll(texts, eols, change.text, window);
  const [sl, sc] = clamp(texts, change.range.start);
  const [el, ec] = clamp(texts, change.range.end);
  if (el < sl || (el === sl && ec < sc)) {
    // A range that ends before it starts: what the text library does with it (the text between is repeated).
    const text = texts.map((t, i) => t + eols[i]).join('');
    const offset = (line: number, ch: number) => texts.slice(0, line).reduce((n, t, i) => n + t.length + eols[i].length, 0) + ch;
    return replaceAll(texts, eols, text.slice(0, offset(sl, sc)) + change.text + text.slice(offset(el, ec)), window);
  }
  let s = sl;
  let chunk = texts[sl].slice(0, sc) + change.text + texts[el].slice(ec) + eols[el];
  // \r at the end of the line before and \n at the start of the chunk are one line break.
  if (s > 0 && eols[s - 1] === '\r' && chunk.charCodeAt(0) === 10) {
    s--;
    chunk = texts[s] + '\r' + chunk;
  }
  const pieces = piecesOf(chunk);
  if (eols[el] !== '') pieces.pop(); // the chunk ends with the old line break: what follows is the next line
  spliceAll(texts, s, el - s + 1, pieces.map((p) => p.text));
  spliceAll(eols, s, el - s + 1, pieces.map((p) => p.eol));
  const m = pieces.length;
  const shift = m - (el - s + 1);
  if (window.lo > window.hi) {
    window.lo = s;
    window.hi = s + m;
    return;
  }
  const hi = window.hi <= s ? window.hi : window.hi > el ? window.hi + shift : s + m;
  window.lo = Math.min(window.lo, s);
  window.hi = Math.max(hi, s + m);
}

function replaceAll(texts: string[], eols: string[], text: string, window: { lo: number; hi: number }): void {
  const pieces = piecesOf(text);
  spliceAll(texts, 0, texts.length, pieces.map((p) => p.text));
  spliceAll(eols, 0, eols.length, pieces.map((p) => p.eol));
  window.lo = 0;
  window.hi = texts.length;
}

/** Lines with their line breaks, split as LSP splits them. */
function piecesOf(text: string): { text: string; eol: string }[] {
  const lines = splitLines(text);
  return lines.map((l, k) => ({ text: l.text, eol: k + 1 < lines.length ? text.slice(l.offset + l.text.length, lines[k + 1].offset) : '' }));
}

/** A position as the text library reads it: past the end of a line is its end, past the last line the text's end. */
function clamp(texts: string[], position: { line: number; character: number }): [number, number] {
  if (position.line >= texts.length) return [texts.length - 1, texts[texts.length - 1].length];
  if (position.line < 0) return [0, 0];
  return [position.line, Math.max(0, Math.min(position.character, texts[position.line].length))];
}

export type { Paragraph };
