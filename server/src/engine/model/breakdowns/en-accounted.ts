// Named places or bodies that "accounted for" a whole, the verb said once: "Our three visitor centres welcomed 286,000
// people; Fellgate Centre alone accounted for 191,000, Haws Bridge for 64,000 and Scarside for 48,000." Each is some of
// the whole the clause before states, and one place's visitors are not another's: they cannot add up to more than it.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { countable, MONEY, regionEnd, sentenceEndsBetween, type Breakdown } from './shared';

/** "Fellgate Centre alone accounted for " · "Fellgate accounted for ": a named part, then the verb, right before its figure. */
const FIRST_ACCOUNTED = /(?:^|[;,:]\s*|\.\s+)((?:[A-Z][A-Za-z'’-]*)(?:\s+(?:[A-Z][A-Za-z'’-]*|of|and|upon|on))*)\s+(?:alone\s+|on\s+its\s+own\s+)?accounted\s+for\s+$/;
/** ", Haws Bridge for " · " and Scarside for ": the next named part, the verb left out. */
const NEXT_ACCOUNTED = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][A-Za-z'’-]*)(?:\s+(?:[A-Z][A-Za-z'’-]*|of|upon|on))*\s+(?:(?:alone\s+)?accounted\s+)?for\s+$/;

/** A part and its whole in one measure: counts of one unit (a bare number counts what the whole does), or one currency. */
function sameMeasure(part: Figure, whole: Figure): boolean {
  if (part.approximate || part.perUnit || whole.approximate || whole.perUnit) return false;
  if (countable(part) && countable(whole)) return part.unit === '' || part.unit === whole.unit;
  return MONEY.has(whole.dimension) && part.dimension === whole.dimension;
}

export function accountedForBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('accounted for')) return out;
  for (let j = 1; j + 1 < figures.length; j++) {
    const first = figures[j];
    const head = FIRST_ACCOUNTED.exec(text.slice(Math.max(0, first.offset - 80), first.offset));
    if (!head || first.dimension === '%') continue;
    // The whole: the last figure of the part's measure before it, in its sentence or the one before.
    // A dozen figures back at most, and no further than the sentence before (two sentence ends).
    let k = j - 1;
    let ends = 0;
    for (; k >= 0 && k >= j - 12; k--) {
      if (sentenceEndsBetween(text, figures[k].offset + figures[k].length, figures[k + 1].offset)) ends++;
      if (ends > 1 || sameMeasure(first, figures[k])) break;
    }
    if (k < 0 || k < j - 12 || ends > 1) continue;
    const total = figures[k];
    const cueAt = first.offset - head[0].length + head[0].indexOf(head[1]);
    const parts = [first];
    const end = regionEnd(text, first.offset);
    let i = j + 1;
    for (; i < figures.length && figures[i].offset < end; i++) {
      const f = figures[i];
      const prev = parts[parts.length - 1];
      if (!sameMeasure(f, total) || !NEXT_ACCOUNTED.test(text.slice(prev.offset + prev.length, f.offset))) break;
      parts.push(f);
    }
    if (parts.length < 2) continue;
    out.push({ paragraph, total, parts, cueAt, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: true });
    j = i - 1;
  }
  return out;
}
