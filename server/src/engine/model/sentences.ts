// Sentences of a paragraph: Chinese sentences end at 。！？, English ones at . ! ? before a space or the end.
// A closing quote or bracket after the end mark belongs to the sentence (他说：“好。”).

import { CLOSERS, isDigit, isHanAt } from './chars';

export interface SentenceSpan {
  /** Offsets in the paragraph's text, end exclusive, leading spaces skipped. */
  start: number;
  end: number;
}

const FULL_STOP = 0x3002; // 。
const FULL_EXCLAMATION = 0xff01; // ！
const FULL_QUESTION = 0xff1f; // ？

function isChineseEnd(code: number): boolean {
  return code === FULL_STOP || code === FULL_EXCLAMATION || code === FULL_QUESTION;
}

function isLatinEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63; // . ! ?
}

// Every character of a paragraph is asked whether it may end a sentence: one table read, not two calls (a draft's
// first lint runs this loop in the interpreter, where a call per character is most of its cost).
const CHINESE_END = 1;
const LATIN_END = 2;
const END_KIND = new Uint8Array(0x10000);
for (const code of [FULL_STOP, FULL_EXCLAMATION, FULL_QUESTION]) END_KIND[code] = CHINESE_END;
for (const code of [46, 33, 63]) END_KIND[code] = LATIN_END;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = skipSpaces(text, 0);
  for (let i = 0, n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    const kind = END_KIND[code];
    if (kind === 0) continue;
    let ends = kind === CHINESE_END;
    if (!ends) {
      // 1.5 and v1.2.3 go on; a run of marks (?! ……) ends at its last mark.
      const next = text[i + 1];
      ends = next === undefined || next === ' ' || next === '\t' || isHanAt(text, i + 1) || CLOSERS.has(next);
      if (code === 46 && isDigit(next ?? '')) ends = false;
    }
    if (!ends) continue;
    let end = i + 1;
    while (end < text.length && (isChineseEnd(text.charCodeAt(end)) || isLatinEnd(text.charCodeAt(end)) || CLOSERS.has(text[end]))) end++;
    if (end > start) out.push({ start, end });
    start = skipSpaces(text, end);
    i = end - 1;
  }
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
  return out;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}
