/**
 * The event or dated period a figure's sentence names before it (举办油菜花节, “五一”假期, 4月20日; the Spring Fair, the May
 * bank holiday, (1–5 May)): a statement made for one occasion is another quantity than one made for another.
 */
import type { Figure } from '../../model/numbers';
import { SENTENCE_REACH, stopsBack } from './sentences';

/** An event or a dated period a figure's sentence names: its key token, whether a holiday, the words that name it (English). */
export interface Occasion {
  token: string;
  holiday?: boolean;
  words?: RegExp;
}

/** “五一”假期, 春节期间, 国庆黄金周: a holiday period (its name is the key). */
const HOLIDAY_ZH = /(五一|十一|国庆|國慶|春节|春節|元旦|清明|端午|中秋|劳动节|勞動節|暑期|暑假|寒假)[”"’]?(?:假期|长假|長假|小长假|小長假|黄金周|黃金週|期间|期間)|(春运|春運|暑运|暑運)(?=期间|期間|\d{1,3}天|[，,]|共|累计|累計)/;

/** The holiday's words in a figure's subject (五一假期期间, 国庆黄金周): dropped where the holiday is in the key. */
export const HOLIDAY_WORDS_ZH = /[“"]?(?:五一|十一|国庆|國慶|春节|春節|元旦|清明|端午|中秋|劳动节|勞動節|暑期|暑假|寒假)[”"’]?(?:假期|长假|長假|小长假|小長假|黄金周|黃金週|期间|期間)(?:期间|期間)?|(?:春运|春運|暑运|暑運)(?:期间|期間)?/g;

/** 举办油菜花节, 举行第三届桃花节, 承办马拉松赛: an event held, named by what it is (节, 会, 赛, 展, 周). */
const EVENT_ZH = /(?:举办|舉辦|举行|舉行|承办|承辦)了?((?:第[一二三四五六七八九十\d]{1,3}[届屆])?[\p{sc=Han}“”"]{2,14}?(?:节|節|会|會|赛|賽|展|周|週|季))(?=[，,。；;、（(]|$)/u;

/** 4月20日, 5月1日—5日: a day or a span of days (not the date a total is taken at, 截至11月30日, nor one from which it runs). */
const DAY_ZH = /(?<!\d)(?<!(?:截至|截止|自|从|從|到|至)(?:(?:19|20)\d\d年)?)(\d{1,2})月(\d{1,2})日(?:\s*[—–~～至到-]\s*(?:\d{1,2}月)?\d{1,2}日)?(?!起|以来|以來|至今|前|后|後)/;

/**
 * The event or dated period a Chinese figure's sentence names before it: 举办油菜花节 (the event), “五一”假期 (the
 * holiday), else a day or span of days (4月20日); undefined for none.
 */
export function occasionZh(f: Figure): Occasion | undefined {
  const text = f.paragraph.text;
  let start = f.offset;
  while (start > 0 && f.offset - start < SENTENCE_REACH && !stopsBack(text.charCodeAt(start - 1))) start--;
  // The last one named before the figure (国庆黄金周接待游客12.4万人次，春节期间接待游客5.1万人次: 春节 for the second).
  const head = text.slice(start, f.offset);
  const event = lastMatch(EVENT_ZH, head);
  const holiday = lastMatch(HOLIDAY_ZH, head);
  // (2026年春运40天，共发送旅客43.5万人次: the travel rush of the holiday, a period of its own.)
  if (holiday && (!event || holiday.index! > event.index!)) return { token: `期:${holiday[1] ?? holiday[2]}`, holiday: true };
  if (event) return { token: `事:${event[1].replace(/[“”"]/g, '')}` };
  const day = lastMatch(DAY_ZH, head);
  return day ? { token: `日:${day[0].replace(/\s+/g, '')}` } : undefined;
}

/** "At the Spring Fair", "during our Summer Festival": an event named by what it is. */
const EVENT_EN = /\b(?:[Aa]t|[Dd]uring|[Ff]or|[Oo]ver)\s+(?:the|our|this\s+year's)\s+((?:[A-Z][\w'’-]*\s+){0,4}(?:Fair|Festival|Show|Gala|Open\s+Day|Open\s+Weekend|Marathon|Conference|Exhibition|Games|Carnival|Parade))\b/;

/** "Over the May bank holiday", "during the Easter holidays", "at half term": a holiday period. */
const HOLIDAY_EN = /\b((?:(?:New\s+Year|Easter|May|spring|summer|August|Christmas|October|February|autumn|winter)\s+(?:bank\s+)?(?:holidays?|half[- ]term|break))|(?:half[- ]term|bank\s+holiday))\b/i;

/** "(1–5 May)", "on 20 April": a day or a span of days the sentence names (not "at 31 March", the date a stock is taken at). */
const DAYS_EN = /(?:\(\s*|\bon\s+)(\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/;

/**
 * The event or dated period an English figure's sentence names before it: the Spring Fair, the May bank holiday (the
 * last one named), else (1–5 May); `words`, the phrases that name them (no words of the statement's own).
 */
export function occasionEn(f: Figure): Occasion | undefined {
  const text = f.paragraph.text;
  let start = f.offset;
  while (start > 0 && f.offset - start < SENTENCE_REACH && !/[.!?]\s/.test(text.slice(start - 1, start + 1))) start--;
  const head = text.slice(start, f.offset);
  const event = lastMatch(EVENT_EN, head);
  const holiday = lastMatch(HOLIDAY_EN, head);
  const day = lastMatch(DAYS_EN, head);
  const words = OCCASION_WORDS_EN;
  if (holiday && (!event || holiday.index! > event.index!)) return { token: `period:${holiday[1].toLowerCase().replace(/\s+/g, ' ').replace('-', ' ')}`, holiday: true, words };
  if (event) return { token: `event:${event[1].toLowerCase().replace(/\s+/g, ' ')}`, words };
  return day ? { token: `day:${day[1].replace(/\s+/g, ' ')}`, words } : undefined;
}

/** The phrases of an occasion in the words before a figure: "Over the May bank holiday", "At the Spring Fair", "on 20 April", "(1–5 May)". */
const OCCASION_WORDS_EN = new RegExp(`(?:${EVENT_EN.source}|\\b(?:[Oo]ver|[Dd]uring|[Aa]t|[Ii]n|[Ff]or)\\s+(?:the\\s+)?(?:${HOLIDAY_EN.source})|${DAYS_EN.source}\\)?)`, 'gi');

/** The global copy of each pattern lastMatch has read with (made once, not per call: perf39). */
const GLOBAL_COPIES = new Map<RegExp, RegExp>();

export function lastMatch(pattern: RegExp, text: string): RegExpMatchArray | undefined {
  let global = GLOBAL_COPIES.get(pattern);
  if (!global) GLOBAL_COPIES.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  let last: RegExpMatchArray | undefined;
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    last = m;
    // An empty match moves on one unit, as matchAll does (a code point under the u flag).
    if (m[0] === '') global.lastIndex += global.unicode && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return last;
}
