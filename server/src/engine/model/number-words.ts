// Numbers written with words: 两千三百人, 三万元, 百分之五十, 三成, 三分之二, and English fractions (two-thirds of,
// half of). A Chinese numeral is a figure only with a unit after it: 一是, 统一, 十分, 第三, 一起 are words.

import type { RawFigure } from './numbers';
import { isHanAt } from './chars';
import { CN_NUMBER_CHARS, parseChineseNumber } from './numerals';
import { readChineseUnit, unitFirstCharacters } from './number-units';

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
