// One call for front ends that have the bytes of a .docx: read, lint, and say where each finding is in Word.

import { lintDetailed, type Finding, type LintOptions, type LintResult } from '../engine';
import { wordRange, type WordRange } from './positions';
import { readDocx, type DocxText } from './reader';

export interface DocxLintResult extends LintResult {
  docx: DocxText;
  /** For each finding (same order), its place in the Word file; undefined if it touches no Word text. */
  locations: (WordRange | undefined)[];
}

/** Lints a .docx as plain text (Word's paragraphs are not Markdown). Throws DocxError for a file it cannot read. */
export function lintDocx(bytes: Uint8Array, options: LintOptions = {}): DocxLintResult {
  const docx = readDocx(bytes);
  const result = lintDetailed(docx.text, { ...options, format: 'plain' });
  return { ...result, docx, locations: result.findings.map((f: Finding) => wordRange(docx, f.range)) };
}
