// amount-change: a project's change stated under its own name, against its approved level in an earlier paragraph.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalLinter, lint } from '../../server/src/engine';

const file = path.join(__dirname, '../fixtures/rules/amount-change/en-fix53-named-project-base.txt');
const text = fs.readFileSync(file, 'utf8');
const named = (findings: ReturnType<typeof lint>) => findings.filter((f) => f.ruleId === 'amount-change');

describe('amount-change: a named change against the level in an earlier paragraph', () => {
  it('points at the earlier level', () => {
    const found = named(lint(text, { locale: 'en', format: 'plain' }));
    assert.equal(found.length, 2);
    assert.equal(found[0].range.start.line, 12);
    assert.equal(found[0].related?.length, 1);
    assert.equal(found[0].related![0].range.start.line, 4);
    assert.match(found[0].related![0].message, /Ward 7 refurbishment.*£3\.2 million/);
  });

  it('follows an edit of the earlier level, which is another paragraph', () => {
    const linter = new IncrementalLinter({ locale: 'en', format: 'plain' });
    assert.equal(named(linter.update(text).findings).length, 2);
    const fixed = text.replace('Ward 7 refurbishment (£3.2 million)', 'Ward 7 refurbishment (£3.4 million)');
    const after = named(linter.update(fixed).findings);
    assert.deepEqual(after.map((f) => f.range.start.line), [24]);
    assert.deepEqual(named(lint(fixed, { locale: 'en', format: 'plain' })).map((f) => f.range.start.line), [24]);
  });
});
