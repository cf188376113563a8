// The CLI's whole process on the 120k draft, split into its phases and threads (perf43cli): fresh processes of the
// built CLI (bin/cli-loader.js, dist/cli.js and its code cache), each reporting Node's start until its first line,
// loadCli (the code cache read, the bundle's top level run) and main (the lint and the output), as CPU time and
// clock, and at exit the CPU of the whole process and of its main thread alone (/proc/self/schedstat: Linux only;
// the difference is V8's compiler and collector threads). Builds given as folders with bin/ and dist/ (default: this
// checkout) are run interleaved, so that a loaded machine weighs on each alike.
//   npx tsx scripts/bench/cli-phases.ts [RUNS=10] [DRAFT=…] [folder …]

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BIG_DRAFT, median, ROOT } from './measure';

const DRIVER = `
const { performance } = require('node:perf_hooks');
const [root, draft] = process.argv.slice(1);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const mainThread = () => { try { return Number(require('node:fs').readFileSync('/proc/self/schedstat', 'utf8').split(' ')[0]) / 1e6; } catch { return NaN; } };
const start = performance.now(), c0 = cpu();
const cli = require(root + '/bin/cli-loader.js').loadCli({ bundle: root + '/dist/cli.js' });
const loaded = performance.now(), c1 = cpu();
const quiet = { stdout() {}, stderr() {}, env: {}, cwd: root, isTTY: false, stderrIsTTY: false };
cli.exports.main(['--format', 'json', draft], quiet).then(() => {
  const done = performance.now(), c2 = cpu();
  console.log(JSON.stringify({ cache: cli.cacheStatus, nodeStart: start, loadCliCpu: c1 - c0, loadCliMs: loaded - start, mainCpu: c2 - c1, mainMs: done - loaded, processCpu: c2, mainThreadCpu: mainThread() }));
  process.exit(0);
});`;

const runs = Number(process.env.RUNS ?? 10);
const draft = process.env.DRAFT ?? BIG_DRAFT;
const roots = process.argv.length > 2 ? process.argv.slice(2).map((r) => path.resolve(r)) : [ROOT];
const samples = new Map<string, Record<string, number>[]>(roots.map((r) => [r, []]));
for (let i = 0; i <= runs; i++) {
  for (const root of i % 2 ? [...roots].reverse() : roots) {
    const result = spawnSync(process.execPath, ['-e', DRIVER, root, draft], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${root}: ${result.stderr}`);
    const row = JSON.parse(result.stdout.trim().split('\n').pop()!);
    if (row.cache !== 'used') console.warn(`${root}: code cache ${row.cache}`);
    if (i > 0) samples.get(root)!.push(row); // the first round warms the file cache
  }
}
const keys = ['nodeStart', 'loadCliCpu', 'loadCliMs', 'mainCpu', 'mainMs', 'processCpu', 'mainThreadCpu'];
console.log(`medians of ${runs} runs, ${path.basename(draft)}; ms`);
console.log(['build', ...keys].map((k) => k.padStart(14)).join(''));
for (const [root, rows] of samples) console.log([path.basename(root).slice(-14), ...keys.map((k) => median(rows.map((r) => r[k])).toFixed(1))].map((v) => v.padStart(14)).join(''));
