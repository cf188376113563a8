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
