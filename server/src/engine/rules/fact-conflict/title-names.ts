/**
 * The names of a report's title where no report time is read from it ("REPORT ON AN UNANNOUNCED INSPECTION OF HMP
 * ASHCOMBE"): a paragraph opening with the name the title gives ("HMP Ashcombe is a category C prison. … it held 912
 * prisoners") tells of the report's own subject, not of another body, so its figures are not set apart by the name
 * (withLeadNameEn's "@hmp ashcombe") from the same figure stated elsewhere ("The prison told us that it held 921
 * prisoners"). A report with a period reads its title's names with it (own-title.ts, ownNames).
 */
import { ownNames } from './own-title';

/** Lines looked at for the title (the first line with words, within the first few). */
const TITLE_REACH = 5;
const TITLE_MAX = 120;

/** The title's names, lower case, for an English draft; empty where the first line with words is no title. */
export function untitledNames(lines: ReadonlyArray<{ text: string }>): Set<string> {
  for (let l = 0; l < lines.length && l < TITLE_REACH; l++) {
    const text = lines[l].text.replace(/^#+\s*/, '').trim();
    if (text === '') continue;
    if (text.length > TITLE_MAX || /\p{sc=Han}/u.test(text) || /[.!?]$/.test(text)) return new Set();
    return ownNames(text);
  }
  return new Set();
}

/** The key's stated fields without a lead name ("@hmp ashcombe") whose words the title names all. */
export function withoutTitleLeadName(stated: string, names: ReadonlySet<string>): string {
  if (names.size === 0 || !stated.includes('@')) return stated;
  const fields = stated.split('|');
  const last = fields.length - 1;
  const kept = fields[last].split(',').filter((q) => !(q.startsWith('@') && q.slice(1).split(/\s+/).every((w) => names.has(w))));
  fields[last] = kept.join(',');
  return fields.join('|');
}

/** The capitalised name a heading's words open with ("HMP Ashcombe is a category C …" → hmp, ashcombe). */
const NAME_RUN = /^(?:\d+(?:\.\d+)*\s+)?((?:[A-Z][A-Za-z'’-]*\s+){0,4}[A-Z][A-Za-z'’-]*)\b/;

/**
 * The headings' scope without one whose words open with the title's name ("1.1 HMP Ashcombe is a category C prison"
 * read as a heading in the report on HMP Ashcombe): the report's own subject sets no figure apart.
 */
export function withoutTitleScope(scope: string, names: ReadonlySet<string>): string {
  if (names.size === 0 || scope === '') return scope;
  return scope
    .split(',')
    .filter((w) => {
      const m = NAME_RUN.exec(w);
      const words = m ? m[1].toLowerCase().replace(/['’]s\b/g, '').split(/\s+/) : [];
      return !(words.length > 0 && words.every((x) => names.has(x)) && words.some((x) => x.length >= 4));
    })
    .join(',');
}
