import * as assert from 'node:assert/strict';
import { parseChineseNumeral, toChineseNumeral, parseFinancialNumeral, toFinancialNumeral, parseRoman, toRoman, parseCircled, toCircled } from '../../server/src/engine/model/numerals';

describe('numerals', () => {
  it('reads and writes Chinese numerals', () => {
    const cases: [string, number][] = [['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十六', 26], ['九十九', 99], ['一百零五', 105]];
    for (const [text, n] of cases) {
      assert.equal(parseChineseNumeral(text), n, text);
      assert.equal(toChineseNumeral(n), text, String(n));
    }
    for (const bad of ['一二', '十十', '零', '二〇', '', '百百']) assert.equal(parseChineseNumeral(bad), undefined, bad);
  });

  it('reads and writes the capital numerals of a Taiwan report (壹、貳、參)', () => {
    const cases: [string, number][] = [['壹', 1], ['貳', 2], ['參', 3], ['肆', 4], ['陸', 6], ['拾', 10], ['拾壹', 11], ['貳拾', 20]];
    for (const [text, n] of cases) {
      assert.equal(parseFinancialNumeral(text), n, text);
      assert.equal(toFinancialNumeral(n), text, String(n));
    }
    assert.equal(parseFinancialNumeral('叁'), 3);
    assert.equal(parseFinancialNumeral('陆'), 6);
    for (const bad of ['参', '壹貳', '一', '']) assert.equal(parseFinancialNumeral(bad), undefined, bad);
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
