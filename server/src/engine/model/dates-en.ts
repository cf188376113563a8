// English dates: March 5, 2025 · 5 March 2025 · March 2025 · the years of prose (in 2023, Plans for 2024),
// and spans between them (from June 2025 to March 2025, 2019–2023, between 2020 and 2022).

import { codeTable, eachMatch, eachMatchAt } from '../patterns';
import type { DateMention, DatePoint, DateQualifier } from './dates';
import type { Paragraph } from './paragraphs';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![a-z])';
const YEAR = '((?:19|20)\\d\\d)(?![\\w\\-/]|[.,]\\d)';
const ORDINAL = '(?:st|nd|rd|th)?';

// Month D[, YYYY] · D Month[ YYYY] · Month YYYY. A day after "in March" counts something (in April 31 teams
// entered), and a day before a month ends the phrase (31 April. / 31 April and …), unless a year follows.
// With a year it is a date all the same (Minutes of February 30, 2025). Looks back over the month just matched.
const COUNTED_AFTER = '\\b(?:[Ii]n|[Dd]uring|[Oo]f|[Ff]or)\\s[A-Za-z]+\\.?\\s\\d{1,2}(?:st|nd|rd|th)?';
// A time of day after it ends the phrase too: "on Monday 8 December at 7pm", "8 December from 10:00".
const DAY_END = '(?=\\s*(?:[,.;:)!?]|$|\\s(?:and|to|through|until|or)\\b|\\s?[–—-]|\\s(?:next|this|last)\\syear\\b|\\sthe\\s(?:following|next|same)\\syear\\b)|\\s(?:at|from)\\s(?:\\d{1,2}(?:[:.]\\d\\d)?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}[:.]\\d\\d\\b|noon\\b|midday\\b))';
const IMPOSSIBLE_AFTER =
  '(?:(?<!\\b(?:rose|fell|increased|decreased|reduced|grew|cut|up|down|multiplied|divided)\\s)\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom)|\\b(?:morning|evening|afternoon|night|end|start|close|weekend|week)\\sof)\\s(?:the\\s)?';
const IMPOSSIBLE_DAY = '3[2-9]|31(?=(?:st)?\\s(?:of\\s)?(?:Apr|Jun|Sep|Nov))|3[01](?=(?:st|th)?\\s(?:of\\s)?Feb)';
const EN_DATE = new RegExp(
  [
    // A day first after a word of time (on, by, until, the morning of), whatever follows: read only when the
    // day cannot be in that month in any year (By the morning of 32 January all …, on 31 April the board …).
    `(?<=${IMPOSSIBLE_AFTER})(${IMPOSSIBLE_DAY})${ORDINAL}\\s(?:of\\s)?${MONTH}(?!,?\\s(?:19|20)\\d\\d)`,
    `\\b${MONTH}\\s(\\d{1,2})(${ORDINAL})(?:,?\\s${YEAR}|(?<!${COUNTED_AFTER})(?!\\d|\\.\\d))`,
    `\\b(\\d{1,2})${ORDINAL}\\s(?:of\\s)?${MONTH}(?:,?\\s${YEAR}|${DAY_END})`,
    `\\b${MONTH},?\\s${YEAR}`,
  ].join('|'),
  'g',
);
// A full date in capitals, on the title line of minutes or a cover ("HELD ON TUESDAY 17 NOVEMBER 2026 AT 7.00 PM",
// "NOVEMBER 17, 2026"): with its day and year only, so that a word in capitals (MAY, MARCH) is never read as a month.
const CAPS_MONTH = '(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';
const EN_DATE_CAPS = new RegExp(`\\b(\\d{1,2})(?:ST|ND|RD|TH)?\\s(?:OF\\s)?${CAPS_MONTH},?\\s${YEAR}|\\b${CAPS_MONTH}\\s(\\d{1,2})(?:ST|ND|RD|TH)?,\\s${YEAR}`, 'g');
const CAPS_MONTH_START = /JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC/;
// Every match of EN_DATE holds a month's name: a paragraph without one of these three letters is not searched (the
// pattern's first alternative opens with a look-behind, so V8 tries it at every position of the paragraph).
const MONTH_START = /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/;
// A year on its own in prose: not part of a version, an identifier (CVE-2024-2019), an amount or a URL.
// A hyphen joins two years (2019-2023) but not a year to anything else.
// What stands before it is tested in code (bareYearAt: none of \w . / $ # @ :, and a hyphen only after a year): a
// pattern led by a look-behind is tried at every position of the paragraph, one led by its digits is scanned for.
const BARE_YEAR = /((?:19|20)\d\d)(?![\w/%@]|-(?!(?:19|20)\d\d\b)|[.,:]\d|\s?[年月])/g;
const WORD = codeTable('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_');
const NOT_BEFORE_YEAR = codeTable('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_./$#@:');

/** The look-behind BARE_YEAR had at `i`: (?<![\w./$#@:]|(?<!\b(?:19|20)\d\d)-). */
function bareYearAt(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c !== 0x2d) return NOT_BEFORE_YEAR[c] === 0;
  // A hyphen: only after a year that starts a word (2019-2023).
  const y = i - 5;
  if (y < 0 || (y > 0 && WORD[text.charCodeAt(y - 1)] !== 0)) return false;
  const a = text.charCodeAt(y);
  const b = text.charCodeAt(y + 1);
  return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isAsciiDigit(text.charCodeAt(y + 2)) && isAsciiDigit(text.charCodeAt(y + 3));
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** BARE_YEAR's matches in the text, in order (exported for its test). */
export function bareYearMatches(text: string, visit: (m: RegExpExecArray) => void): void {
  eachMatchAt(BARE_YEAR, text, (i) => bareYearAt(text, i), visit);
}
// A financial year in English reports: 2024/25, 2024-25, 2024–25, FY2024/25 (the second year's last two digits).
const FISCAL = /\b(?:FY ?)?((?:19|20)\d\d)[/–-](\d\d)(?![\w/%]|[.,]\d)/g;
const SPAN_GAP = /^\s*(?:[–—-]{1,2}|to|through|thru|until|till|and)\s*$/;
const SPAN_OPENER = /\b(?:from|between)\s+$/i;
// Reporting period: 1 January 2025 to 31 December 2025, for the period 1 April 2024 to 31 March 2025: a period's label
// opens a span of two full dates as "from" does (not "compared 2025 to 2024", nor "moved 14 June to 3 June").
const PERIOD_LABEL = /\bperiod(?:\s+covered)?(?:\s+of)?\s*[:：]?\s*$/i;
const BY = /\b(?:by|before|until|no later than|due)\s+(?:the\s+)?(?:(end|close|start|beginning|middle)\s+of\s+)?(?:(?:Q[1-4]|H[12])\s+)?$/i;
const SINCE = /\bsince\s+$/i;
const PART = /\b(?:(?:in|during)\s+)?(?:the\s+)?(?:(first|second)\s+half\s+of|(Q[1-4]|H[12])|(mid-?))\s*$/i;

/** Reads the English dates of a paragraph, leaving alone the stretches `read` already holds (Chinese and numeric dates). */
export function readEnglishDates(paragraph: Paragraph, out: DateMention[], read: DateMention[]): void {
  const text = paragraph.text;
  const points: DatePoint[] = [];
  const full: [number, number][] = [];
  // `read` is in text order: each test below only looks at the stretches around the match it tests.
  const stretches = read.map((d): [number, number] => [d.offset, d.offset + d.length]).sort((a, b) => a[0] - b[0]);
  const taken = overlapTest(stretches);
  if (MONTH_START.test(text)) eachMatch(EN_DATE, text, (m) => {
    const point = fullDate(m);
    if (point && !taken.overlaps(m.index, m.index + m[0].length)) {
      points.push(point);
      full.push([m.index, m.index + m[0].length]);
    }
  });
  if (CAPS_MONTH_START.test(text)) {
    const capsTaken = overlapTest(stretches);
    eachMatch(EN_DATE_CAPS, text, (m) => {
      if (capsTaken.overlaps(m.index, m.index + m[0].length)) return;
      const [day, monthName, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
      const month = MONTH_NAMES.indexOf(monthName.toLowerCase()) + 1;
      const point: DatePoint = { month, day: Number(day), year: Number(year), offset: m.index, length: m[0].length };
      if (point.day! < 1 || point.day! > 31) return;
      points.push(point);
      full.push([m.index, m.index + m[0].length]);
    });
  }
  const fiscal = fiscalYears(paragraph, overlapTest(stretches));
  out.push(...fiscal);
  for (const f of fiscal) full.push([f.offset, f.offset + f.length]);
  full.sort((a, b) => a[0] - b[0]);
  const fullTaken = overlapTest(full);
  bareYearMatches(text, (m) => {
    if (taken.overlaps(m.index, m.index + m[0].length) || fullTaken.overlaps(m.index, m.index + m[0].length)) return;
    points.push({ year: Number(m[1]), offset: m.index, length: m[1].length });
  });
  points.sort((a, b) => a.offset - b.offset);
  yearsFromListEnd(text, points);
  for (let i = 0; i < points.length; i++) {
    const start = points[i];
    const next = points[i + 1];
    const gap = next ? text.slice(start.offset + start.length, next.offset) : '';
    const opener = SPAN_OPENER.exec(text.slice(Math.max(0, start.offset - 10), start.offset));
    // A span: A–B, from A to B, between A and B, Period: A to B (two full dates).
    const dash = /^\s?[–—-]{1,2}\s?$/.test(gap);
    const worded =
      (opener !== null && SPAN_GAP.test(gap) && (/and/.test(gap) === /between/i.test(opener[0]))) ||
      (next !== undefined && fullPoint(start) && fullPoint(next) && /^\s*(?:to|until)\s*$/.test(gap) && PERIOD_LABEL.test(text.slice(Math.max(0, start.offset - 24), start.offset)));
    if (next && (dash || worded)) {
      const end = { ...next };
      if (end.year === undefined && start.year !== undefined) {
        end.year = start.year;
        end.inherited = { year: true };
      }
      out.push(qualified({ paragraph, offset: start.offset, length: next.offset + next.length - start.offset, start, end, language: 'en' }));
      i++;
      continue;
    }
    out.push(qualified({ paragraph, offset: start.offset, length: start.length, start, language: 'en' }));
  }
}

/** Between two dates of one list: a comma, and, or (29 February and 2 March 2026; 3, 10 and 17 March is not read). */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|and|or|&)\s*$/;

/**
 * 29 February and 2 March 2026: the year written once, at the end of a list of days, is every day's. A day whose month
 * comes after the next one's is in the year before (29 December and 2 January 2026). Walks back from the list's end.
 */
function yearsFromListEnd(text: string, points: DatePoint[]): void {
  for (let i = points.length - 2; i >= 0; i--) {
    const point = points[i];
    const next = points[i + 1];
    if (point.year !== undefined || point.day === undefined || point.month === undefined || next.year === undefined || next.month === undefined) continue;
    if (!LIST_GAP.test(text.slice(point.offset + point.length, next.offset))) continue;
    points[i] = { ...point, year: point.month > next.month ? next.year - 1 : next.year, inherited: { ...point.inherited, year: true } };
  }
}

/** A day, a month and a year. */
function fullPoint(point: DatePoint): boolean {
  return point.day !== undefined && point.month !== undefined && point.year !== undefined;
}

/** 2024/25: a year and the next one, its last two digits. Read before the bare years, which leave them alone. */
function fiscalYears(paragraph: Paragraph, taken: { overlaps(start: number, end: number): boolean }): DateMention[] {
  const out: DateMention[] = [];
  eachMatch(FISCAL, paragraph.text, (m) => {
    const year = Number(m[1]);
    if ((year + 1) % 100 !== Number(m[2]) || taken.overlaps(m.index, m.index + m[0].length)) return;
    const at = m.index + m[0].length - m[1].length - 3;
    const start: DatePoint = { year, offset: at, length: 4 };
    const end: DatePoint = { year: year + 1, offset: at + 5, length: 2 };
    out.push(qualified({ paragraph, offset: m.index, length: m[0].length, start, end, language: 'en', fiscal: true }));
  });
  return out;
}

/** Overlap tests against sorted, disjoint stretches, asked in increasing order of position: linear overall. */
function overlapTest(stretches: [number, number][]): { overlaps(start: number, end: number): boolean } {
  let i = 0;
  return {
    overlaps(start, end) {
      while (i < stretches.length && stretches[i][1] <= start) i++;
      return i < stretches.length && stretches[i][0] < end;
    },
  };
}

function fullDate(m: RegExpExecArray): DatePoint | undefined {
  if (m[1] !== undefined) return impossibleDay(m);
  const [monthName, day, year] = m[3] !== undefined ? [m[3], m[4], m[6]] : m[7] !== undefined ? [m[8], m[7], m[9]] : [m[10], undefined, m[11]];
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(monthName.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
  const point: DatePoint = { month, offset: m.index, length: m[0].length };
  if (year !== undefined) point.year = Number(year);
  if (day !== undefined) {
    point.day = Number(day);
    // A number past 31 after a month name counts something (March 40 volunteers); it is no date.
    if (point.day > 31 || point.day === 0) return undefined;
  }
  // May is also a verb: May 5 needs a year or an ordinal to be a date (12 May, the day first, is one).
  if (monthName === 'May' && m[3] !== undefined && year === undefined && !m[5]) return undefined;
  return point;
}

/** "on 32 January", "by 31 April", "the morning of 30 February": a day no year's month has, read from the day on. */
function impossibleDay(m: RegExpExecArray): DatePoint | undefined {
  const day = Number(m[1]);
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(m[2].toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
  const max = month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day <= max) return undefined;
  return { month, day, offset: m.index, length: m[0].length };
}

function qualified(mention: DateMention): DateMention {
  const before = mention.paragraph.text.slice(Math.max(0, mention.offset - 40), mention.offset);
  const by = BY.exec(before);
  const part = PART.exec(before);
  const q: DateQualifier = { end: mention.offset + mention.length };
  if (by) {
    q.by = true;
    q.start = mention.offset - (before.length - by.index);
    if (by[1]) q.part = /end|close/i.test(by[1]) ? 'end' : /middle/i.test(by[1]) ? 'middle' : 'start';
  } else if (SINCE.test(before)) {
    q.since = true;
  }
  if (part) {
    const half = part[1] ?? part[2];
    if (part[3]) q.part = 'middle';
    else if (half && /^(first|H1)$/i.test(half)) q.part = 'H1';
    else if (half && /^(second|H2)$/i.test(half)) q.part = 'H2';
    else if (half) q.part = half.toUpperCase() as DateQualifier['part'];
  }
  if (q.by || q.since || q.part) mention.qualifier = q;
  return mention;
}
