/**
 * A table row that counts what was done, read against prose restating it: "| Speeding offences detected | 17,960 |
 * 18,420 |" under "| Measure | 2024/25 | 2025/26 |" and "In 2025/26 we detected 18,240 speeding offences". The row's
 * label is a counted noun phrase and the participle of what was done to them; the cell's column is headed by a year,
 * which is the cell's time (the report's own year: none). Read by restated.ts, which compares the two as it compares
 * two sentences: one swap of adjacent digits apart, the same noun, the same time, and the prose telling the body's own
 * count (we, our, the team) with the row's verb ("we detected", not "the police detected" nor "we cancelled").
 */

/** "Speeding offences detected", "Inquests opened", "Subject access requests received": a plural noun phrase of one to four words, then a participle. */
const ROW_LABEL_EN = /^\s*([A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?s)\s+([a-z]{2,}ed)\s*$/;
/** Words that make a label no plain counted noun phrase ("Requests for review", "Cases and appeals"). */
const NOT_IN_PHRASE_EN = /^(?:and|or|of|in|on|at|to|for|by|from|with|the|a|an|per|than|more|less|fewer|over|under|were|was|are|is|have|has|had|total|number|numbers)$/i;
/** A column headed by a year or a financial year alone (2025, 2025/26, FY 2025-26). */
const YEAR_HEADER = /^\s*(?:FY\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\s*$/i;
const CELL_FIGURE = /^\s*[\d,.]+\s*$/;
/** Longer rows are read no further (a row is one line: the bound keeps a runaway "row" linear). */
const ROW_REACH = 400;

export interface RowCount {
  /** The counted noun phrase, lower case ("speeding offences"). */
  phrase: string;
  /** The participle of what was done ("detected"). */
  participle: string;
}

/** The row's label read as a counted noun phrase and a participle; undefined where it is not one. */
export function rowCount(text: string): RowCount | undefined {
  if (text.length > ROW_REACH || !text.trimStart().startsWith('|')) return undefined;
  const cells = text.trim().replace(/^\||\|$/g, '').split('|');
  const m = ROW_LABEL_EN.exec(cells[0].replace(/[*_`]/g, ''));
  if (!m || m[1].split(/\s+/).some((w) => NOT_IN_PHRASE_EN.test(w))) return undefined;
  return { phrase: m[1].toLowerCase(), participle: m[2] };
}

/** The header of the column a figure of a pipe row stands in, where its cell holds the figure alone and the header is a year; else undefined. */
export function yearColumnOf(text: string, header: readonly string[], offset: number): string | undefined {
  if (text.length > ROW_REACH) return undefined;
  const start = text.lastIndexOf('|', offset);
  const end = text.indexOf('|', offset);
  if (start < 0 || end < 0 || !CELL_FIGURE.test(text.slice(start + 1, end))) return undefined;
  let column = -1;
  for (let i = text.indexOf('|'); i >= 0 && i <= start; i = text.indexOf('|', i + 1)) column++;
  const h = header[column];
  return h !== undefined && YEAR_HEADER.test(h) ? h.trim() : undefined;
}
