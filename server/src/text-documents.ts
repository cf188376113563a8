// Incremental document sync: each open document is a LineDocument (line-document.ts: its lines, not one string copied
// whole at every keystroke). It reads an edit that puts a \r right before a \n (deleting what stood between them, or
// typing \n after a \r) as one line break; the text-document library counted two, and every position after it was
// off by a line (a document of the library's is still updated with that worked around). Each change is also written
// to a journal (change-journal.ts), from which the lint worker is sent the edits rather than the text.

import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { ChangeJournal } from './change-journal';
import { LineDocument } from './line-document';

export function syncedTextDocuments(journal?: ChangeJournal): TextDocumentsConfiguration<TextDocument> {
  return {
    create(uri, languageId, version, content) {
      journal?.opened(uri, version);
      return new LineDocument(uri, languageId, version, content);
    },
    update(document, changes, version) {
      journal?.record(document.uri, version, changes);
      if (document instanceof LineDocument) {
        document.update(changes, version);
        return document;
      }
      return updated(document, changes, version);
    },
  };
}

/** A document of the library's (not made here): updated by it, with the line-break fault worked around. */
function updated(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  let current = document;
  for (const change of changes) {
    current = TextDocument.update(current, [change], version);
    if ('range' in change && joinsLineBreak(current, change)) current = TextDocument.create(current.uri, current.languageId, version, current.getText());
  }
  return current;
}

/** Does the text around the changed range now read \r\n where the change met it? */
function joinsLineBreak(document: TextDocument, change: TextDocumentContentChangeEvent & { range: unknown }): boolean {
  const { range, text } = change as { range: { start: { line: number; character: number } }; text: string };
  const text0 = document.getText();
  const start = document.offsetAt(range.start);
  const end = start + text.length;
  const joined = (at: number) => text0.charCodeAt(at - 1) === 13 && text0.charCodeAt(at) === 10;
  return joined(start) || joined(end);
}
