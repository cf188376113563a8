// The number reader: each figure a writer states, with its value, unit, dimension, subject and qualifiers,
// and the look-alikes that are not quantities (years, dates, codes, ordinals, list markers).
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine';
import { parseChineseNumber } from '../../server/src/engine/model/numerals';

const figures = (text: string, format: 'plain' | 'markdown' = 'plain') => parseDocument(text, format).figures;
const shown = (text: string) => figures(text).map((f) => f.paragraph.text.slice(f.offset, f.offset + f.length));
const values = (text: string) => figures(text).map((f) => `${f.value}${f.dimension}`);

describe('number reader', () => {
  it('reads Chinese numerals', () => {
    const cases: [string, number][] = [
      ['三', 3], ['十二', 12], ['两千三百', 2300], ['两千三', 2300], ['一万二', 12000], ['一千零五', 1005],
      ['三万五千', 35000], ['三亿五千万', 350000000], ['一万亿', 1e12], ['二〇二五', 2025], ['十亿四千万', 1040000000],
    ];
    for (const [text, n] of cases) assert.equal(parseChineseNumber(text), n, text);
    for (const bad of ['三四', '十十', '万', '百', '万一', '十四五', '']) assert.equal(parseChineseNumber(bad), undefined, bad);
  });

  it('reads values with their units and scales', () => {
    assert.deepEqual(values('新增学位3,420个，３４２０人，1.2万元，3.5亿元，1.2万亿元，12.5万人次，5.3个百分点。'), [
      '3420个', '3420人', '12000元', '350000000元', '1200000000000元', '125000人次', '5.3百分点',
    ]);
    assert.deepEqual(values('百分之五十，百分之六十四点七，三成，两千三百人，一点二个百分点，三分之二的学生。'), ['50%', '64.7%', '30%', '2300人', '1.2百分点', `${(2 / 3) * 100}%`]);
    assert.deepEqual(values('Spending was $1.8 million, 1.2 billion downloads, 3.4k stars, £2.5bn, 45 percent, up 3pp and 2 percentage points.'), [
      '1800000USD', '1200000000count', '3400', '2500000000GBP', '45%', '3百分点', '2百分点',
    ]);
    assert.deepEqual(values('Two-thirds of respondents and half of the staff; 1,520 volunteers; 12 km.'), [`${(2 / 3) * 100}%`, '50%', '1520count', '12000米']);
  });

  it('keeps the decimals as written and the unit as written', () => {
    const [a, b, c] = figures('入学率为95.80%，投入1.25万元，招生3600人。');
    assert.deepEqual([a.decimals, a.unit, b.decimals, b.unit, b.scale, c.decimals], [2, '%', 2, '万元', 10000, 0]);
  });

  it('does not read years, dates, times, codes, ordinals, references or list markers as quantities', () => {
    const lookalikes = [
      '2024年', '二〇二五年', '2021—2025年', '6月30日', '2024-06-30', '2024.6.30', '2024/6/30', '14:30', '上午8时', '3号',
      '电话0755-12345678', '13812345678', '第三章', '第3条', '表2', '图3', '附件2', '3.2节', '教基〔2024〕3号',
      'v1.2', '1.24.0', 'GB/T 9704-2012', 'RFC 3191', 'ISO 9001', 'Python 3', 'COVID-19', 'H1N1', '5G', '1st', 'in 2024',
      'Section 3.2', 'Table 4', '一是', '统一', '十分重要', '一起', '三年级', '二期工程', '十四五', '十九大',
    ];
    for (const text of lookalikes) assert.deepEqual(shown(`${text}，`), [], text);
    assert.deepEqual(shown('1、加强领导；2.完善制度；(3)落实责任；（4）强化考核。'), []);
  });

  it('reads a figure after a year and a date', () => {
    assert.deepEqual(shown('2024年6月30日前完成投资3.5亿元。'), ['3.5亿元']);
    assert.deepEqual(shown('In 2024 we recruited 1,520 volunteers.'), ['1,520 volunteers']);
  });

  it('marks approximate figures, ranges and per-head figures', () => {
    const flags = (text: string) => figures(text).map((f) => `${f.value}${f.approximate ? '~' : ''}${f.perUnit ? '/' : ''}`);
    assert.deepEqual(flags('约3600人，3600余人，3万多名，近500所，300人以上，100-200人。'), ['3600~', '3600~', '30000~', '500~', '300~', '100~', '200~']);
    assert.deepEqual(flags('人均1200元，生均12平方米，1500元/人，共3000元。'), ['1200/', '12/', '1500/', '3000']);
    assert.deepEqual(flags('about 1,200 people, 300+ members, 15 per student, an average of 40 hours.'), ['1200~', '300~', '15/', '40/']);
  });

  it('gives a list of numbers before one unit that unit', () => {
    assert.deepEqual(values('分别为12、15、18人。'), ['12人', '15人', '18人']);
    assert.deepEqual(values('分别高出13.2、10.5和24.0个百分点。'), ['13.2百分点', '10.5百分点', '24百分点']);
  });

  it('reads the subject: the words before, and the noun a classifier counts', () => {
    const subjects = (text: string) => figures(text).map((f) => f.subject);
    assert.deepEqual(subjects('全年新增学位3600个，入学率达98.5%。'), ['全年新增学位', '入学率']);
    assert.deepEqual(subjects('新增3600个学位，1200名教师参加培训。'), ['新增学位', '教师']);
    assert.deepEqual(subjects('全市共有学校128所，其中小学80所、初中36所。'), ['全市共有学校', '小学', '初中']);
    assert.deepEqual(subjects('We recruited 1,520 volunteers. Spending totalled $3.1 million: staff $1.9 million and outreach $0.6 million.'), [
      'recruited volunteers', 'spending', 'staff', 'outreach',
    ]);
  });

  it('reads the time and scope qualifiers of the sentence', () => {
    const qualifiers = (text: string) => figures(text).map((f) => f.qualifiers.join(','));
    assert.deepEqual(qualifiers('2024年上半年，新增学位3600个；全市累计建成学校12所。'), ['2024,上半年,新增', '全市,累计']);
    assert.deepEqual(qualifiers('计划新增学位3800个，同比增长5%。'), ['新增,计划', '同比,新增,计划']);
    assert.deepEqual(qualifiers('In 2024 we recruited 1,520 volunteers, up 12% year-on-year.'), ['2024', '2024,year-on-year']);
  });

  it('reads long runs in one pass', () => {
    const text = '新增学位3600个，'.repeat(20000);
    const started = Date.now();
    assert.equal(figures(text).length, 20000);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  });
});
