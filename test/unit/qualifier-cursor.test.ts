// figure-context.ts QualifierIndex.around finds the sentence breaks before a figure by a native search kept across
// calls (perf43cli): figures read in text order by one index get what a fresh index gives each of them.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { QualifierIndex } from '../../server/src/engine/model/figure-context';

const PIECES = ['。', '；', ';', '！', '?', '|', '. ', '.', ' ', '，', '2023年', '同比', '增长', 'rose', 'target of', '计划', '全市', '中', 'a'];

describe('QualifierIndex.around, the sentence cursor (perf43cli)', () => {
  it('gives each figure, read in text order, what a fresh index gives it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (pieces, cuts, english) => {
        const text = pieces.join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const kept = new QualifierIndex(text);
        for (const from of points) {
          const to = Math.min(text.length, from + 1);
          assert.deepEqual(kept.around(from, to, english), new QualifierIndex(text).around(from, to, english));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a later figure\'s clause past where the window stopped the first one (a long clause with no break)', () => {
    // Found by the property above in CI (seed -47756142): the first figure's clause search stopped at its 30-character
    // window, and that end was kept for a later figure, whose own window reaches 同比.
    const text = 'target ofrosetarget oftarget of同比';
    const kept = new QualifierIndex(text);
    kept.around(0, 1, false);
    assert.deepEqual(kept.around(22, 23, false), new QualifierIndex(text).around(22, 23, false));
    assert.deepEqual(new QualifierIndex(text).around(22, 23, false), ['同比']);
  });
});
