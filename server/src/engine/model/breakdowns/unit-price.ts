// A total stated with its count and its price per item, in one sentence — a sum of equal parts:
//   采购电脑20台，单价5000元，共计12万元 (20 × 5000元 = 10万元) · 每人补助300元，共发放120人，合计3.6万元 ·
//   完成农村危房改造86户，每户补助2万元，共计补助资金182万元 (172万元)
//   We spent £4,800 on the summer scheme (40 places at £130 each) · Rent of £450 per month for 12 months came to £5,000 ·
//   Each of the 12 schools received £1,500, a total of £19,000
// Read only where the sentence holds one price, one count of what the price is per, and one other amount of the same
// money; silent where any of them is loose (约, 左右, 最高, about, up to, a range), or the sentence says the total holds
// more or less than the items (含税, 另, plus, VAT, with, including), or prices per two things (每人每月).

import type { Figure } from '../numbers';
import type { Paragraph } from '../paragraphs';
import { MONEY } from './shared';

export interface UnitPriceTotal {
  count: Figure;
  price: Figure;
  total: Figure;
}

/** 单价5000元 · 每套单价1200元 · 每户500元 · 每人补助300元: the price's words right before it, in its clause. */
const PRICE_BEFORE_ZH = /(?:(每)(\p{sc=Han})(?:单价|單價|补助|補助|补贴|補貼|标准|標準|奖励|獎勵|奖补|獎補|资助|資助|发放|發放|价格|價格|费用|費用|慰问金|慰問金)?|单价|單價)(?:为|為|是)?\s*$/u;

/** The classifiers a price per one thing may count: 每人 ↔ 120人 or 120名, 每户 ↔ 86户. */
const SAME_COUNTER: Record<string, string[]> = { 人: ['人', '名', '位'], 户: ['户', '戶'], 戶: ['户', '戶'], 名: ['人', '名'] };

/** 共计12万元 · 合计3.6万元 · 总价4.6万元: the total's words right before it. */
// 共计补助资金182万元: up to four words of what the money is after 共计, 合计, 总计.
const TOTAL_BEFORE_ZH = /(?:(?:共计|共計|合计|合計|总计|總計)\p{sc=Han}{0,4}?|(?:总价|總價|总额|總額|总金额|總金額|共)(?:发放|發放|支出|金额|金額|资金|資金)?)(?:为|為|达|達)?\s*$/u;

/** "at £130 each" · "at $120 a head" · "£450 per month": the price's words after it, and "at" before. */
const EACH_AFTER_EN = /^\s*(?:each|apiece|(?:per|a)\s+(?:head|person|place|item|unit|session|ticket|licence|license|night|visit))\b/i;
const AT_BEFORE_EN = /\bat\s+$/i;
/** "Each of the 12 schools received £1,500": the words before the count, and between it and the price. */
const EACH_OF_BEFORE_EN = /\bEach\s+of\s+(?:the\s+|our\s+|these\s+)?$/i;
const EACH_VERB_EN = /^\s*(?:[a-z-]+\s+){1,3}?(?:received|got|cost|costs|was\s+(?:given|awarded|paid|offered)|were\s+(?:given|awarded|paid|offered))\s+$/i;
/** "£450 per month for 12 months": the count of periods after the price. */
const PER_PERIOD_EN = /^\s*(?:per|a)\s+(day|week|month|year|night|session)\s+for\s+/i;

/** Words that make the total hold more or less than the items, or the figures loose. */
// 发放慰问金及物资合计6.3万元, 和, 物资: the total holds more than the priced items.
const LOOSE_ZH = /约|約|左右|最高|最多|最低|不超过|不超過|不少于|不少於|以内|以內|上限|含税|含稅|不含|含安装|另|及|和|物资|物資|物品|实物|實物|等费用|至|到|每月|每年|每天|每日|每期/;
const LOOSE_EN = /\b(?:about|around|approximately|roughly|some|up\s+to|plus|VAT|with|including|excluding|incl|excl|inc|ex|and|from|between|average|averaging|over|under|nearly|almost|more\s+than|less\s+than)\b|[–—-]\s*[£$€\d]/i;

/** The sentence around `at`: back and on to 。！？；; or a full stop before a space. */
function sentenceAround(text: string, at: number): [number, number] {
  const endMark = (i: number) => /[。！？!?；;]/.test(text[i]) || (text[i] === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])));
  let start = at;
  while (start > 0 && !endMark(start - 1)) start--;
  let end = at;
  while (end < text.length && !endMark(end)) end++;
  return [start, end];
}

const isMoney = (f: Figure) => MONEY.has(f.dimension);

const plainCount = (f: Figure) => !isMoney(f) && f.dimension !== '%' && f.dimension !== '' && f.decimals === 0 && f.scale === 1 && !f.words && f.value >= 2;

/** A price's own words, read before its sentence is: 单价, 每户, "at … each", "per month for", "Each of the … received". */
function priceCue(text: string, price: Figure): boolean {
  const after = text.slice(price.offset + price.length, price.offset + price.length + 30);
  return EACH_NOUN_BEFORE_EN.test(text.slice(Math.max(0, price.offset - 60), price.offset)) || PRICE_BEFORE_ZH.test(text.slice(Math.max(0, price.offset - 12), price.offset)) || EACH_AFTER_EN.test(after) || PER_PERIOD_EN.test(after) || /\bEach\s+of\b/i.test(text.slice(Math.max(0, price.offset - 80), price.offset));
}

/** The totals of one paragraph stated with their count and price per item. */
export function readUnitPriceTotals(paragraph: Paragraph, figures: readonly Figure[]): UnitPriceTotal[] {
  const text = paragraph.text;
  const out: UnitPriceTotal[] = [];
  const seen = new Set<number>();
  for (const price of figures) {
    if (!isMoney(price) || !priceCue(text, price)) continue;
    const [start, end] = sentenceAround(text, price.offset);
    if (seen.has(start)) continue;
    const inSentence = figures.filter((f) => f.offset >= start && f.offset < end);
    const sentence = text.slice(start, end);
    const found = /\p{sc=Han}/u.test(sentence) ? readZh(text, price, inSentence, sentence) : (readEn(text, price, inSentence, sentence) ?? readEachBefore(text, price, figures, start));
    if (!found) continue;
    seen.add(start);
    if ([found.count, found.price, found.total].some((f) => f.approximate)) continue;
    out.push(found);
  }
  return out;
}

function readZh(text: string, price: Figure, inSentence: Figure[], sentence: string): UnitPriceTotal | undefined {
  const clauseStart = Math.max(text.lastIndexOf('，', price.offset), text.lastIndexOf(',', price.offset), text.lastIndexOf('、', price.offset)) + 1;
  const cue = PRICE_BEFORE_ZH.exec(text.slice(Math.max(clauseStart, price.offset - 12), price.offset));
  if (!cue || LOOSE_ZH.test(sentence.replace(/涉及|涉及到/g, '')) || (sentence.match(/每/g) ?? []).length > 1) return undefined;
  const per = cue[1] ? cue[2] : undefined;
  const counts = inSentence.filter((f) => plainCount(f) && (!per || (SAME_COUNTER[per] ?? [per]).includes(f.unit)));
  const others = inSentence.filter((f) => f !== price && isMoney(f));
  if (counts.length !== 1 || others.length !== 1 || inSentence.some((f) => f !== price && f !== counts[0] && f !== others[0])) return undefined;
  const total = others[0];
  const totalClause = Math.max(text.lastIndexOf('，', total.offset), text.lastIndexOf(',', total.offset)) + 1;
  if (total.offset < price.offset) return totalFirstZh(text, total, counts[0], price) ? { count: counts[0], price, total } : undefined;
  if (!TOTAL_BEFORE_ZH.test(text.slice(Math.max(totalClause, total.offset - 8), total.offset))) return undefined;
  return { count: counts[0], price, total };
}

function readEn(text: string, price: Figure, inSentence: Figure[], sentence: string): UnitPriceTotal | undefined {
  if (LOOSE_EN.test(sentence.replace(/\b(?:for|on)\b/g, ''))) return undefined;
  const after = text.slice(price.offset + price.length, price.offset + price.length + 30);
  const i = inSentence.indexOf(price);
  let count: Figure | undefined;
  const period = PER_PERIOD_EN.exec(after);
  const next = inSentence[i + 1];
  if (period && next && !isMoney(next) && new RegExp(`^${period[0].replace(/\s+/g, '\\s+')}$`, 'i').test(text.slice(price.offset + price.length, next.offset)) && new RegExp(`^\\s*${period[1]}s\\b`, 'i').test(text.slice(next.offset + next.length - next.unit.length))) {
    count = next;
  } else if (EACH_AFTER_EN.test(after) && AT_BEFORE_EN.test(text.slice(Math.max(0, price.offset - 6), price.offset))) {
    // 40 places at £130 each: the count a few words before "at".
    const before = inSentence[i - 1];
    if (before && !isMoney(before) && /^\s*(?:[a-z-]+\s+){0,3}at\s+$/i.test(text.slice(before.offset + before.length - (before.dimension === 'count' ? before.unit.length : 0), price.offset))) count = before;
  }
  // Each of the 12 schools received £1,500: the count after "Each of the", the price after its verb.
  const before = inSentence[i - 1];
  if (!count && before && !isMoney(before) && EACH_OF_BEFORE_EN.test(text.slice(Math.max(0, before.offset - 16), before.offset)) && EACH_VERB_EN.test(text.slice(before.offset + before.length - (before.dimension === 'count' ? before.unit.length : 0), price.offset))) count = before;
  if (!count || count.decimals !== 0 || count.value < 2) return undefined;
  const others = inSentence.filter((f) => f !== price && f !== count);
  if (others.length !== 1 || !isMoney(others[0]) || others[0].dimension !== price.dimension) return undefined;
  return { count, price, total: others[0] };
}

/** "Each eligible student received ": a sentence that opens with "Each" and the counted noun, then the verb. */
const EACH_NOUN_BEFORE_EN = /(?:^|[.!?]\s+)Each\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:received|got|was\s+(?:given|awarded|paid|offered))\s+$/;
/** "at a total cost of " · ", a total of " · "totalling ": the words of the total right before it. */
const TOTAL_BEFORE_EN = /\b(?:(?:a\s+)?total\s+(?:cost\s+|value\s+)?of|totall?ing|cost(?:ing)?\s+a\s+total\s+of)\s+$/i;

/**
 * "The Northgate Bursary was paid to 3,418 students at a total cost of £4.27 million. Each eligible student received
 * £1,000, and …": the price in a sentence of its own that opens with "Each" and the noun the sentence before counts, that
 * sentence holding that one count and one total of the same money (a total of, at a total cost of) and nothing loose.
 */
function readEachBefore(text: string, price: Figure, figures: readonly Figure[], start: number): UnitPriceTotal | undefined {
  const each = EACH_NOUN_BEFORE_EN.exec(text.slice(Math.max(0, price.offset - 60), price.offset));
  if (!each || start < 2) return undefined;
  // The price's own clause: nothing loose up to its comma or the sentence end.
  const clause = /^[^,;.!?]*/.exec(text.slice(price.offset + price.length, price.offset + price.length + 60))![0];
  if (clause.trim() !== '' || LOOSE_EN.test(text.slice(price.offset - each[0].length, price.offset).replace(/^[.!?]\s+/, ''))) return undefined;
  const [from, to] = sentenceAround(text, start - 2);
  const before = figures.filter((f) => f.offset >= from && f.offset < to);
  const sentence = text.slice(from, to);
  if (before.length !== 2 || LOOSE_EN.test(sentence.replace(/\b(?:for|on)\b/g, ''))) return undefined;
  const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');
  const count = before.find((f) => plainCount(f) && /^[a-z]+$/i.test(f.unit) && stem(f.unit) === stem(each[1]));
  const total = before.find((f) => isMoney(f) && f.dimension === price.dimension);
  if (!count || !total || !TOTAL_BEFORE_EN.test(text.slice(Math.max(from, total.offset - 24), total.offset))) return undefined;
  return { count, price, total };
}

/** 下达, 安排, 预算, 拨付: an amount set aside, which may hold more than the priced items. */
const SET_ASIDE_ZH = /下达|下達|安排|预算|預算|计划|計劃|拨付|撥付|筹集|籌集|筹措|籌措|争取|爭取|到位|累计|累計/;

/**
 * 清退违规发放的津贴补贴12.6万元，涉及人员42人，每人3000元: the amount first, then the count, then the price per item
 * ending the sentence — the amount is what the items came to. Not an amount set aside (下达资金50万元，资助学生42人，
 * 每人3000元), which may hold more.
 */
function totalFirstZh(text: string, total: Figure, count: Figure, price: Figure): boolean {
  if (!(total.offset < count.offset && count.offset < price.offset)) return false;
  const clauseStart = Math.max(text.lastIndexOf('，', total.offset), text.lastIndexOf(',', total.offset), text.lastIndexOf('。', total.offset), text.lastIndexOf('；', total.offset)) + 1;
  if (SET_ASIDE_ZH.test(text.slice(Math.max(clauseStart, total.subjectStart), total.offset))) return false;
  // The price ends the sentence: nothing but its clause's end after it.
  return /^\s*(?:[。；;！!]|$)/.test(text.slice(price.offset + price.length, price.offset + price.length + 2));
}
