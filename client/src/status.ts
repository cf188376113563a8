// The status-bar item (字数 · sections · problems of the active draft) and "Draft statistics": the count of every
// section, in a list that jumps to the section picked.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CHECKING_NOTIFICATION, STATISTICS_REQUEST, STATUS_NOTIFICATION, type CheckingStatus, type DocumentStatus, type DraftStatistics } from './protocol';
import { draftText } from './texts';
import { MAX_FINDINGS_PER_RULE } from './protocol';

export const SHOW_STATISTICS = 'reportLint.showStatistics';

export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reportLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statuses = new Map<string, DocumentStatus>();
  /** Long drafts whose lint of a version is under way (until a status of that version or a later one comes). */
  private readonly checking = new Map<string, CheckingStatus>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Report Lint';
    this.item.command = SHOW_STATISTICS;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      // A document that left the checked languages (its language changed) is closed for the server: its count is
      // no longer true, so the item goes rather than keep saying it.
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.statuses.delete(d.uri.toString());
        this.checking.delete(d.uri.toString());
        this.render();
      }),
    );
  }

  /** Listens to a (re)started client. */
  attach(client: LanguageClient): void {
    this.statuses.clear();
    this.checking.clear();
    this.subscriptions.push(
      client.onNotification(STATUS_NOTIFICATION, (status: DocumentStatus) => {
        this.statuses.set(status.uri, status);
        const checking = this.checking.get(status.uri);
        if (checking && (!status.checked || status.version >= checking.version)) this.checking.delete(status.uri);
        this.render();
      }),
      client.onNotification(CHECKING_NOTIFICATION, (checking: CheckingStatus) => {
        this.checking.set(checking.uri, checking);
        this.render();
      }),
    );
    this.render();
  }

  /** The status of the active draft, when it is checked. */
  activeStatus(): Extract<DocumentStatus, { checked: true }> | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.statuses.get(uri) : undefined;
    return status?.checked ? status : undefined;
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const refused = uri ? this.statuses.get(uri) : undefined;
    if (refused && !refused.checked && refused.label) {
      // Too large or not text: said once in a window message that goes away; the status bar keeps saying it.
      this.item.text = `$(circle-slash) ${refused.label}`;
      this.item.tooltip = refused.why;
      return this.item.show();
    }
    const status = this.activeStatus();
    const checking = uri ? this.checking.get(uri) : undefined;
    if (checking) {
      // The counts of an older version (of the empty editor a long text was pasted into) would say "no problems".
      const text = draftText(checking.locale);
      this.item.text = text.checking;
      const last = status && draftText(status.locale).status(status.count, status.sections, status.errors + status.warnings + status.others);
      this.item.tooltip = text.checkingTooltip(last?.replace(/^\$\([^)]*\) /, ''));
      return this.item.show();
    }
    if (!status) return this.item.hide();
    const text = draftText(status.locale);
    const shown = status.errors + status.warnings + status.others;
    this.item.text = text.status(status.count, status.sections, shown, status.total);
    // More than the per-rule limit: what is shown and how many there are (VS Code's own count says 1K).
    this.item.tooltip = status.total !== undefined && status.total > shown ? `${text.statusTooltip}\n${text.cappedTooltip(shown, status.total, MAX_FINDINGS_PER_RULE)}` : text.statusTooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Per-section counts of the active draft in a list; picking a section moves the cursor to it. */
export async function showStatistics(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a report draft first.'));
  const stats = await client.sendRequest<DraftStatistics | null>(STATISTICS_REQUEST, { uri: editor.document.uri.toString() });
  if (!stats) return void vscode.window.showInformationMessage(vscode.l10n.t('Report Lint does not check this file.'));
  const text = draftText(stats.locale);
  const items = stats.sections.map((s) => ({ label: `${'\u3000'.repeat(s.depth)}${s.title}`, description: text.sectionCount(s.count), line: s.line }));
  const picked = await vscode.window.showQuickPick(items, { title: text.statisticsTitle(stats.count), matchOnDescription: true });
  if (!picked) return;
  const position = new vscode.Position(picked.line, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}
