// The per-lint pool of repeated strings (model/intern.ts, perf80): one copy of each string a lint makes again, the same
// text to every reader, nothing kept past the lint; a draft that repeats itself lints as its parts do.
import * as assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';
import { intern, internDone, internList, internNumbers } from '../../server/src/engine/model/intern';

describe('intern (per-lint pool)', () => {
  afterEach(() => internDone());

  it('gives the first string of a text to every later equal one, until the lint is done', () => {
    const a = ['某市教育局', '年度工作总结'].join('');
    const b = ['某市教育局年度', '工作总结'].join('');
    assert.equal(intern(a), a);
    assert.equal(intern(b), a);
    internDone();
    assert.equal(intern(b), b);
  });

  it('shares a list of numbers only when it is equal element by element', () => {
    const first = [1, 4, 9, 12];
    assert.equal(internNumbers('key', first), first);
    assert.equal(internNumbers('key', [1, 4, 9, 12]), first);
    const other = [1, 4, 9, 13];
    assert.equal(internNumbers('key', other), other);
  });

  it('shares a list of strings with the same strings in the same order, and pools its strings', () => {
    const first = ['2024年', '上半年'];
    assert.equal(internList(first), first);
    assert.equal(internList(['2024年', '上半年']), first);
    const other = ['上半年', '2024年'];
    assert.equal(internList(other), other);
    assert.deepEqual(other, ['上半年', '2024年']);
  });

  it('gives two copies of a line with ruby pinyin one list of ruby columns, and each copy its own findings', () => {
    const line = '總結（jié）全年工作，成績(jì)顯著，問題(tí)不少。';
    const doc = parseDocument(`${line}\n\n${line}\n`, 'plain');
    const [a, b] = [doc.lines[0], doc.lines[2]];
    assert.ok(a.ruby && a.ruby.length > 0);
    assert.equal(b.ruby, a.ruby);
    assert.equal(b.prose, a.prose);
    internDone();
    const once = lint(`${line}\n`, { format: 'plain' }).filter((f) => f.ruleId !== 'duplicate-text');
    const twice = lint(`${line}\n\n${line}\n`, { format: 'plain' }).filter((f) => f.ruleId !== 'duplicate-text');
    const at = (line: number) => twice.filter((f) => f.range.start.line === line).map((f) => `${f.ruleId} ${f.range.start.character} ${f.range.end.character} ${f.message}`);
    const first = once.map((f) => `${f.ruleId} ${f.range.start.character} ${f.range.end.character} ${f.message}`);
    assert.deepEqual(at(0), first);
    assert.deepEqual(at(2), first);
  });
});
