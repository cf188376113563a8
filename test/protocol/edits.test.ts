// The lint worker is sent each version's changes, not the text (issue 10): whatever the stream of edits — versions
// superseded before their lint, line breaks joined and split, settings changed between edits, the worker restarted —
// the diagnostics of the last version are those of the same text opened afresh.
import * as assert from 'node:assert/strict';
import {
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChangeJournal } from '../../server/src/change-journal';
import { wireFinding } from '../../server/src/lazy-fixes';
import { lintNow } from '../../server/src/linter';
import { syncedTextDocuments } from '../../server/src/text-documents';
import { lengthOf, textSnapshot } from '../../server/src/line-document';
import { WorkerLinter } from '../../server/src/worker-linter';
import { corpusDrafts } from '../support/documents';
import { SERVER, TestClient } from '../support/lsp-client';

const summary = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${String(x.code)} ${x.message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const DRAFT = corpusDrafts[1].slice(0, 12000).replace(/\n/g, (_, i: number) => (i % 3 ? '\n' : '\r\n'));

/** A seeded stream of edits: typing, deleting across lines, line breaks typed, and \r…\n joined by a deletion. */
function editStream(text: string, count: number, seed = 7): TextDocumentContentChangeEvent[][] {
  let state = seed;
  const random = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
  const sync = syncedTextDocuments();
  let document = sync.create('file:///stream', 'report', 1, text);
  const stream: TextDocumentContentChangeEvent[][] = [];
  for (let i = 0; i < count; i++) {
    const at = random(document.getText().length);
    const from = document.positionAt(at);
    const to = document.positionAt(at + (i % 4 === 1 ? random(40) : 0));
    const typed = ['工', '，', '\n', '\r\n', '一、', '', '2025年', '\r'][random(8)];
    const changes = [{ range: { start: from, end: to }, text: typed }];
    if (i % 9 === 4) {
      // A line "X" between \r and \n, then deleted: the two become one line break.
      const line = document.positionAt(at).line;
      changes.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\rX\n' });
    }
    document = sync.update(document, changes, i + 2);
    stream.push(changes);
    if (i % 9 === 4) {
      const line = document.positionAt(document.offsetAt(changes[1].range.start) + 1).line;
      const join = [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }];
      document = sync.update(document, join, i + 2);
      stream[stream.length - 1] = [...changes, ...join];
    }
  }
  return stream;
}

function finalText(text: string, stream: TextDocumentContentChangeEvent[][]): string {
  const sync = syncedTextDocuments();
  let document = sync.create('file:///stream', 'report', 1, text);
  stream.forEach((changes, i) => (document = sync.update(document, changes, i + 2)));
  return document.getText();
}

async function statusFor(client: TestClient, uri: string, version: number): Promise<void> {
  await client.linted(uri, version);
}

async function openedAfresh(client: TestClient, uri: string, text: string): Promise<string[]> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text } });
  await statusFor(client, uri, 1);
  return summary(client.published(uri).at(-1)?.diagnostics ?? []);
}

describe('edits sent to the lint worker', function () {
  this.timeout(60000);

  it('pushes for the last of a fast stream of edits what opening its text gives', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-edits/stream.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      await statusFor(client, uri, 1);
      const stream = editStream(DRAFT, 60);
      for (const [i, contentChanges] of stream.entries()) {
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges });
        // Some versions are linted, most are superseded while a lint runs.
        if (i % 7 === 0) await sleep(30);
      }
      await statusFor(client, uri, stream.length + 1);
      const got = summary(client.published(uri).at(-1)?.diagnostics ?? []);
      assert.deepEqual(got, await openedAfresh(client, 'file:///tmp/rl-edits/fresh.report', finalText(DRAFT, stream)));
      assert.ok(got.length > 0);
    } finally {
      await client.stop();
    }
  });

  it('answers the pull after a stream of edits, settings changed midway, with what opening its text gives', async () => {
    const client = new TestClient({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///tmp/rl-edits/pulled.report';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
      const pull = () => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as Promise<FullDocumentDiagnosticReport>;
      await pull();
      const stream = editStream(DRAFT, 40, 11);
      for (const [i, contentChanges] of stream.entries()) {
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges });
        pull().catch(() => undefined); // superseded pulls are cancelled
        if (i === 20) {
          client.settings = { rules: { placeholder: 'off' } };
          await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
        }
        if (i % 5 === 0) await sleep(40);
      }
      const last = await pull();
      const text = finalText(DRAFT, stream);
      assert.deepEqual(summary(last.items), summary(lintNow(text, { locale: 'zh-cn', rules: { placeholder: 'off' } }).findings.map((f) => ({ ...f, code: f.ruleId }) as unknown as Diagnostic)));
    } finally {
      await client.stop();
    }
  });

  it('sends the text again to a restarted worker, and the changes of versions it skipped', async () => {
    const linter = new WorkerLinter(SERVER, 60000);
    const journal = new ChangeJournal();
    const sync = syncedTextDocuments(journal);
    const uri = 'file:///tmp/rl-edits/restart.report';
    let document = sync.create(uri, 'report', 1, DRAFT);
    const options = { locale: 'zh-cn' as const };
    const lint = (d: TextDocument) => {
      const version = d.version;
      return linter.lint({ uri, version, text: textSnapshot(d), length: lengthOf(d), options, lineCount: d.lineCount, changesSince: (from) => journal.since(uri, from, version) });
    };
    try {
      await lint(document);
      const stream = editStream(DRAFT, 30, 3);
      for (const [i, changes] of stream.entries()) {
        document = sync.update(document, changes, i + 2);
        // Every third version is linted; the worker is ended (as the watchdog ends it) after some of them.
        if (i % 3 !== 2) continue;
        const reply = await lint(document);
        // The same findings, but for a document-wide fix's edits, sent only when asked for (lazy-fixes.ts).
        assert.deepEqual(reply.findings, lintNow(document.getText(), options).findings.map(wireFinding), `version ${document.version}`);
        if (i % 9 === 8) linter.dispose();
      }
    } finally {
      linter.dispose();
    }
  });
});
