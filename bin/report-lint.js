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
require('./cli-loader')
  .loadCli({ bundle })
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
