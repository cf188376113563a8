// Wholes in the paragraph before: a paragraph opened by 其中 (全年共受理信访事项1,236件。⏎其中，来信412件…) or by
// "The network is made up of …", whose whole is the one figure of the parts' unit in the last sentence above.

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { collectParts } from './parts';
import { LEADING_OF_THESE_EN, leadingOfThese } from './en-of-these-above';
import { PARTIAL, endsSentenceAt, isChange, canBeTotal, type Breakdown } from './shared';

/** 其中 opening a paragraph: 其中，来信412件… · 其中：… · 其中小学80所… (not 其中之一). */
const LEADING_AMONG = /^\s*其中(?!之)[，,：:]?/;

// 3.2 The network is made up of 512 km of A roads, 868 km of B and C roads and 2,832 km of unclassified roads: a
// sentence that opens its paragraph with "The <noun> is made up of" (comprises, consists of) and no figure of its own.
const LEADING_MADE_OF_EN = /^(?:\d+(?:\.\d+)*\.?\s+)?The\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(is\s+made\s+up\s+of|comprises|consists\s+of)\s+(?=[£$€]?\d)/;

/**
 * The whole of a leading "The network is made up of …" sentence: the one figure of the parts' unit in the last sentence
 * of the paragraph before (4,312 km of roads), in the same section. The parts are all of it when the list closes with
 * "and" and the sentence, with no word that leaves parts out.
 */
function leadingMadeOf(paragraphs: Paragraph[], i: number, figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown | undefined {
  const p = paragraphs[i];
  const cue = LEADING_MADE_OF_EN.exec(p.text);
  if (!cue) return undefined;
  const prev = paragraphs[i - 1];
  // Numbered paragraphs (3.1 …, 3.2 …) are sections of their own: siblings under one parent, each a sentence.
  const siblings = p.atHeading && prev.atHeading && p.section !== undefined && prev.section !== undefined && p.section.parent === prev.section.parent && p.section.key === prev.section.key;
  if ((!siblings && (p.atHeading || prev.section !== p.section)) || p.firstLine - prev.lastLine > 2) return undefined;
  const cueAt = cue[0].length;
  // 3.2: the paragraph's own number is no part.
  const figures = figuresIn(p).filter((f) => f.offset >= cueAt);
  const first = figures[0];
  if (!first || first.offset !== cueAt || !canBeTotal(first) || first.dimension === 'count' || !first.unit) return undefined;
  const wholes = lastSentenceWholes(siblings ? { ...prev, atHeading: false } : prev, figuresIn(prev), true).filter((f) => f.dimension === first.dimension && f.unit === first.unit);
  if (wholes.length !== 1) return undefined;
  const b = collectParts(p, [wholes[0], ...figures], 0, 1, cueAt, cue[2], cue[2].replace(/\s+/g, ' '), true);
  if (!b || b.parts.length < 2 || b.parts.some((f) => f.unit !== first.unit)) return undefined;
  // 4,312 km of roads → 512 km of A roads, 868 km of B and C roads: each part names the whole's noun (not footways).
  const nounAfter = (f: Figure) => f.paragraph.text.slice(f.offset + f.length, f.offset + f.length + 48).split(/[,.;:!?()]|\band\s+(?=[£$€]?\d)/)[0].trim().toLowerCase();
  const noun = /([a-z-]{3,})$/.exec(nounAfter(wholes[0]))?.[1];
  if (!noun || !b.parts.every((f) => new RegExp(`\\b${noun}$`).test(nounAfter(f)))) return undefined;
  const last = b.parts[b.parts.length - 1];
  const sentence = p.text.slice(cueAt).split(/\.(?:\s|$)|[;!?]/)[0];
  const closes = /\band\s+$/.test(p.text.slice(b.parts[b.parts.length - 2].offset + b.parts[b.parts.length - 2].length, last.offset)) && last.offset < cueAt + sentence.length && /^[^\d,;]*$/.test(p.text.slice(last.offset + last.length, cueAt + sentence.length));
  const complete = b.complete || (closes && !b.partial && !PARTIAL.test(sentence));
  return { ...b, complete, partition: true, groups: [b.parts], wholeAbove: true };
}

/**
 * The figures of a paragraph's last sentence that may be the whole of a paragraph opened by 其中 (readLeadingAmong):
 * the sentence must end the paragraph with 。 and hold one figure of a unit, a level that is no change.
 */
function lastSentenceWholes(p: Paragraph, figures: readonly Figure[], english = false): Figure[] {
  const text = p.text.trimEnd();
  if (p.atHeading || p.tableHeader || !(english ? /[。.]$/ : /[。]$/).test(text)) return [];
  let start = text.length - 1;
  while (start > 0 && !endsSentenceAt(text, start - 1) && text[start - 1] !== '；' && text[start - 1] !== ';') start--;
  const out: Figure[] = [];
  for (let j = figures.length - 1; j >= 0 && figures[j].offset >= start; j--) {
    const f = figures[j];
    if (canBeTotal(f) && !f.approximate && !isChange(text, f)) out.push(f);
  }
  return out.reverse();
}

/**
 * What readLeadingAmong reads of a paragraph, for sum-mismatch's summary: whether it opens with 其中, and the figures
 * its last sentence offers as a whole (their values and units; words typed around them change nothing).
 */
export function leadingAmongSummary(p: Paragraph, figures: readonly Figure[]): string | undefined {
  if (LEADING_AMONG.test(p.text) || LEADING_MADE_OF_EN.test(p.text) || LEADING_OF_THESE_EN.test(p.text)) return undefined;
  return lastSentenceWholes(p, figures, true).map((f) => `${f.value}${f.unit}/${f.dimension}/${f.subject}`).join(';');
}

/**
 * 全年共受理信访事项1,236件。⏎其中，来信412件，来访538件，网上信访376件: a paragraph opened by 其中 whose whole is the
 * paragraph just before it — the one figure of the first part's unit in that paragraph's last sentence (none when it
 * holds two: 受理1,236件，办结1,198件 leaves the whole in doubt). The parts are read as after any 其中 (of one kind to be
 * summed); a finding is at the parts.
 */
export function readLeadingAmongBreakdowns(paragraphs: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // Most paragraphs open with something else: their first character says so before any pattern is tried.
    const c = p.text.charCodeAt(0);
    if (c !== 0x5176 && c > 32 && c !== 0x3000) {
      if (c === 84 || (c >= 48 && c <= 57)) {
        const b = leadingMadeOf(paragraphs, i, figuresIn);
        if (b) out.push(b);
      }
      // - Of these, 2,410 were restarted … under "- 2,300 virtual machines … were affected."
      if (c === 79 || c === 45 || c === 42 || c === 43 || c === 0x2022 || (c >= 48 && c <= 57)) {
        const b = leadingOfThese(paragraphs, i, figuresIn);
        if (b) out.push(b);
      }
      continue;
    }
    const cue = LEADING_AMONG.exec(p.text);
    if (!cue) continue;
    const prev = paragraphs[i - 1];
    if (p.atHeading || prev.section !== p.section || p.firstLine - prev.lastLine > 2) continue;
    const figures = figuresIn(p);
    const cueAt = cue[0].length;
    let part = 0;
    while (part < figures.length && figures[part].offset < cueAt) part++;
    while (part < figures.length && !canBeTotal(figures[part]) && figures[part].offset - cueAt < 40) part++;
    if (part >= figures.length || !canBeTotal(figures[part])) continue;
    const wholes = lastSentenceWholes(prev, figuresIn(prev)).filter((f) => f.dimension === figures[part].dimension);
    if (wholes.length !== 1) continue;
    const b = collectParts(p, [wholes[0], ...figures.slice(part)], 0, 1, cueAt, cue[0], '其中', false);
    if (b) out.push({ ...b, wholeAbove: true });
  }
  return out;
}
