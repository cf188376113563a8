// What a writer does in the editor: quick fixes that leave a marker right, "ignore here" outside a plain-text
// draft, completion as a marker is typed, renumbering, and drafts in a virtual folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe as summary, diagnosticsWhere, openDraft, workspaceFile } from './helpers';

// VS Code closes a typed bracket only where the background tokenizer has already reached (it will not force
// tokenizing a line to decide), so a bracket typed right after a new line may stay open on a busy machine. Type it
// again after a pause until the editor closes it, as a writer would see it closed once the editor caught up.
async function typeClosedBracket(editor: vscode.TextEditor, line: number): Promise<void> {
  const seen: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    await vscode.commands.executeCommand('type', { text: '（' });
    const text = editor.document.lineAt(line).text;
    if (text === '（）') return;
    seen.push(text);
    await editor.edit((e) => e.delete(editor.document.lineAt(line).range));
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the editor never closed the bracket: ${seen.join(' | ')}`);
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('writing a draft', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('merges the fixes of one marker: （二）、 becomes （三） whichever finding is fixed', async () => {
    const document = await openDraft('marker.report');
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.length === 2);
    assert.deepEqual(summary(diagnostics), ['3:0-3:4 numbering-sequence error', '3:0-3:4 numbering-style warning']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepEqual(preferred.map((a) => a.title), ['改为“（三）”'], 'one merged fix, offered once');
    assert.ok(actions.some((a) => a.title === '查看“编号连续”规则说明' && a.command?.command === 'reportLint.showRuleDoc'));
    await vscode.workspace.applyEdit(preferred[0].edit!);
    assert.equal(document.lineAt(3).text, '（三）保障');
    await diagnosticsWhere(document.uri, (d) => d.length === 0);
  });

  it('keeps "ignore here" of a plain-text draft in .reportlintrc.json, not in the text', async () => {
    const document = await openDraft('ignore.txt');
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.length === 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range);
    const ignore = actions.find((a) => a.title.startsWith('此处忽略'));
    assert.ok(ignore?.command && !ignore.edit, 'a command, not an edit of the draft');
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await diagnosticsWhere(document.uri, (d) => d.length === 1);
    const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('.reportlintrc.json'))));
    assert.deepEqual(config.suppressions, [{ file: 'ignore.txt', rule: 'placeholder', text: 'xx' }]);
    assert.equal(document.isDirty, false);
  });

  it('offers the next marker as （ is typed, the innermost level first', async () => {
    const document = await openDraft('marker.report');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(3, 6), '\n（'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(4, 1), '（');
    const markers = list.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.equal(markers[0], '（三）', markers.join(' '));
  });

  it('completes （ typed on the keyboard, whose ） the editor adds, to （三） and not （三））', async () => {
    const document = await openDraft('marker.report');
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(3, 6, 3, 6);
    await vscode.commands.executeCommand('type', { text: '\n' });
    await typeClosedBracket(editor, 4);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(4, 1), '（');
    const first = list.items.find((i) => i.kind === vscode.CompletionItemKind.EnumMember)!;
    const range = first.range instanceof vscode.Range ? first.range : first.range!.replacing;
    await editor.edit((e) => e.replace(range, String(first.insertText ?? first.label)));
    assert.equal(document.lineAt(4).text, '（三）');
  });

  it('renumbers every section as one edit', async () => {
    const document = await openDraft('summary.report');
    // A finding's text selected (as a click in the Problems panel leaves it) is not a choice of lines to renumber.
    vscode.window.activeTextEditor!.selection = new vscode.Selection(22, 19, 22, 23);
    await vscode.commands.executeCommand('reportLint.renumber');
    const text = document.getText();
    assert.match(text, /\n3\.推进集团化办学/);
    assert.match(text, /四是加强培训/, 'inline enumerations are not sections');
    await vscode.commands.executeCommand('undo');
    assert.match(document.getText(), /\n4\.推进集团化办学/, 'one undo takes it back');
  });

  it('checks a draft in a virtual folder', async () => {
    const scheme = 'rltest';
    const files = new Map<string, Uint8Array>([['/draft.report', new TextEncoder().encode('一、甲\n\n三、乙\n')]]);
    const emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    const registration = vscode.workspace.registerFileSystemProvider(scheme, {
      onDidChangeFile: emitter.event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: (uri) => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: files.get(uri.path)?.length ?? 0 }),
      readDirectory: () => [],
      createDirectory: () => undefined,
      readFile: (uri) => files.get(uri.path) ?? new Uint8Array(),
      writeFile: (uri, content) => void files.set(uri.path, content),
      delete: () => undefined,
      rename: () => undefined,
    });
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/draft.report' }));
      await vscode.window.showTextDocument(document);
      const found = await diagnosticsWhere(document.uri, (d) => d.length > 0);
      assert.deepEqual(found.map(codeOf), ['numbering-sequence']);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    } finally {
      registration.dispose();
    }
  });

  it('keeps an unsaved Chinese draft checked when its language is guessed to be INI, once', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '关于2026年度工作情况的报告\n\n一、工作总体情况\n\n（一）主要成效\n\n三、下一步打算\n' });
    await vscode.window.showTextDocument(document);
    await diagnosticsWhere(document.uri, (d) => d.some((x) => codeOf(x) === 'numbering-sequence'));
    // What VS Code's language detection does to an untitled editor after a few lines of such a draft.
    await vscode.languages.setTextDocumentLanguage(document, 'ini');
    const back = await new Promise<vscode.TextDocument>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the draft stayed INI')), 10000);
      const check = (d: vscode.TextDocument) => {
        if (d.uri.toString() !== document.uri.toString() || d.languageId !== 'plaintext') return;
        clearTimeout(timer);
        listener.dispose();
        resolve(d);
      };
      const listener = vscode.workspace.onDidOpenTextDocument(check);
      const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString());
      if (now) check(now);
    });
    await diagnosticsWhere(back.uri, (d) => d.some((x) => codeOf(x) === 'numbering-sequence'));
    // A second change is the writer's own choice: it stays.
    const ini = await vscode.languages.setTextDocumentLanguage(back, 'ini');
    await diagnosticsWhere(ini.uri, (d) => d.length === 0);
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString())?.languageId, 'ini');
  });
});

