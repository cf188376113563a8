// Numbers written with words: 两千三百人, 三万元, 百分之五十, 三成, 三分之二, and English fractions (two-thirds of,
// half of). A Chinese numeral is a figure only with a unit after it: 一是, 统一, 十分, 第三, 一起 are words.
// English number words (met five times, twelve volunteers, a dozen schools, three hundred) are read only for the
// consumers that ask (readFigures(p, { spelled: true })), marked `spelled`.

import type { RawFigure } from './numbers';
import { isHanAt } from './chars';
import { CN_NUMBER_CHARS, parseChineseNumber } from './numerals';
import { readChineseUnit, readEnglishUnit, unitFirstCharacters } from './number-units';

const NUMERAL = new Set(CN_NUMBER_CHARS);
/** The character codes a Chinese numeral starts with (read once by the number reader's loop). */
export const NUMERAL_CODES: ReadonlySet<number> = new Set([...CN_NUMBER_CHARS].map((ch) => ch.charCodeAt(0)));
/** What may follow a numeral that is a figure: a unit, 点 (一点二), 成 (三成), 分 (三分之二), 余/多 (三千多人). */
const MAY_FOLLOW = new Set([...unitFirstCharacters(), '点', '點', '成', '分'].map((ch) => ch.charCodeAt(0)));
const MAX_RUN = 24;
/** 一起 (together), 十分 (very), 一期工程 (phase one), 一线, 一号: a numeral and a unit character that make a word. */
const IDIOMS = new Set(['一起', '十分', '万分', '一家人', '一身', '一道', '一手', '一批批', '一样', '一体']);
/** After 成 in 三成: the share ends (三成以上, 三成的学生, 三成。); 一成不变, 三成员 are words. */
const AFTER_SHARE = /^(?:$|[^\p{sc=Han}]|以|左|多|的|半|上)/u;

interface WordsRead {
  figure?: RawFigure;
  end: number;
}

/** A Chinese numeral figure starting at `at`, or undefined when none starts there. */
export function readChineseFigure(text: string, at: number): WordsRead | undefined {
  if (!NUMERAL_CODES.has(text.charCodeAt(at))) return undefined;
  // 百分之五十, 千分之三: a per-cent (per-mille) figure written out (tested by code: this is asked at every numeral).
  const perDimension = text.charCodeAt(at + 1) !== 0x5206 || text.charCodeAt(at + 2) !== 0x4e4b ? undefined : text[at] === '百' ? '%' : text[at] === '千' ? '‰' : undefined;
  if (perDimension !== undefined) {
    const run = numeralRun(text, at + 3);
    const number = withDecimals(text, at + 3, run);
    if (!number) return { end: run };
    const figure = wordFigure(at, number.end, at + 3, number.value, '%', perDimension, 1);
    figure.decimals = number.decimals;
    return { end: number.end, figure };
  }
  const run = numeralRun(text, at);
  // 第三, 第十四个: an ordinal; the run is skipped whole. 一是, 统一: no unit, decimal or share after the run.
  if (text[at - 1] === '第' || !MAY_FOLLOW.has(text.charCodeAt(run))) return { end: run };
  const number = withDecimals(text, at, run);
  if (!number) return { end: run };
  const { value, end } = number;
  // 三分之二: a fraction of a whole.
  if (text.startsWith('分之', end)) {
    const numEnd = numeralRun(text, end + 2);
    const numerator = parseChineseNumber(text.slice(end + 2, numEnd));
    if (numerator === undefined || numerator > value) return { end: numEnd };
    const figure = wordFigure(at, numEnd, at, (numerator / value) * 100, 'fraction', '%', 1);
    figure.approximate = true;
    return { end: numEnd, figure };
  }
  if (IDIOMS.has(text.slice(at, end + 1)) || IDIOMS.has(text.slice(at, end + 2))) return { end };
  // 三成, 七成以上: a share in tenths.
  if (text[end] === '成' && AFTER_SHARE.test(text.slice(end + 1, end + 2)) && value <= 10) {
    return { end: end + 1, figure: wordFigure(at, end + 1, at, value * 10, '成', '%', 10) };
  }
  const unit = readChineseUnit(text, end, false);
  // 一期工程: phase one. 九年一贯制, 三年行动计划, 五年规划: a span of years that names a thing, not a quantity.
  if (!unit || unit.unit === '期' || (unit.unit === '年' && (value > 100 || isHanAt(text, unit.end)))) return { end };
  const figure = wordFigure(at, unit.end, at, value * unit.scale, unit.unit, unit.dimension, unit.scale);
  figure.numberEnd = end;
  figure.decimals = number.decimals;
  figure.perUnit = unit.perUnit;
  figure.approximate = unit.approximate ?? false;
  return { end: unit.end, figure };
}

const DECIMAL_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十一点六 → 11.6, 一点二 → 1.2: a numeral with its decimal digits after 点. */
function withDecimals(text: string, at: number, run: number): { value: number; decimals: number; end: number } | undefined {
  const whole = parseChineseNumber(text.slice(at, run));
  if (whole === undefined) return undefined;
  if (text[run] !== '点' && text[run] !== '點') return { value: whole, decimals: 0, end: run };
  let j = run + 1;
  let fraction = '';
  while (j < text.length && j - run < 12 && text[j] in DECIMAL_DIGITS) fraction += DECIMAL_DIGITS[text[j++]];
  if (!fraction) return { value: whole, decimals: 0, end: run };
  return { value: Number(`${whole}.${fraction}`), decimals: fraction.length, end: j };
}

function numeralRun(text: string, at: number): number {
  let j = at;
  while (j < text.length && j - at < MAX_RUN && NUMERAL.has(text[j])) j++;
  return j;
}

function wordFigure(start: number, end: number, numberStart: number, value: number, unit: string, dimension: string, scale: number): RawFigure {
  return {
    offset: start,
    length: end - start,
    numberStart,
    numberEnd: end,
    value,
    decimals: 0,
    scale,
    unit,
    dimension,
    approximate: false,
    perUnit: false,
    words: true,
  };
}

const NUMERATORS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

/** two-thirds of, one third of, three quarters of, half of: a share of a whole, read as a loose percentage. */
export function readEnglishFraction(text: string, start: number, end: number): WordsRead | undefined {
  const first = text.slice(start, end).toLowerCase();
  let den: number | undefined;
  let num = 1;
  let j = end;
  if (first === 'half') {
    den = 2;
  } else if (first in NUMERATORS && (text[end] === '-' || text[end] === ' ')) {
    let k = end + 1;
    while (k < text.length && k - end < 12 && /[a-z]/.test(text[k])) k++;
    den = DENOMINATORS[text.slice(end + 1, k)];
    num = NUMERATORS[first];
    j = k;
  }
  if (!den || num >= den || !/^ of (?:the |all |our |its |their |those |these )?[a-z]/i.test(text.slice(j, j + 16))) return undefined;
  return { end: j, figure: { ...wordFigure(start, j, start, (num / den) * 100, 'fraction', '%', 1), approximate: true } };
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** The words a spelled figure may start with (the number reader asks only at these). */
const STARTS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), 'a', 'half']);
/** the one we chose, no one, every one, any one, which one: "one" as a pronoun. */
const ONE_PRONOUN_BEFORE = /(?:^|[^A-Za-z])(?:the|no|every|any|each|this|that|which|a|an|such|another|some|someone|little|other|same|right|wrong|new|big)\s+$/i;
/** one another, one of, one or two, one by one, one day, on the one hand, one way or another: idioms, not a count. */
const ONE_IDIOM_AFTER = /^\s+(?:another|of|or|by|and|day|time|way|hand|side|thing|point|stage|place|moment|bit|word|eye|voice|go|piece|sort|kind|more|less|too|alone|at)(?![A-Za-z])/i;
/** page three, phase two, year nine, key stage two: a label's number written out, not a count. */
const LABEL_WORD_BEFORE = /(?:^|[^A-Za-z])(?:page|pages|phase|stage|step|year|grade|level|class|room|chapter|section|part|round|tier|ward|platform|gate|channel|formula|number|no|version|act|scene|book|volume|vol|zone|district|route|bus|line|item|question|option|lot|plot|track|episode|series|season|day|week|top|figure|table|appendix|annex|unit|group|team|case|model|box|priority|goal|objective|category|band|article|clause|rule|schedule|wave|cohort|block|floor|lane|pillar|theme|strand|outcome)\s+$/i;
/** one in five, nine out of ten: a ratio, not a count. */
const RATIO_AFTER = /^\s+(?:in\s+(?:a|an|every|each|[a-z]+teen|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)|out\s+of)(?![A-Za-z])/i;
const RATIO_BEFORE = /(?:^|[^A-Za-z])(?:[a-z]+|\d+)\s+(?:in|out\s+of)\s+(?:every\s+|each\s+)?$/i;
/** three times higher, five times as many: a multiplier, not a count of occasions. */
const MULTIPLIER_AFTER = /^\s*(?:more|higher|larger|greater|bigger|faster|lower|smaller|slower|fewer|less|as|the|over|that|what)(?![A-Za-z])/i;
/** one third, two fifths (no "of" after: readEnglishFraction reads those): a fraction, not a count. */
const FRACTION_AFTER = /^\s+(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?)(?![A-Za-z])/i;
/** nine of the 12 schools, two of them: a count of part of a whole, with no noun of its own. */
const OF_WHOLE_AFTER = /^\s+of\s+(?:the|our|its|their|these|those|them|all|us|you|which|whom)(?![A-Za-z])/i;
/** two or three, five to seven, between two and four: the second end of a range of words is approximate. */
const RANGE_BEFORE = /(?:^|[^A-Za-z])([a-z]+|\d+)\s+(?:or|to)\s+$/i;
/** one or two, one or more: idioms for "a few". */
const FEW_IDIOM_BEFORE = /(?:^|[^A-Za-z])one\s+or\s+$/i;
/** Where a sentence (or a list item, a heading, a quotation) may start: a capitalised number word there is a count. */
const SENTENCE_END_BEFORE = /(?:^|[.!?:;"“‘'(（\-–—•*#>]|\p{sc=Han}|\d[.)])\s*$/u;

interface Words {
  value: number;
  end: number;
  /** With hundred or thousand, or tens and units joined (twenty-one): a figure even without a noun. */
  compound: boolean;
}

function nextWord(text: string, at: number, space: boolean): { word: string; start: number; end: number } | undefined {
  let i = at;
  if (space) {
    if (text[i] !== ' ') return undefined;
    i++;
  }
  let j = i;
  while (j < text.length && j - i < 12 && ((text.charCodeAt(j) | 0x20) >= 97 && (text.charCodeAt(j) | 0x20) <= 122)) j++;
  if (j === i || /[A-Za-z]/.test(text[j] ?? '')) return undefined;
  return { word: text.slice(i, j), start: i, end: j };
}

/** one…ninety-nine at `at` (its first word already known lower-cased as `first`). */
function belowHundred(text: string, first: { word: string; end: number }): Words | undefined {
  const w = first.word.toLowerCase();
  if (w in SMALL) return { value: SMALL[w], end: first.end, compound: false };
  if (!(w in TENS)) return undefined;
  const sep = text[first.end];
  if (sep === '-' || sep === ' ') {
    const unit = nextWord(text, first.end + 1, false);
    if (unit && unit.word === unit.word.toLowerCase() && SMALL[unit.word] >= 1 && SMALL[unit.word] <= 9) return { value: TENS[w] + SMALL[unit.word], end: unit.end, compound: true };
  }
  return { value: TENS[w], end: first.end, compound: false };
}

/** one hundred and twenty, three hundred: below a thousand. */
function belowThousand(text: string, first: { word: string; end: number }): Words | undefined {
  const low = belowHundred(text, first);
  if (!low) return undefined;
  const hundred = nextWord(text, low.end, true);
  if (hundred?.word !== 'hundred' || low.value < 1 || low.value > 99) return low;
  return rest({ value: low.value * 100, end: hundred.end, compound: true }, text, 99, belowHundred);
}

/** The part after hundred or thousand: "and twenty", "five hundred"; backs off when none follows. */
function rest(head: Words, text: string, max: number, read: (text: string, first: { word: string; end: number }) => Words | undefined): Words {
  let at = head.end;
  const and = nextWord(text, at, true);
  if (and?.word === 'and') at = and.end;
  const first = nextWord(text, at, true);
  if (!first || first.word !== first.word.toLowerCase()) return head;
  const tail = read(text, first);
  if (!tail || tail.value < 1 || tail.value > max) return head;
  return { value: head.value + tail.value, end: tail.end, compound: true };
}

/** The number words at `start` (a dozen, half a dozen, twenty-one, three hundred and five, two thousand), or undefined. */
export function readNumberWords(text: string, start: number): Words | undefined {
  const first = nextWord(text, start, false);
  if (!first) return undefined;
  const lower = first.word.toLowerCase();
  if (!STARTS.has(lower)) return undefined;
  if (lower === 'half') {
    const a = nextWord(text, first.end, true);
    const dozen = a?.word === 'a' ? nextWord(text, a.end, true) : undefined;
    return dozen?.word === 'dozen' ? { value: 6, end: dozen.end, compound: true } : undefined;
  }
  if (lower === 'a') {
    const scale = nextWord(text, first.end, true);
    if (scale?.word === 'dozen') return { value: 12, end: scale.end, compound: true };
    if (scale?.word === 'hundred') return rest({ value: 100, end: scale.end, compound: true }, text, 99, belowHundred);
    if (scale?.word === 'thousand') return rest({ value: 1000, end: scale.end, compound: true }, text, 999, belowThousand);
    return undefined;
  }
  let words = belowThousand(text, first);
  if (!words) return undefined;
  const next = nextWord(text, words.end, true);
  if (next?.word === 'thousand' && words.value >= 1) words = rest({ value: words.value * 1000, end: next.end, compound: true }, text, 999, belowThousand);
  else if (next?.word === 'dozen' && words.value >= 1 && words.value <= 12) words = { value: words.value * 12, end: next.end, compound: true };
  return words;
}

/**
 * An English count written in words at `start` (a word's start: the caller has checked the character before it),
 * with its noun or unit: met five times, twelve volunteers, a dozen schools, twenty-one sites, five percent; nine
 * (of the 12 schools); three hundred. Not: one of, no one, one another, a one-off, one or two, page three, Formula
 * One, one in five, three times higher, a three-year plan. Marked `spelled`.
 */
export function readSpelledFigure(text: string, start: number): (RawFigure & { spelled: true }) | undefined {
  const words = readNumberWords(text, start);
  if (!words) return undefined;
  const { value, end } = words;
  const firstChar = text.charCodeAt(start);
  const capital = firstChar >= 65 && firstChar <= 90;
  const before = text.slice(Math.max(0, start - 24), start);
  // Formula One, Channel Four, Page Three: a capitalised number word inside a sentence is part of a name; so is one
  // that opens a sentence before another capital (Three Rivers Trust). TWELVE in capitals is a heading's word.
  if (capital) {
    if (text.charCodeAt(start + 1) <= 90 && text.charCodeAt(start + 1) >= 65) return undefined;
    if (!SENTENCE_END_BEFORE.test(before)) return undefined;
    const after = nextWord(text, end, true);
    if (after && /^[A-Z]/.test(after.word) && !/^(?:[A-Z]{2,}s?)$/.test(after.word)) return undefined;
  }
  // A word of a hyphenated compound: a three-year plan, a one-off, one-to-one, x-two.
  if (text[end] === '-' || text[end] === '‑' || (text[start - 1] === '-' && /[A-Za-z]/.test(text[start - 2] ?? ''))) return undefined;
  if (LABEL_WORD_BEFORE.test(before) || RATIO_BEFORE.test(before) || RATIO_AFTER.test(text.slice(end, end + 16)) || FRACTION_AFTER.test(text.slice(end, end + 12))) return undefined;
  const one = value === 1 && !words.compound;
  if (one && (ONE_PRONOUN_BEFORE.test(before) || ONE_IDIOM_AFTER.test(text.slice(end, end + 12)))) return undefined;
  if (value === 0 && !/^zero$/i.test(text.slice(start, end))) return undefined;
  let approximate = false;
  if (RANGE_BEFORE.test(before)) {
    if (FEW_IDIOM_BEFORE.test(before)) return undefined;
    approximate = true;
  }
  const unit = readEnglishUnit(text, end, undefined);
  if (unit && unit.unit.toLowerCase() === 'times' && MULTIPLIER_AFTER.test(text.slice(unit.end, unit.end + 10))) return undefined;
  if (!unit) {
    // nine of the 12 schools: a bare count of part of a whole; three hundred: a compound number stands alone.
    // met five times: a count of occasions (the digits' "5 times" stays bare: times is a stop word there, for 3 times
    // higher and 2 times 3; here the multipliers are ruled out above and below).
    if (/^ times(?![A-Za-z])/.test(text.slice(end, end + 7)) && !MULTIPLIER_AFTER.test(text.slice(end + 6, end + 16))) {
      const occasions = wordFigure(start, end + 6, start, value, 'times', 'count', 1);
      // eight times a year, three times a week: a frequency, a rate per period (which does not add up).
      const perUnit = /^\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|term|quarter|fortnight|session|season|annum)\b/i.test(text.slice(end + 6, end + 30));
      return { ...occasions, numberEnd: end, approximate, perUnit, spelled: true };
    }
    const ofWhole = value >= 2 && OF_WHOLE_AFTER.test(text.slice(end, end + 12));
    const standsAlone = words.compound && !(value >= 1900 && value <= 2100);
    if (!ofWhole && !standsAlone) return undefined;
    return { ...wordFigure(start, end, start, value, '', '', 1), approximate, spelled: true };
  }
  // one month, one focus; not one theory suggests, one worker fails: after "one" the noun is the next word, singular.
  if (one && unit.dimension === 'count' && (unit.end !== end + 1 + unit.unit.length || /[^su]s$/.test(unit.unit))) return undefined;
  const figure = wordFigure(start, unit.end, start, value * unit.scale, unit.unit, unit.dimension, unit.scale);
  figure.numberEnd = end;
  figure.perUnit = unit.perUnit;
  figure.approximate = approximate || (unit.approximate ?? false);
  return { ...figure, spelled: true };
}

/** one … twenty: the small counts that rules spell out in their patterns, read back by smallNumberWord. */
export const SMALL_NUMBER_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** The value of a small count written in a word (Three → 3), 0 when it is none of SMALL_NUMBER_WORDS. */
export function smallNumberWord(word: string): number {
  return SMALL_NUMBER_WORDS.indexOf(word.toLowerCase()) + 1;
}
