// lines.ts splitLines finds the line breaks by native searches (perf43cli): the same lines and offsets as the loop
// over every character it replaced (kept below as the reference), on any text with \n, \r and \r\n.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines } from '../../server/src/engine/model/lines';

/** splitLines until perf43cli. */
function reference(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ text: text.slice(start, i), offset: start });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push({ text: text.slice(start), offset: start });
  return out;
}

const ALPHABET = ['\n', '\r', '\r\n', '\n\r', 'a', '中', ' ', '\u2028', '\ud840\udc00'];

describe('splitLines (perf43cli)', () => {
  it('splits as the per-character loop, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(splitLines(text), reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('\r\n, \r and \n each end a line', () => {
    assert.deepEqual(splitLines('a\r\nb\rc\nd').map((l) => [l.text, l.offset]), [['a', 0], ['b', 3], ['c', 5], ['d', 7]]);
  });
});
