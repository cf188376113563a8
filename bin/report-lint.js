#!/usr/bin/env node
// Entry point declared in package.json "bin": runs the bundled CLI.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('report-lint: not built yet; run `npm install` (or `npm run build`) in ' + path.join(__dirname, '..') + '\n');
  process.exit(2);
}
// A command line that names one large draft and nothing that keeps a run on one thread: the second thread of its
// lint (server/src/cli/split.ts) is started now, so that its start and its load of the bundle overlap this thread's.
// Only a guess from the arguments: the CLI decides, and ends the worker when it does not split.
const early = secondThreadFor(process.argv.slice(2));
// Through the code cache (bin/cli-loader.js): the same bundle, compiled less.
const cli = require('./cli-loader').loadCli({ bundle }).exports;
if (early) cli.useSecondThread(early);
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Everything is written (standard output that is a pipe or a file is written with blocking writes, a terminal's
  // stream is synchronous on Linux and macOS): exit now rather than tear down a heap of tens of MB first. Where a
  // write is still pending (pipes on Windows are asynchronous), the process ends by itself once it is done.
  if (!cli.outputPending()) process.exit(code);
}, (error) => {
  // A bug of Report Lint's, not a problem in the drafts: exit 2 (as for a usage or an input error), never 1, which
  // says that problems were found; the stack goes with it for the report.
  process.stderr.write(`report-lint: internal error: ${error && error.message ? error.message : error}\n${error && error.stack ? error.stack + '\n' : ''}Please report it with the command line and, if you can, the draft.\n`);
  process.exit(2);
});

/**
 * The worker for one large draft (see above), or undefined: the CLI's own test (server/src/cli/split.ts `splitPays`)
 * guessed from the arguments without parsing them — one file, 64 KB or more, no --fix, --fix-dry-run or --annotate,
 * and --concurrency 2 or more, or auto with a second core idle.
 */
function secondThreadFor(argv) {
  const VALUED = new Set(['--format', '--locale', '--config', '--rule', '--max-warnings', '--print-config', '--stdin-filename', '--encoding', '--concurrency']);
  const ONE_THREAD = new Set(['--fix', '--fix-dry-run', '--annotate', '--print-config', '--help', '-h', '--version', '-v', '-', '--']);
  const files = [];
  let concurrency = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.split('=')[0];
    if (ONE_THREAD.has(name)) return undefined;
    if (name === '--concurrency') concurrency = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (VALUED.has(arg)) i++;
    else if (!arg.startsWith('-')) files.push(arg);
  }
  if (files.length !== 1 || (concurrency !== 'auto' && !(Number(concurrency) >= 2))) return undefined;
  try {
    const stat = fs.statSync(files[0]);
    if (!stat.isFile()) return undefined;
    if (concurrency === 'auto') {
      if (stat.size < 64 * 1024) return undefined;
      const os = require('node:os');
      const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
      if (cores < 2 || os.loadavg()[0] >= cores - 0.5) return undefined;
    }
    const worker = new (require('node:worker_threads').Worker)(path.join(__dirname, 'cli-part-worker.js'), { stdout: true, stderr: true });
    // It keeps the process alive only once the CLI uses it; one that fails is the CLI's to notice (it lints without it).
    worker.unref();
    worker.on('error', () => undefined);
    return worker;
  } catch {
    return undefined;
  }
}
