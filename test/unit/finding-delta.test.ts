// Findings across the worker's thread boundary: the ones unchanged since the last reply go as their index there.
import * as assert from 'node:assert/strict';
import { lintDetailed } from '../../server/src/engine';
import { decodeFindings, encodeFindings } from '../../server/src/finding-delta';
import { corpusDrafts } from '../support/documents';

describe('findings sent as a change from the last reply', () => {
  it('decodes to the new findings, sending only those that changed', () => {
    const text = corpusDrafts.find((t) => lintDetailed(t, { locale: 'zh-cn' }).findings.length > 5)!;
    const before = lintDetailed(text, { locale: 'zh-cn' }).findings;
    const middle = text.lastIndexOf('\n', text.length - 50) + 1;
    const edited = text.slice(0, middle) + '工作。\n' + text.slice(middle);
    const after = lintDetailed(edited, { locale: 'zh-cn' }).findings;
    const encoded = encodeFindings(after, before);
    assert.deepEqual(decodeFindings(encoded, before), after);
    assert.ok(encoded.filter((f) => typeof f === 'number').length > 0, 'findings before the edit go as indices');
    assert.deepEqual(decodeFindings(encodeFindings(after, undefined), undefined), after);
    assert.equal(decodeFindings([5], []), undefined, 'an index the other side does not have');
  });
});
