// Go to Definition and Find All References on a draft's cross-references, over stdio: 见第三部分 goes to 三、, 详见附件2 to
// the attachment, see section 4.2 to 4.2; on a heading, the references naming it. Positions are UTF-16 columns of the
// text as sent (a BOM, CRLF line ends and an emoji before the reference).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DefinitionRequest, DidOpenTextDocumentNotification, InitializeRequest, ReferencesRequest, type Location, type LocationLink } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';

const show = (l: Location) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;

describe('navigation on cross-references over stdio', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-navigation-'));
    client = new TestClient();
    await client.initialize('zh-cn');
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const open = (uri: string, text: string) => client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text } });
  const definition = async (uri: string, line: number, character: number) => ((await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character } })) ?? []) as Location[];
  const references = async (uri: string, line: number, character: number, includeDeclaration = false) =>
    ((await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line, character }, context: { includeDeclaration } })) ?? []) as Location[];

  it('announces definition and references providers', async () => {
    const probe = new TestClient();
    const result = await probe.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(result.capabilities.definitionProvider, true);
    assert.equal(result.capabilities.referencesProvider, true);
    await probe.stop();
  });

  it('goes from a Chinese reference to its heading and lists the references on the heading (BOM, CRLF, emoji)', async () => {
    const uri = uriOf('refs.report');
    const text = ['\uFEFF一、总体情况', '😀详见第三部分和附件2，（一）至（二）见第二部分。', '二、主要问题', '（一）短板', '（二）弱项', '三、下步打算', '见第三部分和《实施意见》第二部分。', '附件：1.名单', '2.清单'].join('\r\n');
    await open(uri, text);
    await client.diagnosticsFor(uri);
    // 第三部分 starts at UTF-16 column 4: the emoji is two units, 详见 two more.
    assert.deepEqual((await definition(uri, 1, 5)).map(show), ['5:0-5:6']);
    assert.equal((await definition(uri, 1, 5))[0].uri, uri);
    assert.deepEqual((await definition(uri, 1, 10)).map(show), ['8:0-8:4'], '附件2: the second entry of the list');
    assert.deepEqual((await definition(uri, 1, 22)).map(show), ['2:0-2:6'], '第二部分 after a list of items');
    assert.deepEqual(await definition(uri, 6, 14), [], 'another document\'s part');
    assert.deepEqual(await definition(uri, 2, 3), [], 'a heading is no reference');
    assert.deepEqual((await references(uri, 5, 2)).map(show), ['1:4-1:8', '6:1-6:5']);
    assert.deepEqual((await references(uri, 5, 2, true)).map(show), ['5:0-5:6', '1:4-1:8', '6:1-6:5']);
    assert.deepEqual((await references(uri, 2, 0)).map(show), ['1:21-1:25'], 'not 《实施意见》第二部分');
  });

  it('goes to an English subsection and an appendix', async () => {
    const uri = uriOf('refs-en.md');
    const text = ['# 1. Introduction', '', 'Costs are set out in section 4.2 and Appendix B.', '', '## 4. Discussion', '', '### 4.2 Risks', '', '## Appendix B: Interviews'].join('\n');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.diagnosticsFor(uri);
    assert.deepEqual((await definition(uri, 2, 30)).map(show), ['6:0-6:13']);
    assert.deepEqual((await definition(uri, 2, 40)).map(show), ['8:0-8:25']);
    assert.deepEqual((await references(uri, 6, 5)).map(show), ['2:21-2:32']);
  });

  it('answers a client that takes links with the reference\'s own range, for the editor to underline', async () => {
    const linking = new TestClient({ textDocument: { definition: { linkSupport: true } } });
    try {
      await linking.initialize('zh-cn');
      const uri = uriOf('refs-links.report');
      await linking.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: ['一、总体情况', '😀具体措施详见第三部分。', '二、问题', '三、计划'].join('\r\n') } });
      await linking.diagnosticsFor(uri);
      const links = (await linking.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 1, character: 8 } })) as LocationLink[];
      assert.deepEqual(
        links.map((l) => `${l.originSelectionRange?.start.character}-${l.originSelectionRange?.end.character} → ${l.targetRange.start.line}:${l.targetRange.start.character}-${l.targetRange.end.character} ${l.targetUri === uri}`),
        ['8-12 → 3:0-4 true'],
      );
    } finally {
      await linking.stop();
    }
  });
});
