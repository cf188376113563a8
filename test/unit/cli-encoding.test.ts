// Drafts saved in the encodings they really come in: GBK/GB18030, Big5, UTF-16 with or without a BOM. The CLI
// reads them, finds what it finds in the UTF-8 text, says which encoding it read, and --fix writes back in it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { run } from '../support/cli';

const SIMPLIFIED = ['2024年度工作总结', '', '一、主要工作', '', '全年共组织培训12期，参训人员达到1500人次，某某局局长出席会议。', '', '会议强调，要把“以人民为中心的发展思想贯穿始终。', '', '三、下一步打算', '', '继续深化改革，确保各项任务落到实处。', ''].join('\r\n');
const TRADITIONAL = ['2024年度工作總結', '', '一、主要工作', '', '全年共組織培訓12期，參訓人員達到1500人次，某某局局長出席會議。', '', '會議強調，要把“以人民為中心的發展思想貫穿始終。', '', '三、下一步打算', '', '繼續深化改革，確保各項任務落到實處。', ''].join('\r\n');

interface Entry {
  file: string;
  encoding?: string;
  diagnostics: { rule: string; range: { start: { line: number; character: number } } }[];
}

describe('cli encodings', () => {
  let dir: string;
  const cases: [string, string, string, boolean][] = [
    ['gbk.txt', SIMPLIFIED, 'gbk', false],
    ['gb18030.txt', SIMPLIFIED.replace('某某局', '𠀀某某局'), 'gb18030', false],
    ['big5.txt', TRADITIONAL, 'big5', false],
    ['utf16le-bom.txt', SIMPLIFIED, 'utf-16le', true],
    ['utf16be-bom.txt', SIMPLIFIED, 'utf-16be', true],
    ['utf16le.txt', SIMPLIFIED, 'utf-16le', false],
    ['utf8-bom.txt', SIMPLIFIED, 'utf-8', true],
  ];
  const expected: Record<string, string> = {
    'gbk.txt': 'GB18030',
    'gb18030.txt': 'GB18030',
    'big5.txt': 'Big5',
    'utf16le-bom.txt': 'UTF-16LE',
    'utf16be-bom.txt': 'UTF-16BE',
    'utf16le.txt': 'UTF-16LE',
    'utf8-bom.txt': 'UTF-8',
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-enc-'));
    fs.writeFileSync(path.join(dir, 'utf8.txt'), SIMPLIFIED);
    for (const [name, text, encoding, bom] of cases) fs.writeFileSync(path.join(dir, name), iconv.encode(text, encoding, { addBOM: bom }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds in each encoding what it finds in UTF-8, and says which encoding it read', async () => {
    const r = await run(['--format', 'json', '--locale', 'en', dir]);
    assert.equal(r.code, 1, r.stderr);
    const entries = new Map((JSON.parse(r.stdout) as Entry[]).map((e) => [path.basename(e.file), e]));
    const reference = entries.get('utf8.txt')!.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.rule}`);
    assert.deepEqual(reference, ['4:24 placeholder', '6:7 unpaired-mark', '8:0 numbering-sequence']);
    for (const [name] of cases) {
      const entry = entries.get(name)!;
      assert.equal(entry.encoding, expected[name], name);
      const found = entry.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.rule}`);
      // 𠀀 (two UTF-16 units) before 某某局 moves that finding two columns on.
      assert.deepEqual(found, name === 'gb18030.txt' ? ['4:26 placeholder', ...reference.slice(1)] : reference, name);
    }
  });

  it('notes the encoding under each file name in the stylish output, in the message language', async () => {
    const en = await run(['--locale', 'en', path.join(dir, 'gbk.txt'), path.join(dir, 'utf8.txt')]);
    assert.match(en.stdout, /gbk\.txt {2}\(read as GB18030\)\n/);
    assert.doesNotMatch(en.stdout, /utf8\.txt {2}\(read as/);
    const zh = await run(['--locale', 'zh-cn', path.join(dir, 'big5.txt')]);
    assert.match(zh.stdout, /big5\.txt {2}（按Big5编码读取）/);
  });

  it('--fix writes the file back in the encoding it was read in, BOM included', async () => {
    await run(['--fix', dir]);
    for (const [name, text, encoding, bom] of cases) {
      const bytes = fs.readFileSync(path.join(dir, name));
      if (bom) assert.ok(bytes.subarray(0, 2).equals(iconv.encode('', encoding, { addBOM: true }).subarray(0, 2)), `${name} keeps its BOM`);
      const back = iconv.decode(bytes, encoding);
      assert.equal(back, text.replace('三、下一步打算', '二、下一步打算'), name);
    }
  });

  it('refuses to fix a file with bytes that are not valid in its encoding, and changes nothing', async () => {
    const broken = Buffer.concat([iconv.encode('一、主要工作\r\n\r\n三、打算\r\n', 'gbk'), Buffer.from([0x81, 0x20]), iconv.encode('结束。\r\n', 'gbk')]);
    const file = path.join(dir, 'broken-gbk.txt');
    fs.writeFileSync(file, broken);
    const r = await run(['--fix', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken-gbk\.txt: not fixed: the file has bytes that are not valid GB18030/);
    assert.ok(fs.readFileSync(file).equals(broken));
  });

  it('--encoding overrides the detection', async () => {
    const r = await run(['--format', 'json', '--encoding', 'big5', path.join(dir, 'big5.txt')]);
    assert.equal(JSON.parse(r.stdout)[0].encoding, 'big5');
    assert.equal((await run(['--encoding', 'klingon', path.join(dir, 'big5.txt')])).code, 2);
  });
});
