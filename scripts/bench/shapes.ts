// Every robustness shape (test/support/shapes.ts) at two sizes: time per MB, and the ratio of the two times
// (4 means linear for 4× the text; 16 would be quadratic).

import { lintDetailed } from '../../server/src/engine';
import { shapes } from '../../test/support/shapes';
import { machine, row } from './measure';

export function benchShapes(small = 64 * 1024, factor = 4): void {
  console.log(`\nDocument shapes: time at ${small / 1024}k and ${(small * factor) / 1024}k characters (linear: ratio ≈ ${factor}) — ${machine()}`);
  row(['shape', 'small ms', 'large ms', 'ratio', 'ms per MB'], [40, 12, 12, 10, 12]);
  for (const shape of shapes) {
    const a = shape.build(small);
    const b = shape.build(small * factor);
    // The fastest of a few runs: a busy machine only ever adds time, and a ratio of two noisy figures is noise.
    const ms = (text: string, runs: number) => {
      let best = Infinity;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        lintDetailed(text, { format: shape.format });
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const ta = ms(a, 3);
    const tb = ms(b, 2);
    const perMB = tb / ((b.length * 2) / 2 ** 20);
    const ratio = tb / Math.max(ta, 0.5);
    row([shape.name, ta.toFixed(1), tb.toFixed(1), `${ratio.toFixed(1)}${ratio > factor * 2 ? ' !' : ''}`, perMB.toFixed(0)], [40, 12, 12, 10, 12]);
  }
}
