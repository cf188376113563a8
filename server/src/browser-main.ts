// The browser entry of the language server: it runs in a web worker that the extension's browser entry starts
// (vscode.dev, github.dev, code-server's web worker extension host), and speaks LSP over postMessage. The core is
// server-core.ts, the same as the Node entry's. There is no file system here: configuration files
// (.reportlintrc.json…) are not read, settings are VS Code's, and "ignore here" is offered where a comment in the
// draft can carry it (Markdown), not where it would have to be written into a configuration file.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server-core';

/** The worker's global scope (this project is typed for Node, without the DOM's types). */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

// The client always names the rule docs it ships (initializationOptions.docsBaseUri); there is no other place.
startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), { defaultDocsBase: '' });
