// Clean drafts full of look-alikes must produce nothing: a false alarm is as serious as a miss.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { lint } from '../../server/src/engine';
import { FIXTURES, fixtureFiles, loadFixture } from '../support/fixtures';

describe('clean drafts', () => {
  for (const file of fixtureFiles(path.join(FIXTURES, 'clean'))) {
    it(`${path.basename(file)} has no findings`, () => {
      const { text, format } = loadFixture(file);
      const findings = lint(text, { locale: 'en', format });
      const lines = text.split(/\r\n|\r|\n/);
      assert.deepEqual(
        findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId}: ${f.message}\n    ${lines[f.range.start.line]}`),
        [],
      );
    });
  }
});
