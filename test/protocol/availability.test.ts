// The server stays available whatever the draft (issue 10): diagnostics pulled by clients that pull them, and
// answered "unchanged" when they are; a lint that runs too long gives one clear diagnostic and the server keeps
// answering; an edit that joins \r and \n keeps the server's copy of the text right; a failed settings reply is
// not kept.
import * as assert from 'node:assert/strict';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';

const DRAFT = ['xx市教育局工作总结', '一、主要工作', '二、存在问题', '四、下一步打算'].join('\n');
const summary = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line}:${x.range.start.character} ${String(x.code)}`);

describe('availability over stdio', function () {
  this.timeout(30000);

  it('answers pulled diagnostics, then "unchanged" while they are the same, and pushes none', async () => {
    const client = new TestClient({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-availability/pull.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      const first = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      assert.equal(first.kind, 'full');
      assert.deepEqual(summary(first.items), ['0:0 placeholder', '3:0 numbering-sequence']);
      // Typing in the title changes no finding: the client is told its diagnostics still hold.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: '稿' }],
      });
      const second = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId })) as DocumentDiagnosticReport;
      assert.equal(second.kind, 'unchanged');
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, text: '三' }],
      });
      const third = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId })) as FullDocumentDiagnosticReport;
      assert.deepEqual(summary(third.items), ['0:0 placeholder']);
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(client.published(uri).length, 0, 'a client that pulls gets no pushed diagnostics');
    } finally {
      await client.stop();
    }
  });

  it('gives a document it cannot lint in time one diagnostic saying so, and keeps answering', async () => {
    const client = new TestClient({ env: { REPORT_LINT_WATCHDOG_MS: '1' } });
    try {
      await client.initialize('en');
      const uri = 'file:///tmp/rl-availability/slow.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT.repeat(200) } });
      const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
      assert.equal(diagnostics.length, 1);
      assert.match(String(diagnostics[0].message), /could not check this document in time|未能及时检查/);
      const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the outline is still served');
    } finally {
      await client.stop();
    }
  });

  it('keeps its copy of the text right when an edit joins \\r and \\n', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-availability/crlf.report';
      // Line 1 is "X" between a \r and a \n; deleting it joins them into one line break.
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: '一、总体情况\rX\nxx市教育局' } });
      await client.diagnosticsFor(uri, (d) => summary(d).includes('2:0 placeholder'));
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }],
      });
      await client.diagnosticsFor(uri, (d) => summary(d).includes('1:0 placeholder'));
      // An edit after the join lands where the client sees it: line 1 is the placeholder line.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, text: '南京' }],
      });
      await client.diagnosticsFor(uri, (d) => d.length === 0);
    } finally {
      await client.stop();
    }
  });

  it('asks for the settings again after a failed reply, instead of keeping the failure', async () => {
    let failures = 1;
    const client = new TestClient({ failConfiguration: () => failures-- > 0 });
    try {
      await client.initialize('zh-cn');
      client.settings = { rules: { placeholder: 'off' } };
      const uri = 'file:///tmp/rl-availability/settings.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      // The first lint ran with the defaults (placeholder on); the next asks again and gets placeholder off.
      await client.diagnosticsFor(uri, (d) => summary(d).includes('0:0 placeholder'));
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 1, character: 6 }, end: { line: 1, character: 6 } }, text: '。' }],
      });
      await client.diagnosticsFor(uri, (d) => !summary(d).includes('0:0 placeholder') && d.length > 0);
    } finally {
      await client.stop();
    }
  });

  it('lints with the defaults when the editor is slow to answer for the settings, and again when it answers', async () => {
    let first = true;
    const client = new TestClient({
      env: { REPORT_LINT_SETTINGS_WAIT_MS: '300' },
      delayConfiguration: () => (first ? ((first = false), 2500) : 0),
    });
    try {
      await client.initialize('zh-cn');
      client.settings = { rules: { placeholder: 'off' } };
      const uri = 'file:///tmp/rl-availability/slow-settings.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      // Diagnostics come before the answer, with the defaults (placeholder on)…
      await client.diagnosticsFor(uri, (d) => summary(d).includes('0:0 placeholder'));
      // …and the late answer (placeholder off) checks the draft again, with no edit.
      await client.diagnosticsFor(uri, (d) => !summary(d).includes('0:0 placeholder') && d.length > 0);
    } finally {
      await client.stop();
    }
  });

  it('says that settings are wrong in a few window messages however many are wrong, and still lints', async () => {
    const client = new TestClient();
    try {
      await client.initialize('en');
      // 300 patterns, each too long, and the setting's value not even an object in a second document's reply.
      client.settings = { placeholders: { extra: Array.from({ length: 300 }, (_, i) => `${'甲'.repeat(1001)}${i}`) } };
      const uri = 'file:///tmp/rl-availability/flood.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      await client.diagnosticsFor(uri, (d) => summary(d).includes('0:0 placeholder'));
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(client.messages.length <= 4, `${client.messages.length} window messages`);
      assert.match(client.messages[0], /reportLint\.placeholders\.extra\[0\]: pattern is longer than 1000 characters/);
      assert.match(client.messages[client.messages.length - 1], /more settings are wrong/);
    } finally {
      await client.stop();
    }
  });

  it('names the setting itself when the whole of it is wrong', async () => {
    const client = new TestClient();
    try {
      await client.initialize('en');
      client.settings = 'oops' as never;
      const uri = 'file:///tmp/rl-availability/not-an-object.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      await client.diagnosticsFor(uri, (d) => summary(d).includes('0:0 placeholder'));
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(client.messages, ['Report Lint: reportLint: must be an object of settings']);
    } finally {
      await client.stop();
    }
  });

  it('says what is wrong with the editor settings in the editor\'s language', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      client.settings = { rules: { placehoder: 'off' }, maxFileSizeKB: 'big' } as never;
      const uri = 'file:///tmp/rl-availability/settings-zh.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      await client.diagnosticsFor(uri, (d) => summary(d).includes('0:0 placeholder'));
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(client.messages.some((m) => /^Report Lint：设置reportLint\.rules\.placehoder有误：未知规则“placehoder”；可用的规则：“/.test(m)), client.messages.join('\n'));
      assert.ok(client.messages.includes('Report Lint：设置reportLint.maxFileSizeKB有误：应为数字'), client.messages.join('\n'));
    } finally {
      await client.stop();
    }
  });
});
