// The server's open documents (LineDocument: lines, not one string) against the text-document library: after any
// edits, the same text, line count, positions and offsets, ranges' text, line ranges and line breaks. Where the
// library miscounts (an edit that brings a \r and a \n together), the text is the same and the lines are those of a
// document made afresh from it.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument, lengthOf, textSnapshot } from '../../server/src/line-document';

const PIECES = ['a', '工作', '\n', '\r\n', '\r', '\n\n', '\r\r\n', '😀', '', 'x\ny', '第1页\r\n共11页'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
const edit = fc.record({
  start: fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 8 }) }),
  end: fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 8 }) }),
  text: fc.constantFrom(...PIECES),
  whole: fc.boolean(),
});

/** The library's document of `text`, made afresh (its line index is right). */
const fresh = (content: string) => TextDocument.create('file:///x', 'plaintext', 1, content);

function same(ours: LineDocument, theirs: TextDocument): void {
  const content = theirs.getText();
  assert.equal(ours.getText(), content);
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(lengthOf(ours), content.length);
  assert.equal(lengthOf(theirs), content.length);
  for (let offset = -1; offset <= content.length + 1; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt ${offset}`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `getLineRange ${line}`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `getEOLCharacters ${line}`);
    for (let character = -1; character <= 10; character++) {
      const p = { line, character };
      assert.equal(ours.offsetAt(p), theirs.offsetAt(p), `offsetAt ${line}:${character}`);
      assert.equal(ours.getText({ start: p, end: { line: line + 1, character: 1 } }), theirs.getText({ start: p, end: { line: line + 1, character: 1 } }));
      assert.equal(ours.getText({ start: { line: line + 1, character: 1 }, end: p }), theirs.getText({ start: { line: line + 1, character: 1 }, end: p }));
    }
  }
}

describe('LineDocument (the server\'s open documents)', () => {
  it('reads and edits as the text-document library does', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 8 }), (start, edits) => {
        const ours = new LineDocument('file:///x', 'plaintext', 1, start);
        let theirs = fresh(start);
        same(ours, theirs);
        const snapshots: [() => string, string][] = [];
        for (const [n, e] of edits.entries()) {
          if (n % 2) snapshots.push([textSnapshot(ours), ours.getText()]);
          else snapshots.push([textSnapshot(ours), theirs.getText()]);
          const change = e.whole ? { text: e.text } : { range: { start: e.start, end: e.end }, text: e.text };
          ours.update([change], n + 2);
          theirs = fresh(TextDocument.update(theirs, [change], n + 2).getText());
          assert.equal(ours.version, n + 2);
          same(ours, theirs);
        }
        // A snapshot reads the text of its version, however much was typed after it.
        for (const [read, was] of snapshots) assert.equal(read(), was);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('takes a \r and a \n an edit brings together as one line break', () => {
    const ours = new LineDocument('file:///x', 'plaintext', 1, 'a\rX\nb');
    ours.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], 2);
    assert.equal(ours.getText(), 'a\r\nb');
    assert.equal(ours.lineCount, 2);
    assert.deepEqual(ours.positionAt(3), { line: 1, character: 0 });
    ours.update([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\r' }], 3);
    assert.equal(ours.getText(), 'a\r\r\nb');
    assert.equal(ours.lineCount, 3);
  });
});
