import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe as summary, diagnosticsWhere, EXTENSION_ID, openDraft } from './helpers';

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
});
