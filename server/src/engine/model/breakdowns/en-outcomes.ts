// English wholes whose parts say what became of them: "Of the 60 pupils, 53 passed, 9 did not pass", "212 complaints,
// of which 96 were about …", "…. Of these, …", "…. Of this, £96,400 was spent on …", "7 of these were …". Summed as a
// partition only where the outcomes say the parts are exclusive (an outcome and its negation or opposite, one frame
// with different places, topics or grades, members of one family); otherwise each part is only never more than the
// whole (subsets). The outcome tests are shared with the English shares.

import { placesOfEarlierCount } from './in-places';
import words from '../../data/breakdown-words.json';
import overlapping from '../../data/overlapping-categories.json';
import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { familyOf, distinctInOne, distinctInSomeFamily, tookPart } from './kinds';
import { closedList, nearlyAll, collectParts } from './parts';
import { exclusiveDispositions } from './en-dispositions';
import { sentenceEndsBetween, sentenceStart, regionEnd, AGED_BEFORE, LABEL_FIGURE_EN, joinedBefore, canBeTotal, countable, versionNumber, periodLabel, MONEY, type Breakdown } from './shared';

/** The earlier level of a comparison: "up from", "down from", "compared with", "against", "than". */
/** "exceeding our target of " · "against a budget of " · "compared with ": the figure after is a level compared with. */
const TARGET_BEFORE_EN = /\b(?:(?:target|budget|plan|forecast|goal|ambition|aim)\s+of|(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+$/i;
const COMPARED_BASE_EN = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|than)\s+$/i;

/**
 * "(a reduction of ", ", up by ", " an increase of ", "a difference of ", "fell by ": the words that make the figure after
 * them a change or a difference between two levels, never a whole (the level is).
 */
// "up" and "down" only after a comma, a bracket or a verb of being ("set up 12 new clubs" is a count).
const CHANGE_BEFORE_EN = /(?:\b(?:an?\s+)?(?:(?:net|overall|further|total)\s+)?(?:reduction|decrease|increase|rise|fall|drop|decline|change|growth|difference|gap|improvement|deterioration|variance|shortfall)\s+(?:of|by)|(?:[,(（]\s*|\b(?:is|was|are|were|been|went)\s+)(?:up|down)(?:\s+by)?|\b(?:increased|decreased|reduced|fell|rose|grew|dropped|declined)\s+by)\s+$/i;
/** "680 fewer than in March", "96 more than at the start of the year", "406 (9.2%) higher than": a difference. */
const CHANGE_AFTER_EN = /^(?:\s*\([^()]{0,20}\))?\s+(?:more|fewer|less|higher|lower)\s+(?:than|on|compared|since)\b/i;

/** "Of the 60 pupils in Year 1," / "Of these 612," opening a sentence: the whole the rest of the sentence splits. */
// "Of 1,250 applications," without the article reads the same.
// "She updated the Board: of the 1,140 repairs reported since April, 820 …": after a colon, in lower case.
// "- Of the 18,400 failed authorisations, …": a list item's bullet may open the paragraph.
const OF_THE_BEFORE = /(?:(?:^(?:[-*+•]\s+)?|[.!?]\s+)(?:\*\*|__)?Of|:\s*of)\s+(?:(?:the|these|those|all|our|its|their|all\s+(?:the|our))\s+)?$/;

// The whole's own words may hold a date (Of the 42 recommendations due by 28 February 2026,): the figures before the
// comma are passed over.
const OF_THE_AFTER = /^[^.;:!?,]{0,80},/;

/**
 * Of the 31 awards, · Of the 1,184 applications submitted,: things each given, made or sent to one recipient, which the
 * parts then name with "to" (14 went to youth groups, 11 to arts organisations).
 */
const GIVEN_NOUNS = 'grants|awards|bids|applications|loans|payments|contracts|donations|referrals|allocations|placements|homes|properties|houses|flats|dwellings|tenancies|parcels|packages|vouchers|hampers';
const GIVEN_THINGS = new RegExp(`^[\\d,.]+\\s+(?:[a-z-]+\\s+){0,2}?(?:${GIVEN_NOUNS})\\b[^,]{0,30},$`, 'i');
/** "We distributed 48,600 parcels. Of these, 31,200 went to families…": the whole's noun, things each given to one. */
const GIVEN_WHOLE = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}?(?:${GIVEN_NOUNS})\\b`, 'i');

/** " grants in 2024/25:" · " awards:": the given things' noun (the figure's unit or after it), a year or words, the colon. */
const GIVEN_BEFORE_COLON = new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}?(?:${GIVEN_NOUNS})\\b[^.;:!?\\d]{0,30}?(?:\\s(?:in|for|during)\\s+\\d{4}(?:[/-]\\d\\d(?:\\d\\d)?)?)?\\s*:\\s*`, 'i');
/**
 * "40 to universities, 18 to charities and 9 to councils." — three "N to …" items or more, closed by "and" and the
 * sentence (two, "50 to first-time buyers and 41 to key workers", may be two ways of sorting the same people).
 */
const TO_ITEMS = /^[\d,]+\s+to\s+[^.;:!?\d]+?(?:,\s*[\d,]+\s+to\s+[^.;:!?\d]+?)+,?\s+and\s+[\d,]+\s+to\s+[^.;:!?\d]+?(?:[.;!?]|$)/i;

/** " applications:", " applications in 2025:": the whole's noun (or words after it, a year), then the colon of its sentence. */
const COLON_AFTER = /^[^.;:!?\d]{0,40}?(?:\s(?:in|for|during)\s+(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)?\s*(:)\s*/;

const VOTE_WORDS = /\b(?:vot|cast|ballot|respon|repl|answer)/i;

/** " members voted:", " votes were cast,", " residents responded:": who voted or answered, then a colon or comma. */
const VOTED_AFTER = /^\s+(?:[a-z-]+\s+){0,3}?(?:voted|(?:votes?\s+)?(?:were\s+|was\s+)?cast|cast\s+(?:a\s+|their\s+)?votes?|balloted|were\s+balloted|responded|replied|answered)\b[^.;:!?\d,]{0,30}?\s*([:,])\s*/i;

/** " remain open.", " remains outstanding": the outcome of what is left of the whole, and nothing after it. */
const REMAIN = /^\s+(?:remain|remains|remained)\s+[a-z]+\s*[.!?]?\s*$/;

/** some from both, applied jointly, in more than one group: words after the parts that say they overlap. */
const OVERLAP_AFTER_EN = /\b(?:both|jointly|more\s+than\s+one|overlap\w*|counted\s+(?:twice|in\s+each))\b/i;

/** "… complaints in the year, of which " / ", of whom ": what the whole counts (a clause of it: accounts that fell into arrears during the period), then the cue. */
// "48.6 million journeys in 2026, of which …": the year of the whole, after in or during, too.
// "employed 8,214 staff at 30 November 2025, of whom …": the date a stock is taken at is no figure of the clause.
// "48 incidents requiring a full investigation by the patient safety team or a shorter review, of which": a long clause;
// "212 complaints about councils, housing associations and other social landlords, of which": a list in it, closed by
// "and" or "or" before the cue (ofWhichAfter).
const OF_WHICH_AFTER = /^(?:[^.;:!?,\d]|(?<=\b(?:in|during)\s)(?:19|20)\d\d(?!\d)|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d(?!\d)){0,100}(?:,[^.;:!?,\d]{1,80}){0,2},\s*of\s+(?:which|whom)\s+/i;

/**
 * " cases (prior year: 1,184)" · " hearings (2024: 478)": a comparison in brackets after the whole's noun, whose figure the
 * figure model may leave unread; read past as blank before the cue, which is of the whole before the bracket.
 */
const COMPARISON_BRACKET_EN = /^([^.;:!?,\d()]{0,60}?)\((?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|(?:the\s+)?(?:prior|previous|preceding|last)\s+(?:financial\s+)?year|PY|LY)\s*:\s*[£$€]?[\d,.]+(?:\s*(?:m|bn|k|million|billion))?\)(?=,\s*of\s+wh)/i;

/** The cue after a comparison in brackets (COMPARISON_BRACKET_EN) whose figure was left unread; else null (the bracket's figure, read, is taken as such above). */
function pastComparison(text: string, figures: readonly Figure[], k: number, from: number): RegExpExecArray | null {
  const ahead = text.slice(from, from + 200);
  if (!COMPARISON_BRACKET_EN.test(ahead)) return null;
  const cue = ofWhichAfter(ahead.replace(COMPARISON_BRACKET_EN, (m, words: string) => words + ' '.repeat(m.length - words.length)));
  return cue && !(k + 1 < figures.length && figures[k + 1].offset < from + cue[0].length) ? cue : null;
}

/** OF_WHICH_AFTER, a comma inside the whole's words only in a list closed by "and" or "or" before the cue. */
function ofWhichAfter(ahead: string): RegExpExecArray | null {
  const cue = OF_WHICH_AFTER.exec(ahead);
  if (!cue) return null;
  const words = cue[0].replace(/,\s*of\s+(?:which|whom)\s+$/i, '');
  const commas = words.split(',');
  if (commas.length === 1) return cue;
  return commas[0].length <= 100 && /\b(?:and|or)\s/.test(commas[commas.length - 1]) && commas.slice(1).every((c) => !/\b(?:which|who|whom|where|that|but|while)\b/i.test(c)) ? cue : null;
}

/**
 * Of the 60 pupils in Year 1, 53 passed, 9 did not pass and 2 were disapplied: the outcomes of one whole. Summed only
 * when the list holds an outcome and its negation (passed / did not pass, were upheld / were not upheld), which says
 * the parts are exclusive: "Of the 60 pupils, 53 passed maths and 48 passed English" may overlap.
 */
export function outcomeBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // A whole and two parts, after "Of the" / "Of these", or parts counted "of these / them / those": nothing else to read.
  if (figures.length < 2 || (!text.includes('Of') && !text.includes('of th') && !text.includes('of wh') && !text.includes(':') && !VOTE_WORDS.test(text))) return out;
  // things: the whole is counted "of which", not "of whom": each part is a thing, which goes to one place.
  const add = (k: number, cueAt: number, things = false, ofThe = false) => {
    // residents aged 40 to 74, of whom …: an age is no whole.
    if (AGED_BEFORE.test(text.slice(Math.max(0, figures[k].offset - 24), figures[k].offset))) return;
    // calls in weeks 1 to 26, of which …: nor is the number that ends a period's label.
    if (periodLabel(text, figures[k])) return;
    let first = k + 1;
    while (first < figures.length && figures[first].offset < cueAt) first++;
    const b = collectParts(paragraph, figures, k, first, cueAt, ',', 'of', true);
    if (!b) return;
    // 900 came from tenants and 600 from owners, some from both: the sentence says the parts overlap.
    const lastPart = b.parts[b.parts.length - 1];
    if (lastPart && OVERLAP_AFTER_EN.test(text.slice(lastPart.offset + lastPart.length).split(/[.;!?](?:\s|$)/)[0])) return;
    // Of the 1,260 pallets, 780 were released, 390 were returned to suppliers and 110 were destroyed: one final fate each
    // (breakdowns/en-dispositions.ts), which no pallet has two of.
    if (b.parts.length >= 2 && b.whole && !b.partial && exclusiveDispositions(b.parts)) {
      out.push({ ...b, partition: true, groups: [b.parts] });
      return;
    }
    const amount = figures[k].dimension !== '' && figures[k].dimension !== 'count';
    // £1.6 million has been delivered, £0.8 million is on track and £0.9 million is at risk: an amount's parts by status.
    if (b.parts.length < 2 || !b.whole || !(amount ? copulaFrames(b.parts) || familyOutcomes(b.parts) || disposalFrames(b.parts) : hasNegatedOutcome(b.parts) || hasOppositeOutcomes(b.parts) || timeBands(b.parts) !== undefined || parallelFrames(b.parts, things) || levelLadder(b.parts) || nounKinds(b.parts, figures[k]) || (things && attendedFrames(b.parts, figures[k])) || familyOutcomes(b.parts) || gappedTopics(b.parts) || topicsOn(b.parts, figures[k]) || gradedOutcomes(b.parts) || caseKinds(b.parts))) {
      // "Of these, 1,310 were nurses": whatever the parts are (they may overlap), each is some of the whole and none can
      // be more than it. Only the part right after the cue and those said with a verb of being (1,420 were urgent).
      const subsets = b.parts.filter((p, i) => (i === 0 ? p === figures[first] && /^\s*$/.test(text.slice(cueAt, p.offset)) : PART_VERB_EN.test(text.slice(p.offset + p.length, p.offset + p.length + 8))) && sameMeasure(p, figures[k]) && p.value > figures[k].value);
      if (subsets.length > 0) out.push({ ...b, parts: subsets, partition: false, groups: [], subsets: true });
      return;
    }
    // "Of our 21,460 homes, 16,902 are general needs, 2,815 are housing for older people and 1,643 are shared ownership.":
    // three kinds or more of one family, closed by "and" and the sentence, name every kind of the whole.
    // "Of the 12 actions, 9 are complete and 2 remain open": the last part is what remains of the whole, the rest of it.
    const remains = !b.partial && b.whole && hasOppositeOutcomes(b.parts) && REMAIN.test(text.slice(lastPart.offset + lastPart.length, regionEnd(text, cueAt)));
    const complete = b.complete || remains || (!b.partial && b.whole && timeBands(b.parts) === 'closed' && /\band\s*$/.test(text.slice(b.parts[b.parts.length - 2].offset + b.parts[b.parts.length - 2].length, lastPart.offset))) || (ofThe && !b.partial && b.whole && familyOutcomes(b.parts) && closedList(text, b.parts, regionEnd(text, cueAt)) && nearlyAll(b.parts, figures[k]));
    out.push({ ...b, complete, partition: true, groups: [b.parts] });
  };
  // Of the 9.6 million pounds distributed, 4.1 million pounds was fresh produce, 3.2 million pounds was dry goods…: an
  // amount shared out (its parts each say what they were).
  const amount = (f: Figure) => !f.perUnit && !f.approximate && canBeTotal(f) && f.dimension !== 'count';
  for (let k = 0; k + 1 < figures.length; k++) {
    const total = figures[k];
    if (!countable(total) && !amount(total)) continue;
    if (!OF_THE_BEFORE.test(text.slice(Math.max(0, total.offset - 16), total.offset))) continue;
    const from = total.offset + total.length;
    const cue = OF_THE_AFTER.exec(text.slice(from, from + 82));
    // "Of our 21,460 homes,": the body's own stock, counted by kind (not "Of the 160 patients,", a group other kinds may share).
    if (cue) add(k, from + cue[0].length, GIVEN_THINGS.test(text.slice(total.offset, from + cue[0].length)), /\bOf\s+(?:all\s+)?(?:our|its|their)\s+$/.test(text.slice(Math.max(0, total.offset - 16), total.offset)));
  }
  // "The Centre awarded 64 grants in 2024/25: 40 to universities, 18 to charities and 9 to councils": things each given to
  // one recipient, then a colon and only "N to …" items to the end of the sentence — read like "Of the 64 grants,".
  if (text.includes(':')) {
    for (let k = 0; k + 1 < figures.length; k++) {
      const total = figures[k];
      if (!countable(total)) continue;
      const from = total.offset + total.length - (total.dimension === 'count' ? total.unit.length : 0);
      const cue = GIVEN_BEFORE_COLON.exec(text.slice(from, from + 60));
      if (cue && TO_ITEMS.test(text.slice(from + cue[0].length))) add(k, from + cue[0].length, true);
    }
  }
  // 212 complaints, of which 96 were about communication, 71 about treatment…: the whole before "of which", read like
  // "Of the 212 complaints," — summed only when its parts say they are exclusive (the same tests).
  if (text.includes('of wh')) {
    for (let k = 0; k + 1 < figures.length; k++) {
      const total = figures[k];
      const from = total.offset + total.length;
      const cue = ofWhichAfter(text.slice(from, from + 200)) ?? pastComparison(text, figures, k, from);
      if (!cue) continue;
      // "412 pupils in 6 schools, of whom 187 …": of the pupils, not of the schools.
      if (/of\s+whom/i.test(cue[0]) && placesOfEarlierCount(text, total.offset)) continue;
      // 46 staff (41.2 FTE), of whom … · £1.84m (2024/25: £1.62m), of which … · 1,240 cases (up 8%), of which …: a figure
      // in brackets before the cue is the whole measured otherwise, its comparative or its change; the whole is the
      // figure the bracket follows.
      let t = k;
      const bracketed = /^[^()（）]*[)）]/.test(cue[0]);
      if (!bracketed && !countable(total) && !amount(total)) continue;
      // "31 full-time and 9 part-time staff, of whom 12 …": counts joined by "and" (or a comma) share the cue, which is of
      // them all, not of the last alone.
      if (!bracketed && joinedBefore(text, figures, k)) continue;
      if (bracketed) {
        const open = Math.max(text.lastIndexOf('(', total.offset), text.lastIndexOf('（', total.offset));
        // (2024: 478): the year that labels the comparison is inside the bracket too; the whole is before the bracket.
        let w = k - 1;
        while (w >= 0 && open >= 0 && figures[w].offset > open && /^\s*[:：]/.test(text.slice(figures[w].offset + figures[w].length, figures[w].offset + figures[w].length + 2))) w--;
        const before = figures[w];
        if (open < 0 || !before || before.offset + before.length > open || !/^[^.;:!?,\d()（）]{0,30}$/.test(text.slice(before.offset + before.length, open))) continue;
        if (!countable(before) && !amount(before)) continue;
        t = w;
      }
      add(t, from + cue[0].length, /\bwhich\s+$/i.test(cue[0]));
    }
  }
  // "64 members voted: 41 for and 29 against." · "64 members voted, 41 for, 12 against and 11 abstained": a count of
  // those who voted or answered, then its answers — a partition only where two are opposite answers to one thing.
  // "We received 120 applications: 64 were approved, 38 refused and 27 withdrawn": any count, then a colon, then what
  // became of each item, two of them opposite.
  const voted = VOTE_WORDS.test(text);
  if (voted || text.includes(':')) {
    for (let k = 0; k + 2 < figures.length; k++) {
      const total = figures[k];
      // Of the 120 members who voted, 71 …: read above as the whole of "Of the".
      if (!countable(total) || out.some((o) => o.total === total)) continue;
      const ahead = text.slice(total.offset + total.length, total.offset + total.length + 60);
      const cue = (voted ? VOTED_AFTER.exec(ahead) : null) ?? COLON_AFTER.exec(ahead);
      if (!cue) continue;
      const cueAt = total.offset + total.length + cue[0].length;
      if (figures[k + 1].offset < cueAt) continue;
      const b = collectParts(paragraph, figures, k, k + 1, cueAt, cue[1], cue[1], true);
      if (b && b.whole && b.parts.length >= 2 && (hasOppositeOutcomes(b.parts) || (CLOSED_BEFORE_EN.test(text.slice(Math.max(0, total.offset - 40), total.offset)) && withAndWithout(b.parts)))) out.push({ ...b, partition: true, groups: [b.parts] });
    }
  }
  // "The Hub received 1,240 referrals. Of these, 812 …": the whole is the last count of the sentence before.
  if (text.includes('Of ')) {
    let k = 0;
    eachOfThese(text, (at, cueAt, noun, qualifier) => {
      while (k + 1 < figures.length && figures[k + 1].offset < at) k++;
      // 1,206 adults aged 65 and over. Of these, …: the age is a label of the whole, not the whole.
      let t = k;
      // "… on Quillfeather 4.x. Of these, …": a version names what the whole is of; the whole is before it.
      // "… 214,360 calls in 2025–26. Of these, …": nor is the number that ends a period's label (periodLabel).
      const label = (f: Figure) => versionNumber(text, f) || periodLabel(text, f);
      while (t > 0 && label(figures[t]) && !sentenceEndsBetween(text, figures[t - 1].offset + figures[t - 1].length, figures[t].offset)) t--;
      if (figures[t] && label(figures[t])) return;
      t = levelBefore(text, figures, t);
      // "We published 88 papers: 79 in journals and 9 in proceedings. Of these, …": after a sentence that splits its
      // whole after a colon, "these" are the whole's (88), not the last part's.
      t = headBeforeColon(text, figures, t);
      // "There are 412 pupils on roll, in 14 classes. Of these, 128 (31.1%) …": these are the pupils, not the classes.
      t = containedBefore(text, figures, t, cueAt);
      // "The Hub received 1,240 referrals and opened 1,105 cases. Of these, …": two counts, each its own verb's.
      let named = false;
      if (!noun) {
        const chosen = wholeOfTwoVerbs(text, figures, t, cueAt);
        if (chosen === undefined) return;
        named = chosen !== t;
        t = chosen;
      }
      const total = figures[t];
      if (!total || total.offset >= at || !(countable(total) || (!noun && pluralAmount(text, total))) || k + 1 >= figures.length) return;
      if (noun && !namesNoun(text, total, noun)) return;
      // "380 applications were still open. Of the applications resolved, 1,150 …": the whole's sentence must say what
      // the cue's participle does (helped, resolved), else "these" are others of the noun (the 2,790 resolved before).
      if (qualifier && !text.slice(sentenceStart(text, total.offset, 300), at).toLowerCase().includes(qualifier.toLowerCase().replace(/e?d$/, ''))) return;
      // The sentence before: no sentence ends between the whole and the "Of these".
      if (sentenceEndsBetween(text, total.offset + total.length, at - 2)) return;
      // "The team has 12 staff and worked with many children on court orders. Of these, 58 were aged 10 to 14": a second
      // verb after the whole names things of its own, with no figure — these may be those; none of the figures is the
      // whole (nor where the parts name no noun to tell).
      // (Not the first of two counts the parts name: "took 2,480 calls and booked 610 appointments. Of these, 2,610 calls".)
      if (!noun && !named && otherThingsAfter(text.slice(total.offset + total.length, at), total)) return;
      // "The city has 64 primary schools and 14 secondary schools. Of these, 35 primary schools and 11 secondary
      // schools are academies": these are both wholes, each part of the one its noun names (35 of 64, 11 of 14).
      const wholes = joinedWholes(text, figures, t);
      if (wholes.length >= 2) {
        out.push(...partsByNoun(paragraph, figures, wholes, cueAt));
        return;
      }
      add(t, cueAt, GIVEN_WHOLE.test(text.slice(total.numberEnd, total.numberEnd + 40)));
    });
  }
  // "The school received £148,600. Of this, £96,400 was spent on staff, £38,200 on…": an amount of the sentence before,
  // shared out (its parts each say what they were, copulaFrames).
  if (/\bOf\s+(?:this|that),/.test(text)) {
    OF_THIS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OF_THIS.exec(text))) {
      const at = m.index + 1;
      let t = -1;
      for (let i = 0; i < figures.length && figures[i].offset < at; i++) if (amount(figures[i]) && figures[i].dimension !== '') t = i;
      if (t < 0 || t + 2 >= figures.length) continue;
      // "We restored 1,140 hectares of blanket bog, exceeding our target of 900 hectares. Of this, …": a target or a
      // level compared with is no whole; this is the amount before it in its sentence.
      if (TARGET_BEFORE_EN.test(text.slice(Math.max(0, figures[t].offset - 40), figures[t].offset)) && t > 0 && figures[t - 1].dimension === figures[t].dimension && figures[t - 1].unit === figures[t].unit && !sentenceEndsBetween(text, figures[t - 1].offset + figures[t - 1].length, figures[t].offset)) t--;
      const total = figures[t];
      if (sentenceEndsBetween(text, total.offset + total.length, at - 2)) continue;
      add(t, m.index + m[0].length);
    }
  }
  // "In 9 cases the order was raised late; 7 of these were for repairs, 3 were for consultancy": the parts count
  // "of these", the whole is the last count before them in the sentence.
  if (/\bof\s+(?:these|them|those)\b/.test(text)) {
    for (let j = 1; j + 1 < figures.length; j++) {
      const p = figures[j];
      if (!/^\s+of\s+(?:these|them|those)\b/.test(text.slice(p.offset + p.length, p.offset + p.length + 16))) continue;
      if (!/(?:[;:,]|\.(?=\s))\s*$/.test(text.slice(0, p.offset))) continue;
      let k = levelBefore(text, figures, j - 1);
      while (k > 0 && !countable(figures[k])) k--;
      // "The hub took 1,240 referrals. 812 of these came from GPs, …": opening its sentence, the part is counted of the
      // sentence before, read as after ". Of these," — not where that sentence counts two things with two verbs and
      // the parts name neither, nor where a second verb names other things.
      if (/[.!?]\s+$/.test(text.slice(0, p.offset))) {
        const chosen = wholeOfTwoVerbs(text, figures, k, p.offset);
        if (chosen === undefined) continue;
        if (chosen === k && otherThingsAfter(text.slice(figures[k].offset + figures[k].length, p.offset), figures[k])) continue;
        // "The club has 212 volunteers and 40 coaches. 140 of them …": after a list of wholes, them may be any or all.
        if (chosen === k && joinedWholes(text, figures, k).length >= 2) continue;
        k = chosen;
      }
      const total = figures[k];
      if (!countable(total)) continue;
      if (sentenceEndsBetween(text, total.offset + total.length, p.offset - 2)) continue;
      add(k, p.offset);
    }
  }
  return out;
}

/** Between two counts of a list of wholes: "64 primary schools and 14 secondary schools", "12 nurseries, 64 …". */
const WHOLES_JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** The noun a count names in its own words (64 primary schools → primary schools), or ''. */
function ownNoun(text: string, f: Figure): string {
  return text.slice(f.numberEnd, f.offset + f.length).trim().toLowerCase();
}

/**
 * The counts of one list the figure figures[t] ends, each naming a noun of its own ("64 primary schools and 14
 * secondary schools"): their indices, or [t] alone.
 */
function joinedWholes(text: string, figures: readonly Figure[], t: number): number[] {
  const out = [t];
  const nouns = new Set([ownNoun(text, figures[t])]);
  if (!countable(figures[t]) || ownNoun(text, figures[t]) === '') return out;
  for (let h = t - 1; h >= 0; h--) {
    const f = figures[h];
    const noun = ownNoun(text, f);
    if (!countable(f) || noun === '' || nouns.has(noun) || !WHOLES_JOINED.test(text.slice(f.offset + f.length, figures[h + 1].offset))) break;
    nouns.add(noun);
    out.unshift(h);
  }
  return out;
}

/** After "Of these," under a list of wholes: each part that names one whole's noun, against that whole alone (none more than it). */
function partsByNoun(paragraph: Paragraph, figures: readonly Figure[], wholes: readonly number[], cueAt: number): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  const end = regionEnd(text, cueAt);
  for (let i = wholes[wholes.length - 1] + 1; i < figures.length && figures[i].offset < end; i++) {
    const f = figures[i];
    if (f.offset < cueAt || !countable(f)) continue;
    const noun = ownNoun(text, f);
    const whole = wholes.map((w) => figures[w]).find((w) => noun !== '' && ownNoun(text, w) === noun);
    if (!whole || f.value <= whole.value) continue;
    out.push({ paragraph, total: whole, parts: [f], cueAt, complete: false, partial: false, partition: false, groups: [], approximate: false, whole: true, bracketed: false, subsets: true });
  }
  return out;
}

const TIME_UNIT_EN = String.raw`(minutes?|mins?|hours?|days?|working\s+days?|weeks?|months?|seconds?)`;
const ON_TIME_EN = /\bon\s+time\b/i;
const WITHIN_EN = new RegExp(String.raw`\bwithin\s+(\d+)\s+${TIME_UNIT_EN}`, 'i');
const OVER_EN = new RegExp(String.raw`\b(?:more\s+than|over|later\s+than|after|longer\s+than)\s+(\d+)\s+${TIME_UNIT_EN}`, 'i');
const CANCELLED_EN = /\bcancell?ed\b/i;

/**
 * "69,230 arrived on time, 21,870 arrived within 15 minutes and 3,120 were cancelled or arrived more than 15 minutes
 * late" · "1,050 were answered within 60 seconds and 150 took more than 60 seconds": each part in a band of one delay,
 * no two in one band — each thing is in one. 'closed' where a band within N and one past the same N meet and the list
 * starts on time or ends with what was cancelled (every train planned in one band); 'bands' where they are only bands;
 * undefined where a part is in none.
 */
function timeBands(parts: Figure[]): 'closed' | 'bands' | undefined {
  if (parts.length < 2) return undefined;
  const text = parts[0].paragraph.text;
  const seen = new Set<string>();
  let within: string | undefined;
  let over: string | undefined;
  let ends = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const to = i + 1 < parts.length ? parts[i + 1].offset : Math.min(text.length, p.offset + p.length + 80);
    const clause = text.slice(p.offset + p.length, to).split(/[.;]\s/)[0];
    const w = WITHIN_EN.exec(clause);
    const o = OVER_EN.exec(clause);
    const band = o ? `over ${o[1]} ${o[2]}` : w ? `within ${w[1]} ${w[2]}` : ON_TIME_EN.test(clause) ? 'on time' : CANCELLED_EN.test(clause) ? 'cancelled' : undefined;
    if (!band || seen.has(band)) return undefined;
    seen.add(band);
    if (w && !o) {
      if (within !== undefined) return undefined;
      within = `${w[1]} ${w[2].replace(/s$/, '')}`;
    }
    if (o) {
      if (over !== undefined) return undefined;
      over = `${o[1]} ${o[2].replace(/s$/, '')}`;
    }
    if (band === 'on time' || CANCELLED_EN.test(clause)) ends = true;
  }
  // Bands that meet at one limit (within 15 minutes, more than 15 minutes): not two limits of different measures (seen
  // within 4 hours, admitted within 12 hours), which one thing may both meet.
  if (seen.size < 2 || within === undefined || within !== over) return undefined;
  return ends ? 'closed' : 'bands';
}

/** savings of £6.8m, grants of $1.2 million · £6.8m of savings: an amount of things counted in the plural ("Of these,"). */
function pluralAmount(text: string, total: Figure): boolean {
  if (total.perUnit || total.approximate || !MONEY.has(total.dimension)) return false;
  return /\b[a-z]{3,}s\s+(?:totalling\s+|worth\s+|of\s+)$/i.test(text.slice(Math.max(0, total.offset - 30), total.offset)) || /^\s+(?:of|in)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b/i.test(text.slice(total.offset + total.length, total.offset + total.length + 30));
}

/**
 * The level a sentence is about, walking back from figures[t], the last figure before "Of these" or "N of these": past
 * an age or a share (1,206 adults aged 65 and over; in the first half of the year), the earlier level of a comparison
 * (up from 4,406, compared with 4,406) and a change or a difference (a reduction of 680, up by 406, 96 more than at the
 * start of the year) — "At 30 April the list stood at 58,940 pathways, down from 59,620 at 31 March (a reduction of 680,
 * or 1.1%). Of these, 36,071 …": these are the 58,940.
 */
function levelBefore(text: string, figures: readonly Figure[], t: number): number {
  while (t > 0) {
    const f = figures[t];
    const before = text.slice(Math.max(0, f.offset - 40), f.offset);
    // "214,360 calls in 2025–26, up from 198,200 in 2024–25": the figure before is the one before its period's label.
    let p = t - 1;
    while (p > 0 && periodLabel(text, figures[p]) && !sentenceEndsBetween(text, figures[p - 1].offset + figures[p - 1].length, figures[p].offset)) p--;
    if (periodLabel(text, f) || LABEL_FIGURE_EN.test(before.slice(-12)) || (!countable(f) && countable(figures[p]))) t = p;
    else if (COMPARED_BASE_EN.test(before.slice(-24)) && countable(figures[p]) && (figures[p].dimension === f.dimension || f.dimension === '')) t = p;
    else if ((CHANGE_BEFORE_EN.test(before) || CHANGE_AFTER_EN.test(text.slice(f.offset + f.length, f.offset + f.length + 40))) && levelAbove(text, figures, t)) t = p;
    else break;
  }
  return t;
}

/**
 * The count that can hold the part after "Of these": where the last count of the sentence before (figures[t]) is where
 * the whole is held ("in 14 classes", "across 9 schools") and the first part is more than it, an earlier count of that
 * sentence the part fits in (412 pupils; its share in brackets, 128 (31.1%), is then checked against it) — look46en r12.
 */
function containedBefore(text: string, figures: readonly Figure[], t: number, cueAt: number): number {
  const total = figures[t];
  const p = figures.findIndex((f) => f.offset >= cueAt);
  const part = figures[p];
  if (!total || !part || !countable(total) || !countable(part) || part.value <= total.value) return t;
  if (!/\b(?:in|across|at|over|within|from)\s+$/i.test(text.slice(Math.max(0, total.offset - 12), total.offset))) return t;
  for (let h = t - 1; h >= 0; h--) {
    const level = figures[h];
    if (sentenceEndsBetween(text, level.offset + level.length, total.offset)) return t;
    if (!countable(level) || level.value < part.value) continue;
    return h;
  }
  return t;
}

/**
 * A level before the change figures[t] in its sentence, larger than the change: "Across 14 wards, staff numbers rose
 * by 120. Of these, 80 were nurses" has none (these are the 120 new staff).
 */
function levelAbove(text: string, figures: readonly Figure[], t: number): boolean {
  const f = figures[t];
  for (let g = t - 1; g >= 0; g--) {
    const level = figures[g];
    if (sentenceEndsBetween(text, level.offset + level.length, f.offset)) return false;
    if (countable(level)) return level.value > f.value;
  }
  return false;
}

/**
 * The figure a colon list that ends with figures[t] splits, in the same sentence: 88 in "We published 88 papers: 79 in
 * journals and 9 in proceedings" (words only between it and the colon, the list's figures of its dimension); else t.
 */
function headBeforeColon(text: string, figures: readonly Figure[], t: number): number {
  const last = figures[t];
  if (!last) return t;
  for (let h = t - 1; h >= 0; h--) {
    const head = figures[h];
    // "published 88 papers in 2025: 48 in …": the year the whole is of may stand before the colon.
    const after = text.slice(head.offset + head.length, figures[h + 1].offset).replace(/\b(?:19|20)\d\d(?:[/–-]\d{2,4})?\b/g, 'Y');
    if (sentenceEndsBetween(text, head.offset + head.length, figures[h + 1].offset)) return t;
    if (/^[^.;:!?\d]{0,40}:\s*$/.test(after)) {
      // 79 in journals: a part reads no unit of its own (its whole's noun is understood).
      const sameKind = (f: Figure) => countable(f) && (f.dimension === head.dimension || f.dimension === '');
      if (!countable(head)) return t;
      for (let j = h + 1; j <= t; j++) if (!sameKind(figures[j])) return t;
      return h + 1 < t ? h : t;
    }
  }
  return t;
}

// "Of these stations," names what the whole counted: one or two words, the whole's own (checked where it is read).
// "We helped 9,400 people. Of the people helped, …": the whole named again by its noun (and the verb it was counted by)
// is "Of these" too, where its noun is the whole's.
const OF_THESE = /[.!?]\s+Of\s+(?:(?:these|them|those|which)(?:\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?))?|the\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)),\s*/g;

const OF_THIS = /[.!?]\s+Of\s+(?:this|that),\s*/g;

/** Each "…. Of these," in the text: where its sentence starts and where the parts begin. */
function eachOfThese(text: string, visit: (at: number, cueAt: number, noun?: string, qualifier?: string) => void): void {
  OF_THESE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OF_THESE.exec(text))) {
    // Of the people helped → people; Of the new tenants → tenants.
    const named = m[2]?.split(/\s+/);
    const qualified = named !== undefined && named.length === 2 && /ed$/.test(named[1]);
    visit(m.index + 1, m.index + m[0].length, m[1] ?? (named && (qualified ? named[0] : named[named.length - 1])), qualified ? named[1] : undefined);
  }
}

/** "and worked with many children on court orders": a second verb after the whole, and a plural noun after it not the whole's. */
const SECOND_VERB_EN = /\b(?:and|but|while|also)\s+(?:also\s+)?(?:[a-z]+ed|has|have|had|saw|met|took|made|ran|held|gave|won|built|taught|sent|kept|dealt|heard|brought|found)\b/i;

function otherThingsAfter(gap: string, total: Figure): boolean {
  const verb = SECOND_VERB_EN.exec(gap);
  if (!verb) return false;
  const own = total.unit.toLowerCase().replace(/(?:es|s)$/, '');
  const words = gap.slice(verb.index + verb[0].length).toLowerCase().match(/[a-z][a-z-]+/g) ?? [];
  // "and assessed them within five days": the verb's object is the whole again.
  if (/^(?:them|all|each|most|every)$/.test(words[0] ?? '')) return false;
  return words.some((w) => !/^(?:seconds|minutes|hours|days|weeks|months|years|times|terms|quarters|weekends)$/.test(w) && (/[^s]s$/.test(w) || /^(?:children|people|men|women|staff|police|cattle)$/.test(w)) && !/^(?:them|these|those|theirs|its|this|is|was|has|as|us|thus|plus|less)$/.test(w) && (own.length < 3 || !w.startsWith(own)));
}

/**
 * "received 1,240 referrals and opened ": a count, then "and" and the verb of the next (not a list: 64 schools and 14 …);
 * a time the first count is of may come before the "and" ("approved 420 applications in 2025 and refused 36").
 */
const SECOND_COUNT_VERB_EN = /^\s*(?:[a-z-]+\s+){0,3}?(?:(?:in|during|over|for|by|since)\s+(?:the\s+)?(?:(?:year|financial\s+year|[A-Z][a-z]+)\s+)?(?:FY\s*)?\d{4}(?:\s*[/–—-]\s*\d{2,4})?,?\s+)?and\s+(?!(?:the|a|an|of|in|on|at|to|some|more|over|about|around|nearly|almost|another|then|also|a\s+further)\s)([a-z]+)(?:\s+(?:out|up|off|in))?\s+$/i;

/** The stem a verb or a noun shares with its other forms: opened → open, resolved → resolv, books → book. */
function stemOf(word: string): string {
  return word.toLowerCase().replace(/(?:ed|es|s|d)$/, '');
}

/**
 * After a sentence that counts two things with two verbs ("The service answered 8,412 calls and made 2,306 home visits.
 * Of these, 7,950 were answered within 60 seconds"): these are the count whose verb or noun the parts repeat (were
 * answered: the calls; were resolved: the 388 resolved), and the last count otherwise only where neither is named — no
 * count where the parts name neither ("received 1,240 referrals and opened 1,105 cases. Of these, 1,180 came from GPs").
 * `t` where the sentence has one count; undefined where it cannot tell.
 */
function wholeOfTwoVerbs(text: string, figures: readonly Figure[], t: number, cueAt: number): number | undefined {
  const h = t - 1;
  if (h < 0 || !countable(figures[h]) || !countable(figures[t])) return t;
  const first = figures[h];
  const second = figures[t];
  const verb = SECOND_COUNT_VERB_EN.exec(text.slice(first.offset + first.length, second.offset));
  if (!verb || sentenceEndsBetween(text, first.offset + first.length, second.offset)) return t;
  const firstVerb = /([a-z]+)\s+$/i.exec(text.slice(Math.max(0, first.offset - 24), first.offset))?.[1] ?? '';
  const parts = text.slice(cueAt, regionEnd(text, cueAt)).toLowerCase();
  const names = (words: string[]) => words.some((w) => {
    const stem = stemOf(w);
    return stem.length >= 4 && new RegExp(`\\b${stem.replace(/[^a-z-]/g, '')}`).test(parts);
  });
  const nounWords = (f: Figure) => (text.slice(f.numberEnd, f.offset + f.length).toLowerCase().match(/[a-z][a-z-]+/g) ?? []).slice(-1);
  // "approved 420 applications in 2025 and refused 36": the second count is of the first's noun, left out — the noun
  // names both, only the verbs tell them apart.
  const shared = ownNoun(text, second) === '';
  const firstNamed = names([firstVerb, ...(shared ? [] : nounWords(first))]);
  const secondNamed = names([verb[1], ...nounWords(second)]);
  if (firstNamed === secondNamed) return undefined;
  return firstNamed ? h : t;
}

/** "31 fire stations. Of these stations,": the whole's words (right after its figure) hold the noun of the cue. */
function namesNoun(text: string, total: Figure, noun: string): boolean {
  const head = noun.split(/\s+/).pop()!.replace(/(?:es|s)$/, '');
  // 9,400 people: a separator between digits ends nothing.
  const words = text.slice(total.offset, total.offset + total.length + 40).split(/[,.;:!?()](?!\d)/)[0].toLowerCase();
  return head.length >= 3 && new RegExp(`\\b${head.replace(/[^a-z-]/g, '')}`).test(words);
}

/** 1,420 were urgent: a part said with a verb of being after it. */
const PART_VERB_EN = /^\s+(?:were|was|are|is)\b/;

/** A part and its whole in one measure: both counts (a bare number counts what its whole does), or one unit's amounts. */
function sameMeasure(part: Figure, whole: Figure): boolean {
  if (part.approximate || part.perUnit) return false;
  // "Of these, 1,200 participants …" after 40 workshops counts something else.
  return countable(part) && countable(whole) ? part.unit === '' || part.unit === whole.unit : part.dimension === whole.dimension && part.dimension !== '%' && part.dimension !== '';
}

/** The words right after a part: 53 passed → passed; 198 were not upheld → were not upheld. */
export function outcomeOf(p: Figure): string {
  const text = p.paragraph.text;
  return text.slice(p.offset + p.length, p.offset + p.length + 40).split(/[,;.:)]|\band\b|\bor\b/)[0].trim().toLowerCase().replace(/^of\s+(?:these|them|those)\s+/, '')
    // 62% of passengers said they were satisfied: the answer, not the saying.
    .replace(/^(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:said|reported|told\s+us|felt|thought)\s+(?:that\s+)?(?:they\s+|it\s+)?(?=(?:were|was|are|is)\s)/, '');
}

/** 236 were women, 148 were men and 41 did not state their gender: members of one family, and the ones not known. */
const UNKNOWN_OUTCOME = /^(?:(?:did|do|does|have|has|had|were|was|are|is)\s+not|(?:preferred|prefer|chose|declined)\s+not)\b|\b(?:unknown|not known|not stated|not recorded)\b/;

/** were deferred from last year's plan, carried forward from 2024/25: where a part came from, not what became of it. */
const ORIGIN = /\b(?:from|since)\s+(?:last|the\s+previous|previous|prior|the\s+\d{4}|\d{4})\b/;

export function familyOutcomes(parts: Figure[]): boolean {
  if (parts.some(tookPart)) return false;
  // 6,110 were children, 9,460 adults and 870 pensioners: after a first part said with "were", a later part's noun may be
  // its unit, the verb left out (not 33 reported norovirus, a verb and its object read as the unit).
  const copula = /^(?:were|was|are|is)\s/.test(outcomeOf(parts[0]));
  const named = parts.map((p) => outcomeOf(p) || (copula && p.dimension === 'count' && /^[a-z]+$/i.test(p.unit) ? p.unit.toLowerCase() : '')).filter((o) => !UNKNOWN_OUTCOME.test(o));
  if (named.some((o) => ORIGIN.test(o))) return false;
  if (named.length < 2 || named.length < parts.length - 1) return false;
  // 3 have not started: the perfect's auxiliary is no word of the status either.
  const labels = named.map((o) => o.replace(/^(?:were|was|are|is|has\s+been|have\s+been|had\s+been|have|has|had)\s+/, ''));
  return distinctInOne(labels.map((o) => familyOf(o))) || distinctInSomeFamily(labels);
}

/**
 * were researchers, are vans, were families with children, were requests for information: a verb of being, then what
 * each counted thing is — a plural noun (its head), up to two words before it and a qualifier after it.
 */
// A collective noun is a head too: are seagoing crew, are support staff.
const NOUN_KIND = /^(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+((?:[a-z-]+\s+){0,2}?)([a-z-]{3,}s|crew|staff|personnel)(?:\s+(?:with|without|in|on|from|for|at|of|who|that|under|over|aged|living|based)\b.*)?$/;

/** Two qualifiers of one head that no member is both of: seagoing / shore crew, full-time / part-time staff. */
const OPPOSED_QUALIFIERS: readonly [string, string][] = [
  ['seagoing', 'shore'], ['sea-going', 'shore'], ['offshore', 'onshore'], ['full-time', 'part-time'], ['permanent', 'temporary'],
  ['paid', 'unpaid'], ['front-line', 'back-office'], ['frontline', 'back-office'], ['day', 'night'], ['retained', 'wholetime'], ['wholetime', 'on-call'],
];

/** Words before a head that make the part no kind of its own: also students, both, mostly, about benefits. */
const NOT_KIND_WORD = /^(?:also|both|either|all|mostly|mainly|largely|partly|still|now|then|not|often|usually|already|only|about|from|in|on|for|to|at|by|with|of|new|other|more|fewer|repeat|returning|existing)$/;

/** A plural that is no noun: various, previous, serious, analysis, less. */
const NOT_PLURAL = /(?:ous|ss|us|is|ics)$/;

/** women, children, parents, carers, volunteers: people sorted by something other than what they are counted as. */
const CROSS_CUTTING_EN = new RegExp(`\\b(?:${overlapping.crossCuttingNounsEn.join('|')})$`);

/**
 * There were 38 staff, of whom 22 were researchers and 19 were students · 120 vehicles, of which 70 are vans and 55
 * minibuses: each part says with a verb of being what its members are, a different plural noun each (the later parts
 * may leave the verb out), the list closed by "and" — kinds that no one member is two of. Not where a noun sorts people
 * by sex, age, family or caring (22 were researchers and 19 were women: CROSS_CUTTING_EN), where two parts share a head
 * (full-time researchers, researchers on fixed-term contracts) or a part is named by the whole's own noun (70 are vans
 * and 55 are electric vehicles), nor nouns of two different families.
 */
function nounKinds(parts: Figure[], total: Figure): boolean {
  const text = total.paragraph.text;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (!/\band\s*$/.test(text.slice(before.offset + before.length, last.offset))) return false;
  const verb = /^(were|was|are|is|had\s+been|have\s+been|has\s+been)\s/.exec(outcomeOf(parts[0]))?.[1];
  if (!verb) return false;
  const kinds: { words: string; head: string }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    let said = outcomeOf(p);
    // 55 minibuses: the figure holds the noun as its unit, the verb left out.
    if (!said && i > 0 && p.dimension === 'count' && /^[a-z-]+$/i.test(p.unit)) said = `${verb} ${p.unit.toLowerCase()}`;
    else if (i > 0 && !/^(?:were|was|are|is|had|have|has)\s/.test(said)) said = `${verb} ${said}`;
    const m = NOUN_KIND.exec(said);
    if (!m || NOT_PLURAL.test(m[2])) return false;
    const pre = m[1].trim().split(/\s+/).filter(Boolean);
    // 28 are crew, 14 are helms: a bare collective noun may take in the members the other parts name.
    if (pre.length === 0 && !m[2].endsWith('s')) return false;
    if (pre.some((w) => NOT_KIND_WORD.test(w))) return false;
    const words = `${m[1]}${m[2]}`;
    if (CROSS_CUTTING_EN.test(words)) return false;
    kinds.push({ words, head: m[2] });
  }
  const heads = kinds.map((k) => k.head);
  // 28 are seagoing crew and 14 are shore crew: one head told apart by two qualifiers of one kind that exclude each other.
  const opposed = (a: string, b: string) => OPPOSED_QUALIFIERS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
  const sharing = kinds.filter((k) => heads.filter((h) => h === k.head).length > 1);
  if (sharing.length > 0 && !(sharing.length === 2 && opposed(sharing[0].words.slice(0, -sharing[0].head.length).trim(), sharing[1].words.slice(0, -sharing[1].head.length).trim()))) return false;
  // 120 vehicles, of which … 55 are electric vehicles: a part named by the whole's own noun is some of it by another test.
  const wholeWords = text.slice(total.numberEnd, total.numberEnd + 40).split(/[,.;:!?()]/)[0].toLowerCase();
  const stem = (h: string) => h.replace(/(?:es|s)$/, '');
  if (heads.some((h) => new RegExp(`\\b${stem(h)}`).test(wholeWords))) return false;
  const families = kinds.map((k) => familyOf(k.words)?.family);
  return !families.some((f, i) => f !== undefined && families.some((g, j) => j !== i && g !== undefined && g !== f));
}

/** were graded major, moderate and minor: each part given one grade on one scale, so none is in two. */
const GRADED = /^(?:were|was|are|is)\s+(?:graded|rated|classed|classified|categori[sz]ed|assessed)\s+(?:as\s+)?([a-z]+(?:[\s-][a-z]+)?)$/;

function gradedOutcomes(parts: Figure[]): boolean {
  const outcomes = parts.map(outcomeOf);
  const first = GRADED.exec(outcomes[0]);
  if (!first) return false;
  // The later parts give the grade alone ("33 moderate"), or the whole frame again.
  const grades = outcomes.map((o, i) => (i === 0 ? first[1] : (GRADED.exec(o)?.[1] ?? (/^[a-z]+(?:[\s-][a-z]+)?$/.test(o) ? o : undefined))));
  return grades.every((g) => g !== undefined) && new Set(grades).size === grades.length;
}

/** will be carried forward, returned to reserves, written off: what became of an amount, one way for each part. */
const DISPOSAL = /^(?:(?:will\s+be|is\s+to\s+be|are\s+to\s+be|was|were|is|are|has\s+been|have\s+been)\s+)?(carried\s+forward|returned|transferred|repaid|released|written\s+off|refunded|reinvested)\b/;

/**
 * "Of the £0.18 million underspend, £0.12 million will be carried forward and £0.08 million returned to reserves": each part
 * of an amount said with a different thing done with it, which no pound can have two of.
 */
function disposalFrames(parts: Figure[]): boolean {
  const ways = parts.map((p) => DISPOSAL.exec(outcomeOf(p))?.[1].replace(/\s+/g, ' '));
  return ways.every((w) => w !== undefined) && new Set(ways).size === ways.length;
}

/** 4.1 million pounds was fresh produce, 3.2 million pounds was dry goods: each part of an amount says what it was. */
function copulaFrames(parts: Figure[]): boolean {
  // was spent on staff / was spent in the first half: the same verb and preposition, or the parts may overlap.
  const frames = parts.map((p) => /^((?:was|were)(?:\s+(?:spent|used|paid|allocated|given|awarded|raised))?(?:\s+(?:on|for|to|in|from|by))?|went\s+(?:to|on)|came\s+from)\s+(\S.*)$/.exec(outcomeOf(p)));
  // £96,400 was spent on staff, £38,200 on speech therapy and £27,500 on trips: the later parts leave out the verb
  // and keep the preposition of the first.
  const first = frames[0];
  const head = first ? /(?:^|\s)(on|for|to|in|from|by)$/.exec(first[1]) : null;
  if (first && head) {
    for (let i = 1; i < parts.length; i++) {
      if (frames[i]) continue;
      const bare = new RegExp(`^(${head[1]})\\s+(\\S.*)$`).exec(outcomeOf(parts[i]));
      if (bare) {
        bare[1] = first[1];
        frames[i] = bare;
      }
    }
  }
  if (frames.some((f) => !f)) return false;
  return frames.every((f) => f![1] === frames[0]![1]) && new Set(frames.map((f) => f![2])).size === frames.length;
}

/** 812 were for violent crime, 355 for burglary and 173 for fraud: each part named in the same frame, of one kind. */
// Where someone lives or works is one place: 512 lived in Eastcliff, 401 in Harbourside and 339 in Saltmere.
// (Lived in one place and worked in another may overlap: those verbs are not mixed.)
// Where each was kept or held is one place too: 1,204 were hosted on the EU cluster and 702 on the US cluster.
// So is the arm of a trial each was allocated to: 352 were allocated to early discharge and 348 to usual care.
// And where a sample was taken: 1,904 were collected at customer taps, 760 at treatment works.
const FRAME = /^(?:(were|was|are|is|came|come|lived|live|lives|worked|work|works|went|(?:were|are|was|is)\s+(?:based|located|hosted|held|stored|housed|registered|employed|allocated|assigned|randomi[sz]ed|taken|collected|sampled|awarded|made|paid|given|sent|submitted))\s+)?(for|from|in|at|on|via|through|about(?!\s+to\b)|to)\s+(\S.*)$/;

const PLACE_VERB = /^(?:lived?|lives|worked|works?)$/;

/**
 * were supported at home, were cared for in the hospice, were treated at Westfield, died in hospital: where each was
 * cared for, or died — one setting each (at home, in our inpatient unit, in care homes: at and in both name it).
 */
const CARE_FRAME = /^(?:(died|(?:were|are|was|is)\s+(?:supported|cared\s+for|treated|nursed|looked\s+after|accommodated))\s+)?(at|in)\s+(\S.*)$/;

/** at night, at weekends, in the evening, in March, in 2026, in the first year: a time, not a setting. */
const TIME_SETTING = /^(?:the\s+)?(?:night|weekends?|(?:the\s+)?(?:morning|afternoon|evening|day|week|year|month|quarter)s?|first|second|third|last|last\s+\w+|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:spring|summer|autumn|winter)\b)/i;

/**
 * "Of the 1,140 patients we cared for, 690 were supported at home, 312 in our inpatient unit and 171 in care homes": a
 * verb of care (or died) said once, then three settings or more, each a different place (at or in) — where each was
 * cared for, or died.
 */
function careSettings(parts: Figure[]): boolean {
  if (parts.length < 3) return false;
  const frames = parts.map((p) => CARE_FRAME.exec(outcomeOf(p)));
  if (frames.some((f) => !f) || frames[0]![1] === undefined || frames.slice(1).some((f) => f![1] !== undefined && f![1] !== frames[0]![1])) return false;
  if (frames.some((f) => TIME_SETTING.test(f![3].trim()))) return false;
  return new Set(frames.map((f) => f![3].trim().toLowerCase())).size === frames.length;
}

/**
 * "of which 31,200 were by bus and 22,900 by tram": each journey counted went by one mode, named "by" or "on foot" — one
 * word of the list each, all different (miss46 m05).
 */
// "were made by bus, 12.9 million by tram and 6.1 million by local rail": a verb of being, of travel, or both; a word before the mode.
const MODE_FRAME = new RegExp(`^(?:(?:were|was|are|is)\\s+)?(?:(?:travelled|traveled|went|came|made|taken)\\s+)?(?:by|on)\\s+(?:(?:local|light|heavy|mainline|national|suburban|private|public|shared)\\s+)?(${words.travelModesEn.join('|')})$`);

function travelModes(parts: Figure[]): boolean {
  const modes = parts.map((p) => MODE_FRAME.exec(outcomeOf(p))?.[1]);
  return modes.every((m) => m !== undefined) && new Set(modes).size === modes.length;
}

/** on level 2 programmes, at level 3, in year 9, at key stage 4, on grade 5: one step of a ladder (its word and number). */
const LADDER_FRAME = /^(?:(?:were|was|are|is)\s+)?(?:(?:studying|enrolled|training|working|placed)\s+)?(?:on|at|in)\s+(?:an?\s+)?(level|grade|band|key\s+stage|stage|year|tier|step)\s+(\d{1,2})(?:\s+[a-z-]+)?$/i;

/** " or above" · " and over" · "+" right after a step's number: the step and every one above (or below) it. */
const OPEN_STEP = /^\+|^\s+(?:or|and)\s+(above|higher|over|more|below|lower|under|less)\b/i;

/**
 * "Of our 640 apprentices, 312 are on level 2 programmes, 241 on level 3 and 118 on level 4 or above": each part on a
 * different step of one ladder (level, grade, year, key stage), one step each — exclusive. A step "or above" is the top
 * one (or "or below" the bottom), else it takes in another part's step.
 */
function levelLadder(parts: Figure[]): boolean {
  if (parts.length < 2) return false;
  const steps: number[] = [];
  let ladder = '';
  for (let i = 0; i < parts.length; i++) {
    const m = LADDER_FRAME.exec(outcomeOf(parts[i]));
    if (!m || (ladder !== '' && m[1].toLowerCase().replace(/\s+/g, ' ') !== ladder)) return false;
    ladder = m[1].toLowerCase().replace(/\s+/g, ' ');
    steps.push(Number(m[2]));
  }
  if (new Set(steps).size !== steps.length) return false;
  const max = Math.max(...steps);
  const min = Math.min(...steps);
  for (let i = 0; i < parts.length; i++) {
    const text = parts[i].paragraph.text;
    const from = parts[i].offset + parts[i].length;
    const after = text.slice(from, from + 60);
    const number = new RegExp(`\\b${steps[i]}\\b`).exec(after);
    const open = number ? OPEN_STEP.exec(after.slice(number.index + number[0].length)) : null;
    if (open && (/above|higher|over|more/i.test(open[1] ?? '') || open[0] === '+' ? steps[i] !== max : steps[i] !== min)) return false;
  }
  return true;
}

function parallelFrames(parts: Figure[], things = false): boolean {
  if (travelModes(parts)) return true;
  const frames = parts.map((p) => FRAME.exec(outcomeOf(p)));
  if (careSettings(parts)) return true;
  if (frames.some((f) => !f)) return false;
  const preposition = frames[0]![2];
  const verbs = new Set(frames.map((f) => f![1]).filter((v) => v !== undefined));
  // "of which 512 were to research councils, 301 to charities": each of the things counted was to one of them (a bid
  // to one funder), where people "of whom 40 went to the dentist, 30 to the GP" may have gone to both. The verb said
  // once, the list of recipients after it: "14 went to youth groups and 20 went to first-time applicants" names two
  // ways of sorting them.
  // "31,200 went to families and 19,800 went to single adults": the verb said again, to recipients of one kind that
  // none is two of (a household is a family or a single adult), is one way of sorting them too.
  const oneKind = things && verbs.size === 1 && (distinctInSomeFamily(frames.map((f) => f![3])) || placesOfOneNoun(frames.map((f) => f![3])));
  // "61 went to groups outside the city and 41 to groups led by young people": one noun told apart by qualifiers of
  // different sorts (where, who leads) — two ways of sorting the same groups, unless the qualifiers are of one kind.
  const heads = new Set(frames.map((f) => /^(?:the\s+|a\s+)?([a-z-]+)/i.exec(f![3])?.[1].toLowerCase()));
  if (preposition === 'to' && things && !oneKind && heads.size === 1 && frames.every((f) => /\s/.test(f![3].trim()))) return false;
  if (preposition === 'to' && things && (oneKind || frames.slice(1).every((f) => f![1] === undefined)) && [...verbs].every((v) => /^(?:were|was|are|is|went|(?:were|was)\s+(?:awarded|made|paid|given|sent|submitted))$/.test(v))) return new Set(frames.map((f) => f![3])).size === frames.length && frames.every((f) => f![2] === 'to');
  // "on" names a place only after hosted, held, stored…: "40 were on permanent contracts and 25 were on the payroll
  // team" may overlap.
  if (preposition === 'on' && ![...verbs].some((v) => /\s(?:hosted|held|stored|housed)$/.test(v))) return false;
  // "to" names an arm only after allocated, assigned, randomised: "40 went to the dentist, 30 to the GP" may overlap.
  if (preposition === 'to' && ![...verbs].some((v) => /\s(?:allocated|assigned|randomi[sz]ed)$/.test(v))) return false;
  if ([...verbs].some((v) => PLACE_VERB.test(v)) && verbs.size > 1) return false;
  return frames.every((f) => f![2] === preposition) && new Set(frames.map((f) => f![3])).size === frames.length;
}

/** in the north, in the south-west, based in rural areas: where a recipient is, one place of one kind each. */
const COMPASS_EN = /^(?:in|from|based\s+in)\s+(?:the\s+)?((?:north|south)(?:[- ](?:east|west))?|east|west|midlands)(?:\s+of\s+the\s+[a-z]+)?$/;

/**
 * "40 to projects in the north and 38 to projects in the south": one noun told apart by where each recipient is, a
 * different point of the compass (or member of one family: in rural areas, in urban areas) — one way of sorting them.
 */
function placesOfOneNoun(recipients: string[]): boolean {
  const split = recipients.map((r) => /^(?:the\s+|a\s+)?([a-z-]+)\s+(.+)$/i.exec(r.trim()));
  if (split.some((m) => !m) || new Set(split.map((m) => m![1].toLowerCase())).size !== 1) return false;
  const places = split.map((m) => m![2].toLowerCase());
  const compass = places.map((q) => COMPASS_EN.exec(q)?.[1]);
  if (compass.every((c) => c !== undefined)) return new Set(compass).size === places.length;
  return places.every((q) => /^(?:in|from|based\s+in)\s/.test(q)) && distinctInSomeFamily(places.map((q) => q.replace(/^(?:in|from|based\s+in)\s+(?:the\s+)?/, '').replace(/\s+(?:areas?|parts?|districts?|locations?)$/, '')));
}

/** Audiences, attendances, visits, admissions: a whole that counts each time someone came, not the people who came. */
const ATTENDANCES_EN = /\b(?:audiences?|attendances?|visits|admissions|footfall)\b/i;
const ATTENDED = /^(attended|visited)\s+(\S.*)$/;

/**
 * Audiences reached 1.26 million, of which 418,000 attended free outdoor events and 912,000 attended ticketed
 * performances: each attendance was at one of them, each part named by the same verb (or after it, the place alone:
 * "6,100 attended daytime sessions and 3,900 evening sessions"). Only where the whole counts attendances: the members who
 * attended the spring meeting and those at the autumn one may be the same people.
 */
function attendedFrames(parts: Figure[], total: Figure): boolean {
  const text = total.paragraph.text;
  const start = Math.max(text.lastIndexOf('. ', total.offset) + 1, 0);
  if (!ATTENDANCES_EN.test(text.slice(start, total.offset + total.length + 40).split(/,\s*of\s+which/i)[0])) return false;
  // 6,100 attended daytime sessions: the figure model may count the sessions, so the words are read from the number.
  const outcomes = parts.map((p) => p.paragraph.text.slice(p.offset, p.offset + p.length + 40).replace(/^[\d,.]+\s*(?:(?:million|billion|thousand|m|bn|k)\b\s*)?/i, '').split(/[,;.:)]|\band\b|\bor\b/)[0].trim().toLowerCase());
  const first = ATTENDED.exec(outcomes[0]);
  if (!first) return false;
  const places = [first[2]];
  for (const o of outcomes.slice(1)) {
    const again = ATTENDED.exec(o);
    if (again && again[1] !== first[1]) return false;
    if (!again && (!o || NOT_BARE_TOPIC.test(o))) return false;
    places.push(again ? again[2] : o);
  }
  if (places.some((t, i) => places.some((u, j) => i !== j && u.startsWith(`${t} `)))) return false;
  return new Set(places).size === places.length;
}

/**
 * Of the 184 complaints, 82 concerned staff attitude, 64 clinical care and 49 discharge arrangements: what each was
 * about, the verb said once and left out of the later parts (or said again with each), each naming another topic. Only verbs that sort a thing
 * by its topic: "80 passed maths, 70 English" or "200 involved cars, 150 pedestrians" may overlap.
 */
// Not "were about to retire": about to is no topic.
const TOPIC_VERB = /^(?:concerned|concerns|concern|related\s+to|relates\s+to|(?:were|was|are|is)\s+(?:related\s+to|about(?!\s+to\b)))\s+(\S.*)$/;

const NOT_BARE_TOPIC = /^(?:were|was|are|is|had|has|have|did|do|does|will|would|could|can|of|in|on|at|to|for|from|by|with)\b|^[a-z]+ed\b/;

function gappedTopics(parts: Figure[]): boolean {
  // 49 discharge arrangements: the figure model reads the topic as the noun the number counts; it is the words after it.
  const outcomes = parts.map((p) => {
    const after = p.paragraph.text.slice(p.offset, p.offset + p.length + 40).replace(/^[\d,.]+\s*/, '');
    return after.split(/[,;.:)]|\band\b|\bor\b/)[0].trim().toLowerCase();
  });
  const first = TOPIC_VERB.exec(outcomes[0]);
  if (!first) return false;
  const topics = [first[1]];
  const verb = outcomes[0].slice(0, outcomes[0].length - first[1].length);
  for (const o of outcomes.slice(1)) {
    // 141 concerned healthcare and 102 concerned sentence management: the same verb said again names another topic.
    const again = TOPIC_VERB.exec(o);
    if (again && o.slice(0, o.length - again[1].length) === verb) {
      topics.push(again[1]);
      continue;
    }
    // 30 related to delayed diagnosis and 22 to deterioration: the verb left out, its preposition kept.
    const kept = / to $/.test(verb) && o.startsWith('to ') ? o.slice(3) : o;
    if (!kept || NOT_BARE_TOPIC.test(kept) || again) return false;
    topics.push(kept);
  }
  // 82 concerned property and 64 concerned property lost on transfer: a topic that narrows another is a part of it.
  if (topics.some((t, i) => topics.some((u, j) => i !== j && u.startsWith(`${t} `)))) return false;
  return new Set(topics).size === topics.length;
}

/** engagements, questions, petitions: things each raised on one topic, which "were on …" then sorts them by. */
const ON_TOPIC_WHOLE = /^\s*(?:[a-z-]+\s+){0,2}?(?:engagements|questions|enquiries|inquiries|queries|petitions|motions|debates|briefings|consultations|complaints|papers|articles)\b/i;

/** The words after a part's number, up to the next mark or "and" / "or" (the figure model may read them as its unit). */
function wordsAfterNumber(p: Figure): string {
  return p.paragraph.text.slice(p.offset, p.offset + p.length + 40).replace(/^[\d,.]+\s*/, '').split(/[,;.:)]|\band\b|\bor\b/)[0].trim().toLowerCase();
}

/**
 * "Of the 412 engagements, 168 were on climate, 131 on governance, 97 on social issues and 38 on remuneration": what each
 * thing raised was on, "were on" said once (or with each), a different topic each — only for things raised on one
 * topic (not "40 were on permanent contracts and 25 on the payroll team", staff who may be both).
 */
function topicsOn(parts: Figure[], total: Figure): boolean {
  if (!ON_TOPIC_WHOLE.test(total.paragraph.text.slice(total.numberEnd, total.numberEnd + 40))) return false;
  const topics: string[] = [];
  for (const [i, p] of parts.entries()) {
    const m = (i === 0 ? /^(?:were|was|are|is)\s+on\s+(\S.*)$/ : /^(?:(?:were|was|are|is)\s+)?on\s+(\S.*)$/).exec(wordsAfterNumber(p));
    if (!m) return false;
    topics.push(m[1]);
  }
  if (topics.some((t, i) => topics.some((u, j) => i !== j && u.startsWith(`${t} `)))) return false;
  return new Set(topics).size === topics.length;
}

/** We closed, concluded, resolved, dealt with: the whole is of things brought to an end, each in one way. */
const CLOSED_BEFORE_EN = /\b(?:closed|concluded|resolved|completed|determined|decided|disposed\s+of|dealt\s+with|finali[sz]ed|settled)\s+(?:a\s+total\s+of\s+|all\s+)?$/i;

/**
 * "We closed 96 investigations: 41 with a financial penalty, 33 with a public censure and 29 with no further action": how each was
 * closed, one part with nothing (with no …, without …) — which none of the others can also be.
 */
function withAndWithout(parts: Figure[]): boolean {
  const said = parts.map(wordsAfterNumber);
  if (!said.every((o) => /^(?:(?:were|was)\s+(?:closed|resolved|concluded|dealt\s+with)\s+)?with(?:out)?\s+\S/.test(o))) return false;
  const none = said.filter((o) => /\bwith\s+no\s|\bwithout\s/.test(o));
  return none.length === 1 && new Set(said).size === said.length;
}

/** passed / did not pass, were upheld / were not upheld: one outcome and its negation among the parts. */
export function hasNegatedOutcome(parts: Figure[]): boolean {
  const stem = (w: string) => w.replace(/(?:ed|es|s)$/, '');
  // had not been allowed: the negation read as "had been not allowed", to meet "had been allowed".
  // 640 were confirmed as malicious, 520 were not malicious: the finding said with what found it is the finding.
  const outcomes = parts.map((p) => outcomeOf(p).replace(/^(had|have|has)\s+not\s+been\s/, '$1 been not ').replace(/^(were|was|are|is)\s+(?:confirmed|found|assessed|judged|deemed|verified)\s+(?:as|to\s+be)\s+(?=[a-z]{4,}$)/, '$1 '));
  // 388 were upheld, 174 partially upheld and 63 not upheld: the first part's were said once for the later ones.
  const copula = /^(were|was|are|is)\s/.exec(outcomes[0] ?? '');
  if (copula) for (let i = 1; i < outcomes.length; i++) if (/^(?:not|partially|partly|fully|wholly)\s+[a-z]+$/.test(outcomes[i])) outcomes[i] = `${copula[1]} ${outcomes[i]}`;
  for (const negated of outcomes) {
    const m =
      // were not contacted until the second missed payment: the negation, then when.
      /^(?:(were|was|are|is|have\s+been|has\s+been|had\s+been)\s+not|did\s+not|do\s+not|does\s+not)\s+([a-z]+)(?:\s+(?:until|before|after|within|in\s+time|on\s+time)\b.*)?$/.exec(negated) ??
      // were satisfied / were dissatisfied, were happy / were unhappy
      /^(were|was|are|is)\s+(?:dis|un)([a-z]{4,})$/.exec(negated);
    if (!m) {
      // 41 were in favour and 29 were not in favour: an answer of two or three words and the same words negated.
      const words = /^(were|was|are|is)\s+not\s+([a-z]+(?:\s+[a-z]+){1,2})$/.exec(negated);
      if (words && outcomes.includes(`${words[1]} ${words[2]}`)) return true;
      continue;
    }
    const positive = m[1] ? `${m[1].replace(/\s+/g, ' ')} ${m[2]}` : m[2];
    // 26 passed the phonics screening check, 5 did not pass: the verb, then what was passed.
    const verb = (o: string) => (m[1] || /\s/.test(positive) ? o : o.split(' ')[0]);
    const said = (o: string) => o === positive || o.startsWith(`${positive} `) || stem(verb(o)) === positive || stem(verb(o)) === stem(positive);
    if (outcomes.some((o) => o !== negated && said(o))) return true;
  }
  return false;
}

/** approved / refused, upheld / dismissed: two outcomes no one part can have both of (breakdown-words.json). */
const OPPOSED: string[][] = words.opposedOutcomesEn;

/**
 * Of the 1,250 applications, 640 were approved, 410 were refused and 230 were withdrawn: an outcome and its opposite
 * among the parts (each after were/was/are/is or alone), which says the outcomes are exclusive, as a negation does.
 */
export function hasOppositeOutcomes(parts: Figure[]): boolean {
  const said = new Map<string, string>();
  for (const said0 of parts.map(outcomeOf)) {
    // 41 were in favour and 29 against: in favour is "for".
    // 604 are under review, 12 are still in progress: one status said in two words, read as one (under-review).
    const o = said0.replace(/^((?:were|was|are|is|voted)\s+)?in\s+favou?r(?:\s+of)?\b/, (_, verb: string | undefined) => `${verb ?? ''}for`).replace(/\b(under|in)\s+(review|investigation|progress)$/, '$1-$2');
    // 19 returned from last year, 640 were approved in March: the outcome, then when or where from.
    // 4 remain open, 8 are still outstanding: what is left, said with remain or still.
    // 41 supported the proposals and 29 opposed them · 41 voted for and 29 against: an answer, then what it was to.
    const m = /^(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remains|remained|are\s+still|is\s+still|were\s+still|voted)\s+)?([a-z]+|(?:under|in)-[a-z]+)(?:\s+(?:with\s+|to\s+)?(them|it|this|that|these|those|the\s+[a-z]+(?:\s+[a-z]+)?))?(?:\s+(?:from|after|before|during|within|since|until|this|last)\b.*)?$/.exec(o);
    if (m && !said.has(m[1])) said.set(m[1], m[2] ?? '');
  }
  // Answers to one thing: no object, a pronoun for the one named before, or the same words (not "supported the first
  // option and opposed the second", which one respondent may do both of).
  const PRONOUN = /^(?:them|it|this|that|these|those)$/;
  const oneThing = (a: string, b: string) => a === b || a === '' || b === '' || PRONOUN.test(a) || PRONOUN.test(b);
  return OPPOSED.some((set) => {
    const found = set.filter((w) => said.has(w));
    return found.length >= 2 && found.every((w) => oneThing(said.get(w)!, said.get(found[0])!));
  });
}

/** Kinds of case by jurisdiction (data/breakdown-words.json caseKindsEn): civil, criminal, administrative…. */
const CASE_KINDS = new Set<string>(words.caseKindsEn);
/** were civil · criminal · were family cases: a verb of being (which later parts may leave out), a kind, its noun. */
const CASE_KIND_LABEL = /^(?:(?:were|was|are|is)\s+)?([a-z]+)(?:\s+(?:cases|matters|proceedings|claims|appeals|disputes|hearings|applications))?$/;

/**
 * 1,286 cases, of which 842 were civil, 398 criminal and 146 administrative: each part names nothing but a kind of case
 * by jurisdiction, each a different one, the first said with "were" — no case is of two. Not a part named otherwise (398
 * were heard within 30 days, 398 urgent: they may overlap).
 */
function caseKinds(parts: Figure[]): boolean {
  if (parts.some(tookPart) || !/^(?:were|was|are|is)\s/.test(outcomeOf(parts[0]))) return false;
  const kinds = parts.map((p) => CASE_KIND_LABEL.exec(outcomeOf(p) || (p.dimension === 'count' && /^[a-z]+$/i.test(p.unit) ? p.unit.toLowerCase() : ''))?.[1]);
  return kinds.every((k) => k !== undefined && CASE_KINDS.has(k)) && new Set(kinds).size === kinds.length;
}
