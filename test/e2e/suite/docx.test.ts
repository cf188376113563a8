import * as assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { closeAll, describe as summary, diagnosticsWhere, workspaceFile } from './helpers';

function tree(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...tree(s.children)]);
}

describe('Word documents', () => {
  after(closeAll);

  it('Check Word document shows the text (a read-only virtual document) with diagnostics and the outline', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLint.checkWordDocument', workspaceFile('工作总结.docx'));
    const document = editor.document;
    assert.equal(document.uri.scheme, 'report-lint-docx');
    assert.equal(document.languageId, 'report');
    assert.equal(document.lineAt(18).text, '四、下一步工作打算');
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.length >= 4);
    assert.deepEqual(summary(diagnostics), [
      '15:20-15:26 percent-range error',
      '18:0-18:2 numbering-sequence error',
      '22:0-22:2 placeholder error',
      '27:9-27:12 placeholder error',
    ]);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(tree(symbols).includes('四、下一步工作打算'), tree(symbols).join(' | '));
  });

  it('says a file that is no Word document cannot be read, and opens no empty editor', async () => {
    const broken = workspaceFile('损坏.docx');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('not a zip package'));
    try {
      await closeAll();
      const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('reportLint.checkWordDocument', broken);
      assert.equal(editor, undefined);
      const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input as { uri?: vscode.Uri } | undefined)?.uri?.toString() ?? t.label);
      assert.ok(!open.some((u) => u.includes('report-lint-docx')), open.join(' | '));
    } finally {
      await vscode.workspace.fs.delete(broken);
    }
  });

  it('offers to write the commented copy (code lens) and writes 名.checked.docx', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLint.checkWordDocument', workspaceFile('工作总结.docx'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const lens = lenses.find((l) => l.command?.command === 'reportLint.annotateWordDocument');
    assert.ok(lens, 'a code lens writes the copy');
    assert.match(lens.command!.title, /工作总结\.checked\.docx/);
    const copy = await vscode.commands.executeCommand<vscode.Uri>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.equal(copy.toString(), workspaceFile('工作总结.checked.docx').toString());
    const files = unzipSync(await vscode.workspace.fs.readFile(copy));
    const comments = new TextDecoder().decode(files['word/comments.xml']);
    assert.equal(comments.match(/<w:comment /g)?.length, 4);
    assert.match(comments, /numbering-sequence/);
    // A Chinese draft is commented in Chinese whatever the language of VS Code (English in these runs).
    assert.match(comments, /编号跳号/);
    assert.match(lens.command!.title, /写出带批注的Word副本/);
  });

  it('writes the comments the Problems panel shows: the folder’s configuration file applies', async () => {
    const config = workspaceFile('.reportlintrc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{"rules": {"placeholder": "off"}}\n'));
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLint.checkWordDocument', workspaceFile('工作总结.docx'));
      const shown = await diagnosticsWhere(editor.document.uri, (d) => d.length > 0 && !summary(d).some((s) => s.includes('placeholder')));
      const copy = await vscode.commands.executeCommand<vscode.Uri>('reportLint.annotateWordDocument', editor.document.uri);
      const comments = new TextDecoder().decode(unzipSync(await vscode.workspace.fs.readFile(copy))['word/comments.xml']);
      assert.equal(comments.match(/<w:comment /g)?.length, shown.length);
      assert.doesNotMatch(comments, /placeholder/);
    } finally {
      await vscode.workspace.fs.delete(config);
    }
  });
});
