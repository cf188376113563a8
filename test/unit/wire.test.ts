// A diagnostics set written from the kept bytes of its diagnostics (server/src/wire.ts) reads as the JSON of the message.
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { encodeMessage, MESSAGE_ENCODER } from '../../server/src/wire';

const diagnostic = (line: number, message: string): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 2 } },
  severity: 2,
  code: 'punctuation',
  codeDescription: { href: 'rule:punctuation.zh-cn' },
  source: 'report-lint · 标点',
  message,
  ...(line % 3 === 0 ? { relatedInformation: [{ location: { uri: 'file:///a%20b.report', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } } }, message: '“引号”\u2028' }] } : {}),
});

const set = (n: number, from = 0) => Array.from({ length: n }, (_, i) => diagnostic(from + i, `改为全角“，”：中文里用了半角“,”\\ "${i}" 😀`));

describe('wire: messages written as a stream writes them', () => {
  it('writes a pushed set, a pulled full answer and any other message as their JSON', () => {
    const diagnostics = set(100);
    const messages = [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x/"\u0000report-lint:diagnostics\u0000".report', version: 3, diagnostics } },
      { jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: 'file:///x.report#2', items: diagnostics } },
      { jsonrpc: '2.0', id: 8, result: { kind: 'full', resultId: 'r', items: [] } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.report', diagnostics: set(3) } },
      { jsonrpc: '2.0', id: 9, result: { kind: 'unchanged', resultId: 'r' } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'linted' } },
    ];
    for (const m of messages) assert.equal(encodeMessage(m).toString('utf8'), JSON.stringify(m));
  });

  it('reuses the bytes of a diagnostic sent before, and writes a new one in its place', async () => {
    const kept = set(80);
    const first = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.report', diagnostics: kept } };
    assert.equal(encodeMessage(first).toString(), JSON.stringify(first));
    // One finding changed, some moved (new objects), the rest the very same objects.
    const next = [...kept.slice(0, 40), diagnostic(40, 'changed'), ...set(39, 42)];
    const second = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.report', version: 2, diagnostics: next } };
    assert.equal(encodeMessage(second).toString(), JSON.stringify(second));
    const encoded = await MESSAGE_ENCODER.encode(second as never, { charset: 'utf-8' });
    assert.deepEqual(JSON.parse(Buffer.from(encoded).toString('utf8')), JSON.parse(JSON.stringify(second)));
  });

  it('writes a set of mostly new diagnostics whole, and keeps their bytes when they are sent again', () => {
    const moved = set(100, 1);
    const message = (diagnostics: Diagnostic[]) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.report', diagnostics } });
    for (const diagnostics of [moved, [...moved.slice(0, 50), ...set(50, 200)], moved, [diagnostic(0, 'new'), ...moved]]) {
      assert.equal(encodeMessage(message(diagnostics)).toString(), JSON.stringify(message(diagnostics)));
    }
  });
});
