// A whole over N named places, then each place named with its figure in the next sentence: "Total visits across our
// three sites reached 186,400 in 2025–26. The Maritime Museum welcomed 121,300 visitors, the Ropewalk Gallery 48,900
// and the Lighthouse Keeper's Cottage 22,600." A visit is at one site: the figures of the N sites named cannot add up
// to more than the whole (sumOnly: the text may count the whole otherwise, so a sum below it is not read). Only as many
// figures as the places counted, each after a name of its own (capitalised words), in a list closed by "and".

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { smallNumberWord } from '../number-words';
import { type Breakdown } from './shared';

/** "across our three sites", "at all 4 venues", "in the two branches": the places the whole is over, and how many. */
const OVER_PLACES_EN = /\b(?:across|at|in|over|from)\s+(?:(?:all|our|the|its|their)\s+){0,2}(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[a-z-]+\s+)?(?:sites|venues|museums|galleries|branches|libraries|centres|centers|locations|offices|campuses|hubs|depots|stores|shops|clinics|surgeries|practices|theatres|halls|parks|hospitals|schools)\b/i;

/** Words in the parts' sentence that make its figures something other than the sites' shares of the whole. */
const NOT_SHARES_EN = /%|\b(?:than|compared|last\s+year|previous|prior|target|forecast|up|down|increase[sd]?|decrease[sd]?|rise|rose|fall|fell|more|less|each|per|of\s+which|of\s+whom|including|respectively|between|total|together|both|also|average)\b/i;

/** A name of its own: one to five capitalised words (Ropewalk Gallery, Lighthouse Keeper's Cottage). */
const NAME = String.raw`[A-Z][A-Za-z'’&-]*(?:\s+(?:of|and|the|on|upon)?\s*[A-Z][A-Za-z'’&-]*){0,4}`;
const FIRST_LABEL = new RegExp(String.raw`^(?:The\s+|At\s+the\s+|At\s+)?${NAME}\s+(?:[a-z]+\s+){1,2}$`);
const NEXT_LABEL = new RegExp(String.raw`^(?:\s+[a-z]+){0,2}\s*,\s*(?:and\s+)?(?:the\s+)?${NAME}\s+$|^(?:\s+[a-z]+){0,2}\s+and\s+(?:the\s+)?${NAME}\s+$`);

export function sitesThenFiguresBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (figures.length < 3 || !OVER_PLACES_EN.test(text)) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (total.approximate || total.perUnit || total.dimension === '%' || total.value < 10) continue;
    // The total's sentence: from its start to its end, the places counted in it.
    const start = Math.max(text.lastIndexOf('. ', total.offset), text.lastIndexOf('! ', total.offset), text.lastIndexOf('? ', total.offset)) + 1;
    const endMatch = /[.!?](?=\s+[A-Z])/.exec(text.slice(total.offset + total.length, total.offset + total.length + 200));
    if (!endMatch) continue;
    const end = total.offset + total.length + endMatch.index;
    const over = OVER_PLACES_EN.exec(text.slice(start, end));
    if (!over) continue;
    const n = /^\d$/.test(over[1]) ? Number(over[1]) : smallNumberWord(over[1]);
    if (n < 2) continue;
    // The next sentence holds the N figures, and nothing else.
    const from = end + 1 + (/^\s*/.exec(text.slice(end + 1))![0].length);
    const nextEnd = /[.!?](?=\s|$)/.exec(text.slice(from, from + 400));
    if (!nextEnd) continue;
    const to = from + nextEnd.index;
    const parts = figures.filter((f) => f.offset >= from && f.offset < to);
    if (parts.length !== n || NOT_SHARES_EN.test(text.slice(from, to))) continue;
    const alike = (p: Figure) => p.dimension === total.dimension || (['', 'count'].includes(p.dimension) && ['', 'count'].includes(total.dimension));
    if (parts.some((p) => !alike(p) || p.approximate || p.perUnit || p.value <= 0 || p.value > total.value)) continue;
    if (!FIRST_LABEL.test(text.slice(from, parts[0].offset))) continue;
    let named = true;
    for (let i = 1; i < n && named; i++) named = NEXT_LABEL.test(text.slice(parts[i - 1].offset + parts[i - 1].length, parts[i].offset));
    const last = parts[n - 1];
    if (!named || !/\band\s/.test(text.slice(parts[n - 2].offset + parts[n - 2].length, last.offset)) || !/^(?:\s+[a-z]+){0,2}\s*$/.test(text.slice(last.offset + last.length, to))) continue;
    out.push({ paragraph, total, parts, cueAt: from, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: true });
  }
  return out;
}
