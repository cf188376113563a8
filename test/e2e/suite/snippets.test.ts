import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhere } from './helpers';

describe('snippets', () => {
  it('offers the report skeletons at the start of a line, and reports the stand-ins of an inserted skeleton until they are replaced', async () => {
    // Start from a draft with one finding, so that seeing none later proves the new text was checked.
    const document = await vscode.workspace.openTextDocument({ language: 'report', content: 'xx' });
    const editor = await vscode.window.showTextDocument(document);
    await diagnosticsWhere(document.uri, (d) => d.length === 1);
    await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, 2)));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
    const labels = snippets.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const prefix of ['gzzj', 'gzjh', 'gzbg', 'szbg', 'dybg', 'annual-report']) assert.ok(labels.includes(prefix), `${prefix} in ${labels.join(' ')}`);

    const skeleton = snippets.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'gzzj')!;
    const body = skeleton.insertText instanceof vscode.SnippetString ? skeleton.insertText : new vscode.SnippetString(String(skeleton.insertText));
    await editor.insertSnippet(body);
    assert.match(document.getText(), /一、主要工作及成效/);
    const standIns = await diagnosticsWhere(document.uri, (d) => d.length >= 10);
    assert.ok(standIns.every((d) => JSON.stringify(d.code).includes('placeholder')), JSON.stringify(standIns.map((d) => d.message)));
    assert.ok(standIns.some((d) => /单位名称/.test(d.message)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
