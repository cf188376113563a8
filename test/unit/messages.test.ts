// What a finding's message quotes is what the rule found: no more of the text than the phrase it names.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

describe('finding messages', () => {
  it('enumeration-count quotes a heading’s count up to the heading’s line, not into the body right under it', () => {
    const text = [
      '一、总体要求',
      '坚持稳中求进。',
      '二、深化落实党中央赋予的五大战略定位和使命任务',
      '建设“两个屏障”、“两个基地”、“一个桥头堡”，是战略定位。',
      '（一）筑牢生态安全屏障。',
      '（二）筑牢安全稳定屏障。',
    ].join('\n');
    const found = lint(text, { format: 'plain' }).filter((f) => f.ruleId === 'enumeration-count');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“五大战略定位和使命任务”/);
    assert.equal(found[0].range.end.line, 2);
  });

  it('percent-point names a rate by its whole name (城镇化率, not 镇化率)', () => {
    const found = lint('2025年末，全区常住人口城镇化率为68.2%，比上年末提高0.9%。\n全县小学入学率比上年提高0.5%。', { format: 'plain' }).filter((f) => f.ruleId === 'percent-point');
    assert.equal(found.length, 2);
    assert.match(found[0].message, /“城镇化率”/);
    assert.match(found[1].message, /“入学率”/);
  });

  it('enumeration-count quotes the count and its noun, not the verb the sentence goes on with', () => {
    const found = lint('我们从三个方面开展工作：一是完善制度；二是加强培训；三是强化考核；四是严格问责。', { format: 'plain' }).filter((f) => f.ruleId === 'enumeration-count');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“三个方面”/);
  });
});

describe('stale-year names the report by its own title', () => {
  const staleYear = (text: string, locale = 'zh-cn') =>
    lint(text, { format: 'plain', locale } as Parameters<typeof lint>[1]).filter((f) => f.ruleId === 'stale-year').map((f) => f.message);

  it('a 述职报告, a 工作要点 and an event summary are not called 工作总结, 工作计划 or 工作报告', () => {
    const cases: [string, string][] = [
      ['2026年度个人述职报告\n\n各位领导、同志们：\n\n一、2026年工作回顾\n\n全年完成各项任务。\n\n二、2026年工作打算\n\n2026年，我将继续加强学习。\n\n述职人：王明\n2026年12月20日', '本文为2026年度个人述职报告（见标题）'],
      ['青石镇2027年工作要点\n\n一、总体要求\n\n坚持稳中求进。\n\n二、2026年重点任务\n\n完成村道改造。\n\n青石镇人民政府\n2026年12月28日', '本文为2027年工作要点（见标题）'],
      ['南湖市2026年科技活动周活动总结\n\n2026年5月17日至23日，我市举办科技活动周。\n\n一、主要做法\n\n活动期间共举办科普讲座36场。\n\n南湖市科学技术协会\n2025年6月5日', '本文为2026年科技活动周活动总结（见标题）'],
    ];
    for (const [text, wanted] of cases) {
      const named = staleYear(text).filter((m) => m.includes('本文为2'));
      assert.ok(named.length > 0, `${text.split('\n')[0]}: ${staleYear(text).join(' / ')}`);
      for (const m of named) assert.ok(m.includes(wanted), m);
    }
  });

  it('a title whose year comes last names its period only; English messages keep their wording', () => {
    const plan = '青禾县农村人居环境整治提升三年行动实施方案（2026—2028年）\n\n一、总体目标\n\n坚持规划引领。\n\n二、2025年重点任务\n\n2025年，完成120个村的村庄规划编制。\n\n青禾县人民政府办公室\n2026年3月10日';
    const zh = staleYear(plan);
    assert.ok(zh.some((m) => m.includes('本文所述时段为2026—2028年（见标题）')), zh.join(' / '));
    const en = staleYear('# 2023 Annual Report\n\n## Highlights\n\nWe opened two branches.\n\n## Plans for 2023\n\nWe will open a third branch.\n', 'en');
    assert.ok(en.some((m) => m.includes('this is the report for 2023 (from the title)')), en.join('\n'));
  });
});
