// A rule's link (in hovers and the Problems panel) opens its page rendered, in the Markdown preview, instead of
// opening the Markdown source as a text file.

import * as vscode from 'vscode';
import { rulePicks } from './rule-picks';

export const SHOW_RULE_DOC = 'reportLint.showRuleDoc';

/** A command URI that runs reportLint.showRuleDoc on the doc's address (VS Code opens these from diagnostics). */
export function ruleDocLink(target: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOC}?${encodeURIComponent(JSON.stringify([target.toString()]))}`);
}

/** Shows the page at `href` rendered; without one (from the Command Palette), asks which rule. */
export async function showRuleDoc(context: vscode.ExtensionContext, href?: string): Promise<void> {
  const uri = href ? vscode.Uri.parse(href) : await pickRuleDoc(context);
  if (uri) await vscode.commands.executeCommand('markdown.showPreview', uri);
}

async function pickRuleDoc(context: vscode.ExtensionContext): Promise<vscode.Uri | undefined> {
  const picks = rulePicks(context.extension.packageJSON as Parameters<typeof rulePicks>[0]);
  const id = (await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Which rule?'), matchOnDetail: true }))?.label;
  if (!id) return undefined;
  const chinese = vscode.env.language.toLowerCase().startsWith('zh');
  return vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}${chinese ? '.zh-cn' : ''}.md`);
}
