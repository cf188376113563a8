// groupedFixed (model/numbers.ts): amount-change's expected figures written without ICU (perf43warm), checked against
// the toLocaleString call it replaces on random finite values, written decimals, ties and random bit patterns.
import * as assert from 'node:assert/strict';
import { groupedFixed } from '../../server/src/engine/model/numbers';
import { random } from '../support/random';

const icu = (v: number, d: number, g: boolean) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: g });


describe('groupedFixed', () => {
  it('writes what toLocaleString en-US writes, in the cases that show the rounding and the sign', () => {
    for (const v of [0, -0, 1.005, 999.995, 9.995, 0.5, 2.5, 1234.5, 1e21, 1.7976931348623157e308, 5e-324, -0.001, 99999.5, 123456789.125]) {
      for (let d = 0; d < 4; d++) for (const g of [true, false]) assert.equal(groupedFixed(v, d, g), icu(v, d, g), `${v} ${d} ${g}`);
    }
    assert.equal(groupedFixed(1234567.891, 2), '1,234,567.89');
    assert.equal(groupedFixed(1.005, 2), '1.01');
  });

  it('writes what toLocaleString en-US writes on random finite values', () => {
    const r = random(43);
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    for (let i = 0; i < 20000; i++) {
      const d = Math.floor(r() * 7);
      const g = r() < 0.7;
      let v: number;
      switch (i % 4) {
        case 0: v = (r() - 0.3) * 10 ** Math.floor(r() * 30 - 8); break;
        case 1: v = Math.round(r() * 10 ** Math.floor(r() * 9)) / 10 ** Math.floor(r() * 5); break; // decimals as written
        case 2: v = Number(`${Math.floor(r() * 1e6)}.${String(Math.floor(r() * 1000)).padStart(3, '0')}5`); break; // ties
        default:
          words[0] = r() * 2 ** 32;
          words[1] = r() * 2 ** 32;
          v = Number.isFinite(bits[0]) ? bits[0] : 0;
      }
      assert.equal(groupedFixed(v, d, g), icu(v, d, g), `${v} ${d} ${g}`);
    }
  });
});
