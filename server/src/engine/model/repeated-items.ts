// A list item said twice in a row: 3. 加强队伍建设。 / 3. 加强队伍建设。, - Retrain the team. / - Retrain the team. — the
// same words after a marker of the same kind, numbered the same or one on. duplicate-text reports it; numbering-sequence
// leaves the repeated number to it (renumbering would keep the copy).

import { lowerCaseLettersAndNumbers } from './chars';
import type { Line } from './lines';
import type { Marker } from './markers';
import type { Paragraph } from './paragraphs';

/** A bullet (a task box with it) that opens a Markdown list item's paragraph; the outline's markers are not in the text. */
const BULLET = /^\s*[-*+•·](?:\s+\[[ xX]\])?\s+/;

interface Item {
  /** The marker's kind and way of writing (arabic|1.), or the bullet. */
  shape: string;
  value?: number;
  /** Where the item's words start in the paragraph's text. */
  start: number;
}

/** The item a paragraph opens: a numbered heading or list item of the outline, or a bullet. */
function itemOf(paragraph: Paragraph): Item | undefined {
  const marker = paragraph.section?.marker;
  if (paragraph.atHeading && marker && marker.line === paragraph.firstLine) {
    return marker.kind === 'heading' ? undefined : { shape: `${marker.kind}|${marker.style}`, value: marker.value, start: 0 };
  }
  const bullet = BULLET.exec(paragraph.text);
  return bullet ? { shape: bullet[0].trim(), start: bullet[0].length } : undefined;
}

/** Four Chinese characters or three words: an item that says something (not 是, Yes, 满意, Good). */
function saysSomething(words: string): boolean {
  const han = words.match(/\p{sc=Han}/gu)?.length ?? 0;
  return han >= 4 || (words.match(/[A-Za-z]+/g)?.length ?? 0) >= 3;
}

/** Two items' words the same, spaces and punctuation aside, and enough of them to say something. */
export function sameItemWords(a: string, b: string): boolean {
  const key = lowerCaseLettersAndNumbers(b);
  return key !== '' && key === lowerCaseLettersAndNumbers(a) && saysSomething(b);
}

/**
 * Where the words of `paragraph` start when it repeats the item `before` (the paragraph just before it): a marker of the
 * same kind, numbered the same, one on, or not at all (bullets), and the same words. Short answers (是, 满意, Good)
 * repeat as answers do. −1 when it does not.
 */
export function repeatedItem(before: Paragraph, paragraph: Paragraph, lines: readonly Line[]): number {
  // Asked of every two paragraphs in a row on every lint: the marker's fields and the text are compared in place (no
  // item object, shape string or stripped copy of the start made per pair) before anything is put together.
  const b = outlineItem(paragraph);
  const a = outlineItem(before);
  let aStart = 0;
  let bStart = 0;
  if (a !== undefined || b !== undefined) {
    if (a === undefined || b === undefined || a === null || b === null || a.kind !== b.kind || a.style !== b.style) return -1;
    if (a.value !== undefined && b.value !== undefined && b.value !== a.value && b.value !== a.value + 1) return -1;
  } else {
    const bulletA = bulletOf(before.text);
    if (bulletA === undefined) return -1;
    const bulletB = bulletOf(paragraph.text);
    if (bulletB === undefined || bulletA.trim() !== bulletB.trim()) return -1;
    aStart = bulletA.length;
    bStart = bulletB.length;
  }
  // Items of one list mostly differ from their first words: the words as written are read only for a likely pair.
  if (!sameStart(before.text, aStart, paragraph.text, bStart)) return -1;
  return sameItemWords(written(before, lines), written(paragraph, lines)) ? bStart : -1;
}

/**
 * The marker of the numbered item a paragraph opens (the outline's), null for a heading without a number (no item),
 * undefined when the paragraph opens no item of the outline (it may open a bullet).
 */
function outlineItem(paragraph: Paragraph): Marker | null | undefined {
  const marker = paragraph.section?.marker;
  if (!paragraph.atHeading || !marker || marker.line !== paragraph.firstLine) return undefined;
  return marker.kind === 'heading' ? null : marker;
}

function bulletOf(text: string): string | undefined {
  // Most paragraphs open with a Han character: no pattern tried on them.
  const c = text.charCodeAt(0);
  if (c > 0x3000 && c !== 0xfeff) return undefined;
  return BULLET.exec(text)?.[0];
}

/**
 * The item's words as written, past its marker: the paragraph's text masks code spans and links, which differ between
 * items that read alike around them (`APIServer Tracing` graduated to [stable](…) / `Dynamic Cardinality…` …).
 */
function written(paragraph: Paragraph, lines: readonly Line[]): string {
  let text = '';
  for (let i = paragraph.firstLine; i <= paragraph.lastLine; i++) text += lines[i].text;
  const marker = paragraph.section?.marker;
  const start = paragraph.atHeading && marker && marker.line === paragraph.firstLine ? marker.end : (BULLET.exec(text)?.[0].length ?? 0);
  // Comments are not the item's words (the engine reads none).
  return text.slice(start).replace(/<!--[\s\S]*?-->/g, '');
}

/** The first six characters of the first 40 from `a` and `b` (past the items' starts) the same, spaces aside. */
function sameStart(a: string, aFrom: number, b: string, bFrom: number): boolean {
  const aEnd = Math.min(a.length, aFrom + 40);
  const bEnd = Math.min(b.length, bFrom + 40);
  let i = aFrom;
  let j = bFrom;
  for (let n = 0; n < 6; n++) {
    while (i < aEnd && isSpace(a.charCodeAt(i))) i++;
    while (j < bEnd && isSpace(b.charCodeAt(j))) j++;
    if (i >= aEnd || j >= bEnd) return i >= aEnd && j >= bEnd;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return true;
}

/** What \s matches. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the words of an item start in its paragraph (past a bullet). */
export function itemStart(paragraph: Paragraph): number {
  return itemOf(paragraph)?.start ?? 0;
}
