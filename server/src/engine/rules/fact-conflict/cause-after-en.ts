/**
 * What an English count of events is of, and the part of the year it is counted over (fact-conflict.ts reads both into
 * the key of the body's own counts):
 * - "1,031 deaths from cardiovascular disease" and "1,486 deaths from all causes" (deaths due to, caused by,
 *   attributable to, of): the cause or kind after the events' noun names which events they are, as "cases of
 *   C. difficile" does for cases. Not "of them", "of which", "of whom": a part, read elsewhere.
 * - "During winter 2025-26 there were 1,486 deaths" and "In calendar year 2025 there were 1,031 deaths": a season
 *   opening the sentence is a period of its own, no other statement of the whole year's count.
 */

/** Nouns of events that have a cause or kind: deaths, admissions, injuries, casualties. */
const EVENT_NOUN_EN = /^(?:deaths?|fatalities|fatality|admissions?|injuries|injury|casualties|hospitali[sz]ations?|attendances?|illnesses|infections?|emergency admissions?)$/;
/** " from all causes", " due to falls", " of children under one": the cause or kind, up to four words. */
const CAUSE_AFTER_EN = /^\s+(?:from|due\s+to|caused\s+by|attributable\s+to|attributed\s+to|related\s+to|of)\s+(?!(?:them|which|whom|these|those|this|that|it|our|their|its|all\s+of)\b)((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]+)(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:in|during|at|on|for|among|across|by|over|within|which|that|compared|and|was|were|a|an|the|per|since|than|between|against)\b)/;

/** The cause or kind named after an events' noun, lower case; undefined where none is. */
export function causeAfterEn(noun: string, after: string): string | undefined {
  if (!EVENT_NOUN_EN.test(noun)) return undefined;
  const m = CAUSE_AFTER_EN.exec(after);
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
}

/**
 * "During winter 2025-26", "Over the summer", "In spring 2025": a season opening the sentence or a clause of it ("Over
 * the winter there were 412 …, and over the summer there were 388 …": the last one before the figure).
 */
const SEASON_LEAD_EN = /(?:^|[,;:]\s*(?:(?:and|but|while|whereas)\s+)?)\s*(?:during|over|in|across|through(?:out)?)\s+(?:the\s+|this\s+|last\s+)?(winter|summer|spring|autumn)\b/gi;

/** The qualifiers with the season its sentence opens with, if any ("During winter 2025-26": winter). */
export function withSeasonEn(qualifiers: readonly string[], lead: string): readonly string[] {
  const season = [...lead.matchAll(SEASON_LEAD_EN)].pop()?.[1].toLowerCase();
  return season && !qualifiers.includes(season) ? [...qualifiers, season] : qualifiers;
}

/** How many of a clause's words (lower case) are a season opening it: during winter 2025-26 (during, winter, 2025, 26): 4. */
export function seasonLeadWords(words: readonly string[]): number {
  let i = 0;
  if (!/^(?:during|over|in|across|through|throughout)$/.test(words[i] ?? '')) return 0;
  i++;
  if (/^(?:the|this|last)$/.test(words[i] ?? '')) i++;
  if (!/^(?:winter|summer|spring|autumn)$/.test(words[i] ?? '')) return 0;
  i++;
  if (/^(?:19|20)\d\d(?:[-–/]\d{2,4})?$/.test(words[i] ?? '')) {
    i++;
    if (/^\d\d$/.test(words[i] ?? '')) i++;
  }
  return i;
}
