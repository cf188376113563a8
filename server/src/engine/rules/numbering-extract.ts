// A draft whose title or first lines say it is an extract starts where it says: "Internal Audit Annual Report 2026
// (extract: sections 4 to 7 and Appendix A)" opens at ## 4. Findings, 《2026年工作报告》（节选：第四至七部分） at 四、.
// What it names as its first part (sections 4 to 7, 第四至七部分, Parts 3–5) is where its top numbering must start;
// a bare word (extract, excerpt, 节选, 摘录) allows any start. Not a sentence that happens to use the verb ("We
// extract the figures from …"): the word in brackets, after a colon or dash, or opening a short line.

import type { ReportDocument } from '../model/document';
import { parseChineseNumeral } from '../model/numerals';

const FIRST_LINES = 5;
const LINE_MAX = 160;
const EXTRACT_WORD = /(?:^|[(（【\[:：—–\-|]\s*|#+\s*)(?:an?\s+)?(?:extracts?|excerpts?|abridged)\b|\b(?:extracts?|excerpts?)\s+(?:from|of)\b|节选|節選|摘录|摘錄|摘编|摘編|摘抄/i;
/** sections 4 to 7, Parts 3–5, chapters 2-4 · 第四至七部分, 第四至第七章, 第4-7部分: the range it holds. */
const EN_RANGE = /\b(?:sections?|parts?|chapters?|paragraphs?)\s+(\d{1,3})\s*(?:to|–|-|—|through)\s*\d{1,3}\b/i;
const ZH_RANGE = /第([一二三四五六七八九十百\d]{1,4})(?:部分|章|节|節)?\s*(?:至|到|—|－|-|~|～)\s*第?[一二三四五六七八九十百\d]{1,4}(?:部分|章|节|節)/;

/**
 * undefined when the draft does not say it is an extract; else the number its top numbering starts at, 0 when it
 * does not say (any start).
 */
export function extractStart(doc: ReportDocument): number | undefined {
  let said: number | undefined;
  for (let l = 0, seen = 0; l < doc.lines.length && seen < FIRST_LINES; l++) {
    const text = doc.lines[l].prose.trim();
    if (text === '') continue;
    seen++;
    if (text.length > LINE_MAX || !EXTRACT_WORD.test(text)) continue;
    const en = EN_RANGE.exec(text);
    if (en) return Number(en[1]);
    const zh = ZH_RANGE.exec(text);
    if (zh) return /^\d/.test(zh[1]) ? Number(zh[1]) : parseChineseNumeral(zh[1]) ?? 0;
    said = 0;
  }
  return said;
}
