// Numbers a writer states: percentages (58.7%, 45 percent) and percentage-point differences (5.3个百分点).

import { eachMatch } from '../patterns';
import type { Paragraph } from './paragraphs';

export interface Quantity {
  paragraph: Paragraph;
  /** Offset and length of the whole token (`-3.5%`, `5.3个百分点`) in the paragraph text. */
  offset: number;
  length: number;
  value: number;
  /** Digits after the decimal point, as written (the precision the writer claims). */
  decimals: number;
}

// Look-behinds make each match start at the beginning of a number, so long digit runs are read once.
// Not after %: 95%-98% is a range, not a negative 98%.
const PERCENT = /(?<![\d.０-９%％])([-−－]?)(\d+(?:\.\d+)?)\s?(?:[%％]|percent\b|per cent\b)/g;
const POINTS = /(?<![\d.])(\d+(?:\.\d+)?)\s?(?:[个個])?(?:百分[点點]|percentage points?\b|pp\b)/g;

export function findPercents(paragraphs: Paragraph[]): Quantity[] {
  return scan(paragraphs, PERCENT, (m) => (m[1] ? -1 : 1) * Number(m[2]), (m) => m[2]);
}

export function findPointChanges(paragraphs: Paragraph[]): Quantity[] {
  return scan(paragraphs, POINTS, (m) => Number(m[1]), (m) => m[1]);
}

function scan(
  paragraphs: Paragraph[],
  re: RegExp,
  valueOf: (m: RegExpExecArray) => number,
  digitsOf: (m: RegExpExecArray) => string,
): Quantity[] {
  const out: Quantity[] = [];
  for (const paragraph of paragraphs) {
    eachMatch(re, paragraph.text, (m) => {
      const digits = digitsOf(m);
      const dot = digits.indexOf('.');
      out.push({ paragraph, offset: m.index, length: m[0].length, value: valueOf(m), decimals: dot < 0 ? 0 : digits.length - dot - 1 });
    });
  }
  return out;
}
