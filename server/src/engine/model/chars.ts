// Character classes shared by the model and the rules.

/** A Han ideograph, including the supplementary-plane extensions (given the code point). */
export function isHanCodePoint(cp: number): boolean {
  return (
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

/** True when the UTF-16 unit at `i` is (or starts) a Han character. */
export function isHanAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && isHanCodePoint(cp);
}

/** True when the character ending just before `i` is Han (looks behind surrogate pairs). */
export function isHanBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) return isHanAt(text, i - 2);
  return isHanAt(text, i - 1);
}

const HAN_SCRIPT = /^\p{sc=Han}$/u;

/**
 * Exactly what the look-behind (?<=\p{sc=Han}) tests at `i`, without running a regex over the text: the common
 * cases (ASCII, the unified ideographs) answered directly, the rest by the same property on the one character.
 */
export function isHanScriptBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  let cp = text.charCodeAt(i - 1);
  if (cp < 0x2e80) return false;
  if (cp >= 0x4e00 && cp <= 0x9fef) return true;
  if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
  }
  return HAN_SCRIPT.test(String.fromCodePoint(cp));
}

/** Whether a UTF-16 code is one that \s matches (in a pattern with or without the u flag). */
export function isRegExpSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the text holds an ASCII letter next to white space (as \s reads it): what every English phrase of two words
 * holds, and what a Chinese draft's pinyin (總結(jié)) and codes (5G, GDP，PM2.5) do not. A gate for English-only
 * patterns whose every match holds one: not compiled nor run on a text without (perf58).
 */
export function hasSpacedLatin(text: string): boolean {
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) continue;
    if ((i > 0 && isRegExpSpace(text.charCodeAt(i - 1))) || (i + 1 < n && isRegExpSpace(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** Whether the text holds `n` ASCII letters in a row (an English word of n letters or more): a gate as hasSpacedLatin's. */
export function hasLatinRun(text: string, n: number): boolean {
  let run = 0;
  for (let i = 0, len = text.length; i < len; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) {
      if (++run >= n) return true;
    } else run = 0;
  }
  return false;
}

/**
 * The code of the text's last character that \s does not match (NaN when there is none): what a pattern that ends in
 * \s*$ needs before it, read from the end, where V8 would try the pattern at every position of the text.
 */
export function lastNonSpaceCode(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isRegExpSpace(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** [\p{L}\p{N}] by UTF-16 code, filled as characters are met: 0 not yet known, 1 yes, 2 no. */
const letterOrNumberByCode = new Uint8Array(0x10000);

/** What /[\p{L}\p{N}]/u says of the code point, read from a table for the BMP: it is asked of every character. */
export function isLetterOrNumber(cp: number): boolean {
  // ASCII, and the CJK and Hangul blocks assigned since Unicode 3 (all letters), without a regex: a draft has
  // thousands of distinct ideographs, and a regex call for each is most of a first lint's cost here.
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if ((cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0x3400 && cp <= 0x4db5) || (cp >= 0xac00 && cp <= 0xd7a3)) return true;
  if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
  let known = letterOrNumberByCode[cp];
  if (known === 0) known = letterOrNumberByCode[cp] = LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

/**
 * The text without what /[^\p{L}\p{N}]+/gu matches, lower-cased: its letters and digits, sliced by runs rather than
 * char by char, and toLowerCase (slow on Chinese text) only when a kept character may have case.
 */
export function lowerCaseLettersAndNumbers(text: string): string {
  let out = '';
  let run = 0;
  let cased = false;
  for (let i = 0, n = text.length; i < n; ) {
    const cp = text.codePointAt(i)!;
    // A unified ideograph (most characters of a Chinese sentence): a letter, caseless, kept; no call made.
    if (cp >= 0x4e00 && cp <= 0x9fa5) {
      i++;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    if (!isLetterOrNumber(cp)) {
      if (run < i) out += text.slice(run, i);
      run = i + width;
    } else if (!cased && !isCaseless(cp)) cased = true;
    i += width;
  }
  const kept = run === 0 ? text : out + text.slice(run);
  return cased ? kept.toLowerCase() : kept;
}

/** text.toLowerCase(), which is slow on Chinese text, called only when a character of the text may have case. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A unified ideograph, without a call.
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (!isCaseless(c)) return text.toLowerCase();
  }
  return text;
}

/** Characters toLowerCase leaves as they are, in ranges checked one by one: ASCII but A–Z, CJK, Hangul syllables. */
function isCaseless(cp: number): boolean {
  return (cp < 0x80 && !(cp >= 0x41 && cp <= 0x5a)) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff);
}

/** How many characters of the text /\p{sc=Han}/gu matches, counted without building the array of matches. */
export function countHanScript(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (isHanScriptBefore(text, i + 2)) n++;
        i++;
        continue;
      }
    }
    if (isHanScriptBefore(text, i + 1)) n++;
  }
  return n;
}

/** CJK punctuation and full-width forms: 。，、；：？！“”‘’（）《》【】… */
export function isCjkPunct(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201f) || c === 0x2026 || c === 0x2014;
}

/** Han or CJK punctuation: text written "in Chinese". */
export function isCjk(ch: string): boolean {
  return ch.length > 0 && (isHanAt(ch, 0) || isCjkPunct(ch));
}

export function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Spaces a draft may use for indentation: ASCII, tab, ideographic space, no-break space. */
export function isIndentSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

/** Punctuation that closes a sentence (a paragraph in plain text ends at one of these, then a line break). */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '…', '；', ';', '：', ':']);

/** Closing quotes and brackets that may follow a sentence end. */
export const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '"', "'"]);

/** Indentation in columns, as Markdown counts it (a tab runs to the next multiple of 4). */
export function leadingColumns(text: string): number {
  let columns = 0;
  for (const ch of text) {
    if (ch === ' ') columns++;
    else if (ch === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** Text quoted in a message: when longer than `max` UTF-16 units, its first max − 2 and … (never half a surrogate pair). */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 2;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
  return `${text.slice(0, cut)}…`;
}
