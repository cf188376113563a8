// What a figure measures and when, read from the words around it: the subject (新增学位 in 新增学位3600个,
// 学位 in 新增3600个学位, volunteers in 1,520 volunteers), the time, plan and scope qualifiers of its sentence
// (2024年, 上半年, 累计, 目标, 全市, in 2024, year-on-year), and whether it is approximate or per head.
// Every window is bounded, so describing all the figures of a paragraph stays linear in its length.

import { intern, internList } from './intern';
import words from '../data/figure-words.json';
import { alternation, codeTable, eachWordMatch, eachWordMatchByTable, startsPattern, trieAlternation, type WordsPattern } from '../patterns';
import { isHanAt, lowerCase } from './chars';
import type { Figure } from './numbers';
import { firstAt } from '../sorted';

const SUBJECT_WINDOW = 24;
const SUBJECT_WINDOW_EN = 60;
const SENTENCE_WINDOW = 80;
const AFTER_WINDOW = 30;

// Quotes and title marks are inside a clause (包含“LLaMA”关键词的项目): they do not end the subject.
const CLAUSE_BREAK = new Set([...'，,。；;：:！？!?、（）()【】|\t［］[]']);
const SENTENCE_BREAK = '。；;！？!?|';
// By character code, in a typed array (1: a break): the clause-end cursor below reads each character after a figure.
const CLAUSE_BREAK_CODES = codeTable(CLAUSE_BREAK);
/** A character of SENTENCE_BREAK, or ". " (an English sentence's end, at its space): the sentence cursor's search. */
const BREAK_AHEAD = new RegExp(`[${SENTENCE_BREAK}]|\\. `, 'g');
// By character code (text[j] of a Chinese character is a new string); a stop of two code units could not equal one.
const NOUN_STOPS = new Set([...words.nounStops].filter((c) => c.length === 1).map((c) => c.charCodeAt(0)));
const CLASSIFIERS = new Set(words.classifiers);

const APPROX_BEFORE = endings(words.approximateBefore);
const APPROX_AFTER = new RegExp(`^(?:${alternation(words.approximateAfter)})`);
/** 比上年的2870万元多出390万元: 多 before the difference compares; the base is exact (2870万元多 alone is more than it). */
const COMPARED_MORE = /^多(?:出|了)?\d/;
const APPROX_BEFORE_EN = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(words.approximateBeforeEn)})\\s*$`, 'i');
const APPROX_AFTER_EN = new RegExp(`^\\s*(?:${alternation(words.approximateAfterEn)})(?![A-Za-z])`, 'i');
const PER_UNIT = new RegExp(alternation(words.perUnit));
const PER_UNIT_EN = new RegExp(`\\b(?:${alternation(words.perUnitEn)})\\b`, 'i');
const LEADING = new RegExp(`^(?:${alternation(words.leadingFillers)})`);
const TRAILING = endings(words.trailingFillers);
const FILLERS_EN = new Set(words.fillersEn);
// Tried only where a year or a qualifier word may start (eachWordMatch), not at every position of the paragraph.
const YEAR_STARTS = ['19', '20'];
// The words gathered by their common starts (trieAlternation, perf44: the same matches, fewer tests at each position).
const QUALIFIERS = startsPattern(`(?:19|20)\\d\\d(?=\\s?年)|${trieAlternation(words.qualifiers)}`, '', [...YEAR_STARTS, ...words.qualifiers]);
const QUALIFIERS_EN = startsPattern(`\\b(?:(?:19|20)\\d\\d|${alternation(words.qualifiersEn)})\\b`, 'i', [...YEAR_STARTS, ...words.qualifiersEn]);

/**
 * 五年来，… / ——这五年，… / 过去五年，… / “十四五”时期，…: from a sentence that opens with a span of several years, the
 * paragraph is about that span (城镇新增就业265.15万人 two sentences on is the five years', not the year's 54.58万人); so is
 * the rest of a paragraph whose sentence opens with “十四五”时期是……的五年. One year (一年来) is the report's own period
 * and scopes nothing. Only a sentence's opening words are tried (after 。！？；), each once. So does a month or a span
 * of months opening a sentence (2021年2月，… / 1-2月，… in a monthly bulletin: 劣Ⅴ类断面比例为1.7% after the 2月
 * paragraph's 同比…； is February's, 1.8% in the 1-2月 paragraph the two months'), with no comma too where the month
 * is not a day's or a part of the month's (12月份共受理…, 1-12月审判质效指标…: a court's monthly figures and its
 * year-to-date ones; 12月底, 12月3日, 12月上旬 and 12月以来 are no such period).
 */
const LEAD_SPAN = /[ \t\u3000]*(?:——)?(?:(?:这|近|过去的?|前)?([两二三四五六七八九十]|[2-9]|1\d)年(?:来|以来|中|间|間|里|裡)?[，,：:]|[“"]?(十[一二三四五六]五)[”"]?(?:时期|時期|期间|期間|以来|以來)|(?:(?:19|20)\d\d年)?(\d{1,2}(?:[-－—~～至]\d{1,2})?)月份?(?:[，,]|(?![日号號底末初中上下旬份以至到\d\-－—~～])))/y;
// Where a sentence opens: the paragraph's start, and after each of these. LEAD_SPAN is tried there alone (a pattern
// that starts with (?:^|[。！？；!?;]) is tried at every position of the paragraph).
const SENTENCE_OPENER = /[。！？；!?;]/g;

interface Lead {
  /** Where the span's words end: figures after it are the span's. */
  at: number;
  word: string;
}

/** The first sentence of the paragraph that opens with a span of years, and the span (五年来, 十四五). */
function leadSpan(text: string): Lead | undefined {
  LEAD_SPAN.lastIndex = 0;
  let m = LEAD_SPAN.exec(text);
  for (SENTENCE_OPENER.lastIndex = 0; !m && SENTENCE_OPENER.test(text); ) {
    LEAD_SPAN.lastIndex = SENTENCE_OPENER.lastIndex;
    m = LEAD_SPAN.exec(text);
  }
  if (!m) return yearLead(text);
  if (m[3]) return { at: m.index + m[0].length, word: `${m[3].replace(/[－—~～至]/, '-')}月` };
  return { at: m.index + m[0].length, word: m[2] ?? `${m[1].replace('两', '二')}年来` };
}

/**
 * 2023年，学校持续加强队伍建设。学校有教职工140人……: a year opening the paragraph is the year of all its figures,
 * unless a later sentence opens with a year of its own (2023年，……。2024年，……: each sentence its year).
 */
const YEAR_LEAD = /[ \t\u3000]*((?:19|20)\d\d)年(?:度|全年)?[，,]/y;
const LATER_YEAR = /[。！？；!?;]\s*(?:19|20)\d\d年/;

function yearLead(text: string): Lead | undefined {
  YEAR_LEAD.lastIndex = 0;
  const m = YEAR_LEAD.exec(text);
  if (!m || LATER_YEAR.test(text)) return undefined;
  return { at: m.index + m[0].length, word: m[1] };
}

/**
 * 东城镇：全镇教育资源持续优化。现有学校12所…… · 在城区，……: a place opening the paragraph is the place of all its
 * figures (学校12所 of 东城镇 and 学校15所 of 西城镇 are two counts), unless a later sentence opens with a place of its
 * own (城区：新建学校3所；农村：新建学校5所: each its place). Not the body's own whole (全县, 本市, 我镇) or each of
 * several (各镇).
 */
const PLACE_LEAD = /[ \t\u3000]*在?(\p{sc=Han}{0,6}?(?:街道|社区|城区|农村|片区|园区|开发区|镇|乡|村|县|区|市))(?:方面)?[，,：:]/uy;
const LATER_PLACE = /[。！？；!?;]\s*在?\p{sc=Han}{0,6}?(?:街道|社区|城区|农村|片区|园区|开发区|镇|乡|村|县|区|市)(?:方面)?[，,：:]/u;
const NOT_A_PLACE = /^(?:全|本|我|该|該|各|每|其|城市)/;

function placeLead(text: string): Lead | undefined {
  PLACE_LEAD.lastIndex = 0;
  const m = PLACE_LEAD.exec(text);
  if (!m || NOT_A_PLACE.test(m[1]) || LATER_PLACE.test(text.slice(m[0].length))) return undefined;
  return { at: m.index + m[0].length, word: m[1] };
}

/** 免疫规划, 计划生育: names that hold a qualifier word (规划, 计划) and are not that qualifier. */
const QUALIFIER_NAMES = new RegExp(alternation(words.qualifierNames), 'g');

/** The text with each qualifier name blanked out, character for character (offsets unchanged). */
export function withoutQualifierNames(text: string): string {
  return text.replace(QUALIFIER_NAMES, (m) => '＿'.repeat(m.length));
}

/**
 * 制定《民族团结进步示范创建三年行动计划（2025—2027年）》，全县共建成示范单位46个: the words of a document's title
 * (计划, 2027) name that document, not the time or plan of the figures after it. Blanked, of the same length.
 */
function withoutTitles(text: string): string {
  if (!text.includes('《')) return text;
  return text.replace(/《[^《》\n]{1,60}》/g, (m) => `《${'＿'.repeat(m.length - 2)}》`);
}

/** The qualifier words of one paragraph, found in one pass each for Chinese and English, looked up by window. */
export class QualifierIndex {
  private zhMatches?: Match[];
  private enMatches?: Match[];
  private lead?: Lead | null;
  private place?: Lead | null;
  // Figures come in text order, so sentence starts and clause ends are found by cursors that only move forward.
  private scanned = 0;
  /** The first break at or after `scanned` (around): -1 not searched for, Infinity none. */
  private ahead = -1;
  private lastBreak = -1;
  private lastBreakEn = -1;
  private clauseEnd = -1;
  private clauseWindowed = false;
  constructor(private readonly text: string) {}

  // Found on first use: a paragraph without figures never looks for qualifiers.
  private get zh(): Match[] {
    return (this.zhMatches ??= allMatches(QUALIFIERS, withoutTitles(withoutQualifierNames(this.text)), true));
  }

  private get en(): Match[] {
    return (this.enMatches ??= allMatches(QUALIFIERS_EN, this.text));
  }

  /** Qualifiers in the sentence before [from, to) and in the rest of its clause, sorted, each once. */
  around(from: number, to: number, english: boolean): string[] {
    const text = this.text;
    if (from < this.scanned) Object.assign(this, { scanned: 0, lastBreak: -1, lastBreakEn: -1, ahead: -1, clauseEnd: -1, clauseWindowed: false });
    // The cursors in locals while they move. Only the breaks are read, found by a native search from where the last
    // call stopped (a loop over every character ran in the interpreter in a CLI run: perf43cli); a break found at or
    // after `from` is left for a later call, which searches from `from` again.
    let lastBreak = this.lastBreak;
    let lastBreakEn = this.lastBreakEn;
    // The first break not yet read: where the search's match ends (a SENTENCE_BREAK, or the space of ". "), -1 when
    // not searched for yet, Infinity when there is none. Kept across calls, so that a paragraph is searched once.
    let at = this.ahead;
    for (let searchFrom = this.scanned; ; at = -1) {
      if (at === -1) {
        BREAK_AHEAD.lastIndex = searchFrom;
        at = BREAK_AHEAD.test(text) ? BREAK_AHEAD.lastIndex - 1 : Infinity;
      }
      const space = at !== Infinity && text.charCodeAt(at) === 32;
      if ((space ? at - 1 : at) >= from) break;
      if (space) lastBreakEn = at;
      else lastBreak = lastBreakEn = at;
      searchFrom = at + 1;
    }
    this.ahead = at;
    const scanned = Math.max(this.scanned, from);
    this.scanned = scanned;
    this.lastBreak = lastBreak;
    this.lastBreakEn = lastBreakEn;
    const start = Math.max(from - SENTENCE_WINDOW, (english ? this.lastBreakEn : this.lastBreak) + 1, 0);
    // Kept while it is a clause's end (a break, or the text's): a search the window stopped says nothing past it, and a
    // later figure's own window may reach further (a qualifier 31 characters after the first figure of a long clause).
    if (this.clauseEnd < to || this.clauseWindowed) {
      let e = to;
      while (e < text.length && e - to < AFTER_WINDOW && CLAUSE_BREAK_CODES[text.charCodeAt(e)] !== 1) e++;
      this.clauseEnd = e;
      this.clauseWindowed = e < text.length && CLAUSE_BREAK_CODES[text.charCodeAt(e)] !== 1;
    }
    let end = Math.min(this.clauseEnd, to + AFTER_WINDOW);
    // "1,412 new students against a target of 1,300": the words of a comparison after the figure are the other figure's.
    if (english) {
      const comparison = COMPARISON_EN.exec(text.slice(to, end));
      if (comparison) end = to + comparison.index;
    }
    const matches = english ? this.en : this.zh;
    let found: Set<string> | undefined;
    for (let pass = 0; pass < 2; pass++) {
      const a = pass === 0 ? start : to;
      const b = pass === 0 ? from : end;
      for (let i = lowerBound(matches, a); i < matches.length && matches[i].start < b; i++) if (matches[i].end <= b) (found ??= new Set()).add(matches[i].word);
    }
    if (!english) {
      // Found on first use, like the qualifier words.
      if (this.lead === undefined) this.lead = text.includes('年') || text.includes('五') || text.includes('月') ? (leadSpan(text) ?? null) : null;
      if (this.lead && from >= this.lead.at) (found ??= new Set()).add(this.lead.word);
      if (this.place === undefined) this.place = placeLead(this.text) ?? null;
      if (this.place && from >= this.place.at) (found ??= new Set()).add(this.place.word);
    }
    // Most figures have none: they share one empty list.
    // Kept with the figure: one list of each in a lint (intern.ts; a draft repeats its years and periods).
    return found ? internList([...found].sort()) : NONE;
  }
}

const NONE: string[] = [];
const COMPARISON_EN = /\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than)\b/i;

interface Match {
  start: number;
  end: number;
  word: string;
}

function allMatches(pattern: WordsPattern, text: string, byTable = false): Match[] {
  const out: Match[] = [];
  (byTable ? eachWordMatchByTable : eachWordMatch)(pattern, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, word: lowerCase(m[0]) }));
  return out;
}

function lowerBound(matches: Match[], at: number): number {
  return firstAt(matches, (m) => m.start >= at);
}

/**
 * Words a text may end with, and by the code of each one's last character, bit k − 1 for a word of k ≤ 4 characters
 * (a Map of a few dozen numbers, not a 64 KB table in each thread).
 */
interface Endings {
  words: Set<string>;
  last: Map<number, number>;
}

function endings(list: readonly string[]): Endings {
  const last = new Map<number, number>();
  for (const w of list) if (w.length >= 1 && w.length <= 4) last.set(w.charCodeAt(w.length - 1), (last.get(w.charCodeAt(w.length - 1)) ?? 0) | (1 << (w.length - 1)));
  return { words: new Set(list), last };
}

/**
 * The length of the longest word of `words` (up to four characters) that `text` ends with; 0 for none. Only the
 * lengths of words that end with the text's last character are sliced and looked up (most figures: none).
 */
function endingIn(text: string, { words, last }: Endings): number {
  const bits = text.length ? (last.get(text.charCodeAt(text.length - 1)) ?? 0) : 0;
  if (bits === 0) return 0;
  for (let k = Math.min(4, text.length); k >= 1; k--) if ((bits & (1 << (k - 1))) !== 0 && words.has(text.slice(text.length - k))) return k;
  return 0;
}

/**
 * 约, 近, 超过 before a figure make it approximate; so does 数 or 几 standing alone (数10万), but not the 数 that ends a
 * noun (期末用工人数24.6万人, 户数, 次数, 总数): that names what is counted.
 */
const COUNT_NOUN_END = /\p{sc=Han}[数數]$/u;
const NOT_NOUN_BEFORE = /(?:有|达|達|约|約|近|逾|为|為|是|了|共|计|計|至|到|的)[数數]$/;

/** 签约258.6亿元, 节约资金, 履约: 约 that ends a word (to sign, to save) and says nothing of the figure after it. */
const YUE_IN_WORD = /(?:签|簽|节|節|预|預|制|契|条|條|公|集|履|违|違|合|邀|赴|践|踐)[约約]$/;

function approximateBefore(tail: string): boolean {
  const k = endingIn(tail, APPROX_BEFORE);
  if (k === 0) return false;
  if (k === 1 && YUE_IN_WORD.test(tail)) return false;
  return !(k === 1 && COUNT_NOUN_END.test(tail) && !NOT_NOUN_BEFORE.test(tail));
}

const PER_SLASH = /^[/／每]/;
const WHITE_SPACE_RUN = /\s+/g;
/** Fills in a figure's subject, qualifiers, and the approximate and per-head flags its context shows. */
export function describeFigure(f: Figure, previous: Figure | undefined, qualifiers: QualifierIndex): void {
  const text = f.paragraph.text;
  const end = f.offset + f.length;
  const english = isEnglishAround(text, f.offset, end);
  const floor = previous ? previous.offset + previous.length : 0;
  const start = clauseStart(text, f.offset, Math.max(floor, f.offset - (english ? SUBJECT_WINDOW_EN : SUBJECT_WINDOW)), english);
  const before = text.slice(start, f.offset);
  f.subjectStart = start;
  const afterText = text.slice(end, end + AFTER_WINDOW);

  if (english) {
    if (APPROX_BEFORE_EN.test(before) || APPROX_AFTER_EN.test(afterText)) f.approximate = true;
    if (PER_UNIT_EN.test(before) || /^\s*(?:per|each|a head)\b/i.test(afterText)) f.perUnit = true;
    const kept = (before.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !FILLERS_EN.has(w));
    if (f.dimension === 'count') kept.push(f.unit);
    f.subject = kept.join(' ');
  } else {
    const tail = before.trimEnd();
    if (approximateBefore(tail) || (APPROX_AFTER.test(afterText) && !COMPARED_MORE.test(afterText))) f.approximate = true;
    if (perUnitWords(before) || PER_SLASH.test(afterText)) f.perUnit = true;
    f.subject = stripFillers(before.replace(WHITE_SPACE_RUN, '').replace(ALTERNATIVE_IN_NAME, '')) + countedNoun(f, text, end);
  }
  f.qualifiers = qualifiers.around(f.offset, end, english);
  // One copy of each in a lint (intern.ts): kept with the paragraph's figures, and a draft repeats its units and subjects.
  f.subject = intern(f.subject);
  f.unit = intern(f.unit);
}

/**
 * 人均, 平均, 单位面积: a rate per something. 单位 only where it opens a measure (单位GDP能耗, 单位面积产量), not where
 * it names an organisation (法人单位6,820户, 成员单位12家).
 */
const PER_UNIT_MEASURE = /(?:单位|單位)(?:GDP|地区生产总值|地區生產總值|国内生产总值|國內生產總值|增加值|产值|產值|面积|面積|耕地|土地|能耗|产品|產品|重量|体积|體積|时间|時間|成本|人口|建设用地|建設用地)/;

function perUnitWords(before: string): boolean {
  const m = PER_UNIT.exec(before);
  if (!m) return false;
  if (m[0] !== '单位' && m[0] !== '單位') return true;
  return PER_UNIT_MEASURE.test(before) || PER_UNIT.test(before.replace(/单位|單位/g, ''));
}

/** Han characters within a few places on either side decide the language of the figure's words. */
function isEnglishAround(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from - 6); i < Math.min(text.length, to + 6); i++) {
    const c = text.charCodeAt(i);
    // Han, CJK punctuation and full-width forms (surrogate pairs are Han extensions).
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xd840 && c <= 0xd87f) || (c >= 0x2018 && c <= 0x201f) || c === 0x2026 || c === 0x2014) return false;
  }
  return true;
}

/** Where the clause holding the figure starts, no earlier than `floor`. English also breaks at " and ". */
/** A bracketed abbreviation of the measure just named: （GDP）, （CPI）. */
const NAMED_ABBREVIATION = /[（(][A-Z][A-Za-z]{1,7}[）)]$/;
/** 小（1）型, 二（3）班: the bracketed ordinal inside a name, with the Han character before it. */
const ORDINAL_IN_NAME = /(?<=[\u4e00-\u9fff])[（(](?:\d{1,2}|[一二三四五六七八九十])[）)]$/;

/**
 * 服务站（中心）, 托育机构（园）: another name in brackets right after a name (Han characters only, four at most) names the
 * same things; the clause goes on before it. Not what widens or narrows it (（含开发区）, （不含…）, （其中…）).
 */
const ALTERNATIVE_IN_NAME = /(?<=[\u4e00-\u9fff]{2})[（(](?!含|不含|包括|包含|除|扣除|其中|下同|暂|暫|未|已|合计|合計|共|约|約)[\u4e00-\u9fff]{1,4}[）)]$/;

/** 一级、二级 · 三类、四类 · 4A级、5A级: a grade, at the start of its clause, then another after 、. */
const GRADE_BEFORE = /[一二三四五六七八九十1-9A-Z]{1,3}(?:级|級|类|類|档|檔|等|星)$/;
const GRADE_AFTER = /^[一二三四五六七八九十1-9A-Z]{1,3}(?:级|級|类|類|档|檔|等|星)/;

/** The 、 at `i` joins two grades, the first opening its clause (after `floor`, a break or 其中). */
function gradesJoined(text: string, i: number, floor: number): boolean {
  if (!GRADE_AFTER.test(text.slice(i + 1, i + 6))) return false;
  const m = GRADE_BEFORE.exec(text.slice(Math.max(floor, i - 4), i));
  if (!m) return false;
  const start = i - m[0].length;
  return start === floor || CLAUSE_BREAK_CODES[text.charCodeAt(start - 1)] === 1 || /\s/.test(text[start - 1]) || text.startsWith('其中', start - 2);
}

function clauseStart(text: string, at: number, floor: number, english: boolean): number {
  for (let i = at - 1; i >= floor; i--) {
    // By character code: text[i] of a Chinese character is a new string.
    const c = text.charCodeAt(i);
    // 地区生产总值（GDP）86.42亿元: an abbreviation in brackets names the measure again; the clause goes on before it.
    if (!english && (c === 0xff09 || c === 41)) {
      const abbreviation = NAMED_ABBREVIATION.exec(text.slice(Math.max(floor, i - 9), i + 1));
      if (abbreviation) {
        i -= abbreviation[0].length - 1;
        continue;
      }
      // 小（1）型水库, 高一（3）班: a bracketed ordinal between Han characters is part of the name, not a break.
      const inName = ORDINAL_IN_NAME.exec(text.slice(Math.max(floor, i - 4), i + 1));
      if (inName && isHanAt(text, i + 1) && i - inName[0].length >= floor) {
        i -= inName[0].length - 1;
        continue;
      }
      // 全区共建成服务站（中心）126个: the other name right before the figure; the clause goes on before it.
      const alternative = i === at - 1 ? ALTERNATIVE_IN_NAME.exec(text.slice(Math.max(floor, i - 7), i + 1)) : null;
      if (alternative && i - alternative[0].length >= floor) {
        i -= alternative[0].length - 1;
        continue;
      }
    }
    // 一级、二级重度残疾人29631人: grades joined by 、 qualify one noun; the clause goes on before them (not 一级12人、二级…).
    if (c === 0x3001 && !english && gradesJoined(text, i, floor)) continue;
    if (CLAUSE_BREAK_CODES[c] === 1 && !(c === 46 && /\d/.test(text[i + 1] ?? ''))) return i + 1; // 46: .
    if (english && c === 46 && text[i + 1] === ' ') return i + 1;
    if (english && c === 32 && (text.startsWith(' and ', i - 4) || text.startsWith(' or ', i - 3))) return i + 1;
  }
  return floor;
}

const COMPOUND_START = /^(?:共有产权|共有產權|共享|共建|共同|共青|共产|共產)/;

/** 其中小学80所 → 小学; 共有学校128所 → 学校; 全年共接待游客 → 全年共接待游客 (only the ends are trimmed). */
function stripFillers(words: string): string {
  let s = words;
  for (let k = 0; k < 4; k++) {
    // 共有产权住房, 共享单车: 共 opening a compound is no filler.
    let next = COMPOUND_START.test(s) ? s : s.replace(LEADING, '');
    const trailing = endingIn(next, TRAILING);
    if (trailing > 0) next = next.slice(0, -trailing);
    if (next === s) break;
    s = next;
  }
  return s;
}

const LATIN_GRADE = /^[1-5]?[A-Z]{1,2}(?=级|級)/;
const ALL_OF_THEM_END = /全部$/;
/** 3600个学位 → 学位, 1200名教师参加培训 → 教师: the noun a classifier counts. */
function countedNoun(f: Figure, text: string, end: number): string {
  if (!CLASSIFIERS.has(f.unit) && !CLASSIFIERS.has(f.unit.slice(-1))) return '';
  let j = end;
  // A grade in Latin letters opens the noun: 36家A级旅游景区, 12家4A级景区.
  const grade = LATIN_GRADE.exec(text.slice(end, end + 4));
  if (grade) j += grade[0].length;
  while (j < text.length && j - end < 8 && isHanAt(text, j) && !NOUN_STOPS.has(text.charCodeAt(j))) j++;
  // 36家A级旅游景区全部完成…: 全部 says how many of them, not what they are.
  return text.slice(end, j).replace(ALL_OF_THEM_END, '');
}

/**
 * The words before a figure that name it as a base only to compare with: "against a target of", "compared with a plan
 * of", "versus a national average of". Such a figure is no statement of a measure, nor a whole that "Of these" opens.
 */
export const COMPARED_BASE_BEFORE_EN = /\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the|its|our|their)\s+)?(?:[a-z-]+\s+){0,2}(?:target|budget|plan|standard|benchmark|ambition|trajectory|threshold|limit|forecast|average)\s+(?:of\s+)?$/i;
