// The twelve months a report's figures cover, ending a year before the date its figures are at: "This report sets out our
// figures at the snapshot date of 5 April 2026" and "The figures below cover bonuses paid in the 12 months ending 5 April
// 2025" in the gender pay gap report (the bonus period is the twelve months that end on the snapshot date); 本报告数据
// 截至2026年3月31日 and 本报告所列数据为截至2025年3月31日的12个月. The same day and month a year earlier: last year's
// period left in. Not a period compared with or told as last year's ("compared with the 12 months ending 5 April 2025",
// "last year's report covered the 12 months ending …", 上年同期), nor one ending on another day.

import type { DateMention } from '../model/dates';
import { isQuoted } from '../model/own-period';
import type { Paragraph } from '../model/paragraphs';

export interface SnapshotSlip {
  /** The date the report's figures are at, and the paragraph it is in. */
  at: DateMention;
  /** The end of the twelve months, a year before it. */
  end: DateMention;
}

/** "our figures at the snapshot date of", "the snapshot date of", "Snapshot date:", "figures as at": the report's own date. */
const AT_EN = /\b(?:(?:our|the|these|its)\s+(?:figures|data|results)\s+(?:are\s+)?(?:at|as\s+(?:at|of))\s+(?:the\s+)?(?:snapshot\s+date\s+(?:of\s+)?)?|(?:our|the|this\s+year['’]s)\s+snapshot\s+date\s+(?:of\s+|is\s+|was\s+|[:,]\s*)|^snapshot\s+date\s*[:：]\s*)$/i;
const AT_ZH = /(?:本报告|本報告|本年报|本年報)(?:所列|所用|中的?)?(?:数据|數據)(?:均)?(?:截至|截止|截止到)\s*$/;
/** "the 12 months ending", "the twelve months to", "the year ended": a period of a year given by its end. */
const YEAR_TO_EN = /\b(?:12|twelve)[- ]months?\s+(?:period\s+)?(?:ending|ended|to|up\s+to)\s+$|\b(?:the\s+)?year\s+(?:ending|ended|to)\s+$/i;
const YEAR_TO_ZH = /(?:截至|截止|截止到)\s*$/;
const YEAR_AFTER_ZH = /^(?:的)?(?:12|十二)个月/;
/** The sentence says the figures of the report are for that period. */
const OWN_EN = /\b(?:figures|data|results|bonuses|pay|payments)\b[^.;]{0,60}\b(?:cover|covers|relate|relates|are\s+for|is\s+for|paid|received)\b|\bthis\s+report\s+covers\b/i;
const OWN_ZH = /(?:本报告|本報告|本年报|本年報)(?:所列|所用|中的?)?(?:数据|數據)/;
// Another year's report named (In the 2025 report, the figures covered …).
const OTHER_EN = /\b(?:compared?|comparison|comparative|last\s+year|previous|prior|preceding|earlier|restated)\b|\b(?:19|20)\d\d(?:[/–-]\d\d)?\s+(?:annual\s+)?(?:report|figures|return)\b/i;
const OTHER_ZH = /上年|去年|同期|相比|比较|比較|对比|對比|上一/;

function sentenceBefore(mention: DateMention, reach = 200): string {
  const text = mention.paragraph.text;
  const head = text.slice(Math.max(0, mention.offset - reach), mention.offset);
  return head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('。'), head.lastIndexOf('；')) + 1);
}

/** The date a part's figures are at, where its own words say so: the first such date. */
function ownDate(paragraphs: readonly Paragraph[], datesOf: (p: Paragraph) => readonly DateMention[]): DateMention | undefined {
  for (const paragraph of paragraphs) {
    for (const d of datesOf(paragraph)) {
      if (d.end || d.start.year === undefined || d.start.month === undefined || d.start.day === undefined || isQuoted(d)) continue;
      const lead = sentenceBefore(d, 80);
      if ((d.language === 'zh' ? AT_ZH : AT_EN).test(d.language === 'zh' ? lead : lead.trimStart())) return d;
    }
  }
  return undefined;
}

export function snapshotSlips(paragraphs: readonly Paragraph[], datesOf: (p: Paragraph) => readonly DateMention[]): SnapshotSlip[] {
  const at = ownDate(paragraphs, datesOf);
  if (!at) return [];
  const out: SnapshotSlip[] = [];
  for (const paragraph of paragraphs) {
    for (const d of datesOf(paragraph)) {
      if (d === at || d.end || d.language !== at.language || isQuoted(d)) continue;
      if (d.start.year !== at.start.year! - 1 || d.start.month !== at.start.month || d.start.day !== at.start.day) continue;
      const text = paragraph.text;
      const sentence = sentenceBefore(d);
      const after = text.slice(d.offset + d.length, d.offset + d.length + 12);
      if (d.language === 'zh') {
        if (!YEAR_TO_ZH.test(sentence) || !YEAR_AFTER_ZH.test(after) || !OWN_ZH.test(sentence) || OTHER_ZH.test(sentence)) continue;
      } else {
        // The rest of the sentence too: "…ending 5 April 2025, compared with …".
        const rest = text.slice(d.offset + d.length, d.offset + d.length + 120).split(/[.;](?:\s|$)/)[0];
        if (!YEAR_TO_EN.test(sentence) || !OWN_EN.test(sentence) || OTHER_EN.test(sentence + rest)) continue;
      }
      out.push({ at, end: d });
    }
  }
  return out;
}
