// Shared helpers for the suites that run inside VS Code's extension host (vscode API only, no sleeps).
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'report-lint.report-lint';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e run must open test/e2e/workspace (a copy of it) as the folder');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

export async function openDraft(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Resolves with the document's Report Lint diagnostics once `test` holds (checked now and on every change). */
export function diagnosticsWhere(uri: vscode.Uri, test: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source?.startsWith('report-lint'));
  return new Promise((resolve, reject) => {
    if (test(current())) return resolve(current());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for diagnostics on ${path.basename(uri.fsPath)}; last: ${describe(current()).join(' | ')}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      if (test(current())) {
        clearTimeout(timer);
        listener.dispose();
        resolve(current());
      }
    });
  });
}

/** The next diagnostics published for `uri` (subscribe before making the change that triggers them). */
export function nextDiagnostics(uri: vscode.Uri, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no diagnostics published for ${path.basename(uri.fsPath)} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(vscode.languages.getDiagnostics(uri).filter((d) => d.source?.startsWith('report-lint')));
    });
  });
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

/** `line:col-line:col rule severity`, 0-based as LSP and the vscode API count. */
export function describe(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    const r = d.range;
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${code} ${SEVERITY[d.severity]}`;
  });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('reportLint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
