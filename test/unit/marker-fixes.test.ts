// Two findings on one marker get one fix that leaves the marker right, whichever of the two is picked.
import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes, lint } from '../../server/src/engine';

describe('fixes on one marker', () => {
  it('（二）、 with a wrong number and a stray 、: both findings offer the same fix, to （三）', () => {
    const text = ['一、总体要求', '（一）目标', '（二）任务', '（二）、保障'].join('\n');
    const findings = lint(text, { locale: 'zh-cn' }).filter((f) => f.range.start.line === 3);
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['numbering-sequence', 'numbering-style']);
    for (const f of findings) {
      assert.equal(f.fix?.title, '改为“（三）”');
      assert.equal(applyEdits(text, f.fix!.edits).split('\n')[3], '（三）保障');
    }
    assert.equal(applyFixes(text, findings).text.split('\n')[3], '（三）保障');
  });

  it('keeps the renumbering of the items after it', () => {
    const text = ['一、甲', '1.项', '2.项', '4、项', '5.项'].join('\n');
    const findings = lint(text, { locale: 'en' }).filter((f) => f.range.start.line === 3);
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['numbering-sequence', 'numbering-style']);
    for (const f of findings) {
      assert.equal(f.fix?.title, 'Change to “3.” and renumber the items after it');
      assert.equal(applyEdits(text, f.fix!.edits), ['一、甲', '1.项', '2.项', '3.项', '4.项'].join('\n'));
    }
  });

  it('leaves a single fix as the rule wrote it', () => {
    const [finding] = lint('一、甲\n（一）、子', { locale: 'zh-cn' });
    assert.equal(finding.fix?.title, '改为“（一）”');
  });
});
