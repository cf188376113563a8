// The second thread of a lint of one large draft (server/src/cli/split.ts): loads the bundled CLI through the code
// cache, as the bin does, lints the draft it is sent with the rules it is sent, answers with what they found, and
// ends (its heap is taken down while the main thread writes the output, not at the process's exit).
'use strict';
const { parentPort } = require('node:worker_threads');
const cli = require('./cli-loader').loadCli().exports;
parentPort.once('message', (request) => {
  parentPort.postMessage(cli.lintSecondPart(request));
  process.exit(0);
});
