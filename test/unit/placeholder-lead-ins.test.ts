// "List not written": a lead-in ending with a colon that a heading follows. A list numbered otherwise than the outline
// goes on (9. after 1. Purpose: the items numbered as in another document) is the list announced, not the next
// section; numbering-sequence, not placeholder, judges its numbers.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

const emptyLists = (text: string, locale: 'en' | 'zh-cn' = 'en') => lint(text, { format: 'plain', locale }).filter((f) => f.ruleId === 'placeholder').map((f) => `${f.range.start.line}: ${f.message}`);

describe('placeholder: a lead-in with nothing after it', () => {
  it('is reported when the next section follows it', () => {
    const text = ['Board paper', '', '1. Purpose', '', 'The actions we have agreed are:', '', '2. Next steps', '', 'The Board is asked to note the actions.', ''].join('\n');
    assert.deepEqual(emptyLists(text), ['4: List not written: nothing follows “The actions we have agreed are:”']);
    const zh = ['县发改局2026年工作总结', '', '一、主要工作', '', '　　今年以来，重点抓了以下几项工作：', '', '二、存在问题', '', '　　项目储备不足。', ''].join('\n');
    assert.deepEqual(emptyLists(zh, 'zh-cn'), ['4: 列举未写：“今年以来，重点抓了以下几项工作：”之后没有列出内容']);
  });

  it('is not reported when a list numbered otherwise follows it', () => {
    const text = ['Board paper', '', '1. Purpose', '', 'The actions we have agreed are:', '', '9. Publish the service standards by March.', '10. Review the complaints process.', '11. Report progress to the Board each quarter.', '', '2. Next steps', '', 'The Board is asked to note the actions.', ''].join('\n');
    assert.deepEqual(emptyLists(text), []);
  });
});
