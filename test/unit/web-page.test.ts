// The offline page's logic that needs no browser: marks following the typing, runs of overlapping findings,
// decoding dropped files, and the lint service the worker runs (text, fix-all, .docx, annotated copy).
// The page itself is tested in headless Chromium (test/e2e/page-check.js).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine';
import { decode, guessFormat } from '../../web/src/files';
import { handle } from '../../web/src/lint-service';
import { changedSpan, runsOf, shiftMarks, type Mark } from '../../web/src/marks';
import { commentsOf } from '../support/docx';
import { FIXTURES } from '../support/fixtures';

const mark = (finding: number, start: number, end: number, severity: Mark['severity'] = 'warning'): Mark => ({ finding, start, end, severity });

describe('web page: marks', () => {
  it('finds the one span an edit changed', () => {
    assert.deepEqual(changedSpan('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changedSpan('abc', 'abcd'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changedSpan('aaaa', 'aaa'), { start: 3, oldEnd: 4, newEnd: 3 });
  });

  it('keeps marks before an edit, shifts those after it, drops those it touches', () => {
    const marks = [mark(0, 0, 2), mark(1, 4, 6), mark(2, 8, 10), mark(3, 12, 12)];
    const before = '一、二三四五六七八九十甲乙丙';
    const after = before.slice(0, 5) + '插入的字' + before.slice(5);
    assert.deepEqual(shiftMarks(marks, before, after), [mark(0, 0, 2), mark(2, 12, 14), mark(3, 16, 16)]);
    // Typing right after a mark leaves it where it is; typing right before one moves it.
    assert.deepEqual(shiftMarks([mark(0, 2, 4)], 'abcdef', 'abcdXef'), [mark(0, 2, 4)]);
    assert.deepEqual(shiftMarks([mark(0, 2, 4)], 'abcdef', 'aXbcdef'), [mark(0, 3, 5)]);
  });

  it('cuts the text into runs where findings overlap, the worst severity drawn', () => {
    const runs = runsOf(10, [mark(0, 2, 6, 'warning'), mark(1, 4, 8, 'error'), mark(2, 9, 9, 'error')]);
    assert.deepEqual(runs.map((r) => [r.start, r.end, r.findings, r.severity ?? '-', r.point ?? false]), [
      [0, 2, [], '-', false],
      [2, 4, [0], 'warning', false],
      [4, 6, [0, 1], 'error', false],
      [6, 8, [1], 'error', false],
      [8, 9, [], '-', false],
      [9, 9, [2], 'error', true],
      [9, 10, [], '-', false],
    ]);
    assert.deepEqual(runsOf(0, []), []);
  });
});

describe('web page: files', () => {
  it('reads UTF-8 (dropping a BOM), GB18030 and UTF-16 drafts, and refuses binary files', () => {
    assert.deepEqual(decode(new TextEncoder().encode('\ufeff一、总体情况')), { text: '一、总体情况', encoding: 'UTF-8' });
    const gbk = Uint8Array.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5]); // 一、总体 in GBK
    assert.deepEqual(decode(gbk), { text: '一、总体', encoding: 'GB18030' });
    assert.deepEqual(decode(Uint8Array.from([0xff, 0xfe, 0x00, 0x4e])), { text: '一', encoding: 'UTF-16' });
    assert.equal(decode(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), undefined);
  });

  it('takes pasted text for Markdown only when it has a Markdown heading or fence', () => {
    assert.equal(guessFormat('# Annual report\n\n1. First'), 'markdown');
    assert.equal(guessFormat('一、主要工作\n#号不是标题'), 'plain');
  });
});

describe('web page: the lint service (what the worker runs)', () => {
  const draft = fs.readFileSync(path.join(__dirname, '../../examples/年度工作总结.report'), 'utf8');

  it('places each finding as offsets of the text, and answers a Chinese draft in Chinese under auto', () => {
    const answer = handle({ kind: 'text', text: draft, format: 'plain', locale: 'auto', fallback: 'en' });
    assert.equal(answer.kind, 'lint');
    if (answer.kind !== 'lint') return;
    assert.equal(answer.locale, 'zh-cn');
    assert.equal(answer.draftLocale, 'zh-cn');
    assert.deepEqual(answer.findings.map((f) => f.message), lint(draft, { locale: 'zh-cn' }).map((f) => f.message));
    const xx = answer.findings.find((f) => f.ruleId === 'placeholder')!;
    assert.equal(draft.slice(xx.start, xx.end), 'xx');
    assert.ok(answer.outline.some((e) => e.title.startsWith('（一）基础教育') && e.depth === 1 && draft.startsWith('（一）', e.start)));
    assert.ok(answer.rules.some((r) => r.id === 'numbering-sequence' && r.name.zh && r.name.en));
  });

  it('follows the choice, and the browser for a draft with no words', () => {
    const en = handle({ kind: 'text', text: draft, format: 'plain', locale: 'en', fallback: 'zh-cn' });
    assert.equal(en.kind === 'lint' && en.locale, 'en');
    const empty = handle({ kind: 'text', text: '1.\n3.', format: 'plain', locale: 'auto', fallback: 'zh-cn' });
    assert.equal(empty.kind === 'lint' && empty.locale, 'zh-cn');
  });

  it('fix-all applies fixes round after round until nothing fixable is left', () => {
    const answer = handle({ kind: 'fix-all', text: draft, format: 'plain', locale: 'zh-cn', fallback: 'zh-cn' });
    assert.equal(answer.kind, 'fixed');
    if (answer.kind !== 'fixed') return;
    assert.ok(answer.applied >= 3, `applied ${answer.applied}`);
    assert.match(answer.text, /^3\.推进集团化办学/m);
    assert.deepEqual(lint(answer.text, { locale: 'zh-cn' }).filter((f) => f.fix), []);
  });

  it('reads a .docx: the automatic number that skips is found and placed in Word (¶23, in the number)', () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'docx', 'gbt-auto-numbering.docx')));
    const answer = handle({ kind: 'docx', bytes, locale: 'auto', fallback: 'en' });
    assert.equal(answer.kind, 'lint');
    if (answer.kind !== 'lint') return;
    assert.equal(answer.locale, 'zh-cn');
    const skip = answer.findings.find((f) => f.ruleId === 'numbering-sequence')!;
    assert.equal(skip.wordPlace, '¶23编号');
    assert.equal(answer.text.slice(skip.start, skip.end), '四、');
    const annotated = handle({ kind: 'annotate', bytes, locale: 'auto', fallback: 'en' });
    assert.equal(annotated.kind, 'annotated');
    if (annotated.kind !== 'annotated') return;
    assert.equal(commentsOf(annotated.bytes).length, answer.findings.length);
    assert.equal(annotated.comments, answer.findings.length);
  });

  it('says a file is not a Word document without throwing', () => {
    const answer = handle({ kind: 'docx', bytes: new TextEncoder().encode('not a zip'), locale: 'en', fallback: 'en' });
    assert.equal(answer.kind, 'error');
    assert.ok(answer.kind === 'error' && answer.unreadable, JSON.stringify(answer));
  });
});
