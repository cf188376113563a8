// The report's own approval or sign-off told in a sentence: "This statement was approved by the Board of Directors of
// Hollin & Marsh Foods Limited on 10 June 2025 and signed on its behalf by:" closing the Modern Slavery Statement
// 2025/26, "Approved by the Board on 10 June 2025 and signed on its behalf by", 本报告已经公司第三届董事会第五次会议于
// 2025年3月20日审议通过. A report that looks back on a period is approved after it ends; stale-year measures the date
// against the period its title gives. Only this report's approval: the sentence's subject is the report itself (this
// statement, 本报告), or the line opens with Approved/Signed in the part's last paragraphs — not an earlier document
// told of ("our first statement, approved on 10 June 2025", "The previous report was approved on …", "This statement
// builds on last year's, which was approved on …").

import type { DateMention } from './dates';
import type { Paragraph } from './paragraphs';

export interface ApprovalDate {
  mention: DateMention;
  text: string;
}

const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
/** What may stand between the verb and the date: no relative clause, no earlier document. */
const BETWEEN_EN = "(?:(?!\\b(?:which|that|who|whose|previous|prior|last|first|earlier|former)\\b)[^.;!?]){0,160}?";
/** "This statement was approved by the Board … on", "This report has been signed by the Chair on". */
const THIS_APPROVED_EN = new RegExp(
  `(?:^|[.!?]\\s+)(?:this|the\\s+present)\\s+(?:[A-Za-z'’&-]+\\s+){0,4}?(?:statement|report|review|accounts|summary|self[- ](?:assessment|evaluation))\\s+(?:was|were|has\\s+been|have\\s+been)\\s+(?:formally\\s+|duly\\s+|unanimously\\s+)?(?:approved|signed|adopted|agreed|endorsed|ratified)\\b${BETWEEN_EN}\\bon\\s+${WEEKDAY}$`,
  'i',
);
/** "The Board approved this statement on 10 June 2025", "The trustees signed this report at their meeting on". */
const APPROVED_THIS_EN = new RegExp(`\\b(?:approved|signed|adopted|endorsed|ratified)\\s+this\\s+(?:[A-Za-z'’&-]+\\s+){0,3}?(?:statement|report|review|accounts)\\s+(?:at\\s+(?:its|their)\\s+meeting\\s+)?on\\s+${WEEKDAY}$`, 'i');
/** "Approved by the Board of Directors on 10 June 2025 and signed on its behalf by": the closing block's line. */
const APPROVED_LINE_EN = new RegExp(`^\\s*(?:\\*\\*|__)?(?:Approved|Signed|Adopted|Endorsed)\\s+(?:by|on\\s+behalf\\s+of)\\b${BETWEEN_EN}\\bon\\s+${WEEKDAY}$`, 'i');
/** 本报告已经公司董事会于…审议通过, 本报告经2025年6月10日董事会审议通过: the report itself, approved by a body. */
const THIS_APPROVED_ZH = /^\s*本(?:年度)?(?:报告|報告|年报|年報|总结|總結|声明|聲明)(?:已|业已|業已)?(?:经|經|由|提交|于|於)[^。；;，,！？]{0,40}?(?:于|於)?\s*$/;
const APPROVED_AFTER_ZH = /^\s*[）)]?[^。；;，,！？]{0,30}?(?:审议通过|審議通過|审议批准|審議批准|审定|審定|批准|通过|通過)/;
/** The closing block: an Approved/Signed line among the part's last paragraphs. */
const LAST_PARAGRAPHS = 6;

/**
 * The dates at which the part's own report is said to have been approved or signed, the first one only; `datesIn`
 * gives a paragraph's dates.
 */
export function approvalDate(paragraphs: readonly Paragraph[], datesIn: (p: Paragraph) => readonly DateMention[]): ApprovalDate | undefined {
  const last = new Set(paragraphs.slice(-LAST_PARAGRAPHS));
  for (const paragraph of paragraphs) {
    for (const d of datesIn(paragraph)) {
      if (d.end || d.start.year === undefined || d.start.month === undefined) continue;
      const text = paragraph.text;
      const lead = text.slice(Math.max(0, d.offset - 240), d.offset);
      let approved: boolean;
      if (d.language === 'zh') {
        const clause = lead.split(/[。；;！？]/).pop()!;
        approved = THIS_APPROVED_ZH.test(clause) && APPROVED_AFTER_ZH.test(text.slice(d.offset + d.length, d.offset + d.length + 40));
      } else {
        approved = THIS_APPROVED_EN.test(lead) || APPROVED_THIS_EN.test(lead) || (last.has(paragraph) && d.offset === lead.length && APPROVED_LINE_EN.test(lead));
      }
      if (approved) return { mention: d, text: text.slice(d.offset, d.offset + d.length) };
    }
  }
  return undefined;
}
