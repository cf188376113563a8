import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe as summary, diagnosticsWhere, openDraft, setSetting } from './helpers';

describe('settings take effect live', () => {
  afterEach(async () => {
    await setSetting('rules', undefined);
    await setSetting('ruleOptions', undefined);
    await setSetting('languages', undefined);
    await vscode.workspace.getConfiguration('reportLint', { languageId: 'markdown' }).update('enable', undefined, vscode.ConfigurationTarget.Workspace, true);
  });

  it('turning a rule off removes its diagnostics, turning it on brings them back', async () => {
    const document = await openDraft('summary.report');
    await diagnosticsWhere(document.uri, (d) => d.some((x) => x.code && JSON.stringify(x.code).includes('placeholder')));
    await setSetting('rules', { placeholder: 'off' });
    await diagnosticsWhere(document.uri, (d) => d.length > 0 && !d.some((x) => JSON.stringify(x.code).includes('placeholder')));
    await setSetting('rules', undefined);
    await diagnosticsWhere(document.uri, (d) => d.some((x) => JSON.stringify(x.code).includes('placeholder')));
  });

  it('rule options set in VS Code reach the server', async () => {
    const sentence = '农村生活垃圾收运处置体系覆盖所有行政村，农村生活污水治理率达到35%。';
    const document = await vscode.workspace.openTextDocument({ language: 'report', content: `一、农村人居环境\n\n完成农村户厕改造2300户。${sentence}${sentence}\n` });
    const duplicate = (d: vscode.Diagnostic[]) => summary(d).some((s) => s.includes('duplicate-text'));
    await diagnosticsWhere(document.uri, duplicate);
    await setSetting('ruleOptions', { 'duplicate-text': { minChars: 60 } });
    await diagnosticsWhere(document.uri, (d) => !duplicate(d));
  });

  it('removing a language from reportLint.languages clears its diagnostics', async () => {
    const document = await openDraft('notes.md');
    await diagnosticsWhere(document.uri, (d) => d.length > 0);
    await setSetting('languages', ['report', 'plaintext']);
    const cleared = await diagnosticsWhere(document.uri, (d) => d.length === 0);
    assert.deepEqual(cleared, []);
    await setSetting('languages', undefined);
    await diagnosticsWhere(document.uri, (d) => d.length > 0);
  });

  it('"[markdown]": {"reportLint.enable": false} silences Markdown and nothing else', async () => {
    const notes = await openDraft('notes.md');
    const summary = await openDraft('summary.report');
    await diagnosticsWhere(notes.uri, (d) => d.length > 0);
    await vscode.workspace.getConfiguration('reportLint', { languageId: 'markdown' }).update('enable', false, vscode.ConfigurationTarget.Workspace, true);
    await diagnosticsWhere(notes.uri, (d) => d.length === 0);
    assert.ok(vscode.languages.getDiagnostics(summary.uri).length > 0, 'the report draft is still checked');
  });

  it('adding a language to reportLint.languages checks it', async () => {
    const document = await openDraft('draft.ini');
    assert.equal(document.languageId, 'ini');
    await setSetting('languages', ['report', 'markdown', 'plaintext', 'ini']);
    const found = await diagnosticsWhere(document.uri, (d) => d.length > 0);
    assert.match(JSON.stringify(found[0].code), /numbering-sequence/);
  });
});
