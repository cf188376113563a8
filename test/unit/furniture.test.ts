// Web-page furniture is marked by the line model: no rule reads it as the report's own text.
import * as assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'), 'plain');

describe('web-page furniture in the line model', () => {
  it('marks whole lines of furniture and keeps them out of markers and paragraphs', () => {
    const d = doc(
      '当前位置：首页 > 新闻中心 > 工作动态',
      '1、当您付费下载文档后，您只拥有了使用权限，并不意味着购买了版权。',
      '2、本站所有内容均由合作方或网友上传，本站不对文档的完整性负责。',
      '人民日报》 光明日报》 经济日报》 求是》',
      '',
      '一、主要工作',
      '全年新建学校18所。',
    );
    assert.deepEqual(d.lines.filter((l) => l.kind === 'furniture').map((l) => l.index), [0, 1, 2, 3]);
    assert.deepEqual(d.markers.map((m) => m.line), [5]);
    assert.ok(d.paragraphs.every((p) => p.firstLine >= 5));
    assert.deepEqual(lint(d.text).map((f) => f.ruleId), ['page-furniture']);
  });

  it('blanks furniture inside a line of the report out of its prose', () => {
    const d = doc('不断提升名校第1页共3页集团整体实力。');
    assert.equal(d.lines[0].kind, 'text');
    assert.equal(d.paragraphs[0].text.replace(/ /g, ''), '不断提升名校集团整体实力。');
  });

  it('leaves the report’s own words alone', () => {
    const d = doc('请各学校下载、打印并填写附件表格。', '来源：国家统计局', '作者：张明  日期：2024年12月', '下载');
    assert.ok(d.lines.every((l) => l.kind === 'text'));
  });
});
