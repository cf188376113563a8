/**
 * punctuation: a half-width mark a document uses as its convention though a few full-width ones slipped in (a results
 * page's 82 list items "[name](url) (14499 积分)" beside four （状元）): the full-width uses counted, to tell that
 * convention from a few stray half-width marks in an otherwise full-width text.
 */

import type { Line } from '../model/lines';

/** At least this many half-width uses… */
export const MOSTLY_MIN = 10;
/** …and this many times as many as the full-width ones (9: 90 % of all). */
const MOSTLY_RATIO = 9;

/** How many times the opening full-width mark (（, “) occurs in the document's prose. */
export function fullWidthUses(lines: readonly Line[], opening: string): number {
  let n = 0;
  for (const line of lines) {
    if (line.kind !== 'text' || !line.text.includes(opening)) continue;
    for (let k = line.prose.indexOf(opening); k >= 0; k = line.prose.indexOf(opening, k + 1)) n++;
  }
  return n;
}

/** Whether `half` half-width uses make the document's convention beside `full` full-width ones. */
export function mostlyHalfWidth(half: number, full: number): boolean {
  return half >= MOSTLY_MIN && half >= MOSTLY_RATIO * full;
}
