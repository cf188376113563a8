// Renumber sections and the numbering rules leave alone a list that reproduces another document's numbers under a
// lead-in that says so (…numbered 20 to 23 in the review… we reproduce them here: ⏎ 20. … 23.), as numbering-sequence does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, lint, parseDocument, renumberEdits } from '../../server/src/engine';
import { FIXTURES } from '../support/fixtures';

const renumber = (text: string, format: 'plain' | 'markdown' = 'plain') => applyEdits(text, renumberEdits(parseDocument(text, format)));
const numberingFindings = (text: string, format: 'plain' | 'markdown' = 'plain') =>
  lint(text, { locale: 'en', format }).filter((f) => f.ruleId.startsWith('numbering-')).map((f) => `${f.range.start.line + 1}:${f.ruleId}`);

describe('renumbering a list reproduced with its numbers', () => {
  const dir = path.join(FIXTURES, 'rules', 'numbering-sequence');

  it('renumbers the plain-text fixtures exactly as numbering-sequence fixes them', () => {
    for (const name of ['en-fix49-reproduced-items', 'zh-fix49-reproduced-items']) {
      const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
      assert.equal(renumber(text), fs.readFileSync(path.join(dir, `${name}.fixed.txt`), 'utf8'), name);
    }
  });

  it('keeps the numbers of the reproduced items in Markdown', () => {
    const text = fs.readFileSync(path.join(dir, 'en-fix49-reproduced-items.md'), 'utf8');
    const out = renumber(text, 'markdown').split('\n');
    for (const kept of ['20. The ICB should commission', '23. The ICB should publish', '4. Every woman', '5. Every unit', '14. The Trust will keep', '15. The register']) {
      assert.ok(out.some((l) => l.startsWith(kept)), kept);
    }
    // The report's own lists are still renumbered.
    assert.ok(out.some((l) => l.startsWith('1. Recruit twelve midwives')));
  });

  const en = [
    'RESPONSE TO THE PEER REVIEW',
    '',
    '1. Introduction',
    '',
    'The review made 12 recommendations. Those addressed to the council are listed in section 2.',
    '',
    '2. Recommendations for the council',
    '',
    'The three recommendations addressed to the council are numbered 9 to 11 in the review, and are reproduced below:',
    '',
    '9. The council should adopt a medium-term financial plan.',
    '10. The council should review its scrutiny arrangements.',
    '11. The council should publish a workforce strategy.',
    '',
    '3. Next steps',
    '',
    'An action plan will be presented in March.',
  ];
  const zh = [
    '关于巡察反馈意见整改落实情况的报告',
    '',
    '一、反馈意见',
    '',
    '巡察组反馈的问题共10条，涉及我单位的为第7条至第9条，现将原文摘录如下：',
    '',
    '7．“三重一大”事项集体决策执行不严格。',
    '8．干部选拔任用程序不够规范。',
    '9．专项资金使用管理不到位。',
    '',
    '二、整改情况',
    '',
    '（一）完善决策制度。',
    '（二）规范选人用人。',
  ];

  it('changes nothing in a reproduced list, in English and Chinese', () => {
    assert.equal(renumber(en.join('\n')), en.join('\n'));
    assert.equal(renumber(zh.join('\n')), zh.join('\n'));
  });

  it('gives no numbering finding on a reproduced list (sequence, hierarchy, style)', () => {
    assert.deepEqual(numberingFindings(en.join('\n')), []);
    assert.deepEqual(numberingFindings(zh.join('\n')), []);
  });

  it('still renumbers a list from 9. under an ordinary lead-in', () => {
    const own = en.map((l) => (l.startsWith('The three') ? 'The actions we have agreed are:' : l));
    assert.ok(!renumber(own.join('\n')).includes('\n9. The council should adopt'));
  });
});
