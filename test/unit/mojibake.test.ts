// Mojibake is found by undoing the byte round trip: real text never passes, misdecoded text always does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findMisdecoded } from '../../server/src/engine/model/mojibake';
import { FIXTURES, fixtureFiles } from '../support/fixtures';

const realLines = [
  ...fixtureFiles(path.join(FIXTURES, 'corpus')),
  ...fixtureFiles(path.join(FIXTURES, 'clean')),
  ...fixtureFiles(path.join(FIXTURES, 'rules', 'mixed-drafts')),
]
  .flatMap((f) => fs.readFileSync(f, 'utf8').split(/\r?\n/))
  // Not the lines a draft marks as garbled on purpose (a Word conversion with a run of 鍏ㄥ勾…).
  .filter((l) => /[^\x00-\x7f]/.test(l) && !/[åäæçèéâÃ][\u0080-\u00bf€™œ“”˜]/.test(l) && !/expect:[^>]*garbled-text/.test(l));

describe('mojibake', () => {
  it('finds nothing in real Chinese and English text', () => {
    assert.ok(realLines.length > 1000);
    for (const line of realLines) assert.deepEqual(findMisdecoded(line), [], line);
  });

  for (const encoding of ['gbk', 'windows-1252']) {
    it(`finds every line of UTF-8 read as ${encoding}, in one piece or a few`, () => {
      const decoder = new TextDecoder(encoding);
      const lines = realLines.filter((l) => /\p{sc=Han}{4}/u.test(l)).slice(0, 300);
      for (const line of lines) {
        const bad = decoder.decode(new TextEncoder().encode(line));
        const found = findMisdecoded(bad);
        const covered = found.reduce((n, m) => n + m.end - m.start, 0);
        const foreign = [...bad].filter((c) => c.charCodeAt(0) > 0x7f).length;
        assert.ok(covered >= foreign * 0.8, `${bad}\n${JSON.stringify(found)}`);
      }
    });
  }

  it('gives the intended text when no byte was lost', () => {
    assert.deepEqual(findMisdecoded('2024骞村伐浣滄€荤粨'), [{ start: 4, end: 12, intended: '年工作总结' }]);
    assert.deepEqual(findMisdecoded('é¡¹ç›®'), [{ start: 0, end: 6, intended: '项目' }]);
    assert.deepEqual(findMisdecoded('donâ€™t'), [{ start: 3, end: 6, intended: '’' }]);
    assert.equal(findMisdecoded('鍖栧伐鍘?')[0].intended, undefined);
  });
});
