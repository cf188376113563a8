// Behaviour of the copy-residue rules that the inline fixtures cannot show: options, document-level
// decisions, and how findings of different rules on one defect are reduced to one.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { splitSentences } from '../../server/src/engine/model/sentences';

const rulesOf = (text: string, options = {}) => lint(text, { locale: 'en', ...options }).map((f) => `${f.range.start.line}:${f.ruleId}`);

describe('sentences', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('ends Chinese sentences at 。！？ with their closing quotes, English ones at . ! ? before a space', () => {
    assert.deepEqual(split('他说：“好。”我们走吧！真的吗？'), ['他说：“好。”', '我们走吧！', '真的吗？']);
    assert.deepEqual(split('Sales rose 1.5 percent. See v1.2.3 notes! Done'), ['Sales rose 1.5 percent.', 'See v1.2.3 notes!', 'Done']);
  });

  it('keeps a run of marks with its sentence', () => {
    assert.deepEqual(split('真的吗？！是的……好。'), ['真的吗？！', '是的……好。']);
  });
});

describe('duplicate-text', () => {
  const twice = '全年完成植树造林任务，成效明显。护林防火工作实现零事故。\n\n其他工作按计划推进。\n\n全年完成植树造林任务，成效明显。护林防火工作实现零事故。';

  it('compares sentences of minChars characters or more (an option)', () => {
    assert.deepEqual(rulesOf(twice).filter((r) => r.endsWith('duplicate-text')), []);
    assert.deepEqual(rulesOf(twice, { ruleOptions: { 'duplicate-text': { minChars: 10 } } }).filter((r) => r.endsWith('duplicate-text')), ['4:duplicate-text']);
  });

  it('gives one finding for a pasted block, with the first copy as a related location', () => {
    const block = '第一句话说的是全县粮食生产情况总体稳定向好。第二句话说的是农民收入持续较快增长态势明显。第三句话说的是乡村建设扎实推进成效良好显著。';
    const findings = lint(`${block}\n\n其他内容。\n\n${block}`, { locale: 'en' }).filter((f) => f.ruleId === 'duplicate-text');
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].related?.map((r) => r.range.start.line), [0]);
    assert.match(findings[0].message, /3 sentences/);
  });
});
