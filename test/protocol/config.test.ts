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

const BROKEN = '{\n  "rules": { "placeholder": "off" \n}';
const DRAFT = ['2024年度工作总结', '', '一、主要工作', '', '某某局组织培训12期，会议强调“要抓落实。', '', '以“”为主题开展活动。', '', '三、下一步打算', ''].join('\n');

describe('configuration files in the language server', function () {
  this.timeout(30000);
  const ws = workspace('en', {
    '.reportlintrc.json': JSON.stringify({
      rules: { placeholder: 'off', 'unpaired-mark': 'error' },
      suppressions: [{ file: 'drafts/b.report', rule: 'empty-pair', text: '“”' }],
    }),
    '.reportlintignore': 'archive/\n',
    'drafts/a.report': DRAFT,
    'drafts/b.report': DRAFT,
    'archive/old.report': DRAFT,
    'broken/.reportlintrc.json': BROKEN,
    'broken/c.report': DRAFT,
  });
  const { uri, open } = ws;
  const summary = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line}:${x.range.start.character} ${x.code} ${x.severity}`).sort();

  it('asks the client to watch configuration and ignore files', async () => {
    await waitFor(() => ws.client.registrations.some((r) => r.method === DidChangeWatchedFilesNotification.method));
    const watch = ws.client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/{.reportlintrc.json,.reportlintrc.jsonc,.reportlintrc,package.json,.reportlintignore}' }] });
  });

  it('gives a draft the findings the CLI gives it, under the same configuration file', async () => {
    await open('drafts/a.report');
    await open('drafts/b.report');
    const a = await ws.client.diagnosticsFor(uri('drafts/a.report'), (d) => d.length > 0);
    const b = await ws.client.diagnosticsFor(uri('drafts/b.report'), (d) => d.length > 0);
    assert.deepEqual(summary(a), ['4:15 unpaired-mark 1', '6:1 empty-pair 1', '8:0 numbering-sequence 1']);
    assert.deepEqual(summary(b), ['4:15 unpaired-mark 1', '8:0 numbering-sequence 1'], 'the suppression names b.report only');
    const cli = JSON.parse(runBin(['--format', 'json', 'drafts'], { cwd: ws.root }).stdout) as { file: string; diagnostics: { rule: string; severity: string; range: Diagnostic['range'] }[] }[];
    const level = { error: 1, warning: 2, info: 3, hint: 4 } as Record<string, number>;
    for (const [entry, editor] of [[cli[0], a], [cli[1], b]] as const) {
      assert.deepEqual(entry.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.rule} ${level[d.severity]}`).sort(), summary(editor), entry.file);
    }
  });

  it('layers the configuration file over the editor settings, rule by rule', async () => {
    ws.client.settings = { rules: { placeholder: 'error', 'numbering-sequence': 'info' } };
    await ws.client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const a = await ws.client.diagnosticsFor(uri('drafts/a.report'), (d) => d.some((x) => x.code === 'numbering-sequence' && x.severity === 3));
    assert.ok(!a.some((x) => x.code === 'placeholder'), 'the configuration file turns placeholder off over the setting');
    ws.client.settings = {};
    await ws.client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await ws.client.diagnosticsFor(uri('drafts/a.report'), (d) => d.some((x) => x.code === 'numbering-sequence' && x.severity === 1));
  });

  it('does not check a draft that .reportlintignore leaves out', async () => {
    await open('archive/old.report');
    assert.deepEqual(await ws.client.diagnosticsFor(uri('archive/old.report')), []);
  });

  it('puts one diagnostic on a broken configuration file, says so once, and checks with the other settings', async () => {
    await open('broken/c.report');
    const draft = await ws.client.diagnosticsFor(uri('broken/c.report'), (d) => d.length > 0);
    assert.ok(draft.some((x) => x.code === 'placeholder'), 'the broken file does not apply');
    const config = await ws.client.diagnosticsFor(uri('broken/.reportlintrc.json'), (d) => d.length > 0);
    assert.equal(config.length, 1);
    assert.equal(config[0].severity, 1);
    assert.match(String(config[0].message), /\.reportlintrc\.json is not valid JSON: close brace expected/);
    assert.deepEqual(config[0].range.start, { line: 2, character: 1 });
    assert.equal(ws.client.messages.filter((m) => m.includes('broken/.reportlintrc.json is not valid JSON: close brace expected (line 3, column 2)')).length, 1, ws.client.messages.join('\n'));
  });

  it('reads a configuration file again when it changes on disk', async () => {
    fs.writeFileSync(path.join(ws.root, 'broken', '.reportlintrc.json'), '{ "rules": { "placeholder": "off", "numbering-sequence": "off" } }');
    await ws.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('broken/.reportlintrc.json'), type: FileChangeType.Changed }] });
    await ws.client.diagnosticsFor(uri('broken/.reportlintrc.json'), (d) => d.length === 0);
    const draft = await ws.client.diagnosticsFor(uri('broken/c.report'), (d) => !d.some((x) => x.code === 'placeholder' || x.code === 'numbering-sequence'));
    assert.deepEqual(draft.map((x) => x.code).sort(), ['empty-pair', 'unpaired-mark']);
  });

  it('says what is wrong with a file being edited on the file, without a window message at every save', async () => {
    const messages = ws.client.messages.length;
    fs.writeFileSync(path.join(ws.root, 'broken', '.reportlintrc.json'), '{ "rules": { "placeholder": "of');
    await ws.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('broken/.reportlintrc.json'), type: FileChangeType.Changed }] });
    const config = await ws.client.diagnosticsFor(uri('broken/.reportlintrc.json'), (d) => d.length > 0);
    assert.match(String(config[0].message), /is not valid JSON/);
    assert.deepEqual(ws.client.messages.slice(messages), [], 'the file had its window message already');
  });
});

describe('configuration problems in the editor\'s language', function () {
  this.timeout(30000);
  const ws = workspace('zh-cn', {
    'broken/.reportlintrc.json': BROKEN,
    'broken/c.report': DRAFT,
    'wrong/.reportlintrc.json': JSON.stringify({ rules: { placehoder: 'off' } }),
    'wrong/d.report': DRAFT,
  });
  const { uri, open } = ws;

  it('says what is wrong with a configuration file in Chinese, on the file and in the window message', async () => {
    for (const file of ['broken/c.report', 'wrong/d.report']) await open(file);
    const broken = await ws.client.diagnosticsFor(uri('broken/.reportlintrc.json'), (d) => d.length > 0);
    assert.equal(String(broken[0].message), '.reportlintrc.json不是有效的JSON：缺少右花括号');
    const wrong = await ws.client.diagnosticsFor(uri('wrong/.reportlintrc.json'), (d) => d.length > 0);
    assert.match(String(wrong[0].message), /^rules\.placehoder：未知规则“placehoder”；可用的规则：“numbering-sequence”/);
    await waitFor(() => ws.client.messages.some((m) => m.includes('第3行第2列')) && ws.client.messages.some((m) => m.includes('文件的其余部分照常生效')));
    assert.ok(ws.client.messages.includes('Report Lint：broken/.reportlintrc.json不是有效的JSON：缺少右花括号（第3行第2列）；改正之前按其他设置检查文稿。'), ws.client.messages.join('\n'));
  });
});

describe('configuration files in an editor that validates them with the schema (VS Code)', function () {
  this.timeout(30000);
  const ws = workspace(
    'en',
    {
      'broken/.reportlintrc.json': BROKEN,
      'broken/c.report': DRAFT,
      'wrong/.reportlintrc.json': '{\n  "rules": { "placehoder": "off" },\n  "placeholders": { "extra": ["(?<=年)XX"] }\n}\n',
      'wrong/d.report': DRAFT,
      'empty/.reportlintrc.json': '',
      'empty/e.report': DRAFT,
    },
    { configSchemaValidated: true },
  );
  const { uri, open } = ws;

  it('leaves syntax errors and what the schema rules out to the editor, says what the schema cannot, and still says once that the file is not applied', async () => {
    for (const file of ['broken/c.report', 'wrong/d.report', 'empty/e.report']) await open(file);
    await waitFor(() => ws.client.messages.filter((m) => /reportlintrc/.test(m)).length === 3);
    assert.ok(ws.client.messages.some((m) => m.includes('broken/.reportlintrc.json is not valid JSON: close brace expected (line 3, column 2)')), ws.client.messages.join('\n'));
    const wrong = await ws.client.diagnosticsFor(uri('wrong/.reportlintrc.json'), (d) => d.length > 0);
    assert.deepEqual(
      wrong.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.message).slice(0, 49)}`),
      ['2:30 placeholders.extra[0]: invalid pattern "(?<=年)XX"'],
      'the unknown rule is the schema\'s to underline; the pattern RE2 refuses is not',
    );
    assert.deepEqual(await ws.client.diagnosticsFor(uri('broken/.reportlintrc.json')), []);
    const empty = await ws.client.diagnosticsFor(uri('empty/.reportlintrc.json'), (d) => d.length > 0);
    assert.match(String(empty[0].message), /\.reportlintrc\.json is empty/);
    const draft = await ws.client.diagnosticsFor(uri('broken/c.report'), (d) => d.length > 0);
    assert.ok(draft.some((x) => x.code === 'placeholder'), 'the broken file does not apply');
  });
});

/** A workspace folder holding `tree`, opened by a client in the display language `locale`, for one describe's tests. */
describe('configuration problems a client shows until the file is read again (VS Code: configProblemsNotified)', function () {
  this.timeout(30000);
  const ws = workspace('en', { 'broken/.reportlintrc.json': BROKEN, 'broken/c.report': DRAFT }, { configProblemsNotified: true });
  const { uri, open } = ws;
  const last = () => ws.client.configProblems.filter((p) => p.uri === uri('broken/.reportlintrc.json')).at(-1);

  it('sends the problem instead of a window message, and takes it back once the file is fixed, or deleted', async () => {
    await open('broken/c.report');
    await ws.client.diagnosticsFor(uri('broken/c.report'), (d) => d.length > 0);
    await waitFor(() => last() !== undefined);
    assert.match(String(last()!.message), /broken\/\.reportlintrc\.json is not valid JSON: close brace expected \(line 3, column 2\)/);
    assert.deepEqual(ws.client.messages.filter((m) => m.includes('reportlintrc')), [], 'no window message that would stay after the fix');

    fs.writeFileSync(path.join(ws.root, 'broken', '.reportlintrc.json'), '{ "rules": { "placeholder": "off" } }');
    await ws.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('broken/.reportlintrc.json'), type: FileChangeType.Changed }] });
    await waitFor(() => last()?.message === null);
    await ws.client.diagnosticsFor(uri('broken/c.report'), (d) => !d.some((x) => x.code === 'placeholder'));
    assert.equal(last()!.message, null, 'not said again: the file is fine now');

    // Broken again, then deleted: said again, then taken back.
    fs.writeFileSync(path.join(ws.root, 'broken', '.reportlintrc.json'), '{ "rules": ');
    await ws.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('broken/.reportlintrc.json'), type: FileChangeType.Changed }] });
    await waitFor(() => typeof last()?.message === 'string');
    fs.rmSync(path.join(ws.root, 'broken', '.reportlintrc.json'));
    await ws.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('broken/.reportlintrc.json'), type: FileChangeType.Deleted }] });
    await waitFor(() => last()?.message === null);
  });
});

function workspace(locale: string, tree: Record<string, string>, options?: Record<string, unknown>) {
  const ws = {
    root: '',
    client: undefined as unknown as TestClient,
    uri: (file: string) => pathToFileURL(path.join(ws.root, file)).href,
    open: async (file: string, languageId = 'report') => {
      const text = fs.readFileSync(path.join(ws.root, file), 'utf8');
      await ws.client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: ws.uri(file), languageId, version: 1, text } });
    },
  };
  before(async () => {
    ws.root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-workspace-'));
    writeTree(ws.root, tree);
    ws.client = new TestClient();
    await ws.client.initialize(locale, pathToFileURL(ws.root).href, options);
  });
  after(async () => {
    await ws.client.stop();
    fs.rmSync(ws.root, { recursive: true, force: true });
  });
  return ws;
}

async function waitFor(test: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
