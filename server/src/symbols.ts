// The outline (document symbols) and folding ranges, both read off the engine's section tree as a reader sees
// it: without the chunk indices and page furniture a document-sharing site puts into a copied text.

import type { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { ReportDocument, Section } from './engine';

// The protocol's constants (SymbolKind.String, .Number, FoldingRangeKind.Region) written out: importing them loads the
// whole LSP library, and this module runs in the lint worker too, whose bundle has none (completion.ts).
const STRING_SYMBOL: SymbolKind = 15;
const NUMBER_SYMBOL: SymbolKind = 16;
const REGION: FoldingRangeKind = 'region';

/** The sections a reader would list in a table of contents, in document order. */
export function readerSections(doc: ReportDocument): Section[] {
  return doc.sections.filter((s) => !doc.isPageFurniture(s.marker.line));
}

/**
 * The sections the status bar and "Draft statistics" count: those a reader sees. A Markdown draft with headings is
 * outlined by its headings (VS Code's own outline), so its numbered list items (1. Staffing levels remained stable.)
 * are items of a list, not sections: an English report of 4 headings and a list of 3 said "8 sections".
 */
export function countedSections(doc: ReportDocument): Section[] {
  const sections = readerSections(doc);
  return hasMarkdownHeadings(doc) ? sections.filter((s) => !s.marker.listItem) : sections;
}

/** Markdown drafts with headings get VS Code's own Markdown outline; a second one would duplicate it. */
export function hasMarkdownHeadings(doc: ReportDocument): boolean {
  return doc.format === 'markdown' && doc.markers.some((m) => m.headingLevel !== undefined);
}

/**
 * The most outline items, and folding ranges, sent for one document (VS Code folds at most 5,000 regions, and its
 * JSON server outlines at most 5,000 items): a draft of 161,000 headings gave a 34 MB outline that took the server
 * 11 s to send at each request. Past it, the outer levels come first (every top-level section), then as many of the
 * next level as fit, in document order.
 */
export const MAX_OUTLINE_ITEMS = 5000;

export function documentSymbols(doc: ReportDocument): DocumentSymbol[] {
  const shown = readerSections(doc);
  const isShown = new Set(shown);
  const kept = outerFirst(shown, isShown);
  // A section left out for the limit goes with everything under it; one of page furniture lifts its children.
  const toSymbols = (sections: Section[]): DocumentSymbol[] =>
    sections.flatMap((section) => (kept.has(section) ? [toSymbol(doc, section, toSymbols(section.children))] : isShown.has(section) ? [] : toSymbols(section.children)));
  return toSymbols(doc.outline.roots);
}

/** The first MAX_OUTLINE_ITEMS of `sections` by depth in the outline shown, then in document order. */
function outerFirst(sections: Section[], shown: Set<Section>): Set<Section> {
  if (sections.length <= MAX_OUTLINE_ITEMS) return new Set(sections);
  const depth = new Map<Section, number>();
  const depthOf = (section: Section): number => {
    let d = depth.get(section);
    if (d !== undefined) return d;
    d = 0;
    for (let p = section.parent; p; p = p.parent) if (shown.has(p)) { d = depthOf(p) + 1; break; }
    depth.set(section, d);
    return d;
  };
  const order = sections.map((section, i) => ({ section, i, d: depthOf(section) }));
  order.sort((a, b) => a.d - b.d || a.i - b.i);
  return new Set(order.slice(0, MAX_OUTLINE_ITEMS).map((o) => o.section));
}

function toSymbol(doc: ReportDocument, section: Section, children: DocumentSymbol[]): DocumentSymbol {
  const m = section.marker;
  const headingLine = doc.lines[m.line];
  const endLine = doc.lines[section.endLine];
  return {
    name: section.title || headingLine.text.trim() || '…',
    kind: m.headingLevel !== undefined ? STRING_SYMBOL : NUMBER_SYMBOL,
    range: { start: { line: m.line, character: 0 }, end: { line: section.endLine, character: endLine.text.length } },
    selectionRange: { start: { line: m.line, character: m.start }, end: { line: m.line, character: headingLine.text.length } },
    children,
  };
}

export function foldingRanges(doc: ReportDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const shown = readerSections(doc);
  const folded = shown.filter((section) => section.endLine > section.marker.line);
  const kept = outerFirst(folded, new Set(shown));
  for (const section of folded) {
    if (kept.has(section)) {
      ranges.push({ startLine: section.marker.line, endLine: section.endLine, kind: REGION });
    }
  }
  return ranges;
}
