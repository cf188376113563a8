// A paragraph pasted twice in a row where one copy lost (or gained) its list number: 3. 部分外包施工队伍…不规范。 then
// 部分外包施工队伍…不规范。 — a numbered item of the outline (or a bullet) and a plain paragraph right after or before
// it, the same words past the marker. duplicate-text reports the second. The item reads as a sentence (it ends in 。,
// ！, ？, ；, a full stop) and says enough not to be a refrain (eight Chinese characters or six words): not a heading
// restated by its text, nor a short answer (无。) of a template.

import { lowerCaseLettersAndNumbers } from './chars';
import type { Line } from './lines';
import type { Paragraph } from './paragraphs';

const BULLET = /^\s*[-*+•·](?:\s+\[[ xX]\])?\s+/;
const SENTENCE_END = /[。！？；.!?;]["”’）)]?\s*$/;

/** Where the item's words start in the paragraph's first line (past its number or bullet); -1 when it opens no item. */
function itemWordsStart(paragraph: Paragraph, lines: readonly Line[]): number {
  const marker = paragraph.section?.marker;
  if (paragraph.atHeading && marker && marker.line === paragraph.firstLine) return marker.kind === 'heading' ? -2 : marker.end;
  const bullet = BULLET.exec(lines[paragraph.firstLine].text);
  return bullet ? bullet[0].length : -1;
}

function wordsOf(paragraph: Paragraph, lines: readonly Line[], start: number): string {
  let text = '';
  for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) text += lines[i].text;
  return text.slice(start).replace(/<!--[\s\S]*?-->/g, '');
}

const MARK = /[\p{P}\p{S}\s]/u;
/** Where the text's words end: before its closing marks and spaces (read from the end, one character at a time). */
function wordsEnd(text: string): number {
  let end = text.length;
  while (end > 0 && MARK.test(text[end - 1])) end--;
  return end;
}
/** Whether two paragraphs' texts are near enough in length and end alike to be one and its copy (comments aside). */
function mayBeCopies(a: string, b: string): boolean {
  if (a.includes('<!--') || b.includes('<!--')) return true;
  const x = a.slice(0, wordsEnd(a));
  const y = b.slice(0, wordsEnd(b));
  if (Math.abs(x.length - y.length) > 24) return false;
  return x.slice(-3).toLowerCase() === y.slice(-3).toLowerCase();
}

/** Eight Chinese characters or six words. */
function long(words: string): boolean {
  return (words.match(/\p{sc=Han}/gu)?.length ?? 0) >= 8 || (words.match(/[A-Za-z]+/g)?.length ?? 0) >= 6;
}

/**
 * Whether `paragraph` repeats `before` (the paragraph just before it) with a list number or bullet on one of the two
 * only. Returns where the repeated words start in `paragraph`'s text, -1 when it does not.
 */
export function unnumberedCopy(before: Paragraph, paragraph: Paragraph, lines: readonly Line[]): number {
  const a = itemWordsStart(before, lines);
  const b = itemWordsStart(paragraph, lines);
  // One numbered (or bulleted), the other plain; a heading without a number is neither.
  if (a === -2 || b === -2 || (a >= 0) === (b >= 0)) return -1;
  // Cheap first (this runs on every pair of neighbouring paragraphs at each keystroke): a copy is as long as the item
  // less its marker, and ends as it does.
  if (!mayBeCopies(before.text, paragraph.text)) return -1;
  const aWords = wordsOf(before, lines, Math.max(a, 0));
  const bWords = wordsOf(paragraph, lines, Math.max(b, 0));
  if (!SENTENCE_END.test(a >= 0 ? aWords : bWords) || !long(bWords)) return -1;
  const key = lowerCaseLettersAndNumbers(bWords);
  if (key === '' || key !== lowerCaseLettersAndNumbers(aWords)) return -1;
  // As repeatedItem reports: an outline item from its text's start, a bullet past it, a plain paragraph past its indent.
  if (b < 0) return paragraph.text.length - paragraph.text.trimStart().length;
  return paragraph.atHeading ? 0 : (BULLET.exec(paragraph.text)?.[0].length ?? 0);
}
