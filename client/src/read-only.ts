// Documents a writer cannot change: the old side of a diff (git:), a file in a read-only file system (a GitHub
// repository opened without write access), a file the writer marked read-only (`files.readonlyInclude`), the text of
// a Word document. VS Code shows no light bulb in a read-only editor; the Problems panel and the commands would still
// offer edits that then fail. Report Lint offers none there.

import * as vscode from 'vscode';
import { WORD_TEXT_SCHEME } from './protocol';

/** Whether edits to the document cannot be applied (its file system says so; the text of a .docx is ours, read-only). */
export function isReadOnly(document: vscode.TextDocument): boolean {
  const uri = document.uri;
  if (uri.scheme === WORD_TEXT_SCHEME) return true;
  // undefined: a scheme no file system serves (untitled, a notebook cell…): left editable, never a guess that hides fixes.
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return true;
  return markedReadOnly(document);
}

/**
 * Whether `files.readonlyInclude` marks the document read-only and `files.readonlyExclude` does not take it back.
 * VS Code reads both as globs relative to each workspace folder unless absolute, `true` meaning on. (A file made
 * read-only for the session only, or by its permissions on disk, is not visible to extensions.)
 */
function markedReadOnly(document: vscode.TextDocument): boolean {
  const files = vscode.workspace.getConfiguration('files', document.uri);
  const matches = (key: string): boolean => {
    const value = files.get<Record<string, boolean>>(key);
    if (!value || typeof value !== 'object') return false;
    return Object.entries(value).some(([glob, on]) => on === true && globs(glob).some((pattern) => vscode.languages.match({ pattern }, document) > 0));
  };
  return matches('readonlyInclude') && !matches('readonlyExclude');
}

function globs(glob: string): vscode.GlobPattern[] {
  // An absolute path (POSIX or a drive letter) is its own pattern; anything else is read in each workspace folder.
  if (glob.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(glob)) return [glob];
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => new vscode.RelativePattern(folder, glob));
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
