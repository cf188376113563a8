import * as assert from 'node:assert/strict';
import { parseChineseNumeral, toChineseNumeral, parseRoman, toRoman, parseCircled, toCircled } from '../../server/src/engine/model/numerals';

describe('numerals', () => {
  it('reads and writes Chinese numerals', () => {
    const cases: [string, number][] = [['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十六', 26], ['九十九', 99], ['一百零五', 105]];
    for (const [text, n] of cases) {
      assert.equal(parseChineseNumeral(text), n, text);
      assert.equal(toChineseNumeral(n), text, String(n));
    }
    for (const bad of ['一二', '十十', '零', '二〇', '', '百百']) assert.equal(parseChineseNumeral(bad), undefined, bad);
  });

  it('reads canonical Roman numerals only', () => {
    assert.equal(parseRoman('IV'), 4);
    assert.equal(parseRoman('xii'), 12);
    assert.equal(parseRoman('IIII'), undefined);
    assert.equal(toRoman(39), 'XXXIX');
  });

  it('reads circled numbers', () => {
    assert.equal(parseCircled('①'), 1);
    assert.equal(parseCircled('⑳'), 20);
    assert.equal(parseCircled('㉑'), 21);
    assert.equal(toCircled(36), '㊱');
  });
});
