/**
 * English words opening a count's clause that say who told it or when it was taken, not what it measures:
 * - reported speech: "The prison told us that it held 921 prisoners" states what "At the time of the inspection it
 *   held 912 prisoners" states ("stated that", "said that", "confirmed that", "reported that", "told us that");
 * - the time of the inspection, visit or audit the report is about: "At the time of the inspection", "During our
 *   visit", "When we inspected" (a report of one inspection reports every figure at that time).
 * Not a source of other counts ("According to the Ombudsman", which the rule leaves out), nor another time ("At the
 * time of the last inspection", "At the previous inspection": the words before the verb stay and tell them apart).
 */
const REPORTING_VERB = '(?:told\\s+(?:us|inspectors|the\\s+inspectors|auditors|the\\s+auditors)|stated|said|confirmed|reported|explained|advised\\s+us|informed\\s+us)\\s+that\\s+';
/** As written: a reporter of one to three plain words ("The prison", "Staff", "the Department"; not "HMP Ridgeway", nor none after a comma). */
const REPORTED_RAW = new RegExp(`^\\s*(?:(?:[Tt]he|[Oo]ur|[Ii]ts)\\s+)?[A-Za-z][a-z'’-]*\\s+(?:[a-z][a-z'’-]*\\s+){0,2}?${REPORTING_VERB}(?=[a-z])`);
/** As the subject keeps the words (lower case, no articles). */
const REPORTED_WORDS = new RegExp(`^(?:[a-z][a-z'’-]*\\s+){1,3}?${REPORTING_VERB}(?=[a-z])`);
const OCCASION_LEAD = /^\s*(?:(?:at|during)\s+(?:the\s+time\s+of\s+)?(?:the|our|this)\s+(?:inspection|visit|audit|review|fieldwork)|when\s+we\s+(?:inspected|visited|audited)(?:\s+the\s+[a-z]+)?)\s*,?\s+(?=[a-z])/i;

/** The words of the occasion as the rule's subject keeps them ("time inspection", "our visit", "we inspected"). */
const OCCASION_WORDS = /^(?:(?:at|during|time|of|the|our|this|when|we|inspection|visit|audit|review|fieldwork|inspected|visited|audited)\s+){1,6}/i;

/**
 * The clause's words (`words`, as the subject keeps them) without a reported-speech lead or the occasion of the
 * inspection, read from the clause as written (`raw`).
 */
export function withoutLeadEn(words: string, raw: string): string {
  let out = words;
  const occasion = OCCASION_LEAD.exec(raw);
  if (occasion) {
    const m = OCCASION_WORDS.exec(out);
    if (m && m[0].length < out.length) out = out.slice(m[0].length);
  }
  const reported = REPORTED_RAW.test(raw) ? REPORTED_WORDS.exec(out) : null;
  if (reported) out = out.slice(reported[0].length);
  return out;
}
