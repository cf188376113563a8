// The date reader and the report's own time: what the model reads as a date, a span, a qualifier, a title year.
import * as assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';
import { numericDateMatches, type DateMention, type DatePoint } from '../../server/src/engine/model/dates';
import { bareYearMatches } from '../../server/src/engine/model/dates-en';
import fc from 'fast-check';
import { digitRuns, runTogetherDates } from '../../server/src/engine/model/run-together-dates';

const point = (p?: DatePoint) => (p ? [p.year ?? '', p.month ?? '', p.day ?? ''].join('-') : '');
function read(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  return parseDocument(text, format).dates.map((d: DateMention) => {
    const written = d.paragraph.text.slice(d.offset, d.offset + d.length);
    const q = d.qualifier;
    const qualifier = q ? ` ${[q.part, q.since && 'since', q.by && 'by'].filter(Boolean).join(',')}` : '';
    return `${written} ${point(d.start)}${d.end ? `/${point(d.end)}` : ''}${qualifier}`;
  });
}

describe('dates', () => {
  it('reads Chinese dates with digits, full-width digits and Chinese numerals', () => {
    assert.deepEqual(read('2025年3月5日召开，２０２５年１２月，二〇二五年十三月，三月五号。'), [
      '2025年3月5日 2025-3-5',
      '２０２５年１２月 2025-12-',
      '二〇二五年十三月 2025-13-',
      '三月五号 -3-5',
    ]);
  });

  it('reads spans, with the parts the end leaves out taken from the start', () => {
    assert.deepEqual(read('2021—2025年，2024-2019年，（2023-2023），2025年1-6月，3月5日至8日，12月至次年3月，2024年12月至2025年3月，2023-2024学年。'), [
      '2021—2025年 2021--/2025--',
      '2024-2019年 2024--/2019--',
      '2023-2023 2023--/2023--',
      '2025年1-6月 2025-1-/2025-6-',
      '3月5日至8日 -3-5/-3-8',
      '12月至次年3月 -12-/-3-',
      '2024年12月至2025年3月 2024-12-/2025-3-',
      '2023-2024 2023--/2024--',
    ]);
  });

  it('reads the words that qualify a date', () => {
    assert.deepEqual(read('确保2023年底前完成，2025年以来，2025年上半年，2024年6月底前，2020年前后，2025年前三季度。'), [
      '2023年 2023-- end,by',
      '2025年 2025-- since',
      '2025年 2025-- H1',
      '2024年6月 2024-6- end,by',
      '2020年 2020--',
      '2025年 2025--',
    ]);
  });

  it('leaves alone what only looks like a date', () => {
    assert.deepEqual(read('连续13个月，13月龄以下，第32日，8号楼，学府路5-3号，〔2023〕12号文件，1.5年，十年来，持续三年，电话2023-2024。'), []);
  });

  it('reads numeric dates, and dotted ones only in Chinese text', () => {
    assert.deepEqual(read('2025-03-05，2025/3/5，2025.3.5召开。'), ['2025-03-05 2025-3-5', '2025/3/5 2025-3-5', '2025.3.5 2025-3-5']);
    assert.deepEqual(read('We shipped version 2023.12.1 on 2024-01-05.'), ['2024-01-05 2024-1-5']);
  });

  it('reads English dates, years of prose and spans', () => {
    assert.deepEqual(read('On February 30, 2024 and 31 April, from June 2025 to March 2025, during 2019–2023, by the end of 2022.'), [
      'February 30, 2024 2024-2-30',
      '31 April -4-31',
      'June 2025 to March 2025 2025-6-/2025-3-',
      '2019–2023 2019--/2023--',
      '2022 2022-- end,by',
    ]);
    assert.deepEqual(read('In April 31 teams entered; in March 40 volunteers joined; see CVE-2024-2019.'), ['2019 2019--']);
  });

  it('reads English financial years, and not two years that do not follow each other', () => {
    assert.deepEqual(read('In 2024/25 (FY2023-24: 1,610) we met the target by March 2025; 2024/26 and 2024-2028 differ.'), [
      '2024/25 2024--/2025--',
      'FY2023-24 2023--/2024--',
      'March 2025 2025-3- by',
      '2024-2028 2024--/2028--',
    ]);
  });
});

describe('numeric dates', () => {
  it('are found where the look-behind they were written with found them', () => {
    // The pattern as it stood before perf36 moved its look-behind into code.
    const lookBehind = /(?<![\w.\-/:])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\w]|[.\-/:]\d)/g;
    const alphabet = ['2019', '2025', '1', '5', '12', '-', '/', '.', ':', '_', 'a', 'Z', '年', ' ', '，', '\ud83d', 'é', '2019-3-5', '2025.1.12'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const found: string[] = [];
        numericDateMatches(text, (m) => found.push(`${m.index}:${m[0]}`));
        assert.deepEqual(found, [...text.matchAll(lookBehind)].map((m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('a bare English year is found where the look-behind it was written with found it', () => {
    const lookBehind = /(?<![\w./$#@:]|(?<!\b(?:19|20)\d\d)-)((?:19|20)\d\d)(?![\w/%@]|-(?!(?:19|20)\d\d\b)|[.,:]\d|\s?[年月])/g;
    const alphabet = ['2019', '2023', '1999', '19', '20', '9', '-', '--', 'a', '_', '.', '/', '$', '#', '@', ':', ' ', '年', '%', ',', '\ud83d', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const found: string[] = [];
        bareYearMatches(text, (m) => found.push(`${m.index}:${m[0]}`));
        assert.deepEqual(found, [...text.matchAll(lookBehind)].map((m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: 4000 },
    );
    for (const text of ['2019-2023', 'a2019-2023', 'x-2019', '12019-2023', '2019--2023', ' 1999-2000 ', '_2019-2020', '$2019', '2019-20']) {
      const found: string[] = [];
      bareYearMatches(text, (m) => found.push(`${m.index}:${m[0]}`));
      assert.deepEqual(found, [...text.matchAll(lookBehind)].map((m) => `${m.index}:${m[0]}`), text);
    }
  });
});

describe('run-together dates', () => {
  const read = (text: string) =>
    runTogetherDates(text).map((d) => `${text.slice(d.offset, d.offset + d.length)} ${d.missing.join('')} ${d.readings.map((r) => `${r.year}-${r.month}-${r.day ?? ''}`).join('|')}`);

  it('reads a date whose 年 or 月 was lost, with every reading its digits allow', () => {
    assert.deepEqual(read('2018724日，20231月，2024年1230日，20180724日，2019125日，2018105日，202312月。'), [
      '2018724日 年月 2018-7-24',
      '20231月 年 2023-1-',
      '2024年1230日 月 2024-12-30',
      '20180724日 年月 2018-7-24',
      '2019125日 年月 2019-1-25|2019-12-5',
      '2018105日 年月 2018-10-5',
      '202312月 年 2023-12-',
    ]);
  });

  it('leaves codes, counts of days, spans and ages alone', () => {
    assert.deepEqual(
      read('编号20180724，第2018724号，第20180724日，连续运行1230日，用工30240日，12036工日，2024年120日内，2024年365日，202313月龄，20230日，No.20231月，v2.2018724日，2024年12月30日。'),
      [],
    );
  });

  it('finds its digit runs where the look-behind it was written with found them', () => {
    // The pattern as it stood before perf36 moved its look-behind into code.
    const lookBehind = /(?:(?<=(?:^|[^-－])(?:--|－－))|(?<![\d０-９A-Za-z_.．/\-－:：#第]))((?:19|20)\d\d)(年?)(\d{1,4})([日月])(?![内內])/g;
    const alphabet = ['2', '0', '1', '9', '7', '2018', '724', '2018724日', '20231月', '2024年1230日', '年', '日', '月', '内', '-', '－', '--', '－－', 'a', '.', '第', '０', ':', '：', '#', '，', ' ', '\ud83d'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const expected = [...text.matchAll(lookBehind)].map((m) => `${m.index}:${m[0]}`);
        assert.deepEqual(
          digitRuns(text).map((m) => `${m.index}:${m[0]}`),
          expected,
        );
      }),
      { numRuns: 3000 },
    );
    assert.deepEqual(read('--20211228日在会上，---2018724日，－－2018724日，-－2018724日'), ['20211228日 年月 2021-12-28', '2018724日 年月 2018-7-24']);
  });
});

describe('the report’s own time', () => {
  const time = (text: string, format: 'plain' | 'markdown' = 'plain') => parseDocument(text, format).reportTimes.map((t) => ({ kind: t.kind, period: t.period && `${t.period.kind}:${t.period.year}${t.period.half ? `H${t.period.half}` : ''}:${t.period.source}`, signed: t.signed?.text }));

  it('reads the title, a half year, the 落款 date', () => {
    assert.deepEqual(time('县教育局2025年上半年工作总结\n\n上半年，……\n\n县教育局\n2025年7月8日'), [{ kind: 'summary', period: 'summary:2025H1:title', signed: '2025年7月8日' }]);
    assert.deepEqual(time('城南街道2025年工作要点\n\n一、总体要求'), [{ kind: 'plan', period: 'plan:2025:title', signed: undefined }]);
    assert.deepEqual(time('2024年工作总结及2025年工作计划\n\n正文。'), [{ kind: 'summary', period: 'summary:2024:title', signed: undefined }]);
    assert.deepEqual(time('# 2023 Annual Report: SIG Node\n\nText.', 'markdown'), [{ kind: 'summary', period: 'summary:2023:title', signed: undefined }]);
  });

  it('takes the year from the opening words when the title has none, and nothing when nothing says it', () => {
    assert.deepEqual(time('区教育局工作总结\n\n2024年以来，区教育局……'), [{ kind: 'summary', period: 'summary:2024:opening', signed: undefined }]);
    assert.deepEqual(time('区教育局工作总结\n\n今年是2025年，也是……'), [{ kind: 'summary', period: 'summary:2025:opening', signed: undefined }]);
    assert.deepEqual(time('区教育局工作总结\n\n今年（2025年）以来，区教育局……'), [{ kind: 'summary', period: 'summary:2025:opening', signed: undefined }]);
    assert.deepEqual(time('区教育局工作总结\n\n一年来，区教育局……2023年以来，累计……'), [{ kind: 'summary', period: undefined, signed: undefined }]);
    assert.deepEqual(time('区教育局工作总结\n\n今年以来，与2024年相比……'), [{ kind: 'summary', period: undefined, signed: undefined }]);
  });

  it('reads a compilation draft by draft', () => {
    const t = time('范文汇编\n\n学校2023年工作总结篇一\n\n正文。\n\n学校2024年工作总结篇二\n\n正文。');
    assert.deepEqual(t.map((x) => x.period), [undefined, 'summary:2023:title', 'summary:2024:title']);
  });
});

describe('a finding milder than its rule', () => {
  it('keeps its own level until the user sets the rule’s severity', () => {
    const text = '2023年2月30日召开会议，规划期为2024-2019年。';
    assert.deepEqual(lint(text).map((f) => `${f.ruleId}:${f.severity}`), ['date-validity:error', 'date-validity:warning']);
    assert.deepEqual(lint(text, { rules: { 'date-validity': 'info' } }).map((f) => f.severity), ['info', 'info']);
  });
});
