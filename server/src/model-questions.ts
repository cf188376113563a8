// What the editor's features ask of a draft's model (outline, folding, completion, hover, statistics, where the body
// starts, the sections a reference names), as plain data, answered by one function. The server's thread answers them for a short draft; for a long one
// the lint worker answers them from the model it keeps for linting, so the server's thread never holds a second model
// of the draft (11.5 MB for a 3 MB draft, and a 1.3 s parse after every lint on that thread).

import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, Position, Range } from 'vscode-languageserver';
import { referenceAt, referencesAt, type Locale, type ReferenceLink, type ReportDocument } from './engine';
import { markerCompletions } from './completion';
import { markerHover } from './hover';
import { statisticsOf, type DraftStatisticsResult } from './statistics';
import { documentSymbols, foldingRanges, hasMarkdownHeadings } from './symbols';

export type ModelQuestion =
  /** `withoutMarkdownHeadings`: none for a Markdown draft with headings (the editor outlines those itself). */
  | { kind: 'symbols'; withoutMarkdownHeadings: boolean }
  | { kind: 'folding' }
  /** `next`: the character after the cursor (a closing bracket the editor inserted with the opening one). */
  | { kind: 'completion'; position: Position; linePrefix: string; next?: string; locale: Locale }
  | { kind: 'hover'; position: Position; locale: Locale }
  | { kind: 'statistics'; locale: Locale }
  | { kind: 'firstBodyLine' }
  /** Go to Definition on a reference to a section or an annex (见第三部分, see section 4.2). */
  | { kind: 'definition'; position: Position }
  /** Find All References on a heading or a reference: the references naming the same section. */
  | { kind: 'references'; position: Position; includeDeclaration: boolean };

export interface ModelAnswers {
  symbols: DocumentSymbol[];
  folding: FoldingRange[];
  completion: CompletionItem[];
  hover: Hover | null;
  statistics: DraftStatisticsResult;
  firstBodyLine: number;
  definition: ReferenceLink | null;
  references: Range[];
}

export type AnswerTo<Q extends ModelQuestion> = ModelAnswers[Q['kind']];

export function answer<Q extends ModelQuestion>(doc: ReportDocument, question: Q): AnswerTo<Q> {
  return answerAny(doc, question) as AnswerTo<Q>;
}

function answerAny(doc: ReportDocument, question: ModelQuestion): ModelAnswers[keyof ModelAnswers] {
  switch (question.kind) {
    case 'symbols':
      return question.withoutMarkdownHeadings && hasMarkdownHeadings(doc) ? [] : documentSymbols(doc);
    case 'folding':
      return foldingRanges(doc);
    case 'completion':
      return markerCompletions(doc, question.position, question.linePrefix, question.locale, question.next);
    case 'hover':
      return markerHover(doc, question.position, question.locale) ?? null;
    case 'statistics':
      return statisticsOf(doc, question.locale);
    case 'firstBodyLine':
      return doc.lines.findIndex((l) => l.kind !== 'front-matter');
    case 'definition':
      return referenceAt(doc, question.position) ?? null;
    case 'references':
      return referencesAt(doc, question.position, question.includeDeclaration);
  }
}
