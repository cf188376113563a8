/**
 * English words after a count that name no scope of it (read by the body's own counts, selfStatement):
 * - a spread over a number of places named in two words: "We ran 58 polling stations in 41 polling places" is the
 *   whole of the polling stations, not those of one place ("in 14 countries" in one word is SPREAD_IN_AFTER's);
 * - the day of the event the report is about: "We ran 56 polling stations on the day" (polling day in a returning
 *   officer's report, the day of the show in an event's) is the day every count of the report is of.
 * A time after "in" is a scope still ("in 3 working days", "in 12 school weeks"), and so is a named day ("on the
 * day of the strike", "on Christmas Day").
 */
const TIME_NOUNS = 'years?|months?|weeks?|days?|hours?|minutes?|quarters?|sessions?|stages?|phases?|batches|rounds?|instalments?|installments?|terms?|semesters?|shifts?|visits?';
const SPREAD_IN_TWO_WORDS = new RegExp(`^\\s+in\\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d[\\d,]*)\\s+(?!(?:${TIME_NOUNS})\\b)[a-z][a-z-]*\\s+(?!(?:${TIME_NOUNS})\\b)[a-z][a-z-]*s\\s*(?:[,.;:!?()]|and\\b|$)`, 'i');
const ON_THE_DAY = /^\s+on\s+the\s+day(?:\s+itself|\s+of\s+(?:the\s+)?(?:poll|election|count|event))?\s*(?:[,.;:!?()]|and\b|$)/i;

/** The words after the count (from its end) name no scope: a spread over places in two words, or "on the day". */
export function noScopeAfterEn(after: string): boolean {
  return SPREAD_IN_TWO_WORDS.test(after) || ON_THE_DAY.test(after);
}

/** A verb in the past tense right before the count ("we ran ", "staff handled "). */
const PAST_VERB_BEFORE = /\b(?:[a-z]{2,}ed|ran|held|had|saw|took|made|gave|sent|met|built|kept|dealt|paid|sold|found|spent|led|taught|began|opened|set\s+up)\s+$/i;

/**
 * "We ran 56 polling stations on the day" under "Lessons and next steps": what was done on the day of the event the
 * report is about is a result, not a plan, whatever the heading (the body's own count, in the past tense).
 */
export function doneOnTheDay(text: string, subjectStart: number, offset: number, end: number): boolean {
  return PAST_VERB_BEFORE.test(text.slice(subjectStart, offset)) && ON_THE_DAY.test(text.slice(end, end + 60));
}
