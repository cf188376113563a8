// Which regular expressions a cold run of the CLI compiles, and what each costs (perf50). In a fresh process the built
// CLI (bin/cli-loader.js: the code cache, the CLI's V8 flags) lints one draft on one thread with RegExp.prototype.exec
// wrapped: each pattern's first run (its source and flags as the key) is timed twice, with its compile and again
// without, lastIndex put back between; the difference is the compile. A code cache holds no pattern code, so every
// process (and each thread of a split lint) pays these. The wrap turns off V8's fast paths: compare the rows, not the
// total with other figures.
//   npm run build && RUNS=5 TOP=25 [DRAFT=…] npx tsx scripts/bench/cli-patterns.ts [folder with bin/ and dist/: another build]

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIG_DRAFT, median, ROOT } from './measure';

const DRIVER = `
const { performance } = require('node:perf_hooks');
const [root, draft, out] = process.argv.slice(1);
const cli = require(root + '/bin/cli-loader.js').loadCli({ bundle: root + '/dist/cli.js' });
const exec = RegExp.prototype.exec;
const seen = new Map();
RegExp.prototype.exec = function (subject) {
  const key = this.source + '/' + this.flags;
  const row = seen.get(key);
  if (row) return (row.runs++, exec.call(this, subject));
  const from = this.lastIndex;
  let t = performance.now();
  const result = exec.call(this, subject);
  const first = performance.now() - t;
  const after = this.lastIndex;
  this.lastIndex = from;
  t = performance.now();
  exec.call(this, subject);
  const again = performance.now() - t;
  this.lastIndex = after;
  seen.set(key, { ms: Math.max(0, first - again), runs: 1, size: this.source.length });
  return result;
};
const quiet = { stdout() {}, stderr() {}, env: {}, cwd: root, isTTY: false, stderrIsTTY: false };
cli.exports.main(['--concurrency', '0', '--format', 'json', draft], quiet).then(() => {
  RegExp.prototype.exec = exec;
  require('node:fs').writeFileSync(out, JSON.stringify({ cache: cli.cacheStatus, rows: [...seen] }));
  process.exit(0);
});`;

const runs = Number(process.env.RUNS ?? 5);
const root = process.argv[2] ? path.resolve(process.argv[2]) : ROOT;
const byKey = new Map<string, { ms: number[]; runs: number; size: number }>();
let cache = '';
for (let i = 0; i < runs; i++) {
  const file = path.join(os.tmpdir(), `cli-patterns-${process.pid}.json`);
  const result = spawnSync(process.execPath, ['-e', DRIVER, root, process.env.DRAFT ?? BIG_DRAFT, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const out = JSON.parse(fs.readFileSync(file, 'utf8')) as { cache: string; rows: [string, { ms: number; runs: number; size: number }][] };
  fs.rmSync(file, { force: true });
  cache = out.cache;
  for (const [key, r] of out.rows) {
    const row = byKey.get(key) ?? { ms: [], runs: r.runs, size: r.size };
    row.ms.push(r.ms);
    byKey.set(key, row);
  }
}
// The median of each pattern's compile over the processes (a single one is at the mercy of the scheduler).
const rows = [...byKey].map(([key, r]) => [key, { ms: median(r.ms), runs: r.runs, size: r.size }] as const).sort((a, b) => b[1].ms - a[1].ms);
const sum = (list: readonly (readonly [string, { ms: number }])[]) => list.reduce((a, [, r]) => a + r.ms, 0).toFixed(1);
const cjk = /[\u3000-\u9fff\uff00-\uffef]|\\u(?:[3-9][0-9a-f]{3}|ff[0-9a-f]{2})|sc=Han/i;
const big = rows.filter(([, r]) => r.size > 1000);
const han = rows.filter(([k]) => k.includes('\\p{sc=Han}'));
const english = rows.filter(([k]) => !cjk.test(k) && /[a-z]{4,}/.test(k));
console.log(`code cache ${cache}; ${rows.length} patterns run, their compiles ${sum(rows)} ms (medians of ${runs} processes)`);
console.log(`  of more than 1,000 characters: ${big.length}, ${sum(big)} ms`);
console.log(`  with \\p{sc=Han}: ${han.length}, ${sum(han)} ms`);
console.log(`  English only (no CJK in the source, a word of 4+ letters): ${english.length}, ${sum(english)} ms`);
console.log('compile ms   runs  chars  pattern');
for (const [key, r] of rows.slice(0, Number(process.env.TOP ?? 25))) console.log(r.ms.toFixed(2).padStart(10) + String(r.runs).padStart(7) + String(r.size).padStart(7) + '  ' + key.slice(0, 100));
