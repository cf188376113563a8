// The document model: which lines are markers, how sections nest, how paragraphs join, where positions fall.
import * as assert from 'node:assert/strict';
import { lint, parseDocument, type Section } from '../../server/src/engine';
import { isForward, isPlanSection, scopeWordsOf, titleScope } from '../../server/src/engine/model/heading-scope';
import { ownPeriodStatement } from '../../server/src/engine/model/own-period';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'), 'plain');
const md = (...lines: string[]) => parseDocument(lines.join('\n'), 'markdown');

function tree(sections: Section[], depth = 0): string[] {
  return sections.flatMap((s) => [`${'  '.repeat(depth)}${s.title}`, ...tree(s.children, depth + 1)]);
}

describe('markers', () => {
  it('recognizes the GB/T 9704 levels and their variants', () => {
    const d = doc('一、总体情况', '（一）工作目标', '(二)主要任务', '1.加强领导', '2、完善制度', '3 .强化考核', '（1）落实责任', '⑵细化分工', '①明确时限', '第一章 总则', '第二节 范围');
    assert.deepEqual(
      d.markers.map((m) => `${m.kind}:${m.value}`),
      ['cn:1', 'cn-paren:1', 'cn-paren:2', 'arabic:1', 'arabic:2', 'arabic:3', 'arabic-paren:1', 'arabic-paren:2', 'circled:1', 'chapter:1', 'section:2'],
    );
  });

  it('does not take quantities, years, lists of numbers or prose for markers', () => {
    const d = doc(
      '1.5万人次参加了培训。',
      '2023年启动了强校工程。',
      '3、4月份开展了教学视导。',
      '1、2、3年级实行小班化教学。',
      '一、二年级学生课后服务实现全覆盖。',
      '一是加强领导。',
      '第一，加强领导。',
      '第1页 / 共11页',
      '10.1国庆期间，全体干部职工轮流值班，确保安全。',
      '3.5 万元用于购置设备。',
      'e.g. this is prose.',
      'J. Smith wrote the report.',
      '12.01 会议纪要',
    );
    assert.deepEqual(d.sections.map((s) => `${s.marker.line}:${s.marker.kind}`), []);
  });

  it('reads Markdown headings, their numbers, and setext headings', () => {
    const d = md('# Report', '', '## 1. Background', '', 'Findings', '--------', '', '### 2.1 Scope');
    assert.deepEqual(d.markers.map((m) => `${m.kind}:${m.headingLevel}:${m.path.join('.')}`), ['heading:1:', 'arabic:2:1', 'heading:2:', 'dotted:3:2.1']);
  });

  it('skips code blocks, front matter and comments', () => {
    const d = md('---', 'title: 一、不是标题', '---', '```', '1. not a marker', '```', '<!-- 二、 not a marker -->', '一、真正的标题');
    assert.deepEqual(d.markers.map((m) => m.line), [7]);
  });
});

describe('outline', () => {
  it('nests the GB/T levels and accepts a skipped level', () => {
    const d = doc('一、甲', '（一）乙', '1.丙', '（1）丁', '2.戊', '（二）己', '二、庚', '1.辛');
    assert.deepEqual(tree(d.outline.roots), ['一、甲', '  （一）乙', '    1.丙', '      （1）丁', '    2.戊', '  （二）己', '二、庚', '  1.辛']);
  });

  it('follows the document’s own consistent order', () => {
    const d = doc('一、甲', '1.乙', '（一）丙', '（二）丁', '2.戊', '（一）己', '二、庚', '1.辛');
    assert.deepEqual(d.outline.order.slice(0, 3), ['cn', 'arabic', 'cn-paren']);
    assert.deepEqual(tree(d.outline.roots)[2], '    （一）丙');
  });

  it('sees a straight-through level', () => {
    const d = doc('一、甲', '1、a', '2、b', '二、乙', '3、c', '三、丙', '4、d', '5、e');
    assert.ok(d.outline.straightThrough.has('arabic'));
    assert.deepEqual(lint(d.text), []);
  });

  it('ends a section before the next section that is not inside it', () => {
    const d = doc('一、甲', '正文', '', '（一）乙', '正文', '', '二、丙', '正文');
    assert.deepEqual(d.sections.map((s) => [s.marker.line, s.endLine]), [[0, 4], [3, 4], [6, 7]]);
  });

  it('treats a compilation (篇一, 篇二) as separate parts', () => {
    const d = doc('总结范文篇一', '一、甲', '二、乙', '总结范文篇二', '一、丙');
    assert.equal(d.outline.parts.length, 2);
    assert.deepEqual(lint(d.text), []);
  });
});

describe('paragraphs', () => {
  it('joins hard-wrapped Chinese lines without a space and keeps positions', () => {
    const d = doc('入学率由90.5%提高到95', '.5%，提高了5个百分点。');
    assert.equal(d.paragraphs.length, 1);
    assert.equal(d.paragraphs[0].text, '入学率由90.5%提高到95.5%，提高了5个百分点。');
    const point = d.pointChanges[0];
    assert.equal(point.value, 5);
  });

  it('starts a new paragraph after a finished sentence, an indented line or a heading', () => {
    const d = doc('第一段。', '第二段', '　　第三段', '一、标题', '正文');
    assert.deepEqual(d.paragraphs.map((p) => p.text), ['第一段。', '第二段', '第三段', '标题', '正文']);
  });

  it('starts a new paragraph after a row of a table lined up with spaces, not after a sentence with blanks', () => {
    const d = doc('税种        2026年     2025年     增幅', '合计        124100     118000     5.2%', '从重点行业看，制造业税收4.36亿元', '占35.1%。');
    assert.deepEqual(d.paragraphs.map((p) => p.text), ['税种        2026年     2025年     增幅合计        124100     118000     5.2%', '从重点行业看，制造业税收4.36亿元占35.1%。']);
    const blanks = doc('全年撰写心得体会  篇  组织会议  次', '开展研讨  场。');
    assert.equal(blanks.paragraphs.length, 1);
  });

  it('joins English lines with a space in Markdown', () => {
    const d = md('The pass rate rose', 'from 45% to 40%.');
    assert.equal(d.paragraphs[0].text, 'The pass rate rose from 45% to 40%.');
    assert.equal(lint(d.text, { format: 'markdown' })[0]?.ruleId, 'percent-arithmetic');
  });
});

describe('positions (LSP: 0-based lines, UTF-16 columns)', () => {
  const at = (text: string, format: 'plain' | 'markdown' = 'plain') =>
    lint(text, { format }).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);

  it('counts CRLF, CR and LF as one line break each', () => {
    assert.deepEqual(at('标题\r\n正文\r某某局长\n第四行xx市'), ['placeholder@2:0-2:2', 'placeholder@3:3-3:5']);
  });

  it('counts a BOM as a column on the first line', () => {
    assert.deepEqual(at('\uFEFF某某局长'), ['placeholder@0:1-0:3']);
  });

  it('counts emoji and CJK Extension B characters as two UTF-16 units', () => {
    assert.deepEqual(at('😀😀某某'), ['placeholder@0:4-0:6']);
    assert.deepEqual(at('𠀀𠀁“”'), ['empty-pair@0:4-0:6']);
  });

  it('places findings in joined paragraphs on the right line', () => {
    assert.deepEqual(at('全市覆盖率\n达到120%。'), ['percent-range@1:2-1:6']);
  });

  it('counts full-width text as one unit per character', () => {
    assert.deepEqual(at('ＡＢＣ　某某'), ['placeholder@0:4-0:6']);
  });
});

describe('heading scope (model/heading-scope.ts)', () => {
  // One reading of what a heading says of the lines under it, for numbered titles and unnumbered period parts alike.
  it('reads a numbered title as a plan by its plan words, and nothing else as a scope', () => {
    assert.equal(titleScope('四、2026年工作打算').kind, 'plan');
    assert.equal(titleScope('二、2025年主要目标').kind, 'plan');
    assert.equal(titleScope('Plans for 2026').kind, 'plan');
    assert.equal(titleScope('一、2025年主要工作').kind, undefined);
    assert.equal(titleScope('二、存在的问题').kind, undefined);
    assert.deepEqual(scopeWordsOf(titleScope('三、下一步工作思路')), ['plan']);
  });

  it('reads plans with one vocabulary (data/plan-words.json): titles, sections, and what cannot look back', () => {
    // A plan heading that looks back at the plan is no plan.
    assert.equal(titleScope('一、2024年目标任务完成情况').kind, undefined);
    assert.equal(titleScope('二、回顾2024年工作思路').kind, undefined);
    assert.equal(titleScope('三、2025年工作设想').kind, 'plan');
    assert.equal(titleScope('Objectives for 2026').kind, 'plan');
    // Looking ahead, 对策建议, 明年…: sections whose dates are plans, though a report restates its figures under them.
    for (const title of ['五、对策建议', '四、明年工作', 'Looking ahead', 'Recommendations', '四、2025年工作打算']) assert.ok(isPlanSection(title), title);
    assert.equal(titleScope('Looking ahead').kind, undefined);
    assert.ok(!isPlanSection('二、工作计划执行情况'));
    // Goals may be reviewed in the report on their period; plans cannot.
    assert.ok(isForward('Plans for 2023') && isForward('Looking ahead') && isForward('The year ahead'));
    assert.ok(!isForward('2023 Goals') && !isForward('Priorities for 2025/26'));
  });

  it('reads an unnumbered period heading as its period and kind, and the lines under it as its part', () => {
    const d = doc('“十四五”时期工作回顾', '全市生产总值增长6%。', '2026年重点工作', '（一）扩大内需', '全市生产总值增长5%左右。', '今年工作总体要求');
    assert.deepEqual(
      d.periodParts.map((p) => [p.line, p.endLine, p.period, p.kind]),
      [
        [0, 1, '十四五', 'review'],
        [2, 4, '2026', 'plan'],
        [5, 5, '今年', 'plan'],
      ],
    );
    assert.equal(doc('2026年重点工作是扩大内需。').periodParts.length, 0);
  });
});

describe('own period statements (model/own-period.ts)', () => {
  // One reader of what a report says of its own period, its name and its figures' period; each statement read once.
  const said = (text: string, title = '') => {
    const d = parseDocument(text, 'plain');
    const out: string[] = [];
    for (const p of d.paragraphs) {
      const dates = d.datesIn(p);
      for (const m of dates) {
        const s = ownPeriodStatement(m, dates, title);
        if (s) out.push(`${s.kind}:${s.text}:${s.last.year}${s.last.month ? `-${s.last.month}` : ''}`);
      }
    }
    return out;
  };

  it('reads the Chinese family: 本报告期, 报告期内, 本年度, 今年, the figures\' 统计期限, and the report\'s name', () => {
    assert.deepEqual(said('本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'), ['data:2023年1月1日起至2023年12月31日:2023-12']);
    assert.deepEqual(said('本报告期为2023年1月1日至2023年12月31日。'), ['period:2023年1月1日至2023年12月31日:2023-12']);
    assert.deepEqual(said('报告期内（2023年），共受理申请120件。'), ['period:2023年:2023']);
    assert.deepEqual(said('本年度（2023年），共办理建议45件。'), ['period:2023年:2023']);
    assert.deepEqual(said('今年（2023年）以来，共办理建议45件。'), ['period:2023年:2023']);
    assert.deepEqual(said('本《2023年工作总结》经局务会审议通过。'), ['name:本《2023年工作总结》:2023']);
    assert.deepEqual(said('现将2025年度绩效自评情况报告如下：', '2026年度绩效自评报告'), ['name:现将2025年度绩效自评情况报告如下:2025']);
  });

  it('reads the English family: This report covers, for the year ended, all figures relate to, a cover\'s period line', () => {
    assert.deepEqual(said('This report covers the period from 1 April 2024 to 31 March 2025.'), ['period:This report covers the period from 1 April 2024 to 31 March 2025:2025-3']);
    assert.deepEqual(said('We have adequate resources for twelve months from the date of approval of the financial statements for the year ended 31 March 2025.'), [
      'period:the financial statements for the year ended 31 March 2025:2025-3',
    ]);
    assert.deepEqual(said('Unless stated otherwise, all figures relate to the financial year 2024-25.'), ['data:2024-25:2025-3']);
    assert.deepEqual(said('Reporting period: 1 January 2024 to 31 December 2024'), ['period:Reporting period: 1 January 2024 to 31 December 2024:2024-12']);
  });

  it('does not read a quoted earlier report, a comparison period or a target year as the report\'s own', () => {
    assert.deepEqual(said('去年的报告写道：“本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。”'), []);
    assert.deepEqual(said('《2023年年度报告》指出，本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。'), []);
    assert.deepEqual(said('报告期内，主动公开信息较2023年同期增长12%。'), []);
    assert.deepEqual(said('本年度与2023年度相比，申请量增加8件。'), []);
    assert.deepEqual(said('上一报告期（2023年）共受理申请112件。'), []);
    assert.deepEqual(said('本年度目标：到2027年底前实现全部事项网上可办。'), []);
    assert.deepEqual(said('Last year\'s report stated that all figures relate to the year ended 31 March 2024.'), []);
    assert.deepEqual(said('The previous report covered the year ended 31 March 2025.'), []);
    assert.deepEqual(said('Comparative figures relate to the year ended 31 March 2025.'), []);
    assert.deepEqual(said('Comparative figures relate to 2024-25 and 2025-26.'), []);
    assert.deepEqual(said('The trustees approved the financial statements for the year ended 31 March 2025 on 14 July 2025.'), []);
    assert.deepEqual(said('The plan in this report covers the period to 2030.'), []);
  });
});

describe('ruby pinyin (model/lines.ts)', () => {
  it('masks ruby after a Han character, with either bracket or a lost one, and nothing else', () => {
    const d = doc('總結（jié）工作，面?zhèn)前(gōng) (zuò)中文(wén)与 (a) and x(ā)', '沒有?拼音 (jié) 結?(jié)');
    assert.equal(d.lines[0].prose, '總結     工作，面      前       (zuò)中文     与 (a) and x(ā)');
    // Kept as columns, start and end of each (line.ruby), apart from the other kinds of damage.
    assert.deepEqual(d.lines[0].ruby, [2, 7, 11, 17, 18, 24, 32, 37]);
    assert.equal(d.lines[0].damage, undefined);
    assert.equal(d.lines[0].mangled, true);
    assert.equal(d.lines[1].prose, '沒有?拼音 (jié) 結?(jié)');
    assert.equal(d.lines[1].damage, undefined);
    assert.equal(d.lines[1].ruby, undefined);
  });
});
