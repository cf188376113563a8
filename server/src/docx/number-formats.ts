// The number formats of Word's list levels (w:numFmt), written the way Word draws them.
// Chinese formats are the ones reports use: chineseCounting 一、二…十、十一; chineseLegalSimplified 壹贰叁;
// ideographTraditional 甲乙丙丁 (天干); decimalEnclosedCircle ①…⑳.

import { toChineseNumeral, toRoman } from '../engine/model/numerals';

const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const DIGITS_IDEOGRAPHIC = '〇一二三四五六七八九';
const CARDINALS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen', 'Twenty'];
const ORDINALS = ['Zeroth', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth'];

/** The text of `n` in Word's number format `format` (unknown formats fall back to decimal, as Word does). */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return n > 0 ? toRoman(n) : String(n);
    case 'lowerRoman':
      return n > 0 ? toRoman(n).toLowerCase() : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return counting(n);
    case 'ideographLegalTraditional':
      return legal(n, LEGAL_TRADITIONAL, '拾佰仟');
    case 'chineseLegalSimplified':
      return legal(n, LEGAL_SIMPLIFIED, '拾佰仟');
    case 'ideographTraditional':
      return cyclic(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(n, EARTHLY_BRANCHES);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => DIGITS_IDEOGRAPHIC[Number(d)]);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    case 'cardinalText':
      return CARDINALS[n] ?? String(n);
    case 'ordinalText':
      return ORDINALS[n] ?? `${n}${ordinalSuffix(n)}`;
    default:
      return String(n);
  }
}

/** Word's letters: A…Z, then AA…ZZ, AAA… (the letter repeated, not a base-26 count). */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(0x61 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** 一…十, 十一, 二十, 一百零五; 〇 for zero; thousands as 一千. */
function counting(n: number): string {
  if (n === 0) return '〇';
  if (n < 1000) return toChineseNumeral(n);
  if (n < 10000) {
    const rest = n % 1000;
    const head = DIGITS_IDEOGRAPHIC[Math.floor(n / 1000)] + '千';
    return rest === 0 ? head : head + (rest < 100 ? '零' : '') + (rest < 20 && rest >= 10 ? '一' : '') + toChineseNumeral(rest);
  }
  return String(n);
}

/** 壹, 拾, 拾壹, 贰拾, 壹佰零伍: the financial (大写) numerals. */
function legal(n: number, digits: string, units: string): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const names = [units[2], units[1], units[0], ''];
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d] + names[i];
  });
  return out;
}

function cyclic(n: number, symbols: string): string {
  return n >= 1 ? symbols[(n - 1) % symbols.length] : String(n);
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
