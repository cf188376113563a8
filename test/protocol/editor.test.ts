// The server features a writer meets in the editor, over stdio: fixes tied to a version, messages in the
// draft's language, files that are not drafts left alone, one Markdown outline, "ignore here" kept outside a
// plain-text draft, statistics, renumbering, completion as the writer types.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  InitializeRequest,
  type CodeAction,
  type Command,
  type CompletionItem,
  type DocumentSymbol,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';

const ZH = ['一、主要工作', '二、存在问题', '四、下一步打算', '合格率达到95%。'].join('\n');
const EN = ['1. Background', 'The pilot ran in [CITY] for six months.', '3. Findings'].join('\n');

describe('editor features over stdio', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;
  let version = 1;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-protocol-'));
    client = new TestClient();
    await client.initialize('en', { markdownOutline: 'when-no-headings', ownFolders: [pathToFileURL(path.join(dir, 'own-extension')).href] });
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const open = (uri: string, text: string, languageId = 'report') =>
    client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  const replace = (uri: string, text: string) =>
    client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
  const reconfigure = async (settings: Record<string, unknown>) => {
    client.settings = settings;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  };

  it('announces completion trigger characters: （, (, digits and Chinese numerals', async () => {
    const probe = new TestClient();
    const result = await probe.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    const triggers = result.capabilities.completionProvider?.triggerCharacters ?? [];
    for (const c of ['（', '(', '1', '一', '三']) assert.ok(triggers.includes(c), `${c} in ${triggers.join(' ')}`);
    await probe.stop();
  });

  it('answers a Chinese draft in Chinese and an English draft in English, whatever the UI language', async () => {
    const zh = uriOf('zh.report');
    await open(zh, ZH);
    const zhDiagnostics = await client.diagnosticsFor(zh, (d) => d.length > 0);
    assert.match(String(zhDiagnostics[0].message), /编号跳号/);
    assert.equal(zhDiagnostics[0].source, 'report-lint · 编号连续');

    const en = uriOf('en.md');
    await open(en, EN, 'markdown');
    const enDiagnostics = await client.diagnosticsFor(en, (d) => d.length >= 2);
    assert.ok(enDiagnostics.every((d) => !/\p{sc=Han}/u.test(String(d.message))), enDiagnostics.map((d) => d.message).join('\n'));
    assert.ok(enDiagnostics.some((d) => d.source === 'report-lint · Leftover placeholder'));

    // An explicit setting wins over the draft's language.
    await reconfigure({ locale: 'en' });
    await client.diagnosticsFor(zh, (d) => d.length > 0 && /Numbering skips/.test(String(d[0].message)));
    await reconfigure({});
    await client.diagnosticsFor(zh, (d) => d.length > 0 && /编号跳号/.test(String(d[0].message)));
  });

  it('never offers a fix computed for an older version of the text', async () => {
    const uri = uriOf('stale.report');
    await open(uri, ['一、甲', '三、乙', '四、丙'].join('\n'));
    await client.diagnosticsFor(uri, (d) => d.length === 1);
    // Within the typing delay: the writer fixed 三 by hand and broke the next one.
    await replace(uri, ['一、甲', '二、乙', '五、丙'].join('\n'));
    const before = client.appliedEdits.length;
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.applyAllFixes', arguments: [uri] });
    const edit = client.appliedEdits[before]?.changes?.[uri];
    assert.deepEqual(edit, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, newText: '三' }]);
  });

  it('leaves README, CHANGELOG, node_modules and the extension’s own files alone, unless told otherwise', async () => {
    const readme = uriOf('README.md');
    const own = pathToFileURL(path.join(dir, 'own-extension', 'docs', 'rules', 'placeholder.md')).href;
    const vendored = uriOf('node_modules/pkg/notes.txt');
    await open(readme, '# Tool\n\nTODO: xx\n', 'markdown');
    await open(own, '# placeholder\n\nBad: xx市\n', 'markdown');
    await open(vendored, 'TODO xx', 'plaintext');
    for (const uri of [readme, own, vendored]) assert.deepEqual(await client.diagnosticsFor(uri), [], uri);
    await reconfigure({ exclude: [] });
    await client.diagnosticsFor(readme, (d) => d.length > 0);
    assert.deepEqual(await client.diagnosticsFor(own), [], 'the extension’s own files are never checked');
    await reconfigure({});
    await client.diagnosticsFor(readme, (d) => d.length === 0);
  });

  it('gives no second outline for Markdown with headings, and the report outline where there are none', async () => {
    const headed = uriOf('headed.md');
    await open(headed, '# 工作总结\n\n## 一、主要工作\n\n正文。\n', 'markdown');
    await client.diagnosticsFor(headed);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: headed } }), []);
    const plain = uriOf('plain.md');
    await open(plain, '一、主要工作\n\n正文。\n\n二、下一步\n', 'markdown');
    await client.diagnosticsFor(plain);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: plain } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、主要工作', '二、下一步']);
  });

  it('leaves chunk indices and page furniture out of the outline', async () => {
    const uri = uriOf('chunked.txt');
    const chunk = (n: number) => `${n}、${'全年新增公办幼儿园一所，增扩班级四十六个，进一步缓解学前教育资源紧缺矛盾，推动'.repeat(6)}`;
    await open(uri, ['某市教育局年度工作总结.docx', chunk(1), chunk(2), chunk(3), '一、主要工作', '正文。', '第2页 / 共11页'].join('\n'), 'plaintext');
    await client.diagnosticsFor(uri, (d) => d.length > 0);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、主要工作']);
  });

  it('keeps "ignore here" for a plain-text draft in .reportlintrc.json, not in the draft', async () => {
    const uri = uriOf('ignore.report');
    await open(uri, 'xx市教育局工作总结\n\n一、主要工作\n\n某某单位承办。\n');
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length === 2);
    assert.deepEqual(diagnostics.map((d) => d.code), ['placeholder', 'placeholder']);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.ignore', arguments: [{ uri, rule: 'placeholder', text: 'xx' }] });
    const left = await client.diagnosticsFor(uri, (d) => d.length === 1);
    assert.equal(left[0].range.start.line, 4);
    const config = JSON.parse(fs.readFileSync(path.join(dir, '.reportlintrc.json'), 'utf8'));
    assert.deepEqual(config, { suppressions: [{ file: 'ignore.report', rule: 'placeholder', text: 'xx' }] });
    // Without a text: the rule is off in this file.
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.ignore', arguments: [{ uri, rule: 'placeholder' }] });
    await client.diagnosticsFor(uri, (d) => d.length === 0);
  });

  it('offers the merged fix of one marker once, for both its findings', async () => {
    const uri = uriOf('marker.report');
    await open(uri, ['一、总体要求', '（一）目标', '（二）任务', '（二）、保障'].join('\n'));
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length === 2);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as CodeAction[];
    const fixes = actions.filter((a) => a.isPreferred);
    assert.deepEqual(fixes.map((a) => a.title), ['改为“（三）”']);
    assert.deepEqual(fixes[0].diagnostics?.map((d) => d.code).sort(), ['numbering-sequence', 'numbering-style']);
  });

  it('ignores here only: where the flagged text is elsewhere too, the suppression names a stretch of its line', async () => {
    const uri = uriOf('twice.report');
    await open(uri, ['xx市教育局工作总结', '', '一、主要工作', '', '会同xx区卫健委开展检查。'].join('\n'));
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length === 2);
    const second = diagnostics.find((d) => d.range.start.line === 4)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: second.range, context: { diagnostics: [second] } })) as CodeAction[];
    const here = actions.find((a) => a.title.startsWith('此处忽略'))?.command as Command;
    assert.deepEqual(here.arguments, [{ uri, rule: 'placeholder', text: 'xx', context: '会同xx区卫健委' }]);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: here.command, arguments: here.arguments });
    const left = await client.diagnosticsFor(uri, (d) => d.length === 1);
    assert.equal(left[0].range.start.line, 0, 'the xx of the title is still reported');
  });

  it('asks the client to show a rule doc when the client has no command of its own', async () => {
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.showRuleDoc', arguments: ['file:///docs/rules/placeholder.md'] });
    assert.deepEqual(client.shownDocuments, ['file:///docs/rules/placeholder.md']);
  });

  it('sends the status-bar counts after each lint and the per-section statistics on request', async () => {
    const uri = uriOf('stats.report');
    await open(uri, '一、主要工作\n完成了3项任务。\n二、下一步\n继续努力。\n');
    await client.diagnosticsFor(uri);
    const statusOf = () => client.notifications.filter((n) => (n.params as { uri: string }).uri === uri).at(-1)?.params;
    await waitFor(() => statusOf() !== undefined);
    const status = statusOf();
    // 一、主要工作(6) 完成了3项任务。(8: 3 counts as one) 二、下一步(5) 继续努力。(5)
    assert.deepEqual(status, { uri, checked: true, version: 1, locale: 'zh-cn', count: 24, sections: 2, errors: 0, warnings: 0, others: 0 });
    const stats = await client.connection.sendRequest('reportLint/statistics', { uri });
    assert.deepEqual(stats, {
      locale: 'zh-cn',
      count: 24,
      sections: [
        { line: 0, title: '一、主要工作', depth: 0, count: 14 },
        { line: 2, title: '二、下一步', depth: 0, count: 10 },
      ],
    });
  });

  it('counts the sections of a Markdown draft with headings as its outline shows them: its numbered list items are no sections', async () => {
    const uri = uriOf('stats.md');
    await open(uri, ['# Quarterly Report', '', '## 1. Summary', '', 'Revenue grew.', '', '## 2. Findings', '', '1. Staffing remained stable.', '2. Onboarding got faster.', '3. Satisfaction rose.', ''].join('\n'), 'markdown');
    await client.diagnosticsFor(uri);
    const statusOf = () => client.notifications.filter((n) => (n.params as { uri: string }).uri === uri).at(-1)?.params as { sections: number } | undefined;
    await waitFor(() => statusOf() !== undefined);
    assert.equal(statusOf()!.sections, 3, 'the title and two headings, not the three list items');
    const stats = (await client.connection.sendRequest('reportLint/statistics', { uri })) as { sections: { title: string }[] };
    assert.deepEqual(stats.sections.map((s) => s.title), ['Quarterly Report', '1. Summary', '2. Findings']);
    // A Markdown draft without headings keeps its numbered lines as its sections (they are its outline).
    const plain = uriOf('stats-plain.md');
    await open(plain, ['一、主要工作', '', '完成了3项任务。', '', '二、下一步', '', '继续努力。', ''].join('\n'), 'markdown');
    await client.diagnosticsFor(plain);
    await waitFor(() => client.notifications.some((n) => (n.params as { uri: string }).uri === plain));
    assert.equal((client.notifications.filter((n) => (n.params as { uri: string }).uri === plain).at(-1)!.params as { sections: number }).sections, 2);
  });

  it('says in the status how many findings there were when the per-rule limit shows only some (2,000 shown of 3,600)', async () => {
    const uri = uriOf('capped.report');
    const lines = ['一、工作情况'];
    for (let i = 1; i <= 1200; i++) lines.push(`${i}. 第${i}项：XXX。`);
    await open(uri, lines.join('\n'));
    const status = (await client.linted(uri, 1, 60_000)) as unknown as { errors: number; warnings: number; others: number; total?: number };
    const shown = status.errors + status.warnings + status.others;
    assert.ok(status.total !== undefined && status.total - shown >= 200, `total ${status.total} for ${shown} shown`);
    // Below the limit there is no total: the count shown is all of them.
    const few = uriOf('few.report');
    await open(few, ['一、工作情况', '1. 第1项：XXX。'].join('\n'));
    assert.equal(((await client.linted(few, 1)) as { total?: number }).total, undefined);
  });

  it('answers fix-all with "nothing left to fix" (0) when no finding has a fix', async () => {
    const uri = uriOf('nothing-to-fix.report');
    await open(uri, ['一、工作情况', '全年完成投资12亿元。'].join('\n'));
    await client.linted(uri, 1);
    const before = client.appliedEdits.length;
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.applyAllFixes', arguments: [uri] });
    assert.deepEqual(result, { fixed: 0, locale: 'zh-cn' });
    assert.equal(client.appliedEdits.length, before, 'no edit sent');
  });

  it('lints an opened draft once: the settings VS Code sends after it opened, the same as before, do not lint it again', async () => {
    const uri = uriOf('once.report');
    await open(uri, ['一、甲', '三、乙'].join('\n'));
    await client.linted(uri, 1);
    const statuses = () => client.notifications.filter((n) => (n.params as { uri: string }).uri === uri).length;
    assert.equal(statuses(), 1);
    // VS Code's client sends didChangeConfiguration once the server registers for it, after the drafts are open.
    await reconfigure({});
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(statuses(), 1, 'not linted twice');
    // A setting that changes the findings lints it again.
    await reconfigure({ rules: { 'numbering-sequence': 'off' } });
    await waitFor(() => statuses() === 2);
    await reconfigure({});
    await waitFor(() => statuses() === 3);
  });

  it('renumbers every level in its own style as one edit', async () => {
    const uri = uriOf('renumber.report');
    await open(uri, ['一、甲', '（一）子', '（三）子', '三、乙', '1.项', '3.项'].join('\n'));
    await client.diagnosticsFor(uri, (d) => d.length > 0);
    const before = client.appliedEdits.length;
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.renumber', arguments: [uri] });
    assert.deepEqual(result, { edits: 3, references: [] });
    const change = client.appliedEdits[before].documentChanges?.[0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.deepEqual(
      change.edits.map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character} ${'newText' in e ? e.newText : ''}`),
      ['2:1-2 二', '3:0-1 二', '5:0-1 2'],
    );
  });

  it('rewrites the references to a section renumbering gave another number in the same edit, not another document\'s', async () => {
    const uri = uriOf('renumber-refs.report');
    await open(uri, ['一、总体要求', '详见第三部分，并按《实施意见》第三部分执行。', '三、主要任务', '本部分所列任务见第三部分附表。', '四、保障措施'].join('\n'));
    await client.diagnosticsFor(uri, (d) => d.length > 0);
    const before = client.appliedEdits.length;
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.renumber', arguments: [uri] })) as {
      edits: number;
      references: { text: string; from: number; to: number; updated?: true; range: { start: { line: number } } }[];
    };
    assert.equal(result.edits, 2);
    assert.deepEqual(result.references.map((r) => `${r.range.start.line} ${r.text} ${r.from}→${r.to} ${r.updated ? 'updated' : 'check'}`), ['1 第三部分 3→2 updated', '3 第三部分 3→2 updated']);
    const change = client.appliedEdits[before].documentChanges?.[0] as TextDocumentEdit;
    assert.deepEqual(
      change.edits.map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character} ${'newText' in e ? e.newText : ''}`),
      ['1:3-4 二', '2:0-1 二', '3:9-10 二', '4:0-1 三'],
    );

    // The case seen in VS Code: 一、 三、 五、 with 见第五部分 in an item, and a quoted item number.
    const seen = uriOf('renumber-refs-seen.report');
    await open(seen, ['一、总体情况', '三、主要做法', '（二）加强领导', '1. 建立机制，见第五部分。', '3. 强化督查，详见“1.”。', '五、下步打算'].join('\n'));
    await client.diagnosticsFor(seen, (d) => d.length > 0);
    const at = client.appliedEdits.length;
    const second = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.renumber', arguments: [seen] })) as { references: { text: string; updated?: true }[] };
    assert.deepEqual(second.references.map((r) => `${r.text} ${r.updated ? 'updated' : 'check'}`), ['第五部分 updated']);
    const edits = (client.appliedEdits[at].documentChanges?.[0] as TextDocumentEdit).edits;
    assert.deepEqual(edits.map((e) => `${e.range.start.line}:${e.range.start.character} ${'newText' in e ? e.newText : ''}`), ['1:0 二', '2:1 一', '3:10 三', '4:0 2', '5:0 三']);

    // Two parts both renumbering their （二）: 见（二） in neither of them is left for the writer to check.
    const twice = uriOf('renumber-refs-twice.report');
    await open(twice, ['一、甲', '（一）子', '（三）子', '二、乙', '（一）子', '（三）子', '三、丙', '具体要求见（三）。'].join('\n'));
    await client.diagnosticsFor(twice, (d) => d.length > 0);
    const third = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLint.server.renumber', arguments: [twice] })) as { references: { text: string; updated?: true }[] };
    assert.deepEqual(third.references.map((r) => `${r.text} ${r.updated ? 'updated' : 'check'}`), ['（三） check']);
  });

  it('completes markers as they are typed, the innermost level first; English drafts get no Chinese markers', async () => {
    const uri = uriOf('complete.report');
    await open(uri, ['一、主要工作', '（一）教学', '（二）、队伍', '正文。', '（'].join('\n'));
    await client.diagnosticsFor(uri);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 1 } })) as CompletionItem[];
    assert.deepEqual(items.map((i) => i.label), ['（三）', '1.', '二、']);
    assert.equal(items[0].preselect, true);

    // Typing （ in VS Code adds ） after the cursor: （三） takes it in (not （三））); 1. leaves it alone.
    const closed = uriOf('complete-closed.report');
    await open(closed, ['一、主要工作', '（一）教学', '（二）队伍', '（）'].join('\n'));
    await client.diagnosticsFor(closed);
    const inBrackets = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: closed }, position: { line: 3, character: 1 } })) as CompletionItem[];
    const edits = inBrackets.map((i) => i.textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string });
    assert.deepEqual(edits.map((e) => `${e.range.start.character}-${e.range.end.character} ${e.newText}`), ['0-2 （三）', '0-1 1.', '0-1 二、']);

    // A blank line between paragraphs, as drafts copied from the web have everywhere, closes no section: 3. after 2.
    // comes first (it offered 二、 and （二） only, as if the writer had left 2. and （一）).
    const spaced = uriOf('complete-spaced.report');
    await open(spaced, ['一、主要工作', '', '（一）教学', '', '1.德育工作。开展活动120场。', '', '（1）开学第一课。', '', '2.教学质量。平均分提高5.6分。', '', ''].join('\n'));
    await client.diagnosticsFor(spaced);
    for (const line of [9, 10]) {
      const after = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: spaced }, position: { line, character: 0 } })) as CompletionItem[];
      assert.deepEqual(after.map((i) => `${i.label} ${i.detail}`), ['3. 接续“2.”', '（1） 下一级第一项', '（二） 接续“（一）”', '二、 接续“一、”'], `line ${line + 1}`);
    }

    // The space after the previous item's marker goes with the next one: "1. 加强组织领导。" ⏎ gives "2. ", not "2."
    // (ux46 accepted it and typed 完善: "2.完善"); a level written without one gets none (（三）, 二、).
    const gapped = uriOf('complete-gap.report');
    await open(gapped, ['一、主要工作', '1. 加强组织领导。', ''].join('\n'));
    await client.diagnosticsFor(gapped);
    const afterGap = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: gapped }, position: { line: 2, character: 0 } })) as CompletionItem[];
    assert.deepEqual(afterGap.map((i) => `${i.label}|${(i.textEdit as { newText: string }).newText}`), ['2.|2. ', '（1）|（1）', '二、|二、']);

    const en = uriOf('complete.md');
    await open(en, ['# Report', '', 'Some text here.', ''].join('\n'), 'markdown');
    await client.diagnosticsFor(en);
    const english = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: en }, position: { line: 3, character: 0 } })) as CompletionItem[];
    assert.ok(english.every((i) => !/[一二三（]/.test(i.label)), english.map((i) => i.label).join(' '));
  });

  it('offers 三是 after 一是…二是… in the paragraph being written', async () => {
    const uri = uriOf('enumerate.report');
    const line = '我们重点做了三件事：一是加强领导；二是完善制度；三';
    await open(uri, ['一、主要工作', line].join('\n'));
    await client.diagnosticsFor(uri);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: line.length } })) as CompletionItem[];
    assert.deepEqual(items.map((i) => i.label), ['三是']);
    assert.deepEqual(items[0].textEdit, { range: { start: { line: 1, character: line.length - 1 }, end: { line: 1, character: line.length } }, newText: '三是' });
  });

  it('checks the short drafts first after a settings change, not after a long one opened before them', async () => {
    const long = uriOf('long.report');
    const short = uriOf('short.report');
    const paragraph = '今年以来，我局认真贯彻落实各项决策部署，扎实推进重点工作，取得了明显成效。';
    await open(long, ['一、主要工作', ...Array.from({ length: 6000 }, (_, i) => `${i + 1}. ${paragraph}`)].join('\n\n'));
    await open(short, ZH);
    await client.diagnosticsFor(long);
    await client.diagnosticsFor(short);
    const statusOf = (uri: string, since = 0) => client.notifications.slice(since).some((n) => (n.params as { uri: string }).uri === uri);
    await waitFor(() => statusOf(long) && statusOf(short), 20000);
    const from = client.notifications.length;
    await reconfigure({ rules: { 'repeated-word': 'off' } });
    await waitFor(() => statusOf(long, from) && statusOf(short, from), 20000);
    const order = client.notifications.slice(from).map((n) => (n.params as { uri: string }).uri).filter((uri) => uri === long || uri === short);
    assert.equal(order[0], short, order.join(' '));
    await reconfigure({});
  });
});

async function waitFor(test: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
