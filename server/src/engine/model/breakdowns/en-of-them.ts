// "All 48 routes due for renewal … were put out to tender, and 51 of them (106%) attracted fewer than three bids": a
// count "of them" (these, those) is some of the set just counted, and cannot be more than it (subsets). The set is the
// nearest count before it in its sentence, named by a plural noun (48 routes) — else, with no count before it there,
// in the sentence before. Only where every count before it in that sentence is smaller: "them" may be any set the
// sentence counted ("108 inspections of 96 premises, and 100 of them were unannounced": the inspections), so a larger
// count before it is read as the set. Not "51 bids on 48 routes" (no "of them"), nor a count of years or times.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { sentenceStart, type Breakdown } from './shared';

const OF_THEM_EN = /^\s+(?:out\s+)?of\s+(?:them|these|those)\b(?!\s+(?:[a-z-]+\s+){0,2}?(?:years?|months?|weeks?|days?|hours?|times?)\b)/i;
/** page 10, and 10, to 10, top 10, between 3 and 10: no count of its own before "of them". */
const NOT_A_COUNT_BEFORE = /\b(?:page|pages|step|item|no|number|week|day|year|month|round|chapter|section|appendix|table|figure|top|bottom|to|or|between|from|than|about|around|nearly|almost|over|under|up|some|all\s+but)\s*\.?\s*$|[#–—-]\s*$/i;
/** A plural noun right after the set's count (48 routes, 96 premises), not a measure of time or money. */
const SET_NOUN_EN = /^(?:\s+[a-z][a-z-]*){0,2}?\s+([a-z][a-z-]*s)\b(?!['’])/i;
const MEASURE_NOUN = /^(?:years|months|weeks|days|hours|minutes|seconds|times|points|percent|pounds|dollars|euros|pence|cents|miles|metres|meters|kilometres|kilometers|tonnes|tons)$/i;

const count = (f: Figure) => (f.dimension === '' || f.dimension === 'count') && !f.perUnit && !f.approximate && f.decimals === 0 && f.scale === 1 && !f.words;

export function ofThemBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!/ of (?:them|these|those)\b/i.test(text)) return out;
  for (let k = 1; k < figures.length; k++) {
    const part = figures[k];
    if (!count(part) || part.value <= 0) continue;
    if (!OF_THEM_EN.test(text.slice(part.numberEnd, part.numberEnd + 60))) continue;
    if (NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, part.offset - 16), part.offset))) continue;
    // The counts of its sentence before it; with none, those of the sentence before.
    const start = sentenceStart(text, part.offset, 400);
    let before = figures.slice(0, k).filter((f) => f.offset >= start);
    if (before.length === 0 && start > 0) {
      const previous = sentenceStart(text, Math.max(0, start - 2), 400);
      before = figures.slice(0, k).filter((f) => f.offset >= previous && f.offset < start);
    }
    const counts = before.filter(count);
    if (counts.length === 0 || counts.some((f) => f.value >= part.value)) continue;
    // Nothing but counts of things before it (not £1.2 million, 30%, 2026/27: a set may be counted in another way).
    if (before.some((f) => !count(f) && f.dimension !== 'date' && f.dimension !== 'year')) continue;
    const whole = counts[counts.length - 1];
    const noun = SET_NOUN_EN.exec(text.slice(whole.numberEnd, whole.numberEnd + 40));
    if (!noun || MEASURE_NOUN.test(noun[1]) || NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, whole.offset - 16), whole.offset))) continue;
    out.push({ paragraph, total: whole, parts: [part], cueAt: part.offset, complete: false, partial: false, partition: false, groups: [], approximate: false, whole: true, bracketed: false, subsets: true });
  }
  return out;
}

/** "Of the 640 enquiries" · "of our 84 locks": the words that open a set's count, of which the clause after takes some. */
const OF_THE_BEFORE_EN = /\bof\s+(?:the|our|its|their|these|those)\s+$/i;
/** What a count of some of the set says of them right after it: a verb (91 required, 2,410 were) or "cases". */
const SOME_VERB_EN = /^\s+(?:were|was|are|is|had|have|has|required|needed|received|got|did|led|resulted|reported|showed|met|passed|failed|returned|responded|completed|closed|remained|cases)\b/i;

/**
 * "Of the 640 enquiries concluded during the year, the risk was reduced or removed in 672 cases" · "of our 84 locks, 91
 * required minor repairs": the first count of the clause after the set's comma is some of that set, and cannot be more
 * than it. Only a count told by a verb right after it, by "cases", or by the set's own noun (not "1,200 actions").
 */
export function ofTheSetBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!/\bof (?:the|our|its|their|these|those) \d/i.test(text)) return out;
  for (let k = 0; k < figures.length - 1; k++) {
    const whole = figures[k];
    if (!count(whole) || !OF_THE_BEFORE_EN.test(text.slice(Math.max(0, whole.offset - 12), whole.offset))) continue;
    const noun = SET_NOUN_EN.exec(text.slice(whole.numberEnd, whole.numberEnd + 40));
    if (!noun || MEASURE_NOUN.test(noun[1])) continue;
    const rest = text.slice(whole.numberEnd, whole.numberEnd + 120);
    const comma = rest.search(/[,;.!?]/);
    if (comma < 0 || rest[comma] !== ',') continue;
    const clauseStart = whole.numberEnd + comma + 1;
    const part = figures[k + 1];
    if (part.offset < clauseStart || /[.;!?]/.test(text.slice(clauseStart, part.offset)) || !count(part) || part.value <= whole.value) continue;
    if (NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, part.offset - 16), part.offset))) continue;
    const after = text.slice(part.numberEnd, part.numberEnd + 40);
    const partNoun = SET_NOUN_EN.exec(after)?.[1];
    if (!SOME_VERB_EN.test(after) && partNoun?.toLowerCase() !== noun[1].toLowerCase()) continue;
    out.push({ paragraph, total: whole, parts: [part], cueAt: part.offset, complete: false, partial: false, partition: false, groups: [], approximate: false, whole: true, bracketed: false, subsets: true });
  }
  return out;
}
