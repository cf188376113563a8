// Starts the Report Lint language server and registers the extension's commands. Nothing else lives here.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { docxDocumentSelector, registerWordDocuments } from './docx';

const APPLY_ALL_FIXES = 'reportLint.server.applyAllFixes';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides per document (reportLint.languages); these are all it may be asked to check.
    documentSelector: [
      { scheme: 'file', language: 'report' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'report' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      ...docxDocumentSelector,
    ],
    synchronize: { configurationSection: 'reportLint' },
    // Untrusted folders: the server takes no CPU-costly setting (placeholders.extra) from their configuration files.
    initializationOptions: { docsBaseUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(), trusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('reportLint', 'Report Lint', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('reportLint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await vscode.commands.executeCommand(APPLY_ALL_FIXES, editor.document.uri.toString());
    }),
    vscode.commands.registerCommand('reportLint.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('reportLint.showOutput', () => client?.outputChannel.show()),
  );
  registerWordDocuments(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
