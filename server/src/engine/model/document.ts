// The document model: a draft parsed once into lines, sections, paragraphs and inline enumerations.
// Every rule reads this model; none re-splits the text or looks for headings on its own.

import { buildOutline, type Outline, type Section } from './outline';
import { findDates, type DateMention } from './dates';
import { findReportTimes, type ReportTime } from './report-time';
import { findEnumerations, type Enumeration } from './enumerations';
import { scanLines, type Directive, type Line } from './lines';
import { findMarkers, type Marker } from './markers';
import { findPercents, findPointChanges, type Quantity } from './numbers';
import { buildParagraphs, type Paragraph } from './paragraphs';
import { findTargets, type Targets } from './targets';
import type { TextFormat } from '../types';

export class ReportDocument {
  readonly lines: Line[];
  readonly directives: Directive[];
  readonly markers: Marker[];
  readonly outline: Outline;
  readonly paragraphs: Paragraph[];
  private enumerationCache?: Enumeration[];
  private percentCache?: Quantity[];
  private pointCache?: Quantity[];
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

  get percents(): Quantity[] {
    return (this.percentCache ??= findPercents(this.paragraphs));
  }

  get pointChanges(): Quantity[] {
    return (this.pointCache ??= findPointChanges(this.paragraphs));
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
    for (let i = parts.length - 1; i >= 0; i--) if (parts[i].startLine <= line) return i;
    return 0;
  }
}

export function parseDocument(text: string, format: TextFormat = 'plain'): ReportDocument {
  return new ReportDocument(text, format);
}
