// The worker's per-document incremental linting (IncrementalLints): each version gives what a full lint gives, other
// options start the document afresh, and a closed document is forgotten.
import * as assert from 'node:assert/strict';
import { IncrementalLints, lintNow } from '../../server/src/linter';
import { corpusDrafts } from '../support/documents';

describe('incremental lints per document (the lint worker)', () => {
  it('gives for each version what a full lint gives, across edits, option changes and a close', () => {
    const lints = new IncrementalLints();
    const base = corpusDrafts[1].slice(0, 8000);
    const versions = [base, base.replace('。', '，'), '一、总体情况\r\n' + base, base.slice(0, 4000) + '\n\n三、下一步\n' + base.slice(4000), base];
    const optionSets = [{ locale: 'zh-cn' as const }, { locale: 'zh-cn' as const }, { locale: 'en' as const }, { locale: 'en' as const, rules: { punctuation: 'off' as const } }, { locale: 'en' as const }];
    versions.forEach((text, i) => {
      const got = lints.lint('file:///a.txt', text, optionSets[i]);
      assert.deepEqual(got, lintNow(text, optionSets[i]), `version ${i}`);
      if (i === 2) lints.forget('file:///a.txt');
    });
  });
});
