import { matchesOf } from '../../patterns';
/**
 * The extreme of a temperature stated twice in other words, for the digit-swap pass of fact-conflict: "The air
 * temperature in the chamber peaked at 11.4°C at 03:10" and, in the timeline, "Peak air temperature of 14.1°C
 * recorded" are one fact (the peak of one episode), read as the head "peak air temperature". A temperature with no
 * peak or low named (“passes 5°C”, “the 5°C limit”, “back below 5°C”) is a reading or a threshold, not one fact: none.
 */

/** The temperature named before the figure, with at most two words before it (air, chamber air, core). */
const TEMPERATURE_EN = /\b((?:[a-z]+\s+){0,2})temperatures?\b/gi;
/** Words of the highest or lowest value, before the figure in its clause. */
const PEAK_EN = /\b(?:peak(?:ed|ing)?|maximum|max|highest|hottest)\b/i;
const LOW_EN = /\b(?:lowest|minimum|min|coldest)\b/i;
/** Words before the temperature that say whose it is, no kind of it. */
const NOT_KIND_EN = /^(?:the|a|an|its|our|their|this|that|of|in|at|peak|maximum|max|highest|hottest|lowest|minimum|min|coldest|recorded|mean|average)$/i;
/** A change or a target, a limit or a forecast in the words before: no extreme that was reached. */
const NOT_REACHED_EN = /\b(?:rose|risen|fell|fallen|increased|decreased|dropped|by|limit|target|forecast|expected|should|must|would|could|may|might|below|above|under|over|between|from|to)\s*$|\b(?:limit|target|threshold|set ?point|forecast|expected|should|must|not exceed|exceed)\b/i;

export function extremeTemperatureEn(lead: string): { head: string; names: string } | undefined {
  // The words of the figure's own statement: from the last clause mark, a time of day or a double space (a timeline's
  // lines run together in a plain-text paragraph) before it.
  const cut = Math.max(lead.search(/[^,;:.!?]*$/), lastIndexOfRe(lead, /\d{1,2}:\d{2}\s+|\s{2,}/g));
  const own = lead.slice(cut);
  let last: RegExpExecArray | undefined;
  TEMPERATURE_EN.lastIndex = 0;
  for (let m = TEMPERATURE_EN.exec(own); m; m = TEMPERATURE_EN.exec(own)) last = m;
  if (!last) return undefined;
  const after = own.slice(last.index + last[0].length);
  // "peak air temperature of", "air temperature in the chamber peaked at": the extreme before or after the noun.
  const extreme = PEAK_EN.test(own) ? 'peak' : LOW_EN.test(own) ? 'low' : undefined;
  if (!extreme || NOT_REACHED_EN.test(own) || !/^(?:\s+(?:in|of|inside|within)\s+(?:the\s+)?[a-z0-9]+)?\s+(?:(?:peaked|reached\s+(?:a\s+)?(?:peak|maximum|high|low)\s+)?(?:of|at|was|were|is|reached|hit)\s*|peaked\s+at\s*|of\s*)$/i.test(after)) return undefined;
  const kind = last[1].trim().split(/\s+/).filter((w) => w && !NOT_KIND_EN.test(w)).map((w) => w.toLowerCase());
  const names = (own.match(/\b[A-Z][a-z]+/g) ?? []).map((w) => w.toLowerCase()).filter((w) => !NOT_KIND_EN.test(w)).sort().join(' ');
  return { head: `${extreme} ${[...kind, 'temperature'].join(' ')}`, names };
}

function lastIndexOfRe(s: string, re: RegExp): number {
  let at = -1;
  for (const m of matchesOf(s, re)) at = m.index! + m[0].length;
  return at;
}
