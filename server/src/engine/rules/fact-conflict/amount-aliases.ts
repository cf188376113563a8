/**
 * English amounts of fact-conflict named in two ways: by a full name and again by its short one (measure-words.json
 * amountAliases: "Cash and short-term deposits" = "Cash"), and the level a forecast starts from ("Cash is forecast to fall
 * from £113.0m at 31 July 2026 to £101.0m at 31 July 2027": the cash at 31 July 2026, as "Cash at 31 July 2026 was
 * £118.0m" states it).
 */
import measureWords from '../../data/measure-words.json';
import type { Figure } from '../../model/numbers';

const ALIASES: Array<[string, string]> = Object.entries(measureWords.en.amountAliases);

/**
 * The words of an amount with its full name replaced by the short one: the model reads "Cash and short-term deposits at
 * 31 July 2026 were" as "short-term deposits july" (the last part of the name), so either the name or that part is
 * replaced, where the sentence before the figure holds the full name.
 */
export function aliasedAmountEn(stated: string, lead: string): string {
  const low = lead.toLowerCase();
  for (const [name, short] of ALIASES) {
    if (!low.includes(name)) continue;
    if (stated.includes(name)) return stated.replace(name, short);
    const last = name.split(' and ').pop()!;
    if (stated.startsWith(`${last} `) || stated === last) return `${short}${stated.slice(last.length)}`;
  }
  return stated;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** "Cash is forecast to fall from", "Net debt is expected to rise from": the measure opening the sentence, a forecast, from. */
const FORECAST_FROM_EN = /(?:^|[.!?;]\s+|^\s*\d+(?:\.\d+)*\s+)([A-Z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)\s+(?:is|are)\s+(?:now\s+)?(?:forecast|expected|projected|budgeted|planned)\s+to\s+(?:fall|rise|increase|decrease|drop|grow|decline|reduce|go\s+(?:up|down))\s+from\s*$/;
/** " at 31 July 2026 to £101.0m": the date of the level it starts from, then the level it goes to. */
const FROM_DATE_EN = new RegExp(`^\\s+at\\s+\\d{1,2}\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\s+to\\s+[£$€]?\\d`);

/**
 * The level a forecast starts from, at its date: the measure (the sentence's subject, lower case), the month and the year;
 * undefined where the sentence is not of that form (a forecast level, "to £101.0m at 31 July 2027", is a forecast).
 */
export function forecastFromEn(f: Figure): { measure: string; month: string; year: string } | undefined {
  const text = f.paragraph.text;
  const lead = text.slice(Math.max(0, f.offset - 120), f.offset);
  const m = FORECAST_FROM_EN.exec(lead);
  if (!m) return undefined;
  const d = FROM_DATE_EN.exec(text.slice(f.offset + f.length, f.offset + f.length + 60));
  if (!d) return undefined;
  return { measure: aliasedAmountEn(m[1].toLowerCase(), m[1]), month: d[1].toLowerCase(), year: d[2] };
}
