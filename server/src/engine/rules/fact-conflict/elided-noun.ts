/**
 * "We received 14,860 applications, the most in our history, and finalised 14,215.": a count after "and" and its own
 * verb, with no noun after it, counts the noun of the count before it in its sentence (14,215 applications finalised,
 * the same quantity as "We finalised 14,125 applications during the year"). Not where words follow the count ("and
 * finalised 14,215 within six months", "and upheld 86 of them"): those say which of them, or when.
 */
/** ", and finalised " · " and then upheld ": "and" and a verb in the past tense right before the count. */
const AND_VERB_BEFORE = /(?:^|[\s,])and\s+(?:then\s+|also\s+)?(?:[a-z]{3,}ed|(?:up|with)?held|ran|made|took|saw|won|met|paid|sent|gave|kept|found|heard|spent|dealt\s+with)\s+$/i;
/** The count ends its clause: a full stop, a semicolon or the end. */
const ENDS_CLAUSE = /^\s*(?:[.;!?](?:\s|$)|$)/;
/** A count with its plural noun (the last one before the figure in its sentence is the one taken). */
const COUNT_NOUN = /\d[\d,]*\s+((?:[a-z][a-z-]*\s+){0,2}[a-z]{3,}s)\b(?![-'’])/gi;
const SENTENCE_END = /[.!?](?:\s+|$)/g;
/** The noun's own words after it: a kind (for, about…), a place or a time. */
const KIND_OR_SCOPE_AFTER = /^\s+(?:for|about|to|from|of|concerning|relating|seeking|in|at|on|across|by|under|over|during|within)\b/i;
/** Words a count is followed by that are no noun of it. */
const NOT_NOUN = /\b(?:per|cent|percent|years|months|weeks|days|hours|minutes|times|more|fewer|less|than|was|were|is|are|has|have|had|its|this|these|those|the|of|and|or)$/i;

/** The noun the count before it named, as " applications", where the count elides its own; else undefined. */
export function elidedNounEn(text: string, numberStart: number, end: number): string | undefined {
  if (!ENDS_CLAUSE.test(text.slice(end, end + 4))) return undefined;
  const lead = text.slice(Math.max(0, numberStart - 40), numberStart);
  if (!AND_VERB_BEFORE.test(lead)) return undefined;
  let from = Math.max(0, numberStart - 240);
  const window = text.slice(from, numberStart);
  SENTENCE_END.lastIndex = 0;
  let start = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) start = m.index + m[0].length;
  from += start;
  const sentence = text.slice(from, numberStart);
  let noun: string | undefined;
  let nounEnd = 0;
  COUNT_NOUN.lastIndex = 0;
  for (let m = COUNT_NOUN.exec(sentence); m; m = COUNT_NOUN.exec(sentence)) noun = m[1], nounEnd = m.index + m[0].length;
  // "318 requests for review and completed 290": a kind of the noun, or its place or time, names more than the noun.
  if (noun === undefined || KIND_OR_SCOPE_AFTER.test(sentence.slice(nounEnd, nounEnd + 20)) || NOT_NOUN.test(noun) || /\b(?:of|and|or|the)\b/i.test(noun)) return undefined;
  return ` ${noun}`;
}
