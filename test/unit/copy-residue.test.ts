// Behaviour of the copy-residue rules that the inline fixtures cannot show: options, document-level
// decisions, and how findings of different rules on one defect are reduced to one.
import * as assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';
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

describe('targets (what a draft can refer to)', () => {
  const targets = (text: string, format: 'plain' | 'markdown' = 'plain') => parseDocument(text, format).targets;

  it('reads table and figure captions, in Markdown and HTML markup too, but not sentences about a table', () => {
    const t = targets(['表1 2024年资金分配表', '**表2** 课时安排', '<center> 图 2.1 市场规模 </center>', '![图3 示意图](a.png)', 'Figure 4: Energy use', 'Table 5. Costs by year', '表6显示，全市完成投资3亿元。'].join('\n'), 'markdown');
    assert.deepEqual(t.captions.map((c) => `${c.kind}${c.number.join('.')}`), ['table1', 'table2', 'figure2.1', 'figure3', 'figure4', 'table5']);
  });

  it('reads the attachment list (one line, several lines, a single title) and 附件N headings', () => {
    assert.deepEqual(targets('正文。\n\n附件：1.实施方案 2.统计表 3.名单').attachments.map((a) => a.number), [1, 2, 3]);
    assert.deepEqual(targets('正文。\n\n附件：1.实施方案\n2.统计表\n3.名单\n\n县教育局').attachments.map((a) => a.number), [1, 2, 3]);
    assert.deepEqual(targets('正文。\n\n附件：实施方案').attachments.map((a) => a.number), [1]);
    assert.deepEqual(targets('正文。\n\n附件：一、实施方案\n二、统计表\n三、名单').attachments.map((a) => a.number), [1, 2, 3]);
    assert.deepEqual(targets('正文。\n\n附件1\n\n实施方案\n\n附件2：统计表').attachments.map((a) => a.number), [1, 2]);
  });

  it('reads articles at the start of a line and appendices', () => {
    const t = targets('## 第一章 总则\n\n第一条 为了……\n\n第二条 本办法……\n\n第十二条　依照第一条……\n\n## Appendix B. Contingency', 'markdown');
    assert.deepEqual(t.articles.map((a) => a.number), [1, 2, 12]);
    assert.deepEqual(t.appendices.map((a) => a.number), [2]);
  });
});
