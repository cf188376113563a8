// What the extension does once activated, in VS Code and in a browser alike: starts the Report Lint language
// server (the entry says how: a Node process, or a web worker) and registers the commands, the status bar and the
// notice shown in Restricted Mode. The checking itself is the server's.

import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { registerWordDocuments } from './docx';
import { configuredLanguages, ReportLintClient, type ClientStarter } from './language-client';
import { isReadOnly } from './read-only';
import { COMMANDS, type FixAllResult, type RenumberResult } from './protocol';
import { SHOW_RULE_DOC, showRuleDoc } from './rule-docs';
import { ConfigProblems } from './config-problems';
import { DraftStatusBar, SHOW_STATISTICS, showStatistics } from './status';
import { draftText } from './texts';
import { keepUntitledDraftLanguage } from './untitled-language';

let reportLint: ReportLintClient | undefined;

export async function activateWith(context: vscode.ExtensionContext, startClient: ClientStarter): Promise<void> {
  const statusBar = new DraftStatusBar();
  const configProblems = new ConfigProblems();
  reportLint = new ReportLintClient(context, startClient, (client) => {
    statusBar.attach(client);
    configProblems.attach(client);
  });
  const server = (command: string, ...args: unknown[]) =>
    reportLint?.client?.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });

  context.subscriptions.push(
    statusBar,
    configProblems,
    keepUntitledDraftLanguage(configuredLanguages),
    vscode.commands.registerCommand('reportLint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || saidReadOnly(editor.document)) return;
      const result = (await server(COMMANDS.applyAllFixes, editor.document.uri.toString())) as FixAllResult | undefined;
      if (!result) return;
      // As other linters do: say what it did, briefly (it said nothing, and a second run looked like the first).
      const text = draftText(result.locale ?? statusBar.activeStatus()?.locale ?? 'en');
      void vscode.window.setStatusBarMessage(result.fixed ? text.fixed(result.fixed) : text.nothingToFix, 5000);
    }),
    vscode.commands.registerCommand('reportLint.renumber', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || saidReadOnly(editor.document)) return;
      // Selected lines scope it; a selection within one line does not (clicking a finding in the Problems panel selects
      // its text, and renumbering then said the numbering was in order while the draft skipped a number).
      const selection = editor.selection.isSingleLine ? undefined : { start: editor.selection.start, end: editor.selection.end };
      const result = (await server(COMMANDS.renumber, editor.document.uri.toString(), selection)) as RenumberResult | undefined;
      const text = draftText(statusBar.activeStatus()?.locale ?? 'en');
      if (!result) return;
      const updated = result.references.filter((r) => r.updated).length;
      void vscode.window.setStatusBarMessage(result.edits ? text.renumbered(result.edits, updated) : text.nothingToRenumber, 4000);
      const references = result.references.filter((r) => !r.updated).map((r) => ({ text: r.text, line: r.range.start.line }));
      if (references.length) void vscode.window.showWarningMessage(text.referencesToCheck(references));
    }),
    vscode.commands.registerCommand(SHOW_STATISTICS, () => showStatistics(reportLint?.client)),
    vscode.commands.registerCommand(SHOW_RULE_DOC, (href?: string) => showRuleDoc(context, href)),
    vscode.commands.registerCommand('reportLint.newDraft', () => newDraft(context)),
    vscode.commands.registerCommand('reportLint.restartServer', () => reportLint?.restart()),
    vscode.commands.registerCommand('reportLint.showOutput', () => reportLint?.client?.outputChannel.show()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reportLint.languages')) void reportLint?.languagesChanged();
      // VS Code's JSON validation turned on or off: the server takes over the problems of configuration files, or
      // leaves them to it again (told at start: configSchemaValidated).
      else if (e.affectsConfiguration('json.validate.enable')) void reportLint?.restart();
    }),
    // Trusted now: the server may take every setting from the folder's configuration files.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void reportLint?.restart()),
  );
  registerWordDocuments(context, () => reportLint?.client);
  void noticeRestrictedSettings();
  await reportLint.start();
}

/** A command that edits the draft, run on one that cannot be changed: says so, as VS Code's own edits do, instead of failing. */
function saidReadOnly(document: vscode.TextDocument): boolean {
  if (!isReadOnly(document)) return false;
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Report Lint: this document is read-only; nothing was changed.'), 4000);
  return true;
}

export async function deactivate(): Promise<void> {
  await reportLint?.stop();
  reportLint = undefined;
}

/**
 * In Restricted Mode VS Code ignores the workspace's extra placeholder patterns (a costly setting, declared in
 * capabilities.untrustedWorkspaces); say so once, so a writer does not wonder why they have no effect. VS Code
 * hides the ignored value from the configuration API, so the folders' settings files are read.
 */
async function noticeRestrictedSettings(): Promise<void> {
  if (vscode.workspace.isTrusted) return;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const file = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    const text = await vscode.workspace.fs.readFile(file).then((b) => new TextDecoder().decode(b), () => '');
    if (text.includes('"reportLint.placeholders.extra"')) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Report Lint: this folder is in Restricted Mode, so its extra placeholder patterns (reportLint.placeholders.extra) are not used. Everything else is checked.'),
      );
      return;
    }
  }
}

/** A new, unsaved report draft started from the 工作总结 skeleton. */
async function newDraft(context: vscode.ExtensionContext): Promise<void> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'report.code-snippets');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, { body: string[] }>;
  const document = await vscode.workspace.openTextDocument({ language: 'report' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippets['工作总结'].body.join('\n')));
}
