// English lists of what became of a whole that say their parts are exclusive in ways the outcome reader
// (breakdowns/en-outcomes.ts) does not read, and a whole named again by the parts' sentence:
//   "of the 38 recommendations we made in 2023, 14 had been achieved, 9 partially achieved and 18 not achieved" — one
//   outcome, said in the perfect, partly and not: each recommendation is one of them;
//   "Of the 1,184,000 transactions, 742,000 were processed online, 388,000 in field offices and 96,000 by mail" — the
//   channel each came by (online, by post, by phone, in person, at an office), also after ", of which" ("received 12,860
//   requests, of which 9,050 were dealt with online and 4,360 at a counter");
//   "We received 23 vulnerability reports…. Of these, 9 were accepted…, 11 were found to be duplicates…, and 5 are still
//   under investigation" — a decision either way, or none yet;
//   "712 net additional homes were completed. Completions came from three sources: 418 …, 206 … and 112 …" — as many
//   parts as the sources counted, all of the whole named by the verb of the sentence before (completed → Completions).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { outcomeOf } from './en-outcomes';
import { collectParts } from './parts';
import { countable, regionEnd, sentenceStart, type Breakdown } from './shared';
import { SMALL_NUMBER_WORDS, smallNumberWord } from '../number-words';

/** "Of the " / ": of the " / "Of our ": the whole follows. */
const OF_THE_BEFORE = /(?:(?:^|[.!?]\s+)(?:\*\*|__)?Of|:\s*of)\s+(?:(?:the|these|those|all|our|its|their|all\s+(?:the|our))\s+)?$/;
/** The whole's own words, then the comma the parts follow. */
const OF_THE_AFTER = /^[^.;:!?,]{0,80},\s*/;
/** ". Of these, " · ". Of them, ": the whole is in the sentence before. */
const OF_THESE = /[.!?]\s+Of\s+(?:these|them|those),\s*/g;
/** ". 9 of them were accepted": a count "of these" opens the sentence (the cue ends before the count). */
const N_OF_THESE = /[.!?]\s+(?=\d[\d,]*\s+of\s+(?:these|them|those)\s)/g;

/** had been, were, are: the verb the first part says once for the later ones (9 partially achieved). */
const COPULA = /^(?:had\s+been|have\s+been|has\s+been|were|was|are|is)\s+/;

/** "requests during the year, of which ": the whole's own words, then the cue. */
const OF_WHICH_AFTER = /^[^.;:!?,\d]{0,80},\s*of\s+which\s+/;

/** The words of each part's outcome without the verb of being (the first part's said once for all). */
function bareOutcomes(parts: readonly Figure[]): string[] {
  return parts.map((p) => outcomeOf(p).replace(/^(?:had|have|has)\s+not\s+been\s+/, 'not ').replace(/^(?:were|was|are|is)\s+not\s+/, 'not ').replace(COPULA, ''));
}

/** achieved / partially achieved / not achieved: one outcome said fully, partly and not — every part one of them. */
function degreesOfOne(parts: readonly Figure[]): boolean {
  const said = bareOutcomes(parts).map((o) => /^(?:(not|partially|partly|fully|wholly)\s+)?([a-z]{3,})$/.exec(o));
  if (said.some((m) => !m)) return false;
  const verb = said[0]![2];
  const degrees = said.map((m) => m![1] ?? '');
  return said.every((m) => m![2] === verb) && degrees.includes('not') && new Set(degrees).size === degrees.length;
}

/** The verbs of handling before a channel: were processed online, were made by phone. */
// Not sent, issued or delivered: a notice may go by email and by post, a session be held online and in the room.
const HANDLED = /^(?:(?:processed|made|received|submitted|completed|handled|dealt\s+with|carried\s+out|done|paid|renewed|booked|lodged|filed|registered|returned)\s+)?/;

const CHANNELS: readonly [string, RegExp][] = [
  ['online', /^(?:online|on-line|on\s+line|(?:via|through|using|on)\s+(?:the\s+|our\s+|its\s+)?(?:app|website|web\s*site|web|portal|online\s+portal|internet))$/],
  ['post', /^(?:by\s+(?:post|mail|letter|paper\s+form)|through\s+the\s+post|in\s+writing|on\s+paper(?:\s+forms?)?)$/],
  ['phone', /^(?:by\s+(?:phone|telephone)|over\s+the\s+(?:phone|telephone)|via\s+(?:the\s+)?(?:phone|telephone|contact\s+centre|call\s+centre))$/],
  ['email', /^(?:by\s+(?:e-?mail)|via\s+e-?mail)$/],
  ['person', /^(?:in\s+person|face[-\s]to[-\s]face|(?:in|at|through)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:offices?|branch(?:es)?|counters?|service\s+centres?|customer\s+centres?|centres?|libraries|kiosks?))$/],
];

/** online / in field offices / by mail: each part came by a different channel, and every part says one. */
function channels(parts: readonly Figure[]): boolean {
  const found = bareOutcomes(parts).map((o) => {
    const how = o.replace(HANDLED, '');
    return CHANNELS.find(([, re]) => re.test(how))?.[0];
  });
  return found.every((c) => c !== undefined) && new Set(found).size === found.length;
}

const ACCEPTED = /^(?:accepted|confirmed|validated|upheld|approved|verified)\b/;
const REJECTED = /^(?:rejected|declined|refused|dismissed|not\s+upheld|closed\s+as\s+|found\s+(?:to\s+be\s+)?(?:duplicates?|invalid|not|out\s+of\s+scope|false\s+positives?)|(?:marked|classed|classified)\s+as\s+(?:duplicates?|invalid|not)|duplicates?\b|invalid\b)/;
const PENDING = /^(?:(?:remain|remains|remained)\s+)?(?:still\s+)?(?:under\s+(?:investigation|review|assessment|consideration|triage)|pending|awaiting|being\s+(?:investigated|reviewed|assessed|triaged)|in\s+progress|outstanding)\b/;

/** accepted / found to be duplicates / still under investigation: a decision one way, the other, or none yet. */
function decisions(parts: readonly Figure[]): boolean {
  const found = bareOutcomes(parts).map((o) => (ACCEPTED.test(o) ? 'yes' : REJECTED.test(o) ? 'no' : PENDING.test(o) ? 'pending' : undefined));
  return found.every((c) => c !== undefined) && new Set(found).size === found.length;
}

/** Parts counted like the whole: bare numbers or the whole's unit, exact. */
const likeWhole = (p: Figure, total: Figure) => countable(p) && (p.unit === '' || p.unit === total.unit) && p.decimals === 0;

/** ", and " · ", " · " and ": the separator before a part that opens its own clause. */
const CLAUSE_BEFORE_PART = /(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** The figures from figures[first] to the end of the sentence, each opening a clause of its own, or undefined. */
function clauseParts(text: string, figures: readonly Figure[], first: number, cueAt: number): Figure[] | undefined {
  const end = regionEnd(text, cueAt);
  const parts: Figure[] = [];
  for (let j = first; j < figures.length && figures[j].offset < end; j++) {
    const gap = text.slice(parts.length ? parts[parts.length - 1].offset + parts[parts.length - 1].length : cueAt, figures[j].offset);
    if (parts.length === 0 ? !/^\s*$/.test(gap) : !CLAUSE_BEFORE_PART.test(gap)) return undefined;
    parts.push(figures[j]);
  }
  return parts.length >= 2 ? parts : undefined;
}

function read(paragraph: Paragraph, figures: readonly Figure[], k: number, cueAt: number, out: Breakdown[], channelsOnly = false): void {
  let first = k + 1;
  while (first < figures.length && figures[first].offset < cueAt) first++;
  if (first >= figures.length) return;
  const b = collectParts(paragraph, figures, k, first, cueAt, ',', 'of', true) ?? undefined;
  // "9 were accepted … and assigned CVE identifiers, 11 were found…, and 5 are still under investigation": an "and" in
  // a part's own words, which the list reader takes for the close of the list; each part read again, clause by clause.
  const read = b && !b.whole && !b.partial ? clauseParts(paragraph.text, figures, first, cueAt) : undefined;
  if (b && read) Object.assign(b, { parts: read, whole: true, groups: [] });
  if (!b || !b.whole || b.partial || b.parts.length < 2 || !b.parts.every((p) => likeWhole(p, figures[k]))) return;
  if (channelsOnly ? channels(b.parts) : degreesOfOne(b.parts) || channels(b.parts) || decisions(b.parts)) out.push({ ...b, partition: true, groups: [b.parts] });
}

/**
 * The indices of the figures of the sentence whose full stop is at `end`; `from.at` is where the last call left off
 * (the calls go down the paragraph, so each figure is passed over once).
 */
function sentenceFigures(text: string, figures: readonly Figure[], end: number, from: { at: number }): number[] {
  const start = sentenceStart(text, end, 400);
  while (from.at < figures.length && figures[from.at].offset < start) from.at++;
  const found: number[] = [];
  for (let i = from.at; i < figures.length && figures[i].offset < end; i++) found.push(i);
  return found;
}

/** The wholes split by outcomes that are exclusive (the note at the top of this file). */
export function exclusiveOutcomeBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (figures.length < 3 || /\p{sc=Han}/u.test(text) || !/\b[Oo]f\s+(?:the|these|them|those|our|its|their|all|which)\b/.test(text)) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!countable(total) || total.decimals > 0) continue;
    const after = text.slice(total.offset + total.length, total.offset + total.length + 96);
    const cue = OF_THE_BEFORE.test(text.slice(Math.max(0, total.offset - 16), total.offset)) ? OF_THE_AFTER.exec(after) : null;
    // ", of which 9,050 were dealt with online and 4,360 at a counter": only channels, each part one (no decisions or degrees).
    const ofWhich = cue ? null : OF_WHICH_AFTER.exec(after);
    if (cue) read(paragraph, figures, k, total.offset + total.length + cue[0].length, out);
    else if (ofWhich) read(paragraph, figures, k, total.offset + total.length + ofWhich[0].length, out, true);
  }
  OF_THESE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const from = { at: 0 };
  while ((m = OF_THESE.exec(text))) {
    // The one count of the sentence before: with two, which one "these" are the outcome reader decides.
    const before = sentenceFigures(text, figures, m.index, from);
    if (before.length !== 1 || !countable(figures[before[0]]) || figures[before[0]].unit === '') continue;
    read(paragraph, figures, before[0], m.index + m[0].length, out);
  }
  // "We received 23 reports. 9 of them were accepted, 11 were found to be duplicates and 5 are still under review":
  // the first part opens the sentence counted "of these" (them, those), the whole the one count of the sentence before.
  N_OF_THESE.lastIndex = 0;
  const from2 = { at: 0 };
  while ((m = N_OF_THESE.exec(text))) {
    const before = sentenceFigures(text, figures, m.index, from2);
    if (before.length !== 1 || !countable(figures[before[0]]) || figures[before[0]].unit === '') continue;
    read(paragraph, figures, before[0], m.index + m[0].length, out);
  }
  return out;
}

/** "Completions came from three sources:" opening a sentence: the whole's name, the count of the kinds, the colon. */
const SOURCES_EN = new RegExp(String.raw`(?:^|[.!?]\s+)([A-Z][a-z]{3,})\s+(?:came|come|were\s+drawn|arose)\s+from\s+(${SMALL_NUMBER_WORDS.slice(1).join('|')}|\d)\s+(?:different\s+|main\s+)?(?:sources|routes|kinds|types|places)\s*:\s*`, 'g');

/** completions → complet, admissions → admit, payments → pay: the stem a verb of the sentence before shares (completed, paid out). */
function stemOf(noun: string): string {
  // admissions → admit (admitted), submissions → submit: the noun of a verb in -t.
  const stem = noun.toLowerCase().replace(/s$/, '').replace(/ssion$/, 't').replace(/(?:ion|ment|al)$/, '');
  return stem.length >= 4 ? stem : noun.toLowerCase();
}

/** The counted sources of a whole named in the sentence before (the note at the top of this file). */
export function countedSourceBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (figures.length < 3 || !text.includes(':')) return out;
  SOURCES_EN.lastIndex = 0;
  let m: RegExpExecArray | null;
  const from = { at: 0 };
  while ((m = SOURCES_EN.exec(text))) {
    if (m.index === 0) continue;
    const count = /^\d$/.test(m[2]) ? Number(m[2]) : smallNumberWord(m[2]);
    const stem = stemOf(m[1]);
    const noun = m[1].toLowerCase();
    // The whole: a count of the sentence before, its clause naming the stem (712 … homes were completed) or the noun.
    const whole = sentenceFigures(text, figures, m.index, from).filter((i) => {
      const f = figures[i];
      const clause = text.slice(f.offset, m!.index).split(/[;:,](?:\s|$)/)[0].toLowerCase();
      return countable(f) && f.decimals === 0 && (clause.includes(stem) || f.unit.toLowerCase() === noun);
    });
    if (whole.length !== 1) continue;
    const k = whole[0];
    const cueAt = m.index + m[0].length;
    let first = k + 1;
    while (first < figures.length && figures[first].offset < cueAt) first++;
    if (first >= figures.length) continue;
    const b = collectParts(paragraph, figures, k, first, cueAt, ':', ':', true);
    if (!b || !b.whole || b.partial || b.parts.length !== count || !b.parts.every((p) => likeWhole(p, figures[k]))) continue;
    out.push({ ...b, complete: true, partition: true, groups: [b.parts] });
  }
  return out;
}
