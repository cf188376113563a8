// "10 of the 9 seats were contested": a count, "of the" (our, its, their, these), then its whole and the whole's noun.
// The part is some of the whole; it cannot be more than it (subsets). Not a place in a sequence (page 10 of 9, week 3
// of 2, item 4 of the 3 …: an ordinal), nor a count of other things (10 of the 9 councils' staff: a possessive after
// the noun), nor a figure of a range or a sum (between 3 and 10 of the …).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { type Breakdown } from './shared';

const OF_THE_EN = /^\s+(?:out\s+)?of\s+(?:the|our|its|their|these|those)\s+$/i;
/** page 10, week 3, No. 4, the top 10, and 10, to 10: a place in a sequence, or a figure of a range, before the part. */
const NOT_A_COUNT_BEFORE = /\b(?:page|pages|p|pp|step|item|phase|stage|part|version|no|number|week|day|year|month|round|chapter|section|appendix|table|figure|session|term|quarter|level|grade|class|group|lot|question|rank|ranked|top|bottom|and|to|or|between|from|than|about|around|nearly|almost|over|under|up|some)\s*\.?\s*$|[#–—-]\s*$/i;
const count = (f: Figure) => (f.dimension === '' || f.dimension === 'count') && !f.perUnit && !f.approximate && f.decimals === 0 && f.scale === 1 && !f.words;

export function nOfMBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes(' of ')) return out;
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    if (!count(a) || !count(b) || a.value <= b.value || b.value <= 0) continue;
    if (!OF_THE_EN.test(text.slice(a.offset + a.length, b.offset))) continue;
    if (NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, a.offset - 16), a.offset))) continue;
    // The whole's noun right after it (seats), not a possessive or a measure (the 9 councils' staff, the 9 years).
    const noun = /^(?:\s+[a-z][a-z-]*){0,2}\s+([a-z][a-z-]*s)\b(?!['’])/i.exec(text.slice(b.offset + b.length - (b.dimension === 'count' ? b.unit.length + 1 : 0), b.offset + b.length + 40));
    if (!noun || /^(?:years|months|weeks|days|hours|minutes|times|points|percent|pounds|dollars)$/i.test(noun[1])) continue;
    out.push({ paragraph, total: b, parts: [a], cueAt: b.offset, complete: false, partial: false, partition: false, groups: [], approximate: false, whole: true, bracketed: false, subsets: true });
  }
  return out;
}
