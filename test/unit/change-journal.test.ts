// The journal of content changes the lint worker is sent instead of the text: the changes of skipped versions are
// kept until a lint takes them, what a lint took is forgotten, and a gap (a reopen, too much typed while nothing was
// linted) makes it say "send the text".
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChangeJournal } from '../../server/src/change-journal';
import { IncrementalLints, lintNow } from '../../server/src/linter';
import { syncedTextDocuments } from '../../server/src/text-documents';
import type { TextChange } from '../../server/src/engine';
import { corpusDrafts } from '../support/documents';

const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, text: string): TextChange => ({ range: { start: at(line, character), end: at(line, character) }, text });

describe('change journal (edits sent to the lint worker)', () => {
  it('replays the changes of every version between the one held and the one asked, skipped ones included', () => {
    const journal = new ChangeJournal();
    journal.opened('a', 1);
    journal.record('a', 2, [insert(0, 0, 'a')]);
    journal.record('a', 3, [insert(0, 1, 'b'), insert(0, 2, 'c')]);
    journal.record('a', 4, [insert(0, 3, 'd')]);
    assert.deepEqual(journal.since('a', 1, 3)?.map((c) => c.text), ['a', 'b', 'c']);
    // Until a lint succeeds the worker may need them again; once it asks from 3, what came before 3 is forgotten.
    assert.deepEqual(journal.since('a', 1, 4)?.length, 4);
    assert.deepEqual(journal.since('a', 3, 4)?.map((c) => c.text), ['d']);
    assert.equal(journal.since('a', 1, 4), undefined);
    assert.deepEqual(journal.since('a', 4, 4), []);
  });

  it('says "send the text" when the worker holds nothing, after a reopen, and after too much typing unlinted', () => {
    const journal = new ChangeJournal();
    journal.opened('a', 1);
    journal.record('a', 2, [insert(0, 0, 'a')]);
    assert.equal(journal.since('a', undefined, 2), undefined);
    journal.record('a', 3, [insert(0, 1, 'b')]);
    assert.deepEqual(journal.since('a', 2, 3)?.map((c) => c.text), ['b']);
    journal.opened('a', 7);
    assert.equal(journal.since('a', 3, 7), undefined);
    journal.record('a', 8, [{ text: 'x'.repeat(300 * 1024) }]);
    journal.record('a', 9, [insert(0, 0, 'y')]);
    assert.equal(journal.since('a', 7, 9), undefined);
    assert.equal(journal.since('b', 1, 2), undefined);
  });
});

describe('incremental lints fed changes (the lint worker)', () => {
  const uri = 'file:///a.txt';
  const options = { locale: 'zh-cn' as const };

  it('gives what a full lint of the changed text gives, CRLF joins included', () => {
    const lints = new IncrementalLints();
    let document = TextDocument.create(uri, 'plaintext', 1, corpusDrafts[1].slice(0, 6000).replace(/\n/g, '\r\n'));
    lints.lint(uri, document.getText(), options);
    const edits: TextChange[][] = [
      [insert(3, 0, '一、总体情况\r\n')],
      [{ range: { start: at(2, 0), end: at(5, 2) }, text: '' }, insert(1, 1, '稿')],
      // A \r typed at a line's end, then the \n after it removed and typed again.
      [insert(4, document.getText().split('\r\n')[4].length, '\r')],
      [{ text: '二、存在问题\n三、下一步\r\nxx市' }],
    ];
    for (const changes of edits) {
      document = TextDocument.update(document, changes, document.version + 1);
      const text = document.getText();
      const got = lints.lintChanges(uri, { changes, length: text.length, lineCount: document.lineCount }, options);
      assert.deepEqual(got, lintNow(text, options));
    }
  });

  it('joins a \\r and a \\n into one line break as the server\'s copy does', () => {
    const lints = new IncrementalLints();
    const sync = syncedTextDocuments();
    let document = sync.create(uri, 'plaintext', 1, '一、总体情况\rX\nxx市教育局\r\n');
    lints.lint(uri, document.getText(), options);
    const changes = [{ range: { start: at(1, 0), end: at(1, 1) }, text: '' }];
    document = sync.update(document, changes, 2);
    const text = document.getText();
    assert.equal(document.lineCount, 3);
    assert.deepEqual(lints.lintChanges(uri, { changes, length: text.length, lineCount: document.lineCount }, options), lintNow(text, options));
  });

  it('asks for the text when it holds none, the options changed, or the result does not measure the same', () => {
    const lints = new IncrementalLints();
    const change = { changes: [insert(0, 0, '一')], length: 4, lineCount: 1 };
    assert.equal(lints.lintChanges(uri, change, options), undefined);
    lints.lint(uri, '、总体', options);
    assert.equal(lints.lintChanges(uri, change, { locale: 'en' }), undefined);
    assert.equal(lints.lintChanges(uri, { ...change, length: 5 }, options), undefined);
    // After a mismatch it starts over from the text.
    assert.equal(lints.lintChanges(uri, { changes: [], length: 4, lineCount: 1 }, options), undefined);
    lints.lint(uri, '一、总体', options);
    assert.ok(lints.lintChanges(uri, { changes: [insert(0, 4, '情况')], length: 6, lineCount: 1 }, options));
  });
});
