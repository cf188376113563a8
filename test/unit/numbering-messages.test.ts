// What numbering-sequence says about the second of two slips: what the item should read, and what the item before
// it should read (not "七、 follows 五、, expected 四、", which reads as a contradiction).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

const messages = (text: string) => lint(text, { locale: 'auto' }).filter((f) => f.ruleId === 'numbering-sequence').map((f) => f.message);

describe('numbering-sequence messages after a slip', () => {
  it('names what the item before should be (Chinese)', () => {
    assert.deepEqual(messages('一、基本情况\n内容。\n二、主要做法\n内容。\n五、存在问题\n内容。\n七、下一步打算\n内容。'), [
      '编号跳号：“二、”之后应为“三、”，此处为“五、”',
      '编号应为“四、”，此处为“七、”（上一项“五、”应为“三、”）',
    ]);
  });

  it('names what the item before should be (English), and keeps the plain message for a single slip', () => {
    assert.deepEqual(messages('1. Intro\n\ntext.\n\n2. Scope\n\ntext.\n\n5. Findings\n\ntext.\n\n5. Next\n\ntext.'), [
      'Numbering skips: “5.” follows “2.”; expected “3.”',
      'Expected “4.”, found “5.” (the “5.” before it should be “3.”)',
    ]);
    assert.deepEqual(messages('1. Intro\n\ntext.\n\n2. Scope\n\ntext.\n\n4. Findings\n\ntext.\n\n5. Next\n\ntext.'), ['Numbering skips: “4.” follows “2.”; expected “3.”']);
  });
});
