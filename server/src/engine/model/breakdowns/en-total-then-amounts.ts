// A total stated in a sentence of its own, then the amounts it was made of in the next: "Total income for the year was
// £2.46 million. Trusts and foundations gave £1.08 million, individual donors £0.71 million, corporate partners £0.52
// million and community fundraising £0.29 million." Each pound came from one source (went on one thing), so the amounts
// cannot add up to more than the total; the text does not say they are all of it (sumOnly).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { MONEY, type Breakdown } from './shared';

/** "Total income for the year was " · "Our total expenditure in 2025/26 came to ": a sentence that opens with the total. */
const TOTAL_OPENS_EN = /(?:^|[.!?]\s+)(?:(?:Our|The)\s+)?[Tt]otal\s+((?:[a-z-]+\s+){0,2}?(income|expenditure|spending|funding|revenue|donations|receipts|costs))\b(?:[^.;:!?\d%()]|(?<=\s)(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?(?!\d)){0,40}?\s(?:was|were|came\s+to|totalled|totaled|amounted\s+to|reached|stood\s+at)\s+$/;

/** The sources of income (gave, donated, raised, came from) or the uses of spending (cost, spent on, went on). */
const SOURCE_VERBS_EN = /\b(?:gave|given|contributed|donated|provided|raised|generated|brought\s+in|came\s+from|from)\b/i;
const USE_VERBS_EN = /\b(?:cost|spent|went\s+on|on|accounted\s+for)\b/i;

/** Words that make the amounts something else than the total's pieces: comparisons, changes, rates, sub-totals. */
const NOT_PIECES_EN = /%|\b(?:than|compared|last\s+year|previous|prior|budget(?:ed)?|target|forecast|up|down|increase[sd]?|decrease[sd]?|rise|rose|fall|fell|more|less|each|per|a\s+year|of\s+which|including|of\s+this|respectively|between|total|totalled|totaled|together|net|gross|restricted|unrestricted|further|additional|also|in\s+kind)\b/i;

/** Between two amounts of the list: the next one's label, no clause end, no figure. */
const PIECE_GAP_EN = /^[^.;:!?\d()]{1,60}$/;

export function totalThenAmountsBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('otal ')) return out;
  for (let k = 0; k + 3 < figures.length; k++) {
    const total = figures[k];
    if (!MONEY.has(total.dimension) || total.approximate || total.perUnit) continue;
    const opens = TOTAL_OPENS_EN.exec(text.slice(Math.max(0, total.offset - 120), total.offset));
    if (!opens) continue;
    const after = /^\s*\.\s+(?=[A-Z])/.exec(text.slice(total.offset + total.length, total.offset + total.length + 4));
    if (!after) continue;
    const from = total.offset + total.length + after[0].length;
    // The next sentence, 400 characters at most (a list of amounts is shorter; the search stays linear).
    const endMatch = /[.!?](?=\s|$)/.exec(text.slice(from, from + 400));
    if (!endMatch && from + 400 < text.length) continue;
    const end = endMatch ? from + endMatch.index : text.length;
    const parts: Figure[] = [];
    let j = k + 1;
    for (; j < figures.length && figures[j].offset < end; j++) parts.push(figures[j]);
    if (parts.length < 3 || parts.some((p) => p.dimension !== total.dimension || p.approximate || p.perUnit || p.value <= 0 || p.value > total.value)) continue;
    const sentence = text.slice(from, end);
    if (NOT_PIECES_EN.test(sentence)) continue;
    const income = /income|funding|revenue|donations|receipts/.test(opens[2]);
    if (!(income ? SOURCE_VERBS_EN : USE_VERBS_EN).test(text.slice(from, parts[0].offset))) continue;
    let listed = true;
    for (let i = 1; i < parts.length && listed; i++) listed = PIECE_GAP_EN.test(text.slice(parts[i - 1].offset + parts[i - 1].length, parts[i].offset));
    // The list closed by "and" before the last amount, and nothing after it but the last one's own words.
    const last = parts[parts.length - 1];
    const beforeLast = parts[parts.length - 2];
    if (!listed || !/\band\s/.test(text.slice(beforeLast.offset + beforeLast.length, last.offset)) || !/^[^\d]{0,40}$/.test(text.slice(last.offset + last.length, end))) continue;
    out.push({ paragraph, total, parts, cueAt: from, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: true });
    k = j - 1;
  }
  return out;
}
