// A count stated in one sentence, what it was made of in the next, opened by "These" and a verb of partition:
//   "During 2024/25 the Council received 1,840 complaints about the service. These comprised 912 about late or missed
//   pick-ups, 604 about driver or passenger assistant conduct and 381 about route changes made at short notice."
//   "The service desk logged 4,812 tickets in Q3, up 6.3 per cent on Q2 (4,527). These comprised 2,907 incidents, 1,733
//   service requests and 208 change requests."
// The whole is the one count the sentence before states outside brackets (not the Q2 figure in brackets, not a change);
// the parts, each of one kind only and closed by "and" and the sentence, are all of it.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { NOT_PART_EN, PARTIAL, insideBrackets, isChange, partitionOf, sentenceStart, type Breakdown } from './shared';

/**
 * ". These comprised " · ". They consisted of " · ". These were made up of " · ". These break down as " · ". These were
 * split into ": a sentence that opens by saying what the one before counted was made of.
 */
const THESE_MADE_OF_EN =
  /^\s*(?:These|They|Those)\s+(comprised|comprise|consisted\s+of|consist\s+of|were\s+made\s+up\s+of|are\s+made\s+up\s+of|(?:broke|break)\s+down\s+(?:as|into)|were\s+broken\s+down\s+(?:as|into)|(?:were|are)\s+(?:split|divided)\s+into|split\s+into|divided\s+into)\s+$/;

/** Words of the sentence before the total's own that make it no plain count: a rate, a share, a comparison. */
const NOT_WHOLE_AFTER_EN = /^\s*(?:per\s+cent|percent|%|times|fewer|more|less|higher|lower)\b/i;

export function theseComprisedBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!/\b(?:These|They|Those)\s/.test(text)) return out;
  for (let j = 0; j < figures.length; j++) {
    const first = figures[j];
    const sentence = sentenceStart(text, first.offset, 200);
    if (sentence === 0 || j === 0) continue;
    const opener = THESE_MADE_OF_EN.exec(text.slice(sentence, first.offset));
    if (!opener || sentence + opener[0].length !== first.offset) continue;
    // The count the sentence before states: the only one outside brackets that is no change, rate or year.
    const before = sentenceStart(text, sentence - 1, 400);
    const candidates: number[] = [];
    for (let k = j - 1; k >= 0 && figures[k].offset >= before; k--) {
      const f = figures[k];
      if (f.dimension !== 'count' || insideBrackets(text, before, f.offset) || isChange(text, f) || f.perUnit) continue;
      if (NOT_WHOLE_AFTER_EN.test(text.slice(f.numberEnd, f.numberEnd + 12))) continue;
      candidates.push(k);
    }
    if (candidates.length !== 1) continue;
    const k = candidates[0];
    const total = figures[k];
    if (total.approximate || total.value <= 0) continue;
    // The parts: every figure to the end of the sentence, counts (or bare numbers) of the same things, no clause of
    // their own (of which, including, a semicolon, a bracket), the list closed by "and" before the last.
    const endMatch = /[.!?](?=\s|$)/.exec(text.slice(first.offset, first.offset + 400));
    if (!endMatch) continue;
    const end = first.offset + endMatch.index;
    const region = text.slice(first.offset, end);
    if (PARTIAL.test(region) || NOT_PART_EN.test(region) || /[;:()[\]]|\bof\s+wh|\bwhile\b|\bwhereas\b/i.test(region)) continue;
    const parts: Figure[] = [];
    for (let i = j; i < figures.length && figures[i].offset < end; i++) parts.push(figures[i]);
    if (parts.length < 2 || parts.some((p) => (p.dimension !== 'count' && p.dimension !== '') || p.approximate || p.perUnit || p.words || p.value <= 0 || p.value > total.value)) continue;
    const last = parts[parts.length - 1];
    const beforeLast = parts[parts.length - 2];
    const between = text.slice(beforeLast.offset + beforeLast.length, last.offset);
    if (!/\band\s+$/.test(between) || /\b(?:and|or|other|others|etc)\b/i.test(text.slice(last.offset + last.length, end))) continue;
    const b = partitionOf(paragraph, total, parts, first.offset, { complete: true });
    out.push(b);
  }
  return out;
}
