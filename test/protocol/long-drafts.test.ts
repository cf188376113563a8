// A long draft (over LARGE_DRAFT) in the built server: the lint worker reads its language and answers outline,
// folding, hover, completion, statistics, Go to Definition and Find All References from the model it lints, so the server's thread never parses it. What it
// answers must be what reading the text on the server's thread gives.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  type Position,
} from 'vscode-languageserver-protocol';
import { parseDocument, type Locale, type TextFormat } from '../../server/src/engine';
import { answer } from '../../server/src/model-questions';
import { LARGE_DRAFT } from '../../server/src/server-core';
import { STATISTICS_REQUEST } from '../../server/src/protocol';
import { TestClient } from '../support/lsp-client';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, file), 'utf8');

/** Pieces repeated until the draft is longer than the server keeps a model of on its own thread. */
function longDraft(head: string, piece: string): string {
  const pieces = [head];
  for (let length = head.length; length < LARGE_DRAFT * 1.2; length += piece.length + 2) pieces.push(piece);
  return pieces.join('\n\n');
}

/** The status notification the server sends after the lint of `version`. */
async function linted(client: TestClient, uri: string, version: number): Promise<{ locale: Locale }> {
  return (await client.linted(uri, version, 60_000)) as { locale: Locale };
}

/** What the features answer for `text`, read on this thread. */
async function sameAnswers(client: TestClient, uri: string, text: string, format: TextFormat, locale: Locale, at: { marker: Position; lineStart: Position }): Promise<void> {
  const doc = parseDocument(text, format);
  const textDocument = { uri };
  const lines = text.split(/\r?\n/);
  const linePrefix = lines[at.lineStart.line].slice(0, at.lineStart.character);
  assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }), answer(doc, { kind: 'symbols', withoutMarkdownHeadings: false }));
  assert.deepEqual(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument }), answer(doc, { kind: 'folding' }));
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument, position: at.marker });
  assert.ok(hover, 'a marker is hovered');
  assert.deepEqual(hover, answer(doc, { kind: 'hover', position: at.marker, locale }));
  const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument, position: at.lineStart });
  assert.ok(Array.isArray(completion) && completion.length > 0, 'markers are offered');
  assert.deepEqual(completion, answer(doc, { kind: 'completion', position: at.lineStart, linePrefix, locale }));
  assert.deepEqual(await client.connection.sendRequest(STATISTICS_REQUEST, { uri }), answer(doc, { kind: 'statistics', locale }));
}

describe('long drafts: the lint worker answers for their model', function () {
  this.timeout(120_000);

  it('reads a Chinese draft for an English editor, and answers as the text reads, after an edit too', async () => {
    const client = new TestClient();
    try {
      await client.initialize('en');
      const uri = 'file:///tmp/rl-long/summaries.report';
      const piece = read('corpus/zh-work-report.txt');
      let text = longDraft(read('corpus/zh-half-year-summaries-traditional.txt'), piece);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text } });
      assert.equal((await linted(client, uri, 1)).locale, 'zh-cn', 'the draft is read as Chinese');
      const lines = text.split('\n');
      const markerLine = parseDocument(text, 'plain').sections.find((s) => s.marker.kind === 'cn-paren' && s.marker.value === 2)!.marker.line;
      const at = { marker: { line: markerLine, character: 1 }, lineStart: { line: markerLine + 1, character: 0 } };
      await sameAnswers(client, uri, text, 'plain', 'zh-cn', at);

      // A new section typed near the start: every later line moves, and the outline grows by one.
      const insert = '（九）新增一节\n';
      const at0 = { line: markerLine, character: 0 };
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at0, end: at0 }, text: insert }] });
      text = [...lines.slice(0, markerLine), insert.slice(0, -1), ...lines.slice(markerLine)].join('\n');
      await linted(client, uri, 2);
      await sameAnswers(client, uri, text, 'plain', 'zh-cn', { marker: { line: markerLine, character: 1 }, lineStart: { line: markerLine + 2, character: 0 } });
    } finally {
      await client.stop();
    }
  });

  it('reads a long Chinese text pasted into an empty untitled editor as Chinese on its first lint, and says it is checking', async () => {
    const client = new TestClient();
    try {
      await client.initialize('en');
      const uri = 'untitled:Untitled-1';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: '' } });
      await linted(client, uri, 1);
      assert.equal(client.checking.length, 0, 'an empty draft is not long: no "checking" for it');
      const text = longDraft(read('corpus/zh-half-year-summaries-traditional.txt'), read('corpus/zh-work-report.txt'));
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
      // It was linted in English first (the language of the empty document, then the editor's), Chinese only next time.
      assert.equal((await linted(client, uri, 2)).locale, 'zh-cn', 'the first lint of the pasted text reads it as Chinese');
      const statusOf2 = client.notifications.findIndex((n) => (n.params as { uri: string; version?: number }).uri === uri && (n.params as { version?: number }).version === 2);
      const checking = client.checking.filter((c) => c.uri === uri);
      assert.deepEqual(checking.map((c) => `${c.version} ${c.locale}`), ['2 zh-cn']);
      assert.ok(checking[0].afterStatuses <= statusOf2, 'said before the findings came');
    } finally {
      await client.stop();
    }
  });

  it('reads an English Markdown draft for a Chinese editor', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-long/annual.md';
      const report = read('clean/english-report.md');
      const body = report.slice(report.indexOf('# Annual Report'));
      const text = longDraft(report, body);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      assert.equal((await linted(client, uri, 1)).locale, 'en', 'the draft is read as English');
      const lines = text.split('\n');
      const heading = lines.findIndex((l) => l.startsWith('1. Fees'));
      await sameAnswers(client, uri, text, 'markdown', 'en', { marker: { line: heading, character: 0 }, lineStart: { line: heading + 3, character: 0 } });
    } finally {
      await client.stop();
    }
  });
  it('goes to the section a reference names and lists the references naming a heading, from the worker\'s model', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-long/references.report';
      const head = [
        '县发改局2026年工作总结',
        '',
        '一、主要工作',
        '　　全年重点项目推进情况见第三部分，存在问题详见（二）。',
        '二、存在问题',
        '（一）项目储备不足',
        '（二）资金拨付偏慢',
        '三、下一步工作',
        '　　一是加快项目建设进度；二是加强资金监管，具体见第三部分。',
      ].join('\n');
      const piece = '　　全年共争取上级资金3.2亿元，同比增长12.5%，有力保障了重点项目建设。';
      const text = longDraft(head, piece);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text } });
      await linted(client, uri, 1);
      const doc = parseDocument(text, 'plain');
      const textDocument = { uri };
      const reference = { line: 3, character: head.split('\n')[3].indexOf('第三部分') + 1 };
      const definition = await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position: reference });
      const expected = answer(doc, { kind: 'definition', position: reference });
      assert.ok(expected && expected.targets.length === 1 && expected.targets[0].start.line === 7, JSON.stringify(expected));
      assert.deepEqual(definition, expected.targets.map((range) => ({ uri, range })));
      const heading = { line: 7, character: 1 };
      const references = await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position: heading, context: { includeDeclaration: false } });
      const ranges = answer(doc, { kind: 'references', position: heading, includeDeclaration: false });
      assert.equal(ranges.length, 2, JSON.stringify(ranges));
      assert.deepEqual(references, ranges.map((range) => ({ uri, range })));
    } finally {
      await client.stop();
    }
  });
});
