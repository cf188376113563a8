// Mojibake: text whose UTF-8 bytes were read with the wrong encoding. Both round trips that Chinese and English
// drafts go through are undone byte for byte, and a stretch counts only when its bytes are valid UTF-8 again:
// UTF-8 read as GBK (化工 → 鍖栧伐) and UTF-8 read as Windows-1252 or Latin-1 (工作 → å·¥ä½œ, ’ → â€™).
// Real text never passes that test by chance over two characters (checked on the published Chinese texts, the
// corpus, TypeScript's Chinese and Japanese messages and the GBK, Big5 and Shift-JIS code tables).

import pairs from '../data/gbk-pairs.json';

export interface Misdecoded {
  start: number;
  end: number;
  /** The text the bytes were, when the whole stretch decodes (no byte lost to a ? or �). */
  intended?: string;
}

/** A piece of GBK mojibake counts when a stretch of it decodes to this many characters; shorter pieces beside it join it. */
const MIN_GBK_CHARS = 2;

/** A candidate piece; only a group of neighbouring pieces holding an anchor (a piece sure on its own) is mojibake. */
interface Piece extends Misdecoded {
  anchor: boolean;
  /** Read from a run of GBK characters (UTF-8 read as GBK), not from Windows-1252 or Latin-1. */
  gbk?: boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
let gbkBytes: Int32Array | undefined;

/** The GBK bytes (first << 8 | second) of each character that reading UTF-8 as GBK produces; built once. */
/** The GBK bytes of each character of the table, by UTF-16 code (0: not in the table); an array, not a map: it is read for every character of a line. */
function gbkTable(): Int32Array {
  if (gbkBytes) return gbkBytes;
  const first = [...range(0x81, 0xbf), ...range(0xe0, 0xef)];
  const second = [...range(0x80, 0xbf), ...range(0xe0, 0xef)];
  const table = new Int32Array(0x10000);
  pairs.rows.forEach((row, i) => {
    for (let j = 0; j < row.length; j++) if (row[j] !== '\u0000') table[row.charCodeAt(j)] = (first[i] << 8) | second[j];
  });
  return (gbkBytes = table);
}

// Windows-1252's characters for the bytes 80–9F (Latin-1 gives C1 controls there, also accepted).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CONTINUATION = `\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}`;
// UTF-8 sequences spelled in Windows-1252: a lead byte (Â…ß, à…ï, ð…ô) and its continuation bytes.
// A three-byte sequence may hold one space where its no-break space (byte A0) was turned into a plain one on the way
// (调研 → è°ƒç ” with ç, NBSP, ”): read back only when it decodes to a CJK character (latin1()).
const LATIN1_RUN = new RegExp(`(?:[\\u00c2-\\u00df][${CONTINUATION}]|[\\u00e0-\\u00ef](?:[${CONTINUATION}]{2}|[${CONTINUATION}] (?=[${CONTINUATION}\\u00c2-\\u00f4])| [${CONTINUATION}])|[\\u00f0-\\u00f4][${CONTINUATION}]{3})+`, 'g');
/** A CJK character (ideographs, their punctuation and full-width forms). */
const CJK = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]$/u;
// One sequence alone counts only when it starts as no word does: â€ (’ “ – …), â„ (™), â‚ (€, ₂ and the other subscripts), ï¼ ï½ (full-width forms),
// ã€ (。、「」), ðŸ (emoji), Â and Ã before a continuation (Ã© for é, Â  for a no-break space).
const DISTINCTIVE_ONE = /^(?:â[€„‚]|ï[¼½]|ã€|ðŸ|[ÂÃ])/;
// ” whose last byte (9D, undefined in Windows-1252) was dropped: â€ before anything else.
const LOST_QUOTE = new RegExp(`â€(?![${CONTINUATION}])`, 'g');

const LATIN1_LEAD = /[\u00c2-\u00f4]/;
/** Mojibake on one line, in column order. */
export function findMisdecoded(text: string): Misdecoded[] {
  const found: Piece[] = [];
  if (LATIN1_LEAD.test(text)) latin1(text, found);
  // GBK pieces count only in a line that has an anchor: without a Windows-1252 piece, only where a run of GBK
  // characters can hold two CJK characters' UTF-8 bytes in a row (most lines of Chinese text cannot: no run is read).
  if ((found.length > 0 || mayHoldGbkAnchor(text)) && hasGbkPair(text)) gbk(text, found);
  return joinNeighbours(text, found.sort((a, b) => a.start - b.start));
}

/**
 * Pieces apart only by a few digits, letters, spaces or lost bytes (å¹´10æœˆ, 鍖栧伐鍘? 鏀归€?) are one piece of
 * mojibake; all are kept when one of them is an anchor.
 */
function joinNeighbours(text: string, found: Piece[]): Misdecoded[] {
  const groups: Piece[] = [];
  for (const m of found) {
    const last = groups[groups.length - 1];
    const gap = last ? text.slice(last.end, m.start) : '';
    if (last && m.start >= last.end && /^[\sA-Za-z0-9.,:;%/()?\uFFFD-]{0,6}$/.test(gap)) {
      last.intended = last.intended !== undefined && m.intended !== undefined && !/[?\uFFFD]/.test(gap) ? last.intended + gap + m.intended : undefined;
      last.end = m.end;
      last.anchor ||= m.anchor;
      last.gbk &&= m.gbk;
    } else if (!last || m.start >= last.end) {
      groups.push({ ...m });
    }
  }
  // A line with one sure piece is a misdecoded line: its smaller pieces count too. A small GBK piece counts only
  // beside a sure GBK one: in 做好春节期间安全生产工作，确保ä¼šè®®顺利 the line was read as Windows-1252 and its
  // Chinese is real, so 间安 (bytes that happen to spell one rare character) is ordinary text (fa1).
  if (!groups.some((g) => g.anchor)) return [];
  const gbkLine = groups.some((g) => g.anchor && g.gbk);
  // …and only where no run of real Chinese stands between it and a sure piece: in 推动跨境电商和閫氬叧鏃舵晥, 跨境 (bytes that
  // spell one rare character) is set apart from the mojibake by 电商和, characters mojibake never holds.
  const besideSure = (k: number) => {
    for (let d = -1; d <= 1; d += 2) {
      for (let n = k + d; n >= 0 && n < groups.length; n += d) {
        const between = d < 0 ? text.slice(groups[n].end, groups[k].start) : text.slice(groups[k].end, groups[n].start);
        if (/[\u3400-\u9fff]{2}/.test(between)) break;
        if (groups[n].anchor) return true;
      }
    }
    return false;
  };
  return groups.filter((g, k) => g.anchor || !g.gbk || (gbkLine && besideSure(k))).map(({ start, end, intended }) => (intended === undefined ? { start, end } : { start, end, intended }));
}

function latin1(text: string, found: Piece[]): void {
  LATIN1_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LATIN1_RUN.exec(text))) {
    const chars = [...m[0]];
    const spaced = m[0].includes(' ');
    const bytes = chars.map((ch) => (ch === ' ' ? 0xa0 : cp1252Byte(ch)));
    const decoded = decodeUtf8(bytes);
    // Any character but a control, a private-use one or U+FFFD: a sequence spelled out byte by byte is proof enough.
    if (decoded === undefined || /[\u0000-\u009f\ue000-\uf8ff\ufffd]/.test(decoded)) continue;
    // A space read as a no-break space: only in a stretch of two CJK characters or more, every one of them CJK.
    if (spaced && ([...decoded].length < 2 || ![...decoded].every((c) => CJK.test(c)))) continue;
    const anchor = [...decoded].length >= 2 || DISTINCTIVE_ONE.test(m[0]);
    found.push({ start: m.index, end: m.index + m[0].length, intended: decoded, anchor });
  }
  LOST_QUOTE.lastIndex = 0;
  while ((m = LOST_QUOTE.exec(text))) found.push({ start: m.index, end: m.index + 2, anchor: true });
}

function cp1252Byte(ch: string): number {
  const k = CP1252_HIGH.indexOf(ch);
  return k >= 0 ? 0x80 + k : ch.charCodeAt(0);
}

/** Strict UTF-8: every sequence complete, shortest form, no surrogate; undefined otherwise. */
function decodeUtf8(bytes: number[]): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const cp = sequenceAt(bytes, i);
    if (!cp) return undefined;
    out += String.fromCodePoint(cp.value);
    i += cp.length;
  }
  return out;
}

/** The UTF-8 sequence at `i`; with `allowLost`, a lost byte may stand for a continuation byte. */
function sequenceAt(bytes: ArrayLike<number>, i: number, allowLost = false, count = bytes.length): { value: number; length: number; lost?: boolean } | undefined {
  const b = bytes[i];
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > count) return undefined;
  let value = b & (0x7f >> length);
  let lost = false;
  for (let k = 1; k < length; k++) {
    const c = bytes[i + k];
    if (c === LOST && allowLost) lost = true;
    else if (c === undefined || c < 0x80 || c > 0xbf) return undefined;
    value = (value << 6) | (c === LOST ? 0 : c & 0x3f);
  }
  if (lost) return { value, length, lost };
  const shortest = length === 2 || (length === 3 ? value >= 0x800 : value >= 0x10000);
  if (!shortest || (value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return undefined;
  return { value, length };
}

// The GBK bytes of each table character, by class: a first or second byte that is the lead byte of a three-byte UTF-8
// sequence able to spell a CJK character (E2–EF: U+2000 up), or a continuation byte (80–BF).
const FIRST_LEAD = 1;
const FIRST_CONTINUATION = 2;
const SECOND_LEAD = 4;
const SECOND_CONTINUATION = 8;
let gbkClasses: Uint8Array | undefined;

function gbkByteClasses(): Uint8Array {
  if (gbkClasses) return gbkClasses;
  const table = gbkTable();
  const classes = new Uint8Array(0x10000);
  const kind = (b: number, lead: number, continuation: number) => (b >= 0xe2 && b <= 0xef ? lead : b >= 0x80 && b <= 0xbf ? continuation : 0);
  for (let c = 0; c < 0x10000; c++) {
    if (table[c] !== 0) classes[c] = kind(table[c] >> 8, FIRST_LEAD, FIRST_CONTINUATION) | kind(table[c] & 0xff, SECOND_LEAD, SECOND_CONTINUATION);
  }
  return (gbkClasses = classes);
}

/**
 * Whether a run of GBK characters in the text may hold an anchor (a stretch of two CJK characters): their six UTF-8
 * bytes in a row, lead and two continuations twice, starting at a character's first byte (LC CL CC) or at its second
 * (·L CC LC C·). Runs with € (one byte) or ? and � (a lost byte) are not read two bytes a character: they may.
 */
function mayHoldGbkAnchor(text: string): boolean {
  const classes = gbkByteClasses();
  const LC = FIRST_LEAD | SECOND_CONTINUATION;
  const CL = FIRST_CONTINUATION | SECOND_LEAD;
  const CC = FIRST_CONTINUATION | SECOND_CONTINUATION;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    const a = classes[c];
    if (a === 0) {
      if (c === EURO || c === QUESTION || c === REPLACEMENT) return true;
      continue;
    }
    if ((a & LC) === LC && (classes[text.charCodeAt(i + 1)] & CL) === CL && (classes[text.charCodeAt(i + 2)] & CC) === CC) return true;
    if ((a & SECOND_LEAD) !== 0 && (classes[text.charCodeAt(i + 1)] & CC) === CC && (classes[text.charCodeAt(i + 2)] & LC) === LC && (classes[text.charCodeAt(i + 3)] & FIRST_CONTINUATION) !== 0) return true;
  }
  return false;
}

function hasGbkPair(text: string): boolean {
  // Two GBK-table characters in a row, cheaply: most lines of real text fail here.
  const table = gbkTable();
  for (let i = 0, last = text.length - 1; i < last; i++) if (table[text.charCodeAt(i + 1)] !== 0 && table[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/** A byte the decoder could not place, shown as ? or �: it stands for one byte we no longer know. */
const LOST = -1;
const EURO = 0x20ac;
const QUESTION = 0x3f;
const REPLACEMENT = 0xfffd;

/**
 * Runs of characters from the GBK table (€ is the lone byte 80; ? and � a lost byte), then the UTF-8 stretches in
 * their bytes: the piece from the first stretch of two or more characters to the last is mojibake.
 */
function gbk(text: string, found: Piece[]): void {
  const table = gbkTable();
  // By character code: text[j] of a Chinese character is a new string, and this reads every character of a line.
  const inRun = (c: number) => table[c] !== 0 || c === EURO || c === QUESTION || c === REPLACEMENT;
  let i = 0;
  while (i < text.length) {
    if (table[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && inRun(text.charCodeAt(j))) j++;
    const hit = gbkRun(text, i, j, table);
    if (hit) found.push(hit);
    i = j;
  }
}

// The bytes of a run and the character each came from, in buffers kept between runs: a run may be a whole paragraph
// of Chinese text (most of its characters are in the GBK table), read again on every lint.
let runBytes = new Int32Array(1024);
let runCharOf = new Int32Array(1024);

function gbkRun(text: string, from: number, to: number, table: Int32Array): Piece | undefined {
  if (runBytes.length < 2 * (to - from)) {
    runBytes = new Int32Array(4 * (to - from));
    runCharOf = new Int32Array(4 * (to - from));
  }
  const bytes = runBytes;
  const charOf = runCharOf;
  let length = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const code = c === EURO ? 0x80 : c === QUESTION || c === REPLACEMENT ? LOST : table[c];
    if (code > 0xff) {
      charOf[length] = k;
      bytes[length++] = code >> 8;
    }
    charOf[length] = k;
    bytes[length++] = code === LOST ? LOST : code & 0xff;
  }
  // Within a run, only stretches of two or more characters: a one-character coincidence in real text beside the
  // mojibake must not pull that text in. A run with no such stretch is a candidate to join a neighbour.
  const all = noStretches();
  const long = noStretches();
  utf8Stretches(bytes, length, all, long);
  const anchor = long.n > 0;
  const stretches = anchor ? long : all;
  if (stretches.n === 0) return undefined;
  const { firstStart, lastEnd } = stretches;
  const start = charOf[firstStart];
  let end = charOf[lastEnd - 1] + 1;
  // Lost bytes right after the mojibake belong to it.
  while (end < to && (text[end] === '?' || text[end] === '\uFFFD')) end++;
  // Exact when one stretch, with no lost byte, starts and ends on character boundaries.
  const exact =
    stretches.n === 1 &&
    !stretches.firstLost &&
    end === charOf[lastEnd - 1] + 1 &&
    (firstStart === 0 || charOf[firstStart - 1] !== start) &&
    (lastEnd === length || charOf[lastEnd] !== end - 1);
  return { start, end, intended: exact ? decodeStretch(bytes, firstStart, stretches.firstEnd) : undefined, anchor, gbk: true };
}

/**
 * What a run's stretches come to: how many, where the first starts and ends (and whether a byte of it was lost),
 * where the last ends. Counted, not listed: Chinese text read as GBK bytes is full of one-character stretches.
 */
interface Stretches {
  n: number;
  firstStart: number;
  firstEnd: number;
  firstLost: boolean;
  lastEnd: number;
}

const noStretches = (): Stretches => ({ n: 0, firstStart: 0, firstEnd: 0, firstLost: false, lastEnd: 0 });

function addStretch(stretches: Stretches, start: number, end: number, lost: boolean): void {
  if (stretches.n++ === 0) {
    stretches.firstStart = start;
    stretches.firstEnd = end;
    stretches.firstLost = lost;
  }
  stretches.lastEnd = end;
}

/** Byte stretches that decode to CJK text (in the first `length` bytes): all, and those of MIN_GBK_CHARS or more. */
function utf8Stretches(bytes: Int32Array, length: number, all: Stretches, long: Stretches): void {
  let start = 0;
  let count = 0;
  let started = false;
  let lost = false;
  for (let p = 0; p <= length; ) {
    const cp = p < length && bytes[p] !== LOST ? sequenceAt(bytes, p, true, length) : undefined;
    if (cp && (cp.lost || isIntendedCjk(cp.value))) {
      if (!started) {
        start = p;
        lost = false;
      }
      if (!cp.lost) count++;
      started = true;
      lost ||= cp.lost === true;
      p += cp.length;
      continue;
    }
    if (started) {
      addStretch(all, start, p, lost);
      if (count >= MIN_GBK_CHARS) addStretch(long, start, p, lost);
    }
    count = 0;
    started = false;
    p++;
  }
}

/**
 * A decoded character a Chinese text is made of, by code point: general and CJK punctuation, CJK, full-width forms
 * (U+2010 up; Latin, Greek and Cyrillic would be coincidences in GBK mojibake).
 */
function isIntendedCjk(cp: number): boolean {
  return (
    (cp >= 0x2010 && cp <= 0x203a) ||
    cp === 0x20ac ||
    cp === 0x2122 ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

/** The text of a stretch with no lost byte (every sequence in it decoded when it was found). */
function decodeStretch(bytes: Int32Array, start: number, end: number): string {
  let out = '';
  for (let p = start; p < end; ) {
    const cp = sequenceAt(bytes, p, false, end)!;
    out += String.fromCodePoint(cp.value);
    p += cp.length;
  }
  return out;
}

/**
 * 《…自律监管指引第1号?规范运作》, 《企业会计准则第14号?收入》: the ? stands for the dash (——) between a rule's number and
 * its subtitle, which a conversion to an encoding without it lost. Inside a book title, straight after 第…号, with the
 * title going on in Chinese to its 》: no question ends there (《第3号文件为什么没有落实?》 ends its title with it).
 */
const TITLE_NUMBER_END = /第\s*[0-9０-９〇零一二三四五六七八九十百]{1,4}\s*[号號]\s*$/;
const TITLE_REACH = 80;

export function lostTitleDash(text: string, at: number): boolean {
  if (text[at] !== '?') return false;
  const before = text.slice(Math.max(0, at - TITLE_REACH), at);
  const open = before.lastIndexOf('《');
  if (open < 0 || before.indexOf('》', open) >= 0 || !TITLE_NUMBER_END.test(before)) return false;
  let next = at + 1;
  if (text[next] === ' ') next++;
  if (!/\p{sc=Han}/u.test(text[next] ?? '')) return false;
  const rest = text.slice(next, next + TITLE_REACH);
  const close = rest.indexOf('》');
  return close > 0 && !rest.slice(0, close).includes('《');
}
