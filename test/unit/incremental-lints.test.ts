// The worker's per-document incremental linting (IncrementalLints): each version gives what a full lint gives, other
// options start the document afresh, and a closed document is forgotten.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalLints, lintNow } from '../../server/src/linter';
import { corpusDrafts } from '../support/documents';

describe('incremental lints per document (the lint worker)', () => {
  it('gives for each version what a full lint gives, across edits, option changes and a close', () => {
    const lints = new IncrementalLints();
    const base = corpusDrafts[1].slice(0, 8000);
    const versions = [base, base.replace('。', '，'), '一、总体情况\r\n' + base, base.slice(0, 4000) + '\n\n三、下一步\n' + base.slice(4000), base];
    const optionSets = [{ locale: 'zh-cn' as const }, { locale: 'zh-cn' as const }, { locale: 'en' as const }, { locale: 'en' as const, rules: { punctuation: 'off' as const } }, { locale: 'en' as const }];
    versions.forEach((text, i) => {
      const got = lints.lint('file:///a.txt', text, optionSets[i]);
      assert.deepEqual(got, lintNow(text, optionSets[i]), `version ${i}`);
      if (i === 2) lints.forget('file:///a.txt');
    });
  });
});

// The summary (characters, words, sections, language) is kept from version to version (DraftSummarizer): only the
// lines between the ones an edit left alone at the start and the end are counted again. Edits that add and remove
// lines, turn lines into page furniture and back, and change the draft's language, each version against a full lint.
describe('the draft summary kept across versions (DraftSummarizer)', () => {
  const PIECES = ['\n', '\n\n', '\r\n', '工作推进', 'the work goes on ', '第1页 共11页', '\n第2页 共11页\n', '一、', '（一）', '。', '。', '4、', 'ＡＢＣ１２３', '', '😀'];
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 300 })), insert: fc.constantFrom(...PIECES) });

  it('gives for each version what summarizing it afresh gives', () => {
    // A text cut up by a document-sharing site: chunk indices 1、 2、 3、 before long lines that end mid-sentence (a
    // full stop typed at the end of one can make them a writer's list again, and their sections count).
    const chunk = (n: number) => `${n}、${'今年以来全区教育系统认真贯彻落实各项决策部署推动教育事业高质量发展'.repeat(8)}`;
    const cut = `标题\n\n${chunk(1)}\n${chunk(2)}\n${chunk(3)}\n二、下一步\n工作。\n`;
    const bases = [corpusDrafts[0].slice(0, 3000), corpusDrafts[2].slice(10000, 13000), 'The work goes on.\n\nIt is done.\n第1页 共11页\n一、总体\n', cut];
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 8 }), (base, edits) => {
        const lints = new IncrementalLints();
        const options = { locale: 'zh-cn' as const };
        let doc = TextDocument.create('file:///s.txt', 'plaintext', 1, base);
        assert.deepEqual(lints.lint('file:///s.txt', base, options).summary, lintNow(base, options).summary);
        for (const [n, e] of edits.entries()) {
          const text = doc.getText();
          const start = Math.floor(e.at * text.length);
          const range = { start: doc.positionAt(start), end: doc.positionAt(Math.min(text.length, start + e.remove)) };
          doc = TextDocument.update(doc, [{ range, text: e.insert }], n + 2);
          const after = doc.getText();
          const got = lints.lintChanges('file:///s.txt', { changes: [{ range, text: e.insert }], length: after.length, lineCount: doc.lineCount }, options) ?? lints.lint('file:///s.txt', after, options);
          assert.deepEqual(got.summary, lintNow(after, options).summary, `after edit ${n}`);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });

  it('counts the sections again when a full stop typed at the end of a chunk makes the chunk indices a list', () => {
    const chunk = (n: number) => `${n}、${'今年以来全区教育系统认真贯彻落实各项决策部署推动教育事业高质量发展'.repeat(8)}`;
    const text = `标题\n\n${chunk(1)}\n${chunk(2)}\n${chunk(3)}\n二、下一步\n工作。\n`;
    const options = { locale: 'zh-cn' as const };
    const lints = new IncrementalLints();
    const first = lints.lint('file:///c.txt', text, options);
    assert.deepEqual(first.summary, lintNow(text, options).summary);
    let doc = TextDocument.create('file:///c.txt', 'plaintext', 1, text);
    const end = { line: 2, character: chunk(1).length };
    const steps = [
      { range: { start: end, end }, text: '。' },
      { range: { start: end, end: { line: 2, character: end.character + 1 } }, text: '' },
    ];
    const counts = [first.summary.sections];
    for (const [n, change] of steps.entries()) {
      doc = TextDocument.update(doc, [change], n + 2);
      const got = lints.lintChanges('file:///c.txt', { changes: [change], length: doc.getText().length, lineCount: doc.lineCount }, options);
      assert.deepEqual(got?.summary, lintNow(doc.getText(), options).summary, `step ${n}`);
      counts.push(got!.summary.sections);
    }
    assert.notEqual(counts[1], counts[0], 'the full stop changes what a reader sees as sections');
    assert.equal(counts[2], counts[0]);
  });
});
