// Where an amount went, each use with its own amount: "The grant of $850,000 went on salaries ($510,000), equipment
// ($220,000) and travel ($160,000)" · "£1.2m was spent on staff £640,000, premises £380,000 and outreach £290,000".
// Money spent on one use is not spent on another: the uses cannot add up to more than the amount.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { MONEY, PARTIAL, type Breakdown } from './shared';
import { SMALL_NUMBER_WORDS, smallNumberWord } from '../number-words';

/** " went on " · " of the grant was spent on " · " was used for ": the amount's verb of spending, then its first use. */
const WENT_ON = /^[^\d.;:!?()£$€¥]{0,40}?\b(?:went|goes|go|was\s+spent|were\s+spent|is\s+spent|are\s+spent|has\s+been\s+spent|was\s+used|is\s+used|has\s+been\s+used)\s+(?:on|for)\s+/i;
/** A use's name: a few words, no figure, no clause mark. */
const USE = String.raw`[a-z][a-z'’ -]{0,40}?`;
/** The first use's name, then its amount (in brackets or not). */
const FIRST_BRACKETED = new RegExp(`^${USE}\\s*\\($`, 'i');
const FIRST_BARE = new RegExp(`^${USE}\\s+$`, 'i');
/** Between two uses: the last amount's bracket closed, a comma or "and", the next use's name. */
const NEXT_BRACKETED = new RegExp(`^\\s*\\)\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${USE}\\s*\\($`, 'i');
const NEXT_BARE = new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${USE}\\s+$`, 'i');

/** An amount and the uses it went on, each named with its amount, two at least. */
export function wentOnBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!MONEY.has(total.dimension) || total.approximate || total.perUnit) continue;
    const end = total.offset + total.length;
    const cue = WENT_ON.exec(text.slice(end, figures[k + 1].offset));
    if (!cue) continue;
    const cueAt = end + cue[0].length;
    const first = text.slice(cueAt, figures[k + 1].offset);
    const bracketed = FIRST_BRACKETED.test(first);
    if (!bracketed && !FIRST_BARE.test(first)) continue;
    const parts: Figure[] = [];
    let j = k + 1;
    for (; j < figures.length; j++) {
      const f = figures[j];
      if (f.dimension !== total.dimension || f.approximate || f.perUnit) break;
      if (parts.length > 0) {
        const prev = parts[parts.length - 1];
        if (!(bracketed ? NEXT_BRACKETED : NEXT_BARE).test(text.slice(prev.offset + prev.length, f.offset))) break;
      }
      parts.push(f);
    }
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    const after = text.slice(last.offset + last.length, last.offset + last.length + 40);
    if (bracketed && !/^\s*\)/.test(after)) continue;
    // "…and travel ($160,000), among other things" / "including": the uses named may be some of them — the sum still
    // cannot pass the amount, which is all that is read.
    out.push({ paragraph, total, parts, cueAt, complete: false, partial: PARTIAL.test(text.slice(cueAt, last.offset)), partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
    k = j - 1;
  }
  return out;
}

const COUNT_WORDS_EN = SMALL_NUMBER_WORDS.slice(1, 12);

/**
 * " for 2026/27, made up of four projects: " · ", comprising three schemes: ": after the amount (and the year it is for),
 * the verb that says what it is made of, the count of its items, their noun and a colon.
 */
const MADE_OF_COUNTED = new RegExp(
  String.raw`^(?:\s+(?:for|in)\s+(?:(?:the\s+)?(?:financial\s+)?year\s+)?\d{4}(?:[/-]\d{2,4})?)?\s*,?\s*(?:(?:is|was|are|were)\s+)?(?:made\s+up\s+of|comprising|comprises|comprised|consisting\s+of|consists\s+of|split\s+(?:between|across|among)|spread\s+(?:between|across))\s+(?:the\s+following\s+)?(${COUNT_WORDS_EN.join('|')}|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?[a-z-]{3,}s\s*:\s*$`,
  'i',
);
/** The first item's name, then the bracket its amount is in: "the Berth 4 quay wall (". */
const FIRST_NAMED = /^\s*[^()\d£$€¥.;:!?]?[^()£$€¥;:!?]{0,60}\(\s*$/;
/** Between two items: the amount's bracket closed, a comma or "and", the next item's name and its bracket. */
const NEXT_NAMED = /^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^()£$€¥;:!?]{1,60}\(\s*$/i;

/**
 * "a capital programme of £27.5 million for 2026/27, made up of four projects: the Berth 4 quay wall (£11.2 million),
 * maintenance dredging (£6.8 million), the new pilot launch (£3.9 million) and the terminal power upgrade (£4.1
 * million)." — an amount made up of as many items as it counts, each with its amount in brackets, closed by "and" and
 * the sentence: all of it. Fewer items than counted: only a sum above the amount is read.
 */
export function madeOfCountedBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes(':') || !/made\s+up|compris|consist|split|spread/i.test(text)) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!MONEY.has(total.dimension) || total.approximate || total.perUnit) continue;
    const end = total.offset + total.length;
    const near = text.slice(end, end + 91).indexOf(':');
    if (near < 0) continue;
    const colon = end + near;
    const cue = MADE_OF_COUNTED.exec(text.slice(end, colon + 1));
    if (!cue) continue;
    const word = cue[1].toLowerCase();
    const count = /^\d/.test(word) ? Number(word) : smallNumberWord(word);
    const cueAt = colon + 1;
    const parts: Figure[] = [];
    let at = cueAt;
    let j = k + 1;
    while (j < figures.length && figures[j].offset < cueAt) j++;
    for (; j < figures.length; j++) {
      const f = figures[j];
      // A figure in an item's name (Berth 4) is no amount.
      if (f.dimension !== total.dimension) continue;
      if (f.approximate || f.perUnit || !(parts.length === 0 ? FIRST_NAMED : NEXT_NAMED).test(text.slice(at, f.offset))) break;
      parts.push(f);
      at = f.offset + f.length;
    }
    if (parts.length < 2 || parts.length > count) continue;
    const last = parts[parts.length - 1];
    const prev = parts[parts.length - 2];
    const closed = /^\s*\)\s*(?:[.;]|$)/.test(text.slice(at, at + 8)) && /\band\s+[^()]*\(\s*$/i.test(text.slice(prev.offset + prev.length, last.offset));
    const complete = closed && parts.length === count;
    out.push({ paragraph, total, parts, cueAt, complete, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: !complete });
    k = figures.indexOf(last);
  }
  return out;
}
