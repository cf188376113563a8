// Input adapters: how a file on disk becomes text to lint, and how fixed text goes back into the file. Text
// drafts go through the encoding detector; another kind of file (a Word document) adds one adapter here.

import type { DocxText } from '../../docx';
import type { TextFormat } from '../../engine';
import { docxAdapter } from '../docx-input';
import { textAdapter } from './text';

export interface DraftInput {
  text: string;
  format: TextFormat;
  /** The language id (report, markdown, plaintext) that the `languages` setting is checked against. */
  languageId: string;
  /** How the file was decoded (text drafts): UTF-8, GB18030, Big5, UTF-16LE… */
  encoding?: string;
  bom?: boolean;
  /** A Word document's map from the text back to its paragraphs. */
  docx?: DocxText;
}

export interface ReadOptions {
  /** Decode every text draft with this encoding instead of detecting it. */
  encoding?: string;
}

export interface InputAdapter {
  /** Lower-case file extensions this adapter reads (the text adapter reads whatever no other adapter claims). */
  extensions: readonly string[];
  read(bytes: Buffer, file: string, options: ReadOptions): DraftInput | { error: string };
  /** The file's new bytes after fixes, or why it cannot be fixed in place (absent: never fixed in place). */
  write?(fixed: string, input: DraftInput, original: Buffer): Buffer | { error: string };
}

/** Adapters other than plain text, by extension. */
const ADAPTERS: readonly InputAdapter[] = [docxAdapter];

export function adapterFor(file: string): InputAdapter {
  const lower = file.toLowerCase();
  return ADAPTERS.find((a) => a.extensions.some((ext) => lower.endsWith(ext))) ?? textAdapter;
}

/** Extensions a folder is searched for, besides the text drafts'. */
export const EXTRA_EXTENSIONS: readonly string[] = ADAPTERS.flatMap((a) => a.extensions);
