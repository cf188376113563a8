// The requests the server answers besides diagnostics: code actions and commands, the outline, folding,
// completion, hover, Go to Definition and Find All References on cross-references, draft statistics. Each reads the
// document's current state through the server.

import type { Location, LocationLink, Position, Range, TextEdit } from 'vscode-languageserver';
import { codeActions, deferredFixOf, fixesOfDeferred, fixesRead, resolvedEdits, wantsFixAll } from './code-actions';
import { compatibleEdits, fixAll, renumberPlan, type Suppression } from './engine';
import { referencesToRenumbered, type RenumberedReference } from './renumbered-references';
import { COMMANDS, FINDINGS_REQUEST, STATISTICS_REQUEST } from './protocol';
import { languageOf, type ReportLintServer } from './server-core';
import { serverText } from './strings';

export function registerFeatures(server: ReportLintServer): void {
  const { connection } = server;

  connection.onCodeAction(async (params) => {
    const checked = await server.checked(params.textDocument.uri);
    if (!checked) return [];
    // Fixes belong to a version: lint the current text now rather than offer fixes computed for an older one.
    const fresh = await server.freshOutcome(checked.document.uri);
    // A client that resolves code actions asks for a quick fix's document-wide edits only when the writer picks it.
    const read = server.resolvesCodeActions && !wantsFixAll(params) ? () => false : fixesRead(params);
    const outcome = fresh && (await server.withFixEdits(checked.document.uri, fresh, read));
    return codeActions({
      params,
      document: checked.document,
      outcome,
      locale: outcome?.locale ?? checked.locale,
      markdown: languageOf(checked.document) === 'markdown',
      canStoreSuppressions: server.suppressions.canStore(checked.document.uri),
      docsBase: server.docsBase,
      showRuleDocCommand: server.options.showRuleDocCommand,
      firstBodyLine: await server.ask(checked, { kind: 'firstBodyLine' }),
    });
  });

  connection.onCodeActionResolve(async (action) => {
    const data = deferredFixOf(action);
    if (!data) return action;
    const fresh = await server.freshOutcome(data.uri);
    if (fresh?.version !== data.version) return action;
    const edits = resolvedEdits(await server.withFixEdits(data.uri, fresh, fixesOfDeferred(data)), data);
    // Nothing to apply when the writer typed on (the worker no longer holds that version's fix).
    if (edits.length) action.edit = { changes: { [data.uri]: edits } };
    return action;
  });

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    switch (params.command) {
      case COMMANDS.applyAllFixes:
        return applyAllFixes(server, String(args[0]));
      case COMMANDS.ignore:
        return ignore(server, args[0] as { uri: string } & Suppression);
      case COMMANDS.showRuleDoc:
        await connection.window.showDocument({ uri: String(args[0]) });
        return;
      case COMMANDS.renumber:
        return renumber(server, String(args[0]), args[1] as Range | undefined);
    }
  });

  connection.onDocumentSymbol(async (params) => {
    const checked = await server.checked(params.textDocument.uri);
    if (!checked) return [];
    // Where the editor outlines Markdown itself, a second tree of the same headings would only repeat it.
    return server.ask(checked, { kind: 'symbols', withoutMarkdownHeadings: server.options.markdownOutline === 'when-no-headings' });
  });

  connection.onFoldingRanges(async (params) => {
    const checked = await server.checked(params.textDocument.uri);
    return checked ? server.ask(checked, { kind: 'folding' }) : [];
  });

  connection.onCompletion(async (params) => {
    const checked = await server.checked(params.textDocument.uri);
    if (!checked) return [];
    const linePrefix = checked.document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    // The character after the cursor: the closing bracket the editor put there as （ was typed.
    const next = checked.document.getText({ start: params.position, end: { line: params.position.line, character: params.position.character + 1 } });
    return server.ask(checked, { kind: 'completion', position: params.position, linePrefix, next, locale: checked.locale });
  });

  connection.onHover(async (params) => {
    const checked = await server.checked(params.textDocument.uri);
    return checked ? server.ask(checked, { kind: 'hover', position: params.position, locale: checked.locale }) : null;
  });

  // 见第三部分, 详见附件2, see section 4.2: F12 goes to the heading it names; on a heading, the references naming it.
  // A client that takes links underlines the reference itself (第三部分), not the run of Chinese text under the mouse.
  // A long draft's are answered by the lint worker from its model, as the outline and hover are.
  connection.onDefinition(async (params): Promise<Location[] | LocationLink[]> => {
    const checked = await server.checked(params.textDocument.uri);
    const reference = checked && (await server.ask(checked, { kind: 'definition', position: params.position }));
    if (!checked || !reference) return [];
    const uri = checked.document.uri;
    if (server.definitionLinks) return reference.targets.map((range) => ({ originSelectionRange: reference.range, targetUri: uri, targetRange: range, targetSelectionRange: range }));
    return reference.targets.map((range) => ({ uri, range }));
  });

  connection.onReferences(async (params): Promise<Location[]> => {
    const checked = await server.checked(params.textDocument.uri);
    if (!checked) return [];
    const ranges = await server.ask(checked, { kind: 'references', position: params.position, includeDeclaration: params.context.includeDeclaration });
    return ranges.map((range) => ({ uri: checked.document.uri, range }));
  });

  connection.onRequest(STATISTICS_REQUEST, async (params: { uri: string }) => {
    const checked = await server.checked(params.uri);
    return checked ? server.ask(checked, { kind: 'statistics', locale: checked.locale }) : null;
  });

  connection.onRequest(FINDINGS_REQUEST, async (params: { uri: string }) => {
    if (!(await server.checked(params.uri))) return null;
    const outcome = await server.freshOutcome(params.uri);
    return outcome ? { locale: outcome.locale, findings: outcome.findings } : null;
  });
}

/**
 * Fix all: every fix of the current version; where fixes touched the same text and a round leaves more to fix, a whole
 * fix-all pass (rounds until nothing fixable is left, as the CLI's --fix does), sent as one edit of what it changed.
 * Answers how many problems the edit fixed (0: nothing left to fix), for the editor to say so — it gave no word at
 * all, and a second run looked the same as the first.
 */
async function applyAllFixes(server: ReportLintServer, uri: string): Promise<{ fixed: number; locale?: string }> {
  const fresh = await server.freshOutcome(uri);
  const outcome = fresh && (await server.withFixEdits(uri, fresh));
  const fixes = outcome ? [...outcome.fixes.values()] : [];
  if (!outcome || fixes.length === 0) return { fixed: 0, ...(outcome ? { locale: outcome.locale } : {}) };
  const { locale } = outcome;
  const label = serverText(locale).fixAll;
  const once = compatibleEdits(fixes);
  const checked = await server.checked(uri);
  const document = checked?.document;
  let fixed = fixes.length;
  if (checked && document && document.version === outcome.version) {
    const text = document.getText();
    const pass = fixAll(text, await server.lintOptionsFor(checked.state, document), outcome.findings);
    if (pass.rounds > 1 && document.version === outcome.version) {
      const edit = changedStretch(text, pass.text, (offset) => document.positionAt(offset));
      const done = await server.connection.workspace.applyEdit({ label, edit: { documentChanges: [{ textDocument: { uri, version: outcome.version }, edits: [edit] }] } });
      return { fixed: done.applied ? pass.applied : 0, locale };
    }
    fixed = pass.applied || fixed;
  }
  const done = await server.connection.workspace.applyEdit({ label, edit: { changes: { [uri]: once } } });
  return { fixed: done.applied ? fixed : 0, locale };
}

/** One edit turning `before` into `after`: the stretch between their common start and common end. */
function changedStretch(before: string, after: string, positionAt: (offset: number) => Position): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: { start: positionAt(start), end: positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}

async function ignore(server: ReportLintServer, args: { uri: string } & Suppression): Promise<void> {
  const suppression: Suppression = args.text === undefined ? { rule: args.rule } : { rule: args.rule, text: args.text, ...(args.context ? { context: args.context } : {}) };
  const state = server.store.get(args.uri);
  try {
    await server.suppressions.add(args.uri, suppression);
  } catch (error) {
    const locale = state.latest()?.locale ?? server.clientLocale;
    void server.connection.window.showErrorMessage(serverText(locale).ignoreFailed('.reportlintrc.json', error instanceof Error ? error.message : String(error)));
    return;
  }
  server.configFilesChanged();
}

/**
 * Renumbers the whole document, or the lines of `range`, as one edit that also rewrites the references naming a
 * section it gave another number (见第五部分 → 见第三部分 when 五、 became 三、); says which references it rewrote, and
 * which ones name two renumbered sections and are left for the writer to check.
 */
async function renumber(server: ReportLintServer, uri: string, range: Range | undefined): Promise<{ edits: number; references: RenumberedReference[] }> {
  const checked = await server.checked(uri);
  if (!checked) return { edits: 0, references: [] };
  const span = range && { from: range.start.line, to: range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line };
  const { edits, renumbered } = renumberPlan(checked.doc, span);
  const { references, edits: referenceEdits } = referencesToRenumbered(checked.doc, renumbered, edits);
  if (edits.length) {
    const label = serverText(checked.locale).renumberLabel;
    const all = [...edits, ...referenceEdits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    await server.connection.workspace.applyEdit({ label, edit: { documentChanges: [{ textDocument: { uri, version: checked.document.version }, edits: all }] } });
  }
  return { edits: edits.length, references };
}
