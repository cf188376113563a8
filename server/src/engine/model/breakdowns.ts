// Totals and their breakdowns, read from the figures of one paragraph:
//   全市共有学校128所，其中小学80所、初中36所、高中12所 · 823名（其中文科299人、理科285人、对口239人）
//   共招生4500人，分别为城区1200人、乡镇1800人、农村1500人 · 1,200 students in total, of which 700 were boys …
//   Spending totalled $3.1 million: staff $1.9 million, facilities $0.8 million and outreach $0.6 million
// and shares of one whole (城区占46.5%、郊区占38.2%、农村占21.7%; "The budget was split: salaries 64%, rent 22%").
// The model says what the text lists and what it says about the list (all of it, only some, categories of one
// kind); sum-mismatch decides what cannot add up.

import words from '../data/breakdown-words.json';
import { alternation } from '../patterns';
import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';

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
  /** The whole stands paragraphs before the parts (model/segment-breakdowns.ts): a finding is at the parts. */
  wholeAbove?: boolean;
  /** Each part is some of the whole, whatever the others are ("Of these, 1,310 were nurses"): none may be more than it. */
  subsets?: boolean;
  /** Read with no cue word (共…126个，东区48个、西区52个): only the sum is checked, not a rate stated after the parts. */
  sumOnly?: boolean;
  /** A table's share column (the parts, the 100% total row): the amounts of the column they are shares of, row by row. */
  amounts?: { parts: Figure[]; total: Figure };
}

const FAMILY_OF = new Map<string, string>();
/** Every family a word is a member of (社区: a sector, as 机关 is, and a kind of village-level unit, as 行政村 is). */
const FAMILIES_OF = new Map<string, string[]>();
for (const [family, members] of Object.entries(words.families)) {
  for (const m of members) {
    FAMILY_OF.set(m.toLowerCase(), family);
    FAMILIES_OF.set(m.toLowerCase(), [...(FAMILIES_OF.get(m.toLowerCase()) ?? []), family]);
  }
}
const FAMILY_WORDS = [...FAMILY_OF.keys()].sort((a, b) => b.length - a.length);
/** Members whose English name holds "and" (food and drink). */
const AND_MEMBERS = FAMILY_WORDS.filter((w) => /^[a-z].* and /.test(w));
const REST = new RegExp(`^(?:${alternation(words.rest)})`, 'i');
const PARTIAL = new RegExp(`${alternation(words.partial.filter((w) => !/^[a-z]/i.test(w)))}|\\b(?:${alternation(words.partial.filter((w) => /^[a-z]/i.test(w)))})\\b`, 'i');
const NOT_PART = new RegExp(alternation(words.notPart));
/** 公共卫生服务收入, 共青团员, 中共党员: words that hold 共 or 总 without meaning "in total". */
const NOT_PART_COMPOUND = new RegExp(alternation(words.notPartCompounds), 'g');
const NOT_PART_COMPOUND_ONE = new RegExp(alternation(words.notPartCompounds));
const NOT_PART_EN = new RegExp(`\\b(?:${alternation(words.notPartEn)})\\b`, 'i');
/** 应当, 必须, 不得少于, shall, at least: a clause that prescribes, as a regulation's 其中 does for a subgroup. */
const RULE = new RegExp(`${alternation(words.rules.filter((w) => !/^[a-z]/i.test(w)))}|\\b(?:${alternation(words.rules.filter((w) => /^[a-z]/i.test(w)))})\\b`, 'i');
const PARTITION_EN = new RegExp(`\\b(?:${alternation(words.partitionCuesEn)})\\b`, 'i');
const SHARE_CUES_ZH = new RegExp(alternation(words.shareCuesZh));
const SURVEY = new RegExp(alternation(words.survey), 'i');
/** 起数, 死亡人数, 金额: the measure a list item names, longest first (营业收入 before 收入). */
const MEASURE_HEAD = new RegExp(`(?:${alternation([...words.measureHeadsZh].sort((a, b) => b.length - a.length))})$`);
/** 使用A、B和C上网的比例分别为…: rates of people doing each of several things (using, owning, taking part in). */
const USE_RATES = /(?:使用|拥有|參與|参与|参加|參加|知晓|知曉|用过|用過)[^，。；;：:,]{2,40}?(?:的)?(?:比例|比重|占比|佔比|比率)(?:分别|分別)/;
/** 按支出性质分，… · 从贸易方式看，… · 按地区划分：…: the shares that follow split one whole by one criterion. */
const CLASSIFIED_BY = /(?:按|從|从)[^，。；,;：:]{1,10}(?:分|看|划分|劃分|统计|統計)[，,：:]/;
const MONEY = new Set(['元', 'USD', 'EUR', 'GBP', 'CNY', 'HKD', 'JPY', 'AUD', 'CAD']);
const VALUE_ADDED = /增加值/;

// What comes between a total and its parts: ，其中 · （其中 · ：· ，分别为 · , of which · : · (including …
// The words before the cue stay in the sentence: not past a full stop (300 teachers. Result: 340 teachers).
const CUE_ZH = /^[)）]?(?:[^。；;！？!?.\d０-９]|\.(?!\s)){0,16}?(?:[，,、]\s*)?(?:[（(]\s*)?(其中|分别为|分別為|分别是|分別是|分别用于|分別用於|[：:])/;
// …, of which · (including · : — or a verb that says the total is shared out before the colon (is allocated as
// follows:, was split three ways:).
const CUE_EN =
  /^(?:\s+in\s+total|\s+altogether|\s+overall|\s+in\s+all|\s+(?:is|was|are|were|will\s+be)\s+(?:split|divided|allocated|broken\s+down|distributed|apportioned|shared)\b[^.;:\d]{0,24}(?=:))?\s*(?:,\s*|\s+)?(?:\(\s*)?(of\s+which|of\s+whom|including|comprising|consisting\s+of|made\s+up\s+of|(?:comprise|comprises|comprised|consist\s+of|consists\s+of|consisted\s+of|(?:are|is|were|was)\s+made\s+up\s+of|(?:are|is|were|was)\s+divided\s+into|(?:are|is|were|was)\s+split\s+into|(?:(?:is|was|are|were|being)\s+)?(?:funded|financed|paid\s+for)\s+by)(?=\s+[£$€]?\d)|:|—|–)/i;
// The same cues after a phrase that places the total: in the flood plain, of which · on roll in October 2024: ·
// over the three years to 2028/29, of which (a financial year after the year)
// A span of time may hold its count: over 12 months, during the first 2 years (the count is no part).
// 2,860 people to set a quit date, of whom …: people, what they did or were, then "of whom" (which names people only).
const CUE_EN_WHOM = /^\s+(?:to|who|that|with|from|for|in|on|at|aged|living|referred|registered|supported|enrolled)\s[^.;:!?()\d,]{1,48}?,\s*(of\s+whom)/i;
const CUE_EN_PLACED = /^\s+(?:in|on|at|across|for|over|during|within)\s(?:(?:[^.;:!?()\d,]|\d{1,3}\s(?=(?:days?|weeks?|months?|quarters?|years?)\b)){1,30}?(?:\s\d{4}(?:[/-]\d\d(?:\d\d)?)?)?|\d{4}(?:[/-]\d\d(?:\d\d)?)?)(?:,\s*(of\s+which|of\s+whom)|\s*(:))/i;
// £420,000 for 2026/27 is made up of … · £1.2 million in 2025 was funded by …: the year the total is for, then a verb that
// says what the whole is made of (not "of which", which the year may end a clause before).
const CUE_EN_YEAR_MADE_OF = /^\s+(?:for|in)\s+(?:(?:the\s+)?(?:financial\s+)?year\s+)?\d{4}(?:[/-]\d\d(?:\d\d)?)?\s*,?\s+((?:is|was|are|were)\s+made\s+up\s+of|comprising|consisting\s+of|made\s+up\s+of|comprises|comprised|consists\s+of|consisted\s+of|(?:(?:is|was|are|were)\s+)?(?:funded|financed|paid\s+for)\s+by)(?=\s+[£$€]?\d)/i;
// 反馈的23个问题中，已整改到位17个… · 14个乡镇商贸中心中，新建6个、改造提升9个: the whole named, then 中 and a comma.
// The noun after the figure holds no comma or figure, so 3个月中 or 在推进过程中 after a clause is no whole.
const AMONG_ZH = /^[\p{sc=Han}“”]{1,12}?(中)[，,]/u;
const SENTENCE_END = /[。！？!?]|\.(?:\s|$)/;
/** What opens the items of an announced list after its colon: 一是, 一要, 第一，, 其一, 首先, （一）, 一、, 1. */
const ITEMS_OPEN_ZH = /^\s*(?:[一壹](?:是|要|抓|来|則|则)|第一[，,、]|其一|首先|[（(]一[）)]|一、|1[.．、](?!\d))/;
/** 9个方面工作：, 3项任务： after a figure: the figure announces a list of its own. */
const OPENS_LIST_ZH = /^[\p{sc=Han}]{0,6}[：:]/u;

/** A sentence ends at `i`: 。！？!? or a full stop before a space or the end (not the point in 1.9). */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  return c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || (c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])));
}

/** The breakdowns of one paragraph. */
export function readBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  const taken = new Set<Figure>();
  for (let k = 0; k < figures.length; k++) {
    const b = totalBreakdown(paragraph, figures, k);
    if (!b) continue;
    // A part is the total of a nested breakdown only in brackets (小学80所（其中完小50所、教学点30所））: after a comma
    // (其中党员120人，其中女性80人) the second list may count the whole again.
    if (taken.has(figures[k]) && !b.bracketed) continue;
    out.push(b);
    for (const p of b.parts) taken.add(p);
  }
  for (const b of sentenceStartBreakdowns(paragraph, figures)) if (!b.parts.some((p) => taken.has(p))) out.push(b);
  for (const b of nounAmongBreakdowns(paragraph, figures)) if (!b.parts.some((p) => taken.has(p))) out.push(b);
  for (const b of outcomeBreakdowns(paragraph, figures)) {
    // "Of the 96 new tenancies, 60 were in Oakfield, 30 in Riverside…": the outcomes say what the plain reading of the
    // same whole could not, that its parts are exclusive — also where that reading found only some of them of one kind
    // (4,020 were violence against the person, 2,880 were theft offences…: a long name cut off its label).
    // The outcomes may also say the list is all of the whole (three kinds of one family, closed by "and").
    const same = out.findIndex((o) => o.total === b.total && (!o.partition || (b.complete && !o.complete)));
    if (same >= 0) out[same] = b;
    else if (!b.parts.some((p) => taken.has(p))) out.push(b);
  }
  for (const b of labelledListBreakdowns(paragraph, figures)) if (!out.some((o) => o.total === b.total) && !b.parts.some((p) => taken.has(p))) out.push(b);
  for (const b of bandBreakdowns(paragraph, figures)) {
    // 其中亿元以上项目7个、5000万元至1亿元项目6个: the plain reading found parts of no one kind; the bands are exclusive.
    const same = out.findIndex((o) => o.total === b.total);
    if (same >= 0 && !out[same].partition) out[same] = b;
    else if (same < 0 && !b.parts.some((p) => taken.has(p))) out.push(b);
  }
  out.push(...shareBreakdowns(paragraph, figures));
  for (const b of namedShareBreakdowns(paragraph, figures)) {
    // 从投资结构看，…；第三产业投资占比为59.8%，第一产业投资占比为2.9%: a list that read only the later shares of the sentence.
    const some = out.findIndex((o) => !o.total && o.parts.every((p) => b.parts.includes(p)));
    if (some >= 0) out[some] = b;
    else if (!out.some((o) => o.parts.some((p) => b.parts.includes(p)))) out.push(b);
  }
  for (const b of sumAfterParts(paragraph, figures)) if (!out.some((o) => o.total === b.total)) out.push(b);
  // 1.06万笔、45.38亿元…其中，市中心0.82万笔、35.16亿元，县区0.32万笔、10.22亿元: each part pairs a second measure with
  // the first, as the whole does; the second is summed against its own whole too.
  for (let i = 0, n = out.length; i < n; i++) {
    const second = pairedMeasure(paragraph.text, figures, out[i]);
    if (second && !out.some((o) => o.total === second.total)) out.push(second);
  }
  // A total score splits only into the scores of an evaluation's indicators (not 城区得分96分、农村得分93分).
  return out.filter((b) => b.total?.dimension !== '分' || b.parts.every(indicatorScore));
}

/** 、死亡 between the figures of one item: 18起、死亡15人, 0.82万笔、35.16亿元. */
const PAIRED_GAP = /^\s*、\p{sc=Han}{0,4}$/u;

/** The breakdown of the second measure each item of `b` (its whole and every part) pairs with the first, if all do. */
function pairedMeasure(text: string, figures: readonly Figure[], b: Breakdown): Breakdown | undefined {
  const next = (f: Figure): Figure | undefined => {
    const q = figures[figures.indexOf(f) + 1];
    if (!q || q.dimension === f.dimension || q.dimension === '' || q.dimension === '%' || q.approximate || q.words) return undefined;
    return PAIRED_GAP.test(text.slice(f.offset + f.length, q.offset)) ? q : undefined;
  };
  const total = b.total && next(b.total);
  if (!total || b.parts.length < 2) return undefined;
  const parts: Figure[] = [];
  for (const p of b.parts) {
    const q = next(p);
    if (!q || q.dimension !== total.dimension || q.unit !== total.unit) return undefined;
    parts.push(q);
  }
  const of = (p: Figure) => parts[b.parts.indexOf(p)];
  return { ...b, total, parts, groups: b.groups.map((g) => g.map(of)), amounts: undefined };
}

/** "at the 598 inquests concluded were:": the whole's noun and a few words, then the colon (no figure, no clause end). */
const LABELLED_CUE_EN = /^\s+[a-z][a-z, -]{0,60}?(?:\s(?:were|was|are|is))?:\s*$/i;
const MEASURE_EACH_EN = /\b(?:average|mean|median|times?|rates?|scores?|per|minutes|hours|days|weeks|ratio|percentage|proportion)\b/i;
/** "; accident or misadventure ": the separator before a label, then the label's words (no figure). */
const LABEL_GAP_EN = /^\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)([A-Za-z][A-Za-z' -]{0,40}?)\s+$/;

/**
 * "Conclusions recorded at the 598 inquests concluded were: natural causes 112; accident or misadventure 204; …; open 31.":
 * after a colon that ends the whole's clause, each part is a label then its bare number, to the end of the sentence.
 * Read as a partition only where every label names a different member of one family (one conclusion per inquest), so
 * a list that may overlap says nothing; "included" or "the most common" before the colon make it partial.
 */
function labelledListBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes(':') || /\p{sc=Han}/u.test(text)) return out;
  for (let k = 0; k + 2 < figures.length; k++) {
    const total = figures[k];
    if (!countable(total)) continue;
    const next = figures[k + 1];
    const between = text.slice(total.offset + total.length, next.offset);
    const colon = between.indexOf(':');
    if (colon < 0 || !LABELLED_CUE_EN.test(between.slice(0, colon + 1))) continue;
    const cueAt = total.offset + total.length + colon + 1;
    // "Average response times at the 23 stations were:": a measure for each kind, which does not add up.
    if (MEASURE_EACH_EN.test(text.slice(Math.max(0, total.offset - 60), cueAt))) continue;
    const parts: Figure[] = [];
    const labels: string[] = [];
    let at = cueAt;
    let label = /^\s*([A-Za-z][A-Za-z' -]{0,40}?)\s+$/.exec(text.slice(at, next.offset));
    for (let j = k + 1; j < figures.length && label; j++) {
      const f = figures[j];
      // Counts only: "wholetime 12.5, day-crewed 9.8" are a measure of each kind (minutes, a rate), not its share of the whole.
      if (f.unit !== '' || f.perUnit || f.approximate || f.dimension !== '' || f.decimals > 0) break;
      parts.push(f);
      labels.push(label[1]);
      at = f.offset + f.length;
      const following = figures[j + 1];
      label = following ? LABEL_GAP_EN.exec(text.slice(at, following.offset)) : null;
    }
    if (parts.length < 3) continue;
    // The list runs to the end of the sentence: nothing but the full stop after its last number.
    if (!/^\s*(?:[.!?]|$)/.test(text.slice(at, at + 3))) continue;
    const kinds = labels.map((l) => familyOf(l.trim()));
    if (!distinctInOne(kinds)) continue;
    const partial = PARTIAL.test(text.slice(Math.max(0, total.offset - 60), cueAt)) || /\b(?:most\s+common|main|top|included|includes|include)\b/i.test(text.slice(Math.max(0, total.offset - 60), cueAt));
    out.push({ paragraph, total, parts, cueAt, complete: false, partial, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
  }
  return out;
}

// 省级示范村6个、市级示范村12个，共19个 · 小学2所、初中1所、高中1所，合计5所 · Central 210,000, Eastgate 96,000 and
// Riverside 52,000, a total of 340,000: the parts first, then the sum the text says they make.
const SUM_AFTER_ZH = /^\s*[，,]\s*(?:共|合计|合計|共计|共計|总计|總計|总共|總共|一共)[\p{sc=Han}]{0,8}?$/u;
// The last part's own words may come first: 9 in autumn, 23 in total.
// …and other costs GBP 12,640, making GBP 151,240 in total: "making" or "giving" with "in total" after the sum.
const SUM_AFTER_EN = /^(?:\s+[A-Za-z][^\d.;:!?,]{0,30})?(?:,?\s*(?:(?:a|for\s+a|making\s+a)\s+total\s+of|totall?ing|in\s+all|making|giving)\s+|,\s*)$/i;
const SUM_AFTER_EN_TAIL = /^\s+(?:in\s+total|altogether|in\s+all)\b/i;
/** What may stand between two parts: 、，and, with the next part's label; no clause end, no other number. */
const PART_GAP = /^(?!.*(?:其中|包括|包含|含|of which|of whom|including))[^。；;！？!?.:：\d]{0,24}$/;
/** In English the next part's label is words: ", instruments and equipment ". */
const PART_GAP_EN = /^(?!.*\b(?:of which|of whom|including)\b)[^;!?.:\d]{0,40}$/;

function sumAfterParts(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  for (let k = 2; k < figures.length; k++) {
    const total = figures[k];
    const last = figures[k - 1];
    const gap = text.slice(last.offset + last.length, total.offset);
    // Not 共 inside a word: 共有产权住房310套 is another part, 共建 a verb.
    const zh = SUM_AFTER_ZH.test(gap) && !NOT_PART_COMPOUND_ONE.test(gap);
    const en = !zh && SUM_AFTER_EN.test(gap) && (/\btotal|\bin all\b/i.test(gap) || SUM_AFTER_EN_TAIL.test(text.slice(total.offset + total.length)));
    if (!zh && !en) continue;
    // In English a bare number counts what the list counts (12 courses in spring and 9 in autumn, 21 in total).
    const kind = (f: Figure) => (en && f.dimension === '' && !f.perUnit ? 'count' : f.dimension);
    const adds = (f: Figure) => kind(f) === kind(total) && (canBeTotal(f) || kind(f) === 'count');
    if (total.approximate || !adds(total) || !adds(last)) continue;
    const parts = [last];
    // A list longer than any report writes is not summed (and a hostile one costs nothing per 共).
    for (let j = k - 2; j >= 0 && parts.length < 40; j--) {
      const p = figures[j];
      if (!adds(p) || !(en ? PART_GAP_EN : PART_GAP).test(text.slice(p.offset + p.length, parts[0].offset))) break;
      parts.unshift(p);
    }
    if (parts.length < 2 || parts.some((p) => p.approximate || isChange(text, p))) continue;
    const region = text.slice(parts[0].offset, total.offset);
    // The text itself says the listed parts make the total (共, 合计, a total of): they are all of it, without overlap.
    out.push({ paragraph, total, parts, cueAt: parts[0].offset, complete: true, partial: PARTIAL.test(unranked(region)) || /等/.test(unranked(region)), partition: true, groups: [parts], approximate: false, whole: true, bracketed: false });
  }
  return out;
}

/** 一等奖, 二等座, 高等学校, 中等职业: 等 as a rank or a level, not "and so on". */
const RANKED = /[一二三四五六七八九十特甲乙丙]等(?=[奖獎级級次功品座])|[高中初]等/g;

/** The text with the 等 of ranks and levels taken out, so that only an 等 of "and so on" is left. */
function unranked(text: string): string {
  return text.includes('等') ? text.replace(RANKED, '') : text;
}

/** 比上年末减少227万人 / 增长5.2%: the figure states a change, not a level. */
const CHANGE_BEFORE = /(?:增加|减少|減少|增长|增長|下降|提高|降低|上升|回落|增|减|減|多|少)了?$/;

function isChange(text: string, f: Figure): boolean {
  return CHANGE_BEFORE.test(text.slice(Math.max(0, f.offset - 4), f.offset));
}

/** "Total loans were 412,000, comprising 268,000 print items…": a bare number the words before call a total. */
function bareEnglishTotal(text: string, total: Figure): boolean {
  if (total.dimension !== '' || total.perUnit) return false;
  const words = text.slice(total.subjectStart, total.offset);
  // Or a label before a colon: "Total staff: 64, of whom 41 are full-time".
  return (
    (/\btotal\b/i.test(words) && !/\p{sc=Han}/u.test(words)) ||
    TOTAL_LABEL_EN.test(text.slice(Math.max(0, total.offset - 40), total.offset)) ||
    // Support contacts: 2,310 in total, of which …
    /^\s+(?:in\s+total|in\s+all|altogether)\b/i.test(text.slice(total.offset + total.length, total.offset + total.length + 16))
  );
}

const TOTAL_LABEL_EN = /\btotal\b[A-Za-z' -]{0,30}:\s*$/i;
/** "Of the 64 staff, 41 are full-time and 27 part-time": the whole named first, its parts after the comma. */
// "Of 420 cases, 310 …" opening its sentence: the same without the article (ofTheWhole asks for the sentence start).
const OF_THE_EN = /(?:^|[.;]\s+|\s)of\s+(?:(?:the|our|its|their|these|those|all)\s+)?$/i;

/** aged 40 to 74 · aged 65 · aged between 18 and 24: the figure after it is an age. */
const AGED_BEFORE = /\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$/i;

/** A total at figures[k] followed by its parts. */
function totalBreakdown(paragraph: Paragraph, figures: readonly Figure[], k: number): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  // 新登记市场主体1.26万户，同比增长12.3%，其中企业3,860户… · 参保人数48.62万人，参保率97.3%，其中职工16.85万人…: a
  // growth rate or a rate of the level between the level and its parts.
  const growth = !canBeTotal(total) && total.dimension === '%';
  if (!canBeTotal(total) && !growth && !bareEnglishTotal(text, total)) return undefined;
  // residents aged 40 to 74, of whom …: an age, not a count of the people.
  if (AGED_BEFORE.test(text.slice(Math.max(0, total.offset - 24), total.offset))) return undefined;
  let from = total.offset + total.length;
  // 四个“保障”：即…: a count of slogans announced in words, whose items are not parts of a quantity.
  if (total.words && /^[“"「『‘]/.test(text.slice(from, from + 1))) return undefined;
  // 脱贫户86户312人，其中…户: a count of households and of people glued together; the parts may be of either.
  const glued = figures[k + 1] !== undefined && figures[k + 1].offset === from && figures[k + 1].dimension !== total.dimension ? figures[k + 1] : undefined;
  if (glued) from = glued.offset + glued.length;
  // 56: room for a placing phrase (over the three years to 2028/29) before its cue.
  const ahead = text.slice(from, Math.min(text.length, from + 56));
  const zh = CUE_ZH.exec(ahead) ?? (canBeTotal(total) && !total.approximate ? AMONG_ZH.exec(ahead) : null);
  const en = zh ? null : CUE_EN.exec(ahead);
  // 61,000 buildings in the flood plain, of which … / 412 pupils on roll in October 2024: 198 boys and 220 girls.
  const placed = zh || en ? null : (CUE_EN_PLACED.exec(ahead) ?? CUE_EN_WHOM.exec(ahead) ?? CUE_EN_YEAR_MADE_OF.exec(ahead));
  const ofThe = zh || en || placed ? null : ofTheWhole(text, total, ahead);
  const cue = zh ?? en ?? placed ?? ofThe;
  if (!cue) return statedCommaBreakdown(paragraph, figures, k, from, glued ? k + 2 : k + 1) ?? (glued ? undefined : statusCommaBreakdown(paragraph, figures, k, from));
  // A rate that is no change stands between a level and its parts only before 其中 ("100% of which meet the
  // standard" is a share of the figure before, not a rate beside it).
  if (growth && cue[1] !== '其中' && !isChange(text, total)) return undefined;
  const cueAt = from + cue.index + cue[0].length;
  // 主要从四个方面开展工作：一是…建成区级中心1个、街道级综合体8个: a colon that opens the items of an announced list
  // (一是, 第一，, （一）) opens no breakdown of the count before it.
  if (zh && (cue[1] === '：' || cue[1] === ':') && ITEMS_OPEN_ZH.test(text.slice(cueAt, cueAt + 6))) return undefined;
  // A cue inside a later clause about another figure is not this total's: the next figure must come after it.
  let first = glued ? k + 2 : k + 1;
  if (placed) while (first < figures.length && figures[first].offset < cueAt) first++;
  else if (first < figures.length && figures[first].offset < cueAt) return undefined;
  // 年末全国人口140601万人，比上年末减少227万人，其中城镇常住人口94879万人: the parts are of the level stated
  // before the change, unless they are changes too (增加227万人，其中城镇增加…).
  let whole = k;
  if (growth) {
    const first = figures[k + 1];
    if (!first || isChange(text, first) || !canBeTotal(first)) return undefined;
    whole = sameSentenceLevel(text, figures, k, first.dimension);
    if (whole < 0) return undefined;
  } else if (isChange(text, total) && k + 1 < figures.length && !isChange(text, figures[k + 1])) {
    whole = sameSentenceLevel(text, figures, k);
    if (whole < 0) return undefined;
  }
  const english = en !== null || placed !== null || ofThe !== null;
  let b = collectParts(paragraph, figures, whole, first, cueAt, cue[0], cue[1] ?? cue[2], english);
  // 本科专业78个，涵盖工学、理学…7个学科门类，其中工学专业41个: the figure before 其中 counts what follows it (学科门类),
  // while the parts count what an earlier figure of the sentence does (专业): that one is their whole.
  if (b && zh && whole === k) {
    const earlier = earlierWholeOfParts(text, figures, k, b.parts);
    if (earlier >= 0) b = collectParts(paragraph, figures, earlier, first, cueAt, cue[0], cue[1] ?? cue[2], english);
  }
  // After words that place the total, a colon may also open something else (in March: 400 in April): only parts
  // that split it by kind (boys and girls) are its breakdown.
  if (b && placed && placed[2] !== undefined && !inOneFamily(b.parts)) return undefined;
  return b;
}

/** 全县共建成村级服务站126个，: a figure the text states as the whole, then a comma and the next clause. */
const STATED_COMMA_ZH = /^[，,]/;
/** A place named by its name and its level: 城关镇, 河口镇, 东城街道, 北山乡 (the level one for all the parts). */
const PLACE_LABEL = /^\p{sc=Han}{1,6}?(镇|鎮|乡|鄉|街道|社区|社區|村|县|縣|区|區|市)$/u;

/**
 * 全县共建成村级服务站126个，东区48个、西区52个、北区38个: no cue word, but a whole stated with 共 (共有, 共计, 合计) and
 * right after its comma parts that are members of one kind (places of one level, areas, stages) — they cannot be more
 * than it. Only a sum above the whole is read: the list may leave parts out.
 */
function statedCommaBreakdown(paragraph: Paragraph, figures: readonly Figure[], k: number, from: number, first: number): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  if (first + 1 >= figures.length || total.approximate || total.unit === '' || !STATED_COMMA_ZH.test(text.slice(from, from + 1))) return undefined;
  // 共建成 is 共 and 建成 (built in all), not the 共建 of 共建共享.
  const words = text.slice(total.subjectStart, total.offset);
  // 全县现有养老机构42家，公办18家、民办26家: what there is now (现有) is the whole stock, as 共有 says.
  const stock = STOCK_ZH.test(words);
  // 现有养老机构不少于42家: a floor, not the whole; the parts may add up to more.
  if (/(?:不少于|不少於|不低于|不低於|至少|超过|超過|多于|多於|逾)\s*$/.test(text.slice(Math.max(0, total.offset - 4), total.offset)) || /^\s*(?:以上|多)/.test(text.slice(total.offset + total.length))) return undefined;
  if (!STATED_TOTAL_ZH.test(words.replace(NOT_PART_COMPOUND, '')) && !/共(?:建成|建立|建有)/.test(words) && !stock) return undefined;
  // The first part starts the clause after the comma: its label and figure, nothing between (东区48个).
  const next = figures[first];
  if (next.dimension !== total.dimension || next.unit !== total.unit || next.subjectStart !== from + 1 && !/^[，,]\s*$/.test(text.slice(from, next.subjectStart))) return undefined;
  const b = collectParts(paragraph, figures, k, first, from + 1, '，', '，', false);
  if (!b || b.parts.length < 2 || b.parts.some((p) => p.unit !== total.unit)) return undefined;
  // Every part in a clause of the list: 、 between them, or a comma before a bare label and figure.
  for (let i = 1; i < b.parts.length; i++) if (!/^\s*[、，,]\s*\p{sc=Han}{1,8}$/u.test(text.slice(b.parts[i - 1].offset + b.parts[i - 1].length, b.parts[i].offset))) return undefined;
  const places = b.parts.map((p) => PLACE_LABEL.exec(labelOf(p)));
  const samePlaces = places.every((m) => m && m[1] === places[0]![1]) && new Set(b.parts.map(labelOf)).size === b.parts.length;
  // Each part is named by its member first (小学32所, 男党员826人): not 覆盖行政村148个, a clause of its own about the whole.
  const named = b.parts.every((p) => {
    const label = labelOf(p);
    const member = familyOf(label)?.member;
    return member !== undefined && label.length <= 8 && label.toLowerCase().startsWith(member);
  });
  if (!samePlaces && !(named && inOneFamily(b.parts, total))) return undefined;
  // 现有国家级非遗项目12项，省级28项、市级56项: a whole named by a member of its parts' family is one of them, not their whole.
  if (named && memberOfFamilyIn(words, familyOf(labelOf(b.parts[0]))?.family)) return undefined;
  return { ...b, complete: false, partition: true, groups: [b.parts], sumOnly: true };
}

/** ，办结率 · ，整改率为: a rate named after a list, before its figure. */
const RATE_AFTER_LIST_ZH = /^[，,]\s*\p{sc=Han}{2,6}率\s*(?:为|為|达到|達到|达|達|是)?\s*$/u;

/** 现有, 現有: the stock there is now, named before its figure. */
const STOCK_ZH = /现有|現有/;

/** A member of `family` opening the whole's noun after 现有 or 共有 (国家级 of 现有国家级非遗项目; not 小学 inside 中小学校). */
function memberOfFamilyIn(words: string, family: string | undefined): boolean {
  if (!family) return false;
  const noun = words.replace(/^.*(?:现有|現有|共计|共計|共有|合计|合計|总计|總計|总共|總共|共)/u, '').toLowerCase();
  return FAMILY_WORDS.some((w) => noun.startsWith(w) && (FAMILIES_OF.get(w) ?? []).includes(family));
}

/** 已全部完成整改的, 正在整改的: a status, its 全部 / 均 / 的 aside, that names a part by itself. */
function statusOf(label: string): { member: string; stage: string } | undefined {
  const status = label.replace(/^[\s、，,]+/, '').replace(/(?<=^已)(?:经)?(?:全部|均)|^(?:全部|均)(?=已)|的$/gu, '');
  if (FAMILY_OF.get(status) !== 'progress') return undefined;
  const stage = /正在|推进|推進/.test(status) ? 'ongoing' : /^(?:尚未|未)/.test(status) ? 'not' : /^(?:基本|部分|阶段|階段|需|长期|長期)/.test(status) ? 'partly' : 'done';
  return { member: status, stage };
}

/**
 * 存在问题的单位18个，已全部完成整改的15个、正在整改的4个: no cue word, but right after the whole's comma parts named by a
 * status alone (已完成整改的, 正在整改的), each at a different stage, up to the end of the clause: the statuses of that whole,
 * which one thing has only one of. Not a list that mixes other facts (约谈负责人6个) or two statuses of one stage
 * (已完成整改 and 已销号 may overlap). Only a sum above the whole is read.
 */
function statusCommaBreakdown(paragraph: Paragraph, figures: readonly Figure[], k: number, from: number): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  if (total.approximate || total.unit === '' || !canBeTotal(total) || !STATED_COMMA_ZH.test(text.slice(from, from + 1))) return undefined;
  const parts: Figure[] = [];
  const stages = new Set<string>();
  let at = from + 1;
  for (let j = k + 1; j < figures.length; j++) {
    const p = figures[j];
    const gap = text.slice(at, p.offset);
    if (parts.length > 0 && !/^[、，,]/.test(gap)) return undefined;
    // 已办结的312件、正在办理的45件，办结率87.4%。: a rate after the list, at the end of its clause, is no other fact.
    if (parts.length >= 2 && p.dimension === '%' && RATE_AFTER_LIST_ZH.test(gap) && /^\s*(?:[。；;！？!?]|$)/.test(text.slice(p.offset + p.length, p.offset + p.length + 2))) break;
    const status = statusOf(gap);
    if (!status || p.dimension !== total.dimension || p.unit !== total.unit || p.approximate || stages.has(status.stage)) return undefined;
    stages.add(status.stage);
    parts.push(p);
    at = p.offset + p.length;
    // The list ends its clause: 。 or ； (not 整改率93.8%, another fact after a comma).
    if (/^\s*(?:[。；;！？!?]|$)/.test(text.slice(at, at + 2))) break;
  }
  const ends = /^\s*(?:[。；;！？!?]|$)/.test(text.slice(at, at + 2)) || RATE_AFTER_LIST_ZH.test(text.slice(at, at + 12).split(/\d/)[0]);
  if (parts.length < 2 || !ends) return undefined;
  return { paragraph, total, parts, cueAt: from + 1, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: true };
}

/**
 * The figure earlier in the sentence that the parts are of, when the total before the cue counts something else: its
 * noun follows it (7个学科门类) and is not the noun every part ends in (工学专业41个), which an earlier figure of the same
 * unit does end in (本科专业78个). -1 when there is none: 128所学校，其中小学80所 has no other whole to offer.
 */
function earlierWholeOfParts(text: string, figures: readonly Figure[], k: number, parts: Figure[]): number {
  const total = figures[k];
  const counted = /^\p{sc=Han}{2,8}(?=[，,（(]|其中)/u.exec(text.slice(total.offset + total.length, total.offset + total.length + 12));
  const heads = new Set(parts.map((p) => labelOf(p).slice(-2)));
  if (!counted || heads.size !== 1) return -1;
  const head = [...heads][0];
  if (!/^\p{sc=Han}{2}$/u.test(head) || counted[0].includes(head)) return -1;
  for (let j = k - 1; j >= 0; j--) {
    const f = figures[j];
    if (/[。！？!?；;]/.test(text.slice(f.offset + f.length, total.offset))) return -1;
    if (f.dimension === total.dimension && canBeTotal(f) && !isChange(text, f) && f.subject.endsWith(head)) return j;
  }
  return -1;
}

/** The comma after "Of the 64 staff" opening a sentence, read as the cue of the parts that follow. */
function ofTheWhole(text: string, total: Figure, ahead: string): RegExpExecArray | null {
  if (total.dimension !== 'count') return null;
  const before = text.slice(Math.max(0, total.offset - 16), total.offset);
  const of = OF_THE_EN.exec(before);
  if (!of) return null;
  const lead = text.slice(0, total.offset - before.length + of.index).trimEnd();
  return lead === '' || /[.;:!?]$/.test(lead) ? /^(,)/.exec(ahead) : null;
}

/** The level the change at figures[k] is a change of: the figure of its dimension before it in its sentence. */
function sameSentenceLevel(text: string, figures: readonly Figure[], k: number, dimension = figures[k].dimension): number {
  for (let j = k - 1; j >= 0; j--) {
    const f = figures[j];
    if (/[。！？!?；;]/.test(text.slice(f.offset + f.length, figures[k].offset))) return -1;
    if (f.dimension === dimension && canBeTotal(f) && !isChange(text, f)) return j;
  }
  return -1;
}

/** Ages, scores, ratios and floors do not add up (60周岁, 685分, 2倍): no total is made of them. */
const NOT_ADDITIVE = new Set(['', '%', '‰', '百分点', 'points', '岁', '分', '倍', '层']);

function canBeTotal(f: Figure): boolean {
  return !f.perUnit && (!NOT_ADDITIVE.has(f.dimension) || evaluationScore(f));
}

/**
 * 自评得分为92.5分，其中产出指标得分48.5分、效益指标29分…: the scores of a performance evaluation's indicators add up
 * to its total score, unlike other scores (a pupil's, a town's in an assessment).
 */
function indicatorScore(f: Figure): boolean {
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
 * 其中 opening a sentence or a clause after ；: 收入完成38.65亿元，增长5.7%。其中，税收收入27.82亿元… The whole is the
 * first figure of the sentence before with the unit of the first part.
 */
function sentenceStartBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // Both cursors only move forward, so many 其中 in a long paragraph cost one pass over its figures.
  let first = 0;
  let k = 0;
  for (let at = text.indexOf('其中'); at > 0; at = text.indexOf('其中', at + 2)) {
    if (text[at - 1] !== '。' && text[at - 1] !== '；') continue;
    const cue = /^其中[，,：:]?/.exec(text.slice(at, at + 4))!;
    const cueAt = at + cue[0].length;
    while (first < figures.length && figures[first].offset < cueAt) first++;
    if (first >= figures.length) break;
    // The first part is the first figure that can be added up (其中，80周岁及以上高龄老人6.9万人 → 6.9万人).
    let part = first;
    while (part < figures.length && !canBeTotal(figures[part]) && figures[part].offset - cueAt < 40) part++;
    if (part >= figures.length || !canBeTotal(figures[part])) continue;
    let sentence = at - 1;
    while (sentence > 0 && at - sentence < 200 && !endsSentenceAt(text, sentence - 1) && text[sentence - 1] !== '；') sentence--;
    while (k < figures.length && figures[k].offset < sentence) k++;
    let total = k;
    while (total < figures.length && figures[total].offset < at && !(figures[total].dimension === figures[part].dimension && canBeTotal(figures[total]) && !countsGroups(text, figures, total))) total++;
    if (total >= figures.length || figures[total].offset >= at) total = earlierClauseTotal(text, figures, k, sentence, figures[part].dimension);
    if (total < 0) continue;
    const b = collectParts(paragraph, figures, total, part, cueAt, cue[0], '其中', false);
    if (b) out.push(b);
  }
  return out;
}

/**
 * 专任教师中，研究生学历11人… · 卫生技术人员中：高级职称218人…: a sentence opened by a noun and 中, then a comma or a
 * colon (full-width or not). The parts after it are counted by that noun: sum-mismatch adds them up against the figure
 * the sentence before gave the noun (nounAmongBreakdowns), fact-conflict counts them by it (专任教师中 and 保教人员中 are
 * two wholes). One reader for both.
 */
const NOUN_AMONG = /^\s*(\p{sc=Han}{2,12}?)中[，,：:]/u;
const NOUN_AMONG_CUE = /中[，,：:]/g;

function endsZhSentence(c: string): boolean {
  return c === '。' || c === '；' || c === '！' || c === '？' || c === ';' || c === '!' || c === '?';
}

/**
 * The noun of a sentence opened by a noun and 中 whose 中 is at `at`: where the noun starts, where the sentence end
 * before it is (mark), and the noun; undefined if none.
 */
function nounAmongAt(text: string, at: number): { start: number; mark: number; noun: string } | undefined {
  // The sentence start: the noun runs back to 。！？；(spaces after it allowed).
  let start = at;
  while (start > 0 && at - start <= 12 && HAN_CHAR.test(text[start - 1])) start--;
  let mark = start;
  while (mark > 0 && /\s/.test(text[mark - 1])) mark--;
  if (mark === 0 || !endsZhSentence(text[mark - 1])) return undefined;
  const m = NOUN_AMONG.exec(text.slice(start, at + 2));
  return m && m[1].length === at - start ? { start, mark: mark - 1, noun: m[1] } : undefined;
}
const HAN_CHAR = /\p{sc=Han}/u;
const CLAUSE_MARK_ZH = /[，,。；;：:！？!?、（）()“”]/;

/**
 * The noun before 中 of the last sentence in text[from, to) when that sentence opens with a noun and 中 (专任教师中，…):
 * the whole the figure at `to` is a part of. Undefined where no sentence starts in the range or it opens otherwise.
 */
export function nounAmongBefore(text: string, from: number, to: number): string | undefined {
  let end = to - 1;
  while (end >= from && !endsZhSentence(text[end])) end--;
  if (end < from) return undefined;
  const m = NOUN_AMONG.exec(text.slice(end + 1, to));
  return m ? m[1] : undefined;
}

function nounAmongBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('中')) return out;
  NOUN_AMONG_CUE.lastIndex = 0;
  for (let cue = NOUN_AMONG_CUE.exec(text); cue; cue = NOUN_AMONG_CUE.exec(text)) {
    const at = cue.index;
    const found = nounAmongAt(text, at);
    if (!found) continue;
    const { start, mark, noun } = found;
    const cueAt = at + 2;
    let first = 0;
    while (first < figures.length && figures[first].offset < cueAt) first++;
    if (first >= figures.length || !canBeTotal(figures[first]) || figures[first].offset - cueAt > 24) continue;
    // The whole: in the sentence before (back to the sentence end before it), the last figure of the parts' unit named
    // by the noun.
    let sentence = mark;
    while (sentence > 0 && start - sentence < 300 && !endsSentenceAt(text, sentence - 1)) sentence--;
    let whole = -1;
    for (let j = first - 1; j >= 0 && figures[j].offset >= sentence; j--) {
      const f = figures[j];
      if (f.offset >= start || f.dimension !== figures[first].dimension || !canBeTotal(f) || f.approximate || isChange(text, f)) continue;
      const after = text.slice(f.offset + f.length, f.offset + f.length + noun.length + 1);
      // 132名专任教师, 132位专任教师: one character may stand between; a mark may not (专任教师132人、保育员14人。专任教师中：
      // is no breakdown of the 保育员).
      if (f.subject.endsWith(noun) || after.startsWith(noun) || (!CLAUSE_MARK_ZH.test(after[0] ?? '') && after.slice(1).startsWith(noun))) {
        whole = j;
        break;
      }
    }
    if (whole < 0) continue;
    const b = collectParts(paragraph, figures, whole, first, cueAt, cue[0], '中', false);
    if (b) out.push(b);
  }
  return out;
}

/** 反馈问题3个方面15个: the first figure counts the groups the next one's items fall into, and is not their total. */
function countsGroups(text: string, figures: readonly Figure[], j: number): boolean {
  const f = figures[j];
  const next = figures[j + 1];
  return next !== undefined && next.dimension === f.dimension && /^\p{sc=Han}{1,3}$/u.test(text.slice(f.offset + f.length, next.offset));
}

/**
 * 播种面积52.3万亩，比上年增加1.2万亩；粮食总产量21.6万吨。其中：水稻30.1万亩… — the clause after the ； has no figure
 * of the parts' kind: the whole is the first such figure of the sentence's earlier clauses. -1 when there is none.
 */
function earlierClauseTotal(text: string, figures: readonly Figure[], k: number, clause: number, dimension: string): number {
  let start = clause;
  while (start > 0 && clause - start < 200 && !endsSentenceAt(text, start - 1)) start--;
  if (start === clause) return -1;
  let first = k;
  while (first > 0 && figures[first - 1].offset >= start) first--;
  for (let j = first; j < k; j++) if (figures[j].dimension === dimension && canBeTotal(figures[j])) return j;
  return -1;
}

const LABEL_FIGURE_EN = /\b(?:aged|ages?|over|under|above|below)\s+$/i;

/** The parts of `figures[k]` from figures[first], read from `cueAt` to the end of the sentence or bracket. */
/** half, two thirds, most, the majority (with about, just under…): a share of the whole said in words after "of which". */
const SHARE_IN_WORDS_EN =
  /^\s*(?:(?:just|slightly|well|a\s+little)\s+(?:under|over|below|above)\s+|(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than|over|under|at\s+least)\s+)?(?:half|(?:a|one|two)[\s-](?:third|quarter|fifth|tenth)s?|three[\s-](?:quarters|fifths)|most|the\s+(?:majority|bulk|greater\s+part|lion's\s+share)|nearly\s+all|almost\s+all|all\s+but)\b/i;

/**
 * Three parts or more, the last after "and", then only its own words to the end of the sentence: a list that says it is
 * done (not "…, and others", "; the rest are …", nor a clause after the last part).
 */
function closedList(text: string, parts: Figure[], end: number): boolean {
  if (parts.length < 3) return false;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (!/\band\s*$/.test(text.slice(before.offset + before.length, last.offset))) return false;
  const tail = text.slice(last.offset + last.length, end);
  return /^[A-Za-z' -]{0,40}(?:\([^()]{0,30}\)[A-Za-z' -]{0,20})?[.!?]?\s*$/.test(tail) && !/\b(?:and|or|other|others|etc)\b/i.test(tail);
}

/**
 * A list that names its kinds without saying it is all of them is read as complete only when it falls short by a
 * twentieth of the whole or less: a kind left out leaves a gap of its own size ("8,400 staff: 3,100 nurses, 900 doctors
 * and 1,200 healthcare assistants"), a mistyped figure a small one (5,082 of 5,128).
 */
function nearlyAll(parts: Figure[], total: Figure): boolean {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  return sum <= total.value && total.value - sum <= total.value * 0.05;
}

function collectParts(paragraph: Paragraph, figures: readonly Figure[], k: number, first: number, cueAt: number, cueText: string, word: string, english: boolean): Breakdown | undefined {
  const text = paragraph.text;
  const total = figures[k];
  const bracketed = /[（(]/.test(cueText);
  // "$29.0 million, of which just under half came from the Trusts": the part is said in words, so the figures after
  // it (the group gained $60.5 million…) are not its breakdown.
  if (english && /^of\s+wh/i.test(word) && SHARE_IN_WORDS_EN.test(text.slice(cueAt, cueAt + 40))) return undefined;
  // "12 projects, funded by 20 partners": what paid is no part of what was counted; only money funds money.
  if (english && FUNDED_BY_EN.test(word) && !MONEY.has(total.dimension)) return undefined;
  const end = regionEnd(text, cueAt);
  const parts: Figure[] = [];
  let whole = true;
  let approximate = total.approximate;
  // We had 23 incidents: 2 SEV1, 7 SEV2 and 16 SEV3: an English colon (read by the Chinese cue) may open bare numbers
  // that count what the total counts (SEV1 is a label, not a unit).
  const latinColon = !english && word === ':' && total.dimension === 'count' && !/\p{sc=Han}/u.test(text.slice(total.subjectStart, cueAt));
  // The list has had its last "and" (… in 2025-26 and £1.0 billion in 2026-27): a ", and" after it starts a new clause.
  let closed = false;
  for (let j = first; j < figures.length && figures[j].offset < end; j++) {
    const p = figures[j];
    if (insideBrackets(text, cueAt, p.offset)) continue;
    // 3,100 were from people aged over 65, 1,900 from families: an age or bound in a part's label is not a part.
    if (english && parts.length > 0 && LABEL_FIGURE_EN.test(text.slice(Math.max(0, p.offset - 12), p.offset))) continue;
    if (english && parts.length > 0) {
      const gap = text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset);
      if (closed && /,\s*(?:and|plus)\b/.test(gap)) {
        whole = false;
        break;
      }
      if (/\b(?:and|or)\b/.test(gap)) closed = true;
      // "92 were medical admissions; in 2024/25, 81 were surgical": a clause of another year is not this list.
      if (/;\s*(?:in|for|during|by)\s+(?:(?:the\s+)?(?:financial\s+)?year\s+)?(?:19|20)\d\d/i.test(gap)) {
        whole = false;
        break;
      }
    }
    // A second 其中 starts another breakdown: nested (其中小学80所，其中完小50所) or of another kind (其中党员…，其中女性…).
    if (parts.length > 0 && outsideBrackets(text.slice(parts[parts.length - 1].offset, p.offset)).includes('其中')) {
      whole = false;
      break;
    }
    // 其中小学60所、初中30所等，新建高中40所: the 等 closing the list ends it; what follows its comma is a clause of its own.
    if (!english && parts.length > 0 && /等[，,；;]/.test(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset))) break;
    // 在编人员共80人，其中公务员52人、事业编制人员28人，另有编外人员9人: where the parts before it already make the whole,
    // what 另有 (此外, 另外) adds after a comma stands beside the whole, not in it.
    if (!english && parts.length >= 2 && /[，,；;]\s*(?:另有|另外|此外)/.test(text.slice(parts[parts.length - 1].offset + parts[parts.length - 1].length, p.offset)) && parts.every((q) => q.dimension === total.dimension) && Math.abs(parts.reduce((s, q) => s + q.value, 0) - total.value) <= total.scale * 0.5) break;
    // A list written with 、 or ， ends at a ；: what follows is another clause (…南片区4个；新增停车泊位1,200个).
    if (parts.length >= 2 && /[；;]/.test(text.slice(parts[parts.length - 1].offset, p.offset)) && !/[；;]/.test(text.slice(parts[0].offset, parts[parts.length - 1].offset))) break;
    // 主要做了6个方面工作：…今年要重点做好9个方面工作：: a figure that announces a list of its own starts another
    // whole, not a part of this one.
    if (!english && OPENS_LIST_ZH.test(text.slice(p.offset + p.length, p.offset + p.length + 8))) {
      whole = false;
      break;
    }
    // 14 days in 2025, of which 9 were in the summer: after "of which" a bare number counts what the total counts (not
    // money: "£2.4 million, of which 3 grants…" counts something else).
    // Only a number that starts its part (which 9, and 7): Scope 1, Year 6 and Phase 2 are labels.
    // "and the remaining 9 were withdrawn": the rest of the whole, counted as it is.
    const bare = (english || latinColon) && p.dimension === '' && !p.perUnit && /(?:^|[,;:]|\b(?:which|whom|and|or|remaining|other))\s*$/i.test(text.slice(Math.max(0, p.offset - 12), p.offset));
    // A span the count was made over (1,200 learners over the first 2 years, of which 700…) is no total of theirs.
    const span = /\b(?:over|during|within|for|across|first|last|past|next)\s+$/i.test(text.slice(Math.max(0, total.offset - 12), total.offset));
    const counted = total.dimension === 'count' || (bare && !span && /^of\s+wh/i.test(word) && canBeTotal(total) && !MONEY.has(total.dimension) && !/^[£$€¥]/.test(text.slice(total.offset, total.offset + 1)));
    const dimension = bare && counted ? total.dimension : p.dimension;
    if (dimension !== total.dimension && !(english && total.dimension === '' && dimension === 'count')) continue;
    // Judged on the part's own words, after the cue (分别用于棚户区改造5.20亿元 is a part).
    const own = text.slice(Math.max(p.subjectStart, cueAt), p.offset);
    // 其中，大型客车驾驶人应当参加为期三十天的学习: a rule for a subgroup, not a share of the total.
    if (p.perUnit || (english ? NOT_PART_EN.test(own) : NOT_PART.test(own.replace(NOT_PART_COMPOUND, ''))) || RULE.test(own)) {
      whole = false;
      continue;
    }
    if (p.approximate) approximate = true;
    parts.push(p);
  }
  if (parts.length === 0) return undefined;
  if (!english && repeatsSiblingMeasures(text, figures, k, parts, cueAt)) return undefined;
  dropNestedUnderFirst(text, parts, total);
  const region = text.slice(cueAt, end);
  const last = parts[parts.length - 1];
  const restAfter = REST.test(text.slice(last.offset + last.length, last.offset + last.length + 12).trim());
  const partial = PARTIAL.test(unranked(region)) || PARTIAL.test(cueText) || /[等]/.test(unranked(text.slice(last.offset + last.length, end)));
  let complete = (!english && /^分别|^分別/.test(word) && !text.slice(Math.max(0, total.offset - 20), total.offset).includes('其中')) || REST.test(last.subject) || restAfter || (!english && !partial && !OTHERS_ZH.test(region) && colonAfterStatedTotal(text, total, word, cueAt) && inOneFamily(parts, total));
  // "comprising", "consisting of", "made up of": the parts are what the whole is made of.
  // "The 312 homes comprise 180 flats…", "are divided into": the same, said by the verb.
  const funded = english && FUNDED_BY_EN.test(word);
  const madeOf = funded || (english && /^(?:comprising|consisting\s+of|made\s+up\s+of|comprise[sd]?|consist(?:s|ed)?\s+of|(?:are|is|were|was)\s+(?:made\s+up\s+of|divided\s+into|split\s+into))$/i.test(word));
  // "a total of £46,800, funded by £38,000 from the Trust and £8,300 from the Council": money from named sources, the
  // list closed by "and" and the sentence — what paid for the whole, all of it.
  const sourced = madeOf && !partial && MONEY.has(total.dimension) && fundingSources(text, parts, end, total);
  // Amounts of money are shares of one budget, but not value added (增加值): 高技术制造业增加值 and 装备制造业增加值
  // overlap; only named categories (第一产业/第二产业/第三产业) split it.
  const budget = MONEY.has(total.dimension) && !parts.some((p) => VALUE_ADDED.test(labelOf(p)));
  // "310 were closed and the remaining 150 are open", 其中党员30人，其余20人: one part and the rest of the whole, which
  // cannot overlap it, named by the rest word alone (not 其余学校中初中30所, a part of the rest).
  // The words before the figure name it (其余5个正在推进: the subject may take in what follows the figure).
  const oneAndRest = parts.length === 2 && (BARE_REST.test(last.subject.trim()) || BARE_REST.test(text.slice(last.subjectStart, last.offset).trim()));
  if (sourced) complete = true;
  // "we employed 5,128 people: 3,204 police officers, 296 PCSOs and 1,582 police staff.": a colon right after the whole
  // opens three kinds or more of it, closed by "and" and the sentence — every kind named, so all of it.
  if ((english || latinColon) && !partial && !complete && closedList(text, parts, end) && /^\s*:\s*$/.test(text.slice(total.offset + total.length, cueAt)) && inOneFamily(parts, total) && nearlyAll(parts, total)) complete = true;
  // 其中在编128人、非在编56人: a class and its 非 are all of the whole between them (not an outcome and its 不: 合格 and
  // 不合格 may leave some not yet judged).
  if (!english && !partial && parts.length === 2 && complementaryClass(labelOf(parts[0]), labelOf(parts[1]))) complete = true;
  const partition = inOneFamily(parts, total) || budget || (english && word === ':') || madeOf || oneAndRest || (!english && word === '其中' && sectorKinds(text, parts, total));
  const groups = partition ? [parts] : familyGroups(parts, total);
  return { paragraph, total, parts, cueAt, complete, partial, partition, groups, approximate, whole, bracketed };
}

const FUNDED_BY_EN = /^(?:(?:is|was|are|were|being)\s+)?(?:funded|financed|paid\s+for)\s+by$/i;
/** £38,000 from the Trust · £8,300 by the Council: an amount and the source it came from, nothing else in its words. */
const FROM_SOURCE_EN = /^\s+(?:from|by)\s+(?:the\s+)?[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,5}?\s*$/;

/**
 * £38,000 from the Trust and £8,300 from the Council, then the end of the sentence: two or more amounts each with its
 * source, the last after "and", nothing after it (with the balance from reserves, and other donations) and no other
 * money among them. Not a source named by a rest word (from other funders, from the rest of the budget).
 */
function fundingSources(text: string, parts: Figure[], end: number, total: Figure): boolean {
  if (parts.length < 2 || parts.some((p) => p.dimension !== total.dimension || p.approximate)) return false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const next = i + 1 < parts.length ? parts[i + 1].offset : end;
    let words = text.slice(p.offset + p.length, next);
    if (i + 1 < parts.length) {
      const joint = /(?:,\s*(?:and\s+)?|\s+and\s+)$/.exec(words);
      if (!joint || (i + 2 === parts.length) !== /\band\s+$/.test(joint[0])) return false;
      words = words.slice(0, words.length - joint[0].length);
    }
    if (!FROM_SOURCE_EN.test(words) || /\b(?:other|others|rest|remainder|balance|remaining|various|elsewhere|reserves?)\b/i.test(words)) return false;
  }
  return true;
}

const SECTIONS_ZH: Readonly<Record<string, string[]>> = words.sectorsZh;
/** 饮水 → 水利, 公路 → 交通: the section of the national industry classification each sector falls in. */
const SECTION_OF = new Map(Object.entries(SECTIONS_ZH).flatMap(([section, fields]) => fields.map((f) => [f, section] as const)));
const SECTOR_ZH = new RegExp(alternation([...SECTION_OF.keys()].sort((a, b) => b.length - a.length)));
const OVERLAPPING_QUALIFIER_ZH = new RegExp(alternation(words.overlappingQualifiersZh));
const KIND_HEADS_ZH: Readonly<Record<string, string[]>> = words.kindHeadsZh;

/**
 * 共检查项目35个，其中：农村饮水安全工程18个、中小河流治理项目11个、水土保持项目9个 · 共走访企业42家，其中工业企业20家、
 * 商贸企业15家: a whole stated with 共 whose noun (项目, 企业, 单位) every part ends in, or a kind of it (工程 of 项目), each
 * part told apart by a different sector (饮水, 河道, 水保) — kinds of the whole, which do not overlap. Not qualifiers that
 * cut across sectors (重点, 新开工, 省级, 民生, 亿元以上): 重点项目 may be 新开工项目 too.
 */
function sectorKinds(text: string, parts: Figure[], total: Figure): boolean {
  if (parts.length < 2 || !STATED_TOTAL_ZH.test(text.slice(total.subjectStart, total.offset).replace(NOT_PART_COMPOUND, ''))) return false;
  const head = Object.keys(KIND_HEADS_ZH).find((h) => total.subject.endsWith(h));
  if (!head) return false;
  const sectors = new Set<string>();
  for (const p of parts) {
    const label = labelOf(p).replace(/^[\s：:、，,]+/, '');
    const kind = KIND_HEADS_ZH[head].find((h) => label.endsWith(h));
    if (!kind) return false;
    const qualifier = label.slice(0, label.length - kind.length);
    const sector = SECTOR_ZH.exec(qualifier);
    if (qualifier.length < 2 || qualifier.length > 10 || !sector || OVERLAPPING_QUALIFIER_ZH.test(qualifier) || sectors.has(sector[0])) return false;
    sectors.add(sector[0]);
  }
  // 交通项目、公路项目: a section named beside one of its own fields takes it in.
  for (const s of sectors) if (SECTION_OF.get(s) === s && [...sectors].some((t) => t !== s && SECTION_OF.get(t) === s)) return false;
  return true;
}

/** An amount that bounds a band: 5000万元, 1亿元, 亿元 (one 亿). */
const BAND_AMOUNT = String.raw`(\d+(?:\.\d+)?)?([万萬亿億])?元?`;
/** 亿元以上项目, 5000万元至1亿元项目, 5000万元以下项目, 不足100万元的项目: a size band and the noun it counts. */
const BAND_LABEL = new RegExp(
  String.raw`^(?:${BAND_AMOUNT}(?:及)?以上|${BAND_AMOUNT}(?:至|到|[-—－~～])${BAND_AMOUNT}|${BAND_AMOUNT}(?:及)?以下|不足${BAND_AMOUNT}|${BAND_AMOUNT}以内)的?(\p{sc=Han}{1,8})$`,
  'u',
);

function bandAmount(digits: string | undefined, scale: string | undefined, fallbackScale?: string): number | undefined {
  const s = scale ?? fallbackScale;
  if (digits === undefined && s === undefined) return undefined;
  const n = digits === undefined ? 1 : Number(digits);
  return n * (s === '亿' || s === '億' ? 1e8 : s === '万' || s === '萬' ? 1e4 : 1);
}

/**
 * 共引进项目16个，总投资42.5亿元，其中亿元以上项目7个、5000万元至1亿元项目6个、5000万元以下项目5个: parts told apart by
 * size bands of an amount, which cannot overlap when no band reaches into another (one 以上 at the top, one 以下 at the
 * bottom, ranges between): they cannot add up to more than the count of the noun they all count, the nearest figure
 * before 其中 in its sentence. Not bands that overlap (3000万元以上…5000万元以上). Only a sum above the whole is read.
 */
function bandBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  if (!text.includes('其中') || !/以上|以下|不足|以内/.test(text)) return out;
  for (let at = text.indexOf('其中'); at >= 0; at = text.indexOf('其中', at + 2)) {
    const cueAt = at + 2;
    let from = cueAt;
    while (from < text.length && /[\s：:，,]/.test(text[from])) from++;
    const parts: Figure[] = [];
    const bands: [number, number][] = [];
    let noun: string | undefined;
    let prevEnd = from;
    let ok = true;
    for (const f of figures) {
      if (f.offset < from) continue;
      const gap = text.slice(prevEnd, f.offset);
      if (/[。；;！？!?]/.test(gap)) break;
      // An amount inside a band's label (5000万元, 1亿元) is part of the next count's label.
      if (MONEY.has(f.dimension) || f.dimension === '%' || f.dimension === '') continue;
      const m = BAND_LABEL.exec(gap.replace(/^[\s、，,]+/, ''));
      if (!m || f.approximate) {
        ok = false;
        break;
      }
      let band: [number, number] | undefined;
      if (m[1] !== undefined || m[2] !== undefined) band = [bandAmount(m[1], m[2])!, Infinity];
      else if (m[3] !== undefined || m[4] !== undefined) {
        const hi = bandAmount(m[5], m[6]);
        const lo = bandAmount(m[3], m[4], m[6]);
        if (lo !== undefined && hi !== undefined && lo < hi) band = [lo, hi];
      } else {
        const hi = bandAmount(m[7] ?? m[9] ?? m[11], m[8] ?? m[10] ?? m[12]);
        if (hi !== undefined) band = [0, hi];
      }
      if (!band || (noun !== undefined && noun !== m[13]) || (parts.length > 0 && (f.unit !== parts[0].unit || f.dimension !== parts[0].dimension))) {
        ok = false;
        break;
      }
      noun = m[13];
      parts.push(f);
      bands.push(band);
      prevEnd = f.offset + f.length;
    }
    if (!ok || parts.length < 2 || noun === undefined) continue;
    // The list ends its sentence: no other part left unread (其中…5000万元以下项目5个，在建项目9个 still counts).
    const sorted = [...bands].sort((a, b) => a[0] - b[0]);
    if (sorted.some((b, i) => i > 0 && b[0] < sorted[i - 1][1])) continue;
    // The whole: the nearest count before 其中 in its sentence, in the parts' unit, counting their noun.
    let total: Figure | undefined;
    for (const f of figures) {
      if (f.offset >= at) break;
      if (/[。；;！？!?]/.test(text.slice(f.offset + f.length, at))) continue;
      if (f.dimension === parts[0].dimension && f.unit === parts[0].unit && canBeTotal(f) && !f.approximate && f.subject.endsWith(noun)) total = f;
    }
    if (!total) continue;
    out.push({ paragraph, total, parts, cueAt, complete: false, partial: false, partition: true, groups: [parts], approximate: false, whole: true, bracketed: false, sumOnly: true });
  }
  return out;
}

/**
 * 地方财政总收入15.17亿元。其中公共财政预算收入13.68亿元；税收收入6.20亿元；非税收入7.48亿元: the parts after the first,
 * in clauses of their own (after a ；or 。), that add up to it within their rounding split that part, not the whole —
 * a nested breakdown written on without a second 其中. Not parts of the first one's kind (小学50所；初中30所；高中20所 are
 * three stages of the whole, whatever they add up to). Drops them from `parts`.
 */
function dropNestedUnderFirst(text: string, parts: Figure[], total: Figure): void {
  if (parts.length < 3) return;
  const first = parts[0];
  if (!/[；;。]/.test(text.slice(first.offset + first.length, parts[1].offset))) return;
  const firstKind = kindOf(first, total);
  const half = (f: Figure) => 0.5 * 10 ** -f.decimals * f.scale;
  let sum = 0;
  let slack = half(first) + 1e-9;
  for (let m = 1; m < parts.length; m++) {
    const p = parts[m];
    const kind = kindOf(p, total);
    if (firstKind && kind && kind.family === firstKind.family) return;
    sum += p.value;
    slack += half(p);
    if (m >= 2 && Math.abs(sum - first.value) <= slack) {
      parts.splice(1, m);
      return;
    }
    if (sum > first.value + slack) return;
  }
}

/**
 * 当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元。其中：县直各部门批复指标39.41亿元，已用指标33.79亿元，
 * 预算结余5.62亿元: the whole is stated as several measures, and the "parts" repeat those measures for one sub-unit (a
 * row of a table written out), so they are not all parts of the first measure. True when a part is named by another
 * measure of the lead (已用指标, 预算结余) that the total's own name does not end in.
 */
function repeatsSiblingMeasures(text: string, figures: readonly Figure[], k: number, parts: Figure[], cueAt: number): boolean {
  const total = figures[k];
  let start = total.offset;
  while (start > 0 && total.offset - start < 200 && !endsSentenceAt(text, start - 1)) start--;
  const own = (f: Figure) => f.subject.replace(/^[其中，,：:\s]+/, '');
  const measures: string[] = [];
  for (const s of figures) {
    if (s === total || s.offset < start || s.offset >= cueAt || s.dimension !== total.dimension || parts.includes(s)) continue;
    const measure = own(s);
    if (/^\p{sc=Han}{2,}$/u.test(measure) && !own(total).endsWith(measure)) measures.push(measure);
  }
  if (measures.length === 0) return false;
  const sibling = (p: Figure) => measures.some((m) => own(p).endsWith(m));
  // The row repeats the total's own measure too (县直各部门批复指标 beside 当年预算批复指标): 反馈问题15个，已完成整改13个；
  // 其中已完成整改13个、正在推进3个 names no part like its total, and is a breakdown of it.
  const head = own(total).slice(-2);
  return parts.some(sibling) && /^\p{sc=Han}{2}$/u.test(head) && parts.some((p) => !sibling(p) && own(p).endsWith(head));
}

/** 其余为高中, 另有…: the list names more than its figures (a rest without a figure), so the figures are not all of it. */
const OTHERS_ZH = /其余|其餘|其他|其它|另有|另外/;
/** The rest of a whole named by the rest word alone: the remaining 150, the rest, 其余20人, 剩余的20人. */
const BARE_REST = /^(?:(?:and\s+)?(?:the\s+)?(?:remaining|rest|remainder)|(?:其余|其餘|剩余|剩餘|余下|餘下)(?:的)?(?:为|為|是)?)$/i;
/** 共计, 共有, 合计, 总计: the words that state a figure as the whole. */
const STATED_TOTAL_ZH = /共计|共計|共有|合计|合計|总计|總計|总共|總共|共/;

/**
 * 共计1,248人：男性716人、女性522人 · 全市共有中小学校128所：小学80所、初中36所、高中20所: a colon right after a figure the
 * text states as the whole (共计, 共有, 合计) opens the whole of it, when the parts are categories of one kind (checked by
 * the caller); not a colon that opens 其中 (共有教师1,326人：其中党员486人…), which picks some out.
 */
function colonAfterStatedTotal(text: string, total: Figure, word: string, cueAt: number): boolean {
  if (word !== '：' && word !== ':') return false;
  if (!/^[：:]$/.test(text.slice(total.offset + total.length, cueAt).trim())) return false;
  if (/^\s*其中/.test(text.slice(cueAt, cueAt + 4))) return false;
  return STATED_TOTAL_ZH.test(text.slice(total.subjectStart, total.offset).replace(NOT_PART_COMPOUND, ''));
}

/** Where the parts end: the close of the bracket they are in, or the end of the sentence. */
function regionEnd(text: string, from: number): number {
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
function outsideBrackets(text: string): string {
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
function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** The parts grouped by the kind of category they name, keeping groups of two or more different members. */
function familyGroups(parts: Figure[], total?: Figure): Figure[][] {
  const byFamily = new Map<string, { members: Set<string>; parts: Figure[] }>();
  const kinds = kindsOf(parts, total);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const found = kinds[k];
    if (!found) continue;
    const group = byFamily.get(found.family) ?? { members: new Set(), parts: [] };
    // The same member twice (男教师…、男党员…) is two breakdowns of one kind: no group.
    if (group.members.has(found.member)) group.members.add('#twice');
    group.members.add(found.member);
    group.parts.push(p);
    byFamily.set(found.family, group);
  }
  return [...byFamily.values()].filter((g) => g.parts.length >= 2 && !g.members.has('#twice')).map((g) => g.parts);
}

/** 寄宿制学校 / 非寄宿制学校, members / non-members: a thing and its negation split the whole. */
function complementary(a: string, b: string): boolean {
  const neg = (x: string, y: string) => y === `非${x}` || y === `不${x}` || y.toLowerCase() === `non-${x.toLowerCase()}` || y.toLowerCase() === `non${x.toLowerCase()}`;
  const [x, y] = [a.trim(), b.trim()];
  return x.length > 0 && (neg(x, y) || neg(y, x));
}

/** 在编 / 非在编, 寄宿生 / 非寄宿生: a class and its 非, in that order. */
function complementaryClass(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return x.length > 0 && y === `非${x}`;
}

/** Labels already looked up: a long list repeats them, and each lookup tries every family word. */
const familyCache = new Map<string, { family: string; member: string } | undefined>();

/** The family a subject names (小学 → stage, 城区 → area), with the member that matched. */
export function familyOf(subject: string): { family: string; member: string } | undefined {
  if (familyCache.has(subject)) return familyCache.get(subject);
  if (familyCache.size > 10_000) familyCache.clear();
  const found = findFamily(subject);
  familyCache.set(subject, found);
  return found;
}

/**
 * 硕士生导师, 博士生导师: a degree's name at the start of a role (a supervisor), not the degree: 硕士生导师62人、
 * 博士生导师31人、研究生学历教师120人 overlap.
 */
const DEGREE_ROLE_AFTER = /^生?(?:导师|導師)/;
const DEGREE_ROLE_MEMBERS = new Set(['硕士', '博士', '研究生']);
const roleNotMember = (lower: string, w: string, at: number) => DEGREE_ROLE_MEMBERS.has(w) && DEGREE_ROLE_AFTER.test(lower.slice(at + w.length));

/** An English member as a whole word, or its plural (undergraduates, offices, hotels): no letter on either side. */
function wholeEnglishMember(lower: string, w: string, at: number): boolean {
  if (/[a-z]/.test(lower[at - 1] ?? '')) return false;
  const end = at + w.length;
  const plural = /^(?:s|es)(?![a-z])/.exec(lower.slice(end, end + 3));
  return !/[a-z]/.test(lower[end] ?? '') || (plural !== null && !/s$/.test(w));
}

function findFamily(subject: string): { family: string; member: string } | undefined {
  const lower = subject.toLowerCase();
  for (const w of FAMILY_WORDS) {
    const at = lower.indexOf(w);
    if (at < 0 || roleNotMember(lower, w, at)) continue;
    // English members are whole words.
    if (/^[a-z]/.test(w) && !wholeEnglishMember(lower, w, at)) continue;
    return { family: FAMILY_OF.get(w)!, member: w };
  }
  return undefined;
}

/**
 * The categories the parts name. A label may name members of two families (钢铁企业: an industry and an entity;
 * 社区党委: a sector and a kind of party organisation) or two members of one (硕士研究生): where the first reading does
 * not tell the parts apart, a family that names every part, each with a different member, is the one the list splits
 * by (钢铁企业3家、水泥企业5家 by industry; 社区党委、非公企业党支部、机关党支部 by sector; 本科生、硕士研究生、博士研究生
 * by degree).
 */
function kindsOf(parts: Figure[], total: Figure | undefined): ({ family: string; member: string } | undefined)[] {
  return withoutOpenRanges(parts, kindsRead(parts, total));
}

/**
 * How high each member of a ladder family stands (0 the top): degrees, professional ranks. 研究生 stands with 硕士 (it
 * counts 硕士 and 博士 together).
 */
const LADDER: ReadonlyMap<string, number> = new Map([
  ['博士', 0], ['硕士', 1], ['研究生', 1], ['本科', 2], ['专科', 3], ['專科', 3], ['大专', 3], ['大專', 3], ['中专及以下', 4], ['高中及以下', 4],
  ['正高', 0], ['副高', 1], ['高级', 1], ['高級', 1], ['中级', 2], ['中級', 2], ['初级', 3], ['初級', 3], ['未定级', 4],
]);
/** 大专以上, 中级及以上, 本科及其以下: a member opening a range up or down the ladder. */
const OPEN_RANGE = /^(?:及其|及)?以([上下])/;

/**
 * 其中大专以上学历52人…本科学历13人: a part named by a range up or down a ladder (大专以上 counts 本科 and 研究生 too) holds
 * any other part whose member the range reaches, so it is no category beside them: its kind is dropped (the others
 * still read as one kind). 本科以上、大专、中专及以下 do not reach each other and stay a breakdown.
 */
function withoutOpenRanges(parts: Figure[], kinds: ({ family: string; member: string } | undefined)[]): ({ family: string; member: string } | undefined)[] {
  if (parts.length < 2 || !kinds.some((k) => k && LADDER.has(k.member))) return kinds;
  const out = kinds.slice();
  for (let i = 0; i < parts.length; i++) {
    const k = kinds[i];
    const step = k && LADDER.get(k.member);
    if (!k || step === undefined) continue;
    const label = labelOf(parts[i]);
    const at = label.indexOf(k.member);
    const range = at < 0 ? null : OPEN_RANGE.exec(label.slice(at + k.member.length));
    if (!range) continue;
    const up = range[1] === '上';
    const reaches = kinds.some((o, j) => {
      const s = j !== i && o && o.family === k.family ? LADDER.get(o.member) : undefined;
      return s !== undefined && (up ? s <= step : s >= step);
    });
    if (reaches) out[i] = undefined;
  }
  return out;
}

function kindsRead(parts: Figure[], total: Figure | undefined): ({ family: string; member: string } | undefined)[] {
  const kinds = parts.map((p) => kindOf(p, total));
  if (parts.length < 2 || distinctInOne(kinds)) return kinds;
  // The members each label names that start before the noun it shares with the total (留学研究生 of 研究生: none).
  const all = parts.map((p) => {
    const label = labelOf(p);
    const end = label.length - sharedWithTotal(label, total);
    return allFamiliesOf(label).filter((f) => label.indexOf(f.member) < end);
  });
  if (all.some((found) => found.length === 0)) return kinds;
  for (const family of new Set(all[0].map((f) => f.family))) {
    // 本科生、硕士研究生、博士研究生: 研究生 names two of them; each is told by the member the others do not share.
    const members = all.map((found) => found.filter((f) => f.family === family).map((f) => f.member));
    if (members.some((m) => m.length === 0)) continue;
    const shared = (m: string) => members.filter((list) => list.includes(m)).length;
    const picked = members.map((list) => ({ family, member: list.reduce((a, b) => (shared(b) < shared(a) ? b : a)) }));
    if (distinctInOne(picked)) return picked;
  }
  return kinds;
}

function distinctInOne(kinds: ({ family: string; member: string } | undefined)[]): boolean {
  if (kinds.some((k) => !k)) return false;
  return kinds.every((k) => k!.family === kinds[0]!.family) && new Set(kinds.map((k) => k!.member)).size === kinds.length;
}

/** Every family member a label names, the longest first (硕士研究生: 研究生, then 硕士). */
function allFamiliesOf(subject: string): { family: string; member: string }[] {
  const lower = subject.toLowerCase();
  const out: { family: string; member: string }[] = [];
  for (const w of FAMILY_WORDS) {
    const at = lower.indexOf(w);
    if (at < 0 || roleNotMember(lower, w, at)) continue;
    if (/^[a-z]/.test(w) && !wholeEnglishMember(lower, w, at)) continue;
    for (const family of FAMILIES_OF.get(w)!) out.push({ family, member: w });
  }
  return out;
}

/** How many characters a part's label shares with the end of its total's (公办幼儿园 of 幼儿园: 3), when two or more and not all. */
function sharedWithTotal(label: string, total: Figure | undefined): number {
  if (!total) return 0;
  const whole = total.subject;
  let shared = 0;
  while (shared < label.length && shared < whole.length && label[label.length - 1 - shared] === whole[whole.length - 1 - shared]) shared++;
  return shared >= 2 && shared < label.length ? shared : 0;
}

/**
 * The category a part names. The noun it shares with its total says nothing about which part it is: of
 * 幼儿园62所, 公办幼儿园35所 is told apart by 公办 (ownership), not by 幼儿园 (a school stage).
 */
function kindOf(p: Figure, total: Figure | undefined): { family: string; member: string } | undefined {
  const label = labelOf(p);
  if (!total) return familyOf(label);
  const shared = sharedWithTotal(label, total);
  const own = shared > 0 ? label.slice(0, label.length - shared) : label;
  if (own === label) return familyOf(label);
  // 留学研究生 of 研究生1250人: the shared noun (研究生) is the only member the label names, and it tells no part apart.
  const found = familyOf(label);
  return familyOf(own) ?? (found && label.indexOf(found.member) < label.length - shared ? found : undefined);
}

/** The earlier level of a comparison: "up from", "down from", "compared with", "against", "than". */
const COMPARED_BASE_EN = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|than)\s+$/i;
/** "Of the 60 pupils in Year 1," / "Of these 612," opening a sentence: the whole the rest of the sentence splits. */
// "Of 1,250 applications," without the article reads the same.
const OF_THE_BEFORE = /(?:^|[.!?]\s+)(?:\*\*|__)?Of\s+(?:(?:the|these|those|all|our|its|their|all\s+(?:the|our))\s+)?$/;
// The whole's own words may hold a date (Of the 42 recommendations due by 28 February 2026,): the figures before the
// comma are passed over.
const OF_THE_AFTER = /^[^.;:!?,]{0,80},/;
/**
 * Of the 31 awards, · Of the 1,184 applications submitted,: things each given, made or sent to one recipient, which the
 * parts then name with "to" (14 went to youth groups, 11 to arts organisations).
 */
const GIVEN_THINGS = /^[\d,.]+\s+(?:[a-z-]+\s+){0,2}?(?:grants|awards|bids|applications|loans|payments|contracts|donations|referrals|allocations|placements|homes|properties|houses|flats|dwellings|tenancies)\b[^,]{0,30},$/i;
/** some from both, applied jointly, in more than one group: words after the parts that say they overlap. */
const OVERLAP_AFTER_EN = /\b(?:both|jointly|more\s+than\s+one|overlap\w*|counted\s+(?:twice|in\s+each))\b/i;
/** "… complaints in the year, of which " / ", of whom ": what the whole counts (a clause of it: accounts that fell into arrears during the period), then the cue. */
const OF_WHICH_AFTER = /^[^.;:!?,\d]{0,60},\s*of\s+(?:which|whom)\s+/i;

/**
 * Of the 60 pupils in Year 1, 53 passed, 9 did not pass and 2 were disapplied: the outcomes of one whole. Summed only
 * when the list holds an outcome and its negation (passed / did not pass, were upheld / were not upheld), which says
 * the parts are exclusive: "Of the 60 pupils, 53 passed maths and 48 passed English" may overlap.
 */
function outcomeBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // A whole and two parts, after "Of the" / "Of these", or parts counted "of these / them / those": nothing else to read.
  if (figures.length < 2 || (!text.includes('Of') && !text.includes('of th') && !text.includes('of wh'))) return out;
  // things: the whole is counted "of which", not "of whom": each part is a thing, which goes to one place.
  const add = (k: number, cueAt: number, things = false, ofThe = false) => {
    // residents aged 40 to 74, of whom …: an age is no whole.
    if (AGED_BEFORE.test(text.slice(Math.max(0, figures[k].offset - 24), figures[k].offset))) return;
    let first = k + 1;
    while (first < figures.length && figures[first].offset < cueAt) first++;
    const b = collectParts(paragraph, figures, k, first, cueAt, ',', 'of', true);
    if (!b) return;
    // 900 came from tenants and 600 from owners, some from both: the sentence says the parts overlap.
    const lastPart = b.parts[b.parts.length - 1];
    if (lastPart && OVERLAP_AFTER_EN.test(text.slice(lastPart.offset + lastPart.length).split(/[.;!?](?:\s|$)/)[0])) return;
    const amount = figures[k].dimension !== '' && figures[k].dimension !== 'count';
    // £1.6 million has been delivered, £0.8 million is on track and £0.9 million is at risk: an amount's parts by status.
    if (b.parts.length < 2 || !b.whole || !(amount ? copulaFrames(b.parts) || familyOutcomes(b.parts) : hasNegatedOutcome(b.parts) || hasOppositeOutcomes(b.parts) || parallelFrames(b.parts, things) || familyOutcomes(b.parts) || gappedTopics(b.parts) || gradedOutcomes(b.parts))) {
      // "Of these, 1,310 were nurses": whatever the parts are (they may overlap), each is some of the whole and none can
      // be more than it. Only the part right after the cue and those said with a verb of being (1,420 were urgent).
      const subsets = b.parts.filter((p, i) => (i === 0 ? p === figures[first] && /^\s*$/.test(text.slice(cueAt, p.offset)) : PART_VERB_EN.test(text.slice(p.offset + p.length, p.offset + p.length + 8))) && sameMeasure(p, figures[k]) && p.value > figures[k].value);
      if (subsets.length > 0) out.push({ ...b, parts: subsets, partition: false, groups: [], subsets: true });
      return;
    }
    // "Of our 21,460 homes, 16,902 are general needs, 2,815 are housing for older people and 1,643 are shared ownership.":
    // three kinds or more of one family, closed by "and" and the sentence, name every kind of the whole.
    const complete = b.complete || (ofThe && !b.partial && b.whole && familyOutcomes(b.parts) && closedList(text, b.parts, regionEnd(text, cueAt)) && nearlyAll(b.parts, figures[k]));
    out.push({ ...b, complete, partition: true, groups: [b.parts] });
  };
  // Of the 9.6 million pounds distributed, 4.1 million pounds was fresh produce, 3.2 million pounds was dry goods…: an
  // amount shared out (its parts each say what they were).
  const amount = (f: Figure) => !f.perUnit && !f.approximate && canBeTotal(f) && f.dimension !== 'count';
  for (let k = 0; k + 1 < figures.length; k++) {
    const total = figures[k];
    if (!countable(total) && !amount(total)) continue;
    if (!OF_THE_BEFORE.test(text.slice(Math.max(0, total.offset - 16), total.offset))) continue;
    const from = total.offset + total.length;
    const cue = OF_THE_AFTER.exec(text.slice(from, from + 82));
    // "Of our 21,460 homes,": the body's own stock, counted by kind (not "Of the 160 patients,", a group other kinds may share).
    if (cue) add(k, from + cue[0].length, GIVEN_THINGS.test(text.slice(total.offset, from + cue[0].length)), /\bOf\s+(?:all\s+)?(?:our|its|their)\s+$/.test(text.slice(Math.max(0, total.offset - 16), total.offset)));
  }
  // 212 complaints, of which 96 were about communication, 71 about treatment…: the whole before "of which", read like
  // "Of the 212 complaints," — summed only when its parts say they are exclusive (the same tests).
  if (text.includes('of wh')) {
    for (let k = 0; k + 1 < figures.length; k++) {
      const total = figures[k];
      if (!countable(total) && !amount(total)) continue;
      const from = total.offset + total.length;
      const cue = OF_WHICH_AFTER.exec(text.slice(from, from + 84));
      if (cue) add(k, from + cue[0].length, /\bwhich\s+$/i.test(cue[0]));
    }
  }
  // "The Hub received 1,240 referrals. Of these, 812 …": the whole is the last count of the sentence before.
  if (text.includes('Of ')) {
    let k = 0;
    eachOfThese(text, (at, cueAt, noun) => {
      while (k + 1 < figures.length && figures[k + 1].offset < at) k++;
      // 1,206 adults aged 65 and over. Of these, …: the age is a label of the whole, not the whole.
      let t = k;
      // "in the first half of the year. Of these, …": a fraction or a share after the whole is no whole either.
      while (t > 0 && (LABEL_FIGURE_EN.test(text.slice(Math.max(0, figures[t].offset - 12), figures[t].offset)) || (!countable(figures[t]) && countable(figures[t - 1])))) t--;
      // "received 4,812 complaints, up from 4,406 in 2024-25, an increase of 9.2%. Of these, …": the earlier level a
      // comparison names is no whole; the later one before it is.
      while (t > 0 && COMPARED_BASE_EN.test(text.slice(Math.max(0, figures[t].offset - 24), figures[t].offset)) && countable(figures[t - 1]) && (figures[t - 1].dimension === figures[t].dimension || figures[t].dimension === '')) t--;
      const total = figures[t];
      if (!total || total.offset >= at || !countable(total) || k + 1 >= figures.length) return;
      if (noun && !namesNoun(text, total, noun)) return;
      // The sentence before: no sentence ends between the whole and the "Of these".
      for (let i = total.offset + total.length; i < at - 2; i++) if (endsSentenceAt(text, i)) return;
      add(t, cueAt);
    });
  }
  // "The school received £148,600. Of this, £96,400 was spent on staff, £38,200 on…": an amount of the sentence before,
  // shared out (its parts each say what they were, copulaFrames).
  if (/\bOf\s+(?:this|that),/.test(text)) {
    OF_THIS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OF_THIS.exec(text))) {
      const at = m.index + 1;
      let t = -1;
      for (let i = 0; i < figures.length && figures[i].offset < at; i++) if (amount(figures[i]) && figures[i].dimension !== '') t = i;
      if (t < 0 || t + 2 >= figures.length) continue;
      const total = figures[t];
      let sentenceEnds = 0;
      for (let i = total.offset + total.length; i < at - 2; i++) if (endsSentenceAt(text, i)) sentenceEnds++;
      if (sentenceEnds > 0) continue;
      add(t, m.index + m[0].length);
    }
  }
  // "In 9 cases the order was raised late; 7 of these were for repairs, 3 were for consultancy": the parts count
  // "of these", the whole is the last count before them in the sentence.
  if (/\bof\s+(?:these|them|those)\b/.test(text)) {
    for (let j = 1; j + 1 < figures.length; j++) {
      const p = figures[j];
      if (!/^\s+of\s+(?:these|them|those)\b/.test(text.slice(p.offset + p.length, p.offset + p.length + 16))) continue;
      if (!/(?:[;:,]|\.(?=\s))\s*$/.test(text.slice(0, p.offset))) continue;
      let k = j - 1;
      while (k > 0 && !countable(figures[k])) k--;
      const total = figures[k];
      if (!countable(total)) continue;
      let sentenceEnds = 0;
      for (let i = total.offset + total.length; i < p.offset - 2; i++) if (endsSentenceAt(text, i)) sentenceEnds++;
      if (sentenceEnds > 0) continue;
      add(k, p.offset);
    }
  }
  return out;
}

const countable = (f: Figure) => !f.perUnit && !f.approximate && (f.dimension === '' || f.dimension === 'count');

/** 1,420 were urgent: a part said with a verb of being after it. */
const PART_VERB_EN = /^\s+(?:were|was|are|is)\b/;

/** A part and its whole in one measure: both counts (a bare number counts what its whole does), or one unit's amounts. */
function sameMeasure(part: Figure, whole: Figure): boolean {
  if (part.approximate || part.perUnit) return false;
  // "Of these, 1,200 participants …" after 40 workshops counts something else.
  return countable(part) && countable(whole) ? part.unit === '' || part.unit === whole.unit : part.dimension === whole.dimension && part.dimension !== '%' && part.dimension !== '';
}

/** 236 were women, 148 were men and 41 did not state their gender: members of one family, and the ones not known. */
const UNKNOWN_OUTCOME = /^(?:(?:did|do|does|have|has|had|were|was|are|is)\s+not|(?:preferred|prefer|chose|declined)\s+not)\b|\b(?:unknown|not known|not stated|not recorded)\b/;

/** were deferred from last year's plan, carried forward from 2024/25: where a part came from, not what became of it. */
const ORIGIN = /\b(?:from|since)\s+(?:last|the\s+previous|previous|prior|the\s+\d{4}|\d{4})\b/;

function familyOutcomes(parts: Figure[]): boolean {
  const named = parts.map(outcomeOf).filter((o) => !UNKNOWN_OUTCOME.test(o));
  if (named.some((o) => ORIGIN.test(o))) return false;
  if (named.length < 2 || named.length < parts.length - 1) return false;
  const found = named.map((o) => familyOf(o.replace(/^(?:were|was|are|is|has\s+been|have\s+been)\s+/, '')));
  if (found.some((f) => !f)) return false;
  return found.every((f) => f!.family === found[0]!.family) && new Set(found.map((f) => f!.member)).size === found.length;
}

/** were graded major, moderate and minor: each part given one grade on one scale, so none is in two. */
const GRADED = /^(?:were|was|are|is)\s+(?:graded|rated|classed|classified|categori[sz]ed|assessed)\s+(?:as\s+)?([a-z]+(?:[\s-][a-z]+)?)$/;

function gradedOutcomes(parts: Figure[]): boolean {
  const outcomes = parts.map(outcomeOf);
  const first = GRADED.exec(outcomes[0]);
  if (!first) return false;
  // The later parts give the grade alone ("33 moderate"), or the whole frame again.
  const grades = outcomes.map((o, i) => (i === 0 ? first[1] : (GRADED.exec(o)?.[1] ?? (/^[a-z]+(?:[\s-][a-z]+)?$/.test(o) ? o : undefined))));
  return grades.every((g) => g !== undefined) && new Set(grades).size === grades.length;
}

/** 4.1 million pounds was fresh produce, 3.2 million pounds was dry goods: each part of an amount says what it was. */
function copulaFrames(parts: Figure[]): boolean {
  // was spent on staff / was spent in the first half: the same verb and preposition, or the parts may overlap.
  const frames = parts.map((p) => /^((?:was|were)(?:\s+(?:spent|used|paid|allocated|given|awarded|raised))?(?:\s+(?:on|for|to|in|from|by))?|went\s+(?:to|on)|came\s+from)\s+(\S.*)$/.exec(outcomeOf(p)));
  // £96,400 was spent on staff, £38,200 on speech therapy and £27,500 on trips: the later parts leave out the verb
  // and keep the preposition of the first.
  const first = frames[0];
  const head = first ? /(?:^|\s)(on|for|to|in|from|by)$/.exec(first[1]) : null;
  if (first && head) {
    for (let i = 1; i < parts.length; i++) {
      if (frames[i]) continue;
      const bare = new RegExp(`^(${head[1]})\\s+(\\S.*)$`).exec(outcomeOf(parts[i]));
      if (bare) {
        bare[1] = first[1];
        frames[i] = bare;
      }
    }
  }
  if (frames.some((f) => !f)) return false;
  return frames.every((f) => f![1] === frames[0]![1]) && new Set(frames.map((f) => f![2])).size === frames.length;
}

// "Of these stations," names what the whole counted: one or two words, the whole's own (checked where it is read).
const OF_THESE = /[.!?]\s+Of\s+(?:these|them|those|which)(?:\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?))?,\s*/g;
const OF_THIS = /[.!?]\s+Of\s+(?:this|that),\s*/g;

/** Each "…. Of these," in the text: where its sentence starts and where the parts begin. */
function eachOfThese(text: string, visit: (at: number, cueAt: number, noun?: string) => void): void {
  OF_THESE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OF_THESE.exec(text))) visit(m.index + 1, m.index + m[0].length, m[1]);
}

/** "31 fire stations. Of these stations,": the whole's words (right after its figure) hold the noun of the cue. */
function namesNoun(text: string, total: Figure, noun: string): boolean {
  const head = noun.split(/\s+/).pop()!.replace(/(?:es|s)$/, '');
  const words = text.slice(total.offset, total.offset + total.length + 40).split(/[,.;:!?()]/)[0].toLowerCase();
  return head.length >= 3 && new RegExp(`\\b${head.replace(/[^a-z-]/g, '')}`).test(words);
}

/** 812 were for violent crime, 355 for burglary and 173 for fraud: each part named in the same frame, of one kind. */
// Where someone lives or works is one place: 512 lived in Eastcliff, 401 in Harbourside and 339 in Saltmere.
// (Lived in one place and worked in another may overlap: those verbs are not mixed.)
// Where each was kept or held is one place too: 1,204 were hosted on the EU cluster and 702 on the US cluster.
// So is the arm of a trial each was allocated to: 352 were allocated to early discharge and 348 to usual care.
// And where a sample was taken: 1,904 were collected at customer taps, 760 at treatment works.
const FRAME = /^(?:(were|was|are|is|came|come|lived|live|lives|worked|work|works|went|(?:were|are|was|is)\s+(?:based|located|hosted|held|stored|housed|registered|employed|allocated|assigned|randomi[sz]ed|taken|collected|sampled|awarded|made|paid|given|sent|submitted))\s+)?(for|from|in|at|on|via|through|about(?!\s+to\b)|to)\s+(\S.*)$/;
const PLACE_VERB = /^(?:lived?|lives|worked|works?)$/;

function parallelFrames(parts: Figure[], things = false): boolean {
  const frames = parts.map((p) => FRAME.exec(outcomeOf(p)));
  if (frames.some((f) => !f)) return false;
  const preposition = frames[0]![2];
  const verbs = new Set(frames.map((f) => f![1]).filter((v) => v !== undefined));
  // "of which 512 were to research councils, 301 to charities": each of the things counted was to one of them (a bid
  // to one funder), where people "of whom 40 went to the dentist, 30 to the GP" may have gone to both. The verb said
  // once, the list of recipients after it: "14 went to youth groups and 20 went to first-time applicants" names two
  // ways of sorting them.
  if (preposition === 'to' && things && frames.slice(1).every((f) => f![1] === undefined) && [...verbs].every((v) => /^(?:were|was|are|is|went|(?:were|was)\s+(?:awarded|made|paid|given|sent|submitted))$/.test(v))) return new Set(frames.map((f) => f![3])).size === frames.length && frames.every((f) => f![2] === 'to');
  // "on" names a place only after hosted, held, stored…: "40 were on permanent contracts and 25 were on the payroll
  // team" may overlap.
  if (preposition === 'on' && ![...verbs].some((v) => /\s(?:hosted|held|stored|housed)$/.test(v))) return false;
  // "to" names an arm only after allocated, assigned, randomised: "40 went to the dentist, 30 to the GP" may overlap.
  if (preposition === 'to' && ![...verbs].some((v) => /\s(?:allocated|assigned|randomi[sz]ed)$/.test(v))) return false;
  if ([...verbs].some((v) => PLACE_VERB.test(v)) && verbs.size > 1) return false;
  return frames.every((f) => f![2] === preposition) && new Set(frames.map((f) => f![3])).size === frames.length;
}

/**
 * Of the 184 complaints, 82 concerned staff attitude, 64 clinical care and 49 discharge arrangements: what each was
 * about, the verb said once and left out of the later parts (or said again with each), each naming another topic. Only verbs that sort a thing
 * by its topic: "80 passed maths, 70 English" or "200 involved cars, 150 pedestrians" may overlap.
 */
// Not "were about to retire": about to is no topic.
const TOPIC_VERB = /^(?:concerned|concerns|concern|related\s+to|relates\s+to|(?:were|was|are|is)\s+(?:related\s+to|about(?!\s+to\b)))\s+(\S.*)$/;
const NOT_BARE_TOPIC = /^(?:were|was|are|is|had|has|have|did|do|does|will|would|could|can|of|in|on|at|to|for|from|by|with)\b|^[a-z]+ed\b/;

function gappedTopics(parts: Figure[]): boolean {
  // 49 discharge arrangements: the figure model reads the topic as the noun the number counts; it is the words after it.
  const outcomes = parts.map((p) => {
    const after = p.paragraph.text.slice(p.offset, p.offset + p.length + 40).replace(/^[\d,.]+\s*/, '');
    return after.split(/[,;.:)]|\band\b|\bor\b/)[0].trim().toLowerCase();
  });
  const first = TOPIC_VERB.exec(outcomes[0]);
  if (!first) return false;
  const topics = [first[1]];
  const verb = outcomes[0].slice(0, outcomes[0].length - first[1].length);
  for (const o of outcomes.slice(1)) {
    // 141 concerned healthcare and 102 concerned sentence management: the same verb said again names another topic.
    const again = TOPIC_VERB.exec(o);
    if (again && o.slice(0, o.length - again[1].length) === verb) {
      topics.push(again[1]);
      continue;
    }
    if (!o || NOT_BARE_TOPIC.test(o) || again) return false;
    topics.push(o);
  }
  // 82 concerned property and 64 concerned property lost on transfer: a topic that narrows another is a part of it.
  if (topics.some((t, i) => topics.some((u, j) => i !== j && u.startsWith(`${t} `)))) return false;
  return new Set(topics).size === topics.length;
}

/** The words right after a part: 53 passed → passed; 198 were not upheld → were not upheld. */
function outcomeOf(p: Figure): string {
  const text = p.paragraph.text;
  return text.slice(p.offset + p.length, p.offset + p.length + 40).split(/[,;.:)]|\band\b|\bor\b/)[0].trim().toLowerCase().replace(/^of\s+(?:these|them|those)\s+/, '')
    // 62% of passengers said they were satisfied: the answer, not the saying.
    .replace(/^(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:said|reported|told\s+us|felt|thought)\s+(?:that\s+)?(?:they\s+|it\s+)?(?=(?:were|was|are|is)\s)/, '');
}

/** passed / did not pass, were upheld / were not upheld: one outcome and its negation among the parts. */
function hasNegatedOutcome(parts: Figure[]): boolean {
  const stem = (w: string) => w.replace(/(?:ed|es|s)$/, '');
  const outcomes = parts.map(outcomeOf);
  for (const negated of outcomes) {
    const m =
      // were not contacted until the second missed payment: the negation, then when.
      /^(?:(were|was|are|is|have\s+been|has\s+been)\s+not|did\s+not|do\s+not|does\s+not)\s+([a-z]+)(?:\s+(?:until|before|after|within|in\s+time|on\s+time)\b.*)?$/.exec(negated) ??
      // were satisfied / were dissatisfied, were happy / were unhappy
      /^(were|was|are|is)\s+(?:dis|un)([a-z]{4,})$/.exec(negated);
    if (!m) continue;
    const positive = m[1] ? `${m[1].replace(/\s+/g, ' ')} ${m[2]}` : m[2];
    const said = (o: string) => o === positive || o.startsWith(`${positive} `) || stem(o) === positive || stem(o) === stem(positive);
    if (outcomes.some((o) => o !== negated && said(o))) return true;
  }
  return false;
}

/** approved / refused, upheld / dismissed: two outcomes no one part can have both of (breakdown-words.json). */
const OPPOSED: string[][] = words.opposedOutcomesEn;

/**
 * Of the 1,250 applications, 640 were approved, 410 were refused and 230 were withdrawn: an outcome and its opposite
 * among the parts (each after were/was/are/is or alone), which says the outcomes are exclusive, as a negation does.
 */
function hasOppositeOutcomes(parts: Figure[]): boolean {
  const said = new Set<string>();
  for (const o of parts.map(outcomeOf)) {
    // 19 returned from last year, 640 were approved in March: the outcome, then when or where from.
    const m = /^(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?([a-z]+)(?:\s+(?:from|after|before|during|within|since|until|this|last)\b.*)?$/.exec(o);
    if (m) said.add(m[1]);
  }
  return OPPOSED.some((set) => set.filter((w) => said.has(w)).length >= 2);
}

/** What a part is called: its subject, and in English the words after it too (700 were from women). */
/** 街道（镇）, 县（区）: a name with a bracketed alternative right before the subject, after a clause start or 其中. */
const BRACKETED_LEAD = /(?:^|[、，,；;：:]|其中)(\p{sc=Han}{1,6})[（(]\p{sc=Han}{1,4}[）)]$/u;

function labelOf(p: Figure): string {
  const text = p.paragraph.text;
  if (/\p{sc=Han}/u.test(p.subject)) {
    // 街道（镇）级12个, 县（区）级18家: the figure model starts the subject after the brackets (级); the part is named
    // by the words before them, the bracketed alternative aside (街道级, 县级).
    const bracketed = BRACKETED_LEAD.exec(text.slice(Math.max(0, p.subjectStart - 14), p.subjectStart));
    if (bracketed) return bracketed[1] + p.subject;
    // 基本完成2项: the figure model takes 完成 off as a verb and leaves 基本, but the words as written name the part.
    const written = text.slice(p.subjectStart, p.offset).replace(/^[\s、，,；;]*(?:其中)?/, '');
    return written !== p.subject && written.startsWith(p.subject) && !familyOf(p.subject) && familyOf(written) ? written : p.subject;
  }
  // 其中已完成20个: the figure model reads 已完成 as a verb and leaves no subject, but here it names the part.
  const han = p.subject === '' ? /\p{sc=Han}{2,8}$/u.exec(text.slice(Math.max(0, p.offset - 8), p.offset)) : null;
  if (han) return han[0].replace(/^.*其中/, '');
  const window = text.slice(p.offset + p.length, p.offset + p.length + 30);
  let after = window.split(/[,;.:)]|\band\b/)[0];
  // 131 are food and drink venues: a member whose name holds "and" is one name, not the next part.
  const lower = window.toLowerCase();
  for (const w of AND_MEMBERS) {
    const at = lower.indexOf(w);
    if (at >= 0 && at <= after.length) after = window.slice(0, Math.max(after.length, at + w.length));
  }
  // "3,204 police officers": the subject (police) and the words after it (officers), one space between.
  return `${p.subject} ${after}`.replace(/\s{2,}/g, ' ');
}

/**
 * All parts name different members of one family (城区, 郊区, 农村), the rest aside; or a thing and its negation; or
 * classes the text names as such (涉法涉诉类18件，征地拆迁类15件，劳动保障类16件).
 */
function inOneFamily(parts: Figure[], total?: Figure): boolean {
  const named = parts.filter((p) => !REST.test(p.subject));
  if (named.length < 2) return false;
  if (named.length === 2 && complementary(labelOf(named[0]), labelOf(named[1]))) return true;
  if (namedClasses(named)) return true;
  const found = kindsOf(named, total);
  if (found.some((f) => !f)) return false;
  const family = found[0]!.family;
  const members = new Set(found.map((f) => f!.member));
  return found.every((f) => f!.family === family) && members.size === found.length;
}

/** Every part is a class the text names with 类 (涉法涉诉类, 征地拆迁类), each a different one. */
function namedClasses(parts: Figure[]): boolean {
  const labels = parts.map((p) => p.subject.replace(/^[其中，,：:\s]+/, ''));
  return labels.every((l) => /\p{sc=Han}{2,}(?:类|類)$/u.test(l)) && new Set(labels).size === labels.length;
}
/** Between two shares of a list: 、 or "and", with the next one's label (城区占46.5%、郊区占38.2%; salaries 64%, rent 22%). */
const LIST_GAP_ZH = /^\s*(?:[、，,]|和|及|与|與|and|,\s*and)\s*[^\d%]{0,16}$/;
// In English the label may also follow the share (41% named VS Code, 28% LumenIDE), and the first share may name
// its whole (made up 64% of income, event sponsorship 22%).
// The first share's label may run on (71% was spent on charitable activities, 22% on raising funds).
const LIST_GAP_EN = /^(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?(?=\s*,))?[^\d%.;:!?]{0,48}?(?:,|\band\b|,\s*and\b)[^\d%.;:!?]{0,32}$/i;

const AGE_LABEL = /\b(?:aged|ages?|under|over)\s+(?:\d{1,3}\s*[–-]\s*)?$/i;
/** An age in a share's label, masked before the gap between two shares is read (those aged 30–49 for 51%). */
const AGE_IN_LABEL = /\b(aged|ages?|under|over)\s+\d{1,3}(?:\s*[–-]\s*\d{1,3})?/gi;

/** 城区占46.5%、郊区占38.2%、农村占21.7%; salaries 64%, rent 22%, travel 19% (after "split", "of spending"). */
function shareBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // A list of shares has two percentages at least.
  let percents = 0;
  for (const f of figures) if (f.dimension === '%') percents++;
  if (percents < 2) return out;
  let run: Figure[] = [];
  // 房建业务收入21.6亿元，占50.5%；基础设施业务收入15.4亿元，占36.0%；…: each share after the amount it is of.
  const led = new Set<Figure>();
  const flush = () => {
    if (run.length >= 2) {
      const b = shareBreakdown(paragraph, run, run.every((f) => led.has(f)));
      if (b) out.push(b);
    }
    run = [];
  };
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.offset + prev.length, f.offset) : '';
    // Employees under 30 … 24%, those aged 30–49 … 51%: an age in a share's label is no figure of the list.
    if (f.dimension !== '%' && run.length > 0 && AGE_LABEL.test(text.slice(Math.max(0, f.offset - 16), f.offset))) continue;
    if (f.dimension !== '%' || f.unit === 'fraction' || f.unit === '成') {
      const next = figures[k + 1];
      const between = next ? text.slice(f.offset + f.length, next.offset) : '';
      if (f.dimension !== '%' && f.dimension !== '' && next?.dimension === '%' && (SHARE_OF_AMOUNT.test(between) || (run.length === 0 && SHARE_OF_NAMED_WHOLE.test(between)))) {
        led.add(next);
        continue;
      }
      flush();
      continue;
    }
    // A share list runs within one sentence, its items a few words apart (English words are longer: "were neither
    // satisfied nor dissatisfied and"); shares led by their amounts are set apart by ；.
    if (prev && (gap.length > (/[A-Za-z]{3}/.test(gap) ? 60 : 40) || SENTENCE_END.test(gap) || (/[；;]/.test(gap) && !(led.has(prev) && led.has(f))))) flush();
    run.push(f);
  }
  flush();
  return out;
}

// 第三产业投资占比为59.8% · 第二产业投资占全部投资的比重为38.5%: a clause that opens with its part's name and gives its
// share (占比, or 占 the whole 的比重/比例), the share ending the clause.
const NAMED_SHARE_CLAUSE = /(?:^|[，,；;：:。！？!?])\s*([^，,；;：:。！？!?\d%]{2,16}?)(?:占比|佔比|(?:占|佔)([^，,；;：:。\d%]{1,12}?)的?(?:比重|比例))\s*(?:为|為|达|達|是)?\s*$/;

const SENTENCE_MARK = /[。！？!?]/;
const SHARE_WORD = /占比|佔比|比重|比例/;
/**
 * 第二产业投资占全部投资的比重为38.5%，比上年提高1.2个百分点；第三产业投资占比为59.8%，第一产业投资占比为2.9%: shares
 * stated one by one, each in a clause of its own (other figures may come between: a change of the share), of one
 * sentence. They are shares of one whole when each part is a different member of one family (第一/二/三产业) and the
 * rest of its name is the same (投资), and at most one whole is named (全部投资; the others say 占比). Not the shares
 * of different measures (第二产业投资 … 第三产业增加值), nor of two wholes named differently.
 */
function namedShareBreakdowns(paragraph: Paragraph, figures: readonly Figure[]): Breakdown[] {
  const text = paragraph.text;
  const out: Breakdown[] = [];
  // Two shares at least, named with 占比 or 占…比重/比例: most paragraphs with 占 have neither (a cheap test first).
  if (!SHARE_WORD.test(text) || !/[%％][^]*[%％]/.test(text)) return out;
  let run: { f: Figure; rest: string; whole: string }[] = [];
  let sentenceEnd = -1;
  const flush = () => {
    if (run.length >= 2) {
      const parts = run.map((r) => r.f);
      const wholes = new Set(run.map((r) => r.whole).filter((w) => w));
      const kinds = kindsOf(parts, undefined);
      const rests = run.map((r, i) => (kinds[i] ? r.rest.replace(kinds[i]!.member, '') : undefined));
      const sameRest = rests.every((r) => r !== undefined && r === rests[0]);
      const sentence = text.slice(Math.max(0, parts[0].offset - 120), parts[parts.length - 1].offset + 20);
      if (wholes.size <= 1 && sameRest && inOneFamily(parts) && !SURVEY.test(sentence) && !PARTIAL.test(sentence)) {
        out.push({ paragraph, parts, cueAt: parts[0].offset, complete: false, partial: false, partition: true, groups: [parts], approximate: parts.some((f) => f.approximate), whole: true, bracketed: false });
      }
    }
    run = [];
  };
  for (const f of figures) {
    if (f.offset > sentenceEnd) {
      flush();
      let e = f.offset;
      while (e < text.length && !SENTENCE_MARK.test(text[e])) e++;
      sentenceEnd = e;
    }
    if (f.dimension !== '%' || f.perUnit || f.value < 0 || f.unit === 'fraction' || f.unit === '成') continue;
    if (!/^\s*(?:[，,；;。！？!?]|$)/.test(text.slice(f.offset + f.length, f.offset + f.length + 2))) continue;
    const m = NAMED_SHARE_CLAUSE.exec(text.slice(Math.max(0, f.offset - 40), f.offset));
    if (!m) continue;
    run.push({ f, rest: m[1].trim(), whole: (m[2] ?? '').trim() });
  }
  flush();
  return out;
}

/**
 * 21.6亿元，占50.5%: the words between an amount and its share of the whole. The first share may name the whole
 * (4.36亿元，占税收收入的35.1%; 2.16亿元，占一般公共预算支出的比重为41.2%); the later ones then share it (，占15.5%).
 */
const SHARE_OF_AMOUNT = /^\s*[，,]\s*(?:占|佔)(?:比)?(?:为|為)?\s*$/;
const SHARE_OF_NAMED_WHOLE = /^\s*[，,]\s*(?:占|佔)[^\d%，,。；;、：:]{1,10}的(?:比重|比例)?(?:为|為)?\s*$/;
/** The gap between two shares each led by its amount: ；基础设施业务收入15.4亿元，占 (the amount is no share). */
const LED_GAP_ZH = /^\s*[；;，,]\s*[^\d%；;。]{1,16}[\d.,]+\s*[^\d%；;。，,]{0,4}[，,]\s*(?:占|佔)(?:比)?(?:为|為)?\s*$/;

function shareBreakdown(paragraph: Paragraph, run: Figure[], amountLed = false): Breakdown | undefined {
  const text = paragraph.text;
  const first = run[0];
  const last = run[run.length - 1];
  let sentence = first.offset;
  while (sentence > 0 && first.offset - sentence < 120 && !endsSentenceAt(text, sentence - 1)) sentence--;
  const context = text.slice(sentence, last.offset + last.length + 20);
  if (SURVEY.test(context) || run.some((f) => f.perUnit || f.value < 0)) return undefined;
  // 三次产业对经济增长的贡献率分别为38.2%、45.6%、26.1%: the contributions of all the parts of one growth are its
  // shares (two of them may be above half: then they are wrong).
  const contributions = contributionsOfAll(text.slice(sentence, first.offset), run.length);
  // 东部、中部、西部地区中央承担比例分别为85%、90%、95%: two shares above half cannot both be parts of one whole; each
  // is a rate of its own group (the centre's share of each region's subsidy).
  if (!contributions && run.filter((f) => f.value > 50).length >= 2) return undefined;
  // 使用台式电脑、笔记本电脑、平板电脑和电视上网的比例分别为36.2%、32.0%、30.8%和25.1%: the share of people who use each
  // of several things; one person uses several, so the shares overlap and do not add up.
  if (USE_RATES.test(text.slice(sentence, first.offset))) return undefined;
  const english = !/\p{sc=Han}/u.test(context);
  // Each figure is a share: 占 before it (城区占46.5%), or a list after 分别占; in English a label list after a cue.
  const shareZh = (f: Figure) => /(?:占|佔)(?:比)?(?:为|為|达|達|到|了)?\s*$/.test(text.slice(Math.max(0, f.offset - 6), f.offset));
  const cueZh = contributions || SHARE_CUES_ZH.test(text.slice(sentence, first.offset)) || CLASSIFIED_BY.test(text.slice(sentence, first.offset));
  const cueEn = english && (PARTITION_EN.test(text.slice(sentence, last.offset + last.length + 24)) || MONEY_BY_EN.test(text.slice(sentence, first.offset)));
  const listed = run.every((f, i) => {
    if (i === 0) return true;
    const gap = text.slice(run[i - 1].offset + run[i - 1].length, f.offset);
    // 54% of participants, up from 49% / rose to 54%, from 49%: the figure after "from" is an earlier level, not the
    // next share (grants from other foundations 9% is a share).
    if (english) return LIST_GAP_EN.test(gap.replace(AGE_IN_LABEL, '$1 N')) && !NOT_PART_EN.test(gap) && !/\bfrom\s*$/i.test(gap);
    // Shares led by their amounts are a list only where the sentence says the whole is split (从业务结构看, 构成).
    return LIST_GAP_ZH.test(gap) || (amountLed && cueZh && LED_GAP_ZH.test(gap));
  });
  if (!listed) return undefined;
  if (!english && sharesOfSeveralWholes(text.slice(sentence, first.offset))) return undefined;
  let partition: boolean;
  if (english) {
    // 62% were satisfied, 21% were neither and 23% were dissatisfied: an answer and its opposite say the answers exclude
    // each other, as they do for counts.
    // 61% are owner-occupied, 22% are privately rented and 19% are social housing: each a different member of one family.
    const cued = cueEn || framedShares(text, sentence, run) || hasNegatedOutcome(run) || hasOppositeOutcomes(run) || (sharesAreKinds(run) && familyOutcomes(run));
    if (!cued || !run.every((f) => f.subject.split(' ').length <= 4 && !NOT_PART_EN.test(f.subject))) return undefined;
    partition = true;
  } else {
    if (!(cueZh || run.every(shareZh))) return undefined;
    partition = cueZh || inOneFamily(run);
  }
  const after = text.slice(last.offset + last.length, last.offset + last.length + 16);
  return {
    paragraph,
    parts: run,
    cueAt: first.offset,
    complete: REST.test(last.subject),
    partial: PARTIAL.test(text.slice(sentence, last.offset)) || /^[^，。；]{0,4}等/.test(after),
    partition,
    groups: partition ? [run] : familyGroups(run),
    approximate: run.some((f) => f.approximate),
    whole: true,
    bracketed: false,
  };
}


/**
 * 61% are owner-occupied, 22% privately rented: each share says what that part is (a verb of being, the later ones may
 * leave it out) and nothing more — not "45% in summer and 62% in winter", a rate of each season, nor "48% are privately
 * rented in the centre", a share of another group.
 */
function sharesAreKinds(run: Figure[]): boolean {
  const outcomes = run.map(outcomeOf);
  // "48% are privately rented in the centre and 61% are owner-occupied in the suburbs": each of another group of homes.
  return /^(?:were|was|are|is)\s/.test(outcomes[0]) && outcomes.every((o) => !/(?:^|\s)(?:in|on|at|for|from|during|by|over|across|among|of|within)\b/.test(o));
}

/**
 * "Grants by theme were: young people 38%, …", "Spending by service: parks 34%, …": money split by one criterion,
 * said at the start of the sentence; its shares are of that one sum (not "Growth in spending by service:", nor
 * "Satisfaction by area:", a rate for each group).
 */
const MONEY_BY_EN = /^\s*(?:(?:our|the|total|net|council|gross)\s+)?(?:grants?|spending|expenditure|income|funding|budget|costs?|revenue|awards?|donations?)\s+by\s+[a-z]+(?:\s+[a-z]+)?\s*(?:(?:was|were|is|are)\s*)?:[^\d%.;:!?]{0,40}$/i;

const RATE_PER_GROUP = /\bby\s+[a-z][a-z -]{0,30}[:：]\s*$|\b(?:rates?|satisfaction|turnout|attendance|uptake|coverage|scores?)\b[^:：]{0,30}[:：]\s*$/i;

/**
 * "Leads came from three channels: 54% from search, 31% from referrals and 22% from events": after a colon, each share
 * names its part in the same frame (from, via, in, through), each a different one.
 */
function framedShares(text: string, sentence: number, run: Figure[]): boolean {
  if (run.length < 2 || !/[:：]\s*$/.test(text.slice(sentence, run[0].offset))) return false;
  const frames = run.map((f) => /^\s+(from|via|in|through)\s+([^,.;:!?]+?)(?=\s*(?:,|\band\b|[.;:!?]|$))/i.exec(text.slice(f.offset + f.length, f.offset + f.length + 50)));
  if (frames.some((m) => !m)) return false;
  const preposition = frames[0]![1].toLowerCase();
  // "Results by region: 54% in the North, 61% in the South", "Response rates varied: 62% in Oakfield": a measure
  // given for each group, not a share of one whole.
  if (preposition === 'in' && RATE_PER_GROUP.test(text.slice(sentence, run[0].offset))) return false;
  return frames.every((m) => m![1].toLowerCase() === preposition) && new Set(frames.map((m) => m![2].toLowerCase())).size === run.length;
}

/**
 * 道路交通事故起数、死亡人数分别占全市事故总数的60.9%和67.7%: the list before 分别 names different measures of one
 * thing (accidents, deaths), so each share is of its own whole and they do not add up. 城镇人口、乡村人口分别占 and
 * 一、二、三产业增加值分别占 split one whole: their items do not each name a different measure.
 */
/**
 * 对经济增长的贡献率分别为 after the parts that make the whole growth: 三次产业, 三大需求, 第一产业、第二产业、第三产业, or
 * 消费、投资、净出口, one share each. A contribution may be negative, so only all the parts, none below zero, must not add
 * up to more than 100%: not 工业、服务业对经济增长的贡献率 (the rest may pull the other way), nor a rate of growth
 * (增速分别为), nor the contributions to two different growths.
 */
const CONTRIBUTION_ZH = /^(?:.*[，,：:；;])?\s*([^，,：:；;]{2,24}?)(?:对|對)[^，,。；;、]{0,12}?(?:增长|增長)的?(?:贡献率|貢獻率)(?:分别|分別)(?:为|為|是|达到|達到|达|達)?\s*$/u;
const ALL_CONTRIBUTORS_ZH = /^(?:三次产业|三次產業|三大产业|三大產業|三大需求|一二三产业|一、二、三产业|一二三產業|一、二、三產業)$/;
const DEMAND_PARTS = new Set(['消费', '消費', '最终消费', '最終消費', '投资', '投資', '资本形成', '資本形成', '净出口', '淨出口', '货物和服务净出口', '貨物和服務淨出口']);

function contributionsOfAll(before: string, shares: number): boolean {
  const m = CONTRIBUTION_ZH.exec(before);
  if (!m) return false;
  const named = m[1].trim();
  if (ALL_CONTRIBUTORS_ZH.test(named)) return shares === 3;
  const items = named.split(/[、和与與及]/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length !== 3 || items.length !== shares) return false;
  const industries = items.map((s) => familyOf(s));
  if (industries.every((f) => f?.family === 'industry') && new Set(industries.map((f) => f!.member)).size === 3) return true;
  const demand = items.map((s) => (DEMAND_PARTS.has(s) ? s.slice(-2) : undefined));
  return demand.every((d) => d !== undefined) && new Set(demand).size === 3;
}

function sharesOfSeveralWholes(before: string): boolean {
  const cue = Math.max(before.lastIndexOf('分别'), before.lastIndexOf('分別'));
  if (cue < 0) return false;
  let start = cue;
  while (start > 0 && !/[，,。；;：:]/.test(before[start - 1])) start--;
  const items = before.slice(start, cue).split(/[、和与與及]/).map((s) => s.trim());
  if (items.length < 2) return false;
  const heads = items.map((item) => MEASURE_HEAD.exec(item)?.[0]);
  return heads.every((h) => h !== undefined) && new Set(heads).size > 1;
}

/** 其中 opening a paragraph: 其中，来信412件… · 其中：… · 其中小学80所… (not 其中之一). */
const LEADING_AMONG = /^\s*其中(?!之)[，,：:]?/;
// 3.2 The network is made up of 512 km of A roads, 868 km of B and C roads and 2,832 km of unclassified roads: a
// sentence that opens its paragraph with "The <noun> is made up of" (comprises, consists of) and no figure of its own.
const LEADING_MADE_OF_EN = /^(?:\d+(?:\.\d+)*\.?\s+)?The\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(is\s+made\s+up\s+of|comprises|consists\s+of)\s+(?=[£$€]?\d)/;

/**
 * The whole of a leading "The network is made up of …" sentence: the one figure of the parts' unit in the last sentence
 * of the paragraph before (4,312 km of roads), in the same section. The parts are all of it when the list closes with
 * "and" and the sentence, with no word that leaves parts out.
 */
function leadingMadeOf(paragraphs: Paragraph[], i: number, figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown | undefined {
  const p = paragraphs[i];
  const cue = LEADING_MADE_OF_EN.exec(p.text);
  if (!cue) return undefined;
  const prev = paragraphs[i - 1];
  // Numbered paragraphs (3.1 …, 3.2 …) are sections of their own: siblings under one parent, each a sentence.
  const siblings = p.atHeading && prev.atHeading && p.section !== undefined && prev.section !== undefined && p.section.parent === prev.section.parent && p.section.key === prev.section.key;
  if ((!siblings && (p.atHeading || prev.section !== p.section)) || p.firstLine - prev.lastLine > 2) return undefined;
  const cueAt = cue[0].length;
  // 3.2: the paragraph's own number is no part.
  const figures = figuresIn(p).filter((f) => f.offset >= cueAt);
  const first = figures[0];
  if (!first || first.offset !== cueAt || !canBeTotal(first) || first.dimension === 'count' || !first.unit) return undefined;
  const wholes = lastSentenceWholes(siblings ? { ...prev, atHeading: false } : prev, figuresIn(prev), true).filter((f) => f.dimension === first.dimension && f.unit === first.unit);
  if (wholes.length !== 1) return undefined;
  const b = collectParts(p, [wholes[0], ...figures], 0, 1, cueAt, cue[2], cue[2].replace(/\s+/g, ' '), true);
  if (!b || b.parts.length < 2 || b.parts.some((f) => f.unit !== first.unit)) return undefined;
  // 4,312 km of roads → 512 km of A roads, 868 km of B and C roads: each part names the whole's noun (not footways).
  const nounAfter = (f: Figure) => f.paragraph.text.slice(f.offset + f.length, f.offset + f.length + 48).split(/[,.;:!?()]|\band\s+(?=[£$€]?\d)/)[0].trim().toLowerCase();
  const noun = /([a-z-]{3,})$/.exec(nounAfter(wholes[0]))?.[1];
  if (!noun || !b.parts.every((f) => new RegExp(`\\b${noun}$`).test(nounAfter(f)))) return undefined;
  const last = b.parts[b.parts.length - 1];
  const sentence = p.text.slice(cueAt).split(/\.(?:\s|$)|[;!?]/)[0];
  const closes = /\band\s+$/.test(p.text.slice(b.parts[b.parts.length - 2].offset + b.parts[b.parts.length - 2].length, last.offset)) && last.offset < cueAt + sentence.length && /^[^\d,;]*$/.test(p.text.slice(last.offset + last.length, cueAt + sentence.length));
  const complete = b.complete || (closes && !b.partial && !PARTIAL.test(sentence));
  return { ...b, complete, partition: true, groups: [b.parts], wholeAbove: true };
}

/**
 * The figures of a paragraph's last sentence that may be the whole of a paragraph opened by 其中 (readLeadingAmong):
 * the sentence must end the paragraph with 。 and hold one figure of a unit, a level that is no change.
 */
function lastSentenceWholes(p: Paragraph, figures: readonly Figure[], english = false): Figure[] {
  const text = p.text.trimEnd();
  if (p.atHeading || p.tableHeader || !(english ? /[。.]$/ : /[。]$/).test(text)) return [];
  let start = text.length - 1;
  while (start > 0 && !endsSentenceAt(text, start - 1) && text[start - 1] !== '；' && text[start - 1] !== ';') start--;
  const out: Figure[] = [];
  for (let j = figures.length - 1; j >= 0 && figures[j].offset >= start; j--) {
    const f = figures[j];
    if (canBeTotal(f) && !f.approximate && !isChange(text, f)) out.push(f);
  }
  return out.reverse();
}

/**
 * What readLeadingAmong reads of a paragraph, for sum-mismatch's summary: whether it opens with 其中, and the figures
 * its last sentence offers as a whole (their values and units; words typed around them change nothing).
 */
export function leadingAmongSummary(p: Paragraph, figures: readonly Figure[]): string | undefined {
  if (LEADING_AMONG.test(p.text) || LEADING_MADE_OF_EN.test(p.text)) return undefined;
  return lastSentenceWholes(p, figures, true).map((f) => `${f.value}${f.unit}/${f.dimension}/${f.subject}`).join(';');
}

/**
 * 全年共受理信访事项1,236件。⏎其中，来信412件，来访538件，网上信访376件: a paragraph opened by 其中 whose whole is the
 * paragraph just before it — the one figure of the first part's unit in that paragraph's last sentence (none when it
 * holds two: 受理1,236件，办结1,198件 leaves the whole in doubt). The parts are read as after any 其中 (of one kind to be
 * summed); a finding is at the parts.
 */
export function readLeadingAmongBreakdowns(paragraphs: Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // Most paragraphs open with something else: their first character says so before any pattern is tried.
    const c = p.text.charCodeAt(0);
    if (c !== 0x5176 && c > 32 && c !== 0x3000) {
      if (c === 84 || (c >= 48 && c <= 57)) {
        const b = leadingMadeOf(paragraphs, i, figuresIn);
        if (b) out.push(b);
      }
      continue;
    }
    const cue = LEADING_AMONG.exec(p.text);
    if (!cue) continue;
    const prev = paragraphs[i - 1];
    if (p.atHeading || prev.section !== p.section || p.firstLine - prev.lastLine > 2) continue;
    const figures = figuresIn(p);
    const cueAt = cue[0].length;
    let part = 0;
    while (part < figures.length && figures[part].offset < cueAt) part++;
    while (part < figures.length && !canBeTotal(figures[part]) && figures[part].offset - cueAt < 40) part++;
    if (part >= figures.length || !canBeTotal(figures[part])) continue;
    const wholes = lastSentenceWholes(prev, figuresIn(prev)).filter((f) => f.dimension === figures[part].dimension);
    if (wholes.length !== 1) continue;
    const b = collectParts(p, [wholes[0], ...figures.slice(part)], 0, 1, cueAt, cue[0], '其中', false);
    if (b) out.push({ ...b, wholeAbove: true });
  }
  return out;
}
