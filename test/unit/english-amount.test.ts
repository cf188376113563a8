// englishAmount (model/level-changes.ts): the rate-per-period message's amount written without ICU (perf44), checked
// against the `Number(amount).toLocaleString('en-US')` it replaces, on amounts made as the message makes them
// (`Number((value / scale).toFixed(2)).toString()` read back).
import * as assert from 'node:assert/strict';
import { englishAmount } from '../../server/src/engine/model/level-changes';
import { random } from '../support/random';


const asMessage = (value: number) => Number(Number(value.toFixed(2)).toString());

describe('englishAmount', () => {
  it('writes what toLocaleString en-US writes, in the cases that show grouping, trailing zeros and the sign', () => {
    for (const v of [0, 1, 12, 1234, 1234.5, 1234.56, 1000, 1000000, 0.01, 0.1, 0.5, 4562.5, 99999.99, 1e21, 1.5e22, -1234.5, -0.004, 150 * 30.4375]) {
      const amount = asMessage(v);
      assert.equal(englishAmount(amount), amount.toLocaleString('en-US'), String(v));
    }
    assert.equal(englishAmount(4562.5), '4,562.5');
    assert.equal(englishAmount(3125), '3,125');
  });

  it('writes what toLocaleString en-US writes on random amounts of the message', () => {
    const r = random(44);
    for (let i = 0; i < 20000; i++) {
      const v = (r() - 0.1) * 10 ** Math.floor(r() * 26 - 4);
      const amount = asMessage(i % 3 === 0 ? v * (365 / 12) : v);
      assert.equal(englishAmount(amount), amount.toLocaleString('en-US'), String(v));
    }
  });
});
