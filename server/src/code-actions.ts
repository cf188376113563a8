// Quick fixes, "fix all of this rule", "ignore here", "turn the rule off in this file", "show the rule", and
// source.fixAll.reportLint. Fixes are looked up in the lint of the document's current version only.
// Markdown drafts get comments (invisible when rendered); plain-text drafts keep their text clean: the ignore is
// written outside the draft through the suppression store.

import { CodeAction, CodeActionKind, type CodeActionParams, type Command, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleEdits, type Locale, type Suppression } from './engine';
import { diagnosticKey, isOwnDiagnostic, ruleDocUri, ruleName, ruleOf, type RecordedFix } from './diagnostics';
import type { LintOutcome } from './document-store';
import { COMMANDS, FIX_ALL_KIND } from './protocol';
import { serverText, type ServerText } from './strings';

export { FIX_ALL_KIND };

export interface CodeActionInput {
  params: CodeActionParams;
  document: TextDocument;
  /** The lint of the document's current version (undefined: nothing to fix). */
  outcome: LintOutcome | undefined;
  locale: Locale;
  markdown: boolean;
  /** Whether "ignore here" can be kept outside this draft (a saved file). */
  canStoreSuppressions: boolean;
  docsBase: string;
  /** A client command that opens a rule doc rendered; else the server's own command asks the client to show it. */
  showRuleDocCommand?: string;
  /** First line after Markdown front matter (where a file-wide comment goes). */
  firstBodyLine: number;
}

/** Whether the request offers `kind` of action. */
function wantsKind(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** source.fixAll is asked for (only when named: it is not offered in the lightbulb). */
export const wantsFixAll = (params: CodeActionParams) => params.context.only !== undefined && wantsKind(params, FIX_ALL_KIND);

/**
 * The recorded fixes the actions for `params` read: all for source.fixAll, else those of the diagnostics asked about
 * and of their rules ("fix all of this rule"). The others' edits, where lazy, are never asked for.
 */
export function fixesRead(params: CodeActionParams): (fix: RecordedFix, key: string) => boolean {
  if (wantsFixAll(params)) return () => true;
  if (!wantsKind(params, CodeActionKind.QuickFix)) return () => false;
  const own = params.context.diagnostics.filter(isOwnDiagnostic);
  const keys = new Set(own.map(diagnosticKey));
  const ruleIds = new Set(own.map(ruleOf));
  return (fix, key) => keys.has(key) || ruleIds.has(fix.ruleId);
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const only = input.params.context.only;
  const wants = (kind: string) => wantsKind(input.params, kind);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(input));
  if (only && wants(FIX_ALL_KIND)) {
    const fixes = input.outcome ? [...input.outcome.fixes.values()] : [];
    if (fixes.length) actions.push(CodeAction.create(serverText(input.locale).fixAll, { changes: { [input.document.uri]: mergeEdits(fixes) } }, FIX_ALL_KIND));
  }
  return actions;
}

function quickFixes(input: CodeActionInput): CodeAction[] {
  const text = serverText(input.locale);
  const uri = input.document.uri;
  const actions: CodeAction[] = [];
  const seenRules = new Set<string>();
  // Two findings on one marker share one merged fix (（二）、 → （三）): it is offered once, for both.
  const fixesByEdit = new Map<string, CodeAction>();
  for (const diagnostic of input.params.context.diagnostics) {
    if (!isOwnDiagnostic(diagnostic)) continue;
    const ruleId = ruleOf(diagnostic);
    const key = diagnosticKey(diagnostic);
    const recorded = input.outcome?.fixes.get(key);
    // A lazy fix left lazy is for the client to resolve (codeAction/resolve): its edits are asked for then.
    const editKey = recorded && (recorded.lazy ? `lazy ${key}` : JSON.stringify(recorded.fix.edits));
    const same = editKey && fixesByEdit.get(editKey);
    if (same) {
      same.diagnostics!.push(diagnostic);
    } else if (recorded && editKey) {
      const action = recorded.lazy
        ? deferred(recorded.fix.title, { uri, version: input.outcome!.version, key })
        : CodeAction.create(recorded.fix.title, { changes: { [uri]: recorded.fix.edits } }, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      fixesByEdit.set(editKey, action);
      actions.push(action);
    }
    if (seenRules.has(ruleId)) continue;
    seenRules.add(ruleId);
    const name = ruleName(ruleId, input.locale);
    const sameRule = [...(input.outcome?.fixes.values() ?? [])].filter((f) => f.ruleId === ruleId);
    if (sameRule.length > 1) {
      const title = text.fixAllRule(name);
      actions.push(
        sameRule.some((f) => f.lazy)
          ? deferred(title, { uri, version: input.outcome!.version, ruleId })
          : CodeAction.create(title, { changes: { [uri]: mergeEdits(sameRule) } }, CodeActionKind.QuickFix),
      );
    }
    actions.push(...ignoreActions(input, diagnostic, ruleId, name, text));
    actions.push(CodeAction.create(text.showRuleDoc(name), showRuleDoc(input, ruleId), CodeActionKind.QuickFix));
  }
  return actions;
}

/** What a quick fix left for codeAction/resolve names: the version, and one fix (by key) or a rule's fixes. */
export interface DeferredFix {
  uri: string;
  version: number;
  key?: string;
  ruleId?: string;
}

function deferred(title: string, data: DeferredFix): CodeAction {
  const action = CodeAction.create(title, CodeActionKind.QuickFix);
  action.data = { deferredFix: data };
  return action;
}

export function deferredFixOf(action: CodeAction): DeferredFix | undefined {
  return (action.data as { deferredFix?: DeferredFix } | undefined)?.deferredFix;
}

/** The fixes a deferred quick fix applies. */
export const fixesOfDeferred = (data: DeferredFix) => (fix: RecordedFix, key: string) => (data.key !== undefined ? key === data.key : fix.ruleId === data.ruleId);

/** The edits of a deferred quick fix, from an outcome whose fixes it applies have their edits (none: gone). */
export function resolvedEdits(outcome: LintOutcome, data: DeferredFix): TextEdit[] {
  const fixes = [...outcome.fixes].filter(([key, f]) => fixesOfDeferred(data)(f, key) && !f.lazy).map(([, f]) => f);
  return mergeEdits(fixes);
}

/** Ignore here, and turn the rule off in this file: comments in Markdown, the suppression store elsewhere. */
function ignoreActions(input: CodeActionInput, diagnostic: Diagnostic, ruleId: string, name: string, text: ServerText): CodeAction[] {
  const { document } = input;
  if (input.markdown) {
    const here = CodeAction.create(text.ignoreLine(name), { changes: { [document.uri]: [disableLineEdit(document, diagnostic.range.start.line, ruleId)] } }, CodeActionKind.QuickFix);
    here.diagnostics = [diagnostic];
    const fileWide: TextEdit = { range: lineStart(input.firstBodyLine), newText: `<!-- report-lint-disable ${ruleId} -->\n` };
    return [here, CodeAction.create(text.ignoreInFile(name), { changes: { [document.uri]: [fileWide] } }, CodeActionKind.QuickFix)];
  }
  if (!input.canStoreSuppressions) return [];
  const ignore = (suppression: Suppression): Command => ({ title: text.ignoreHere(name), command: COMMANDS.ignore, arguments: [{ uri: document.uri, ...suppression }] });
  const context = uniqueContext(document, diagnostic.range);
  const here = CodeAction.create(text.ignoreHere(name), ignore({ rule: ruleId, text: document.getText(diagnostic.range), ...(context ? { context } : {}) }), CodeActionKind.QuickFix);
  here.diagnostics = [diagnostic];
  return [here, CodeAction.create(text.ignoreInFile(name), ignore({ rule: ruleId }), CodeActionKind.QuickFix)];
}

/**
 * "Ignore here" names the flagged text; where that text is also elsewhere in the draft (xx in a draft full of xx),
 * it also names a stretch of its line that is not, so that only this place is ignored. Undefined when the text alone
 * is enough (or the finding spans lines).
 */
export function uniqueContext(document: TextDocument, range: Range): string | undefined {
  const flagged = document.getText(range);
  const text = document.getText();
  if (!flagged || range.start.line !== range.end.line || text.indexOf(flagged) === text.lastIndexOf(flagged)) return undefined;
  const line = document.getText({ start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  for (let pad = 4; ; pad *= 2) {
    let from = Math.max(0, range.start.character - pad);
    let to = Math.min(line.length, range.end.character + pad);
    if (from > 0 && isLowSurrogate(line.charCodeAt(from))) from--;
    if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to++;
    const context = line.slice(from, to);
    if (text.indexOf(context) === text.lastIndexOf(context) || (from === 0 && to === line.length)) return context;
  }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function showRuleDoc(input: CodeActionInput, ruleId: string): Command {
  const href = ruleDocUri(input.docsBase, ruleId, input.locale);
  const command = input.showRuleDocCommand ?? COMMANDS.showRuleDoc;
  return { title: ruleId, command, arguments: [href] };
}

/** All edits of several fixes; a fix that overlaps one already taken is left for the next round. */
export function mergeEdits(fixes: RecordedFix[]): TextEdit[] {
  return compatibleEdits(fixes);
}

const lineStart = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });

/** Appends `<!-- report-lint-disable-line rule -->` to the line, or adds the rule to the comment already there. */
function disableLineEdit(document: TextDocument, line: number, ruleId: string): TextEdit {
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const existing = disableLineComment(lineText);
  return existing
    ? {
        range: { start: { line, character: existing.index }, end: { line, character: lineText.length } },
        newText: `<!-- report-lint-disable-line ${existing[1]} ${ruleId} -->`,
      }
    : { range: { start: { line, character: lineText.length }, end: { line, character: lineText.length } }, newText: ` <!-- report-lint-disable-line ${ruleId} -->` };
}

/**
 * The `<!-- report-lint-disable-line … -->` that ends the line, read by hand from the last `<!--`: the pattern it
 * replaces backtracked over runs of spaces (cubic on a long line of them).
 */
export function disableLineComment(lineText: string): { index: number; 1: string } | undefined {
  const index = lineText.lastIndexOf('<!--');
  if (index < 0) return undefined;
  const body = lineText.slice(index + 4);
  const keyword = /^\s*report-lint-disable-line(?=\s)/.exec(body);
  const close = body.lastIndexOf('-->');
  if (!keyword || close < keyword[0].length || body.slice(close + 3).trim() !== '') return undefined;
  const names = body.slice(keyword[0].length, close).trim();
  if (names === '' || names.includes('>')) return undefined;
  return { index, 1: names };
}
