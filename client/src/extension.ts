// The extension's Node entry (desktop VS Code, remote and code-server's Node extension host): the language server
// runs as a Node process spoken to over IPC. The browser entry is browser-extension.ts.

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/heap-sizing';
import { activateWith } from './activate';
import { CLIENT_ID, CLIENT_NAME } from './language-client';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const server: ServerOptions = {
    // The client adds `env` to the extension host's own environment.
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'], env: { ...SERVER_ENV } } },
  };
  return activateWith(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, server, options));
}
