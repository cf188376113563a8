// punctuation's document part kept across edits that change nothing it reads (Rule.checkSummary): every line of the
// punctuation fixtures edited at its start, in its middle and at its end with what the part reads (half-width marks
// between Chinese, brackets and straight quotes around Chinese, full-width brackets and curly quotes that end a
// half-width convention, a section number in half-width brackets, spaces a fix takes with its mark) and with plain
// text that changes none of it, each put back; a line break typed there and taken out; every line joined to the next
// and split again. Each version against a full lint, one linter per fixture throughout.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalLinter, lintDetailed, type Range, type TextFormat } from '../../server/src/engine';
import { FIXTURES, fixtureFiles } from '../support/fixtures';

function check(linter: IncrementalLinter, text: string, format: TextFormat, got: ReturnType<IncrementalLinter['update']>, what: string): void {
  assert.equal(linter.text(), text, 'the incremental text differs');
  const full = lintDetailed(text, { locale: 'zh-cn', format });
  assert.deepEqual(got.findings, full.findings, `the incremental findings differ from a full lint after ${what}`);
  assert.deepEqual(got.errors, full.errors);
}

type Cache = { cache: { checksKeptBy: Map<string, number> } };
const keptBy = (linter: IncrementalLinter, id: string) => (linter as unknown as Cache).cache.checksKeptBy.get(id) ?? 0;

/** A draft typed with half-width marks throughout (one finding for the document), with a paragraph of plain text. */
const typedDraft = [
  '县教育局2024年工作总结',
  '',
  '全年新增公办幼儿园1所,增扩班级46个;完成投资1.2亿元,惠及学生3,200人.',
  '按照"放管服"改革要求(试行)推进,各项指标完成良好:群众满意度持续提升?',
  '全年工作稳步推进，各项指标完成良好，群众满意度持续提升，为下一步工作打下了坚实基础。',
  '全年工作稳步推进，各项指标完成良好，群众满意度持续提升，为下一步工作打下了坚实基础。',
  '全年工作稳步推进，各项指标完成良好，群众满意度持续提升，为下一步工作打下了坚实基础。',
  '下一步,我们将继续加强管理,提升服务水平,确保各项任务落到实处.',
  '部署 ,扎实推进各项工作,取得明显成效.',
  '',
].join('\n');

const drafts: { name: string; text: string; format: TextFormat }[] = [
  { name: 'a draft typed with half-width marks', text: typedDraft, format: 'plain' },
  ...fixtureFiles(path.join(FIXTURES, 'rules', 'punctuation'))
    .filter((file) => !file.includes('.fixed.'))
    .map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8'), format: (file.endsWith('.md') ? 'markdown' : 'plain') as TextFormat })),
];

/**
 * What is typed into a line at its start, middle and end: what punctuation's document part reads (a half-width mark, a
 * full-width one it counts, a bracket or straight quote that pairs with one on the line, a full-width bracket or curly
 * quote that ends a half-width convention, a section number in half-width brackets, a space a fix takes with its mark, a
 * full stop), text that changes none of it, and a line break. Split between the three places to keep the test short.
 */
const INSERTS = { start: ['x', '（', '“', '(二)', '.'], middle: [',', '，', '(', '"', ' ', '\n'], end: ['x', ',', ')', '"', '\n'] };

describe('punctuation: the document part kept across edits that change nothing it reads', function () {
  this.timeout(600_000);

  for (const { name, text: original, format } of drafts) {
    it(`every line edited at its start, middle and end, broken and joined, each put back: ${name}`, () => {
      const linter = new IncrementalLinter({ locale: 'zh-cn', format });
      linter.update(original);
      const lines = original.split('\n');
      const update = (range: Range, insert: string, expected: string, what: string) => {
        const got = linter.update({ changes: [{ range, text: insert }] });
        check(linter, expected, format, got, what);
      };
      for (const [line, content] of lines.entries()) {
        for (const [character, inserts] of [[0, INSERTS.start], [content.length >> 1, INSERTS.middle], [content.length, INSERTS.end]] as const) {
          for (const insert of inserts) {
            const edited = [...lines];
            edited[line] = content.slice(0, character) + insert + content.slice(character);
            const at = { line, character };
            update({ start: at, end: at }, insert, edited.join('\n'), `“${insert}” typed at ${line}:${character}`);
            const added = insert.split('\n');
            const end = { line: line + added.length - 1, character: added.length > 1 ? added[added.length - 1].length : character + insert.length };
            update({ start: at, end }, '', original, `“${insert}” taken out at ${line}:${character}`);
          }
        }
        // Its first character taken out and put back (a mark, a bracket, the start of a marker).
        if (content.length > 0) {
          const first: Range = { start: { line, character: 0 }, end: { line, character: 1 } };
          update(first, '', [...lines.slice(0, line), content.slice(1), ...lines.slice(line + 1)].join('\n'), `line ${line}'s first character taken out`);
          update({ start: first.start, end: first.start }, content[0], original, `line ${line}'s first character put back`);
        }
        if (line + 1 < lines.length) {
          const join: Range = { start: { line, character: content.length }, end: { line: line + 1, character: 0 } };
          update(join, '', [...lines.slice(0, line), content + lines[line + 1], ...lines.slice(line + 2)].join('\n'), `line ${line} joined to the next`);
          const split = { line, character: content.length };
          update({ start: split, end: split }, '\n', original, `line ${line} split again`);
        }
      }
    });
  }

  // A fix takes the spaces typed beside a half-width mark with it (部署 ,扎实 / 区, 旨在 / 活动 (计划)): a character beside
  // the mark made a space changes the fix of the document's finding while every slip stands where it stood (a summary
  // without the fixes' edits keeps the finding with its old fix here, and fails).
  it('a character beside a half-width mark made a space, far from the finding for the document (its fix takes the space with the mark)', () => {
    const bracketDraft = [
      '法规汇编',
      '',
      '第一条 为了规范管理(以下简称本办法),制定本办法。',
      '',
      '全年工作稳步推进，各项指标完成良好，群众满意度持续提升，为下一步工作打下了坚实基础。',
      '',
      '全年工作稳步推进，各项指标完成良好，群众满意度持续提升，为下一步工作打下了坚实基础。',
      '',
      '第二条 本办法适用于各类活动(计划)和项目(试行)的管理。',
      '',
    ].join('\n');
    // The character after a comma, the one before a bracket.
    for (const [draft, line, mark, side] of [[typedDraft, 7, ',', 1], [bracketDraft, 8, '(', -1]] as const) {
      const linter = new IncrementalLinter({ locale: 'zh-cn', format: 'plain' });
      linter.update(draft);
      const content = draft.split('\n')[line];
      for (let at = content.indexOf(mark); at >= 0; at = content.indexOf(mark, at + 1)) {
        const character = at + side;
        const range: Range = { start: { line, character }, end: { line, character: character + 1 } };
        const lines = draft.split('\n');
        lines[line] = content.slice(0, character) + ' ' + content.slice(character + 1);
        check(linter, lines.join('\n'), 'plain', linter.update({ changes: [{ range, text: ' ' }] }), `a space made at ${line}:${character}`);
        check(linter, draft, 'plain', linter.update({ changes: [{ range, text: content[character] }] }), `the character put back at ${line}:${character}`);
      }
    }
  });

  it('is kept, and reaches its findings (a keystroke in plain text keeps the finding for a draft typed with half-width marks)', () => {
    // The test above must see the part kept, or it tests nothing: on the typed draft, plain text typed anywhere keeps it.
    const linter = new IncrementalLinter({ locale: 'zh-cn', format: 'plain' });
    const first = linter.update(typedDraft);
    assert.ok(first.findings.some((f) => f.ruleId === 'punctuation' && /全文/.test(f.message)), 'the typed draft gives no finding for the document');
    let text = typedDraft;
    // Inside the line (typed at its end, after its full stop, the line would run on into the next paragraph), between two
    // paragraphs of plain text (the paragraphs beside an edit are read again: a finding on their lines is read again).
    const line = 5;
    let character = 4;
    for (const ch of '工作推进有力') {
      const range: Range = { start: { line, character }, end: { line, character } };
      text = TextDocument.update(TextDocument.create('file:///x', 'plaintext', 1, text), [{ range, text: ch }], 2).getText();
      check(linter, text, 'plain', linter.update({ changes: [{ range, text: ch }] }), `“${ch}” typed`);
      character++;
    }
    assert.equal(keptBy(linter, 'punctuation'), 6, "punctuation's document part was not kept across typing in plain text");
    // A full-width mark counted (the finding stands while the half-width marks outnumber them), a half-width mark typed
    // after Chinese, a full-width bracket: read again.
    for (const [ch, why] of [['，工', 'a full-width mark counted'], [',工', 'a half-width slip'], ['（', 'a full-width bracket']] as const) {
      const range: Range = { start: { line, character }, end: { line, character } };
      text = TextDocument.update(TextDocument.create('file:///x', 'plaintext', 1, text), [{ range, text: ch }], 2).getText();
      check(linter, text, 'plain', linter.update({ changes: [{ range, text: ch }] }), why);
      assert.equal(keptBy(linter, 'punctuation'), 6, `punctuation's document part was kept after ${why} was typed`);
      character += ch.length;
    }
  });
});
