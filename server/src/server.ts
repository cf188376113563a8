// The Node entry of the language server: a stdio/IPC connection, the rule docs shipped beside this file, the
// configuration files on disk (.reportlintrc.json…, read as the CLI reads them) and "ignore here" written into
// them. Everything else is in server-core.ts, which has no Node-only import (a browser entry starts the same core
// with its own host).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { ConfigFiles } from './config-files';
import { growHeapsSlowly } from './heap-sizing';
import { FileSuppressions } from './node-suppressions';
import { startServer } from './server-core';
import { serveLintsIfWorker, WorkerLinter } from './worker-linter';
import { MESSAGE_ENCODER } from './wire';

export { languageOf, startServer } from './server-core';

/** Rule docs shipped next to the server: dist/server.js → docs/rules, server/out/server.js → docs/rules. */
function defaultDocsBase(): string {
  for (const candidate of ['../docs/rules', '../../docs/rules']) {
    const dir = path.resolve(__dirname, candidate);
    if (fs.existsSync(dir)) return pathToFileURL(dir).href;
  }
  return pathToFileURL(path.resolve(__dirname, '../docs/rules')).href;
}

/** The lint worker's bundle when it was built beside this one, else this bundle (which serves as the worker too). */
function workerScript(): string {
  const worker = path.join(__dirname, 'lint-worker.js');
  return fs.existsSync(worker) ? worker : __filename;
}

/** How long one lint may run before it is stopped and the document gets a diagnostic saying so. */
const WATCHDOG_MS = Number(process.env.REPORT_LINT_WATCHDOG_MS) || 30_000;

/**
 * The connection the command line asks for. Over stdio the messages are written with MESSAGE_ENCODER (a diagnostics set
 * from the bytes kept of its unchanged diagnostics, wire.ts); the console then goes to the client, as the library does
 * it for stdio (what is written to stdout is the protocol's).
 */
function connect(): Connection {
  if (!process.argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  // stdin as a stream (the library then ends the server when it closes, as for --stdio), the writer as a writer: the
  // library takes either, though its overloads name them apart.
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: MESSAGE_ENCODER });
  const connection = createConnection(ProposedFeatures.all, process.stdin as never, writer as never);
  console.log = console.info = (...args: unknown[]) => connection.console.log(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = console.trace = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}

if (!serveLintsIfWorker() && require.main === module) {
  growHeapsSlowly();
  const connection = connect();
  // Lints run in a worker thread: the worker's own bundle beside this one (dist/lint-worker.js), else this same bundle
  // (from the TypeScript sources, in this thread).
  const linter = __filename.endsWith('.js') ? new WorkerLinter(workerScript(), WATCHDOG_MS) : undefined;
  // REPORT_LINT_SETTINGS_WAIT_MS: how long a lint waits for the editor's settings (tests shorten it).
  const wait = Number(process.env.REPORT_LINT_SETTINGS_WAIT_MS);
  startServer(connection, {
    defaultDocsBase: defaultDocsBase(),
    configFiles: new ConfigFiles(connection),
    suppressions: new FileSuppressions(),
    linter,
    ...(wait > 0 ? { settingsWaitMs: wait } : {}),
  });
}
