// Document-wide fixes (every half-width mark of a draft) cross from the lint worker without their edits; the server
// asks for them when a code action needs them (lazy-fixes.ts). After a line break, the quick fix and fix-all carry
// the edits a fresh lint of the same text gives, and the worker answers only for its last reply.
import * as assert from 'node:assert/strict';
import { CodeActionRequest, CodeActionResolveRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleEdits } from '../../server/src/engine';
import { isLazyFix } from '../../server/src/lazy-fixes';
import { lintNow } from '../../server/src/linter';
import { WorkerLinter } from '../../server/src/worker-linter';
import { SERVER, TestClient } from '../support/lsp-client';

const HEADINGS = ['一、主要工作', '二、存在问题', '四、下一步打算'];
/** Half-width marks throughout (punctuation's one finding for the document), and a numbering skip (a fix of its own). */
const DRAFT = Array.from({ length: 24 }, (_, i) => (i % 8 === 0 ? HEADINGS[i / 8] : `第${i}项任务已经完成,取得了明显成效;下一步要继续努力,巩固第${i}项成果.`)).join('\n');
const FIX_ALL = 'source.fixAll.reportLint';

async function statusFor(client: TestClient, uri: string, version: number): Promise<void> {
  await client.linted(uri, version);
}

const sortEdits = (edits: TextEdit[]) => [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

describe('document-wide fixes asked of the lint worker when needed', function () {
  this.timeout(60000);

  it('after a line break, offers the quick fix and fix-all with the edits a fresh lint gives', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-lazy/draft.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      await statusFor(client, uri, 1);
      const document = TextDocument.create(uri, 'report', 1, DRAFT);
      const lineBreak = { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, text: '\n' };
      TextDocument.update(document, [lineBreak], 2);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [lineBreak] });
      await statusFor(client, uri, 2);
      const text = document.getText();
      const fresh = lintNow(text, { locale: 'zh-cn' }).findings;
      const wide = fresh.find((f) => f.ruleId === 'punctuation' && f.fix && f.fix.edits.length > 20)!;
      assert.ok(wide, 'punctuation reports one fix for the document');

      const diagnostics = client.published(uri).at(-1)!.diagnostics;
      const atWide = diagnostics.filter((d: Diagnostic) => d.code === 'punctuation' && d.range.start.line === wide.range.start.line);
      assert.equal(atWide.length, 1);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: atWide[0].range, context: { diagnostics: atWide } })) as CodeAction[];
      const quick = actions.find((a) => a.isPreferred);
      assert.equal(quick?.title, wide.fix!.title);
      assert.deepEqual(quick!.edit!.changes![uri], wide.fix!.edits);

      const all = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: atWide[0].range, context: { diagnostics: [], only: [FIX_ALL] } })) as CodeAction[];
      assert.equal(all.length, 1);
      const expected = compatibleEdits(fresh.filter((f) => f.fix).map((f) => ({ fix: f.fix! })));
      assert.ok(expected.length > wide.fix!.edits.length, 'fix-all holds the other fixes too');
      assert.deepEqual(sortEdits(all[0].edit!.changes![uri]), sortEdits(expected));
    } finally {
      await client.stop();
    }
  });

  it('leaves a document-wide quick fix for codeAction/resolve when the client resolves edits', async () => {
    const client = new TestClient({ textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } });
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-lazy/resolved.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      await statusFor(client, uri, 1);
      const lineBreak = { range: { start: { line: 5, character: 2 }, end: { line: 5, character: 2 } }, text: '\n' };
      const document = TextDocument.create(uri, 'report', 1, DRAFT);
      TextDocument.update(document, [lineBreak], 2);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [lineBreak] });
      await statusFor(client, uri, 2);
      const wide = lintNow(document.getText(), { locale: 'zh-cn' }).findings.find((f) => f.ruleId === 'punctuation' && f.fix)!;
      const diagnostics = client.published(uri).at(-1)!.diagnostics.filter((d: Diagnostic) => d.code === 'punctuation' && d.range.start.line === wide.range.start.line);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as CodeAction[];
      const quick = actions.find((a) => a.isPreferred)!;
      assert.equal(quick.title, wide.fix!.title);
      assert.equal(quick.edit, undefined, 'the lightbulb carries no document-wide edits');
      const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, quick);
      assert.deepEqual(resolved.edit?.changes?.[uri], wide.fix!.edits);
      // The writer types on: the fix of the version before resolves to nothing.
      const typed = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' };
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [typed] });
      const stale = await client.connection.sendRequest(CodeActionResolveRequest.type, quick);
      assert.equal(stale.edit, undefined);
    } finally {
      await client.stop();
    }
  });

  it('sends the fix without its edits, and gives them for the last reply only', async () => {
    const linter = new WorkerLinter(SERVER, 60000);
    const uri = 'file:///tmp/rl-lazy/direct.report';
    const options = { locale: 'zh-cn' as const };
    try {
      const first = await linter.lint({ uri, version: 1, text: () => DRAFT, length: DRAFT.length, options });
      const index = first.findings.findIndex((f) => isLazyFix(f.fix));
      assert.ok(index >= 0, 'the document-wide fix came without its edits');
      assert.deepEqual(first.findings[index].fix!.edits, []);
      const expected = lintNow(DRAFT, options).findings.find((f) => f.ruleId === 'punctuation' && f.fix)!.fix!.edits;
      assert.deepEqual(await linter.fixEdits(uri, first.seq!, index), expected);
      const edited = DRAFT.replace('第1项', '第1项\n');
      const second = await linter.lint({ uri, version: 2, text: () => edited, length: edited.length, options });
      assert.notEqual(second.seq, first.seq);
      assert.equal(await linter.fixEdits(uri, first.seq!, index), undefined, 'the reply before is gone');
      const moved = second.findings.findIndex((f) => isLazyFix(f.fix));
      assert.deepEqual(await linter.fixEdits(uri, second.seq!, moved), lintNow(edited, options).findings.find((f) => f.ruleId === 'punctuation' && f.fix)!.fix!.edits);
    } finally {
      linter.dispose();
    }
  });
});
