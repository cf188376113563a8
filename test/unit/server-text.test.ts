// Text the server builds from the draft: a hover shows the draft's titles as written (not as Markdown), and the
// "ignore on this line" action reads the comment already on a line without a pattern that backtracks.
import * as assert from 'node:assert/strict';
import { disableLineComment } from '../../server/src/code-actions';
import { parseDocument } from '../../server/src/engine';
import { escapeMarkdown, markerHover } from '../../server/src/hover';

describe('server text from the draft', () => {
  it('escapes Markdown in hover titles', () => {
    assert.equal(escapeMarkdown('**要点** [附件](a.docx) <b>|'), '\\*\\*要点\\*\\* \\[附件\\](a.docx) \\<b\\>\\|');
    const doc = parseDocument(['一、总体*情况*', '二、下一步_打算_'].join('\n'));
    const hover = markerHover(doc, { line: 1, character: 0 }, 'zh-cn');
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /下一步\\_打算\\_/);
    assert.match(value, /\*\*二、下一步/, 'the hover keeps its own bold');
  });

  it('reads the disable-line comment at the end of a line, and nothing else', () => {
    assert.deepEqual({ ...disableLineComment('xx市 <!-- report-lint-disable-line placeholder empty-pair -->  ') }, { index: 4, 1: 'placeholder empty-pair' });
    assert.equal(disableLineComment('xx市 <!-- report-lint-disable-line placeholder --> 后文'), undefined);
    assert.equal(disableLineComment('xx市 <!-- a comment -->'), undefined);
    // A long line of spaces with no closing: read once (the pattern this replaced backtracked over the spaces).
    assert.equal(disableLineComment(`<!-- report-lint-disable-line${' '.repeat(200_000)}x`), undefined);
    assert.equal(disableLineComment('<!--'.repeat(50_000)), undefined);
  });
});
