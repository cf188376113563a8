// The CLI's code cache (bin/cli-loader.js, made by scripts/cli-cache.mjs): used when it was made for this bundle by
// this Node; anything else about it (missing, truncated, corrupt, made for another bundle or Node, refused by V8)
// leaves the CLI compiling its bundle as usual, with the same output and nothing said about it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/cli';

const LOADER = path.join(ROOT, 'bin', 'cli-loader.js');
const DRAFT = path.join(ROOT, 'test', 'fixtures', 'corpus', 'zh-annual-summary-a.txt');

/** Runs `script` in a fresh Node (its own V8, nothing loaded yet); returns its stdout parsed as JSON. */
function inFreshNode(script: string): any {
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'the loader says nothing');
  return JSON.parse(r.stdout);
}

/** Loads `bundle` with `cache` and calls its `answer()`: the cache's status and what the bundle computed. */
function load(bundle: string, cache: string): { status: string; answer: unknown } {
  return inFreshNode(`
    const { loadCli } = require(${JSON.stringify(LOADER)});
    const { exports, cacheStatus } = loadCli({ bundle: ${JSON.stringify(bundle)}, cache: ${JSON.stringify(cache)} });
    process.stdout.write(JSON.stringify({ status: cacheStatus, answer: exports.answer() }));`);
}

function makeCache(bundle: string, cache: string): void {
  inFreshNode(`
    const { writeCache } = require(${JSON.stringify(LOADER)});
    writeCache(async (m) => { m.answer(); }, { bundle: ${JSON.stringify(bundle)}, cache: ${JSON.stringify(cache)} })
      .then((r) => process.stdout.write(JSON.stringify(r)));`);
}

describe('cli code cache', () => {
  let dir: string;
  let bundle: string;
  let cache: string;
  const source = (n: number) =>
    `'use strict';\nfunction lazy(x) { return x.split('').reverse().join('') + ${n}; }\nexports.answer = () => [lazy('甲乙丙'), require('node:path').basename(__filename), module.id === __filename];\n`;
  const expected = ['丙乙甲1', 'fake.js', true];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-cache-'));
    bundle = path.join(dir, 'fake.js');
    cache = path.join(dir, 'fake.cache');
    fs.writeFileSync(bundle, source(1));
    makeCache(bundle, cache);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is used when made for this bundle by this Node, and runs the bundle as a CommonJS module', () => {
    assert.deepEqual(load(bundle, cache), { status: 'used', answer: expected });
  });

  it('is not needed: without one the bundle is compiled as usual', () => {
    fs.rmSync(cache);
    assert.deepEqual(load(bundle, cache), { status: 'missing', answer: expected });
  });

  it('is not used once the bundle changed (another build), even at the same length', () => {
    fs.writeFileSync(bundle, source(2));
    assert.deepEqual(load(bundle, cache), { status: 'stale', answer: ['丙乙甲2', 'fake.js', true] });
  });

  it('is not used when made by another Node or for another architecture', () => {
    const bytes = fs.readFileSync(cache);
    const eol = bytes.indexOf(10);
    for (const [key, value] of [['node', 'v0.0.1'], ['v8', '1.0'], ['arch', 'vax'], ['format', 'old']]) {
      const header = { ...JSON.parse(bytes.subarray(0, eol).toString()), [key]: value };
      fs.writeFileSync(cache, Buffer.concat([Buffer.from(JSON.stringify(header)), bytes.subarray(eol)]));
      assert.deepEqual(load(bundle, cache), { status: 'stale', answer: expected }, key);
    }
  });

  it('is not used when truncated or not a cache at all', () => {
    const good = fs.readFileSync(cache);
    for (const [what, bytes] of [
      ['cut short', good.subarray(0, good.length - 100)],
      ['cut inside the header', good.subarray(0, 20)],
      ['empty', Buffer.alloc(0)],
      ['not JSON', Buffer.from('garbage\n\x00\x01\x02')],
      ['JSON but no header', Buffer.from('null\n\x00\x01')],
    ] as const) {
      fs.writeFileSync(cache, bytes);
      assert.deepEqual(load(bundle, cache), { status: 'invalid', answer: expected }, what);
    }
  });

  it('is refused by V8 when a byte of its data changed (the checksum V8 wrote into it)', () => {
    const good = fs.readFileSync(cache);
    const data = good.indexOf(10) + 1;
    for (const at of [data, data + ((good.length - data) >> 1), good.length - 20, good.length - 1]) {
      const flipped = Buffer.from(good);
      flipped[at] ^= 0xff;
      fs.writeFileSync(cache, flipped);
      assert.deepEqual(load(bundle, cache), { status: 'rejected', answer: expected }, `byte ${at - data} of the data`);
    }
  });

  it('belongs to the build stamped on the bundle: another build at the same length makes it stale', () => {
    const stamp = (n: number) => `// report-lint build ${String(n).repeat(40)}\n`;
    fs.writeFileSync(bundle, source(1) + stamp(1));
    makeCache(bundle, cache);
    assert.deepEqual(load(bundle, cache), { status: 'used', answer: expected });
    fs.writeFileSync(bundle, source(2) + stamp(2));
    assert.deepEqual(load(bundle, cache), { status: 'stale', answer: ['丙乙甲2', 'fake.js', true] });
  });

  it('a bundle stamped twice keeps one stamp (the build stamps in place of an old one)', () => {
    // In a fresh Node: the loader sets V8 flags in the process that requires it.
    const stampBundle = (file: string) => inFreshNode(`require(${JSON.stringify(LOADER)}).stampBundle(${JSON.stringify(file)}); process.stdout.write('0')`);
    stampBundle(bundle);
    const once = fs.readFileSync(bundle, 'utf8');
    assert.match(once, /\n\/\/ report-lint build [0-9a-f]{40}\n$/);
    assert.ok(once.startsWith(source(1)));
    stampBundle(bundle);
    assert.equal(fs.readFileSync(bundle, 'utf8'), once);
  });

  it('is compiled from source when V8 refuses the data (its own checks: source, flags, version)', () => {
    // Data V8 made for another source, under a header that passes the loader's own checks.
    const other = path.join(dir, 'other.js');
    fs.writeFileSync(other, source(1) + '// longer\n');
    const otherCache = path.join(dir, 'other.cache');
    makeCache(other, otherCache);
    const theirs = fs.readFileSync(otherCache);
    const ours = fs.readFileSync(cache);
    const header = JSON.parse(ours.subarray(0, ours.indexOf(10)).toString());
    const data = theirs.subarray(theirs.indexOf(10) + 1);
    header.length = data.length;
    fs.writeFileSync(cache, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), data]));
    assert.deepEqual(load(bundle, cache), { status: 'rejected', answer: expected });
  });
});

describe('cli code cache of the built CLI', () => {
  let dir: string;
  const copy = (to: string) => {
    for (const f of ['bin/report-lint.js', 'bin/cli-loader.js', 'dist/cli.js', 'dist/cli.cache', 'package.json']) {
      fs.mkdirSync(path.join(to, path.dirname(f)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, f), path.join(to, f));
    }
  };
  const lint = (root: string) => spawnSync(process.execPath, [path.join(root, 'bin', 'report-lint.js'), '--format', 'json', DRAFT], { encoding: 'utf8', cwd: ROOT });

  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.cache'))) throw new Error('dist/cli.cache is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-cache-cli-'));
    copy(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the build made one for the bundle it built, and the CLI uses it', () => {
    const status = inFreshNode(`process.stdout.write(JSON.stringify(require(${JSON.stringify(LOADER)}).loadCli().cacheStatus))`);
    assert.equal(status, 'used');
  });

  it('a JSON run of one draft loads neither node:crypto nor node:worker_threads nor node:os (cli20: their start is not needed)', () => {
    const bin = path.join(dir, 'bin', 'report-lint.js');
    const probe = path.join(dir, 'probe.js');
    fs.writeFileSync(
      probe,
      `const exit = process.exit;
      process.exit = (code) => { require('node:fs').writeSync(3, JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (crypto|worker_threads|os)$/.test(m)))); exit(code); };
      require(${JSON.stringify(bin)});`,
    );
    const r = spawnSync(process.execPath, [probe, '--format', 'json', DRAFT], { encoding: 'utf8', cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.output[3], '[]');
  });

  it('a corrupt or foreign cache changes nothing in what the CLI prints', () => {
    const good = lint(dir);
    assert.equal(good.status, 1, good.stderr);
    assert.ok(JSON.parse(good.stdout)[0].diagnostics.length > 0);
    const cache = path.join(dir, 'dist', 'cli.cache');
    const bytes = fs.readFileSync(cache);
    const corrupt = Buffer.from(bytes);
    for (let i = corrupt.indexOf(10) + 1; i < corrupt.length; i += 997) corrupt[i] ^= 0x5a;
    for (const bad of [corrupt, bytes.subarray(0, bytes.length >> 1), Buffer.from('{}\n')]) {
      fs.writeFileSync(cache, bad);
      const r = lint(dir);
      assert.deepEqual({ status: r.status, stdout: r.stdout, stderr: r.stderr }, { status: good.status, stdout: good.stdout, stderr: '' });
    }
  });
});
