// Turning the command line's arguments into drafts: a file stays as given, a folder lists its drafts, a glob
// its matches. What .reportlintignore or a configuration's ignore list leaves out is dropped by the caller.

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { DRAFT_EXTENSIONS, formatBoth, settingSpec, type Message } from '../engine';
import { EXTRA_EXTENSIONS } from './inputs';

export interface Target {
  /** The path as the user gave it, or as the folder or glob produced it. */
  file: string;
  /** Named on the command line itself (an ignored file named this way gets a note rather than silence). */
  explicit: boolean;
}

export interface TargetError {
  file: string;
  /** In both languages: the run says it in its own (--locale, else LANG). */
  message: Message;
}

const TARGET_PROBLEMS = {
  loop: { zh: '是循环的符号链接', en: 'is a symbolic link that loops' },
  noDrafts: { zh: '此文件夹中没有文稿（{extensions}）', en: 'no drafts ({extensions}) in this folder' },
  noMatch: { zh: '没有文件与此模式匹配', en: 'no files match this pattern' },
  missing: { zh: '没有这个文件或文件夹', en: 'no such file or folder' },
} satisfies Record<string, Message>;

// Word's lock files (~$报告.docx) and the commented copies --annotate writes are not drafts, nor are the files the
// editor never checks (README, CHANGELOG, CONTRIBUTING, LICENSE: reportLint.exclude's default). A file named on the
// command line is checked all the same.
const NEVER = [...new Set([...(settingSpec('exclude').default as string[]), '**/node_modules/**', '**/.git/**', '**/~$*', '**/*.checked.docx'])];
// The glob's own `ignore` is relative to its cwd: a pattern reaching outside it (an absolute one) is checked here.
const never = picomatch(NEVER, { dot: true, nocase: true });
const isDraft = (file: string) => !never(file.split(path.sep).join('/'));

export function expandTargets(args: string[], cwd = process.cwd()): { targets: Target[]; errors: TargetError[] } {
  const targets: Target[] = [];
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    const key = path.resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      targets.push({ file, explicit });
    }
  };
  const extensions = [...DRAFT_EXTENSIONS, ...EXTRA_EXTENSIONS];
  for (const arg of args) {
    const stat = statOf(path.resolve(cwd, arg));
    if (stat === 'loop') {
      errors.push({ file: arg, message: TARGET_PROBLEMS.loop });
    } else if (stat?.isFile()) {
      add(arg, true);
    } else if (stat?.isDirectory()) {
      const found = globSync(extensions.map((ext) => `**/*${ext}`), { cwd: path.resolve(cwd, arg), ignore: NEVER, caseSensitiveMatch: false }).sort();
      if (found.length === 0) errors.push({ file: arg, message: formatBoth(TARGET_PROBLEMS.noDrafts, { extensions: { zh: extensions.join('、'), en: extensions.join(', ') } }) });
      for (const f of found) add(path.join(arg, f), false);
    } else if (isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, ignore: NEVER }).filter((f) => isDraft(path.resolve(cwd, f))).sort();
      if (found.length === 0) errors.push({ file: arg, message: TARGET_PROBLEMS.noMatch });
      for (const f of found) add(f, false);
    } else {
      errors.push({ file: arg, message: TARGET_PROBLEMS.missing });
    }
  }
  return { targets, errors };
}

function statOf(file: string): fs.Stats | 'loop' | undefined {
  try {
    return fs.statSync(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : undefined;
  }
}
