// A broken .reportlintrc.json in the editor: VS Code's JSON language service (the extension's jsonValidation schema)
// and the language server together give one diagnostic per problem — the schema's where it can say it, the server's
// for the rest (a pattern RE2 refuses).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, workspaceFile } from './helpers';

const CONFIG = '{\n  "rules": { "placehoder": "off", "empty-pair": "warn" },\n  "placeholders": { "extra": ["(?<=年)XX"] }\n}\n';

/** Waits until the file's diagnostics, of every source, pass `test`. */
function allDiagnosticsWhere(uri: vscode.Uri, test: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri);
  return new Promise((resolve, reject) => {
    if (test(current())) return resolve(current());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out; last: ${current().map((d) => `${d.range.start.line}:${d.range.start.character} ${d.source ?? ''} ${d.message}`).join(' | ')}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !test(current())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current());
    });
  });
}

describe('a broken configuration file', () => {
  const config = workspaceFile('config-check/.reportlintrc.json');
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(workspaceFile('config-check'), { recursive: true });
  });

  it('gives one diagnostic per problem: the JSON schema’s, and the server’s for what the schema cannot say', async () => {
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(CONFIG));
    await vscode.workspace.fs.writeFile(workspaceFile('config-check/draft.report'), new TextEncoder().encode('一、总体要求\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('config-check/draft.report')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(config));
    const own = (d: vscode.Diagnostic) => d.source?.startsWith('report-lint') === true;
    const all = await allDiagnosticsWhere(config, (d) => d.some(own) && d.filter((x) => !own(x)).length >= 2);
    const where = all.map((d) => `${d.range.start.line}:${d.range.start.character}${own(d) ? ' report-lint' : ''}`).sort();
    assert.deepEqual(where, ['1:13', '1:48', '2:30 report-lint'], all.map((d) => d.message).join(' | '));
  });
});
