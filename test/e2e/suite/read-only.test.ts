// A draft the writer cannot change — a read-only file system (the old side of a diff is git:'s, a GitHub repository
// opened without write access), the text of a Word document — is checked, but offers no fix that would then fail.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhere, workspaceFile } from './helpers';

const SCHEME = 'rl-readonly';

/** Serves the e2e workspace's files, read-only (as git: and read-only repositories do). */
class ReadOnlyFiles implements vscode.FileSystemProvider {
  private readonly never = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.never.event;
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): Thenable<vscode.FileStat> {
    return vscode.workspace.fs.stat(workspaceFile(uri.path.slice(1)));
  }
  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(workspaceFile(uri.path.slice(1)));
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  delete(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
}

/** The actions that would change the draft: an edit, or a fix the server resolves later (neither edit nor command). */
const edits = (actions: vscode.CodeAction[]) => actions.filter((a) => a.edit !== undefined || a.command === undefined).map((a) => a.title);

describe('a draft that cannot be changed', () => {
  let registration: vscode.Disposable | undefined;
  before(() => {
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, new ReadOnlyFiles(), { isReadonly: true, isCaseSensitive: true });
  });
  after(async () => {
    await closeAll();
    registration?.dispose();
  });

  it('in a read-only file system is checked, and offers the rule doc but no fix; Fix all changes nothing', async () => {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: '/marker.report' });
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.length === 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostics[0].range);
    assert.deepEqual(edits(actions), [], 'no fix on a read-only draft');
    assert.ok(actions.some((a) => a.command?.command === 'reportLint.showRuleDoc'), actions.map((a) => a.title).join(' | '));
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostics[0].range, 'source.fixAll');
    assert.deepEqual(edits(fixAll), [], 'no fix-all either');
    const before = document.getText();
    await vscode.commands.executeCommand('reportLint.fixAll');
    await vscode.commands.executeCommand('reportLint.renumber');
    assert.equal(document.getText(), before);
    assert.equal(document.isDirty, false);
  });

  it('the same draft in the folder is offered its fix', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('marker.report'));
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.length === 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range);
    assert.ok(actions.some((a) => a.isPreferred && a.edit), actions.map((a) => a.title).join(' | '));
  });

  it('a file marked read-only by files.readonlyInclude offers no fix; files.readonlyExclude gives it back', async () => {
    const files = vscode.workspace.getConfiguration('files');
    const document = await vscode.workspace.openTextDocument(workspaceFile('marker.report'));
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.length === 2);
    const fixes = async () =>
      edits(await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range));
    try {
      await files.update('readonlyInclude', { '*.report': true }, vscode.ConfigurationTarget.Workspace);
      assert.deepEqual(await fixes(), [], 'no fix on a file marked read-only');
      await files.update('readonlyExclude', { 'marker.report': true }, vscode.ConfigurationTarget.Workspace);
      assert.notDeepEqual(await fixes(), [], 'the exclusion gives the fix back');
    } finally {
      await files.update('readonlyInclude', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('readonlyExclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the text of a Word document offers no fix', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLint.checkWordDocument', workspaceFile('工作总结.docx'));
    const diagnostics = await diagnosticsWhere(editor.document.uri, (d) => d.length >= 4);
    for (const d of diagnostics) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
      assert.deepEqual(edits(actions), [], `no fix for ${d.message}`);
    }
  });
});
