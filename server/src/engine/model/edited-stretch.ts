// Where an edit changed one version of the model against the one before, for the readers that keep what they read of
// the whole draft per part (report times, inline enumerations): a part the edit left alone keeps its results.

import type { Paragraph } from './paragraphs';
import { partIndex } from './document';
import type { Part } from './outline';

/** The lines an edit touched in the new version, and the parts (by index) that may read them otherwise. */
export interface EditedStretch {
  /**
   * The first and last line (of the new version) that were read again, or lie in a paragraph read again, or between
   * the paragraphs kept on both sides of the edit; from > to when nothing was.
   */
  from: number;
  to: number;
  /** Lines added (or, negative, removed): the lines after the stretch moved by this much. */
  delta: number;
  /**
   * The parts the edit may change: those of the lines at both ends of the stretch and of every paragraph read again
   * or gone (the parts are the same in both versions); firstPart > lastPart when none.
   */
  firstPart: number;
  lastPart: number;
}

/**
 * The stretch an edit touched: the changed lines (`dirty`), and the paragraphs between the longest runs of the same
 * paragraph objects at the start and at the end of the two versions' lists.
 */
export function editedStretch(before: readonly Paragraph[], after: readonly Paragraph[], dirty: Uint8Array, parts: readonly Part[], delta: number): EditedStretch {
  let from = Infinity;
  let to = -Infinity;
  for (let l = 0; l < dirty.length; l++) {
    if (!dirty[l]) continue;
    if (from === Infinity) from = l;
    to = l;
  }
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  let firstPart = Infinity;
  let lastPart = -Infinity;
  const take = (part: number) => {
    firstPart = Math.min(firstPart, part);
    lastPart = Math.max(lastPart, part);
  };
  if (head + tail < before.length || head + tail < after.length) {
    from = Math.min(from, head > 0 ? after[head - 1].lastLine + 1 : 0);
    to = Math.max(to, tail > 0 ? after[after.length - tail].firstLine - 1 : dirty.length - 1);
    for (let k = head; k < before.length - tail; k++) take(before[k].part);
    for (let k = head; k < after.length - tail; k++) take(after[k].part);
  }
  if (from <= to) {
    take(partIndex(parts, from));
    take(partIndex(parts, to));
  }
  return { from, to, delta, firstPart, lastPart };
}
