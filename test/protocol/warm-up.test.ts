// The lint worker warms up the code a keystroke runs after the full lint of a long draft (warm-up.ts): it types into
// the draft's own model and takes each edit back. A warmed worker gives the same findings as a full lint, and the fixes
// of the reply sent before the warm-up are still those of the draft.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isLazyFix, wireFinding } from '../../server/src/lazy-fixes';
import { lintNow } from '../../server/src/linter';
import { WARM_UP_MIN_CHARS } from '../../server/src/warm-up';
import { WorkerLinter } from '../../server/src/worker-linter';
import { corpusDrafts } from '../support/documents';
import { SERVER } from '../support/lsp-client';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the lint worker warmed up on a long draft', function () {
  this.timeout(240_000);
  const trace = path.join(os.tmpdir(), `rl-warm-up-${process.pid}.log`);
  const before = process.env.REPORT_LINT_TRACE;
  // A worker reads the environment it is started with: its trace says when the warm-up is over, and how it ended.
  beforeEach(() => {
    fs.rmSync(trace, { force: true });
    process.env.REPORT_LINT_TRACE = trace;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.REPORT_LINT_TRACE;
    else process.env.REPORT_LINT_TRACE = before;
    fs.rmSync(trace, { force: true });
  });

  async function warmedUp(): Promise<string> {
    for (let waited = 0; waited < 120_000; waited += 200) {
      const line = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').find((l) => / warm /.test(l)) : undefined;
      if (line) return line;
      await sleep(200);
    }
    throw new Error('no warm-up');
  }

  it('gives a full lint’s findings after it, and the fixes of the reply sent before it', async () => {
    const pieces: string[] = [];
    for (let length = 0, i = 0; length < WARM_UP_MIN_CHARS * 1.1; i++) {
      pieces.push(corpusDrafts[i % corpusDrafts.length]);
      length += pieces[pieces.length - 1].length + 2;
    }
    const text = pieces.join('\n\n');
    const uri = 'file:///tmp/rl-warm-up/long.report';
    const options = { locale: 'zh-cn' as const };
    const linter = new WorkerLinter(SERVER, 120_000);
    try {
      let doc = TextDocument.create(uri, 'report', 1, text);
      const lint = (changes?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]) =>
        linter.lint({ uri, version: doc.version, text: () => doc.getText(), length: doc.getText().length, options, lineCount: doc.lineCount, changesSince: () => changes });
      const full = lintNow(text, options).findings;
      const first = await lint();
      assert.deepEqual(first.findings, full.map(wireFinding));
      assert.match(await warmedUp(), / done$/, 'the warm-up ran to its end, the findings those sent');
      // A document-wide fix of the reply sent before the warm-up: its edits, asked for after it, are the draft's.
      const lazy = first.findings.findIndex((f) => isLazyFix(f.fix));
      if (lazy >= 0) assert.deepEqual(await linter.fixEdits(uri, first.seq!, lazy), full[lazy].fix!.edits);
      // Keystrokes after it, sent as changes: what a full lint of their text gives.
      const line = Math.floor(doc.lineCount / 2);
      for (const typed of ['工', '。']) {
        const end = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
        const changes = [{ range: { start: { line, character: end }, end: { line, character: end } }, text: typed }];
        doc = TextDocument.update(doc, changes, doc.version + 1);
        const reply = await lint(changes);
        assert.deepEqual(reply.findings, lintNow(doc.getText(), options).findings.map(wireFinding), `after ${typed}`);
      }
      // A line break in the middle of a line (the warm-up types one too), then the line joined back.
      const long = Array.from({ length: doc.lineCount }, (_, i) => i).find((i) => i > line && doc.getText({ start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }).length > 60)!;
      const at = { line: long, character: 20 };
      for (const [n, changes] of [[{ range: { start: at, end: at }, text: '\n' }], [{ range: { start: at, end: { line: long + 1, character: 0 } }, text: '' }]].entries()) {
        doc = TextDocument.update(doc, changes, doc.version + 1);
        const reply = await lint(changes);
        assert.deepEqual(reply.findings, lintNow(doc.getText(), options).findings.map(wireFinding), n ? 'the line joined back' : 'the line split');
      }
    } finally {
      linter.dispose();
    }
  });
});
