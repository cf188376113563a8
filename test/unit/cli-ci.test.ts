// The CLI in a pipeline: SARIF that validates against the official 2.1.0 schema, exit codes under
// --max-warnings and --quiet, --rule, --print-config, standard input, ignore files, configuration discovery,
// worker threads, and a closed pipe.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { rules } from '../../server/src/engine';
import { BIN, run, runBin } from '../support/cli';
import { FIXTURES } from '../support/fixtures';
import { writeTree } from '../support/tree';

const SARIF_SCHEMA = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));

describe('cli in CI', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-ci-'));
    writeTree(root, {
      '.reportlintrc.jsonc': '// 全局\n{ "rules": { "missing-value": "off" }, "ignore": ["archive/"] }',
      '.reportlintignore': '*.bak.txt\n',
      'drafts/工作 总结#1.txt': '😀一、总体情况\n\n某某局召开会议。\n\n三、下一步打算\n',
      'drafts/warn.txt': '一、总体情况\n\n会议强调“要抓落实。\n',
      'drafts/copy.bak.txt': '某某局\n',
      'archive/old.txt': '某某局\n',
      'team/.reportlintrc.json': JSON.stringify({ rules: { placeholder: 'off' }, languages: ['report', 'plaintext'] }),
      'team/a.txt': '某某局召开会议。\n',
      'team/b.md': '# 标题\n\n某某局召开会议。\n',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('--format sarif', () => {
    let log: Sarif.Log;
    let result: Awaited<ReturnType<typeof run>>;
    before(async () => {
      result = await run(['--format', 'sarif', '--locale', 'en', 'drafts', 'missing.txt'], { cwd: root });
      log = JSON.parse(result.stdout);
    });

    it('validates against the official SARIF 2.1.0 schema', () => {
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(SARIF_SCHEMA);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    });

    it('describes every rule, with help text and a help URI', () => {
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'report-lint');
      assert.deepEqual(driver.rules!.map((r) => r.id), rules.map((r) => r.meta.id));
      for (const rule of driver.rules!) {
        assert.ok(rule.shortDescription?.text && rule.fullDescription?.text && rule.help?.text, rule.id);
        assert.match(rule.helpUri!, new RegExp(`/docs/rules/${rule.id}\\.md$`));
      }
    });

    it('places results at 1-based lines and UTF-16 columns under %SRCROOT%, file names percent-encoded', () => {
      const run0 = log.runs[0];
      assert.equal(run0.columnKind, 'utf16CodeUnits');
      const skip = run0.results!.find((r) => r.ruleId === 'numbering-sequence')!;
      const location = skip.locations![0].physicalLocation!;
      assert.deepEqual(location.artifactLocation, { uri: 'drafts/%E5%B7%A5%E4%BD%9C%20%E6%80%BB%E7%BB%93%231.txt', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(location.region, { startLine: 5, startColumn: 1, endLine: 5, endColumn: 3 });
      assert.equal(skip.level, 'error');
      assert.equal(run0.tool.driver.rules![skip.ruleIndex!].id, 'numbering-sequence');
      // The emoji before 一、 is two UTF-16 units: the placeholder on line 3 is unaffected, the first line's columns count them.
      const placeholder = run0.results!.find((r) => r.ruleId === 'placeholder')!;
      assert.deepEqual(placeholder.locations![0].physicalLocation!.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 3 });
      assert.equal(run0.results!.find((r) => r.ruleId === 'unpaired-mark')!.level, 'warning');
    });

    it('gives each result a fingerprint of its own, and names the file it could not read', () => {
      const prints = log.runs[0].results!.map((r) => r.partialFingerprints!['reportLint/v1']);
      assert.equal(new Set(prints).size, prints.length);
      const invocation = log.runs[0].invocations![0];
      assert.equal(invocation.executionSuccessful, false);
      assert.match(invocation.toolExecutionNotifications![0].message.text!, /missing\.txt: no such file/);
      assert.equal(result.code, 2);
    });
  });

  it('--max-warnings: warnings fail the run only above the limit; errors always do', async () => {
    assert.equal((await run(['drafts/warn.txt'], { cwd: root })).code, 1);
    assert.equal((await run(['--max-warnings', '1', 'drafts/warn.txt'], { cwd: root })).code, 0);
    assert.equal((await run(['--max-warnings', '0', 'drafts/warn.txt'], { cwd: root })).code, 1);
    assert.equal((await run(['--max-warnings', '99', 'drafts'], { cwd: root })).code, 1);
    assert.equal((await run(['--max-warnings', '-1', 'drafts'], { cwd: root })).code, 2);
  });

  it('--quiet shows errors only, and warnings alone do not fail', async () => {
    const quiet = await run(['--quiet', '--format', 'json', 'drafts'], { cwd: root });
    const severities = (JSON.parse(quiet.stdout) as { diagnostics: { severity: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => d.severity));
    assert.deepEqual([...new Set(severities)], ['error']);
    assert.equal((await run(['--quiet', 'drafts/warn.txt'], { cwd: root })).code, 0);
  });

  it('--rule sets a severity over the configuration file, and refuses unknown rules and severities', async () => {
    const r = await run(['--rule', 'placeholder:off', '--rule', 'unpaired-mark:error', '--format', 'json', 'drafts'], { cwd: root });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; severity: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => `${d.rule}:${d.severity}`));
    assert.deepEqual(found.sort(), ['numbering-sequence:error', 'unpaired-mark:error']);
    const unknown = await run(['--rule', 'placehoder:off', 'drafts'], { cwd: root });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--rule placehoder: unknown rule/);
    assert.equal((await run(['--rule', 'placeholder:warn', 'drafts'], { cwd: root })).code, 2);
  });

  it('--print-config shows the settings a draft gets and the file they come from', async () => {
    const r = await run(['--print-config', 'team/a.txt', '--rule', 'empty-pair:info'], { cwd: root });
    const shown = JSON.parse(r.stdout);
    assert.equal(shown.configFile, path.join('team', '.reportlintrc.json'));
    assert.deepEqual(shown.settings.rules, { placeholder: 'off', 'empty-pair': 'info' });
    assert.deepEqual(shown.settings.languages, ['report', 'plaintext']);
    assert.equal(shown.locale, undefined, 'no second locale beside settings.locale (it showed LANG’s, not the draft’s)');
    assert.equal(JSON.parse((await run(['--print-config', 'archive/old.txt'], { cwd: root })).stdout).ignored, true);
  });

  it('reads standard input, named by --stdin-filename for its format and configuration', async () => {
    const r = await run(['--format', 'json', '-', '--stdin-filename', 'team/c.md'], { cwd: root, stdin: '# 标题\n\n某某局召开会议。“引号\n' });
    const [entry] = JSON.parse(r.stdout);
    assert.equal(entry.file, 'team/c.md');
    assert.deepEqual(entry.diagnostics.map((d: { rule: string }) => d.rule), ['unpaired-mark']);
    const plain = await run(['--format', 'json', '-'], { cwd: root, stdin: Buffer.from('某某局\n') });
    assert.equal(JSON.parse(plain.stdout)[0].file, '<stdin>');
    assert.equal((await run(['--fix', '-'], { cwd: root, stdin: 'x' })).code, 2);
    const diff = await run(['--fix-dry-run', '-', '--stdin-filename', 'a.txt'], { cwd: root, stdin: '一、总体\n\n三、打算\n' });
    assert.match(diff.stdout, /^-三、打算\n\+二、打算$/m);
  });

  it('leaves out what .reportlintignore and the ignore list name; a file named explicitly gets a note', async () => {
    const all = await run(['--format', 'json', '.'], { cwd: root });
    const files = (JSON.parse(all.stdout) as { file: string }[]).map((f) => f.file.split(path.sep).join('/')).sort();
    // team/b.md is Markdown, which team/.reportlintrc.json leaves out of its languages.
    assert.deepEqual(files, ['drafts/warn.txt', 'drafts/工作 总结#1.txt', 'team/a.txt']);
    const named = await run(['archive/old.txt'], { cwd: root });
    assert.match(named.stderr, /archive\/old\.txt: skipped: \.reportlintignore or the configuration's ignore list leaves it out/);
    assert.equal(named.code, 0);
    assert.equal((await run(['--no-ignore', 'archive/old.txt', 'drafts/copy.bak.txt'], { cwd: root })).code, 1);
  });

  it('the nearest configuration file applies to each draft; --config replaces them all', async () => {
    const json = async (args: string[]) => JSON.parse((await run(['--format', 'json', ...args], { cwd: root })).stdout) as { file: string; diagnostics: { rule: string }[] }[];
    const [team] = await json(['team/a.txt']);
    assert.deepEqual(team.diagnostics, []);
    const [replaced] = await json(['--config', 'drafts/../.reportlintrc.jsonc', 'team/a.txt']);
    assert.deepEqual(replaced.diagnostics.map((d) => d.rule), ['placeholder']);
  });

  it('uses worker threads for many drafts, with the same output as one thread', function () {
    this.timeout(60000);
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-many-'));
    try {
      for (let i = 0; i < 24; i++) fs.writeFileSync(path.join(many, `d${String(i).padStart(2, '0')}.txt`), `一、总体情况\n\n第${i}号：xx市召开会议。\n\n三、打算\n`);
      const one = runBin(['--format', 'json', '--concurrency', 'off', '.'], { cwd: many });
      const four = runBin(['--format', 'json', '--concurrency', '3', '.'], { cwd: many });
      assert.equal(four.code, 1, four.stderr);
      assert.equal(four.stdout, one.stdout);
      assert.equal(JSON.parse(four.stdout).length, 24);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  it('prints no stack trace when the reader closes the pipe (| head)', function () {
    this.timeout(30000);
    const corpus = path.join(FIXTURES, 'corpus');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --locale zh-cn "${corpus}" "${corpus}" | head -n 1`], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.split('\n').length, 2);
  });

  it('exits with the code of its findings when the reader closes the pipe, whatever the format', function () {
    this.timeout(60000);
    const corpus = path.join(FIXTURES, 'corpus');
    // pipefail: the pipeline's status is report-lint's (head's is 0). The output is far larger than a pipe holds.
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --format ${format} "${corpus}" "${corpus}" | head -c 100 >/dev/null`], { encoding: 'utf8' });
      assert.equal(r.stderr, '', format);
      assert.equal(r.status, 1, format);
    }
  });
});
