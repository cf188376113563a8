// The extension's browser entry (vscode.dev, github.dev, code-server's web worker extension host): the language
// server runs in a web worker (dist/browser/server.js, the same core as the Node server) spoken to with
// postMessage. Everything else is activate.ts, shared with the Node entry.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import { CLIENT_ID, CLIENT_NAME } from './language-client';

export { deactivate } from './activate';

/** The browser's Worker, as far as it is used here (this project is typed for Node, where there is none). */
interface ServerWorker {
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
type Port = ConstructorParameters<typeof BrowserMessageReader>[0];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  let worker: ServerWorker | undefined;
  // A fresh worker for every start of the client (a restart, a changed set of languages); the old one is ended.
  const transports = async () => {
    worker?.terminate();
    worker = await serverWorker(context);
    const port = worker as unknown as Port;
    return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
  };
  return activateWith(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, transports, options));
}

/**
 * The server's worker. vscode.dev serves the extension's files at an https address a worker can load; an extension
 * installed on a server (code-server) has vscode-remote: addresses, which the web worker extension host refuses
 * to start a worker from ("Creating workers from remote extensions is currently not supported"): there the script
 * is read through VS Code's file system and started from a Blob URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<ServerWorker> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const name = 'Report Lint server';
  if (script.scheme !== 'vscode-remote') {
    try {
      return new Worker(script.toString(true), { name });
    } catch {
      // Fall through: read the script and start it from memory.
    }
  }
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })), { name });
}
