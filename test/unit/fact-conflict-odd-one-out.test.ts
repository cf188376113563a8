import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine';

// fact-conflict: the value stated once against one stated twice or more is the one reported, and the finding's
// related information points at the other statement (facts68).
const DIR = path.join(__dirname, '..', 'fixtures', 'rules', 'fact-conflict');

function conflicts(file: string): Array<{ line: number; related: number[] }> {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  return lint(text, {})
    .filter((f) => f.ruleId === 'fact-conflict')
    .map((f) => ({ line: f.range.start.line + 1, related: (f.related ?? []).map((r) => r.range.start.line + 1) }));
}

describe('fact-conflict: the odd one out', () => {
  const cases: Array<[string, number, number]> = [
    ['facts68-odd-one-out-later-en.txt', 13, 5],
    ['facts68-odd-one-out-first-en.txt', 5, 9],
    ['facts68-odd-one-out-no-majority-en.txt', 17, 5],
    ['facts68-odd-one-out-later-zh.txt', 13, 5],
    ['facts68-odd-one-out-first-zh.txt', 5, 9],
  ];
  for (const [file, line, other] of cases) {
    it(`${file}: reported on line ${line}, related to line ${other}`, () => {
      assert.deepEqual(conflicts(file), [{ line, related: [other] }]);
    });
  }
});
