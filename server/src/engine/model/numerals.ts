// Reading and writing the numerals that section markers are made of.

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

/** Full-width digits ０-９ read as ASCII digits. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
