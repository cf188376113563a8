// A report dated a year before the events it reports: a post-incident report "Report published: 4 December 2025" about
// an outage "On 31 November 2026, … customers … experienced elevated latency", with its corrective actions due from
// December 2026; 2026年安全检查情况的报告 signed 2025年12月20日 whose checks 已于2026年11月完成. A report that looks back is
// written after what it tells as done; one whose every dated word is later than its own date, what it tells as done
// nine to twelve months later, kept last year's date (the year of its date line or 落款 not moved on). One finding, on
// that date (stale-year); date-validity then does not measure the body's dates against it.
// Not: a plan, a budget or a proposal (its dates are all ahead of it); a report with any date on or before its own (then
// the date is right, and an event after it is the slip: date-validity's); an event less than nine months after the
// date, or more than a year after it (not a year's slip); a report whose title or opening gives its period (that is what
// its date is measured against).

import type { DateMention } from './dates';
import type { Paragraph } from './paragraphs';
import type { ReportTime } from './report-time';

export interface DatedBeforeEvents {
  /** The first date told as done, after the report's own. */
  event: DateMention;
  text: string;
}

/** A past verb, not a hyphenated adjective (time-limited) nor a participle after a determiner (the revised plan). */
const EN_PAST = /\b(?:was|were|had|held|met|took\s+place|began|ran|went|came|rose|fell|grew|saw|(?<![-‐‑])\w{3,}ed(?![-‐‑]\w))\b/i;
const EN_ED_ADJECTIVE = /\b(the|a|an|our|its|their|this|these|those|new|newly|fully|recently|further)\s+\w{3,}ed\b/gi;
/** Anything of a plan, a duty, an expectation or a condition in the sentence. */
const EN_NOT_PAST = /\b(?:will|shall|would|should|must|may|might|can|could|is|are|be|being|am|to|due|next|expected|scheduled|planned|proposed|intended|required|needed|aimed|by|deadline|until|if|unless|forecasts?|projected|estimated|target(?:s|ed)?)\b/i;
const ZH_DONE_BEFORE = /已(?:经)?(?:于|在)\s*$/;
const ZH_DONE_AFTER = /^\s*(?:顺利|圆满|正式|全面|全部|如期)?(?:完成|召开|举办|举行|建成|竣工|上线|通过|印发|出台|签订|签署|开业|投用|投产|交付|发生)/;
const ZH_PLAN = /计划|拟|预计|力争|确保|争取|准备|打算|将|要|应|须|需|前|目标/;
/** A report written ahead of what it is about. */
const AHEAD = /\b(?:plans?|budgets?|forecasts?|proposals?|bids?|applications?|strategy|programme|roadmap)\b|计划|計劃|规划|規劃|方案|预算|預算|要点|要點|打算|安排|申请|申請/i;

/** The sentence around a date. */
function sentenceOf(mention: DateMention): string {
  const text = mention.paragraph.text;
  const head = text.slice(Math.max(0, mention.offset - 160), mention.offset);
  const from = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('。'), head.lastIndexOf('；')) + 1;
  const rest = text.slice(mention.offset + mention.length, mention.offset + mention.length + 200);
  const stop = rest.search(/[.?!](?:\s|$)|[。；]/);
  return `${head.slice(from)} ${stop < 0 ? rest : rest.slice(0, stop)}`;
}

function toldAsDone(mention: DateMention): boolean {
  const text = mention.paragraph.text;
  if (mention.language === 'zh') {
    const lead = text.slice(Math.max(0, mention.offset - 6), mention.offset);
    const after = text.slice(mention.offset + mention.length, mention.offset + mention.length + 10);
    if (/^\s*(?:前|之前|以前|起|以后|之后|后)/.test(after)) return false;
    const clause = text.slice(Math.max(0, mention.offset - 40), mention.offset).split(/[。；;！？，,]/).pop()!;
    return ZH_DONE_BEFORE.test(lead) || (/于\s*$/.test(lead) && ZH_DONE_AFTER.test(after) && !ZH_PLAN.test(clause));
  }
  // "the year ended 31 March 2026" names a period, no event.
  const sentence = sentenceOf(mention).replace(/\bMay\b/g, '').replace(/\b(?:year|period|months?|quarter|weeks?)\s+(?:ended|ending)\b/gi, '');
  return EN_PAST.test(sentence.replace(EN_ED_ADJECTIVE, '$1')) && !EN_NOT_PAST.test(sentence);
}

const months = (p: { year?: number; month?: number }) => p.year! * 12 + p.month!;

/**
 * The first event told as done in a part whose own date (its 落款 or the date under its title) comes before every dated
 * word of its body, its events nine to twelve months after it.
 */
export function datedBeforeEvents(time: ReportTime, paragraphs: readonly Paragraph[], datesIn: (p: Paragraph) => readonly DateMention[]): DatedBeforeEvents | undefined {
  const signed = time.signed;
  // Only where no period is read (a title with a year is measured against its year: stale-year's signature()).
  if (!signed || signed.periodEnd || time.period || time.kind === undefined || time.kind === 'plan') return undefined;
  const at = signed.point;
  if (at.year === undefined || at.month === undefined) return undefined;
  const own = months(at);
  let first: DateMention | undefined;
  let title = '';
  for (const paragraph of paragraphs) {
    if (paragraph.part !== time.part) continue;
    if (time.titleLines.has(paragraph.firstLine)) {
      title += paragraph.text;
      continue;
    }
    for (const d of datesIn(paragraph)) {
      if (d === signed.mention || d.start.year === undefined) continue;
      // A year alone (the Plan 2024-2028, since 2019) says little of when: only a month.
      if (d.start.month === undefined) continue;
      // Anything on or before the report's own month: its date may be right.
      if (months(d.start) <= own) return undefined;
      if (!toldAsDone(d)) continue;
      const gap = months(d.end?.month !== undefined && d.end.year !== undefined ? d.end : d.start) - own;
      // A year's slip: the event nine to twelve months after the date (and before the same day a year on).
      if (gap < 9 || gap > 12) return undefined;
      if (gap === 12 && (d.start.day === undefined || at.day === undefined || d.start.day > at.day)) return undefined;
      if (!first || months(d.start) < months(first.start)) first = d;
    }
  }
  if (!first || AHEAD.test(title)) return undefined;
  return { event: first, text: first.paragraph.text.slice(first.offset, first.offset + first.length) };
}
