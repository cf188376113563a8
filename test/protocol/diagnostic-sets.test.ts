// The diagnostics set the server sends after edits is the one a fresh conversion of a fresh lint gives: the server keeps
// each unchanged finding's diagnostic (and, over stdio, its bytes: server/src/wire.ts) and makes only the changed and
// moved ones again, and none of that may show. Random edits (seeded) on a draft of some 200 findings, typed in bursts
// (the worker skips versions), then the last set sent compared with lintDetailed → toDiagnostic of the same text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type Diagnostic, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../../server/src/diagnostics';
import { lintDetailed, toLintOptions, type Locale } from '../../server/src/engine';
import { normalizeSettings } from '../../server/src/settings';
import { TestClient } from '../support/lsp-client';
import { random } from '../support/random';

const ROOT = path.join(__dirname, '..', '..');
const DRAFT = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'zh-half-year-summaries-traditional.txt'), 'utf8').split('\n').slice(0, 2400).join('\n');
const DOCS = pathToFileURL(path.join(ROOT, 'docs', 'rules')).href;


/** One edit of `doc`: a mark or a word typed, a few characters taken away, a line broken, two lines joined, a numbered line. */
function edit(doc: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const line = Math.floor(next() * (doc.lineCount - 1));
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const character = Math.floor(next() * (text.length + 1));
  const at = { line, character };
  const kind = Math.floor(next() * 6);
  if (kind === 0) return { range: { start: at, end: at }, text: ['。', '，', ',', '（', '”', '1'][Math.floor(next() * 6)] };
  if (kind === 1) return { range: { start: at, end: { line, character: Math.min(text.length, character + 1 + Math.floor(next() * 4)) } }, text: '' };
  if (kind === 2) return { range: { start: at, end: at }, text: '\n' };
  if (kind === 3) return { range: { start: { line, character: text.length }, end: { line: line + 1, character: 0 } }, text: '' };
  if (kind === 4) return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${1 + Math.floor(next() * 9)}.加强管理。\n` };
  return { range: { start: at, end: at }, text: '工作推进有力' };
}

/** What the client holds, as JSON carries it (no undefined fields). */
const plain = (d: Diagnostic[]): unknown => JSON.parse(JSON.stringify(d));

describe('diagnostics sets after edits', function () {
  this.timeout(120_000);

  for (const links of ['full', 'short'] as const) {
    it(`sends after random edits the set a fresh conversion gives (${links} rule links)`, async () => {
      const client = new TestClient();
      try {
        await client.initialize('zh-cn', { ruleLinks: links });
        const uri = `file:///tmp/report-lint-protocol/sets-${links}.report`;
        let doc = TextDocument.create(uri, 'report', 1, DRAFT);
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text: DRAFT } });
        const next = random(links === 'full' ? 18 : 81);
        const settings = normalizeSettings({}).settings;
        for (let round = 0; round < 5; round++) {
          // A burst of edits sent at once, then the lint of the last version.
          for (let i = 0; i < 6; i++) {
            const change = edit(doc, next);
            doc = TextDocument.update(doc, [change], doc.version + 1);
            await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: [change] });
          }
          const status = await client.linted(uri, doc.version, 60_000);
          const locale = status.locale as Locale;
          const sent = client.published(uri).at(-1)!.diagnostics;
          const fresh = lintDetailed(doc.getText(), toLintOptions(settings, locale, 'plain', [])).findings;
          assert.ok(fresh.length >= 64, `a draft of many findings (${fresh.length})`);
          const expected = fresh.map((f) => toDiagnostic(f, { uri, locale, docsBase: DOCS, withRelated: true, shortLinks: links === 'short' }));
          assert.deepEqual(plain(sent), plain(expected), `round ${round}, version ${doc.version}`);
        }
        if (links === 'short') assert.ok(client.published(uri).at(-1)!.diagnostics.every((d) => /^rule:[a-z-]+(\.zh-cn)?$/.test(d.codeDescription!.href)));
      } finally {
        await client.stop();
      }
    });
  }
});
