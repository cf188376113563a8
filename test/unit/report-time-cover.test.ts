// The report's own period from a cover line (Covering the calendar year 2025; 本报告期为2025年1月1日至12月31日), and the
// date of a short draft read where it is: under the title, not at the end.
import * as assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';

const time = (text: string, format: 'plain' | 'markdown' = 'plain') =>
  parseDocument(text, format).reportTimes.map((t) => ({
    period: t.period && `${t.period.kind}:${t.period.year}${t.period.half ? `H${t.period.half}` : ''}${t.period.fiscal ? ':fiscal' : ''}:${t.period.source}`,
    top: t.signed?.top === true,
  }));

describe('the report’s period from its cover line', () => {
  it('reads a cover line under a title that names no kind or no year', () => {
    assert.deepEqual(time('# Upper Wenning Catchment Report 2026\n\n*Covering the calendar year 2025*\n\n## 1. Introduction\n\nText.', 'markdown'), [{ period: 'summary:2025:cover', top: false }]);
    assert.deepEqual(time('Harbour Trust Annual Report\n\nFor the year ended 31 March 2026\n\nThe year was busy.'), [{ period: 'summary:2026H1:fiscal:cover', top: false }]);
    assert.deepEqual(time('某县水务局年度工作报告\n\n本报告期为2025年1月1日至12月31日。现将有关情况报告如下。\n\n一、主要工作'), [{ period: 'summary:2025:cover', top: false }]);
    assert.deepEqual(time('某街道办事处工作报告\n\n报告期：2025年1月1日至2025年6月30日\n\n一、上半年工作开展情况'), [{ period: 'summary:2025H1:cover', top: false }]);
  });

  it('takes the year a cover line covers over the year a title is published in, said in words only', () => {
    assert.deepEqual(time('# Air Quality Annual Report 2026\n\nCovering monitoring data for calendar year 2025\n\nText.', 'markdown'), [{ period: 'summary:2025:cover', top: false }]);
    assert.deepEqual(time('ANNUAL MONITORING REPORT 2025\nPrepared for the Environment Committee\n\nReporting period: 1 January 2024 to 31 December 2024\n\n1. SUMMARY'), [{ period: 'summary:2025:title', top: true }]);
    assert.deepEqual(time('# Annual Performance Report 2024\n\n**Riverline Buses Ltd** · Year ended 31 December 2024 · Published 28 March 2025\n\nText.', 'markdown'), [{ period: 'summary:2024:title', top: true }]);
  });

  it('leaves a plan’s year alone', () => {
    assert.deepEqual(time('# Harbour Trust Business Plan\n\nFor the year ending 31 March 2027\n\nText.', 'markdown'), [{ period: undefined, top: false }]);
  });
});

describe('the date of a short draft', () => {
  it('is under the title where the cover holds it, and the message says so', () => {
    const text = '# Site inspection notice\n\n14 May 2026\n\nThe next inspection will be on Monday 20 May.\n\nPlease keep access routes clear.\n';
    assert.deepEqual(time(text, 'markdown'), [{ period: undefined, top: true }]);
    const found = lint(text, { format: 'markdown', locale: 'en' }).filter((f) => f.ruleId === 'date-validity');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /from the date under the title/);
    const zh = lint('关于春季安全检查的通知\n\n2026年4月10日\n\n定于4月15日（星期一）开展全县学校安全检查，请各校做好准备。\n\n检查结束后，请于4月20日前报送整改情况。\n', { locale: 'zh-cn' }).filter((f) => f.ruleId === 'date-validity');
    assert.equal(zh.length, 1);
    assert.match(zh[0].message, /见标题下的日期/);
  });

  it('is at the end where it is the 落款', () => {
    assert.deepEqual(time('关于春季安全检查的通知\n\n定于4月15日（星期一）开展全县学校安全检查，请各校做好准备。\n\n县教育局\n2026年4月10日'), [{ period: undefined, top: false }]);
  });
});
