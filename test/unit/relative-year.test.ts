// A year told by a word next to a yearless date (明年2月29日, "29 February next year"), and the share-of-another-measure
// test on table heads that pipe, tab and space-aligned tables share.
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine';
import { relativeYear } from '../../server/src/engine/model/dates';
import { headsOfAnotherMeasure } from '../../server/src/engine/model/breakdowns/share-header';

function words(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  const doc = parseDocument(text, format);
  const out: string[] = [];
  for (const p of doc.paragraphs) {
    const mentions = doc.datesIn(p);
    mentions.forEach((m, i) => {
      const r = relativeYear(m, mentions, i);
      if (r) out.push(`${p.text.slice(r.offset, r.offset + r.length)} ${r.from} ${r.shift}${r.base !== undefined ? ` ${r.base}` : ''}${r.unsure ? ' unsure' : ''}`);
    });
  }
  return out;
}

describe('relative years', () => {
  it('reads the word before a Chinese date and the year it counts from', () => {
    assert.deepEqual(words('明年2月29日前完成验收，前年2月29日印发。'), ['明年2月29日 writing 1', '前年2月29日 writing -2']);
    assert.deepEqual(words('档案数字化于2026年11月启动，次年2月29日前完成。'), ['次年2月29日 named 1 2026']);
  });

  it('leaves the year unsure in a quotation, after another year, and after 每年', () => {
    assert.deepEqual(words('2023年印发的《通知》要求“今年2月29日前完成清查”。'), ['今年2月29日 writing 0 unsure']);
    assert.deepEqual(words('每年12月启动评审，次年2月29日前公布结果。'), ['次年2月29日 named 1 unsure']);
    assert.deepEqual(words('落实2023年印发的《考核办法》，次年2月29日前报送。'), ['次年2月29日 named 1 unsure']);
  });

  it('reads the words after an English date', () => {
    assert.deepEqual(words('The clerk will publish the budget by 29 February next year.'), ['29 February next year writing 1']);
    assert.deepEqual(words('Repairs began in November 2025 and end by 29 February the following year.'), ['29 February the following year named 1 2025']);
    assert.deepEqual(words('The lease says "on 29 February this year" the landlord may inspect.'), ['29 February this year writing 0 unsure']);
  });
});

describe('share of another measure', () => {
  it('tells a share of another measure from one of the amounts beside it', () => {
    assert.equal(headsOfAnotherMeasure('Share of customer-minutes', 'Events'), true);
    assert.equal(headsOfAnotherMeasure('投资占比', '项目数（个）'), true);
    assert.equal(headsOfAnotherMeasure('占营业收入比重', '企业数（家）'), true);
    assert.equal(headsOfAnotherMeasure('Share of events', 'Events'), false);
    assert.equal(headsOfAnotherMeasure('项目数占比', '项目数（个）'), false);
    assert.equal(headsOfAnotherMeasure('占总户数比例', '户数（户）'), false);
    assert.equal(headsOfAnotherMeasure('占比', '项目数（个）'), false);
    assert.equal(headsOfAnotherMeasure('Share of total', 'Grants'), false);
  });
});
