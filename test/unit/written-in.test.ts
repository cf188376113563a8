// The draft's language (ReportDocument.writtenIn) counts Han characters and English words per line with native
// searches (countHanAndWords, model/document.ts): exactly what i18n.ts countWords counts, on any text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countHanAndWords, parseDocument } from '../../server/src/engine/model/document';
import { countWords, detectLocale } from '../../server/src/engine/i18n';

const ALPHABET = ['中', '文', '㐀', '䶿', '丽', '龥', '\u9fff', '\uf900', '\ufaff', '\u3399', '\ufb00', 'a', 'Z', 'é', '1', ' ', '-', "'", '。',
  '\ud840\udc00', '\ud884\udf4f', '\ud884\udf50', '\ud83d\ude00', '\ud840', '\udc00', '\ud884', '\n'];

describe('countHanAndWords (the draft language, perf42)', () => {
  it('counts what countWords counts, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const a = { han: 0, words: 0 };
        const b = { han: 0, words: 0 };
        countWords(text, a);
        countHanAndWords(text, b);
        assert.deepEqual(b, a);
      }),
      { numRuns: 5000 },
    );
  });

  it('adds to the counts it is given', () => {
    const counts = { han: 2, words: 1 };
    countHanAndWords('中文 report 𠀀 and', counts);
    assert.deepEqual(counts, { han: 5, words: 3 });
  });

  it('gives the language detectLocale gives', () => {
    for (const text of ['本报告总结了全年工作。\nThe report.', 'An English report\nwith 中文 words.', '']) {
      assert.equal(parseDocument(text).writtenIn, detectLocale(text));
    }
  });
});
