// A date that belongs to a cause, not to a promise: "The shortfall is due to a contractor entering administration in
// January 2026", "We will retender the site following the contractor entering administration in January 2026". The
// cause is told as what brought the present state about, so its date is not the time of anything still to come.

/**
 * "is due to" + a noun phrase gives a cause (is due to a contractor…, are due to delays in…, is due to Storm Darragh in…),
 * not a time set (is due to open in…, is due to be completed by…): the causal one is rewritten as "owing to", which
 * promises nothing, before the lead is read for a promise.
 */
export function withoutCausalDue(lead: string): string {
  return lead.replace(DUE_TO_EN, (whole, verb: string, next: string, at: number) => (causalNext(next) && !DUE_TO_BODY_EN.test(lead.slice(at + whole.length - next.length)) ? `${verb} owing to ${next}` : whole));
}
/** "is due to the Board in March 2026", "is due to Cabinet": a paper due to go to a body, a time set. */
const DUE_TO_BODY_EN = /^(?:the\s+|its\s+|our\s+|their\s+)?(?:(?:[A-Z][A-Za-z&'’-]*|full|next|annual)\s+){0,3}(?:board|committee|cabinet|council|panel|trustees|governors|executive|members|funder|fund|regulator|secretary|minister|department|assembly|meeting|AGM)\b/i;
const DUE_TO_EN = /\b(is|are|be|been|being)\s+due\s+to\s+([A-Za-z0-9£$€'’-]+)/gi;

/** The word after "due to": what opens a noun phrase (a, the, its, 38, Storm, delays, flooding, increased), not a verb. */
function causalNext(word: string): boolean {
  if (DETERMINER_EN.test(word) || /^[£$€\d]/.test(word)) return true;
  // A name (Storm Darragh, Covid-19, the Council's): capitalised after "due to" in running text.
  if (/^[A-Z]/.test(word)) return true;
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (CAUSE_ADJECTIVE_EN.test(w)) return true;
  // A gerund or an -ing noun (flooding, staffing): not a short verb that ends so (bring, sing).
  if (/^[a-z]{3,}ing$/.test(w) && !/^(?:bring|string|spring|swing|sting|fling|cling|wring)$/.test(w)) return true;
  // A plural noun (delays, shortages, rises); not a base verb that ends in s (discuss, focus, process).
  if (/^[a-z]{3,}[^su]s$/.test(w) && !/^(?:has|does|goes)$/.test(w)) return true;
  // A participle as an adjective (increased demand, reduced funding); not need, proceed, exceed, embed.
  if (/^[a-z]{2,}[^e]ed$/.test(w) && !/^(?:embed|shred)$/.test(w)) return true;
  return false;
}
const DETERMINER_EN = /^(?:a|an|the|this|that|these|those|its|their|our|his|her|my|your|some|many|several|one|two|three|four|five|six|seven|eight|nine|ten|no|both|each|all|any|such|other|another|continued|ongoing|recent|late|poor|bad|severe|heavy|high|low|higher|lower|fewer|greater|more|less|rising|falling|staff|weather|market|supply)$/i;
const CAUSE_ADJECTIVE_EN = /^(?:unforeseen|unexpected|exceptional|adverse|wet|cold|extreme|national|global|local|industrial|contractor|planning|legal|technical)$/;

/**
 * Between the promise and the date, a cause told with its own verb: "following the contractor entering administration
 * in", "because of the flooding in", "as a result of a fire in", "owing to staff sickness in". The date is the
 * cause's. Not "following the consultation in March 2024" (an event the promise may still wait for) — after "following"
 * or "after" only a gerund with its subject (the contractor entering administration) tells of a thing that happened.
 */
export function datesCause(between: string): boolean {
  return CAUSE_EN.test(between) || GERUND_AFTER_EN.test(between);
}
const CAUSE_EN = /\b(?:because\s+of|owing\s+to|(?<!\b(?:is|are|be|been|being)\s+)due\s+to|as\s+a\s+result\s+of|in\s+the\s+wake\s+of|caused\s+by|brought\s+about\s+by)\s+(?!(?:be|being)\b)[^,;:()]*$/i;
const GERUND_AFTER_EN = /\b(?:following|after)\s+(?:the|a|an|its|their|our|his|her|[A-Z][A-Za-z-]*['’]s?)\s+(?:[A-Za-z'’-]+\s+){0,3}?[a-z]{3,}ing\s+(?:[A-Za-z'’-]+\s+){1,3}(?:in|on)\s+$/;
