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

const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * " work in four teams:", " are split across 3 sites:", " fall into five groups:": the words after the whole count the kinds
 * its parts are (a plural noun right before the colon), as digits or words. Not "the four largest teams:" (some of them),
 * nor "teams of four:".
 */
const ANNOUNCED_EN = /^\s+[a-z][a-z -]{0,40}?\b(?:in|into|across|between|among|over|by)\s+(?:(?:the|its|our|their)\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+([a-z]+s)\s*:/i;

export function announcedKinds(after: string): number | undefined {
  const m = ANNOUNCED_EN.exec(after);
  if (!m) return undefined;
  return /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
}

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
    let next = figures[k + 1];
    // " work in four teams:" / " work in 4 teams:": the count of the kinds (in digits, a figure that is no part).
    const announced = announcedKinds(text.slice(total.offset + total.length, Math.min(text.length, total.offset + total.length + 80)));
    if (announced !== undefined && next.value === announced && next.offset < text.indexOf(':', total.offset + total.length)) {
      if (k + 2 >= figures.length) continue;
      next = figures[k + 2];
    }
    const between = text.slice(total.offset + total.length, next.offset);
    const colon = between.indexOf(':');
    if (colon < 0 || !(LABELLED_CUE_EN.test(between.slice(0, colon + 1)) || announced !== undefined)) continue;
    const cueAt = total.offset + total.length + colon + 1;
    // "Average response times at the 23 stations were:": a measure for each kind, which does not add up.
    if (MEASURE_EACH_EN.test(text.slice(Math.max(0, total.offset - 60), cueAt))) continue;
    const parts: Figure[] = [];
    const labels: string[] = [];
    let at = cueAt;
    let label = /^\s*([A-Za-z][A-Za-z' -]{0,40}?)\s+$/.exec(text.slice(at, next.offset));
    for (let j = figures.indexOf(next); j < figures.length && label; j++) {
      const f = figures[j];
      // Counts only: "wholetime 12.5, day-crewed 9.8" are a measure of each kind (minutes, a rate), not its share of the whole.
      if (f.unit !== '' || f.perUnit || f.approximate || f.dimension !== '' || f.decimals > 0) break;
      parts.push(f);
      labels.push(label[1]);
      at = f.offset + f.length;
      const following = figures[j + 1];
      label = following ? LABEL_GAP_EN.exec(text.slice(at, following.offset)) : null;
    }
    // "Our 412 staff work in four teams: Infrastructure 168, Community 104, Finance 66 and Corporate 84.": as many labels,
    // each a different one, as the kinds the text counts — all of the whole, whatever the labels are.
    const all = announced !== undefined && parts.length === announced && new Set(labels.map((l) => l.trim().toLowerCase())).size === parts.length;
    if (parts.length < (all ? 2 : 3)) continue;
    // The list runs to the end of the sentence: nothing but the full stop after its last number.
    if (!/^\s*(?:[.!?]|$)/.test(text.slice(at, at + 3))) continue;
    const kinds = labels.map((l) => familyOf(l.trim()));
    if (!all && !distinctInOne(kinds)) continue;
    const partial = PARTIAL.test(text.slice(Math.max(0, total.offset - 60), cueAt)) || /\b(?:most\s+common|main|top|included|includes|include)\b/i.test(text.slice(Math.max(0, total.offset - 60), cueAt));
    out.push({ paragraph, total, parts, cueAt, complete: all && !partial, partial, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
  }
  return out;
}
