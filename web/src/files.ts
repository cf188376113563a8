// Files given to the page (dropped, or chosen with the picker): a Word document's bytes, or a text draft
// decoded as UTF-8 or, failing that, as GB18030 (the encoding of many Chinese .txt files saved on Windows).

import type { TextFormat } from './protocol';

export type Draft =
  | { kind: 'word'; name: string; bytes: Uint8Array }
  | { kind: 'text'; name: string; text: string; format: TextFormat; encoding: string }
  | { kind: 'refused'; name: string };

const TEXT_FILE = /\.(txt|text|md|markdown|report|draft)$/i;

export async function readDraft(file: File): Promise<Draft> {
  const name = file.name;
  if (/\.docx$/i.test(name)) return { kind: 'word', name, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (!TEXT_FILE.test(name) && !file.type.startsWith('text/')) return { kind: 'refused', name };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decode(bytes);
  if (!decoded) return { kind: 'refused', name };
  return { kind: 'text', name, ...decoded, format: /\.(md|markdown)$/i.test(name) ? 'markdown' : 'plain' };
}

/** The text of a file, or undefined for one that is not text. A BOM is dropped (TextDecoder does that). */
export function decode(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (bytes.subarray(0, 8192).includes(0) && !isUtf16(bytes)) return undefined;
  if (isUtf16(bytes)) return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Markdown if the text has a Markdown heading or a code fence; a pasted report is plain text otherwise. */
export function guessFormat(text: string): TextFormat {
  return /^(#{1,6} |```|~~~)/m.test(text.slice(0, 20000)) ? 'markdown' : 'plain';
}
