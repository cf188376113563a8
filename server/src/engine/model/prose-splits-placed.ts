// Counts that place a clause, not wholes of what follows (sum-mismatch):
//   "There were 318 burials across the four cemeteries, of which 142 were in new graves and 176 were in existing graves"
//   — "of which" is of the 318 burials the clause counts, not of "four cemeteries" in the phrase that places them;
//   在全县12个乡镇中，共建成村级文化服务中心386个，其中新建214个… — the 386 centres are counted across the 12 towns, no
//   subset of them.

/** across the, at our, in its, over all: a preposition that places what the clause counted, and its determiner. */
const PLACING_BEFORE_EN = /\b(?:across|at|in|from|over|throughout|within|among|between|on)\s+(?:(?:the|our|its|their|all|all\s+the|all\s+of\s+the|these|those)\s+)?$/i;
/** A count in digits and its noun earlier in the clause (318 burials, 1,204 approaches). */
const COUNTED_BEFORE_EN = /(?:^|[^\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?\s+(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*s\b[^.;:!?]*$/i;

/**
 * The number word at `at` ("four" in "318 burials across the four cemeteries, of which …") stands in a phrase that
 * places a count in digits the clause made before it: "of which" after it is of that count, not of the places.
 */
export function placesEarlierCount(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  if (!PLACING_BEFORE_EN.test(before)) return false;
  // Back to the clause's start: the sentence's end, a semicolon or a colon.
  const clause = before.replace(/^[\s\S]*(?:[.;:!?](?=\s)|[;:!?])/, '');
  return COUNTED_BEFORE_EN.test(clause.replace(PLACING_BEFORE_EN, ''));
}

/** 共建成, 共有, 累计建成, 合计: a verb that counts a total of its own. */
const OWN_TOTAL_ZH = /^(?:有|已)?(?:共|共计|共計|累计|累計|合计|合計|总计|總計)/;

/**
 * 在全县12个乡镇中，共建成村级文化服务中心386个 · 12个乡镇中，累计培训农民2,400人: the clause after …中， counts a total of
 * its own across the places (共, 累计), another noun's — no part of the places counted. `clause`: the words between
 * the comma after 中 and the part.
 */
export function ownTotalAmong(clause: string): boolean {
  return OWN_TOTAL_ZH.test(clause.trim());
}
