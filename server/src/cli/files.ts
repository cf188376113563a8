// Finding the files the user named and reading them as text, with messages that say what went wrong.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { TextFormat } from '../engine';

export const DRAFT_EXTENSIONS = ['.report', '.draft', '.md', '.markdown', '.txt', '.docx'];
/** Word's lock files (~$报告.docx) and the commented copies --annotate writes are not drafts. */
const NOT_DRAFTS = ['**/node_modules/**', '**/~$*', '**/*.checked.docx'];

export interface Target {
  /** The path as the user gave it (or as the glob produced it). */
  file: string;
}

export interface FileError {
  file: string;
  message: string;
}

/** Expands arguments: a file stays as given, a directory lists its drafts, a glob its matches. */
export function resolveTargets(args: string[]): { targets: Target[]; errors: FileError[] } {
  const targets: Target[] = [];
  const errors: FileError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      targets.push({ file });
    }
  };
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(arg);
    } else if (stat?.isDirectory()) {
      const found = globSync(DRAFT_EXTENSIONS.map((ext) => `**/*${ext}`), { cwd: arg, ignore: NOT_DRAFTS }).sort();
      if (found.length === 0) errors.push({ file: arg, message: `no drafts (${DRAFT_EXTENSIONS.join(', ')}) in this folder` });
      for (const f of found) add(path.join(arg, f));
    } else if (isDynamicPattern(arg)) {
      const found = globSync(arg, { ignore: ['**/node_modules/**'] }).sort();
      if (found.length === 0) errors.push({ file: arg, message: 'no files match this pattern' });
      for (const f of found) add(f);
    } else {
      errors.push({ file: arg, message: 'no such file or folder' });
    }
  }
  return { targets, errors };
}

/** Reads a draft as UTF-8 text. A BOM is dropped (editors do not show it); binary or non-UTF-8 content is an error. */
export function readDraft(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? String(error)})` };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { error: 'looks like a binary file (it contains NUL bytes); only text drafts can be checked' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'is not valid UTF-8 (a GBK/GB18030 file?); save it as UTF-8, e.g. iconv -f GB18030 -t UTF-8' };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export function formatFor(file: string): TextFormat {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plain';
}
