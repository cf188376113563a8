// Reading drafts in the encodings they are really saved in: UTF-8 (with or without a BOM), UTF-16 with a BOM
// (Windows Notepad), GBK/GB18030 (most Chinese drafts saved on Windows), Big5 (traditional-Chinese files).
// chardet guesses, iconv-lite decodes and, for --fix, encodes back: a file is written in the encoding it was
// read in, or not at all.

import type * as Chardet from 'chardet';
import type * as Iconv from 'iconv-lite';

// Loaded on first use (most drafts are UTF-8, and the code tables are most of the CLI's size); the CLI bundle
// leaves them out and requires them from node_modules.
let iconvModule: typeof Iconv | undefined;
let chardetModule: typeof Chardet | undefined;
const iconv = {
  encodingExists: (name: string) => codecs().encodingExists(name),
  decode: (bytes: Buffer, encoding: string) => codecs().decode(bytes, encoding),
  encode: (text: string, encoding: string, options?: { addBOM?: boolean }) => codecs().encode(text, encoding, options),
};
const chardet = { analyse: (bytes: Buffer) => (chardetModule ??= require('chardet') as typeof Chardet).analyse(bytes) };

function codecs(): typeof Iconv {
  return (iconvModule ??= require('iconv-lite') as typeof Iconv);
}

export interface Decoded {
  text: string;
  /** The name shown to the user and used to write back: UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5, … */
  encoding: string;
  bom: boolean;
}

/** Encodings preferred when the detector finds several about equally likely (a Chinese report linter's bias). */
const PREFERRED = ['GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE'];
const SAMPLE_BYTES = 64 * 1024;

export function decodeDraft(bytes: Buffer, forced?: string): Decoded | { error: string } {
  if (forced) {
    if (!iconv.encodingExists(forced)) return { error: `unknown encoding "${forced}" (try utf-8, gb18030, big5, utf-16le)` };
    const bom = hasBom(bytes, forced);
    return { text: stripBom(iconv.decode(bytes, forced)), encoding: forced, bom };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: stripBom(iconv.decode(bytes, bom)), encoding: bom, bom: true };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) {
    // NUL bytes: UTF-16 without a BOM (the NULs are the high bytes of ASCII characters), or not text at all.
    for (const utf16 of bytes.length % 2 === 0 ? utf16Candidates(sample) : []) {
      const text = iconv.decode(bytes, utf16);
      const start = text.slice(0, 4096);
      if (!NOT_TEXT.test(start) && /[\n\r A-Za-z0-9]/.test(start)) return { text, encoding: utf16, bom: false };
    }
    return { error: 'looks like a binary file (it contains NUL bytes); only text drafts can be checked' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', bom: false };
  } catch {
    // not UTF-8: ask the detector
  }
  const encoding = guess(sample);
  if (!encoding) return { error: 'is not UTF-8 and its encoding could not be recognised; save it as UTF-8, or name it with --encoding (e.g. --encoding gb18030)' };
  return { text: iconv.decode(bytes, encoding), encoding, bom: false };
}

/** The bytes to write for fixed text, in the encoding the draft was read in; or why that cannot be done. */
export function encodeDraft(text: string, original: Buffer, read: Decoded): Buffer | { error: string } {
  // Bytes the decoder could not read (replaced by U+FFFD) would be lost by writing back.
  if (!encodeText(read.text, read).equals(original)) {
    return { error: `not fixed: the file has bytes that are not valid ${read.encoding}, and writing it back would change them` };
  }
  const bytes = encodeText(text, read);
  if (iconv.decode(bytes, read.encoding) !== text) {
    const missing = [...text].find((ch) => iconv.decode(iconv.encode(ch, read.encoding), read.encoding) !== ch);
    return { error: `not fixed: ${read.encoding} cannot hold the fixed text${missing ? ` (it has no “${missing}”)` : ''}; save the file as UTF-8 to fix it` };
  }
  return bytes;
}

function encodeText(text: string, read: Decoded): Buffer {
  return iconv.encode(text, read.encoding, { addBOM: read.bom });
}

/**
 * The detector's best guess, leaning to the Chinese encodings: they win when the detector finds them about as
 * likely as its first choice, and when it settles on a Japanese or Korean encoding (which a short or slightly
 * damaged GBK text can look like), the Chinese encoding that decodes the text with the fewest errors is taken.
 */
function guess(sample: Buffer): string | undefined {
  const matches = chardet.analyse(sample).filter((m) => iconv.encodingExists(m.name));
  const top = matches[0];
  const near = matches.filter((m) => top && m.confidence >= top.confidence - 10);
  for (const name of PREFERRED) if (near.some((m) => m.name === name)) return name;
  if (!top || top.confidence < 50 || OTHER_CJK.test(top.name)) {
    const chinese = fewestErrors(sample, ['GB18030', 'Big5']);
    const other = top ? fewestErrors(sample, [top.name]) : undefined;
    if (!other || chinese.bad <= other.bad) return chinese.bad / chinese.length < 0.05 ? chinese.encoding : undefined;
    return top.confidence >= 50 ? top.name : undefined;
  }
  return top.name;
}

const OTHER_CJK = /^(Shift_JIS|EUC-JP|EUC-KR|ISO-2022-(JP|KR|CN))$/i;

/** The encoding (first of the equals) that decodes the sample with the fewest replacement characters. */
function fewestErrors(sample: Buffer, encodings: string[]): { encoding: string; bad: number; length: number } {
  const scored = encodings.map((encoding) => {
    const text = iconv.decode(sample, encoding);
    let bad = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++;
    return { encoding, bad, length: Math.max(1, text.length) };
  });
  return scored.reduce((best, s) => (s.bad < best.bad ? s : best));
}

/** Control characters other than tab and line breaks, lone surrogates, the replacement character. */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** UTF-16 puts the NUL high bytes of ASCII characters at odd offsets (LE) or even ones (BE): try the likelier first. */
function utf16Candidates(sample: Buffer): string[] {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  return odd >= even ? ['UTF-16LE', 'UTF-16BE'] : ['UTF-16BE', 'UTF-16LE'];
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

function hasBom(bytes: Buffer, encoding: string): boolean {
  const bom = bomEncoding(bytes);
  return bom !== undefined && bom.toLowerCase().replace(/-/g, '') === encoding.toLowerCase().replace(/[-_]/g, '');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
