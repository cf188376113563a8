// Word documents: the text read from a .docx (automatic numbering, tables, notes, tracked changes, fields), the
// map back into the file, the annotated copy, and the promise that a .docx gets the findings its text gets.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { lint, type Finding } from '../../server/src/engine';
import { annotateDocx, DocxError, lintDocx, readDocx, wordRange } from '../../server/src/docx';
import { formatListNumber } from '../../server/src/docx/number-formats';
import { FIXTURES as FIXTURE_BUILDERS, paragraphsDocx } from '../fixtures/docx/build';
import { commentsOf } from '../support/docx';
import { FIXTURES } from '../support/fixtures';

const DIR = path.join(FIXTURES, 'docx');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.message}`).sort();

describe('docx: reading', () => {
  it('word-features.docx reads as word-features.expected.txt (numbering formats, restarts, fields, tracked changes, tables, notes)', () => {
    const text = readDocx(read('word-features.docx')).text;
    const expectedFile = path.join(DIR, 'word-features.expected.txt');
    if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(expectedFile, text);
    assert.equal(text, fs.readFileSync(expectedFile, 'utf8'));
  });

  it('the committed fixtures are what build.ts builds', async () => {
    for (const [name, build] of Object.entries(FIXTURE_BUILDERS)) {
      assert.equal(readDocx(await build()).text, readDocx(read(name)).text, `${name}: run npm run fixtures:docx`);
    }
  });

  it('resolves the GB/T 9704 levels Word draws: 一、 （一） 1. （1）', () => {
    const lines = readDocx(read('gbt-auto-numbering.docx')).text.split('\n');
    for (const heading of ['一、主要工作成效', '（一）教育质量稳步提升', '1.强化教学管理', '2.推进课程改革', '（1）开展集体备课', '（二）教育公平持续推进', '二、存在的问题', '四、下一步工作打算']) {
      assert.ok(lines.includes(heading), heading);
    }
  });

  it('writes Word number formats as Word draws them', () => {
    const cases: [number, string, string][] = [
      [3, 'chineseCounting', '三'], [10, 'chineseCounting', '十'], [11, 'chineseCountingThousand', '十一'], [20, 'chineseCounting', '二十'],
      [105, 'chineseCounting', '一百零五'], [1010, 'chineseCountingThousand', '一千零一十'], [12, 'chineseLegalSimplified', '壹拾贰'],
      [105, 'chineseLegalSimplified', '壹佰零伍'], [3, 'ideographTraditional', '丙'], [11, 'ideographTraditional', '甲'], [5, 'decimalEnclosedCircle', '⑤'],
      [21, 'decimalEnclosedCircle', '21'], [3, 'decimalEnclosedParen', '⑶'], [28, 'upperLetter', 'BB'], [4, 'lowerRoman', 'iv'], [7, 'decimalZero', '07'],
      [12, 'decimalFullWidth', '１２'], [2, 'ordinal', '2nd'], [3, 'cardinalText', 'Three'], [1, 'bullet', ''], [4, 'unknownFormat', '4'],
    ];
    for (const [n, format, expected] of cases) assert.equal(formatListNumber(n, format), expected, `${n} ${format}`);
  });

  it('says what is wrong with a file that is not a .docx', () => {
    assert.throws(() => readDocx(strToU8('一、总体情况')), (e: Error) => e instanceof DocxError && /not a \.docx/.test(e.message));
    assert.throws(() => readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])), /Word 97–2003 \(\.doc\)/);
    assert.throws(() => readDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })), /no Word document part/);
    assert.throws(() => readDocx(zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body>') })), /not well-formed XML/);
  });

  it('names the kind of problem, for the editor to say it in the language of its user', () => {
    const problem = (bytes: Uint8Array) => {
      try {
        readDocx(bytes);
      } catch (error) {
        return error instanceof DocxError ? error.problem : 'not a DocxError';
      }
      return 'read';
    };
    assert.equal(problem(strToU8('一、总体情况')), 'notZip');
    assert.equal(problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])), 'legacy');
    assert.equal(problem(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })), 'noDocument');
    assert.equal(problem(zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body>') })), 'damaged');
  });
});

describe('docx: runs in a browser', () => {
  it('server/src/docx bundles for the browser: no Node module, no Buffer', async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({ entryPoints: [path.join(__dirname, '../../server/src/docx/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    const code = result.outputFiles[0].text;
    assert.ok(!/\brequire\(|from ["']node:|\bBuffer\./.test(code), 'the bundle uses a Node API');
  });
});

describe('docx: findings', () => {
  for (const name of ['gbt-auto-numbering', 'annual-summary']) {
    it(`${name}.docx gets the findings of the same text typed (${name}.txt)`, () => {
      const docx = lintDocx(read(`${name}.docx`), { locale: 'zh-cn' });
      const typed = lint(fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8'), { locale: 'zh-cn' });
      assert.deepEqual(summary(docx.findings), summary(typed));
      assert.ok(docx.locations.every((l) => l !== undefined), 'every finding has a place in the Word file');
    });
  }

  it('an automatic number that skips is found, and located inside the number of its paragraph', () => {
    const { findings, locations, docx } = lintDocx(read('gbt-auto-numbering.docx'), { locale: 'en' });
    const i = findings.findIndex((f) => f.ruleId === 'numbering-sequence');
    assert.match(findings[i].message, /“四、”.*“三、”/);
    assert.deepEqual(locations[i], { start: { paragraph: 22, offset: 0, inNumber: true }, end: { paragraph: 22, offset: 2, inNumber: true } });
    assert.equal(docx.paragraphs.body[22].text, '下一步工作打算');
    assert.equal(docx.paragraphs.body[22].number, '四、');
  });

  it('maps table cells, notes and text after a number back to their paragraphs', () => {
    const { findings, locations, docx } = lintDocx(read('gbt-auto-numbering.docx'), { locale: 'en' });
    const at = (rule: string, text: string) => {
      const i = findings.findIndex((f) => f.ruleId === rule && f.message.includes(text));
      return locations[i]!;
    };
    const cell = at('percent-range', '104.5%');
    assert.equal(docx.paragraphs.body[cell.start.paragraph].text.slice(cell.start.offset, cell.end.offset), '104.5%');
    const note = at('placeholder', 'XX年');
    assert.equal(note.start.story, 'footnotes');
    assert.equal(docx.paragraphs.footnotes[note.start.paragraph].text.slice(note.start.offset, note.end.offset), 'XX年');
    // Layout is not Word text: a start in an indent moves to the text, an end in a table rule back to the last cell.
    assert.deepEqual(wordRange(docx, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } })?.start, { paragraph: 1, offset: 0 });
    assert.equal(wordRange(docx, { start: { line: 13, character: 0 }, end: { line: 13, character: 5 } })?.start.paragraph, 14);
  });

  it('a tracked deletion is not read (the deleted XX is no placeholder) and an insertion is', () => {
    const { docx, findings } = lintDocx(read('gbt-auto-numbering.docx'), { locale: 'en' });
    assert.ok(docx.text.includes('全年新建改扩建学校12所'));
    assert.ok(!findings.some((f) => f.range.start.line === 11));
  });

  describe('the corpus drafts saved as .docx, one paragraph per line, give the findings of their text', () => {
    const corpus = path.join(FIXTURES, 'corpus');
    for (const file of fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
      it(file, async () => {
        const text = fs.readFileSync(path.join(corpus, file), 'utf8').replace(/^\uFEFF/, '');
        const fromText = lint(text, { locale: 'zh-cn' });
        const { findings, locations } = lintDocx(await paragraphsDocx(text), { locale: 'zh-cn' });
        assert.ok(fromText.length > 0);
        assert.deepEqual(findings.map((f) => [f.ruleId, f.message, f.range]), fromText.map((f) => [f.ruleId, f.message, f.range]));
        findings.forEach((f, i) => assert.equal(locations[i]?.start.paragraph, f.range.start.line));
      });
    }
  });
});

describe('docx: annotating', () => {
  it('writes a comment on the words of each finding; the original is untouched', () => {
    const original = read('gbt-auto-numbering.docx');
    const before = original.slice();
    const { findings } = lintDocx(original, { locale: 'zh-cn' });
    const annotated = annotateDocx(original, findings, { date: new Date('2024-12-21T00:00:00Z') });
    assert.deepEqual(original, before);
    const comments = commentsOf(annotated);
    assert.equal(comments.length, findings.length);
    assert.ok(comments.every((c) => c.referenced));
    const byRule = (rule: string) => comments.find((c) => c.text.some((t) => t.includes(rule)))!;
    assert.equal(byRule('percent-range').anchored, '104.5%');
    assert.equal(byRule('placeholder').anchored === 'XX' || byRule('placeholder').anchored === '', true);
    // The number is drawn by Word: the comment covers the heading after it.
    assert.equal(byRule('numbering-sequence').anchored, '下一步工作打算');
    assert.deepEqual(byRule('numbering-sequence').text, ['编号跳号：“二、”之后应为“三、”，此处为“四、”', '规则：numbering-sequence', '建议：改为“三、”']);
    // A note's finding sits on the note's mark in the body and says which note.
    assert.ok(comments.some((c) => c.text[0].startsWith('脚注1：日期或数量占位符“XX年”') && c.anchored === ''));
    // The text a reader sees is the same with the comments in.
    assert.equal(readDocx(annotated).text, readDocx(original).text);
  });

  it('splits runs in the middle of a word, and a second review adds comments with fresh ids', () => {
    const original = read('annual-summary.docx');
    const { findings } = lintDocx(original, { locale: 'en' });
    const once = annotateDocx(original, findings);
    const twice = annotateDocx(once, lintDocx(once, { locale: 'en' }).findings);
    const comments = commentsOf(twice);
    assert.equal(comments.length, 2 * findings.length);
    assert.equal(new Set(comments.map((c) => c.id)).size, comments.length);
    const anchored = commentsOf(once).map((c) => c.anchored);
    assert.ok(anchored.includes("由61.2%提高至58.7%"), anchored.join(' | '));
    assert.ok(anchored.includes('“”'));
    assert.ok(anchored.includes('四是'));
    assert.ok(anchored.includes('守牢校园安全底线'));
  });

  it('returns a copy unchanged when there is nothing to say', () => {
    const original = read('word-features.docx');
    const copy = annotateDocx(original, []);
    assert.deepEqual(copy, original);
    assert.notEqual(copy, original);
  });
});
