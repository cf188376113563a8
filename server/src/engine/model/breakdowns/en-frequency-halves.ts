// People split by how often they do a thing, into the two halves that take in everyone who does it at all
// (data/frequency-halves.json): "supported by 1,150 volunteers, of whom 640 give time every month and 480 help
// occasionally at events" (1,120) — regular or occasional, each volunteer is one or the other, so the two make the whole.
// Only English, a whole of people ("of whom" right after it), exactly two parts, the first's clause naming one half
// (every month, weekly, regularly) and the second's the other (occasionally, from time to time), no other figure in
// either clause, and nothing in the sentence or the next that names a group outside both (the rest, others, a further,
// including). Not "of whom 640 are over 60 and 480 joined this year" (no halves: overlapping groups), nor "640 weekly
// and 480 monthly" (both regular).

import data from '../../data/frequency-halves.json';
import { alternation } from '../../patterns';
import type { Breakdown } from './shared';

const REGULAR = new RegExp(`\\b(?:${alternation(data.regular)})\\b`, 'i');
const OCCASIONAL = new RegExp(`\\b(?:${alternation(data.occasional)})\\b`, 'i');
const REST = new RegExp(`\\b(?:${alternation(data.rest)})\\b`, 'i');

/** Where a sentence ends: . ! ? ; before a space or the end. */
const SENTENCE_END = /[.!?;](?=\s|$)/;

/** `b` marked as all of its whole when its two parts are the regular and the occasional half (see above); else undefined. */
export function frequencyHalves(b: Breakdown): Breakdown | undefined {
  const total = b.total;
  if (!total || b.parts.length !== 2 || b.partial || b.subsets || b.losses || b.wholeAbove || b.bracketed || b.halves || b.approximate) return undefined;
  const [p, q] = b.parts;
  const text = b.paragraph.text;
  if (p.paragraph !== b.paragraph || q.paragraph !== b.paragraph || total.paragraph !== b.paragraph) return undefined;
  if (total.dimension !== 'count' || !(p.dimension === '' || p.dimension === 'count') || !(q.dimension === '' || q.dimension === 'count')) return undefined;
  if (/\p{sc=Han}/u.test(text.slice(total.offset, q.offset + q.length))) return undefined;
  // 1,150 volunteers, of whom 640 …: the cue right after the whole and its noun.
  if (!/^[a-z -]{0,30},?\s+of\s+whom\s+$/i.test(text.slice(total.numberEnd, p.offset))) return undefined;
  // The first part's clause, up to "and", then the second's up to the sentence's end.
  const first = text.slice(p.numberEnd, q.offset);
  if (!/\band\s+$/.test(first) || /\d/.test(first)) return undefined;
  const close = SENTENCE_END.exec(text.slice(q.numberEnd));
  const end = close ? q.numberEnd + close.index : text.length;
  const second = text.slice(q.numberEnd, end);
  if (/\d/.test(second)) return undefined;
  const sides = [first, second].map((s) => (REGULAR.test(s) && !OCCASIONAL.test(s) ? 'regular' : OCCASIONAL.test(s) && !REGULAR.test(s) ? 'occasional' : undefined));
  if (!sides[0] || !sides[1] || sides[0] === sides[1]) return undefined;
  // Nothing in the whole's sentence or the next that names a group outside both halves.
  const start = Math.max(0, text.lastIndexOf('. ', total.offset) + 1);
  const next = SENTENCE_END.exec(text.slice(end + 1));
  const nextEnd = next ? end + 1 + next.index : text.length;
  if (REST.test(text.slice(start, nextEnd + 1))) return undefined;
  const word = (s: string) => (REGULAR.exec(s) ?? OCCASIONAL.exec(s))![0];
  return { ...b, complete: true, partition: true, groups: [b.parts], halves: [word(first), word(second)] };
}
