import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, describe as summary, diagnosticsWhere, EXTENSION_ID, openDraft } from './helpers';

describe('diagnostics in the editor', () => {
  it('activates on a report draft', async () => {
    const document = await openDraft('summary.report');
    assert.equal(document.languageId, 'report');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await diagnosticsWhere(document.uri, (d) => d.length > 0);
    assert.ok(extension.isActive);
  });

  it('shows the findings of a Chinese draft with rule ids, ranges and severities', async () => {
    const document = await openDraft('summary.report');
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.length >= 4);
    assert.deepEqual(summary(diagnostics), [
      '0:0-0:2 placeholder error',
      '14:0-14:2 numbering-sequence error',
      '18:18-18:20 enumeration-sequence warning',
      '22:19-22:23 percent-range error',
    ]);
    const first = diagnostics[0];
    assert.equal(first.source, 'report-lint · 占位符未替换');
  });

  it('shows the findings of a Markdown draft', async () => {
    const document = await openDraft('notes.md');
    assert.equal(document.languageId, 'markdown');
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.length >= 3);
    assert.deepEqual(summary(diagnostics), [
      '4:17-4:23 placeholder error',
      '12:27-12:31 percent-range error',
      '13:17-13:37 percent-arithmetic error',
    ]);
  });

  it('speaks Chinese to a Chinese draft on an English UI, and names the rule beside its id', async () => {
    assert.match(vscode.env.language, /^en/, 'the UI is English');
    const document = await openDraft('summary.report');
    const [first] = await diagnosticsWhere(document.uri, (d) => d.length >= 4);
    assert.match(first.message, /未替换的占位符“xx”/);
    assert.equal(first.source, 'report-lint · 占位符未替换');
  });

  it('opens a rule’s link as the rendered doc, not as a Markdown file to lint', async () => {
    const document = await openDraft('summary.report');
    const [first] = await diagnosticsWhere(document.uri, (d) => d.length >= 4);
    assert.ok(typeof first.code === 'object', 'the code carries a link');
    // The doc's own address (the link's tooltip in the Problems panel), not a command: one.
    const target = first.code.target;
    assert.notEqual(target.scheme, 'command');
    assert.match(target.path, /\/report-lint\.report-lint-[^/]+\/docs\/rules\/placeholder\.zh-cn\.md$/);
    const href = target.toString();
    // As the Problems panel follows it: the manifest's editor association opens it in the Markdown preview.
    await vscode.commands.executeCommand('vscode.open', target);
    const preview = await until(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => (t.input instanceof vscode.TabInputWebview || t.input instanceof vscode.TabInputCustom) && /markdown\.preview/.test(t.input.viewType)));
    assert.match(preview.label, /placeholder/);
    // The doc itself is never checked, even when opened as text.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(href));
    await vscode.window.showTextDocument(doc);
    const notes = await openDraft('notes.md');
    await diagnosticsWhere(notes.uri, (d) => d.length >= 3);
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri), []);
    await closeAll();
  });

  it('leaves a README alone', async () => {
    const readme = await openDraft('README.md');
    const notes = await openDraft('notes.md');
    await diagnosticsWhere(notes.uri, (d) => d.length >= 3);
    assert.deepEqual(summary(vscode.languages.getDiagnostics(readme.uri)), []);
  });
});

/** Polls the UI state the API has no event for (tabs), up to a few seconds. */
async function until<T>(find: () => T | undefined, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
