// paragraphs.ts leavesOpen reads only the marks it counts, found by a native search (perf43cli): the same answer
// as the loop over every character it replaced (kept below as the reference), on any text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { leavesOpen } from '../../server/src/engine/model/paragraphs';

/** leavesOpen until perf43cli. */
function reference(text: string): boolean {
  let open = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    switch (text.charCodeAt(i)) {
      case 0x300a: case 0x201c: case 0xff08: case 0x28: case 0x3010: case 0x300c:
        open++;
        break;
      case 0x300b: case 0x201d: case 0xff09: case 0x29: case 0x3011: case 0x300d:
        open--;
    }
  }
  return open > 0;
}

const ALPHABET = ['《', '》', '“', '”', '（', '）', '(', ')', '【', '】', '「', '」', '『', '』', '"', '中', 'a', ' ', '\ud840\udc00'];

describe('paragraphs leavesOpen (perf43cli)', () => {
  it('answers as the per-character loop, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        assert.equal(leavesOpen(text), reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('a title that wraps inside its 《》 leaves it open', () => {
    assert.equal(leavesOpen('（一）落实《关于深化教育'), true);
    assert.equal(leavesOpen('（一）落实《关于深化教育评价改革的意见》'), false);
  });
});
