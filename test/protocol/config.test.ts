// The language server and the CLI read the same configuration files with the same meaning: a workspace folder
// with a .reportlintrc.json, a broken one, an ignore file, and a change on disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  type Diagnostic,
} from 'vscode-languageserver-protocol';
import { runBin } from '../support/cli';
import { TestClient } from '../support/lsp-client';
import { writeTree } from '../support/tree';

const DRAFT = ['2024年度工作总结', '', '一、主要工作', '', '某某局组织培训12期，会议强调“要抓落实。', '', '以“”为主题开展活动。', '', '三、下一步打算', ''].join('\n');

describe('configuration files in the language server', function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;
  const uri = (file: string) => pathToFileURL(path.join(root, file)).href;
  const open = async (file: string, languageId = 'report') => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId, version: 1, text } });
  };
  const summary = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line}:${x.range.start.character} ${x.code} ${x.severity}`).sort();

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-workspace-'));
    writeTree(root, {
      '.reportlintrc.json': JSON.stringify({
        rules: { placeholder: 'off', 'unpaired-mark': 'error' },
        suppressions: [{ file: 'drafts/b.report', rule: 'empty-pair', text: '“”' }],
      }),
      '.reportlintignore': 'archive/\n',
      'drafts/a.report': DRAFT,
      'drafts/b.report': DRAFT,
      'archive/old.report': DRAFT,
      'broken/.reportlintrc.json': '{\n  "rules": { "placeholder": "off" \n}',
      'broken/c.report': DRAFT,
    });
    client = new TestClient();
    await client.initialize('en', pathToFileURL(root).href);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('asks the client to watch configuration and ignore files', async () => {
    await waitFor(() => client.registrations.some((r) => r.method === DidChangeWatchedFilesNotification.method));
    const watch = client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/{.reportlintrc.json,.reportlintrc.jsonc,.reportlintrc,package.json,.reportlintignore}' }] });
  });

  it('gives a draft the findings the CLI gives it, under the same configuration file', async () => {
    await open('drafts/a.report');
    await open('drafts/b.report');
    const a = await client.diagnosticsFor(uri('drafts/a.report'), (d) => d.length > 0);
    const b = await client.diagnosticsFor(uri('drafts/b.report'), (d) => d.length > 0);
    assert.deepEqual(summary(a), ['4:15 unpaired-mark 1', '6:1 empty-pair 1', '8:0 numbering-sequence 1']);
    assert.deepEqual(summary(b), ['4:15 unpaired-mark 1', '8:0 numbering-sequence 1'], 'the suppression names b.report only');
    const cli = JSON.parse(runBin(['--format', 'json', 'drafts'], { cwd: root }).stdout) as { file: string; diagnostics: { rule: string; severity: string; range: Diagnostic['range'] }[] }[];
    const level = { error: 1, warning: 2, info: 3, hint: 4 } as Record<string, number>;
    for (const [entry, editor] of [[cli[0], a], [cli[1], b]] as const) {
      assert.deepEqual(entry.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.rule} ${level[d.severity]}`).sort(), summary(editor), entry.file);
    }
  });

  it('layers the configuration file over the editor settings, rule by rule', async () => {
    client.settings = { rules: { placeholder: 'error', 'numbering-sequence': 'info' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const a = await client.diagnosticsFor(uri('drafts/a.report'), (d) => d.some((x) => x.code === 'numbering-sequence' && x.severity === 3));
    assert.ok(!a.some((x) => x.code === 'placeholder'), 'the configuration file turns placeholder off over the setting');
    client.settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnosticsFor(uri('drafts/a.report'), (d) => d.some((x) => x.code === 'numbering-sequence' && x.severity === 1));
  });

  it('does not check a draft that .reportlintignore leaves out', async () => {
    await open('archive/old.report');
    assert.deepEqual(await client.diagnosticsFor(uri('archive/old.report')), []);
  });

  it('puts one diagnostic on a broken configuration file, says so once, and checks with the other settings', async () => {
    await open('broken/c.report');
    const draft = await client.diagnosticsFor(uri('broken/c.report'), (d) => d.length > 0);
    assert.ok(draft.some((x) => x.code === 'placeholder'), 'the broken file does not apply');
    const config = await client.diagnosticsFor(uri('broken/.reportlintrc.json'), (d) => d.length > 0);
    assert.equal(config.length, 1);
    assert.equal(config[0].severity, 1);
    assert.match(String(config[0].message), /\.reportlintrc\.json is not valid JSON: close brace expected/);
    assert.deepEqual(config[0].range.start, { line: 2, character: 1 });
    // Named with its folder: a workspace may hold several (here the root's and broken/'s).
    assert.equal(client.messages.filter((m) => m.includes('Report Lint: broken/.reportlintrc.json is not valid JSON: close brace expected (line 3, column 2)')).length, 1, client.messages.join('\n'));
  });

  it('reads a configuration file again when it changes on disk', async () => {
    fs.writeFileSync(path.join(root, 'broken', '.reportlintrc.json'), '{ "rules": { "placeholder": "off", "numbering-sequence": "off" } }');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('broken/.reportlintrc.json'), type: FileChangeType.Changed }] });
    await client.diagnosticsFor(uri('broken/.reportlintrc.json'), (d) => d.length === 0);
    const draft = await client.diagnosticsFor(uri('broken/c.report'), (d) => !d.some((x) => x.code === 'placeholder' || x.code === 'numbering-sequence'));
    assert.deepEqual(draft.map((x) => x.code).sort(), ['empty-pair', 'unpaired-mark']);
  });

  it('says what is wrong with a file being edited on the file, without a window message at every save', async () => {
    const messages = client.messages.length;
    fs.writeFileSync(path.join(root, 'broken', '.reportlintrc.json'), '{ "rules": { "placeholder": "of');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('broken/.reportlintrc.json'), type: FileChangeType.Changed }] });
    const config = await client.diagnosticsFor(uri('broken/.reportlintrc.json'), (d) => d.length > 0);
    assert.match(String(config[0].message), /is not valid JSON/);
    assert.deepEqual(client.messages.slice(messages), [], 'the file had its window message already');
  });
});

async function waitFor(test: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
