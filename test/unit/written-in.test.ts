// The draft's language (ReportDocument.writtenIn, detectLocale) counts Han characters and English words with native
// searches (i18n.ts countWords, also exported as countHanAndWords by model/document.ts): exactly what the loop over
// every character they replaced (perf42, perf43cli; kept below as the reference) counts, on any text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countHanAndWords, parseDocument } from '../../server/src/engine/model/document';
import { countWords, detectLocale } from '../../server/src/engine/i18n';
import { isAsciiLetter, isHanCodePoint } from '../../server/src/engine/model/chars';

/** The per-character loop i18n.ts countWords was until perf43cli. */
function countByCharacter(text: string, counts: { han: number; words: number }): void {
  let inWord = false;
  for (let i = 0, n = text.length; i < n; i++) {
    const cp = text.codePointAt(i)!;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      counts.han++;
      inWord = false;
      continue;
    }
    if (cp > 0xffff) i++;
    const letter = cp < 128 && isAsciiLetter(text[i]);
    if (isHanCodePoint(cp)) counts.han++;
    else if (letter && !inWord) counts.words++;
    inWord = letter;
  }
}

const ALPHABET = ['中', '文', '㐀', '䶿', '丽', '龥', '\u9fff', '\uf900', '\ufaff', '\u3399', '\ufb00', 'a', 'Z', 'é', '1', ' ', '-', "'", '。',
  '\ud840\udc00', '\ud884\udf4f', '\ud884\udf50', '\ud83d\ude00', '\ud840', '\udc00', '\ud884', '\n'];

describe('countHanAndWords (the draft language, perf42)', () => {
  it('counts what the per-character loop counts, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const a = { han: 0, words: 0 };
        const b = { han: 0, words: 0 };
        const c = { han: 0, words: 0 };
        countByCharacter(text, a);
        countHanAndWords(text, b);
        countWords(text, c);
        assert.deepEqual(b, a);
        assert.deepEqual(c, a);
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
