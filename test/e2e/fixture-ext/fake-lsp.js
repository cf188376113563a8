'use strict';
// Tiny stdio LSP for proving harness/neovim.js: a warning on every "总体"
// (UTF-16 columns, as LSP says) and one heading symbol with one child.
// Usage: node fake-lsp.js --stdio
const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  DiagnosticSeverity, SymbolKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Full, documentSymbolProvider: true },
}));

documents.onDidChangeContent(({ document }) => {
  const diagnostics = [];
  document.getText().split('\n').forEach((text, line) => {
    for (let at = text.indexOf('总体'); at >= 0; at = text.indexOf('总体', at + 1)) {
      diagnostics.push({ range: { start: { line, character: at }, end: { line, character: at + 2 } },
        message: 'fake: 总体 found', code: 'fake-001', source: 'fake-lsp', severity: DiagnosticSeverity.Warning });
    }
  });
  connection.sendDiagnostics({ uri: document.uri, diagnostics });
});

connection.onDocumentSymbol(({ textDocument }) => {
  const doc = documents.get(textDocument.uri);
  const lines = doc ? doc.getText().split('\n') : [''];
  const range = (line) => ({ start: { line, character: 0 }, end: { line, character: lines[line].length } });
  const child = lines.length > 1 ? [{ name: lines[1], kind: SymbolKind.String, range: range(1), selectionRange: range(1) }] : [];
  const all = { start: range(0).start, end: range(lines.length - 1).end }; // encloses the child
  return [{ name: lines[0], kind: SymbolKind.Namespace, range: all, selectionRange: range(0), children: child }];
});

documents.listen(connection);
connection.listen();
