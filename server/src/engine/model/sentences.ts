// Sentences of a paragraph: Chinese sentences end at 。！？, English ones at . ! ? before a space or the end.
// A closing quote or bracket after the end mark belongs to the sentence (他说：“好。”).

import { CLOSERS, isDigit, isHanAt } from './chars';

export interface SentenceSpan {
  /** Offsets in the paragraph's text, end exclusive, leading spaces skipped. */
  start: number;
  end: number;
}

const CHINESE_ENDS = new Set(['。', '！', '？']);
const LATIN_ENDS = new Set(['.', '!', '?']);

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = skipSpaces(text, 0);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let ends = CHINESE_ENDS.has(ch);
    if (!ends && LATIN_ENDS.has(ch)) {
      // 1.5 and v1.2.3 go on; so does …… or ?! in a run (the run ends at its last mark).
      const next = text[i + 1];
      ends = next === undefined || next === ' ' || next === '\t' || isHanAt(text, i + 1) || CLOSERS.has(next);
      if (ch === '.' && isDigit(next ?? '')) ends = false;
    }
    if (!ends) continue;
    let end = i + 1;
    while (end < text.length && (CHINESE_ENDS.has(text[end]) || LATIN_ENDS.has(text[end]) || CLOSERS.has(text[end]))) end++;
    if (end > start) out.push({ start, end });
    start = skipSpaces(text, end);
    i = end - 1;
  }
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
  return out;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}
