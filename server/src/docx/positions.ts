// From a position in the extracted text back to the Word file: which paragraph, which character of its
// visible text, and whether it falls inside an automatic number (which is drawn by Word, not typed).

import type { Locale, Position, Range } from '../engine/types';
import type { DocxText, Piece } from './reader';
import type { Story } from './story';

export interface WordPoint {
  /** Omitted for the body; 'footnotes' or 'endnotes' for a note. */
  story?: Exclude<Story, 'body'>;
  /** Index of the paragraph among its story's paragraphs in reading order (table cells included), from 0. */
  paragraph: number;
  /** UTF-16 offset in the paragraph's visible text (tabs and line breaks count one); in the number when `inNumber`. */
  offset: number;
  /** The position is inside the automatic number (一、 drawn by Word's list numbering). */
  inNumber?: true;
}

export interface WordRange {
  start: WordPoint;
  end: WordPoint;
}

/**
 * The Word location of a range of the extracted text. A start in layout (an indent, a table's `|`) moves to
 * the next text; an end moves back to the previous text. Undefined when the range touches no Word text.
 */
export function wordRange(docx: Pick<DocxText, 'lines'>, range: Range): WordRange | undefined {
  const start = locate(docx.lines, range.start, 'start');
  const end = locate(docx.lines, range.end, 'end');
  if (!start || !end) return undefined;
  return { start: toPoint(start), end: toPoint(end) };
}

interface Located {
  piece: Piece;
  offset: number;
}

function toPoint({ piece, offset }: Located): WordPoint {
  const point: WordPoint = { paragraph: piece.paragraph, offset };
  if (piece.story !== 'body') point.story = piece.story;
  if (piece.inNumber) point.inNumber = true;
  return point;
}

function locate(lines: Piece[][], pos: Position, bias: 'start' | 'end'): Located | undefined {
  const pieces = lines[pos.line];
  if (!pieces) return bias === 'end' ? lastBefore(lines, lines.length - 1) : undefined;
  const c = pos.character;
  for (const piece of pieces) {
    const inside = bias === 'start' ? c >= piece.column && c < piece.column + piece.length : c > piece.column && c <= piece.column + piece.length;
    if (inside) return { piece, offset: piece.offset + (c - piece.column) };
  }
  if (bias === 'start') {
    const after = pieces.find((p) => p.column >= c);
    if (after) return { piece: after, offset: after.offset };
    const ending = pieces.find((p) => p.column + p.length === c);
    if (ending) return { piece: ending, offset: ending.offset + ending.length };
    for (let l = pos.line + 1; l < lines.length; l++) if (lines[l].length) return { piece: lines[l][0], offset: lines[l][0].offset };
    return undefined;
  }
  const before = [...pieces].reverse().find((p) => p.column + p.length <= c);
  if (before) return { piece: before, offset: before.offset + before.length };
  return lastBefore(lines, pos.line - 1);
}

function lastBefore(lines: Piece[][], line: number): Located | undefined {
  for (let l = line; l >= 0; l--) {
    const last = lines[l][lines[l].length - 1];
    if (last) return { piece: last, offset: last.offset + last.length };
  }
  return undefined;
}

/** `¶12:5` (12th paragraph, 5th character), `footnote ¶1:3`; a number drawn by Word shows as `¶12 (number)`. */
export function describeWordPoint(point: WordPoint, locale: Locale): string {
  const story = point.story === 'footnotes' ? (locale === 'zh-cn' ? '脚注' : 'footnote ') : point.story === 'endnotes' ? (locale === 'zh-cn' ? '尾注' : 'endnote ') : '';
  const where = point.inNumber ? `¶${point.paragraph + 1}${locale === 'zh-cn' ? '编号' : '#'}` : `¶${point.paragraph + 1}:${point.offset + 1}`;
  return story + where;
}
