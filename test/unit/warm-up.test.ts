// The lint worker's warm-up (warm-up.ts): edits typed into the draft's own model and taken back, each pair one step.
// Between steps, and after, the model holds the draft as it was, and the draft's lints give what a full lint gives.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalLints, lintNow } from '../../server/src/linter';
import { warmUpSteps, type WarmUpStep } from '../../server/src/warm-up';
import { corpusDrafts } from '../support/documents';

const URI = 'file:///warm.txt';
const options = { locale: 'zh-cn' as const };

describe('the lint worker warming up on the draft (warm-up.ts)', () => {
  it('leaves the draft as it was, its findings those sent, and the next keystrokes linted as a full lint lints them', () => {
    // Headings, list items, a Markdown-less table of running text: a paragraph of each kind.
    const text = [corpusDrafts[0], corpusDrafts[1].slice(0, 20000), corpusDrafts[2].slice(0, 20000)].join('\n\n');
    const lints = new IncrementalLints();
    const sent = lints.lint(URI, text, options).findings;
    const step = warmUpSteps(lints, URI, options, () => sent, 16);
    let how: WarmUpStep = 'more';
    let steps = 0;
    while (how === 'more') {
      how = step();
      steps++;
      assert.equal(lints.modelOf(URI)?.text, text, `the draft after step ${steps}`);
    }
    assert.equal(how, 'done');
    assert.ok(steps > 1, 'more than one pair typed');
    let doc = TextDocument.create(URI, 'plaintext', 1, text);
    const line = Math.floor(doc.lineCount / 2);
    for (const [n, typed] of ['工', '作', '\n', '。'].entries()) {
      const at = { line, character: doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length };
      const range = { start: at, end: at };
      doc = TextDocument.update(doc, [{ range, text: typed }], n + 2);
      const got = lints.lintChanges(URI, { changes: [{ range, text: typed }], length: doc.getText().length, lineCount: doc.lineCount }, options);
      assert.deepEqual(got, lintNow(doc.getText(), options), `keystroke ${n}`);
    }
    // A line of running text split in its middle, then joined back.
    const long = Array.from({ length: doc.lineCount }, (_, i) => i).find((i) => i > line && doc.getText({ start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }).length > 60)!;
    const at = { line: long, character: 20 };
    for (const [n, change] of [
      { range: { start: at, end: at }, text: '\n' },
      { range: { start: at, end: { line: long + 1, character: 0 } }, text: '' },
    ].entries()) {
      doc = TextDocument.update(doc, [change], doc.version + 1);
      const got = lints.lintChanges(URI, { changes: [change], length: doc.getText().length, lineCount: doc.lineCount }, options);
      assert.deepEqual(got, lintNow(doc.getText(), options), n ? 'the line joined back' : 'the line split');
    }
  });

  it('lets the draft go when its findings are not those sent (it is then read afresh)', () => {
    const text = corpusDrafts[1].slice(0, 12000);
    const lints = new IncrementalLints();
    const found = lints.lint(URI, text, options).findings;
    assert.ok(found.length > 1);
    const step = warmUpSteps(lints, URI, options, () => found.slice(1), 2);
    let how: WarmUpStep = 'more';
    while (how === 'more') how = step();
    assert.equal(how, 'differs');
    assert.equal(lints.modelOf(URI), undefined);
  });
});
