// The outline (document symbols) and folding ranges, both read off the engine's section tree.

import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { ReportDocument, Section } from './engine';

export function documentSymbols(doc: ReportDocument): DocumentSymbol[] {
  const toSymbol = (section: Section): DocumentSymbol => {
    const m = section.marker;
    const headingLine = doc.lines[m.line];
    const endLine = doc.lines[section.endLine];
    return {
      name: section.title || headingLine.text.trim() || '…',
      kind: m.headingLevel !== undefined ? SymbolKind.String : SymbolKind.Number,
      range: { start: { line: m.line, character: 0 }, end: { line: section.endLine, character: endLine.text.length } },
      selectionRange: { start: { line: m.line, character: m.start }, end: { line: m.line, character: headingLine.text.length } },
      children: section.children.map(toSymbol),
    };
  };
  return doc.outline.roots.map(toSymbol);
}

export function foldingRanges(doc: ReportDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of doc.sections) {
    if (section.endLine > section.marker.line) {
      ranges.push({ startLine: section.marker.line, endLine: section.endLine, kind: FoldingRangeKind.Region });
    }
  }
  return ranges;
}
