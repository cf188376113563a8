'use strict';
// Runs inside the extension host via harness/mocha-runner.js.
const assert = require('node:assert');
const vscode = require('vscode');

/** Resolves with the diagnostics of uri once there are some (no sleeping). */
function diagnosticsFor(uri) {
  return new Promise((resolve) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (now.length) return resolve(now);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const list = vscode.languages.getDiagnostics(uri);
      if (list.length) { sub.dispose(); resolve(list); }
    });
  });
}

async function activateFixture() {
  const ext = vscode.extensions.getExtension('report-lint.report-lint-e2e-fixture');
  assert.ok(ext, 'extension not found');
  await ext.activate(); // rejects when activate() throws
}

describe('fixture extension', () => {
  it('activates', activateFixture);

  it('puts "hello from fixture" on line 0 of a .txt file', async () => {
    await activateFixture(); // fail fast rather than wait for diagnostics that never come
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'hello.txt');
    const pending = diagnosticsFor(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [d, ...rest] = await pending;
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(d.message, 'hello from fixture');
    assert.strictEqual(d.range.start.line, 0);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
  });
});
