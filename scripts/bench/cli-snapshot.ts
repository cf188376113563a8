// Issue 10's first CLI idea, measured (perf50): a Node 20 user-land startup snapshot of the bundled CLI (the engine's
// module graph, word lists and patterns built, `node --build-snapshot`) against the shipped bin (code cache). A
// snapshot is read only by a Node started with `--snapshot-blob`: `node bin/report-lint.js` (npm's bin link, the
// bench) would need a launcher that starts a second Node with it. Whole processes, interleaved, wall clock and CPU
// (user + system, children included, from /usr/bin/time: 10 ms steps, so medians of many runs):
//   bin        node bin/report-lint.js --format json DRAFT            (what ships)
//   snapshot   node <the loader's V8 flags> --snapshot-blob B -- …   (the best case: a Node started with the blob)
//   launcher   node launch.js …  → spawnSync(node --snapshot-blob B …, stdio inherit)
//   bare       node -e 0
// The blob is built in a temporary folder from dist/cli.js (a snapshot entry may require built-in modules only, and
// `module` at its top level is refused at run time: the bundle's createRequire is made lazy for it). No warm-up lint
// goes into the blob: any lint run before the snapshot is taken ends the builder in a V8 fatal error (Node 20.20).
//   npm run build && npx tsx scripts/bench/cli-snapshot.ts [RUNS=12] [DRAFT=…]

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIG_DRAFT, median, ROOT } from './measure';

/** The V8 flags bin/cli-loader.js sets: a snapshot must be built and run under the same ones. */
const LOADER_FLAGS = ['--semi-space-growth-factor=16', '--interrupt-budget=1000000', '--regexp-tier-up-ticks=0'];

const runs = Number(process.env.RUNS ?? 12);
const draft = process.env.DRAFT ?? BIG_DRAFT;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-snapshot-'));
const dist = path.join(ROOT, 'dist');
const bundle = fs.readFileSync(path.join(dist, 'cli.js'), 'utf8');
const entry = path.join(dir, 'entry.js');
const blob = path.join(dir, 'cli.blob');
fs.writeFileSync(
  entry,
  [
    `var module = { exports: {} }; var exports = module.exports; var __filename = ${JSON.stringify(path.join(dist, 'cli.js'))}, __dirname = ${JSON.stringify(dist)};`,
    "var __lazyModule = { createRequire: (u) => (x) => require('module').createRequire(u)(x) };",
    bundle.replace(/require\("module"\)/g, '__lazyModule'),
    ';(function () {',
    '  const cli = module.exports;',
    "  require('v8').startupSnapshot.setDeserializeMainFunction(() => {",
    '    cli.main(process.argv.slice(1)).then((code) => { process.exitCode = code; if (!cli.outputPending()) process.exit(code); });',
    '  });',
    '})();',
  ].join('\n'),
);
const built = spawnSync(process.execPath, [...LOADER_FLAGS, '--snapshot-blob', blob, '--build-snapshot', entry], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(`--build-snapshot failed: ${built.stderr}`);
const blobMb = fs.statSync(blob).size / 2 ** 20;
const launcher = path.join(dir, 'launch.js');
fs.writeFileSync(
  launcher,
  `const r = require('node:child_process').spawnSync(process.execPath, ${JSON.stringify([...LOADER_FLAGS, '--snapshot-blob', blob, '--'])}.concat(process.argv.slice(2)), { stdio: 'inherit' });\nprocess.exit(r.status ?? 1);\n`,
);

const args = ['--format', 'json', draft];
const variants: [string, string[]][] = [
  ['bin', [path.join(ROOT, 'bin', 'report-lint.js'), ...args]],
  ['snapshot', [...LOADER_FLAGS, '--snapshot-blob', blob, '--', ...args]],
  ['launcher', [launcher, ...args]],
  ['bare', ['-e', '0']],
];
const outputs = new Set(variants.slice(0, 3).map(([, a]) => spawnSync(process.execPath, a, { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout));
if (outputs.size !== 1) throw new Error('the snapshot gives another output than the bin');
const samples = new Map(variants.map(([name]) => [name, { wall: [] as number[], cpu: [] as number[] }]));
const loads: number[] = [];
for (let i = 0; i <= runs; i++) {
  for (const [name, a] of i % 2 ? [...variants].reverse() : variants) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const [wall, user, system] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    if (i > 0) {
      samples.get(name)!.wall.push(wall * 1000);
      samples.get(name)!.cpu.push((user + system) * 1000);
    }
  }
  loads.push(os.loadavg()[0]);
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(`medians of ${runs} runs, ${path.basename(draft)}, blob ${blobMb.toFixed(1)} MB, load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ms`);
for (const [name, { wall, cpu }] of samples) console.log(`${name.padEnd(10)} wall ${median(wall).toFixed(0).padStart(5)}  cpu ${median(cpu).toFixed(0).padStart(5)}`);
