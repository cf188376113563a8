// placeholder.ts quotationSpans reads only the quotation marks of a line, found by a native search (perf43cli):
// the same spans as the loop over every character it replaced (kept below as the reference), on any text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { quotationSpans } from '../../server/src/engine/rules/placeholder';

/** quotationSpans until perf43cli. */
function reference(text: string): number[] {
  const out: number[] = [];
  let straight = -1;
  let curly = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        out.push(straight, i);
        straight = -1;
      }
    } else if (c === 0x201c) {
      if (curly < 0) curly = i;
    } else if (c === 0x201d && curly >= 0) {
      out.push(curly, i);
      curly = -1;
    }
  }
  if (straight >= 0) out.push(straight, text.length);
  if (curly >= 0) out.push(curly, text.length);
  const pairs: [number, number][] = [];
  for (let i = 0; i < out.length; i += 2) pairs.push([out[i], out[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

const ALPHABET = ['"', '“', '”', '‘', '’', "'", '中', 'a', ' ', '\ud840\udc00', '\ud840', '。', 'e.g.'];

describe('placeholder quotationSpans (perf43cli)', () => {
  it('gives the spans of the per-character loop, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(quotationSpans(text), reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads straight pairs and curly quotations, one left open', () => {
    assert.deepEqual(quotationSpans('say "a" and “b'), [4, 6, 12, 14]);
  });
});
