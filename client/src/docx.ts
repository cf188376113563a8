// Word documents in VS Code. "Report Lint: Check Word document" opens the text of a .docx read-only, as a
// virtual document (scheme report-lint-docx) that the language server checks like any draft: diagnostics,
// outline, hovers. "Write Word copy with comments" writes 名.checked.docx beside the original, with a Word
// comment at each finding: the findings the server gives that text (its settings, the folder's configuration file,
// messages in the draft's language), so the copy says what the Problems panel says. Registered from activate.ts
// with one call; nothing else there knows about Word.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { annotateDocx, DocxError, readDocx } from '../../server/src/docx';
import { detectLocale, resolveLocale, type Finding, type Locale } from '../../server/src/engine';
import { FINDINGS_REQUEST, WORD_TEXT_SCHEME, type DocumentFindings } from './protocol';
import { draftText } from './texts';
import { wordDiagnostics } from './word-diagnostics';

export const DOCX_SCHEME = WORD_TEXT_SCHEME;
/** For the language client's documentSelector: the server checks the text of Word documents too. */
export const docxDocumentSelector = [{ scheme: DOCX_SCHEME, language: 'report' }];

const ANNOTATE = 'reportLint.annotateWordDocument';

/** report-lint-docx:/dir/报告.docx.report?<the .docx's URI>: the .report ending makes it a `report` document. */
export function textUriOf(docx: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCX_SCHEME, path: `${docx.path}.report`, query: docx.toString() });
}

export function docxUriOf(uri: vscode.Uri): vscode.Uri {
  return uri.scheme === DOCX_SCHEME ? vscode.Uri.parse(uri.query) : uri;
}

export function checkedCopyOf(docx: vscode.Uri): vscode.Uri {
  return docx.with({ path: docx.path.replace(/(\.docx)$/i, '.checked$1') });
}

class WordTextProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watchers = new Map<string, vscode.Disposable>();

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const docx = docxUriOf(uri);
    this.watch(uri, docx);
    try {
      return readDocx(await vscode.workspace.fs.readFile(docx)).text;
    } catch (error) {
      if (error instanceof DocxError) {
        void vscode.window.showErrorMessage(problemMessage(docx, error));
        return '';
      }
      throw error;
    }
  }

  /** Saving the .docx in Word refreshes its text (and so its diagnostics). */
  private watch(uri: vscode.Uri, docx: vscode.Uri): void {
    if (this.watchers.has(uri.toString()) || docx.scheme !== 'file') return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(docx, '..'), basename(docx)));
    const fire = () => this.changed.fire(uri);
    this.watchers.set(uri.toString(), vscode.Disposable.from(watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire)));
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.changed.dispose();
  }
}

class AnnotateLens implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const copy = basename(checkedCopyOf(docxUriOf(document.uri)));
    const title = `$(comment) ${draftText(localeOf(document)).writeWordCopy(copy)}`;
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title, command: ANNOTATE, arguments: [document.uri] })];
  }
}

/** The language server, whose findings the commented copy is written from (it changes when the server restarts). */
type ClientOf = () => BaseLanguageClient | undefined;

export function registerWordDocuments(context: vscode.ExtensionContext, client: ClientOf): void {
  const provider = new WordTextProvider();
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, provider),
    vscode.languages.registerCodeLensProvider({ scheme: DOCX_SCHEME }, new AnnotateLens()),
    vscode.commands.registerCommand('reportLint.checkWordDocument', checkWordDocument),
    vscode.commands.registerCommand('reportLint.annotateWordDocument', (target?: vscode.Uri) => annotateWordDocument(client(), target)),
    offerOnOpen(),
    findingsFollowTabs(client),
  );
}

/**
 * A Word document's text stays open in VS Code after its tab is closed: its findings leave the Problems panel with
 * the tab (as an ordinary file's do), and come back when it is shown again (word-diagnostics.ts).
 */
function findingsFollowTabs(client: ClientOf): vscode.Disposable {
  const tabbed = (tab: vscode.Tab) => {
    const uri = (tab.input as { uri?: vscode.Uri } | undefined)?.uri;
    return uri?.scheme === DOCX_SCHEME ? uri : undefined;
  };
  const hasTab = (uri: string) => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => tabbed(t)?.toString() === uri));
  wordDiagnostics.shown = hasTab;
  return vscode.Disposable.from(
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      const collection = client()?.diagnostics;
      if (!collection) return;
      for (const tab of e.closed) {
        const uri = tabbed(tab);
        if (!uri || hasTab(uri.toString())) continue;
        wordDiagnostics.hide(uri.toString(), [...(collection.get(uri) ?? [])]);
        collection.delete(uri);
      }
      for (const tab of e.opened) {
        const uri = tabbed(tab);
        const kept = uri && wordDiagnostics.showAgain(uri.toString());
        if (uri && kept) collection.set(uri, kept as vscode.Diagnostic[]);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === DOCX_SCHEME) wordDiagnostics.forget(d.uri.toString());
    }),
  );
}

/**
 * Opens the text of a .docx: the one given (the Explorer's menu, the offer's button; a string when a command link gives it), the one in the active
 * tab, or one picked.
 */
async function checkWordDocument(target?: vscode.Uri | string): Promise<vscode.TextEditor | undefined> {
  const given = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const docx = given ? docxUriOf(given) : (activeWordDocument() ?? (await pickWordDocument()));
  if (!docx) return undefined;
  // A file that is no Word document is said so, without an empty editor behind the message ("0 words · no problems").
  const unreadable = await readProblem(docx);
  if (unreadable) {
    void vscode.window.showErrorMessage(unreadable);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(textUriOf(docx));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** What keeps the file from being read as a Word document, in the editor's language (the details of a damaged part in English). */
function problemMessage(docx: vscode.Uri, error: DocxError): string {
  const name = basename(docx);
  switch (error.problem) {
    case 'legacy':
      return vscode.l10n.t('Report Lint: {0} is an old Word 97–2003 (.doc) file or an encrypted document; save it as .docx', name);
    case 'notZip':
      return vscode.l10n.t('Report Lint: {0} is not a .docx file (not a zip package)', name);
    case 'noDocument':
      return vscode.l10n.t('Report Lint: {0} has no Word document part (is it a .xlsx or .pptx, or not an Office file?)', name);
    default:
      // A damaged package or part: its details as the reader gives them.
      return vscode.l10n.t('Report Lint: {0} {1}', name, error.message);
  }
}

/** Why the .docx cannot be read as a Word document, or undefined when it can. */
async function readProblem(docx: vscode.Uri): Promise<string | undefined> {
  try {
    readDocx(await vscode.workspace.fs.readFile(docx));
    return undefined;
  } catch (error) {
    if (error instanceof DocxError) return problemMessage(docx, error);
    throw error;
  }
}

/**
 * Writes 名.checked.docx: the findings the server gives the document's text, each as a Word comment in the draft's
 * language. Returns its URI.
 */
async function annotateWordDocument(client: BaseLanguageClient | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const docx = target ? docxUriOf(target) : activeWordDocument();
  if (!docx) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Report Lint: open a Word document first (Report Lint: Check Word document).'));
    return undefined;
  }
  const bytes = await vscode.workspace.fs.readFile(docx);
  // Opening the text sends it to the server (it is a `report` document), which lints it as it lints any draft.
  const text = await vscode.workspace.openTextDocument(textUriOf(docx));
  const answer = await client?.sendRequest<DocumentFindings | null>(FINDINGS_REQUEST, { uri: text.uri.toString() });
  if (!answer) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Report Lint does not check this file.'));
    return undefined;
  }
  let annotated: Uint8Array;
  try {
    annotated = annotateDocx(bytes, answer.findings as Finding[], { locale: answer.locale });
  } catch (error) {
    void vscode.window.showErrorMessage(`Report Lint: ${basename(docx)} ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const copy = checkedCopyOf(docx);
  await vscode.workspace.fs.writeFile(copy, annotated);
  const texts = draftText(answer.locale);
  void vscode.window.showInformationMessage(texts.wroteWordCopy(basename(copy), answer.findings.length), texts.revealInExplorer).then((choice) => {
    if (choice === texts.revealInExplorer) void vscode.commands.executeCommand('revealInExplorer', copy);
  });
  return copy;
}

function activeWordDocument(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.scheme === DOCX_SCHEME) return docxUriOf(editor.document.uri);
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined;
  return input?.uri && isWordFile(input.uri) ? input.uri : undefined;
}

async function pickWordDocument(): Promise<vscode.Uri | undefined> {
  const files = (await vscode.workspace.findFiles('**/*.docx', '**/node_modules/**', 500)).filter(isWordFile);
  if (files.length === 0) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word': ['docx'] } });
    return picked?.[0];
  }
  // The folder a file is in, when it is not the workspace's top (the name alone said twice told nothing).
  const items = files.map((uri) => {
    const relative = vscode.workspace.asRelativePath(uri);
    return { label: basename(uri), description: relative === basename(uri) ? undefined : relative.slice(0, -basename(uri).length - 1), uri };
  });
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Word document to check') }))?.uri;
}

/**
 * The offer to check a Word document: an information message with one button, as VS Code's own offers are (the
 * recommended-extensions prompt). It was a progress notification, which VS Code can close when the document is checked
 * some other way, but which showed a running bar and a blue "Cancel" as its only button (ux43 read it as a task
 * running). A message left up after the document was checked another way does no harm: its button opens the same text.
 */
function offer(docx: vscode.Uri): void {
  // Before the document is read its language is not known: the offer is in the editor's language.
  const check = vscode.l10n.t('Check Word document');
  void vscode.window.showInformationMessage(vscode.l10n.t('Report Lint can check the text of {0}.', basename(docx)), check).then((choice) => {
    if (choice === check) void checkWordDocument(docx);
  });
}

/** Opening a .docx shows VS Code's "binary file" page: offer to check it instead, once per file. */
function offerOnOpen(): vscode.Disposable {
  const offered = new Set<string>();
  const offerFor = (tabs: readonly vscode.Tab[]) => {
    for (const tab of tabs) {
      const uri = (tab.input as { uri?: vscode.Uri } | undefined)?.uri;
      if (!uri || !isWordFile(uri) || offered.has(uri.toString())) continue;
      offered.add(uri.toString());
      offer(uri);
    }
  };
  const tabs = vscode.window.tabGroups.onDidChangeTabs((e) => offerFor(e.opened));
  // A .docx opened before the extension started (it starts once the workbench has): the one shown in each group.
  offerFor(vscode.window.tabGroups.all.flatMap((group) => (group.activeTab ? [group.activeTab] : [])));
  return tabs;
}

function isWordFile(uri: vscode.Uri): boolean {
  const name = basename(uri);
  return /\.docx$/i.test(name) && !name.startsWith('~$') && !/\.checked\.docx$/i.test(name);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The language of texts about this document: the setting, else (auto) the language its text is written in. */
function localeOf(document: vscode.TextDocument): Locale {
  const setting = vscode.workspace.getConfiguration('reportLint', docxUriOf(document.uri)).get<string>('locale');
  if (setting === 'zh-cn' || setting === 'en') return setting;
  return detectLocale(document.getText()) ?? resolveLocale(vscode.env.language, 'en');
}
