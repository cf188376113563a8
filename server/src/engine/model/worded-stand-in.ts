// ### 7. Directors ⏎ ### Section 8: Staff ⏎ ### 9. Auditor: the missing item of a numbered run written out with a
// word (Section 8, Part 8, Chapter 8, Item 8) at the run's heading level. It is the run's item 8 in another style
// (numbering-style's finding), not a gap in the count (numbering-sequence stays silent).

import type { Line } from './lines';
import type { Marker } from './markers';

const WORDED = /^(#{1,6}[ \t]+|[ \t]*)((?:Section|Part|Chapter|Item|SECTION|PART|CHAPTER|ITEM)[ \t]+(\d{1,3}))([ \t]*[:.–—-])?[ \t]+\S/;

export interface WordedStandIn {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** The line between `prev` and `cur` that writes item `missing` of their run with a word, if there is one. */
export function wordedStandIn(lines: readonly Line[], prev: Marker, cur: Marker, missing: number): WordedStandIn | undefined {
  if (prev.listItem || cur.listItem || prev.headingLevel !== cur.headingLevel) return undefined;
  for (let l = prev.line + 1; l < cur.line; l++) {
    const m = WORDED.exec(lines[l].prose);
    if (!m || Number(m[3]) !== missing) continue;
    const level = m[1].trim().length || undefined;
    if (level !== cur.headingLevel) continue;
    const start = m[1].length;
    const end = start + m[2].length + (m[4]?.length ?? 0);
    return { line: l, start, end, text: lines[l].prose.slice(start, end).trim() };
  }
  return undefined;
}

/** Whether a line may write an item with a word (Section 8: …): a summary of its paragraph cannot say what it stands in for. */
export function mayStandIn(prose: string): boolean {
  return WORDED.test(prose);
}
