// Documents a writer cannot change: the old side of a diff (git:), a file in a read-only file system (a GitHub
// repository opened without write access), the text of a Word document. VS Code shows no light bulb in a read-only
// editor; the Problems panel and the commands would still offer edits that then fail. Report Lint offers none there.

import * as vscode from 'vscode';
import { WORD_TEXT_SCHEME } from './protocol';

/** Whether edits to the document cannot be applied (its file system says so; the text of a .docx is ours, read-only). */
export function isReadOnly(uri: vscode.Uri): boolean {
  if (uri.scheme === WORD_TEXT_SCHEME) return true;
  // undefined: a scheme no file system serves (untitled, a notebook cell…): left editable, never a guess that hides fixes.
  return vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false;
}

/**
 * The code actions that do not edit a read-only document: showing a rule's doc stays; a fix (its edit, or one the
 * server resolves later) goes.
 */
export function withoutEdits<T extends vscode.Command | vscode.CodeAction>(actions: T[]): T[] {
  return actions.filter((a) => {
    // A bare command (the shape of a Command: its `command` is the id).
    if (typeof a.command === 'string') return true;
    const action = a as vscode.CodeAction;
    return action.edit === undefined && action.command !== undefined;
  });
}
