// The command-line tool: output formats, exit codes, and clear messages for bad input.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, runBin } from '../support/cli';

describe('cli', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-cli-'));
    fs.writeFileSync(path.join(dir, 'clean.txt'), '一、总体情况\n\n全年工作顺利完成。\n');
    fs.writeFileSync(path.join(dir, 'bad.report'), '一、总体情况\n\nxx市教育局召开会议。\n\n三、下一步打算\n');
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nThe pilot ran in [CITY].\n');
    fs.writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a])); // 中文 in GBK
    fs.writeFileSync(path.join(dir, 'junk.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    fs.writeFileSync(path.join(dir, 'bom.txt'), '\uFEFF某某局长讲话\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and says so when there is nothing to report', async () => {
    const r = await run([path.join(dir, 'clean.txt')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /No problems found/);
  });

  it('exits 1 with findings, one line each, 1-based positions', async () => {
    const r = await run(['--locale', 'en', path.join(dir, 'bad.report')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /3:1\s+error\s+placeholder\s+Placeholder left in the text: “xx”/);
    assert.match(r.stdout, /5:1\s+error\s+numbering-sequence\s+Numbering skips/);
    assert.match(r.stdout, /2 problems \(2 errors, 0 warnings\)/);
  });

  it('colours a terminal only, whatever CI or the environment says otherwise', async () => {
    const file = path.join(dir, 'bad.report');
    const ESC = '\x1b[';
    assert.ok(!(await run([file], { env: { CI: 'true' } })).stdout.includes(ESC), 'piped output under CI is plain');
    assert.ok((await run([file], { isTTY: true })).stdout.includes(ESC), 'a terminal gets colour');
    assert.ok(!(await run([file], { env: { NO_COLOR: '1' }, isTTY: true })).stdout.includes(ESC), 'NO_COLOR wins over a terminal');
    assert.ok(!(await run([file], { env: { TERM: 'dumb' }, isTTY: true })).stdout.includes(ESC), 'a dumb terminal gets none');
    assert.ok((await run([file], { env: { FORCE_COLOR: '1' } })).stdout.includes(ESC), 'FORCE_COLOR colours a pipe');
    assert.ok((await run(['--color', file])).stdout.includes(ESC));
    assert.ok(!(await run(['--no-color', file], { env: { FORCE_COLOR: '1' }, isTTY: true })).stdout.includes(ESC));
  });

  it('speaks Chinese when asked or when LANG says so', async () => {
    assert.match((await run(['--locale', 'zh-cn', path.join(dir, 'bad.report')])).stdout, /未替换的占位符/);
    assert.match((await run([path.join(dir, 'bad.report')], { env: { LANG: 'zh_CN.UTF-8' } })).stdout, /共2个问题/);
  });

  it("writes each draft's messages in the draft's language unless --locale names one", async () => {
    const both = await run([path.join(dir, 'bad.report'), path.join(dir, 'notes.md')], { env: { LANG: 'en_US.UTF-8' } });
    assert.match(both.stdout, /未替换的占位符“xx”/);
    assert.match(both.stdout, /Placeholder left in the text: “\[CITY\]”/);
    assert.match((await run(['--locale', 'en', path.join(dir, 'bad.report')])).stdout, /Placeholder left in the text: “xx”/);
  });

  it('prints exactly one JSON array with LSP positions in the documented shape', async () => {
    const r = await run(['--format', 'json', '--locale', 'en', path.join(dir, 'bad.report'), path.join(dir, 'clean.txt')]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout) as unknown;
    assert.ok(Array.isArray(json));
    assert.deepEqual(json[0], {
      file: path.join(dir, 'bad.report'),
      encoding: 'UTF-8',
      diagnostics: [
        {
          rule: 'placeholder',
          severity: 'error',
          message: 'Placeholder left in the text: “xx”; fill in the real content',
          range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } },
        },
        {
          rule: 'numbering-sequence',
          severity: 'error',
          message: 'Numbering skips: “三、” follows “一、”; expected “二、”',
          range: { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } },
          fixable: true,
        },
      ],
    });
    assert.deepEqual(json[1], { file: path.join(dir, 'clean.txt'), encoding: 'UTF-8', diagnostics: [] });
  });

  it('keeps the BOM out of the columns, as editors do', async () => {
    const r = await run(['--format', 'json', path.join(dir, 'bom.txt')]);
    assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics[0].range.start, { line: 0, character: 0 });
  });

  it('expands folders and globs, and reads Markdown as Markdown', async () => {
    const r = await run(['--format', 'json', path.join(dir, '*.md'), dir]);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => path.basename(f.file));
    assert.deepEqual(files.sort(), ['bad.report', 'bom.txt', 'clean.txt', 'gbk.txt', 'notes.md']);
  });

  it('leaves README, CHANGELOG, CONTRIBUTING and LICENSE out of folders and globs, as the editor does, but checks one named', async () => {
    const repo = fs.mkdtempSync(path.join(dir, 'repo-'));
    for (const name of ['README.md', 'CHANGELOG.md', 'docs/CONTRIBUTING.md', 'LICENSE.txt', 'drafts/plan.md', 'node_modules/x/notes.md']) {
      fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
      fs.writeFileSync(path.join(repo, name), '# Notes\n\nTODO: the [CITY] pilot.\n');
    }
    const listed = async (args: string[]) => ((JSON.parse((await run(['--format', 'json', ...args])).stdout) as { file: string }[]).map((f) => path.relative(repo, f.file)));
    assert.deepEqual(await listed([repo]), [path.join('drafts', 'plan.md')]);
    assert.deepEqual(await listed([path.join(repo, '**/*.md')]), [path.join('drafts', 'plan.md')]);
    assert.deepEqual(await listed([path.join(repo, 'README.md')]), ['README.md']);
  });

  it('exits 2 naming each unreadable file, and still lints the others', async () => {
    const r = await run(['--format', 'json', path.join(dir, 'junk.txt'), path.join(dir, 'missing.txt'), path.join(dir, 'bad.report')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /junk\.txt: looks like a binary file/);
    assert.match(r.stderr, /missing\.txt: no such file or folder/);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['--format', 'xml', 'a.txt'])).code, 2);
    assert.equal((await run(['--locale', 'fr', 'a.txt'])).code, 2);
    assert.equal((await run(['--bogus'])).code, 2);
    assert.equal((await run(['--help'])).code, 0);
  });

  it('says a usage error in the run\'s language, as it says a configuration problem: --locale, else LANG', async () => {
    const zh = await run(['--locale', 'zh-cn', '--rule', 'placehoder:off', 'a.txt']);
    assert.equal(zh.code, 2);
    assert.match(zh.stderr, /^report-lint: --rule placehoder：未知规则“placehoder”；可用的规则：“numbering-sequence”/);
    assert.match(zh.stderr, /\n用法：report-lint \[选项\]/, 'the help that follows is Chinese too');
    const byLang = await run(['--rule', 'placeholder:loud', 'a.txt'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(byLang.stderr, /^report-lint: --rule placeholder：“loud”不是“off”“error”“warning”“info”“hint”之一\n/);
    const en = await run(['--rule', 'placehoder:off', 'a.txt'], { env: { LANG: 'en_US.UTF-8' } });
    assert.match(en.stderr, /^report-lint: --rule placehoder: unknown rule "placehoder"; known rules: numbering-sequence/);
    assert.match(en.stderr, /\nUsage: report-lint \[options\]/);
    // --locale wins over LANG, written either way; the flag's own mistakes and node's parser's are said too.
    const cases: [string[], RegExp][] = [
      [['--locale=zh-cn', '--format', 'xml', 'a.txt'], /^report-lint: “--format”应为“stylish”“json”或“sarif”，而不是“xml”\n/],
      [['--locale', 'zh-cn', '--bogus', 'a.txt'], /^report-lint: 未知选项“--bogus”；以“-”开头的文件名请放在“--”之后，如“-- --bogus”\n/],
      [['--locale', 'zh-cn', 'a.txt', '--format'], /^report-lint: 选项“--format”缺少值\n/],
      [['--locale', 'zh-cn', '--quiet=yes', 'a.txt'], /^report-lint: 选项“--quiet”不带值\n/],
      [['--locale', 'zh-cn', '--rule', 'placeholder', 'a.txt'], /^report-lint: “--rule”的格式为“<规则>:<级别>”，如“--rule placeholder:off”，而不是“placeholder”\n/],
      [['--locale', 'zh-cn', '--fix', '--fix-dry-run', 'a.txt'], /^report-lint: “--fix”和“--fix-dry-run”不能同时使用\n/],
      [['--locale', 'zh-cn', '--concurrency', 'many', 'a.txt'], /^report-lint: “--concurrency”应为“auto”“off”或工作线程数，而不是“many”\n/],
      [['--locale', 'zh-cn'], /^report-lint: 没有给出文件\n/],
      [['--locale', 'fr', 'a.txt'], /^report-lint: “--locale”应为“zh-cn”或“en”，而不是“fr”\n/],
      [['--bogus', 'a.txt'], /^report-lint: unknown option --bogus; a file whose name starts with "-" goes after "--", as in -- --bogus\n/],
    ];
    for (const [args, expected] of cases) {
      const r = await run(args, { env: { LANG: args.includes('--bogus') && !args.includes('zh-cn') ? 'C' : 'zh_CN.UTF-8' } });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, expected, args.join(' '));
    }
    // A file argument that names nothing is an argument error too.
    const missing = await run([path.join(dir, 'missing.txt'), path.join(dir, 'nothing-*.txt')], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(missing.stderr, /missing\.txt: 没有这个文件或文件夹\n/);
    assert.match(missing.stderr, /nothing-\*\.txt: 没有文件与此模式匹配\n/);
    const help = await run(['--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(help.stdout, /^用法：report-lint/);
    assert.match((await run(['--help', '--locale', 'en'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout, /^Usage: report-lint/);
  });

  it('applies a config file, and names a broken one', async () => {
    const config = path.join(dir, 'config.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { placeholder: 'off' } }));
    const r = await run(['--format', 'json', '--config', config, path.join(dir, 'bad.report')]);
    assert.deepEqual((JSON.parse(r.stdout)[0].diagnostics as { rule: string }[]).map((d) => d.rule), ['numbering-sequence']);

    fs.writeFileSync(config, '{ "rules": ');
    const broken = await run(['--config', config, path.join(dir, 'bad.report')]);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /config\.json:1:12: is not valid JSON: value expected/);

    fs.writeFileSync(config, JSON.stringify({ placeholders: { extra: ['(unclosed'] } }));
    const badPattern = await run(['--config', config, path.join(dir, 'bad.report')]);
    assert.match(badPattern.stderr, /placeholders\.extra\[0\]: invalid pattern "\(unclosed"/);
    assert.equal(badPattern.code, 1);
  });

  it('names a configuration problem in the run\'s language: --locale, the file\'s locale, else LANG', async () => {
    const config = path.join(dir, 'config-zh.json');
    const bad = path.join(dir, 'bad.report');
    fs.writeFileSync(config, JSON.stringify({ rules: { placehoder: 'off', placeholder: 'loud' } }));
    const zh = await run(['--locale', 'zh-cn', '--config', config, bad]);
    assert.match(zh.stderr, /config-zh\.json:1:\d+: rules\.placehoder：未知规则“placehoder”；可用的规则：“/);
    assert.match(zh.stderr, /rules\.placeholder：“loud”不是“off”“error”“warning”“info”“hint”之一/);
    const byLang = await run(['--config', config, bad], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(byLang.stderr, /未知规则“placehoder”/);
    const en = await run(['--config', config, bad], { env: { LANG: 'en_US.UTF-8' } });
    assert.match(en.stderr, /rules\.placehoder: unknown rule "placehoder"; known rules: /);
    // The file's own locale names the language when no flag does.
    fs.writeFileSync(config, JSON.stringify({ locale: 'zh-cn', placeholders: { extra: ['(?<=a)b'] } }));
    const own = await run(['--config', config, bad], { env: { LANG: 'en_US.UTF-8' } });
    assert.match(own.stderr, /placeholders\.extra\[0\]：模式“\(\?<=a\)b”无效：不支持环视/);
    fs.writeFileSync(config, '{ "rules": ');
    const broken = await run(['--locale', 'zh-cn', '--config', config, bad]);
    assert.match(broken.stderr, /config-zh\.json:1:12: 不是有效的JSON：缺少值（该文件未采用，按默认设置检查）/);
  });

  it('works as the installed bin (npx report-lint)', async () => {
    const r = runBin(['--format', 'json', path.join(dir, 'bad.report')]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout)[0].diagnostics.length, 2);
  });
});
