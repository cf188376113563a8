// A report signed long before the period it states on its cover was over: "Report period: 1 April 2024 – 31 March
// 2026" on a Final Grant Report closed with "Date: 30 June 2025". A report on a period is written after its end (or
// just before it); a date at the end nine months before was kept from an older draft or a template. The date at the
// end is then no measure of the report's other dates (its "September 2025" is no day after it told as done): one
// finding, on the date at the end (stale-year), and date-validity leaves the rest alone.

import type { DateMention } from './dates';
import type { Paragraph } from './paragraphs';
import type { ReportTime } from './report-time';

export interface SignedEarly {
  /** The period's dates on the cover, its label as written (Report period), and its text. */
  mention: DateMention;
  label: string;
  text: string;
}

/** "Report period: ", "**Reporting period:** ", "Period covered: ", "Period of report: " — the report's own period, labelled. */
const REPORT_PERIOD_LABEL = /(?:^|\s|[|])\s*(?:[-*]\s+)?(?:\*\*|__)?(Report(?:ing)?\s+period|Period\s+covered(?:\s+by\s+(?:this|the)\s+report)?|Period\s+of\s+(?:the\s+)?report)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?:from\s+)?$/i;
/** A report on a period still running: an interim, progress or half-year report (not a final one: Final Progress Report). */
const IN_PERIOD_EN = /\b(?:interim|progress|update|half[- ]year(?:ly)?|mid-?year|half\s+year|in-year|quarter(?:ly)?|Q[1-4]|monthly|monitoring)\b/i;
const FINAL_EN = /\b(?:final|end[- ]of[- ](?:grant|project|programme|program|year)|completion|closing)\b/i;
/** Written ahead of its period: a plan, a budget, a forecast, a proposal, a bid or an application. */
const AHEAD_EN = /\b(?:plans?|budgets?|forecasts?|proposals?|bids?|applications?)\b/i;
const COVER_PARAGRAPHS = 6;

/**
 * The cover's period of a part whose date at the end (not a date under the title, not read from the period itself) is
 * more than a month before the month the period ends in. Only an English cover's labelled line with both dates to
 * the day, in a report that looks back (not a plan, an interim or a progress report: those may be dated inside it).
 */
export function signedBeforeCoverPeriod(time: ReportTime, paragraphs: readonly Paragraph[], datesIn: (p: Paragraph) => readonly DateMention[]): SignedEarly | undefined {
  const signed = time.signed;
  if (!signed || signed.top || signed.periodEnd || time.kind === 'plan' || time.period?.kind === 'plan') return undefined;
  const at = signed.point;
  if (at.year === undefined || at.month === undefined || signed.mention.language !== 'en') return undefined;
  let seen = 0;
  const cover: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.part !== time.part) continue;
    if (++seen > COVER_PARAGRAPHS) break;
    cover.push(paragraph.text);
    for (const d of datesIn(paragraph)) {
      const end = d.end;
      if (d.language !== 'en' || !end || d.start.day === undefined || end.year === undefined || end.month === undefined || end.day === undefined) continue;
      const label = REPORT_PERIOD_LABEL.exec(paragraph.text.slice(Math.max(0, d.offset - 48), d.offset));
      if (!label) continue;
      // The words of the cover above the period (its title and lines) name a report that looks back.
      const above = cover.join('\n');
      const words = above.slice(0, above.length - (paragraph.text.length - d.offset));
      if (AHEAD_EN.test(words) || (IN_PERIOD_EN.test(words) && !FINAL_EN.test(words))) return undefined;
      // More than a month before the period's last month.
      if (at.year * 12 + at.month >= end.year * 12 + end.month - 1) return undefined;
      return { mention: d, label: label[1], text: paragraph.text.slice(d.offset, d.offset + d.length) };
    }
  }
  return undefined;
}
