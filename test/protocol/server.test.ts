// The built server (dist/server.js) over stdio, as an editor's LSP client sees it.
import * as assert from 'node:assert/strict';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';
import { typographyProblems } from '../support/typography';

const DRAFT = [
  'xx市教育局2024年工作总结', // 0
  '', // 1
  '一、主要工作', // 2
  '（一）教学改革', // 3
  '1.深化课堂改革。', // 4
  '（1）推行大单元教学。', // 5
  '（2）开展教研活动。', // 6
  '2.完善质量监测。', // 7
  '4.推进集团化办学。', // 8
  '（二）队伍建设', // 9
  '二、下一步打算', // 10
  '', // 11
  '合格率由90%提高到95%，提高了6个百分点。', // 12
].join('\n');

const URI = 'file:///tmp/report-lint-protocol/summary.report';

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.initialize('zh-cn');
  });

  after(async () => {
    const code = await client.stop();
    assert.equal(code, 0, 'server exits cleanly after shutdown/exit');
  });

  const open = (uri: string, text: string, languageId = 'report') =>
    client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });

  it('publishes diagnostics on open, with rule codes, doc links and Chinese messages', async () => {
    await open(URI, DRAFT);
    const diagnostics = await client.diagnosticsFor(URI, (d) => d.length > 0);
    const summary = diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.code} ${d.severity}`);
    assert.deepEqual(summary, ['0:0-2 placeholder 1', '8:0-2 numbering-sequence 1', '12:17-18 percent-arithmetic 1']);
    const skip = diagnostics[1];
    // The rule's short name beside its id, in the draft's language; the Chinese page of the rule's doc.
    assert.equal(skip.source, 'report-lint · 编号连续');
    assert.match(skip.message as string, /编号跳号：“2\.”之后应为“3\.”，此处为“4\.”/);
    assert.match(skip.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/numbering-sequence\.zh-cn\.md$/);
    // The rule is the code: no data repeats it (nor the version, which nothing read).
    assert.equal(skip.data, undefined);
    assert.equal(skip.relatedInformation?.[0].location.range.start.line, 7);
  });

  it('returns the section tree as document symbols', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    const names = (list: DocumentSymbol[], depth = 0): string[] => list.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...names(s.children ?? [], depth + 1)]);
    assert.deepEqual(names(symbols), [
      '一、主要工作',
      '  （一）教学改革',
      '    1.深化课堂改革',
      '      （1）推行大单元教学',
      '      （2）开展教研活动',
      '    2.完善质量监测',
      '    4.推进集团化办学',
      '  （二）队伍建设',
      '二、下一步打算',
    ]);
    assert.deepEqual(symbols[0].range, { start: { line: 2, character: 0 }, end: { line: 9, character: 7 } });
  });

  it('returns a folding range per section', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
    assert.deepEqual(ranges?.map((r) => [r.startLine, r.endLine]), [[2, 9], [3, 8], [4, 6], [10, 12]]);
  });

  it('offers the recorded quick fix, and fix-all applies every fix', async () => {
    const diagnostics = await client.diagnosticsFor(URI);
    const skip = diagnostics.find((d) => d.code === 'numbering-sequence')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: skip.range,
      context: { diagnostics: [skip] },
    })) as CodeAction[];
    assert.equal(actions[0].title, '改为“3.”');
    assert.deepEqual(actions[0].edit?.changes?.[URI], [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, newText: '3' }]);
    // A plain-text draft keeps its text clean: "ignore here" is kept outside it, by a server command.
    const ignore = actions.find((a) => a.title.startsWith('此处忽略“编号连续”'));
    assert.equal(ignore?.command?.command, 'reportLint.server.ignore');
    assert.deepEqual(ignore?.command?.arguments, [{ uri: URI, rule: 'numbering-sequence', text: '4.' }]);
    assert.ok(actions.some((a) => a.title === '查看“编号连续”规则说明' && a.command?.command === 'reportLint.server.showRuleDoc'));
    assert.ok(!actions.some((a) => a.edit && JSON.stringify(a.edit).includes('report-lint-disable')), 'no comment written into a plain-text draft');

    // It answers how many problems it fixed, for the editor to say so (it said nothing).
    const fixedAll = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.applyAllFixes', arguments: [URI] });
    assert.deepEqual(fixedAll, { fixed: 2, locale: 'zh-cn' });
    const edits = client.appliedEdits.at(-1)?.changes?.[URI] ?? [];
    assert.deepEqual(edits.map((e) => e.newText).sort(), ['3', '5']);
  });

  it('updates diagnostics when the text changes', async () => {
    const fixed = DRAFT.replace('4.推进', '3.推进').replace('6个百分点', '5个百分点');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const diagnostics = await client.diagnosticsFor(URI, (d) => d.length === 1);
    assert.equal(diagnostics[0].code, 'placeholder');

    // An incremental edit that breaks the numbering again.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } }, text: '四' }],
    });
    const again = await client.diagnosticsFor(URI, (d) => d.some((x) => x.code === 'numbering-sequence'));
    assert.equal(again.find((d) => d.code === 'numbering-sequence')!.range.start.line, 10);
  });

  it('completes the next section number at the start of a line', async () => {
    // Line 11 is the blank line under 四、下一步打算 (after the edits above).
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: URI },
      position: { line: 11, character: 0 },
    })) as CompletionItem[];
    // The innermost open level first (the next 一、-level section), then the first item one level down.
    assert.deepEqual(items.map((i) => i.label), ['五、', '（一）']);
    const inBody = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: URI },
      position: { line: 12, character: 5 },
    })) as CompletionItem[];
    assert.deepEqual(inBody, [], 'nothing offered in the middle of a sentence');

    // With （ already typed, the item replaces it rather than adding a second one.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 4 },
      contentChanges: [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, text: '（' }],
    });
    const typed = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: URI },
      position: { line: 11, character: 1 },
    })) as CompletionItem[];
    const first = typed.find((i) => i.label === '（一）')!;
    assert.deepEqual(first.textEdit, { range: { start: { line: 11, character: 0 }, end: { line: 11, character: 1 } }, newText: '（一）' });
  });

  it('shows where a section sits when hovering its marker', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 5, character: 1 } });
    const value = (hover?.contents as unknown as MarkupContent).value;
    assert.match(value, /第4级/);
    assert.match(value, /一、主要工作＞（一）教学改革＞1\.深化课堂改革＞（1）推行大单元教学/);
    assert.deepEqual(typographyProblems(value), [], value);
  });

  it('applies settings live: a rule turned off, a language removed', async () => {
    client.settings = { rules: { placeholder: 'off' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnosticsFor(URI, (d) => !d.some((x) => x.code === 'placeholder'));

    client.settings = { languages: ['markdown'] };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnosticsFor(URI, (d) => d.length === 0);
    client.settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnosticsFor(URI, (d) => d.length > 0);
  });

  it('names a broken setting in a message and keeps serving', async () => {
    client.settings = { placeholders: { extra: ['(unclosed'] }, rules: { placeholder: 'loud' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnosticsFor(URI, (d) => d.some((x) => x.code === 'numbering-sequence'));
    await waitFor(() => client.messages.some((m) => m.includes('reportLint.placeholders.extra[0]')));
    // In the editor's language throughout (it said 有误："loud" is not one of…).
    assert.ok(client.messages.includes('Report Lint：设置reportLint.rules.placeholder有误：“loud”不是“off”“error”“warning”“info”“hint”之一'), client.messages.join('\n'));
    client.settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  });

  it('refuses a 10 MB one-line document with a message, and binary junk too, without hanging', async () => {
    const big = 'file:///tmp/report-lint-protocol/big.txt';
    await open(big, '某'.repeat(10 * 1024 * 1024), 'plaintext');
    await waitFor(() => client.messages.some((m) => m.includes('big.txt') && m.includes('reportLint.maxFileSizeKB')));
    // What the setting counts is what the message names: characters (10 MB of 某 is 30 MB as a UTF-8 file).
    const refused = client.messages.find((m) => m.includes('big.txt'))!;
    assert.ok(/10,485,760个字符，超过reportLint\.maxFileSizeKB（2048KB，即2,097,152个字符）|its 10,485,760 characters are more than reportLint\.maxFileSizeKB allows \(2048 KB, counted as 2,097,152 characters\)/.test(refused), refused);
    // The window message goes away; the status bar keeps saying why the draft has no findings.
    const statusOf = (uri: string) => client.notifications.filter((n) => (n.params as { uri: string }).uri === uri).at(-1)?.params as { checked: boolean; label?: string; why?: string } | undefined;
    await waitFor(() => statusOf(big) !== undefined);
    assert.deepEqual(statusOf(big), { uri: big, checked: false, label: refused.includes('未检查') ? '未检查：文件过大' : 'Not checked: file too large', why: refused });
    const junk = 'file:///tmp/report-lint-protocol/junk.txt';
    await open(junk, 'abc\u0000\u0001\u0002xx市', 'plaintext');
    await waitFor(() => client.messages.some((m) => m.includes('junk.txt') && m.includes('NUL')));
    await waitFor(() => statusOf(junk) !== undefined);
    assert.match(String(statusOf(junk)!.label), /^(未检查：不是文本|Not checked: not text)$/);
    // Still serving: the first document answers requests.
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
    assert.ok(symbols && symbols.length > 0);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: big } });
  });

  it('lints Markdown and plain text too, and clears diagnostics on close', async () => {
    const md = 'file:///tmp/report-lint-protocol/notes.md';
    await open(md, '# Notes\n\nThe pass rate rose from 45% to 40%.\n', 'markdown');
    const diagnostics: Diagnostic[] = await client.diagnosticsFor(md, (d) => d.length > 0);
    assert.equal(diagnostics[0].code, 'percent-arithmetic');
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: md } });
    await client.diagnosticsFor(md, (d) => d.length === 0);
  });
});

async function waitFor(test: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
