// (i) The building management system raised an alarm … decommissioned in May. ⏎ (a) Night shift staff had not been
// trained … ⏎ (b) … ⏎ (c) …: a lone (i) before an (a) list, with no lead-in, is the list's first item numbered in the
// style of a level below — the levels swapped. The outline nests (a) under (i) (English lists have no fixed order of
// styles); the (i) says nothing of its own that the (a) list could be the parts of.
//
// Not: (i) The Council should …, and in doing so should: ⏎ (a) … ⏎ (b) … ⏎ (ii) …: a lead-in, a colon, and a second
// item; (a) … (b) … ⏎ (i) … (ii) … under (b): the right order; (i) Background (a title, no sentence).

import type { Line } from '../model/lines';
import type { Outline, Section } from '../model/outline';

/** A sentence that ends, with no lead-in word before its stop (as follows., the following.). */
const SENTENCE_END = /[.!?]["'’”)]?\s*$/;
const LEAD_IN_END = /\b(?:follows?|below|these|them|this|namely|includ(?:e|es|ing))\s*[.:]?\s*$|\b(?:the|in)\s+following\b|\bfollowing\s+(?:\w+\s+){0,2}\w+\s*[.:]?\s*$/i;
const WORDS_MIN = 6;

export interface SwappedLone {
  /** The lone (i). */
  section: Section;
  /** The first item of the list it stands before: (a). */
  next: Section;
}

export function swappedLoneItems(outline: Outline, lines: readonly Line[]): SwappedLone[] {
  const out: SwappedLone[] = [];
  for (const s of outline.sections) {
    const m = s.marker;
    if (m.kind !== 'roman-lower' || m.value !== 1 || !/^\(/.test(m.text)) continue;
    if (s.group.items.length !== 1) continue;
    const next = s.children[0];
    if (!next || next.marker.kind !== 'latin-lower' || next.marker.value !== 1 || next.marker.text[0] !== m.text[0]) continue;
    // (a) right after the (i), on the next line or after one blank line.
    if (next.marker.line - m.line > 2) continue;
    const siblings = next.group.items.filter((c) => c.parent === s);
    if (siblings.length < 2) continue;
    const text = lines[m.line]?.prose.slice(m.end).trim() ?? '';
    // (i) … may wrap onto the lines before the (a): read to it.
    const whole = [text, ...lines.slice(m.line + 1, next.marker.line).map((l) => l.prose.trim())].join(' ').trim();
    if (!SENTENCE_END.test(whole) || LEAD_IN_END.test(whole) || whole.split(/\s+/).length < WORDS_MIN) continue;
    out.push({ section: s, next });
  }
  return out;
}
