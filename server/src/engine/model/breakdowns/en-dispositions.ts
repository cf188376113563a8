// What finally became of each thing of an English whole, one fate each (data/dispositions.json): "Of the 1,260 pallets
// in the chamber, 780 were released after probe testing, 390 were returned to suppliers for credit and 110 were
// destroyed"; "Of the 18,400 failed authorisations, 11,900 were retried successfully within the hour and 7,300 were
// abandoned"; "of which 11,900 were answered and 700 were abandoned". No pallet is both released and destroyed, so the
// parts split the whole. Things done along the way may stack ("780 were vaccinated and 590 were trained") and are in no
// set; nor is a time band ("2,790 were answered within 20 seconds and 3,516 within 60": the second names no fate, the
// first and a "were answered within 60 seconds" name the same one) — every part must name a different member of one set.

import dispositions from '../../data/dispositions.json';
import type { Figure } from '../numbers';
import { outcomeOf } from './en-outcomes';

/** were, had been, have been: the verb of being before a fate (the first part's said once for the later ones). */
const COPULA = /^(?:(?:had|have|has)\s+been|were|was|are|is|will\s+be)\s+(?:then\s+|later\s+|subsequently\s+|eventually\s+)?/;

/** returned to the supplier · returned to suppliers: "to" then an optional determiner; a plural s at the end either way. */
function phrasePattern(phrase: string): string {
  const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.map((w, i) => (w === 'to' && i + 1 < words.length ? 'to(?:\\s+(?:the|their|its|our|a))?' : w)).join('\\s+') + '(?:s|es)?';
}

/** One fate (its phrases joined by |), then nothing or words of when, how or why (after probe testing, for credit, within the hour). */
function memberPattern(member: string): RegExp {
  return new RegExp(`^(?:${member.split('|').map(phrasePattern).join('|')})(?:\\s+(?!and\\b|or\\b|but\\b|then\\b)[a-z].*)?$`);
}

const SETS: readonly (readonly { member: string; pattern: RegExp }[])[] = dispositions.setsEn.map((set) => set.map((member) => ({ member, pattern: memberPattern(member) })));

/** The fate of `set` the words name, or undefined. */
function memberIn(set: readonly { member: string; pattern: RegExp }[], fate: string): string | undefined {
  return set.find((m) => m.pattern.test(fate))?.member;
}

/** The fates the parts name, without the verb of being; '' for a part that says none. */
function fatesOf(parts: readonly Figure[]): string[] {
  return parts.map((p) => outcomeOf(p).replace(COPULA, ''));
}

/** Every part names a different final fate of one set (the note at the top of this file). */
export function exclusiveDispositions(parts: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  const fates = fatesOf(parts);
  if (fates.some((f) => f === '' || /^(?:not|also|both)\b/.test(f))) return false;
  return SETS.some((set) => {
    const members = fates.map((f) => memberIn(set, f));
    return members.every((m) => m !== undefined) && new Set(members).size === members.length;
  });
}
