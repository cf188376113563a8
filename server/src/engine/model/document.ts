// The document model: a draft parsed once into lines, sections, paragraphs and inline enumerations.
// Every rule reads this model; none re-splits the text or looks for headings on its own.

import { buildOutline, type Outline, type Section } from './outline';
import { findDates, type DateMention } from './dates';
import { findReportTimes, type ReportTime } from './report-time';
import { findEnumerations, type Enumeration } from './enumerations';
import { chunkIndexLines } from './chunk-indices';
import { scanLines, type Directive, type Line } from './lines';
import { findMarkers, type Marker } from './markers';
import { findFigures, findPercents, findPointChanges, type Figure } from './numbers';
import { readBreakdowns, type Breakdown } from './breakdowns';
import { readTableTotals } from './table-totals';
import { readAmountChanges, type AmountChange } from './amount-changes';
import { buildParagraphs, type Paragraph } from './paragraphs';
import { readRateClaims, type RateClaim } from './rate-claims';
import { findTargets, type Targets } from './targets';
import type { TextFormat } from '../types';

export class ReportDocument {
  readonly lines: Line[];
  readonly directives: Directive[];
  readonly markers: Marker[];
  readonly outline: Outline;
  readonly paragraphs: Paragraph[];
  private enumerationCache?: Enumeration[];
  private figureCache?: Figure[];
  private figuresByParagraph?: Map<Paragraph, Figure[]>;
  private amountChangeCache?: AmountChange[];
  private claimCache?: RateClaim[];
  private breakdownCache?: Breakdown[];
  private percentCache?: Figure[];
  private pointCache?: Figure[];
  private chunkCache?: Set<number>;
  private targetCache?: Targets;
  private dateCache?: DateMention[];
  private timeCache?: ReportTime[];

  constructor(
    readonly text: string,
    readonly format: TextFormat,
  ) {
    const scanned = scanLines(text, format);
    this.lines = scanned.lines;
    this.directives = scanned.directives;
    this.markers = findMarkers(this.lines, format);
    this.outline = buildOutline(this.lines, this.markers, format);
    this.paragraphs = buildParagraphs(this.lines, this.outline.sections, (line) => this.partOf(line), format);
  }

  get sections(): Section[] {
    return this.outline.sections;
  }

  get enumerations(): Enumeration[] {
    return (this.enumerationCache ??= findEnumerations(this.paragraphs));
  }

  /** Every figure the writer states, read once (model/numbers.ts). */
  get figures(): Figure[] {
    return (this.figureCache ??= findFigures(this.paragraphs));
  }

  /** The figures of one paragraph, in text order. */
  figuresIn(paragraph: Paragraph): Figure[] {
    if (!this.figuresByParagraph) {
      this.figuresByParagraph = new Map(this.paragraphs.map((p) => [p, [] as Figure[]]));
      for (const f of this.figures) this.figuresByParagraph.get(f.paragraph)?.push(f);
    }
    return this.figuresByParagraph.get(paragraph) ?? [];
  }

  /** Claims about how a percentage changed (由A%提高至B%，提高C个百分点; 入学率比上年提高5%), per paragraph. */
  get rateClaims(): RateClaim[] {
    return (this.claimCache ??= this.paragraphs.flatMap((p) => readRateClaims(p, this.figuresIn(p))));
  }

  /** Amounts stated before and after a change in % (由48.5亿元增长到53.2亿元，增长9.7%), per paragraph. */
  get amountChanges(): AmountChange[] {
    return (this.amountChangeCache ??= this.paragraphs.flatMap((p) => readAmountChanges(p, this.figuresIn(p))));
  }

  /** Totals with their parts (共128所，其中小学80所…) and shares of one whole (城区占46.5%、郊区占38.2%…). */
  get breakdowns(): Breakdown[] {
    return (this.breakdownCache ??= [
      ...this.paragraphs.flatMap((p) => readBreakdowns(p, this.figuresIn(p))),
      ...readTableTotals(this.paragraphs, (p) => this.figuresIn(p)),
    ]);
  }

  /** The figures written as percentages (58.7%, 45 percent, 百分之五十). */
  get percents(): Figure[] {
    return (this.percentCache ??= findPercents(this.figures));
  }

  /** The figures written as percentage points (5.3个百分点, 4 percentage points). */
  get pointChanges(): Figure[] {
    return (this.pointCache ??= findPointChanges(this.figures));
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
    return (this.dateCache ??= findDates(this.paragraphs));
  }

  /** The report's own time (kind, period, 落款 date), one per part. */
  get reportTimes(): ReportTime[] {
    return (this.timeCache ??= findReportTimes(this.lines, this.outline.parts, this.dates));
  }

  /** Index of the part (篇) a line belongs to. */
  partOf(line: number): number {
    const parts = this.outline?.parts;
    if (!parts) return 0;
    // Parts are in line order: search by halves (a compilation of many parts asks this for every paragraph).
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (parts[mid].startLine <= line) lo = mid;
      else hi = mid - 1;
    }
    if (parts[lo].startLine <= line) return lo;
    return 0;
  }
}

export function parseDocument(text: string, format: TextFormat = 'plain'): ReportDocument {
  return new ReportDocument(text, format);
}
