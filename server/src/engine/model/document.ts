// The document model: a draft parsed once into lines, sections, paragraphs and inline enumerations.
// Every rule reads this model; none re-splits the text or looks for headings on its own.

import { buildOutline, type Outline, type Part, type Section } from './outline';
import { readDates, type DateMention } from './dates';
import { findReportTimes, reportTimesAfterEdit, type ReportTime } from './report-time';
import { enumerationsAfterEdit, findEnumerations, firstlyIn, itemsIn, type Enumeration } from './enumerations';
import type { EditedStretch } from './edited-stretch';
import { chunkIndexLines } from './chunk-indices';
import { scanLines, type Directive, type Line } from './lines';
import { findMarkers, type Marker } from './markers';
import { findPercents, findPointChanges, readFigures, type Figure } from './numbers';
import { readBreakdowns, type Breakdown } from './breakdowns';
import { readTableTotals } from './table-totals';
import { readAmountChanges, type AmountChange } from './amount-changes';
import { buildParagraphs, type Paragraph } from './paragraphs';
import { readRateClaims, type RateClaim } from './rate-claims';
import { findTargets, movedTargets, type Targets } from './targets';
import { mayBeTitled, readTitled, type TitledHeading, titledHeadings } from './titled-headings';
import { mayBePeriodHeading, readPeriodHeading } from './heading-scope';
import { findPeriodParts, type PeriodPart } from './period-parts';
import { kept, UnitMemo } from './unit-memo';
import { countWords, localeOf } from '../i18n';
import type { Locale, TextFormat } from '../types';
import { firstAt } from '../sorted';

/**
 * Where an edit's lines are: read again from `lo` to `scannedEnd` (this version's lines); after them, the lines of the
 * version before moved by `delta`. `changed`: every line of this version, ascending, that is not the version before's
 * line at that place (those read again, and lines a neighbour made furniture or text again).
 */
export interface LineEdit {
  lo: number;
  scannedEnd: number;
  delta: number;
  changed: readonly number[];
}

/** A version of the model put together from parts (the incremental model reuses the parts an edit left alone). */
export interface ModelParts {
  lines: Line[];
  directives: Directive[];
  markers: Marker[];
  outline: Outline;
  paragraphs: Paragraph[];
}

export class ReportDocument {
  readonly lines: Line[];
  readonly directives: Directive[];
  readonly markers: Marker[];
  readonly outline: Outline;
  readonly paragraphs: Paragraph[];
  private textValue?: string;
  private readonly textSource?: () => string;
  private enumerationCache?: Enumeration[];
  private figureCache?: Figure[];
  private titledCache?: TitledHeading[];
  private periodPartCache?: PeriodPart[];
  private amountChangeCache?: AmountChange[];
  private claimCache?: RateClaim[];
  private breakdownCache?: Breakdown[];
  private percentCache?: Figure[];
  private pointCache?: Figure[];
  private chunkCache?: Set<number>;
  private targetCache?: Targets;
  private dateCache?: DateMention[];
  private timeCache?: ReportTime[];
  /** What the version before read per part, and where the edit since touched it (see keepFrom). */
  private carried?: { edit: EditedStretch; times?: ReportTime[]; enumerations?: Enumeration[] };
  /** For each set of characters asked of charactersUsed: on how many lines each occurs. */
  private readonly charCounts = new Map<string, Int32Array>();
  /** The counts of the version before, and the texts of the lines an edit took out and put in since. */
  private carriedCounts?: { counts: Map<string, Int32Array>; removed: readonly string[]; added: readonly string[] };
  /** For each slot asked of lineFacts: the fact of every line. */
  private readonly factArrays = new Map<string, Uint8Array>();
  /** The block the fact arrays are carved from, and how much of it they use (see factBytes). */
  private factSlab?: Uint8Array;
  private factSlabUsed = 0;
  /** The facts and lines of the version before, and where the edit since read lines again (see lineFacts). */
  private carriedFacts?: { facts: Map<string, Uint8Array>; edit: LineEdit };
  /**
   * An object that stands for this version: what a cache of one version's results compares with `editedFrom` of the
   * next (without keeping the version itself, nor through it the one before).
   */
  readonly version: object = {};
  /** The version this one was made from by an edit (its `version`), and where that edit's lines are; undefined after a parse. */
  editedFrom?: { version: object; lineEdit: LineEdit };

  /**
   * Parses `text`; or, given the parts, puts them together (`text` then gives the text when someone asks for it).
   * `memo` keeps what was read from each line and paragraph, shared by the versions of one incremental model.
   */
  constructor(
    text: string | (() => string),
    readonly format: TextFormat,
    parts?: ModelParts,
    readonly memo: UnitMemo = new UnitMemo(),
  ) {
    if (typeof text === 'string') this.textValue = text;
    else this.textSource = text;
    if (parts) {
      ({ lines: this.lines, directives: this.directives, markers: this.markers, outline: this.outline, paragraphs: this.paragraphs } = parts);
      return;
    }
    const scanned = scanLines(this.text, format);
    this.lines = scanned.lines;
    this.directives = scanned.directives;
    this.markers = findMarkers(this.lines, format);
    this.outline = buildOutline(this.lines, this.markers, format);
    this.paragraphs = buildParagraphs(this.lines, this.outline.sections, (line) => this.partOf(line), format);
  }

  /**
   * Takes over what the version before had read of the whole draft, where the incremental model knows an edit left it
   * as it was (the same lines at the same indices, none of the changed ones able to take part in it).
   */
  keepFrom(
    previous: ReportDocument,
    kept: {
      targets: boolean | { from: number; delta: number };
      edit?: EditedStretch;
      lines?: { removed: readonly string[]; added: readonly string[] };
      lineEdit?: LineEdit;
    },
  ): void {
    if (kept.lineEdit) {
      this.carriedFacts = { facts: previous.factArrays, edit: kept.lineEdit };
      this.editedFrom = { version: previous.version, lineEdit: kept.lineEdit };
    }
    if (kept.targets === true) this.targetCache = previous.targetCache;
    else if (kept.targets && previous.targetCache) this.targetCache = movedTargets(previous.targetCache, kept.targets.from, kept.targets.delta);
    if (kept.lines) this.carriedCounts = { counts: previous.charCounts, ...kept.lines };
    // Report times and enumerations are read per part: with the same parts and sections, the parts the edit left alone
    // keep theirs; report times need only the same parts (an outline read again may give them, moved with the lines).
    // Only the results are kept, never the version before (nor, through it, the one before that).
    if (!kept.edit) return;
    const sameOutline = previous.outline.parts === this.outline.parts && previous.outline.sections === this.outline.sections;
    if (sameOutline || sameParts(previous.outline.parts, this.outline.parts, kept.edit)) {
      this.carried = { edit: kept.edit, times: previous.timeCache, enumerations: sameOutline ? previous.enumerationCache : undefined };
    }
  }

  /** The whole text (joined from the lines for a version put together from parts). */
  get text(): string {
    return (this.textValue ??= this.textSource!());
  }

  get sections(): Section[] {
    return this.outline.sections;
  }

  /** Inline enumerations (一是…二是…, First… Second…), each paragraph's items read once. */
  get enumerations(): Enumeration[] {
    if (this.enumerationCache) return this.enumerationCache;
    const items = (p: Paragraph) => (this.memo.paragraph(p).enumerationItems ??= kept(itemsIn(p)));
    const firstly = (p: Paragraph) => (this.memo.paragraph(p).firstly ??= firstlyIn(p));
    const carried = this.carried;
    this.enumerationCache = carried?.enumerations
      ? enumerationsAfterEdit(carried.enumerations, this.paragraphs, carried.edit.firstPart, carried.edit.lastPart, items, firstly)
      : findEnumerations(this.paragraphs, items, firstly);
    if (carried) carried.enumerations = undefined;
    return this.enumerationCache;
  }

  /**
   * English headings that name their unit (Section 3 Finance, PART IV, ## Appendix C), read once per version for the
   * rules that need them; each line's text read once while the line stands.
   */
  get titledHeadings(): TitledHeading[] {
    if (this.titledCache) return this.titledCache;
    const read = (line: Line) => (line.kind === 'text' && mayBeTitled(line.prose) ? this.memo.get('titled-heading', line, () => readTitled(line.prose)) : undefined);
    // Which lines are one is kept per line (lineFacts): a version reads the lines an edit changed, not every line.
    const titled = this.lineFacts('titled-heading', (line) => (line.prose.length <= 100 && read(line) ? 1 : 0));
    const lines: Line[] = [];
    for (let i = 0; i < titled.length; i++) if (titled[i]) lines.push(this.lines[i]);
    return (this.titledCache = titledHeadings(lines, read));
  }

  /**
   * The unnumbered part headings of a government work report (“十四五”时期工作回顾, 2026年重点工作) and the lines under
   * each (model/period-parts.ts), read once per version; which lines are one is kept per line.
   */
  get periodParts(): PeriodPart[] {
    if (this.periodPartCache) return this.periodPartCache;
    const read = (line: Line) => (line.kind === 'text' && mayBePeriodHeading(line.prose) ? this.memo.get('period-heading', line, () => readPeriodHeading(line.prose)) : undefined);
    const headings = this.lineFacts('period-heading', (line) => (read(line) ? 1 : 0));
    return (this.periodPartCache = findPeriodParts(this.lines, this.outline.parts, (l) => (headings[l] ? read(this.lines[l]) : undefined)));
  }

  /** Every figure the writer states, read once (model/numbers.ts). */
  get figures(): Figure[] {
    return (this.figureCache ??= this.paragraphs.flatMap((p) => this.figuresIn(p)));
  }

  /** The figures of one paragraph, in text order. */
  figuresIn(paragraph: Paragraph): readonly Figure[] {
    return (this.memo.paragraph(paragraph).figures ??= kept(readFigures(paragraph)));
  }

  /** The figures of one paragraph written as percentages (58.7%, 45 percent, 百分之五十). */
  percentsIn(paragraph: Paragraph): readonly Figure[] {
    return (this.memo.paragraph(paragraph).percents ??= kept(findPercents(this.figuresIn(paragraph))));
  }

  /** The figures of one paragraph written as percentage points (5.3个百分点, 4 percentage points). */
  pointChangesIn(paragraph: Paragraph): readonly Figure[] {
    return (this.memo.paragraph(paragraph).pointChanges ??= kept(findPointChanges(this.figuresIn(paragraph))));
  }

  /** Claims of one paragraph about how a percentage changed (由A%提高至B%，提高C个百分点; 入学率比上年提高5%). */
  rateClaimsIn(paragraph: Paragraph): readonly RateClaim[] {
    return (this.memo.paragraph(paragraph).rateClaims ??= kept(readRateClaims(paragraph, this.figuresIn(paragraph))));
  }

  /** Totals with their parts (共128所，其中小学80所…) and shares of one whole (城区占46.5%、郊区占38.2%…) in one paragraph. */
  breakdownsIn(paragraph: Paragraph): readonly Breakdown[] {
    return (this.memo.paragraph(paragraph).breakdowns ??= kept(readBreakdowns(paragraph, this.figuresIn(paragraph))));
  }

  /** The dates of one paragraph. */
  datesIn(paragraph: Paragraph): readonly DateMention[] {
    return (this.memo.paragraph(paragraph).dates ??= kept(readDates(paragraph)));
  }

  get rateClaims(): RateClaim[] {
    return (this.claimCache ??= this.paragraphs.flatMap((p) => this.rateClaimsIn(p)));
  }

  /** Amounts stated before and after a change in % (由48.5亿元增长到53.2亿元，增长9.7%), per paragraph. */
  get amountChanges(): AmountChange[] {
    return (this.amountChangeCache ??= this.paragraphs.flatMap((p) => this.amountChangesIn(p)));
  }

  /** The amount changes of one paragraph. */
  amountChangesIn(paragraph: Paragraph): readonly AmountChange[] {
    return (this.memo.paragraph(paragraph).amountChanges ??= kept(readAmountChanges(paragraph, this.figuresIn(paragraph))));
  }

  /** Totals with their parts (共128所，其中小学80所…) and shares of one whole (城区占46.5%、郊区占38.2%…), and table total rows. */
  get breakdowns(): Breakdown[] {
    return (this.breakdownCache ??= [...this.paragraphs.flatMap((p) => this.breakdownsIn(p)), ...readTableTotals(this.paragraphs, (p) => this.figuresIn(p))]);
  }

  /** The figures written as percentages. */
  get percents(): Figure[] {
    return (this.percentCache ??= this.paragraphs.flatMap((p) => this.percentsIn(p)));
  }

  /** The figures written as percentage points. */
  get pointChanges(): Figure[] {
    return (this.pointCache ??= this.paragraphs.flatMap((p) => this.pointChangesIn(p)));
  }

  /** Lines whose marker is a chunk index of a document-sharing site (1、 before each piece of a cut-up text). */
  get chunkIndices(): Set<number> {
    return (this.chunkCache ??= chunkIndexLines(this.lines, this.outline));
  }

  /** Whether a whole line is page furniture (marked by the line model) or a chunk index: no section of the writer's. */
  isPageFurniture(line: number): boolean {
    return this.lines[line]?.kind === 'furniture' || this.chunkIndices.has(line);
  }

  /** What the text can refer to besides its sections: captions, attachments, articles, appendices. */
  get targets(): Targets {
    return (this.targetCache ??= findTargets(this.lines));
  }

  get dates(): DateMention[] {
    return (this.dateCache ??= this.paragraphs.flatMap((p) => this.datesIn(p)));
  }

  /** The report's own time (kind, period, 落款 date), one per part. */
  get reportTimes(): ReportTime[] {
    if (this.timeCache) return this.timeCache;
    const carried = this.carried;
    this.timeCache = carried?.times
      ? reportTimesAfterEdit(carried.times, this.lines, this.outline.parts, carried.edit, (from, to) => this.datesOnLines(from, to))
      : findReportTimes(this.lines, this.outline.parts, this.dates);
    if (carried) carried.times = undefined;
    return this.timeCache;
  }

  /** The dates of the paragraphs on lines from..to, in text order. */
  private datesOnLines(from: number, to: number): DateMention[] {
    const paragraphs = this.paragraphs;
    const lo = firstAt(paragraphs, (p) => p.lastLine >= from);
    const out: DateMention[] = [];
    for (let k = lo; k < paragraphs.length && paragraphs[k].firstLine <= to; k++) for (const d of this.datesIn(paragraphs[k])) out.push(d);
    return out;
  }

  /** The position of a paragraph in `paragraphs`. */
  indexOf(paragraph: Paragraph): number {
    // Searched by its first line (the paragraphs are in line order), not through a map of every paragraph made per
    // version: a keystroke asks for a few hundred of 6,000.
    const paragraphs = this.paragraphs;
    const line = paragraph.firstLine;
    for (let i = firstAt(paragraphs, (p) => p.firstLine >= line); i < paragraphs.length && paragraphs[i].firstLine === line; i++) if (paragraphs[i] === paragraph) return i;
    return -1;
  }

  /** The language the draft is written in (detectLocale), each line counted once. */
  get writtenIn(): Locale | undefined {
    const total = { han: 0, words: 0 };
    for (const line of this.lines) {
      if (line.kind !== 'text') continue;
      const own = this.memo.get('words', line, () => {
        const counts = { han: 0, words: 0 };
        countHanAndWords(line.prose, counts);
        return counts;
      });
      total.han += own.han;
      total.words += own.words;
    }
    return localeOf(total);
  }

  /**
   * Which of `chars` (up to 31 characters) occur anywhere in the text: counted per line once per text (the counts of
   * the version before, less the lines an edit took out, plus those it put in).
   */
  charactersUsed(chars: string): Set<string> {
    let counts = this.charCounts.get(chars);
    if (!counts) {
      const carried = this.carriedCounts;
      const before = carried?.counts.get(chars);
      if (before && carried) {
        counts = before.slice();
        for (const text of carried.removed) countCharacters(counts, text, chars, -1);
        for (const text of carried.added) countCharacters(counts, text, chars, 1);
      } else {
        counts = new Int32Array(chars.length);
        for (const line of this.lines) countCharacters(counts, line.text, chars, 1);
      }
      this.charCounts.set(chars, counts);
    }
    const used = counts;
    return new Set([...chars].filter((_, i) => used[i] > 0));
  }

  /**
   * A small number (0–255) per line, `read` from the line alone (a pure function of its content, as a memo slot is):
   * read for every line of the first version; a later version takes the facts of the lines the edit left alone (the
   * same objects, moved with the lines) from the version before and reads only the others. A rule's document part
   * that tests every line per lint tests bytes, not lines (no memo lookup, no property read per line).
   */
  lineFacts(slot: string, read: (line: Line) => number): Uint8Array {
    let facts = this.factArrays.get(slot);
    if (facts) return facts;
    const lines = this.lines;
    const n = lines.length;
    facts = this.factBytes(n);
    const carried = this.carriedFacts;
    const before = carried?.facts.get(slot);
    if (before && carried) {
      const { lo, scannedEnd, delta, changed } = carried.edit;
      // The lines before the edit at their index, those after it moved by delta (copied at once); then the lines that
      // are not the same objects as there, read.
      facts.set(before.subarray(0, lo), 0);
      facts.set(before.subarray(scannedEnd - delta), scannedEnd);
      for (const l of changed) facts[l] = read(lines[l]);
    } else {
      for (let l = 0; l < n; l++) facts[l] = read(lines[l]);
    }
    this.factArrays.set(slot, facts);
    return facts;
  }

  /**
   * `n` fresh zero bytes for one slot's facts, carved from a block this version holds alone (perf43rss, perf44): the
   * ≈ 25 slots of a version were each a block of `lines.length` bytes, below glibc's mapping threshold, so in its
   * arena; a version lives one keystroke, its arrays then wait in the old generation for a full collection, scattered
   * among blocks that stay, and the arena's holes (≈ 12 MB on the 3 MB draft) were never given back. One block of
   * ≥ 64 KB per version is freed whole when the version goes (each view is one slot's: no slot sees another's bytes).
   */
  private factBytes(n: number): Uint8Array {
    let slab = this.factSlab;
    if (!slab || this.factSlabUsed + n > slab.length) {
      slab = this.factSlab = new Uint8Array(Math.max(FACT_SLAB_MIN, n * FACT_SLAB_SLOTS));
      this.factSlabUsed = 0;
    }
    const bytes = slab.subarray(this.factSlabUsed, this.factSlabUsed + n);
    this.factSlabUsed += n;
    return bytes;
  }

  /** Index of the part (篇) a line belongs to. */
  partOf(line: number): number {
    return this.outline ? partIndex(this.outline.parts, line) : 0;
  }
}

/** A version's block of fact bytes: at least this many bytes, or room for this many slots (a full lint asks ≈ 25). */
const FACT_SLAB_MIN = 65536;
const FACT_SLAB_SLOTS = 32;

/** Index of the part a line belongs to; parts are in line order: searched by halves (a compilation of many parts asks this for every paragraph). */
export function partIndex(parts: readonly Part[], line: number): number {
  if (parts.length === 0) return 0;
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].startLine <= line) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo].startLine <= line ? lo : 0;
}

/**
 * Whether the parts of an outline read again are those of the version before: the same before the edit, moved with the
 * lines after it (those around it are read again anyway).
 */
function sameParts(before: readonly Part[], after: readonly Part[], edit: EditedStretch): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const [a, b] = [after[i], before[i]];
    const by = a.endLine < edit.from ? 0 : a.startLine > edit.to ? edit.delta : undefined;
    if (by !== undefined && (b.startLine + by !== a.startLine || b.endLine + by !== a.endLine)) return false;
  }
  return true;
}

/** Adds `by` to the count of each of `chars` that occurs in `text`. */
function countCharacters(counts: Int32Array, text: string, chars: string, by: number): void {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i])) counts[i] += by;
}

/** Adds the Han characters and English words of `text` to `counts`: i18n.ts countWords (native searches, perf42). */
export const countHanAndWords = countWords;

export function parseDocument(text: string, format: TextFormat = 'plain'): ReportDocument {
  return new ReportDocument(text, format);
}
