// The formula that closes a 述职报告 or a 工作总结 names the year it sums up: 以上是本人2024年度的述职，不妥之处，请批评
// 指正 closing the 2025年度述职报告 was left from last year's draft (its title and opening changed, its last line not).
// Read in the last paragraphs of the part only, where the sentence opens the paragraph (以上是…, 以上为…, 以上就是…)
// and the words after the year name the report's kind (述职, 述责述廉, 工作总结, 工作情况, 履职情况) and end the clause;
// not 以上是2024年度述职中提出问题的整改情况 (another thing), nor a closing that names the report's own year or a later
// one too (以上是本人2025年度述职和2026年工作打算; 以上是2026年工作打算 after a summary's plan section).

import type { Paragraph } from '../model/paragraphs';

/** The last paragraphs of a part a closing formula is looked for in (the 落款 and the name lines count). */
const CLOSING_PARAGRAPHS = 5;

// 以上是 / 以上为 / 以上就是 / 以上即为; then who (本人, 我局, 某某同志: no digit, no clause mark), the year, and what.
const CLOSING_ZH = /^\s*以上(?:是|为|為|就是|便是|即为|即為|即是)?([^\d，,。；;：:！？、“”《》（）()]{0,12}?)((?:19|20)\d\d)\s?年(度)?(?:的)?(?:个人|個人)?((?:述职|述職|述责述廉|述責述廉|述职述廉|述職述廉|述廉|述责|述責|履职|履職|工作)(?:总结|總結|情况|情況|汇报|匯報|报告|報告)?|(?:工作)?(?:总结|總結|小结|小結))(?:报告|報告|情况|情況|汇报|匯報)?(?=\s*[，,。；;！!])/u;

export interface ClosingYear {
  paragraph: Paragraph;
  year: number;
  /** The year and the words naming the report after it (2024年度的述职), as offsets in the paragraph's text. */
  start: number;
  end: number;
  text: string;
}

/**
 * The closing formula of the part's last paragraphs that names an earlier year than `ownYear` (the year the title
 * sums up), where its sentence names neither that year nor a later one.
 */
export function closingYearBefore(paragraphs: readonly Paragraph[], ownYear: number): ClosingYear | undefined {
  for (const paragraph of paragraphs.slice(-CLOSING_PARAGRAPHS)) {
    const m = CLOSING_ZH.exec(paragraph.text);
    if (!m) continue;
    const year = Number(m[2]);
    if (year >= ownYear) continue;
    const sentence = paragraph.text.split(/[。！？]/)[0];
    const years = [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((y) => Number(y[0]));
    if (years.some((y) => y >= ownYear) || /今年|本年|明年/.test(sentence)) continue;
    // Who comes before the year has no digit: the year's first digits are the first in the match.
    const start = m.index + m[0].indexOf(m[2]);
    const end = m.index + m[0].length;
    return { paragraph, year, start, end, text: paragraph.text.slice(start, end) };
  }
  return undefined;
}
