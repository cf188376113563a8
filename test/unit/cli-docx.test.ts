// The command line on Word documents: lint a .docx like a text file, locate findings by Word paragraph,
// write the commented copy with --annotate, never touch the original.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { fixRefusal } from '../../server/src/cli/docx-input';
import { run } from '../support/cli';
import { commentsOf } from '../support/docx';
import { FIXTURES } from '../support/fixtures';


describe('cli: Word documents', () => {
  let dir: string;
  let report: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-docx-'));
    report = path.join(dir, '工作总结.docx');
    fs.copyFileSync(path.join(FIXTURES, 'docx', 'gbt-auto-numbering.docx'), report);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints a .docx, showing Word paragraphs (¶) as the place', async () => {
    const r = await run(['--locale', 'en', report]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /¶23#\s+error\s+numbering-sequence\s+Numbering skips: “四、” follows “二、”/);
    assert.match(r.stdout, /¶20:1\s+error\s+percent-range/);
    assert.match(r.stdout, /footnote ¶1:10\s+error\s+placeholder/);
  });

  it('JSON keeps its fields and adds the Word location beside the range', async () => {
    const r = await run(['--format', 'json', '--locale', 'en', report]);
    const [{ diagnostics }] = JSON.parse(r.stdout) as { diagnostics: { rule: string; range: unknown; word?: unknown }[] }[];
    const skip = diagnostics.find((d) => d.rule === 'numbering-sequence')!;
    assert.deepEqual(skip.range, { start: { line: 18, character: 0 }, end: { line: 18, character: 2 } });
    assert.deepEqual(skip.word, { start: { paragraph: 22, offset: 0, inNumber: true }, end: { paragraph: 22, offset: 2, inNumber: true } });
    const note = diagnostics.find((d) => d.rule === 'placeholder' && (d.word as { start: { story?: string } }).start.story)!;
    assert.deepEqual(note.word, { start: { story: 'footnotes', paragraph: 0, offset: 9 }, end: { story: 'footnotes', paragraph: 0, offset: 12 } });
  });

  it('--annotate writes 名.checked.docx next to the original, says where, and leaves the original alone', async () => {
    const before = fs.readFileSync(report);
    const r = await run(['--annotate', '--locale', 'zh-cn', report]);
    const copy = path.join(dir, '工作总结.checked.docx');
    assert.equal(r.code, 1);
    assert.ok(r.stdout.includes(`已写入${copy}（4条批注）`), r.stdout);
    assert.deepEqual(fs.readFileSync(report), before);
    assert.equal(commentsOf(fs.readFileSync(copy)).length, 4);
    // With JSON on stdout, the note goes to stderr.
    const json = await run(['--annotate', '--format', 'json', report]);
    assert.doesNotThrow(() => JSON.parse(json.stdout));
    assert.match(json.stderr, /wrote .*工作总结\.checked\.docx \(4 comments\)/);
  });

  it('a folder includes its .docx drafts but not Word lock files or the commented copies', async () => {
    fs.writeFileSync(path.join(dir, '~$工作总结.docx'), 'lock');
    const r = await run(['--format', 'json', dir]);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => path.basename(f.file));
    assert.deepEqual(files, ['工作总结.docx']);
    assert.equal(r.stderr, '');
  });

  it('names the problem with a file that is not a Word document', async () => {
    const fake = path.join(dir, 'old.docx');
    fs.writeFileSync(fake, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
    const r = await run([fake]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /old\.docx: is an old Word 97–2003 \(\.doc\) file/);
    fs.rmSync(fake);
  });

  it('names a Word document whose XML is broken, without a stack trace', async () => {
    const broken = path.join(dir, 'broken-xml.docx');
    fs.writeFileSync(broken, zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body>') }));
    const r = await run([broken]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken-xml\.docx: word\/document\.xml is not well-formed XML: unclosed xml tag/);
    assert.doesNotMatch(r.stderr, /ParseError|\n\s+at /);
    fs.rmSync(broken);
  });

  it('--fix has a clear refusal for Word documents (and none for text drafts)', async () => {
    assert.match(fixRefusal('报告.DOCX')!, /--fix does not change Word documents; use --annotate/);
    assert.equal(fixRefusal('报告.txt'), undefined);
  });

  it('--annotate on a text draft checks it and says it cannot be annotated', async () => {
    const txt = path.join(dir, 'draft.txt');
    fs.writeFileSync(txt, '一、总体情况\n\n三、下一步\n');
    const r = await run(['--annotate', txt]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--annotate writes comments into Word documents \(\.docx\) only/);
    fs.rmSync(txt);
  });
});

describe('cli: --fix and Word documents', () => {
  it('leaves a .docx untouched under --fix and says why', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-docx-fix-'));
    try {
      const file = path.join(dir, '报告.docx');
      fs.copyFileSync(path.join(FIXTURES, 'docx', 'gbt-auto-numbering.docx'), file);
      const before = fs.readFileSync(file);
      const r = await run(['--fix', file]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /报告\.docx: --fix does not change Word documents; use --annotate/);
      assert.ok(fs.readFileSync(file).equals(before));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
