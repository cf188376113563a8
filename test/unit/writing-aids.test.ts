// Engine functions behind the editor's writing aids: the draft's language, 字数 and section counts, renumbering.
import * as assert from 'node:assert/strict';
import { applyEdits, countText, detectLocale, draftStatistics, lint, parseDocument, renumberEdits } from '../../server/src/engine';

const renumbered = (lines: string[], span?: { from: number; to: number }) => {
  const text = lines.join('\n');
  return applyEdits(text, renumberEdits(parseDocument(text, 'plain'), span)).split('\n');
};

describe('the language a draft is written in', () => {
  it('is Chinese for a Chinese draft and English for an English one, whatever words the other has', () => {
    assert.equal(detectLocale('一、主要工作\n完成了GDP目标和KPI考核。'), 'zh-cn');
    assert.equal(detectLocale('The 合格率 (pass rate) rose from 45% to 50% in the second year of the pilot.'), 'en');
    assert.equal(detectLocale(''), undefined);
    assert.equal(detectLocale('2024 — 95%'), undefined);
  });

  it('sets the message language of lint when asked for auto', () => {
    assert.match(lint('一、甲\n三、乙', { locale: 'auto' })[0].message, /编号跳号/);
    assert.match(lint('1. One\n3. Three', { locale: 'auto' })[0].message, /Numbering skips/);
  });
});

describe('counting a draft', () => {
  it('counts 字数 as Chinese writers do: Han characters and full-width marks, a run of digits or letters as one, no spaces', () => {
    assert.deepEqual(countText('完成了 3 项任务，GDP增长5.2%。'), { characters: 13, words: 11 });
    assert.deepEqual(countText('　　全年共计２０２４人次。'), { characters: 8, words: 7 });
    assert.deepEqual(countText("The pilot's well-known results, 2024."), { characters: 5, words: 5 });
    assert.deepEqual(countText('𠀀字'), { characters: 2, words: 2 }, 'a character outside the BMP counts once');
  });

  it('counts each section with its subsections, from one pass', () => {
    const doc = parseDocument(['标题', '一、甲', '正文。', '（一）子', '二、乙'].join('\n'), 'plain');
    const stats = draftStatistics(doc);
    assert.equal(stats.total.characters, 2 + 3 + 3 + 4 + 3);
    assert.deepEqual(
      stats.sections.map((s) => `${'  '.repeat(s.depth)}${s.title} ${s.count.characters}`),
      ['一、甲 10', '  （一）子 4', '二、乙 3'],
    );
  });
});

describe('renumbering sections', () => {
  it('renumbers every level within its parent, each marker in its own style', () => {
    assert.deepEqual(renumbered(['一、甲', '（一）子', '（三）子', '1.项', '1.项', '三、乙', '（2）细', '⑶细']), ['一、甲', '（一）子', '（二）子', '1.项', '2.项', '二、乙', '（1）细', '⑵细']);
  });

  it('keeps a level numbered straight through the document straight through', () => {
    const lines = ['一、甲', '1.项', '2.项', '二、乙', '3.项', '5.项', '三、丙', '6.项'];
    assert.deepEqual(renumbered(lines), ['一、甲', '1.项', '2.项', '二、乙', '3.项', '4.项', '三、丙', '5.项']);
  });

  it('renumbers dotted sections under their renumbered parents', () => {
    assert.deepEqual(renumbered(['1. 总则', '1.1 范围', '3. 要求', '3.1 一般', '3.3 特殊']), ['1. 总则', '1.1 范围', '2. 要求', '2.1 一般', '2.2 特殊']);
  });

  it('keeps the ids of the plan item a heading names, and closes their gaps among themselves', () => {
    assert.deepEqual(renumbered(['1. Context', '2. Objective 3', '3.4 Cut waiting times', '3.6 Open two hubs']), ['1. Context', '2. Objective 3', '3.4 Cut waiting times', '3.5 Open two hubs']);
  });

  it('restricted to a selection, counts on from the number written before it and leaves the rest', () => {
    const lines = ['一、甲', '二、乙', '五、丙', '七、丁', '九、戊'];
    assert.deepEqual(renumbered(lines, { from: 2, to: 3 }), ['一、甲', '二、乙', '三、丙', '四、丁', '九、戊']);
  });

  it('leaves a correct document as it is', () => {
    assert.deepEqual(renumberEdits(parseDocument('一、甲\n（一）子\n1.项\n二、乙', 'plain')), []);
  });
});

describe('page furniture in the model', () => {
  const chunk = (n: number, text: string) => `${n}、${text.repeat(Math.ceil(220 / text.length)).slice(0, 220)}`;
  it('knows the chunk indices of a text a sharing site cut up, and lines that are furniture, so the outline leaves them out', () => {
    const text = [
      '某市教育局年度工作总结.docx',
      chunk(1, '全年新增公办幼儿园一所，增扩班级四十六个，进一步缓解学前教育资源紧缺矛盾，区域学前教育优质资源'),
      chunk(2, '进一步扩大。深化委托管理工作，启动第三轮学校委托管理工作，进一步提升整体办学水平和育人质量，推动'),
      chunk(3, '义务教育均衡发展取得新进展。开展教育资源需求预测，全年新建各类学校十所，实施校安工程项目多个，并'),
      '第2页 / 共11页',
    ].join('\n');
    const doc = parseDocument(text, 'plain');
    assert.deepEqual([...doc.chunkIndices], [1, 2, 3]);
    assert.ok(doc.isPageFurniture(0) && doc.isPageFurniture(4));
    assert.deepEqual(draftStatistics(doc, doc.sections.filter((s) => !doc.isPageFurniture(s.marker.line))).sections, []);
  });

  it('leaves a list of long paragraphs alone: each item ends its sentence', () => {
    const item = (n: number) => `${n}、${'加强教师队伍建设，完善考核评价办法，推动教育教学质量稳步提升。'.repeat(8)}`;
    const doc = parseDocument([item(1), item(2), item(3)].join('\n'), 'plain');
    assert.deepEqual([...doc.chunkIndices], []);
    assert.ok(!doc.isPageFurniture(0));
  });
});
