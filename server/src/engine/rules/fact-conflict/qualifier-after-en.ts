/**
 * The words after an English count that say which of its kind it counts ("212 calls on the day of the storm", "221
 * calls from exhibitors about parking", "318 passes for exhibitors"), read by the digit-swap passes: two figures one
 * swap apart are one figure restated only where they count the same thing, so both name no such words or the same
 * words ("1,342 calls about council tax in the year" and "1,432 calls about council tax").
 *
 * Not a qualifier: the report's own time ("in the year", "during 2026", "to date", "this year"), a date ("by the end of December"),
 * another count after it ("on 38,942 resolutions"), the day of the event the report is about ("on the day", scope-after-en.ts), a spread over places ("across nine sites"); those the passes
 * read already. A clause mark ends the words (", when the car parks flooded" is no part of them).
 */
import { noScopeAfterEn } from './scope-after-en';

const QUALIFIER_AFTER = /^\s+((?:on|from|about|for|by|over|under|during|regarding|concerning|through|via|after|before|into|against)\s+[^,.;:!?()\u0000]*)/i;
/** A date ("by the end of December", "on 31 March", "at year end") or another count ("on 38,942 resolutions", "through 31,200 service connections"): no kind of the count. */
const NO_KIND = /^[a-z]+\s+(?:(?:about|around|over|some|nearly|almost)\s+)?(?:[£$€]?\d|(?:the\s+)?(?:end|start|close|beginning|middle)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|year[- ]end|quarter[- ]end|month[- ]end)\b)/i;
const OWN_TIME = /^(?:(?:in|during|over|for|by|at)\s+(?:the\s+|this\s+)?(?:whole\s+|full\s+)?(?:year|quarter|period|month|(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?)|to\s+date|so\s+far)\s*$/i;
/** "212 pupils on roll each term", "1,560 volunteers on our books": the count's own standing, no kind of it. */
const ON_ROLL = /^on\s+(?:roll|the\s+roll|(?:the|our|its)\s+(?:books|register))\b/i;
/** Words that end a qualifier without naming more of it: a relative clause, a date or the report's own year after it. */
const TAIL = /\s+(?:(?:in|during|over|for|by|at)\s+(?:the\s+|this\s+)?(?:year|quarter|period|(?:19|20)\d\d)|this\s+year|last\s+year|which|that|who|when|where|and|but)\b.*$/i;

/** The qualifier after an English count (lower case, white space as one space); '' where it names none. */
export function qualifierAfterEn(after: string): string {
  if (noScopeAfterEn(after)) return '';
  const m = QUALIFIER_AFTER.exec(after);
  if (!m) return '';
  const words = m[1].toLowerCase().replace(/\s+/g, ' ').trim();
  if (OWN_TIME.test(words) || NO_KIND.test(words) || ON_ROLL.test(words)) return '';
  return words.replace(TAIL, '').trim();
}
