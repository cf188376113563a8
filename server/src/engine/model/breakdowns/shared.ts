// What every breakdown reader shares: the Breakdown it returns, the word lists of more than one reader, where a
// sentence, a clause or a bracket ends, and what a figure is (a level that can be a whole, a change, a count).

import words from '../../data/breakdown-words.json';
import { alternation } from '../../patterns';
import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { familyOf, labelOf } from './kinds';

export interface Breakdown {
  paragraph: Paragraph;
  /** The whole; absent for shares of one whole, whose whole is 100%. */
  total?: Figure;
  parts: Figure[];
  /** Where the parts begin (其中, of which, the colon, the first share). */
  cueAt: number;
  /** The text says the parts are all of it: 分别为 right after the total, or a last part that is the rest (其余). */
  complete: boolean;
  /** The text says the list may leave parts out: 等, 主要, 包括, including, such as. */
  partial: boolean;
  /** Every part names a category of one kind (城区/郊区/农村, 小学/初中, men/women), or the amounts of one budget. */
  partition: boolean;
  /**
   * Parts that split the whole without overlap and so cannot add up to more than it: all the parts when they are a
   * partition, else each set of two or more parts of one kind (小学阶段…、初中阶段… beside 女童…).
   */
  groups: Figure[][];
  /** A part or the total is approximate (约, 余, about), so only a gross excess proves anything. */
  approximate: boolean;
  /** The parts ran to the end of the sentence (or bracket) with no clause of the same unit left out. */
  whole: boolean;
  /** The parts are in brackets after the total: 823名（其中文科299人…）. */
  bracketed: boolean;
  /** Whole numbers that are rounded amounts (the cells of a statement lined up with spaces): each may be off by one. */
  rounded?: boolean;
  /** The whole stands paragraphs before the parts (breakdowns/leading.ts, breakdowns/segments.ts): a finding is at the parts. */
  wholeAbove?: boolean;
  /** Each part is some of the whole, whatever the others are ("Of these, 1,310 were nurses"): none may be more than it. */
  subsets?: boolean;
  /** Read with no cue word (共…126个，东区48个、西区52个): only the sum is checked, not a rate stated after the parts. */
  sumOnly?: boolean;
  /**
   * Parts named as a loss (亏损0.47亿元, a loss of £0.47m, a deficit of £0.23m, 减少0.72万人) in a net whole of gains and
   * losses (利润总额, net result): subtracted from the others, not added.
   */
  losses?: ReadonlySet<Figure>;
  /** A table's share column (the parts, the 100% total row): the amounts of the column they are shares of, row by row. */
  amounts?: { parts: Figure[]; total: Figure };
  /** The words of the two halves of an exhaustive pair (female/male, 城镇/农村) that the parts are: all of the whole. */
  halves?: [string, string];
}

/**
 * A breakdown whose parts split the whole without overlap (a partition, one group), read to the end (whole), exact and
 * not bracketed: what the readers that find parts without a cue word give; `more` sets the rest (complete, sumOnly…).
 */
export function partitionOf(paragraph: Paragraph, total: Figure, parts: Figure[], cueAt: number, more: Partial<Breakdown> = {}): Breakdown {
  return { paragraph, total, parts, cueAt, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, ...more };
}

/**
 * A word list of Chinese and English words as one case-blind pattern: the Chinese words anywhere, the English ones as
 * whole words.
 */
export function zhOrEnWords(list: string[]): RegExp {
  return new RegExp(`${alternation(list.filter((w) => !/^[a-z]/i.test(w)))}|\\b(?:${alternation(list.filter((w) => /^[a-z]/i.test(w)))})\\b`, 'i');
}

/** 等, 主要, 包括, including, such as: the list may leave parts out. */
export const PARTIAL = zhOrEnWords(words.partial);

/** 公共卫生服务收入, 共青团员, 中共党员: words that hold 共 or 总 without meaning "in total". */
export const NOT_PART_COMPOUND = new RegExp(alternation(words.notPartCompounds), 'g');

/** NOT_PART_COMPOUND for `test` (no `g`, so no lastIndex to carry). */
export const NOT_PART_COMPOUND_ONE = new RegExp(alternation(words.notPartCompounds));

/** The English words that make a part's clause no part (breakdown-words.json's notPartEn), as whole words. */
export const NOT_PART_EN = new RegExp(`\\b(?:${alternation(words.notPartEn)})\\b`, 'i');

/** The units of money: amounts of one budget split it. */
export const MONEY = new Set(['元', 'USD', 'EUR', 'GBP', 'CNY', 'HKD', 'JPY', 'AUD', 'CAD']);

// Where sentences and clauses end — one definition each, for every reader:
/** 。！？!?: a mark that ends a sentence wherever it stands. */
export const SENTENCE_MARK = /[。！？!?]/;
/** A sentence ends in the text tested: a SENTENCE_MARK, or a full stop before a space or the end of that text. */
export const SENTENCE_END = /[。！？!?]|\.(?:\s|$)/;
/** A sentence or a clause ends in the text tested: a SENTENCE_MARK or ；; (the characters isClauseMark tests). */
export const CLAUSE_END = /[。！？!?；;]/;
/** The text tested starts with the end of its clause (spaces aside), or is empty. */
export const CLAUSE_ENDS_HERE = /^\s*(?:[。；;！？!?]|$)/;

/** A sentence ends at `i`: 。！？!? or a full stop before a space or the end (not the point in 1.9). */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  return c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || (c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])));
}

/** `c` ends a sentence or a clause: one character of CLAUSE_END. */
export function isClauseMark(c: string): boolean {
  return c === '。' || c === '；' || c === '！' || c === '？' || c === ';' || c === '!' || c === '?';
}

/** Where the sentence that holds `at` starts, looking back at most `max` characters (endsSentenceAt). */
export function sentenceStart(text: string, at: number, max: number): number {
  let start = at;
  while (start > 0 && at - start < max && !endsSentenceAt(text, start - 1)) start--;
  return start;
}

/** A sentence ends at some i with from ≤ i < to (endsSentenceAt). */
export function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsSentenceAt(text, i)) return true;
  return false;
}

/** Where the parts end: the close of the bracket they are in, or the end of the sentence. */
export function regionEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length && i - from < 400; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      // A bracket that closes here was open before the parts: they end with it (…达到23所，其中国家级8所）).
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && endsSentenceAt(text, i)) return i;
  }
  return Math.min(text.length, from + 400);
}

/** The text without what is in brackets: 80所（其中完小50所）、 → 80所、 */
export function outsideBrackets(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Is `at` inside a bracket opened after `from`? (（全市僅300萬元）, (excluding VAT)) */
export function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** 一等奖, 二等座, 高等学校, 中等职业: 等 as a rank or a level, not "and so on". */
const RANKED = /[一二三四五六七八九十特甲乙丙]等(?=[奖獎级級次功品座])|[高中初]等/g;

/** The text with the 等 of ranks and levels taken out, so that only an 等 of "and so on" is left. */
export function unranked(text: string): string {
  return text.includes('等') ? text.replace(RANKED, '') : text;
}

/** 比上年末减少227万人 / 增长5.2%: the figure states a change, not a level. */
const CHANGE_BEFORE = /(?:增加|减少|減少|增长|增長|下降|提高|降低|上升|回落|增|减|減|多|少)了?$/;

export function isChange(text: string, f: Figure): boolean {
  return CHANGE_BEFORE.test(text.slice(Math.max(0, f.offset - 4), f.offset));
}

/** 净增 · 净减少 · 净流入 · 净迁入 · 党员净增加: a whole that is a net change, what came in less what went out. */
const NET_CHANGE = /(?:净|淨)(?:增|减|減|流入|流出|迁入|遷入|迁出|遷出)\p{sc=Han}{0,8}(?:为|為|了|达|達)?\s*$/u;

/** The figure is a net change (净增1200户): its parts are what came in and what went out, changes themselves. */
export function isNetChange(text: string, f: Figure): boolean {
  return NET_CHANGE.test(text.slice(Math.max(0, f.offset - 20), f.offset));
}

/** aged 40 to 74 · aged 65 · aged between 18 and 24: the figure after it is an age. */
export const AGED_BEFORE = /\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$/i;

export const LABEL_FIGURE_EN = /\b(?:aged|ages?|over|under|above|below)\s+$/i;

/** 共计, 共有, 合计, 总计: the words that state a figure as the whole. */
export const STATED_TOTAL_ZH = /共计|共計|共有|合计|合計|总计|總計|总共|總共|共/;

/** Ages, scores, ratios and floors do not add up (60周岁, 685分, 2倍): no total is made of them. */
const NOT_ADDITIVE = new Set(['', '%', '‰', '百分点', 'points', '岁', '分', '倍', '层']);

export function canBeTotal(f: Figure): boolean {
  return !f.perUnit && (!NOT_ADDITIVE.has(f.dimension) || evaluationScore(f));
}

/**
 * 自评得分为92.5分，其中产出指标得分48.5分、效益指标29分…: the scores of a performance evaluation's indicators add up
 * to its total score, unlike other scores (a pupil's, a town's in an assessment).
 */
export function indicatorScore(f: Figure): boolean {
  return f.dimension === '分' && familyOf(f.paragraph.text.slice(Math.max(0, f.subjectStart - 2), f.offset))?.family === 'evalIndicator';
}

function evaluationScore(f: Figure): boolean {
  if (f.dimension !== '分') return false;
  const text = f.paragraph.text;
  if (indicatorScore(f)) return true;
  const before = text.slice(Math.max(0, f.offset - 8), f.offset);
  return /(?:总得分|总分|自评得分|评价得分|绩效得分)(?:为|是|达到|共计?)?$/.test(before) && !/平均|均分|人均/.test(before);
}

/**
 * A version, not a count: Quillfeather 4.x, 4.2.1, v4, version 2, release 3.1 (not "release 12 datasets") — never the whole of "Of these" (the
 * 1,840 packages that depend on Quillfeather 4.x are the whole; look62en 09).
 */
export function versionNumber(text: string, f: Figure): boolean {
  const after = text.slice(f.offset + f.length, f.offset + f.length + 8);
  const before = text.slice(Math.max(0, f.offset - 10), f.offset);
  return /^(?:\.\d+)*\.[x*](?![a-z])/i.test(after) || /^\.\d+(?![\d%])/.test(after) || /(?:\bv\.?|\b(?:[Vv]ersion|ver\.)\s+)$/.test(before);
}

/**
 * A number that ends a period's label, not a count: the short or long second half of a year (2025–26, 2025—26,
 * 2025-2026, FY2025-26), the number of a week, period, quarter, month, round or season (week 26, period 12, weeks 14
 * to 26, matchday 30) — never the whole of "Of these" (look66en 15: "answered 214,360 calls in 2025–26. Of these, …").
 */
export function periodLabel(text: string, f: Figure): boolean {
  if (f.dimension !== '' || f.approximate || f.perUnit) return false;
  const before = text.slice(Math.max(0, f.offset - 24), f.offset);
  return /(?:^|[^\d.,])(?:19|20)\d\d\s*[–—-]\s*$|(?:FY|SY|AY)\s*\d{2,4}\s*[–—/-]\s*$/i.test(before) || PERIOD_NUMBER.test(before);
}

/** week 26, weeks 14 to 26, period 12, Q3, round 4, matchday 30, gameweek 12, term 2, phase 3, year 2 of the plan. */
const PERIOD_NUMBER = /\b(?:(?:game|match)?weeks?|wks?|periods?|quarters?|months?|rounds?|matchdays?|terms?|phases?|stages?|waves?|cycles?|sprints?|tranches?|seasons?|days?|years?)\s+(?:\d{1,3}\s*(?:to|–|—|-|and|&)\s*)?$/i;

export const countable = (f: Figure) => !f.perUnit && !f.approximate && (f.dimension === '' || f.dimension === 'count');


/**
 * "(prior year: £0.72m)", "(last year: …)", "(2024/25: £1.62m)", （上年：…）: the words in a bracket before its colon name
 * an earlier period — what follows is the comparative of the figure before, not a part of it.
 */
export const COMPARATIVE_LABEL = /[(（]\s*(?:(?:the\s+)?(?:prior|previous|preceding|last|same)\s+(?:financial\s+)?(?:year|period|quarter|month|half)|PY|LY|(?:FY\s*)?\d{4}(?:\s*[/-]\s*\d{2,4})?|上年(?:同期)?|去年(?:同期)?|上年度|同期)\s*[：:]\s*$/i;

/**
 * The figure of the sentence from `start` to the cue at `at` (clauses before a ； too) named by the noun every part ends in
 * (牵头医院医疗收入, 成员单位医疗收入 → 医疗收入; 母公司主营业务收入, 子公司主营业务收入 → 主营业务收入), where the whole read
 * from the clause is not but names another account (结余, 支出: accountNounsZh): the one whose name shares most of that
 * noun, two characters at least. -1 when the parts share no noun, the whole bears it, or no figure (or two alike) does.
 */
const ACCOUNT_NOUN_ZH = new RegExp(`(?:${alternation(words.accountNounsZh)})$`);

export function wholeNamedByParts(text: string, figures: readonly Figure[], parts: readonly Figure[], total: number, start: number, at: number): number {
  if (parts.length < 2) return -1;
  const labels = parts.map(labelOf);
  let noun = labels[0];
  for (const l of labels) while (noun !== '' && !l.endsWith(noun)) noun = noun.slice(1);
  if (!/^\p{sc=Han}{2,}$/u.test(noun) || labels.some((l) => l === noun)) return -1;
  // 责令整改213家，其中民营医疗机构156家: a whole named by what was done to some of the things the parts name keeps them.
  if (figures[total].subject.endsWith(noun.slice(-2)) || !ACCOUNT_NOUN_ZH.test(figures[total].subject)) return -1;
  const shared = (subject: string) => {
    let n = 0;
    while (n < noun.length && n < subject.length && subject[subject.length - 1 - n] === noun[noun.length - 1 - n]) n++;
    return n;
  };
  let found = -1;
  let best = 1;
  let tie = false;
  for (let j = total - 1; j >= 0 && figures[j].offset >= start; j--) {
    const f = figures[j];
    if (f.offset >= at || f.dimension !== parts[0].dimension || !canBeTotal(f) || f.approximate || isChange(text, f)) continue;
    const n = shared(f.subject);
    if (n < best) continue;
    tie = n === best && found >= 0;
    if (n > best) [found, best, tie] = [j, n, false];
  }
  return tie ? -1 : found;
}

/** Between two counts of one list a cue after the last is of: " full-time and ", " primary schools, ", " nurses and ". */
const JOINED_COUNTS_EN = /^[^.;:!?\d()]{0,40}?(?:,\s*(?:and\s+)?|\s(?:and|or|plus)\s+)$/i;

/** The counts before figures[k] joined to it by "and" or commas (31 full-time and 9 part-time staff), not parts after a colon. */
export function joinedBefore(text: string, figures: readonly Figure[], k: number): boolean {
  const total = figures[k];
  const joined = (f: Figure) => (f.dimension === total.dimension ? canBeTotal(f) : f.dimension === '' && !f.perUnit && !/^(?:19|20)\d\d$/.test(text.slice(f.offset, f.offset + f.length)));
  let h = k;
  while (h > 0 && k - h < 8 && joined(figures[h - 1]) && JOINED_COUNTS_EN.test(text.slice(figures[h - 1].offset + figures[h - 1].length, figures[h].offset))) h--;
  return h < k && !/(?:[:：]|\b(?:including|of\s+wh(?:ich|om)))\s*$/i.test(text.slice(Math.max(0, figures[h].offset - 30), figures[h].offset));
}

