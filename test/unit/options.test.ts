// Rule options: declared in a rule's metadata, defaults filled in, user values checked against the declaration.
import * as assert from 'node:assert/strict';
import { compileOptions } from '../../server/src/engine/options';
import type { RuleOptionSpec } from '../../server/src/engine';

const minChars: RuleOptionSpec = { type: 'integer', default: 20, minimum: 1, description: { zh: '最短字数', en: 'Shortest length' } };
const words: RuleOptionSpec = { type: 'string[]', default: [], description: { zh: '词表', en: 'Words' } };
const specs = new Map<string, Record<string, RuleOptionSpec>>([
  ['duplicate-ish', { minChars, words }],
  ['plain', {}],
]);

describe('rule options', () => {
  it('fills in the declared defaults', () => {
    const compiled = compileOptions({}, specs);
    assert.deepEqual(compiled.ruleConfigs.get('duplicate-ish'), { minChars: 20, words: [] });
    assert.deepEqual(compiled.problems, []);
  });

  it('takes valid user values and names each invalid one, keeping the default there', () => {
    const compiled = compileOptions(
      { ruleOptions: { 'duplicate-ish': { minChars: 0, words: ['甲'] }, plain: { x: 1 }, nope: {} } },
      specs,
    );
    assert.deepEqual(compiled.ruleConfigs.get('duplicate-ish'), { minChars: 20, words: ['甲'] });
    assert.deepEqual(
      compiled.problems.map((p) => p.setting),
      ['ruleOptions.duplicate-ish.minChars', 'ruleOptions.plain.x', 'ruleOptions.nope'],
    );
  });

  it('refuses a value of the wrong shape', () => {
    const compiled = compileOptions({ ruleOptions: { 'duplicate-ish': { minChars: 2.5, words: 'x' } } }, specs);
    assert.equal(compiled.problems.length, 2);
  });
});
