// The Node entry of the language server: a stdio/IPC connection, the rule docs shipped beside this file, the
// configuration files on disk (.reportlintrc.json…, read as the CLI reads them) and "ignore here" written into
// them. Everything else is in server-core.ts, which has no Node-only import (a browser entry starts the same core
// with its own host).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ConfigFiles } from './config-files';
import { FileSuppressions } from './node-suppressions';
import { startServer } from './server-core';

export { languageOf, startServer } from './server-core';

/** Rule docs shipped next to the server: dist/server.js → docs/rules, server/out/server.js → docs/rules. */
function defaultDocsBase(): string {
  for (const candidate of ['../docs/rules', '../../docs/rules']) {
    const dir = path.resolve(__dirname, candidate);
    if (fs.existsSync(dir)) return pathToFileURL(dir).href;
  }
  return pathToFileURL(path.resolve(__dirname, '../docs/rules')).href;
}

if (require.main === module) {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, { defaultDocsBase: defaultDocsBase(), configFiles: new ConfigFiles(connection), suppressions: new FileSuppressions() });
}
