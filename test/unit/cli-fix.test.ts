// --fix and --fix-dry-run: fixes applied in rounds until nothing fixable is left, idempotent on every fixture
// and on the corpus; the dry run's diff is exactly what --fix writes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../support/cli';
import { FIXTURES, fixedFile, fixtureFiles } from '../support/fixtures';

interface Entry {
  file: string;
  diagnostics: { rule: string; fixable?: boolean }[];
}

describe('cli --fix', function () {
  this.timeout(120000);
  let dir: string;
  let copies: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-fix-'));
    const drafts = [...fixtureFiles(path.join(FIXTURES, 'rules')), ...fs.readdirSync(path.join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, 'corpus', f))];
    copies = drafts.map((file, i) => {
      const copy = path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(file)}`);
      fs.copyFileSync(file, copy);
      return copy;
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves nothing fixable in any fixture or corpus draft, and a second run changes nothing', async () => {
    const first = await run(['--fix', '--format', 'json', '--locale', 'en', ...copies]);
    assert.notEqual(first.code, 2, first.stderr);
    const fixed = (JSON.parse(first.stdout) as (Entry & { fixed?: number })[]).filter((e) => e.fixed);
    assert.ok(fixed.length >= 20, `only ${fixed.length} drafts fixed`);
    for (const entry of JSON.parse(first.stdout) as Entry[]) {
      assert.deepEqual(entry.diagnostics.filter((d) => d.fixable).map((d) => d.rule), [], `${path.basename(entry.file)}: fixable findings left`);
    }
    const before = copies.map((f) => fs.readFileSync(f));
    const second = await run(['--fix', '--format', 'json', ...copies]);
    assert.ok(!(JSON.parse(second.stdout) as { fixed?: number }[]).some((e) => e.fixed), 'the second run fixed something');
    copies.forEach((f, i) => assert.ok(fs.readFileSync(f).equals(before[i]), `${path.basename(f)} changed on the second run`));
  });

  it('where one round converges, writes what the fixture snapshot shows', async () => {
    const source = path.join(FIXTURES, 'rules', 'numbering-sequence');
    const one = fixtureFiles(source).find((f) => fs.existsSync(fixedFile(f)))!;
    const copy = path.join(dir, `one${path.extname(one)}`);
    fs.copyFileSync(one, copy);
    await run(['--fix', copy]);
    assert.equal(fs.readFileSync(copy, 'utf8'), fs.readFileSync(fixedFile(one), 'utf8'));
  });

  it('--fix-dry-run prints a unified diff that git apply turns into what --fix writes, and writes nothing', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-diff-'));
    try {
      const text = '一、总体情况\r\n\r\n会议强调“要抓落实“。\r\n\r\n三、下一步打算\r\n';
      fs.writeFileSync(path.join(work, 'a.txt'), text);
      const dry = await run(['--fix-dry-run', 'a.txt'], { cwd: work });
      assert.equal(dry.code, 1);
      assert.match(dry.stdout, /^--- a\/a\.txt\n\+\+\+ b\/a\.txt\n@@ /);
      assert.equal(fs.readFileSync(path.join(work, 'a.txt'), 'utf8'), text);
      fs.writeFileSync(path.join(work, 'fix.patch'), dry.stdout);
      const apply = spawnSync('git', ['apply', '--unidiff-zero', 'fix.patch'], { cwd: work, encoding: 'utf8' });
      assert.equal(apply.status, 0, apply.stderr);
      const patched = fs.readFileSync(path.join(work, 'a.txt'), 'utf8');
      fs.writeFileSync(path.join(work, 'a.txt'), text);
      await run(['--fix', 'a.txt'], { cwd: work });
      assert.equal(patched, fs.readFileSync(path.join(work, 'a.txt'), 'utf8'));
      assert.match(patched, /二、下一步打算\r\n$/);
      assert.equal((await run(['--fix-dry-run', 'a.txt'], { cwd: work })).stdout, '');
      assert.equal((await run(['--fix-dry-run', '--format', 'json', 'a.txt'], { cwd: work })).code, 2);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
