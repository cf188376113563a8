// The unit after a number: 万元, 人次, 个百分点, %, million dollars, km, volunteers. One home for the units
// (data/units.json), their dimensions and scales, so that 1.2万元 and 12000元 read as the same amount.

import data from '../data/units.json';

export interface UnitReading {
  /** The unit as written, multiplier included: 万元, 个百分点, %, million, volunteers. */
  unit: string;
  /** What it measures; figures of one dimension can be added and compared (元, 人, %, 百分点, USD, count). */
  dimension: string;
  /** Base units per written unit: 万元 → 10000, 公里 → 1000, million → 1000000. */
  scale: number;
  /** End of the unit in the text. */
  end: number;
  /** 元/人, 人/班, per student: a rate per something, not an amount. */
  perUnit: boolean;
  /** 3600余人, 3万多名, 300余万元: 余 or 多 between the number and its unit. */
  approximate?: boolean;
}

interface UnitEntry {
  unit: string;
  dim: string;
  scale?: number;
}

const UNITS = new Map<string, UnitEntry>((data.units as UnitEntry[]).map((u) => [u.unit, u]));
const MAX_UNIT = Math.max(...[...UNITS.keys()].map((u) => u.length));
const MULTIPLIERS = new Map<string, number>(Object.entries(data.multipliers));
const UNIT_WORDS = new Set(data.unitWords);
const APPROX = new Set(['余', '餘', '多']);
/** 家乡镇, 家乡村, 家鄉鎮: the classifier 家 before 乡镇 or 乡村, not the word 家乡. */
const CLASSIFIER_BEFORE_PLACE = /^家[乡鄉][镇鎮村]/;
/** Characters a unit, a multiplier or 余/多 can start with: anything else is rejected at once. */
const UNIT_FIRST = new Set([...UNITS.keys(), ...MULTIPLIERS.keys(), ...APPROX].map((w) => w[0]));
const NOT_AFTER_DECIMAL = new Set(data.notAfterDecimal);

/**
 * By the code of a word's first character, bit k − 1 set when some word of k characters (k ≤ 8) starts with it: a
 * length without its bit is not looked up (each look-up is a new string and a hash). Every figure reads its unit.
 * Longer words are always looked up (mayBe). Maps of a few hundred numbers, not 64 KB tables in each thread.
 */
function lengthsByFirst(words: Iterable<string>): Map<number, number> {
  const table = new Map<number, number>();
  for (const w of words) if (w.length >= 1 && w.length <= 8) table.set(w.charCodeAt(0), (table.get(w.charCodeAt(0)) ?? 0) | (1 << (w.length - 1)));
  return table;
}
function mayBe(lengths: number, len: number): boolean {
  return len > 8 || (lengths & (1 << (len - 1))) !== 0;
}
const UNIT_LENGTHS = lengthsByFirst(UNITS.keys());
const MULTIPLIER_LENGTHS = lengthsByFirst(MULTIPLIERS.keys());
/** UNIT_FIRST by character code (text[at] of a Chinese character is a new string). */
const UNIT_FIRST_CODES = new Set([...UNIT_FIRST].map((c) => c.charCodeAt(0)));
const EN = data.english;
const EN_SCALES = new Map<string, number>(Object.entries(EN.scales));
const ATTACHED_SCALES = new Set(EN.attachedScales);
const CURRENCY_WORDS = new Map<string, string>(Object.entries(EN.currencyWords));
const MEASURES = new Map<string, string>(Object.entries(EN.measures));
const MEASURE_SCALES = new Map<string, number>(Object.entries(EN.measureScales));
const NOUNS = new Set(EN.nouns);
/** schoolchildren, townspeople, firemen: a compound whose last part is a plural without an s (not specimen, regimen). */
const NOUN_ENDING = new RegExp(`^[a-z]{2,}(?:${EN.nounEndings.join('|')})$`);
const NOT_NOUN_ENDINGS = new Set(EN.notNounEndings);
/**
 * category 2, Scope 1 and 2, Bands 5 to 7: a label the number names (the run of numbers after it too), at the end of
 * the text before a number.
 */
const LABEL_RUN = String.raw`\s+(?:\d{1,2}[a-z]?\s*(?:,|and|or|&|/|-|–|to)\s*)*`;
const LABEL_BEFORE_NUMBER = new RegExp(`(?:^|[^A-Za-z])(?:${EN.labels.join('|')})${LABEL_RUN}$`, 'i');
const CAPITAL_LABEL_BEFORE_NUMBER = new RegExp(`(?:^|[^A-Za-z])(?:${EN.labelsCapitalised.join('|')})${LABEL_RUN}$`);

/** Is the number ending at `at` named by a label before it (category 2, Scope 1 and 2)? */
function labelledNumber(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && /[\d,.]/.test(text[start - 1])) start--;
  // Only a number of one or two digits names a kind (category 2, Bands 5 to 7), not "at this stage 1,200 people".
  if (!/^\d{1,2}$/.test(text.slice(start, at))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const label = LABEL_BEFORE_NUMBER.exec(before) ?? CAPITAL_LABEL_BEFORE_NUMBER.exec(before);
  // "At this stage 40 people had applied", "in each category 12 schools": the label word is a noun of its own there.
  return label !== null && !DETERMINER_END.test(before.slice(0, label.index + 1));
}

/** this, that, each, every, which… ending the text before a label word: the word is a noun there, no label. */
const DETERMINER_END = /\b(?:this|that|these|those|each|every|which|what|any|same|next|last|first|final|early|earlier|later|current|present|one|another|either|neither|whatever|such)\s+$/i;

/** A label and its numbers at `i` (category 2 , Scope 1 and 2 ): the end of the run, or -1. */
const LABEL_AT = new RegExp(`^(?:${EN.labels.join('|')})\\s+\\d{1,2}[a-z]?(?:\\s*(?:,|and|or|&|/|-|–|to)\\s*\\d{1,2}[a-z]?)*(?= [a-z])`, 'i');
export const CURRENCY_SYMBOLS = new Map<string, string>(Object.entries(EN.currencySymbols));
export const CURRENCY_CODES = new Map<string, string>(Object.entries(EN.currencyCodes));

/** " (FTEs)", " (YP)": capitals in brackets right after a counted noun (two or more, an s allowed). */
const NOUN_ABBREVIATION = /^ ?\((?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z&]{1,9}\)/;

/** Words that follow a number without being what it counts (1,520 of, 30 in total, 12 were). */
const EN_STOP = new Set(
  ('a an the of in on at to for from by with and or but nor as than that this these those which who whom whose ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'per each every more less most least over under about around up down out off into onto across through ' +
    'percent per cent its their our his her it they we he she you i total respectively compared versus vs ' +
    'yes plus minus times thus various previous serious anonymous famous numerous enormous continuous')
    .split(' '),
);

/**
 * The unit of a Chinese figure at `at` (after its digits): an optional multiplier (万, 亿), then a unit from
 * the list, longest first. `decimal`: the number had a decimal point (3.2节 is a section, not 3.2 lessons).
 */
export function readChineseUnit(text: string, at: number, decimal: boolean): UnitReading | undefined {
  if (!UNIT_FIRST_CODES.has(text.charCodeAt(at))) return undefined;
  let scale = 1;
  let i = at;
  let multiplier = '';
  let approximate = false;
  if (isAbout(text, i)) {
    approximate = true;
    i++;
  }
  const multiplierLengths = MULTIPLIER_LENGTHS.get(text.charCodeAt(i)) ?? 0;
  for (let len = 2; len >= 1; len--) {
    // The length of the slice below (shorter at the text's end).
    const have = Math.min(len, text.length - i);
    if (have < 1 || !mayBe(multiplierLengths, have)) continue;
    const m = MULTIPLIERS.get(text.slice(i, i + len));
    // 286.4千克, 3千米, 12千瓦时: a unit that starts with the multiplier's character is the unit, not 千 × 克.
    if (m !== undefined && !startsLongerUnit(text, i, len)) {
      scale = m;
      multiplier = text.slice(i, i + len);
      i += len;
      break;
    }
  }
  if (multiplier && !approximate && isAbout(text, i)) {
    approximate = true;
    i++;
  }
  const unitLengths = UNIT_LENGTHS.get(text.charCodeAt(i)) ?? 0;
  for (let len = Math.min(MAX_UNIT, text.length - i); len >= 1; len--) {
    if (!mayBe(unitLengths, len)) continue;
    const word = text.slice(i, i + len);
    const entry = UNITS.get(word);
    if (!entry) continue;
    // 3所属学校, 一次性: the character starts another word. A multiplier before it settles it (3万名).
    // (36家乡镇卫生院: 家 then 乡镇 — after a number 家乡 before 镇 or 村 is no hometown.)
    if (!multiplier && len === 1 && UNIT_WORDS.has(text.slice(i, i + 2)) && !CLASSIFIER_BEFORE_PLACE.test(text.slice(i, i + 3))) break;
    // 3.2节 is a section; 9.65万条 (a multiplier between) is a count.
    if (decimal && !multiplier && NOT_AFTER_DECIMAL.has(word)) return undefined;
    const end = i + len;
    return { unit: multiplier + word, dimension: entry.dim, scale: scale * (entry.scale ?? 1), end, perUnit: isPerUnit(text, end), approximate };
  }
  // 1.2万, 3.5亿: a multiplier alone counts whatever the sentence counts.
  if (multiplier) return { unit: multiplier, dimension: '', scale, end: i, perUnit: isPerUnit(text, i), approximate };
  return undefined;
}

/** A unit of the list longer than `len` starts at `i` (千克 where 千 alone would be a multiplier). */
function startsLongerUnit(text: string, i: number, len: number): boolean {
  const lengths = UNIT_LENGTHS.get(text.charCodeAt(i)) ?? 0;
  for (let k = Math.min(MAX_UNIT, text.length - i); k > len; k--) if (mayBe(lengths, k) && UNITS.has(text.slice(i, i + k))) return true;
  return false;
}

/** The characters a Chinese unit, multiplier or 余/多 starts with. */
export function unitFirstCharacters(): string[] {
  return [...UNIT_FIRST];
}

/** 余 or 多 before a multiplier or unit: 3600余人, 3万多名. */
function isAbout(text: string, i: number): boolean {
  return APPROX.has(text[i]) && (MULTIPLIERS.has(text[i + 1]) || UNITS.has(text[i + 1]) || UNITS.has(text.slice(i + 1, i + 3)));
}

/** 3.2节, 4.1条: a section number, not a quantity. */
export function isSectionNumber(text: string, num: { decimals: number; end: number }): boolean {
  return num.decimals > 0 && NOT_AFTER_DECIMAL.has(text[num.end] ?? '');
}

/** 元/人, 元/生·年, 人/班, 元每人: the unit is divided by another. */
function isPerUnit(text: string, end: number): boolean {
  const c = text[end];
  return (c === '/' || c === '／' || c === '每') && /[\p{sc=Han}A-Za-z]/u.test(text[end + 1] ?? '');
}

/** A unit glued to the digits: 3.4k, $2bn, $1.8m, 3pp, 12km. */
export function attachedUnit(text: string, at: number, currency: string | undefined): UnitReading | undefined {
  let j = at;
  while (j < text.length && j - at < 3 && /[A-Za-z]/.test(text[j])) j++;
  if (/[A-Za-z0-9]/.test(text[j] ?? '')) return undefined;
  const word = text.slice(at, j);
  // $1.8m, $2M, £3B: after a currency sign m and B are million and billion (elsewhere 5m is five metres).
  if (ATTACHED_SCALES.has(word) || (currency && (word === 'm' || word === 'M' || word === 'B'))) {
    return { unit: word, dimension: currency ?? '', scale: EN_SCALES.get(word)!, end: j, perUnit: false };
  }
  // 3.1x, 2.6x: a multiple, read as the bare number "3.1 times" is (not x86 or 4x4, which run on into letters or digits).
  if (word === 'x' && !currency) return { unit: 'x', dimension: '', scale: 1, end: j, perUnit: false };
  const measure = currency ? undefined : MEASURES.get(word);
  if (measure && word.length > 1) return { unit: word, dimension: measure, scale: MEASURE_SCALES.get(word) ?? 1, end: j, perUnit: false };
  return undefined;
}

/** After pp: a page number or a range of pages (pp 19–27, pp. 7-19), which makes pp pages. */
const PAGES_AFTER = /^\.?[ \t]*\d{1,4}(?:[ \t]*[-–—][ \t]*\d{1,4})?(?![\d%.,]\d|[%])/;

/** Reads English words after a number: a scale (million), a currency (dollars), a measure (km, percent) or a noun. */
export function readEnglishUnit(text: string, at: number, currency: string | undefined): UnitReading | undefined {
  let i = at;
  let scale = 1;
  let unit = '';
  let word = wordAt(text, skipSpace(text, i));
  if (word && EN_SCALES.has(word.text) && word.text.length > 1) {
    scale = EN_SCALES.get(word.text)!;
    unit = word.text;
    i = word.end;
    word = wordAt(text, skipSpace(text, i));
  } else if (currency && word && (word.text === 'm' || word.text === 'M' || word.text === 'B') && word.start === at) {
    // $1.8m, $2M, $3B: only straight after a currency amount.
    scale = EN_SCALES.get(word.text)!;
    unit = word.text;
    i = word.end;
    word = wordAt(text, skipSpace(text, i));
  }
  // 48,200 tCO2e, 1.2 MtCO2e: a unit with digits in it, which the word reader stops inside.
  const co2 = !currency && word ? /^[kM]?tCO2e?(?![A-Za-z0-9])/.exec(text.slice(word.start, word.start + 8)) : null;
  if (co2 && MEASURES.has(co2[0].endsWith('e') ? co2[0] : `${co2[0]}e`)) {
    const key = co2[0].endsWith('e') ? co2[0] : `${co2[0]}e`;
    return done(co2[0], MEASURES.get(key)!, word!.start + co2[0].length, MEASURE_SCALES.get(key));
  }
  if (word) {
    const lower = word.text.toLowerCase();
    const two = wordAt(text, skipSpace(text, word.end));
    const pair = two ? `${lower} ${two.text.toLowerCase()}` : '';
    if (MEASURES.has(pair)) return done(pair, MEASURES.get(pair)!, two!.end, MEASURE_SCALES.get(pair));
    if (CURRENCY_WORDS.has(lower) && !currency) return done(word.text, CURRENCY_WORDS.get(lower)!, word.end);
    // Population Trends 131 pp 19–27, vol. 12, pp. 7-19: pp before a page or a range of pages is pages, not points.
    if (lower === 'pp' && PAGES_AFTER.test(text.slice(word.end, word.end + 16))) return unit ? { unit, dimension: '', scale, end: i, perUnit: false } : undefined;
    if (MEASURES.has(word.text) || MEASURES.has(lower)) return done(word.text, MEASURES.get(word.text) ?? MEASURES.get(lower)!, word.end, MEASURE_SCALES.get(word.text) ?? MEASURE_SCALES.get(lower));
    // 5 points after a gain of / up: the model calls them points; the percent rules read them as percentage points.
    if (lower === 'points' || lower === 'point') return done(word.text, 'points', word.end);
    if (!currency && !labelledNumber(text, at)) {
      const noun = countNoun(text, word.start);
      if (noun) {
        // 112 first-time entrants (FTEs), 40 young people (YP): an abbreviation in brackets names the noun again, as
        // 地区生产总值（GDP） does; the words after it are the figure's, not the abbreviation's.
        const abbreviation = NOUN_ABBREVIATION.exec(text.slice(noun.end, noun.end + 16));
        const end = noun.end + (abbreviation?.[0].length ?? 0);
        return { unit: noun.text, dimension: 'count', scale, end, perUnit: /^\s+(?:per|each|a)\s+[a-z]/i.test(text.slice(end, end + 12)) };
      }
    }
  }
  if (currency) return { unit: (currency + (unit ? ` ${unit}` : '')), dimension: currency, scale, end: i, perUnit: false };
  if (unit) return { unit, dimension: '', scale, end: i, perUnit: false };
  return undefined;

  function done(written: string, dimension: string, end: number, measureScale = 1): UnitReading {
    return { unit: unit ? `${unit} ${written}` : written, dimension: currency && dimension === '' ? currency : dimension, scale: scale * measureScale, end, perUnit: false };
  }
}

/** "volunteers", "active volunteers", "new staff": the noun a number counts, within three words. */
function countNoun(text: string, at: number): { text: string; end: number } | undefined {
  let i = at;
  for (let k = 0; k < 3; k++) {
    // 41 category 2 pressure ulcers: the label and its number name the kind of what the count counts.
    const label = LABEL_AT.exec(text.slice(i, i + 40));
    if (label && !DETERMINER_END.test(text.slice(Math.max(0, i - 12), i))) {
      i += label[0].length + 1;
      continue;
    }
    const w = hyphenatedWordAt(text, i);
    if (!w) return undefined;
    const lower = w.text.toLowerCase();
    if (EN_STOP.has(lower) || w.text !== lower) return undefined;
    if (NOUNS.has(lower) || (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('ous')) || (NOUN_ENDING.test(lower) && !NOT_NOUN_ENDINGS.has(lower))) return { text: lower, end: w.end };
    // Only a single space between the words of one phrase: "3,400 new students".
    if (text[w.end] !== ' ' || !/[a-z]/.test(text[w.end + 1] ?? '')) return undefined;
    i = w.end + 1;
  }
  return undefined;
}

/** A word, or words joined by hyphens (peer-reviewed, full-time, follow-ups): one word of a noun phrase. */
function hyphenatedWordAt(text: string, i: number): { text: string; start: number; end: number } | undefined {
  let w = wordAt(text, i);
  while (w && (text[w.end] === '-' || text[w.end] === '‑') && /[A-Za-z]/.test(text[w.end + 1] ?? '')) {
    const next = wordAt(text, w.end + 1);
    if (!next) return undefined;
    w = { text: `${w.text}-${next.text}`, start: w.start, end: next.end };
  }
  return w;
}

function skipSpace(text: string, i: number): number {
  return text[i] === ' ' || text[i] === '\u00a0' ? i + 1 : i;
}

function wordAt(text: string, i: number): { text: string; start: number; end: number } | undefined {
  let j = i;
  while (j < text.length && j - i < 20 && /[A-Za-z]/.test(text[j])) j++;
  if (j === i || /[A-Za-z]/.test(text[j] ?? '')) return undefined;
  return { text: text.slice(i, j), start: i, end: j };
}
