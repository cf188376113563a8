// A year told by a word of the writer's time and glossed with its number: "Next year (2026) the Trust expects…",
// "last year, 2025, …", 明年（2026年）, 去年（2025年）. The word counts from when the report is written (or the period
// it covers); a number that fits neither is last year's draft's.

import type { DateMention } from '../model/dates';
import { isQuoted } from '../model/own-period';

export interface RelativeGloss {
  mention: DateMention;
  /** The word (next year, 明年) as written, and how many years it counts from the writer's. */
  word: string;
  shift: number;
  year: number;
  /** The stretch of the paragraph to report: the word and the year. */
  start: number;
  end: number;
}

const SHIFT_EN: Record<string, number> = { next: 1, coming: 1, ahead: 1, last: -1, past: -1, this: 0, current: 0 };
/** "next year (", "Last year, ", "the coming year (", "the year ahead (", "this year — ". */
const LEAD_EN = /\b((?:(next|last|this|current)|the\s+(coming|past|current))\s+(?:calendar\s+)?year|the\s+year\s+(ahead))\s*(\(|,|[–—])\s*$/i;
const SHIFT_ZH: Record<string, number> = { 明年: 1, 来年: 1, 來年: 1, 去年: -1, 今年: 0, 前年: -2, 后年: 2, 後年: 2 };
const LEAD_ZH = /(明年|来年|來年|去年|今年|前年|后年|後年)\s*[（(]\s*$/;

/** The glosses in a paragraph's dates: a plain year (no month, no span) right after the word, closed after it. */
export function relativeGlosses(dates: readonly DateMention[]): RelativeGloss[] {
  const out: RelativeGloss[] = [];
  for (const mention of dates) {
    const { start, end, qualifier } = mention;
    if (start.year === undefined || start.month !== undefined || end || qualifier || mention.fiscal || isQuoted(mention)) continue;
    const text = mention.paragraph.text;
    const lead = text.slice(Math.max(0, mention.offset - 40), mention.offset);
    const after = text.slice(mention.offset + mention.length);
    if (mention.language === 'zh') {
      const m = LEAD_ZH.exec(lead);
      if (!m || !/^\s*[）)]/.test(after)) continue;
      const close = after.search(/[）)]/) + 1;
      out.push({ mention, word: m[1], shift: SHIFT_ZH[m[1]], year: start.year, start: mention.offset - m[0].length, end: mention.offset + mention.length + close });
      continue;
    }
    const m = LEAD_EN.exec(lead);
    if (!m) continue;
    const open = m[5];
    // Closed as opened: "(2026)", ", 2026," (not "Unlike last year, 2026 will…", nor a list "last year, 2025, 2024 and…"),
    // "— 2026 —".
    const closed = open === '(' ? /^\s*\)/.exec(after) : open === ',' ? /^,(?!\s*(?:and\s+|or\s+)?(?:19|20)\d\d)/.exec(after) : /^\s*[–—]/.exec(after);
    if (!closed) continue;
    const key = (m[2] ?? m[3] ?? m[4]).toLowerCase();
    out.push({ mention, word: m[1], shift: SHIFT_EN[key], year: start.year, start: mention.offset - m[0].length, end: mention.offset + mention.length + (open === ',' ? 0 : closed[0].length) });
  }
  return out;
}
