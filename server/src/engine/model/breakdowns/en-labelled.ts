// English labelled lists after a colon that ends the whole's clause: "Conclusions recorded at the 598 inquests
// concluded were: natural causes 112; accident or misadventure 204; …; open 31." (labels of one family, bare counts).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { familyOf, distinctInOne } from './kinds';
import { PARTIAL, countable, type Breakdown } from './shared';

/** "at the 598 inquests concluded were:": the whole's noun and a few words, then the colon (no figure, no clause end). */
const LABELLED_CUE_EN = /^\s+[a-z][a-z, -]{0,60}?(?:\s(?:were|was|are|is))?:\s*$/i;

const MEASURE_EACH_EN = /\b(?:average|mean|median|times?|rates?|scores?|per|minutes|hours|days|weeks|ratio|percentage|proportion)\b/i;

/** "; accident or misadventure ": the separator before a label, then the label's words (no figure). */
const LABEL_GAP_EN = /^\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)([A-Za-z][A-Za-z' -]{0,40}?)\s+$/;

/**
 * "Conclusions recorded at the 598 inquests concluded were: natural causes 112; accident or misadventure 204; …; open 31.":
 * after a colon that ends the whole's clause, each part is a label then its bare number, to the end of the sentence.
 * Read as a partition only where every label names a different member of one family (one conclusion per inquest), so
 * a list that may overlap says nothing; "included" or "the most common" before the colon make it partial.
 */
export function labelledListBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes(':') || /\p{sc=Han}/u.test(text)) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!countable(total)) continue;
    const next = figures[k + 1];
    const between = text.slice(total.offset + total.length, next.offset);
    const colon = between.indexOf(':');
    if (colon < 0 || !LABELLED_CUE_EN.test(between.slice(0, colon + 1))) continue;
    const cueAt = total.offset + total.length + colon + 1;
    // "Average response times at the 23 stations were:": a measure for each kind, which does not add up.
    if (MEASURE_EACH_EN.test(text.slice(Math.max(0, total.offset - 60), cueAt))) continue;
    const parts: Figure[] = [];
    const labels: string[] = [];
    let at = cueAt;
    let label = /^\s*([A-Za-z][A-Za-z' -]{0,40}?)\s+$/.exec(text.slice(at, next.offset));
    for (let j = k + 1; j < figures.length && label; j++) {
      const f = figures[j];
      // Counts only: "wholetime 12.5, day-crewed 9.8" are a measure of each kind (minutes, a rate), not its share of the whole.
      if (f.unit !== '' || f.perUnit || f.approximate || f.dimension !== '' || f.decimals > 0) break;
      parts.push(f);
      labels.push(label[1]);
      at = f.offset + f.length;
      const following = figures[j + 1];
      label = following ? LABEL_GAP_EN.exec(text.slice(at, following.offset)) : null;
    }
    if (parts.length < 3) continue;
    // The list runs to the end of the sentence: nothing but the full stop after its last number.
    if (!/^\s*(?:[.!?]|$)/.test(text.slice(at, at + 3))) continue;
    const kinds = labels.map((l) => familyOf(l.trim()));
    if (!distinctInOne(kinds)) continue;
    const partial = PARTIAL.test(text.slice(Math.max(0, total.offset - 60), cueAt)) || /\b(?:most\s+common|main|top|included|includes|include)\b/i.test(text.slice(Math.max(0, total.offset - 60), cueAt));
    out.push({ paragraph, total, parts, cueAt, complete: false, partial, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
  }
  return out;
}
