// Numbers a writer states, read once per paragraph in one pass: each figure with its value, unit, dimension,
// decimals as written, and (figure-context.ts) the words that say what it measures and when.
// 3,420 · ３４２０ · 1.2万 · 3.5亿元 · 百分之五十 · 三成 · 两千三百人 · two-thirds · $1.8 million · 3.4k.
// Not figures: years and dates (2024年, 6月30日, 2024-06-30), times, phone numbers and codes (GB/T 9704-2012,
// RFC 3191, v1.2, 1.24.0), ordinals and references (第三, 表2, 3.2节), list markers (1、 (2)).

import { isAsciiLetter } from './chars';
import { describeFigure, QualifierIndex } from './figure-context';
import { NUMERAL_CODES, readChineseFigure, readEnglishFraction, readSpelledFigure } from './number-words';
import { attachedUnit, CURRENCY_CODES, CURRENCY_SYMBOLS, isSectionNumber, readChineseUnit, readEnglishUnit, type UnitReading } from './number-units';
import type { Paragraph } from './paragraphs';

export interface Figure {
  paragraph: Paragraph;
  /** Offset and length of the whole figure (`-3.5%`, `1.2万元`, `$1.8 million`) in the paragraph text. */
  offset: number;
  length: number;
  /** Where the number itself starts and ends (without sign, currency or unit): what a fix replaces. */
  numberStart: number;
  numberEnd: number;
  /** The value in the dimension's base unit: 1.2万元 → 12000, 58.7% → 58.7, 三成 → 30, $1.8 million → 1800000. */
  value: number;
  /** Digits after the decimal point, as written (the precision the writer claims). */
  decimals: number;
  /** Base units per written unit (1.2万 → 10000): half of 10^-decimals × scale is the rounding the writer allows. */
  scale: number;
  /** The unit as written: 万元, %, 个百分点, 人, million dollars, volunteers; '' for a bare number. */
  unit: string;
  /** What the unit measures: 元, 人, 人次, %, 百分点, USD, count (an English noun), '' (bare). */
  dimension: string;
  /** 约, 近, 余, 多, 以上, 左右, about, over, more than, a range (100-200人), or a loose word (half, 三成以上). */
  approximate: boolean;
  /** 元/人, 人均, 生均, per capita, average: a rate per something, which does not add up. */
  perUnit: boolean;
  /** Written with words (两千三百, 百分之五十, 三成, two-thirds) rather than digits. */
  words: boolean;
  /** The words before it (and the noun after a classifier) that say what it measures: 新增学位, 入学率, volunteers. */
  subject: string;
  /** Where the clause the subject is read from starts (for quoting the figure with its words). */
  subjectStart: number;
  /** Time and scope words around it that make it a different quantity: 2024年, 上半年, 累计, 同比, 目标, in 2024. */
  qualifiers: string[];
  /** For a figure read from a table's cell: the label of its row (what messages quote with it). */
  cell?: string;
  /**
   * An English count written in words (met five times, twelve volunteers, a dozen schools, three hundred): read only
   * when asked (readFigures(p, { spelled: true })); `words` is true too.
   */
  spelled?: true;
}

/** What a consumer asks the number reader for beyond the figures every rule reads. */
export interface FigureOptions {
  /**
   * English number words as figures too (five times, twelve volunteers), each marked `spelled`. The other figures
   * are those read without it, field for field (subjects, ranges, shared units): the words only add figures, except
   * that a digit inside a spelled figure's noun (twelve category 2 ulcers) is the noun's label, not a figure.
   */
  spelled?: boolean;
}

/** The percentages and point changes of the percent rules are figures too. */
export type Quantity = Figure;

/** Every figure in the paragraphs, in text order. */
/** The figure as written, spaces kept between words only: 58.7%, 5.3个百分点, 4 percentage points (what messages quote). */
export function figureText(f: Figure): string {
  return f.paragraph.text.slice(f.offset, f.offset + f.length).replace(/\s+/g, ' ').replace(/(\d) ([%％\p{sc=Han}])/gu, '$1$2');
}

/** A decimal written without its trailing zeros: 2.50 → 2.5, 3.0 → 3. */
export function trimZeros(n: string): string {
  return n.includes('.') ? n.replace(/\.?0+$/, '') : n;
}

/**
 * A number with `decimals` decimals, its whole part grouped in threes with commas when `grouping`: the text of
 * `value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping })`
 * without ICU, whose number formatting costs 33–79 ms on a process's first call (perf42). Like ICU, it rounds the
 * shortest decimal that reads back as the value (1.005 → 1.01, where toFixed rounds the binary value: 1.00), half away
 * from zero, and keeps the sign of a negative value that rounds to zero (-0.001 → -0.00).
 */
export function groupedFixed(value: number, decimals: number, grouping = true): string {
  if (!Number.isFinite(value) || !Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
  }
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  // 1.005 → '1.005e+0': the shortest digits, and where the point stands among them.
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exponent) + 1;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const keep = point + decimals;
  const roundUp = digits.length > keep && digits.charCodeAt(keep) >= 53; // '5'
  digits = digits.length > keep ? digits.slice(0, keep) : digits.padEnd(keep, '0');
  if (roundUp) {
    let i = keep - 1;
    while (i >= 0 && digits[i] === '9') i--;
    digits = i < 0 ? `1${'0'.repeat(keep)}` : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(keep - 1 - i);
    if (i < 0) point++;
  }
  let whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  if (grouping && whole.length > 3) {
    let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
    for (let i = out.length; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
    whole = out;
  }
  return decimals > 0 ? `${sign}${whole}.${digits.slice(point)}` : sign + whole;
}

export function findFigures(paragraphs: Paragraph[], options?: FigureOptions): Figure[] {
  return paragraphs.flatMap((p) => readFigures(p, options));
}

/** The figures of a paragraph with its English number words among them (readFigures(p, { spelled: true })). */
export function readFiguresWithWords(paragraph: Paragraph): Figure[] {
  return readFigures(paragraph, SPELLED);
}
const SPELLED: FigureOptions = { spelled: true };

/** Percentages written with a per-cent sign or word (58.7%, 45 percent, 百分之五十), not 三成 or two-thirds. */
export function findPercents(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => f.dimension === '%' && f.unit !== '成' && f.unit !== 'fraction');
}

/** Percentage-point differences: 5.3个百分点, 4 percentage points, 2 pp. */
export function findPointChanges(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => f.dimension === '百分点');
}

const DIGIT = /[0-9０-９]/;
// What may start a figure, by character code, in one table (module constants, not imports: an imported binding is
// read through a getter; a typed array, not a Set: this loop sees every character of the draft).
const NUMERAL_START = 1;
const CURRENCY_START = 2;
/**
 * Any start at all: a digit (isDigitCode) or an ASCII letter (an English number word) besides the two above. A
 * character without it starts nothing, and the loop steps over it after one read of the table: the draft's first
 * lint (the CLI's only one) runs this loop in the interpreter, where the four tests and a call per character were
 * a twentieth of the lint.
 */
const ANY_START = 4;
const FIGURE_START_AT = new Uint8Array(0x10000);
for (const c of NUMERAL_CODES) FIGURE_START_AT[c] |= NUMERAL_START | ANY_START;
for (const ch of CURRENCY_SYMBOLS.keys()) FIGURE_START_AT[ch.charCodeAt(0)] |= CURRENCY_START | ANY_START;
for (const [from, to] of [[48, 57], [0xff10, 0xff19], [65, 90], [97, 122]]) for (let c = from; c <= to; c++) FIGURE_START_AT[c] |= ANY_START;

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** One pass over the paragraph: at each digit, numeral, currency sign or English word, read what starts there. */
export function readFigures(paragraph: Paragraph, options?: FigureOptions): Figure[] {
  const text = paragraph.text;
  const out: Figure[] = [];
  // Spelled figures are kept apart while the loop reads what it reads without them, and merged at the end.
  const spelled: Figure[] | undefined = options?.spelled ? [] : undefined;
  let spelledEnd = 0;
  let rangeFrom = -1; // the end of a figure followed by a range sign: the next figure closes the range
  const rangeEnds = new Set<Figure>();
  let i = 0;
  const n = text.length;
  const breaks = lineBreaks(paragraph);
  while (i < n) {
    // Character codes, not one-character strings: this loop sees every character of the draft.
    const c = text.charCodeAt(i);
    if (FIGURE_START_AT[c] === 0) {
      i++;
      continue;
    }
    let read: RawFigure | undefined;
    let next = i + 1;
    if (isDigitCode(c)) {
      const r = readArabicFigure(text, i, undefined, breaks);
      read = r.figure;
      next = r.end;
    } else if ((FIGURE_START_AT[c] & CURRENCY_START) !== 0 && DIGIT.test(text[i + (text[i + 1] === ' ' ? 2 : 1)] ?? '')) {
      const r = readArabicFigure(text, i + (text[i + 1] === ' ' ? 2 : 1), { currency: CURRENCY_SYMBOLS.get(text[i])!, start: i });
      read = r.figure;
      next = r.end;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      const r = readWord(text, i);
      read = r.figure;
      next = r.end;
      if (spelled && !read && i >= spelledEnd) {
        const s = spelledAt(text, i);
        if (s) {
          spelled.push({ ...s, paragraph, subject: '', subjectStart: s.offset, qualifiers: NO_QUALIFIERS });
          spelledEnd = s.offset + s.length;
        }
      }
    } else if ((FIGURE_START_AT[c] & NUMERAL_START) !== 0) {
      const r = readChineseFigure(text, i);
      if (r) {
        read = r.figure;
        next = r.end;
      }
    }
    if (read) {
      // Every field in one literal: the reader's object with four more added kept them in a separate property array
      // (≈ 60 bytes more per figure, 14,000 figures kept for a 3 MB draft).
      const { offset, length, numberStart, numberEnd, value, decimals, scale, unit, dimension, approximate, perUnit, words } = read;
      const figure: Figure = {
        paragraph,
        offset,
        length,
        numberStart,
        numberEnd,
        value,
        decimals,
        scale,
        unit,
        dimension,
        approximate,
        perUnit,
        words,
        subject: '',
        subjectStart: offset,
        qualifiers: NO_QUALIFIERS,
      };
      // 100-200人, 95%～98%: both ends of a range are approximate, and the first takes the unit of the second.
      if (rangeFrom >= 0 && rangeFrom === findRangeStart(text, figure.offset)) {
        const first = out[out.length - 1];
        first.approximate = figure.approximate = true;
        rangeEnds.add(figure);
        if (!first.unit) Object.assign(first, { unit: figure.unit, dimension: figure.dimension, scale: figure.scale, value: scaled(first.value, figure.scale) });
      }
      rangeFrom = RANGE_SIGN.test(text[figure.offset + figure.length] ?? '') ? figure.offset + figure.length : -1;
      out.push(figure);
    }
    i = Math.max(next, i + 1);
  }
  shareListUnits(text, out);
  const qualifiers = new QualifierIndex(text);
  for (let k = 0; k < out.length; k++) {
    const f = out[k];
    const prev = out[k - 1];
    // 户籍人口417户1426人, 脱贫户86户312人: a second count glued to the first (households, then people) counts the same thing.
    const glued = prev !== undefined && prev.offset + prev.length === f.offset && prev.dimension !== f.dimension && /\p{sc=Han}$/u.test(prev.unit) && /^\p{sc=Han}/u.test(f.unit) && !prev.perUnit && !f.perUnit;
    if (rangeEnds.has(f) || glued) Object.assign(f, { subject: prev.subject, subjectStart: prev.subjectStart, qualifiers: prev.qualifiers });
    else describeFigure(f, prev, qualifiers);
  }
  return spelled?.length ? withSpelled(out, spelled, qualifiers) : out;
}

/** A spelled figure at the word starting at `i`, unless the word names a code or label (page three, top ten). */
function spelledAt(text: string, i: number): RawFigure | undefined {
  if (i > 0 && ASCII_ALNUM.test(text[i - 1])) return undefined;
  const s = readSpelledFigure(text, i);
  if (!s) return undefined;
  const before = text.slice(Math.max(0, i - 12), i);
  if (latinNearEnd(before) && CODE_BEFORE.test(before)) return undefined;
  return s;
}

/**
 * The figures read without words and the spelled ones, in text order. A figure inside a spelled one (the 2 of
 * twelve category 2 ulcers) is dropped; each spelled figure is described after the figure before it.
 */
function withSpelled(figures: Figure[], spelled: Figure[], qualifiers: QualifierIndex): Figure[] {
  const merged: Figure[] = [];
  let k = 0;
  for (const s of spelled) {
    while (k < figures.length && figures[k].offset < s.offset) merged.push(figures[k++]);
    describeFigure(s, merged[merged.length - 1], qualifiers);
    merged.push(s);
    const end = s.offset + s.length;
    while (k < figures.length && figures[k].offset < end) k++;
  }
  while (k < figures.length) merged.push(figures[k++]);
  return merged;
}

const RANGE_SIGN = /[-–—～~至到]/;

/**
 * value × scale rounded to 15 significant digits (1.1 × 10000 is 11000, not 11000.000000000002). An integer below
 * 10^15 is already that (it prints and reads back as itself): only other products go through toPrecision, which is
 * slow and met by every figure.
 */
function scaled(value: number, scale: number): number {
  const product = value * scale;
  // (Zero goes through it too: toPrecision reads -0 back as 0.)
  return Number.isInteger(product) && product !== 0 && Math.abs(product) < 1e15 ? product : Number(product.toPrecision(15));
}
const NO_QUALIFIERS: string[] = [];

/** Where the range sign before `at` sits, so that 100-200 and 95%～98% pair up; -1 when none. */
function findRangeStart(text: string, at: number): number {
  const before = text[at - 1] ?? '';
  return RANGE_SIGN.test(before) ? at - 1 : -1;
}

/**
 * 12、15、18人 and 3、5个: numbers listed before one unit share it. So do 7.8个和8.6个百分点 and 2.8个、1.5个百分点,
 * where the 个 of each is the 个 of 个百分点, written out for every item.
 */
function shareListUnits(text: string, figures: Figure[]): void {
  for (let k = figures.length - 2; k >= 0; k--) {
    const f = figures[k];
    const next = figures[k + 1];
    const points = f.unit === '个' && next.unit === '个百分点';
    if ((f.unit && !points) || !next.unit || f.words !== next.words) continue;
    const gap = text.slice(f.offset + f.length, next.offset);
    if (!/^(?:、|和|及|与|與)$/.test(gap)) continue;
    Object.assign(f, { unit: next.unit, dimension: next.dimension, scale: next.scale, value: scaled(f.value, next.scale), perUnit: next.perUnit });
  }
}

export type RawFigure = Omit<Figure, 'paragraph' | 'subject' | 'subjectStart' | 'qualifiers'>;

interface ReadResult {
  figure?: RawFigure;
  /** Where scanning goes on: past the whole token, so a code's digits are never read again. */
  end: number;
}

const CODE_CHARACTER = /[A-Za-z0-9０-９._\-/]/;
/** Skips a run of letters, digits, dots and dashes: v1.2, COVID-19, H1N1, 5G, 1st. */
function skipCode(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 200 && (CODE_CHARACTER.test(text[j]) || (text[j] === ':' && DIGIT.test(text[j + 1] ?? '')))) j++;
  return Math.max(j, i + 1);
}

/** CODE_BEFORE's word ends a Latin letter and at most three characters (\s?[#.]?\s?) before the figure (perf58: the
 * pattern is not compiled nor run before a Chinese text's figures). */
function latinNearEnd(before: string): boolean {
  for (let i = Math.max(0, before.length - 4); i < before.length; i++) if (isAsciiLetter(before[i])) return true;
  return false;
}
const CODE_BEFORE = /(?:^|[^A-Za-z])(?:v|version|release|section|sec|chapter|article|art|clause|figure|fig|table|page|p|pp|no|number|issue|item|step|part|phase|stage|level|grade|tier|round|week|rule|appendix|annex|sprint|milestone|python|windows|kubernetes|k8s|go|java|node|rust|ubuntu|debian|ios|android|macos|html|http|ipv|top|line|lines|row|col|column|q|h|fy|cve|kep|pr|rfc|iso|gb|t|sig|wg|id|ticket|bug|case|room|unit|route|flight|tel|phone|fax|ext|box|po|sp)\s?[#.]?\s?$/i;
/**
 * Condition 3 reads, Objective 2 says, Recommendation 5, Year 6 pupils: the number of a capitalised label (an item of
 * a plan, a decision or a school year), not a count of the word after it. Capitalised only: "took action 2 weeks ago".
 */
const LABEL_BEFORE = /(?:^|[^A-Za-z])(?:Condition|Objective|Goal|Recommendation|Action|Question|Criterion|Principle|Priority|Option|Schedule|Regulation|Paragraph|Para|Exhibit|Outcome|Indicator|KPI|Standard|Policy|Ward|Platform|Gate|Plot|Lot|Workstream|Theme|Pillar|Strand|Commitment|KR|OKR|Task|Requirement|Finding|Year|Category|Band|Grade|Scope|Key Stage)\s?[#.]?\s?(?:\d{1,2}\s?(?:and|or|&|,)\s?)?$/;
/** LABEL_BEFORE, read only where a letter ends the word before the number (most figures have none before them). */
function labelBefore(text: string, start: number): boolean {
  const at = text.charCodeAt(start - 1) === 32 ? start - 2 : start - 1;
  const c = text.charCodeAt(at) | 0x20;
  return c >= 97 && c <= 122 && LABEL_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * 测评表, 调查表, 登记表, 咨询电话, 服务热线 before a figure: forms or calls counted, when the figure is grouped in
 * thousands (3,000张, 3,480个).
 */
const GROUPED_AFTER_CODE_WORD = /(?:[表图圖]|电话|電話|热线|熱線|手机|手機|传真|傳真)\s?$/;
const CODE_BEFORE_ZH = /(?:第|(?<![代发發仪儀电電水气氣报報手量])表|图|圖|附件|附表|附录|附錄|编号|編號|序号|序號|代码|代碼|电话|電話|手机|手機|热线|熱線|传真|傳真|邮编|郵編|邮政编码|QQ|微信|账号|賬號|文号|文號|令|(?<!赤)字|〔|\[|［|【)\s?$/;
/** 第17、 · 第3至 · 第1、2、: an ordinal's number and a joiner, after which the next number is an ordinal too. */
const ORDINAL_JOINERS = new Set(['、', '和', '及', '与', '與', '至', '到', '~', '～', '—', '－', '-']);
const ORDINAL_RUN_BEFORE = /第[0-9０-９]+(?:[、和及与與至到~～—－-][0-9０-９]+)*[、和及与與至到~～—－-]\s?$/;

interface CurrencyStart {
  currency: string;
  start: number;
}

/** A number written with digits at `start`, with its sign, unit and the checks that rule out years and codes. */
/**
 * The offsets of the spaces that join a paragraph's lines (a hard line break in the text as written): …Total 3,298 …
 * 23,889 ⏎ % 14% 38%… — a per-cent sign that opens the next line (a table's row label) is not the unit of the figure
 * that ended the line before. Undefined for a paragraph of one line.
 */
function lineBreaks(paragraph: Paragraph): Set<number> | undefined {
  const { segments, text } = paragraph;
  if (segments.length < 2) return undefined;
  let out: Set<number> | undefined;
  for (let k = 1; k < segments.length; k++) {
    const at = segments[k].offset - 1;
    const prev = segments[k - 1];
    if (segments[k].line !== prev.line && prev.offset + prev.length === at && text[at] === ' ') (out ??= new Set()).add(at);
  }
  return out;
}

const CODE_CHARACTER_BEFORE = /[_#@/\\.０-９0-9]/;
function readArabicFigure(text: string, start: number, currency?: CurrencyStart, breaks?: Set<number>): ReadResult {
  const prev = text[start - 1] ?? '';
  if (!currency && (isAsciiLetter(prev) || CODE_CHARACTER_BEFORE.test(prev) || (prev === '-' && isAsciiLetter(text[start - 2] ?? '')))) {
    return { end: skipCode(text, start) };
  }
  const num = readDigits(text, start);
  let end = num.end;
  const after = text[end] ?? '';
  // 1.24.0, 2024.6.30, 14:30, 6/30, 2024-06-30, 0755-1234567: versions, dates, times, codes.
  if (((after === '.' || after === ':' || after === '/' || after === '．') && DIGIT.test(text[end + 1] ?? '')) || isDatePhoneDash(text, end, num.digits)) {
    return { end: skipCode(text, end) };
  }
  if (isAsciiLetter(after)) {
    const unit = attachedUnit(text, end, currency?.currency);
    return unit ? finish(text, start, num, end, unit, currency) : { end: skipCode(text, start) };
  }
  const before = text.slice(Math.max(0, (currency?.start ?? start) - 12), currency?.start ?? start);
  // 表3 is a table's number, but 测评表3,000张 counts forms and 接听咨询电话3,480个 calls: a number grouped in thousands
  // numbers no table, figure or telephone (an ordinal's 第1,000 is still one).
  if ((CODE_BEFORE_ZH.test(before) && !(GROUPED_AFTER_CODE_WORD.test(before) && /^\d{1,3},\d{3}(?![\d,])/.test(text.slice(start, start + 12)))) || (!currency && ((latinNearEnd(before) && CODE_BEFORE.test(before)) || labelBefore(text, start)))) return { end: skipCode(text, start) };
  // 第17、18件, 第3至5项: a number run on from an ordinal is one too (the 18th item, not 18 items).
  if (!currency && ORDINAL_JOINERS.has(text[start - 1] === ' ' ? text[start - 2] : text[start - 1]) && ORDINAL_RUN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return { end: skipCode(text, start) };
  // 23,889 ⏎ % 14% 38%: a per-cent sign at the start of the next line labels its row; it is no unit of this figure.
  const brokenBeforeSign = text[end] === ' ' && breaks?.has(end) === true && (text[end + 1] === '%' || text[end + 1] === '％');
  const unit = brokenBeforeSign ? undefined : (readChineseUnit(text, end + (text[end] === ' ' ? 1 : 0), num.decimals > 0) ?? readEnglishUnit(text, end, currency?.currency));
  return finish(text, start, num, end, unit, currency);
}

function finish(text: string, start: number, num: Digits, numberEnd: number, unit: UnitReading | undefined, currency?: CurrencyStart): ReadResult {
  const end = unit?.end ?? numberEnd;
  if (!unit && currency) unit = { unit: currency.currency, dimension: currency.currency, scale: 1, end, perUnit: false };
  if (isNotAQuantity(text, start, num, unit)) return { end };
  let from = currency?.start ?? start;
  let sign = 1;
  const s = text[from - 1] ?? '';
  if ((s === '-' || s === '−' || s === '－') && !/[0-9０-９A-Za-z%％.]/.test(text[from - 2] ?? '')) {
    from--;
    sign = -1;
  }
  const scale = unit?.scale ?? 1;
  return {
    end,
    figure: {
      offset: from,
      length: end - from,
      numberStart: start,
      numberEnd: num.end,
      // 1.16 × 10^8 is 115999999.99999999 in floating point: fifteen significant digits are all a writer gives.
      value: sign * scaled(num.value, scale),
      decimals: num.decimals,
      scale,
      unit: unit?.unit ?? '',
      dimension: unit?.dimension ?? '',
      approximate: unit?.approximate ?? false,
      perUnit: unit?.perUnit ?? false,
      words: false,
    },
  };
}

interface Digits {
  value: number;
  /** The digits without separators (for years and codes). */
  digits: string;
  decimals: number;
  grouped: boolean;
  end: number;
}

const SPACE_GROUP_SPACE = /[ \u00a0\u2009\u202f]/;
const SPACE_GROUPS = /^(?:[ \u00a0\u2009\u202f]\d{3})+(?=\p{sc=Han})/u;

/** 3,420 · ３４２０ · 12.5 · 1,234,567.89 · 4 300万: digits with thousands separators and a decimal part. */
function readDigits(text: string, start: number): Digits {
  let i = start;
  let grouped = false;
  let ascii = true;
  while (i < text.length && digitAt(text, i) >= 0) {
    if (text.charCodeAt(i) > 57) ascii = false;
    i++;
  }
  // ASCII digits are the text itself; full-width ones (３４２０) are read one by one.
  let digits = ascii ? text.slice(start, i) : '';
  if (!ascii) for (let j = start; j < i; j++) digits += digitAt(text, j);
  // 3,420: a comma followed by exactly three digits, after at most three.
  while (text[i] === ',' && (grouped || digits.length <= 3) && digitAt(text, i + 1) >= 0 && digitAt(text, i + 2) >= 0 && digitAt(text, i + 3) >= 0 && digitAt(text, i + 4) < 0) {
    digits += `${digitAt(text, i + 1)}${digitAt(text, i + 2)}${digitAt(text, i + 3)}`;
    grouped = true;
    i += 4;
  }
  // 4 300万, 2 087 229人: thousands set apart by spaces (the United Nations' and WHO's Chinese style), before a Chinese
  // unit or word; not two figures of a table row (45 775 …) nor a second column (… 2 000), nor the cells of a row run
  // together before a percentage (US 228 227 100%: 227 of 228 meetings, 100%, not 228 227 100%).
  if (!grouped && ascii && digits.length <= 3 && SPACE_GROUP_SPACE.test(text[i] ?? '') && !/\d[ \u00a0\u2009\u202f]$/.test(text.slice(Math.max(0, start - 2), start))) {
    const m = SPACE_GROUPS.exec(text.slice(i, i + 48));
    if (m) {
      digits += m[0].replace(/\D/g, '');
      grouped = true;
      i += m[0].length;
    }
  }
  let decimals = 0;
  if ((text[i] === '.' || text[i] === '．') && digitAt(text, i + 1) >= 0) {
    let fraction = '';
    let j = i + 1;
    while (j < text.length && digitAt(text, j) >= 0) fraction += digitAt(text, j++);
    decimals = fraction.length;
    digits += `.${fraction}`;
    i = j;
  }
  return { value: Number(digits), digits, decimals, grouped, end: i };
}

/** The digit at `j` (ASCII or full-width), or -1. */
function digitAt(text: string, j: number): number {
  const c = text.charCodeAt(j);
  return c >= 48 && c <= 57 ? c - 48 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
}

/** 2024-06-30, 2021-2025 (years, left to the year rules), 0755-1234567, 400-800-1234. */
function isDatePhoneDash(text: string, end: number, digits: string): boolean {
  if (text[end] !== '-' && text[end] !== '－') return false;
  const m = /^[-－](\d+)(?:([-－])(\d+))?/.exec(text.slice(end, end + 24));
  if (!m) return false;
  if (m[2]) return true;
  return (YEAR.test(digits) && (m[1].length === 2 || YEAR.test(m[1]))) || digits.startsWith('0') || m[1].length >= 5 || digits.length >= 5;
}

const YEAR = /^(?:19|20)\d\d$/;
const MONTH_DAY = new Set(['月', '日', '号', '號']);
/** After a day: a month's name, capitalised (May only before a year or a stop: "40 may rise" is a verb). */
const DAY_MONTH_EN = /^(?:st|nd|rd|th)?\s+(?:(?:January|February|March|April|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])|May(?=\s+(?:19|20)\d\d|[,.;:]|$))/;

const YEAR_DIGITS = /^(?:1[5-9]|20)\d\d$/;
/** Years (2024年, in 2024), dates (6月, 30日), times, list markers, bracketed numbers, long codes. */
function isNotAQuantity(text: string, start: number, num: Digits, unit: UnitReading | undefined): boolean {
  const end = unit?.end ?? num.end;
  const u = unit?.unit ?? '';
  if (isSectionNumber(text, num)) return true;
  const isYear = !num.grouped && num.decimals === 0 && YEAR_DIGITS.test(num.digits);
  if (u === '年') return isYear || /^[级級代]/.test(text[end] ?? '');
  if (isYear && (!unit || unit.dimension === 'count')) return true;
  if (!unit && MONTH_DAY.has(text[num.end] ?? '')) return true;
  // 31 July 2025, 1st April: the day of an English date, as 30日 is of a Chinese one.
  if (!unit && num.decimals === 0 && !num.grouped && num.value >= 1 && num.value <= 31 && DAY_MONTH_EN.test(text.slice(num.end, num.end + 16))) return true;
  if (!unit && /^(?:时|時|点|點|点钟|點鐘|点半|點半)/.test(text.slice(num.end, num.end + 2)) && !/^[点點][\d０-９]/.test(text.slice(num.end, num.end + 2))) return true;
  if (unit?.unit === '分' && /[时時点點]$/.test(text.slice(0, start))) return true;
  if (unit) return false;
  // Bare numbers: long digit runs are codes and phone numbers; 0-prefixed ones are codes (0755, 007).
  if (num.decimals === 0 && !num.grouped && (num.digits.length >= 7 || (num.digits.length > 1 && num.digits[0] === '0'))) return true;
  const prev = text[start - 1] ?? '';
  const next = text[num.end] ?? '';
  // (1) （2） [3] ⑷: a bracketed number alone.
  if (/[(（[［【〔]/.test(prev) && /[)）\]］】〕]/.test(next)) return true;
  // 1、加强… / 2.完善… / 3) : a list marker at the start of a clause.
  // After a space, only where a clause ended before it: "The total was 340." ends a sentence with a figure.
  let b = start - 1;
  while (b >= 0 && start - b < 40 && /\s/.test(text[b])) b--;
  const atClauseStart = b < 0 || /[，,。；;：:！？!?）)”"]/.test(text[b]) || (b < start - 1 && text[b] === '.');
  // "Referrals: 1,420." — a number grouped by thousands is no list marker.
  // "Staff headcount: 46." ends its paragraph: a marker has its item after it.
  // "Staff headcount: 46. Referral numbers…": after a colon a list starts at 1, so another number with a point is a value.
  const ends = (next === '.' || next === '．') && (text.slice(num.end + 1).trim() === '' || (/[：:]/.test(text[b] ?? '') && num.value !== 1 && num.decimals === 0));
  if (atClauseStart && !num.grouped && !ends && (next === '、' || next === ')' || next === '）' || ((next === '.' || next === '．') && !DIGIT.test(text[num.end + 1] ?? '')))) {
    return !DIGIT.test(text[num.end + 1] ?? '');
  }
  return false;
}

const ASCII_ALNUM = /[A-Za-z0-9]/;
/** At an English word: a fraction (two-thirds, half of), a currency code (USD 3 million), or a word to skip whole. */
function readWord(text: string, start: number): ReadResult {
  let j = start;
  while (j < text.length && j - start < 40 && isAsciiLetter(text[j])) j++;
  if (isAsciiLetter(text[j] ?? '') || (start > 0 && ASCII_ALNUM.test(text[start - 1]))) {
    // Inside a long token: skip it (and digits glued to it: H1N1, G20).
    return { end: skipCode(text, start) };
  }
  const word = text.slice(start, j);
  const code = CURRENCY_CODES.get(word) ?? (word === 'US' && text[j] === '$' ? 'USD' : word === 'HK' && text[j] === '$' ? 'HKD' : undefined);
  if (code) {
    let k = j + (text[j] === '$' ? 1 : 0);
    if (text[k] === ' ') k++;
    if (DIGIT.test(text[k] ?? '')) return readArabicFigure(text, k, { currency: code, start });
  }
  const fraction = readEnglishFraction(text, start, j);
  if (fraction) return fraction;
  // A digit glued to the word is part of a code (H1N1, G20, x86).
  return { end: DIGIT.test(text[j] ?? '') ? skipCode(text, j) : j };
}
