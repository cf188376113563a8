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

/** Markdown drafts with headings get VS Code's own Markdown outline; a second one would duplicate it. */
export function hasMarkdownHeadings(doc: ReportDocument): boolean {
  return doc.format === 'markdown' && doc.markers.some((m) => m.headingLevel !== undefined);
}

export function documentSymbols(doc: ReportDocument): DocumentSymbol[] {
  const shown = new Set(readerSections(doc));
  const toSymbols = (sections: Section[]): DocumentSymbol[] =>
    sections.flatMap((section) => (shown.has(section) ? [toSymbol(doc, section, toSymbols(section.children))] : toSymbols(section.children)));
  return toSymbols(doc.outline.roots);
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
  for (const section of readerSections(doc)) {
    if (section.endLine > section.marker.line) {
      ranges.push({ startLine: section.marker.line, endLine: section.endLine, kind: REGION });
    }
  }
  return ranges;
}
