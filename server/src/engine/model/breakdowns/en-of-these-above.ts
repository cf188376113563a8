// "Of these," opening a paragraph (a list item: "- Of these, 2,410 were automatically restarted…") whose whole is the one
// count in the last sentence of the paragraph just before ("- 2,300 virtual machines … had at least one volume
// affected."): the figure right after the cue, said with a verb (were, had, are) or with the whole's own noun, is some
// of that whole, and is never more than it (2,410 of 2,300). Not where the last sentence above holds two counts or
// more (the whole is in doubt), nor a figure that counts another noun (Of these, 2,410 volumes: a machine may have
// several), nor a share.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { canBeTotal, endsSentenceAt, isChange, type Breakdown } from './shared';

/** "- Of these, " · "Of them " · "1. Of those," — the cue, after a list marker, opening the paragraph. */
export const LEADING_OF_THESE_EN = /^(?:[-*+•]\s+|\d{1,2}[.)]\s+)?Of\s+(?:these|them|those)\b,?\s*/;

/** The verb that says the figure is some of the whole's things ("2,410 were restarted", "12 had", "9 are"). */
const VERB_AFTER = /^\s+(?:were|was|are|is|had|have|has|did|do|remain|remained|went|came|needed|need|required|require|received|got|became|will|would|could|can|may|might)\b/;

/** The count of a paragraph's last sentence, when it holds exactly one (a level, exact, no change); else undefined. */
function onlyCount(p: Paragraph, figures: readonly Figure[]): Figure | undefined {
  const text = p.text.trimEnd();
  if (p.atHeading || p.tableHeader || !/\.$/.test(text)) return undefined;
  let start = text.length - 1;
  while (start > 0 && !endsSentenceAt(text, start - 1) && text[start - 1] !== '；' && text[start - 1] !== ';') start--;
  // The figures leadingAmongSummary gives of that sentence (levels, exact, no change), of which one count.
  const counts = figures.filter((f) => f.offset >= start && canBeTotal(f) && !f.approximate && !isChange(text, f) && f.dimension === 'count');
  return counts.length === 1 ? counts[0] : undefined;
}

/** The breakdown of paragraph `i` when it opens with "Of these," under a count in the paragraph before (see above). */
export function leadingOfThese(paragraphs: readonly Paragraph[], i: number, figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown | undefined {
  const p = paragraphs[i];
  const cue = LEADING_OF_THESE_EN.exec(p.text);
  if (!cue || i === 0) return undefined;
  const prev = paragraphs[i - 1];
  if (p.atHeading || prev.section !== p.section || p.firstLine - prev.lastLine > 2) return undefined;
  const whole = onlyCount(prev, figuresIn(prev));
  if (!whole) return undefined;
  const cueAt = cue[0].length;
  const part = figuresIn(p).find((f) => f.offset >= cueAt);
  if (!part || part.offset !== cueAt || part.numberStart !== cueAt || part.approximate || part.perUnit) return undefined;
  if (!(part.dimension === 'count' || part.dimension === '') || (part.unit !== '' && part.unit !== whole.unit)) return undefined;
  const after = p.text.slice(part.offset + part.length);
  if (!VERB_AFTER.test(after) && !(whole.unit !== '' && part.unit === whole.unit)) return undefined;
  return { paragraph: p, total: whole, parts: [part], cueAt, complete: false, partial: false, partition: false, groups: [[part]], approximate: false, whole: false, bracketed: false, subsets: true, wholeAbove: true };
}
