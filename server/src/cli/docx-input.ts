// Word documents on the command line: a .docx is read into text to lint (with its map back into the file), its
// findings are located by Word paragraph, and --annotate writes a commented copy next to it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Docx from '../docx';
import { wordRange, type WordRange } from '../docx/positions';
import type { DocxText } from '../docx/reader';
import type { Finding, Locale } from '../engine';
import type { InputAdapter } from './inputs';

let docxModule: typeof Docx | undefined;
/**
 * Word's reader and writer (with the XML parser and the zip reader under them, a sixth of the bundle) are loaded
 * when the first .docx comes, not at every start of the CLI: most runs never meet one. Bundled, this require()
 * becomes a call into the same file that runs those modules then.
 */
function docx(): typeof Docx {
  return (docxModule ??= require('../docx') as typeof Docx);
}

export function isWordFile(file: string): boolean {
  return /\.docx$/i.test(file);
}

/**
 * Why --fix leaves a file alone, when it does: fixes rewrite text, and a .docx is not text. The commented copy
 * (--annotate) carries each fix as a suggestion instead. For the CLI's --fix to call before it writes anything.
 */
export function fixRefusal(file: string): string | undefined {
  return isWordFile(file) ? '--fix does not change Word documents; use --annotate for a copy with a comment (and the suggested fix) at each finding' : undefined;
}

/** The input adapter for .docx: Word's text (paragraphs as lines, parsed as plain text) and its map back into the file. */
export const docxAdapter: InputAdapter = {
  extensions: ['.docx'],
  read(bytes) {
    try {
      const read = docx().readDocx(bytes);
      return { text: read.text, format: 'plain', languageId: 'report', docx: read };
    } catch (error) {
      if (error instanceof docx().DocxError) return { error: error.message };
      throw error;
    }
  },
};

/** 报告.docx → 报告.checked.docx, beside it. */
export function annotatedPath(file: string): string {
  return file.replace(/(\.docx)$/i, '.checked$1');
}

/** Writes the commented copy; the original is only read. Returns where it wrote, or what went wrong. */
export function writeAnnotated(file: string, text: DocxText, findings: Finding[], locale: Locale): { path: string; comments: number } | { error: string } {
  const target = annotatedPath(file);
  if (path.resolve(target) === path.resolve(file)) return { error: 'cannot annotate a file onto itself' };
  try {
    const bytes = docx().annotateDocx(fs.readFileSync(file), findings, { locale });
    fs.writeFileSync(target, bytes);
    return { path: target, comments: findings.filter((f) => wordRange(text, f.range)).length };
  } catch (error) {
    return { error: `cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}

/** The Word location of a finding for JSON output: paragraph and offset of its start and end. */
export function wordLocation(docx: DocxText, finding: Finding): WordRange | undefined {
  return wordRange(docx, finding.range);
}
