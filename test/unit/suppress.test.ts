// Findings the writer asked not to see: disable comments (every form) and configuration suppressions, which
// name the flagged text rather than a line so they survive edits.
import * as assert from 'node:assert/strict';
import { lint, lintDetailed } from '../../server/src/engine';

const ids = (text: string, options = {}) => lint(text, { locale: 'en', ...options }).map((f) => `${f.range.start.line}:${f.ruleId}`);

describe('disable comments', () => {
  it('disable-file turns the named rules off for the whole file, wherever it stands', () => {
    const text = ['某某局长讲话', '“引号', '<!-- report-lint-disable-file placeholder -->'].join('\n');
    assert.deepEqual(ids(text), ['1:unpaired-mark']);
    assert.deepEqual(ids(`${text}\n<!-- report-lint-disable-file -->`), []);
  });

  it('takes a reason after --, and rule lists with commas or spaces', () => {
    assert.deepEqual(ids('某某局 <!-- report-lint-disable-line placeholder -- 单位简称 -->'), []);
    assert.deepEqual(ids('某某局“ <!-- report-lint-disable-line unpaired-mark,placeholder -->'), []);
    assert.deepEqual(ids('某某局“ <!-- report-lint-disable-line unpaired-mark placeholder -->'), []);
  });

  it('applies -next-line after a comment that spans lines', () => {
    const text = ['<!-- report-lint-disable-next-line', '  placeholder -->', '某某局', '某某局'].join('\n');
    assert.deepEqual(ids(text), ['3:placeholder']);
  });

  it('reports an unknown rule at its name, on any line of the comment', () => {
    const text = ['<!-- report-lint-disable-next-line', '  placeholder plaseholder -->', '某某局'].join('\n');
    const [finding] = lint(text, { locale: 'en' });
    assert.equal(finding.ruleId, 'disable-comment');
    assert.deepEqual(finding.range, { start: { line: 1, character: 14 }, end: { line: 1, character: 25 } });
    assert.match(finding.message, /Write “placeholder”: no rule is named “plaseholder”; known rules: numbering-sequence, /);
  });
});

describe('suppressions', () => {
  const text = ['XX公司提供技术支持。', '本项目由XX牵头，XX公司配合。'].join('\n');

  it('suppress every finding of the rule with exactly that text', () => {
    assert.deepEqual(ids(text), ['0:placeholder', '1:placeholder', '1:placeholder']);
    assert.deepEqual(ids(text, { suppressions: [{ rule: 'placeholder', text: 'XX' }] }), []);
    assert.deepEqual(ids(text, { suppressions: [{ rule: 'empty-pair', text: 'XX' }] }).length, 3);
    assert.deepEqual(ids(text, { suppressions: [{ rule: 'placeholder', text: 'X' }] }).length, 3);
  });

  it('with a context, only where that excerpt surrounds the text', () => {
    const findings = lint(text, { locale: 'en', suppressions: [{ rule: 'placeholder', text: 'XX', context: 'XX公司' }] });
    assert.deepEqual(findings.map((f) => `${f.range.start.line}:${f.range.start.character}`), ['1:4']);
  });

  it('survives lines added above', () => {
    const moved = `新增的一段。\n\n${text}`;
    assert.deepEqual(ids(moved, { suppressions: [{ rule: 'placeholder', text: 'XX', context: '由XX牵头' }] }), ['2:placeholder', '3:placeholder']);
  });

  it('names a malformed entry and keeps the others', () => {
    const result = lintDetailed(text, { suppressions: [{ rule: 'nope', text: 'XX' }, { rule: 'placeholder', text: 'XX', context: '牵头' }, { rule: 'placeholder', text: 'XX' }] as never });
    assert.deepEqual(result.problems.map((p) => p.setting), ['suppressions[0].rule', 'suppressions[1].context']);
    assert.deepEqual(result.findings, []);
  });
});
