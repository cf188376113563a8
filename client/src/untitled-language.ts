// An unsaved draft keeps the language it was checked in. VS Code guesses the language of an untitled plain-text
// editor from what is typed, and a Chinese report a few lines long is guessed to be an INI file (its lines of
// “一、…” and “（一）…” read like sections): the draft left the checked languages, its findings and outline vanished
// without a word. When such a guess takes an untitled draft that was checked out of the checked languages and its
// text is mostly Chinese, the language it had is set back, once per document: a writer who then picks another
// language in the status bar keeps it.

import * as vscode from 'vscode';
import { mostlyChinese } from './draft-language';

export function keepUntitledDraftLanguage(checkedLanguages: () => string[]): vscode.Disposable {
  /** The language each open untitled document was last checked in. */
  const checkedIn = new Map<string, string>();
  /** Documents whose language was set back once already. */
  const restored = new Set<string>();
  const seen = (document: vscode.TextDocument) => {
    if (document.uri.scheme !== 'untitled') return;
    const key = document.uri.toString();
    const previous = checkedIn.get(key);
    const languages = checkedLanguages();
    if (languages.includes(document.languageId)) return void checkedIn.set(key, document.languageId);
    if (!previous || restored.has(key) || !mostlyChinese(document.getText())) return void checkedIn.delete(key);
    restored.add(key);
    void vscode.languages.setTextDocumentLanguage(document, previous).then(undefined, () => undefined);
  };
  for (const document of vscode.workspace.textDocuments) seen(document);
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(seen),
    // A language change closes the document and opens it again under the same address: the map keeps its entry
    // through the close; a document that is really closed is forgotten once its editor is gone.
    vscode.window.onDidChangeVisibleTextEditors(() => {
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      for (const key of checkedIn.keys()) if (!open.has(key)) checkedIn.delete(key);
      for (const key of restored) if (!open.has(key)) restored.delete(key);
    }),
  ];
  return vscode.Disposable.from(...subscriptions);
}
