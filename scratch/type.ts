import { TestClient } from '../test/support/lsp-client';
import { draftOfSize } from '../scripts/bench/measure';
import { DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DocumentDiagnosticRequest, LogMessageNotification } from 'vscode-languageserver-protocol';
(async () => {
  const client = new TestClient({ textDocument: { diagnostic: {} } });
  client.connection.onNotification(LogMessageNotification.type, (p) => console.log('LOG', p.message.slice(0, 120)));
  await client.initialize('zh-cn');
  const uri = 'file:///tmp/x/big.report';
  const text = draftOfSize(3);
  const lines = text.split(/\r?\n/); const line = Math.floor(lines.length / 2); let col = lines[line].length;
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text } });
  await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  const t0 = Date.now();
  for (let v = 2; v < 22; v++) {
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col } }, text: '工' }] });
    col++;
    const sent = Date.now();
    client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }).then((r: any) => console.log('v', v, 'sent', sent - t0, 'answered after', Date.now() - sent, r.kind, r.items?.length), (e) => console.log('v', v, 'error', e.message, Date.now() - sent));
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 8000));
  await client.stop();
})();
