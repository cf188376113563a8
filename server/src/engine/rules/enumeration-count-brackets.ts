// A count whose members are named in brackets straight after it: 召开常委会会议6次（1月、3月、6月、9月、11月）, 对3个乡镇
// （东城镇、西城镇）, "met six times during the year (June, July, September, November 2025 and March 2026)", "four new
// schools (Oakfield, Riverside and Hillcrest)". The brackets name each one counted, so their number must be the count.
//
// Not: brackets that give examples or a part (等, 其中, 含, 包括, 如, 见; e.g., including, such as, see), items that are
// themselves quantities (东城镇2个, five Labour), a count that is a floor or part of another (3个以上, 近5年, at least
// three, two of the three), an alternative name (6个村（社区）: one item; 31个省（区、市）: the kinds of place counted), an explanation with commas (两个确立（确立…，
// 确立…）) and slogans. A last item joined by 和 / and may be one or two (服务、保障、监管和评价体系 is three or four).

import slogans from '../data/slogans.json';
import { parseChineseNumeral } from '../model/numerals';
import { GRADED_KIND, lastPair, numberNames } from './enumeration-count-lists';
import type { Paragraph } from '../model/paragraphs';
import { smallNumberWord } from '../model/number-words';

export interface BracketCount {
  /** The count and what it counts (6次, 3个乡镇, four new primary schools), offset and length in the paragraph. */
  offset: number;
  length: number;
  count: number;
  /** How many members the brackets name: between `min` and `max` when an item may be two joined by 和 / and. */
  min: number;
  max: number;
  /** The brackets, offset and length in the paragraph. */
  listOffset: number;
  listLength: number;
}

const SLOGANS: readonly string[] = slogans.slogans;

// After the noun, a qualifying bracket written over with spaces (see withoutQualifiers) and the rest of the clause up to
// the later bracket that names the members (4名理事（来自…），于6月经理事会审议通过（张华、李明、王芳、赵强）).
const ZH = /(十[一二]?|[两兩二三四五六七八九]|\d{1,2})\s?(个|個|项|項|次|名|家|所|支|条|條|类|類|种|種|批|期|场|場|大|位|座|篇|件|届|屆)([\p{sc=Han}“”]{0,10}?)(\s{4,}[^（）\n。；！？;!?]{0,30}?)?（([^（）\n]{2,80})）/gu;
/** Between a qualifier and the later bracket: a part (其中2名), examples or another count make the bracket no list of the count's members. */
const ZH_GAP_NOT = /其中|包括|包含|含|等|部分|另|之一|(?:\d{1,3}|[一二两兩三四五六七八九十])\s?(?:个|個|名|位|人|家|项|項|件|条|條|批|次)/;
/** What may not stand before the count: a digit or a point (a longer number), 第 (an ordinal), a floor or an estimate. */
const ZH_NOT_BEFORE = /(?:[\d０-９.．第近约約逾余餘多这這那上前后後每各]|超过|超過|至少|不少于|不少於|不低于|不低於)$/;
const ZH_NOT_AFTER = /^(?:以上|以下|余|餘|多|左右|之一)/;
/** 二类疫苗（水痘、流感…）, 3类声环境功能区（东城、西城）: a grade naming a kind of thing, not a count of kinds. */
const ZH_GRADED = new RegExp(`^(?:${GRADED_KIND})`);
const ZH_NOT_LIST = /等|其中|含|包括|包含|如|例如|比如|见|見|详见|詳見|分别|分別|之一|；|;|：|:|，|,|。/;
/** 1月, 3月5日, 2021年至2025年: an item may be a date; any other figure makes it a quantity (东城镇2个). */
const ZH_DATE_ITEM = /^(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?)?$|^(?:19|20)\d\d年$/;
const ZH_COUNTED_ITEM = /[\d０-９]|[一二两兩三四五六七八九十][个個名项項家所次条條人]/;
const ZH_JOIN = /[和及与與]|以及/;
/** 31个省（区、市）, 11个县（市、区）: the kinds of place the count takes in, not its members. */
const ZH_LEVEL_ITEM = /^(?:省|区|區|市|县|縣|镇|鎮|乡|鄉|村|街道|社区|社區|州|盟|旗|自治区|自治區|直辖市|直轄市|特区|特區|县级市|縣級市|地级市|地級市|自治县|自治縣|自治州|自治旗|林区|林區|新区|新區|开发区|開發區|团场|團場|农场|農場|场|場|园区|園區|部门|部門|单位|單位|中心)$/;

const EN = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+((?:[A-Za-z][A-Za-z'-]*\s+){0,10}?)\(([^()\n]{3,160})\)/gi;
/** A word that ends in s but is no plural noun: the verbs and little words of the sentence between count and brackets. */
const EN_NOT_PLURAL = /^(?:was|has|is|its|this|thus|across|as|us|his|plus|status|campus|bonus|focus|bus|gas|less|unless|always|perhaps)$/i;
/** A floor, an estimate or a part of another count before it: at least three, over 5, two of the three; a share (5 in 10, one in four). */
const EN_NOT_BEFORE = /(?:\b(?:at\s+least|more\s+than|fewer\s+than|less\s+than|over|under|about|around|nearly|almost|up\s+to|some|approximately|roughly|of\s+the|of\s+these|of\s+those|of\s+our|of\s+its|of\s+their|out\s+of|than|top|first|last|next|past|every|per|only|another|other)\s+|\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+|[£$€¥.,\d]\s*)$/i;
/** What makes a bracket no list of the members: examples, a part, a pointer, a clause. */
const EN_NOT_LIST = /\b(?:e\.g|i\.e|eg|ie|including|includes|include|such\s+as|for\s+example|for\s+instance|see|among|etc|which|who|whom|where|whose|of\s+which|of\s+whom|mostly|mainly|notably|especially|excluding|plus)\b|[;:]/i;
const EN_NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|once|twice|half|both|all|none|each|several|many|most|few)\b/i;
/** Riverside and Hillcrest Federation, Smith and Jones Solicitors: a body's name that holds an "and" is one member. */
const EN_BODY_NAME = /\b(?:federation|trust|partnership|foundation|association|society|group|council|company|co|ltd|limited|llp|plc|inc|services|partners|sons|solicitors|associates|alliance|consortium|network|club|league|union|board|committee|college|academy|school)\.?$/i;
/** What counts time or a measure, not members: six years (2020 to 2025) is a span. */
const EN_MEASURE_NOUN = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|percent|per\s+cent|points?|pence|pounds|dollars|euros|million|billion|thousand|hundred|dozen|quarters?)$/i;

/** The bracketed member lists of a paragraph. */
export function bracketCountsIn(paragraph: Paragraph): BracketCount[] {
  const text = paragraph.text;
  const out: BracketCount[] = [];
  if (text.includes('（')) readChinese(text, out);
  if (text.includes('(') && /[A-Za-z]/.test(text)) readEnglish(text, out);
  return out;
}

/**
 * A bracket further on in the sentence, past a qualifier, that names the counted: people's names for a count of people
 * (4名理事 … （张华、李明、王芳、赵强）), or names that end as the counted noun does (3个试点乡镇 … （东城镇、西城镇）) — not
 * what the clause between is about (并修订了章程（第三条、第五条）).
 */
function namesMembers(measure: string, noun: string, content: string): boolean {
  const items = content.split('、').map((s) => s.trim());
  if (/[名位人]/.test(measure)) return items.every((s) => /^\p{sc=Han}{2,4}$/u.test(s) && !/^第|[条條款章节節次届屆号號]$/u.test(s));
  const last = noun.slice(-1);
  return last !== '' && items.every((s) => s.length > 1 && s.endsWith(last));
}

function readChinese(source: string, out: BracketCount[]): void {
  const text = withoutQualifiers(source, '（', ZH_QUALIFIER, /[。！？；]/);
  ZH.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ZH.exec(text)); ) {
    ZH.lastIndex = m.index + m[0].length;
    const count = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1].replace('兩', '两'));
    const noun = m[3];
    const gap = m[4];
    const content = m[5];
    // （来自市属国企、民营企业）: a bracket that says where the counted come from names none of them.
    if (ZH_QUALIFIER.test(`（${content}）`)) continue;
    if (gap !== undefined && (source[m.index + m[0].length - gap.length - content.length - 2] !== '（' || ZH_GAP_NOT.test(gap) || !namesMembers(m[2], noun, content))) {
      // The count after the qualifier may have brackets of its own (成立3个工作组（综合组、宣传组）).
      ZH.lastIndex = m.index + 1;
      continue;
    }
    if (!count || count < 2 || ZH_NOT_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) || ZH_NOT_AFTER.test(noun + content)) continue;
    if (/[类類]/.test(m[2]) && ZH_GRADED.test(noun)) continue;
    if (/[“”]/.test(noun) || SLOGANS.some((s) => text.startsWith(s, m!.index)) || ZH_NOT_LIST.test(content)) continue;
    const items = content.split('、').map((s) => s.trim());
    if (items.length < 2 || items.some((s) => s === '' || s.length > 16 || (ZH_COUNTED_ITEM.test(s) && !ZH_DATE_ITEM.test(s)))) continue;
    if (items.every((s) => s.length === 1 || ZH_LEVEL_ITEM.test(s))) continue;
    // 东城镇、西城镇和南城镇: a last item joined by the list's own 和 is two (lastPair); else one or two.
    const joined = items.filter((s) => ZH_JOIN.test(s)).length;
    const min = joined === 1 && lastPair(items, false) ? items.length + 1 : items.length;
    const listOffset = m.index + m[0].length - content.length - 2;
    out.push({ offset: m.index, length: m[0].length - content.length - 2 - (gap?.length ?? 0), count, min, max: items.length + joined, listOffset, listLength: content.length + 2 });
  }
}

/**
 * A bracket that says who or where the counted are, not which: "(representing Reply and Adfinis)", "(nominated by the
 * Parish Council and the Friends group)", （来自市属国企、民营企业）. Passed over when a later bracket in the sentence may
 * name the members ("Four new voting members (representing Reply and Adfinis) were accepted (Huy D., Wojciech S., …)").
 */
const EN_QUALIFIER = /^\((?:representing|from|of|in|at|on|for|with|by|all|both|each|mostly|mainly|nominated|appointed|elected|co-opted|drawn|based|led|funded|sponsored|working|employed|seconded|hosted|supported)\b[^()\n]*\)/;
const ZH_QUALIFIER = /^（(?:分别|分別)?(?:来自|來自|均为|均為|均来自|代表|由|系|隶属|隸屬|属于|屬於|派驻|派駐|驻|駐|分布在|分布于|位于|位於)[^（）\n]*）/;

/**
 * The paragraph with the qualifying brackets that a later bracket of the same sentence follows written over with spaces
 * (the same length, so offsets stay), so that the count is read with the later bracket; the text as it is if none.
 */
function withoutQualifiers(text: string, open: string, qualifier: RegExp, sentenceEnd: RegExp): string {
  const parts: string[] = [];
  let kept = 0;
  for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
    const q = qualifier.exec(text.slice(i, i + 120));
    if (!q) continue;
    const end = i + q[0].length;
    const next = text.indexOf(open, end);
    if (next < 0) break;
    if (sentenceEnd.test(text.slice(end, next))) continue;
    parts.push(text.slice(kept, i), ' '.repeat(q[0].length));
    kept = end;
    i = end - 1;
  }
  return kept === 0 ? text : parts.join('') + text.slice(kept);
}

function readEnglish(source: string, out: BracketCount[]): void {
  const text = withoutQualifiers(source, '(', EN_QUALIFIER, /[.!?;]\s/);
  EN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EN.exec(text)); ) {
    EN.lastIndex = m.index + 1;
    const word = m[1].toLowerCase();
    const count = /\d/.test(word) ? Number(word) : smallNumberWord(word);
    const words = m[2].trim().split(/\s+/);
    const content = m[3];
    if (count < 2 || words.length === 0 || words[0] === '' || EN_MEASURE_NOUN.test(words[0])) continue;
    // "5 in 10 had paid workers (…)": a number its verb follows is the subject of the clause, no count of a noun.
    if (/^(?:had|have|has|were|are|was|is|did|do|does|said|reported|ran|run|used|received)$/i.test(words[0])) continue;
    // The thing counted is a plural (schools, times, new primary schools); "six times during the year" goes on after it.
    const plural = (w: string) => /(?:s|people|children|staff|men|women)$/i.test(w) && !EN_NOT_PLURAL.test(w);
    if (!words.some(plural)) continue;
    // "three new services were launched in the year (A, B, C and D)": past five words, the counted noun comes in the
    // first three and no other plural after it, which the brackets might name instead (funded by the councils (…)).
    if (words.length > 5) {
      const noun = words.slice(0, 3).findIndex(plural);
      if (noun < 0 || words.slice(noun + 1).some(plural)) continue;
    }
    if (EN_NOT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || /\bof$/i.test(words[words.length - 1])) continue;
    // Scope 3 emissions (business travel and water), Tier 2 suppliers (…), Key Stage 2 pupils (…): a number in a name.
    if (numberNames(text, m.index, /\d/.test(word))) continue;
    if (EN_NOT_LIST.test(content) || EN_NUMBER_WORD.test(content)) continue;
    const commas = content.split(/\s*,\s*/).map((s) => s.replace(/^(?:and|or)\s+/i, '').trim());
    if (commas.length < 2 && !/\s(?:and|or)\s/i.test(content)) continue;
    // Each item a short name (up to five words); a figure only as a year (November 2025).
    if (commas.some((s) => s === '' || s.split(/\s+/).length > 6 || /\d/.test(s.replace(/\b(?:19|20)\d\d(?:\/\d\d)?\b/g, '')))) continue;
    // (Packaging, Documentation and Security): a last item joined by the list's own "and" — nothing else joins two, and
    // each half is like the names before it — is two (lastPair); a set phrase (Audit and Risk) or a longer name is one or two.
    const joined = commas.filter((s) => /\s(?:and|or|&)\s/i.test(s)).length;
    const min = joined === 1 && !EN_BODY_NAME.test(commas[commas.length - 1]) && lastPair(commas, true) ? commas.length + 1 : commas.length;
    const listOffset = m.index + m[0].length - content.length - 2;
    // A qualifying bracket written over: the phrase ends at the counted noun before it.
    const whole = m[0].slice(0, m[0].length - content.length - 2);
    const blank = whole.search(/\s{4,}/);
    const phrase = (blank > 0 ? whole.slice(0, blank) : whole).trimEnd();
    out.push({ offset: m.index, length: phrase.length, count, min, max: commas.length + joined, listOffset, listLength: content.length + 2 });
  }
}
