import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe as summary, diagnosticsWhere, openDraft } from './helpers';

describe('editing updates diagnostics', () => {
  it('reports a skipped number as it is typed, and clears it when fixed', async () => {
    const document = await openDraft('clean.report');
    await diagnosticsWhere(document.uri, (d) => d.length === 0);
    const editor = vscode.window.activeTextEditor!;

    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n\n四、下一步打算\n'));
    const line = document.getText().split('\n').indexOf('四、下一步打算');
    const broken = await diagnosticsWhere(document.uri, (d) => d.length === 1);
    assert.deepEqual(summary(broken), [`${line}:0-${line}:2 numbering-sequence error`]);
    assert.match(broken[0].message, /Numbering skips|编号跳号/);

    const fix = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, broken[0].range);
    const quickFix = fix.find((a) => a.isPreferred);
    assert.ok(quickFix?.edit, 'a quick fix is offered');
    await vscode.workspace.applyEdit(quickFix.edit);
    assert.equal(document.lineAt(line).text, '三、下一步打算');
    await diagnosticsWhere(document.uri, (d) => d.length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
