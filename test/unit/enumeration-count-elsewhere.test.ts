// enumeration-count: a count that points back at a list given elsewhere (set out in paragraph 2.2, described above,
// 前文所列, （见第三部分）) announces nothing where it stands, however the numbered paragraphs after it are read. Only this
// rule's findings are checked: agendas that number each report afresh are read by the numbering rules as they are.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

function counts(text: string): string[] {
  return lint(text, { locale: 'en', format: 'plain' })
    .filter((f) => f.ruleId === 'enumeration-count')
    .map((f) => `${f.range.start.line + 1}: ${f.message}`);
}

/** A committee agenda whose report for item 6 ends in a recommendation, followed by the report for item 7 numbered 1.–4. */
function agenda(recommendation: string, nextReport = ['The Council has 118 allotment plots on two sites.', 'Rents charged by the three neighbouring councils range from £48 to £65 for a full plot.', 'It is recommended that rents rise to £56 for a full plot.', 'The Committee is asked to approve the new rents from 1 October 2027.']): string {
  return [
    'EASTFIELD TOWN COUNCIL',
    'Finance and General Purposes Committee',
    '',
    'AGENDA',
    '',
    '1. Apologies for absence',
    '2. Declarations of interest',
    '3. Grants to community organisations, 2026/27 (report attached)',
    '4. Allotment rents (report attached)',
    '',
    'REPORT FOR ITEM 3: GRANTS TO COMMUNITY ORGANISATIONS, 2026/27',
    '',
    '1. Applications',
    '',
    '1.1 Fourteen applications were received by the closing date of 31 January 2026.',
    '',
    '1.2 Ten applications scored 12 or more. The working group recommends the following grants:',
    '',
    '  Eastfield Food Bank                     £5,000',
    '  Friends of Eastfield Park               £2,800',
    '',
    '1.3 The four applications not recommended requested £10,350 in total.',
    '',
    '2. Recommendation',
    '',
    `2.1 ${recommendation}`,
    '',
    'REPORT FOR ITEM 4: ALLOTMENT RENTS',
    '',
    ...nextReport.flatMap((p, i) => [`${i + 1}. ${p}`, '']),
  ].join('\n');
}

describe('enumeration-count: counts that point at a list elsewhere', () => {
  for (const recommendation of [
    'That the Committee approves the ten grants set out in paragraph 1.2.',
    'That the Committee approves the ten grants listed in the table at paragraph 1.2.',
    'That the Committee notes the four applications described above.',
    'That the Committee notes the four applications above.',
    'That the Committee agrees the five actions listed in Appendix A.',
    'That the Committee approves the two reserve grants shown in Appendix B.',
    'That the Committee notes the three options set out in the previous report.',
    'That the Committee notes the four applications in paragraph 1.3.',
  ]) {
    it(recommendation, () => assert.deepEqual(counts(agenda(recommendation)), []));
  }

  // A count that announces the list after it still does.
  it('a count with its own list after a colon is still checked', () => {
    // Its list right under it, before the next paper (a paper's capitalised title starts a numbering of its own: fix49num).
    const list = ['(a) Eastfield Food Bank, £5,000.', '(b) Friends of Eastfield Park, £2,800.', '(c) St Mark’s Lunch Club, £1,500.'].join('\n\n');
    const found = counts(agenda('That the Committee approves the two grants set out below:').replace('set out below:\n', `set out below:\n\n${list}\n`));
    assert.equal(found.length, 1, found.join('\n'));
  });

  it('Chinese: 前文所列, 第三部分提出的, （见第三部分）', () => {
    for (const lead of ['（一）抓好前文所列四项改进措施的落实。', '（一）抓好第三部分提出的四项改进措施的落实。', '（一）做好四项改进措施（见第三部分）的落实。', '（一）落实上文四项改进措施。']) {
      const text = ['一、下一步改进措施', '', '针对演练暴露的问题，确定了四项改进措施。', '', '二、工作要求', '', lead, '', '1.各责任单位于6月20日前制定具体方案。', '', '2.市防指办每半月通报一次进展。', '', '3.完成情况纳入年度防汛工作考核。', ''].join('\n');
      assert.deepEqual(counts(text), [], lead);
    }
  });

  it('Chinese: the same count with no pointer is still checked', () => {
    const text = ['一、工作要求', '', '（一）抓好四项改进措施的落实。', '', '1.各责任单位于6月20日前制定具体方案。', '', '2.市防指办每半月通报一次进展。', '', '3.完成情况纳入年度防汛工作考核。', ''].join('\n');
    assert.equal(counts(text).length, 1);
  });
});
