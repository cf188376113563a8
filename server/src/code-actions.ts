// Quick fixes, "fix all of this rule", "ignore on this line", and source.fixAll.reportLint.

import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE, type FixStore, type RecordedFix } from './diagnostics';
import { compatibleEdits, type Locale } from './engine';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reportLint`;

const TEXT = {
  en: {
    fixAllRule: (id: string) => `Fix all ${id} problems in this file`,
    ignoreLine: (id: string) => `Ignore ${id} on this line`,
    fixAll: 'Fix all auto-fixable Report Lint problems',
  },
  'zh-cn': {
    fixAllRule: (id: string) => `修复本文件中所有 ${id} 问题`,
    ignoreLine: (id: string) => `本行忽略 ${id}`,
    fixAll: '修复所有可自动修复的 Report Lint 问题',
  },
};

export function codeActions(params: CodeActionParams, document: TextDocument, fixes: FixStore, locale: Locale): CodeAction[] {
  const text = TEXT[locale];
  const uri = document.uri;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const ruleId = String(diagnostic.code);
      const recorded = fixes.get(uri, diagnostic);
      if (recorded) {
        const action = CodeAction.create(recorded.fix.title, { changes: { [uri]: recorded.fix.edits } }, CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      if (!seenRules.has(ruleId)) {
        seenRules.add(ruleId);
        const sameRule = (fixes.all(uri)?.fixes ?? []).filter((f) => f.ruleId === ruleId);
        if (sameRule.length > 1) {
          actions.push(CodeAction.create(text.fixAllRule(ruleId), { changes: { [uri]: mergeEdits(sameRule) } }, CodeActionKind.QuickFix));
        }
        actions.push(ignoreOnLine(document, diagnostic, ruleId, text.ignoreLine(ruleId)));
      }
    }
  }
  if (only && wants(FIX_ALL_KIND)) {
    const all = fixes.all(uri);
    if (all && all.version === document.version && all.fixes.length) {
      actions.push(CodeAction.create(text.fixAll, { changes: { [uri]: mergeEdits(all.fixes) } }, FIX_ALL_KIND));
    }
  }
  return actions;
}

/** All edits of several fixes; a fix that overlaps one already taken is left for the next round. */
export function mergeEdits(fixes: RecordedFix[]): TextEdit[] {
  return compatibleEdits(fixes);
}

/** Appends `<!-- report-lint-disable-line rule -->` to the line (an HTML comment: invisible in Markdown). */
function ignoreOnLine(document: TextDocument, diagnostic: Diagnostic, ruleId: string, title: string): CodeAction {
  const line = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const existing = /<!--\s*report-lint-disable-line\s+([^>]*?)\s*-->\s*$/.exec(lineText);
  const edit: TextEdit = existing
    ? {
        range: { start: { line, character: existing.index }, end: { line, character: lineText.length } },
        newText: `<!-- report-lint-disable-line ${existing[1]} ${ruleId} -->`,
      }
    : { range: { start: { line, character: lineText.length }, end: { line, character: lineText.length } }, newText: ` <!-- report-lint-disable-line ${ruleId} -->` };
  const action = CodeAction.create(title, { changes: { [document.uri]: [edit] } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}
