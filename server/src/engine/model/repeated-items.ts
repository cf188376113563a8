// A list item said twice in a row: 3. 加强队伍建设。 / 3. 加强队伍建设。, - Retrain the team. / - Retrain the team. — the
// same words after a marker of the same kind, numbered the same or one on. duplicate-text reports it; numbering-sequence
// leaves the repeated number to it (renumbering would keep the copy).

import { lowerCaseLettersAndNumbers } from './chars';
import type { Line } from './lines';
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
  const a = itemOf(before);
  const b = itemOf(paragraph);
  if (!a || !b || a.shape !== b.shape) return -1;
  if (a.value !== undefined && b.value !== undefined && b.value !== a.value && b.value !== a.value + 1) return -1;
  // Items of one list mostly differ from their first words: the words as written are read only for a likely pair.
  if (!sameStart(before.text.slice(a.start), paragraph.text.slice(b.start))) return -1;
  return sameItemWords(written(before, lines), written(paragraph, lines)) ? b.start : -1;
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

/** The first few characters the same, spaces aside. */
function sameStart(a: string, b: string): boolean {
  return head(a.slice(0, 40)) === head(b.slice(0, 40));
}

function head(s: string): string {
  return s.replace(/\s+/g, '').slice(0, 6);
}

/** Where the words of an item start in its paragraph (past a bullet). */
export function itemStart(paragraph: Paragraph): number {
  return itemOf(paragraph)?.start ?? 0;
}
