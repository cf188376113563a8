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
// Through the code cache (bin/cli-loader.js): the same bundle, compiled less.
const cli = require('./cli-loader').loadCli({ bundle }).exports;
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Everything is written (standard output that is a pipe or a file is written with blocking writes, a terminal's
  // stream is synchronous on Linux and macOS): exit now rather than tear down a heap of tens of MB first. Where a
  // write is still pending (pipes on Windows are asynchronous), the process ends by itself once it is done.
  if (!cli.outputPending()) process.exit(code);
});
