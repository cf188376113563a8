// Reading and writing numerals: the ones section markers are made of, and Chinese numbers in prose (两千三百).

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_DIGIT_CHARS = '零一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105. Returns undefined for anything that is not a well-formed numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0 || text.length > 6) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      if (digit !== undefined && !(digit === 0)) return undefined; // 一二 is not a numeral
      digit = CN_DIGITS[ch];
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      if (unit >= lastUnit) return undefined; // 十十, 十百
      total += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else {
      return undefined;
    }
  }
  total += digit ?? 0;
  return total > 0 ? total : undefined;
}

const CN_NUMBER_DIGITS: Record<string, number> = { ...CN_DIGITS, 兩: 2, 〇: 0, 零: 0 };
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese number in prose is made of (digits, 十百千, 万亿). */
export const CN_NUMBER_CHARS = '零〇一二两兩三四五六七八九十百千万萬亿億';

/**
 * A Chinese number in prose: 三 → 3, 两千三百 → 2300, 两千三 → 2300, 一万二 → 12000, 三亿五千万 → 350000000,
 * 一千零五 → 1005, 二〇二五 → 2025 (four digits read one by one, as years are written). Undefined for runs that
 * are not one number (三四 is "three or four", 十十 is nothing).
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text.length === 0 || text.length > 24) return undefined;
  if (text.length === 4 && [...text].every((ch) => ch in CN_NUMBER_DIGITS)) {
    return [...text].reduce((n, ch) => n * 10 + CN_NUMBER_DIGITS[ch], 0);
  }
  return parseLarge(text);
}

/** Splits at the largest unit present (亿, then 万): left × unit + right. */
function parseLarge(text: string): number | undefined {
  for (const [chars, unit] of [['亿億', 1e8], ['万萬', 1e4]] as const) {
    let at = -1;
    for (let i = text.length - 1; i >= 0; i--) if (chars.includes(text[i])) { at = i; break; }
    if (at < 0) continue;
    const left = at === 0 ? undefined : parseLarge(text.slice(0, at));
    if (left === undefined) return undefined;
    let right = text.slice(at + 1);
    if (right === '') return left * unit;
    // 一万二 is 12000 (a digit straight after the unit counts the next unit down).
    if (right.length === 1 && right in CN_NUMBER_DIGITS && right !== '零' && right !== '〇') return left * unit + CN_NUMBER_DIGITS[right] * (unit / 10);
    if (right[0] === '零' || right[0] === '〇') right = right.slice(1);
    const rest = parseLarge(right);
    return rest === undefined || rest >= unit ? undefined : left * unit + rest;
  }
  return parseSmall(text);
}

/** Below 10000: 五千三百二十一, 两千三 (= 2300), 一百零五, 十二. */
function parseSmall(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  let afterZero = false;
  for (const ch of text) {
    if (ch in CN_NUMBER_DIGITS) {
      if (digit !== undefined) return undefined; // 三四: two digits in a row
      digit = CN_NUMBER_DIGITS[ch];
      if (digit === 0) {
        if (afterZero || lastUnit === Infinity) return undefined;
        afterZero = true;
        digit = undefined;
      }
      continue;
    }
    const unit = CN_SMALL_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return undefined;
    if (digit === undefined && !(unit === 10 && lastUnit === Infinity)) return undefined; // 十二 may drop its 一, 百二 may not
    total += (digit ?? 1) * unit;
    digit = undefined;
    lastUnit = unit;
    afterZero = false;
  }
  if (digit !== undefined) {
    // 两千三: a last digit straight after a unit counts the next unit down; after 零 (一百零五) it is ones.
    total += lastUnit !== Infinity && lastUnit > 10 && !afterZero ? digit * (lastUnit / 10) : digit;
  }
  return total > 0 ? total : undefined;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 1000) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds) out += CN_DIGIT_CHARS[hundreds] + '百';
  if (tens) out += (tens === 1 && !hundreds ? '' : CN_DIGIT_CHARS[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += CN_DIGIT_CHARS[ones];
  return out;
}

/**
 * The capital (financial) forms of the digits, 壹 to 拾: the top level of a Taiwan or Hong Kong report (壹、前言 …
 * 肆、施政績效). 参 is left out: in simplified text it is a word (参、众两院); 叁 is the numeral there.
 */
const FINANCIAL_TO_CN: Record<string, string> = { 壹: '一', 貳: '二', 贰: '二', 參: '三', 叁: '三', 肆: '四', 伍: '五', 陸: '六', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十' };
export const FINANCIAL_DIGITS = Object.keys(FINANCIAL_TO_CN).join('');
const CN_TO_FINANCIAL: Record<string, string> = { 一: '壹', 二: '貳', 三: '參', 四: '肆', 五: '伍', 六: '陸', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 零: '零' };

/** 壹 → 1, 肆 → 4, 拾壹 → 11; undefined for anything else. */
export function parseFinancialNumeral(text: string): number | undefined {
  let plain = '';
  for (const ch of text) {
    const cn = FINANCIAL_TO_CN[ch];
    if (cn === undefined) return undefined;
    plain += cn;
  }
  return parseChineseNumeral(plain);
}

/** 1 → 壹, 3 → 參, 11 → 拾壹 (the traditional forms, as the documents that number so are written). */
export function toFinancialNumeral(n: number): string {
  const plain = toChineseNumeral(n);
  return /^\d/.test(plain) ? plain : [...plain].map((c) => CN_TO_FINANCIAL[c] ?? c).join('');
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** Accepts only canonical Roman numerals (IV, not IIII), upper or lower case, up to 3999. */
export function parseRoman(text: string): number | undefined {
  if (!/^[ivxlcdm]+$/i.test(text) || text.length > 12) return undefined;
  const upper = text.toUpperCase();
  let value = 0;
  let i = 0;
  for (const [v, symbol] of ROMAN) {
    while (upper.startsWith(symbol, i)) {
      value += v;
      i += symbol.length;
    }
  }
  return i === upper.length && toRoman(value) === upper ? value : undefined;
}

/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ → 1 … 50. */
export function parseCircled(ch: string): number | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return undefined;
}

export function toCircled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

/** ⑴ … ⒇ (parenthesized digits, one character each). */
export function parseParenthesizedDigit(ch: string): number | undefined {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2474 + 1 : undefined;
}

/** ⒈ … ⒛ (digit with full stop, one character each). */
export function parseDigitFullStop(ch: string): number | undefined {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2488 && c <= 0x249b ? c - 0x2488 + 1 : undefined;
}

export function toLatin(n: number, upper: boolean): string {
  if (n < 1 || n > 26) return String(n);
  const ch = String.fromCharCode(0x60 + n);
  return upper ? ch.toUpperCase() : ch;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
/** Full-width digits ０-９ read as ASCII digits. */
export function normalizeDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
