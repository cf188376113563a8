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
    // 场次, 批次, 家次: counts of occasions, not 场 followed by the noun 次; and 7.8个和8.6个百分点 are both points.
    assert.deepEqual(values('送戏下乡480场次，抽检4,200批次，检查2,860家次；分别提高7.8个和8.6个百分点，2.8个、1.5个百分点。'), [
      '480场次', '4200批次', '2860家次', '7.8百分点', '8.6百分点', '2.8百分点', '1.5百分点',
    ]);
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

  it('does not read the day of an English date as a quantity, nor a modal "may" as a month', () => {
    const values = (text: string) => figures(text).map((f) => f.value);
    assert.deepEqual(values('Membership rose from 18,200 in the year to 31 July 2025 to 19,050.'), [18200, 19050]);
    assert.deepEqual(values('Bookings fell from 4,310 in the year to 31st March 2025 to 3,980.'), [4310, 3980]);
    assert.deepEqual(values('The board met on 12 May 2026 and on 3 Sept.'), []);
    assert.deepEqual(values('About 40 may leave next year, and 12 March volunteers joined the walk.'), [40]);
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

  it('reads every figure of a long run on one line (its time per size is the bench\'s shape "figures on one line")', () => {
    const text = '新增学位3600个，'.repeat(20000);
    assert.equal(figures(text).length, 20000);
  });
});

describe('rate claims', () => {
  const claims = (text: string, format: 'plain' | 'markdown' = 'plain') =>
    parseDocument(text, format).rateClaims.map((c) => {
      const v = (fs: { value: number }[]) => fs.map((f) => f.value).join('、');
      return `${c.verb}:${v(c.from)}→${v(c.to)}${c.change ? ` Δ${v(c.change.figures)}${c.change.inPoints ? 'pp' : '%'}${c.change.relative ? 'rel' : ''}` : ''}`;
    });

  it('reads both orders, lists, and the change stated after', () => {
    assert.deepEqual(claims('优良率由61.2%提高至68.7%，提高了7.5个百分点。'), ['提高:61.2→68.7 Δ7.5pp']);
    assert.deepEqual(claims('巩固率达到99.2%，比上年的98.5%提高0.7个百分点。'), ['提高:98.5→99.2 Δ0.7pp']);
    assert.deepEqual(claims('从2020年的45.2%到2024年的60.8%，提高了15.6个百分点。'), [':45.2→60.8 Δ15.6pp']);
    assert.deepEqual(claims('分别由97.5%、95.2%提高至99.1%、97.8%，分别提高1.6、2.6个百分点。'), ['提高:97.5、95.2→99.1、97.8 Δ1.6、2.6pp']);
    assert.deepEqual(claims('由20%提高至25%，相对提高25%。'), ['提高:20→25 Δ25%rel']);
    assert.deepEqual(claims('Participation climbed from 41% to 47%, a gain of 6 points.', 'markdown'), ['climbed:41→47 Δ6pp']);
    assert.deepEqual(claims('Coverage is 88%, up from 85% last year.', 'markdown'), ['up:85→88']);
  });

  it('reads a change stated alone, with the level before it', () => {
    const [claim] = parseDocument('全区学前三年毛入园率达到96.8%，比上年提高2.6%。', 'plain').rateClaims;
    assert.deepEqual([claim.from.length, claim.change?.subject, claim.change?.level?.value], [0, '比上年', 96.8]);
  });
});

describe('breakdowns', () => {
  const breakdowns = (text: string, format: 'plain' | 'markdown' = 'plain') =>
    parseDocument(text, format).breakdowns.map((b) => {
      const flags = `${b.complete ? 'C' : ''}${b.partial ? 'P' : ''}${b.partition ? 'K' : ''}${b.approximate ? '~' : ''}`;
      return `${b.total?.value ?? '100%'}=${b.parts.map((p) => p.value).join('+')}${flags ? ` ${flags}` : ''}`;
    });

  it('reads a total and its parts, in Chinese and English', () => {
    assert.deepEqual(breakdowns('全市共有学校128所，其中小学80所、初中36所、高中12所。'), ['128=80+36+12 K']);
    assert.deepEqual(breakdowns('核准823名（其中文科299人、理科285人、对口239人）考生参加高考。'), ['823=299+285+239 K']);
    assert.deepEqual(breakdowns('收入完成38.65亿元，增长5.7%。其中，税收收入27.82亿元；非税收入10.83亿元。'), ['3865000000=2782000000+1083000000 K']);
    assert.deepEqual(breakdowns('Spending totalled $3.1 million: staff $1.9 million and outreach $1.2 million.', 'markdown'), ['3100000=1900000+1200000 K']);
  });

  it('keeps nested and second 其中 apart, and says when a list is all of it or only some', () => {
    assert.deepEqual(breakdowns('共有学校128所，其中小学80所（其中完小50所、教学点30所）、初中48所。'), ['128=80+48 K', '80=50+30 K']);
    assert.deepEqual(breakdowns('共有职工300人，其中党员120人，其中女性80人。'), ['300=120']);
    assert.deepEqual(breakdowns('共招生4500人，分别为城区1200人、乡镇1800人、农村1500人。'), ['4500=1200+1800+1500 CK']);
    assert.deepEqual(breakdowns('共立项课题86项，其中国家级3项、省级22项等。'), ['86=3+22 PK']);
    // One part and the rest named by 其余 alone: all of the whole, and no part in both (a partition).
    assert.deepEqual(breakdowns('共招聘326人，其中研究生42人，其余284人为本科。'), ['326=42+284 CK']);
  });

  it('reads shares of one whole, not answers to a survey', () => {
    assert.deepEqual(breakdowns('全县学生中，城区占46.5%、郊区占38.2%、农村占21.7%。'), ['100%=46.5+38.2+21.7 K']);
    assert.deepEqual(breakdowns('The budget was split: salaries 64%, rent 22%, travel 14%.', 'markdown'), ['100%=64+22+14 K']);
    assert.deepEqual(breakdowns('Respondents could choose several: 71% use the library, 45% the cafe.', 'markdown'), []);
  });
});
