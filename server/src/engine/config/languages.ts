// Which drafts are which: the file extension → language id → parse format mapping, defined once for the
// server (documents from editors that send no language id), the CLI and the settings' `languages`.

import type { TextFormat } from '../types';

const BY_EXTENSION: Record<string, string> = {
  '.report': 'report',
  '.draft': 'report',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
};

/** The extensions the CLI looks for in a folder. */
export const DRAFT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The language id of a file by its extension (`report`, `markdown`, `plaintext`), or undefined for other files. */
export function languageOfPath(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION[path.slice(dot).toLowerCase()];
}

/** Markdown documents are parsed as Markdown (headings, lists, code); everything else as plain text. */
export function formatOf(languageId: string): TextFormat {
  return languageId === 'markdown' ? 'markdown' : 'plain';
}
