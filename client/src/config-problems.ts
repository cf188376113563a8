// A configuration file's problem (.reportlintrc.json is not valid JSON…) in the status bar, for as long as it is
// true: the server says it (reportLint/configProblem) when it reads the file and takes it back when it reads it again
// fixed or finds it deleted. It was a window message, which VS Code kept on screen after the file was fixed.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CONFIG_PROBLEM_NOTIFICATION } from './protocol';

export class ConfigProblems implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reportLint.configProblem', vscode.StatusBarAlignment.Right, 99);
  /** The message of each configuration file with a problem, by URI. */
  private readonly problems = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Report Lint';
  }

  /** Listens to a (re)started client (whose server reads the files afresh). */
  attach(client: LanguageClient): void {
    this.problems.clear();
    this.subscriptions.push(
      client.onNotification(CONFIG_PROBLEM_NOTIFICATION, (p: { uri: string; message: string | null }) => {
        if (p.message) this.problems.set(p.uri, p.message);
        else this.problems.delete(p.uri);
        this.render();
      }),
    );
    this.render();
  }

  private render(): void {
    const entries = [...this.problems];
    if (entries.length === 0) return this.item.hide();
    const [uri] = entries[entries.length - 1];
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    this.item.text = `$(warning) ${decodeURIComponent(name)}${entries.length > 1 ? ` +${entries.length - 1}` : ''}`;
    this.item.tooltip = entries.map(([, message]) => message).join('\n\n');
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.item.command = { title: name, command: 'vscode.open', arguments: [vscode.Uri.parse(uri)] };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
