import { TestClient } from '/work/wt/perf/test/support/lsp-client';
import { draftOfSize } from '/work/wt/perf/scripts/bench/measure';
import { DidOpenTextDocumentNotification, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol';
(async () => {
  const client = new TestClient({ textDocument: { diagnostic: {} } });
  await client.initialize('zh-cn');
  const uri = 'file:///tmp/x/big.report';
  const text = draftOfSize(3);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text } });
  const a = Date.now();
  const r: any = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  console.log(Date.now() - a, r.kind, r.items.length, r.items.slice(0, 2).map((d: any) => d.message));
  await client.stop();
})();
