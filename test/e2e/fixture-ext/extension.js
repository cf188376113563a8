'use strict';
// Fixture for the e2e harness: one diagnostic on line 0 and one outline symbol
// for every plaintext document. REPORT_LINT_FIXTURE_BROKEN=1 makes activation throw,
// which also proves env vars reach the extension host.
const vscode = require('vscode');

function activate(context) {
  if (process.env.REPORT_LINT_FIXTURE_BROKEN === '1') throw new Error('fixture: broken on purpose');
  const diagnostics = vscode.languages.createDiagnosticCollection('fixture');
  const update = (doc) => {
    if (doc.languageId !== 'plaintext') return;
    const line0 = doc.lineAt(0).range;
    const d = new vscode.Diagnostic(line0.isEmpty ? new vscode.Range(0, 0, 0, 1) : line0,
      'hello from fixture', vscode.DiagnosticSeverity.Error);
    d.source = 'fixture';
    diagnostics.set(doc.uri, [d]);
  };
  vscode.workspace.textDocuments.forEach(update);
  context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.delete(doc.uri)),
    vscode.languages.registerDocumentSymbolProvider({ language: 'plaintext' }, {
      provideDocumentSymbols(doc) {
        const r = doc.lineAt(0).range;
        return [new vscode.DocumentSymbol('fixture symbol', 'line 0', vscode.SymbolKind.String, r, r)];
      },
    }),
  );
}

module.exports = { activate, deactivate() {} };
