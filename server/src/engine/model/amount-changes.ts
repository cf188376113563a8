// Claims that an amount changed by a percentage, with both amounts stated, read from the figures of one paragraph:
//   由1,250万人次增长到1,410万人次，同比增长12.8% · 从28.6亿元增加至32.4亿元，增长13.3%
//   由2025年的298家增加到2026年的326家，增长9.4% · 1268.6万人次，比上年的1124.5万人次增长12.8%
//   218.6亿元，上年同期为196.2亿元，同比增长11.4%
//   grew from $12.4 million in Q3 2024 to $13.9 million, an increase of 12.1% · fell from 5,200 to 4,600, a decline of 11.5%
// Only the plain order with the change straight after the second amount: a change that is 年均 (a yearly average),
// 按可比价格 (real, not nominal) or about something else does not follow the amounts this closely. Value added and
// GDP are left out: their growth is stated at comparable prices, which the nominal amounts do not show.
// percent-arithmetic decides what is wrong.

import amountWords from '../data/amount-words.json';
import percentWords from '../data/percent-words.json';
import { figureText, groupedFixed, type Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { levelBeside, targetAside } from './target-level';

export interface AmountChange {
  paragraph: Paragraph;
  from: Figure;
  to: Figure;
  /** The stated change in % (its sign as written; the verb says the direction). */
  change: Figure;
  /** Up or down by the verb before the change; undefined when none says. */
  up?: boolean;
  /** From the 由/from to the end of the change. */
  start: number;
  end: number;
  /** The earlier amount as the message quotes it when the sentence does not write it (rose by 6,080 to 42,000: 35,920). */
  fromText?: string;
  /** A comparative that says the direction for certain (3.1% less than): set only where a contradiction is reported. */
  comparative?: string;
}

const UP = /^(?:增长|增長|增加|提高|提升|上升|增|扩大|擴大|延长|延長|increase|rise|gain|growth|jump|up|rose|grew|increased|climbed|went up)$/i;
const FROM_ZH = /(?:由|从|從)(?:(?:19|20)\d\d年(?:底|末|的)?)?[^，。；,;%％\d]{0,12}$/;
// 增加到2026年的326家: the later amount may carry its year too. Times are cut and extended: 审批时间由68个工作日压缩至
// 35个工作日，压缩了48.5% · 服务时间由8小时延长至10小时，延长了25%.
const GAP_ZH = /^\s*(增长|增長|增加|提高|提升|上升|下降|减少|減少|降低|扩大|擴大|缩小|縮小|回落|压缩|壓縮|缩短|縮短|压减|壓減|缩减|縮減|延长|延長)?了?\s*(?:到|至)\s*(?:(?:19|20)\d\d年(?:底|末|的)?)?$/;
// 1268.6万人次，比上年的1124.5万人次增长21.8%: the later amount first, the base after 比/较, then the change.
const REVERSE_ZH = /^\s*[，,]\s*(?:比|较|較)(?:上年|去年|上一年|(?:19|20)\d\d年|上年同期|去年同期)?(?:的|（|\()\s*$/;
/** 减少2.64万元, 节约了0.8亿元: the amount after it is a change, not a level. */
const CHANGE_BEFORE_ZH = /(?:减少|減少|增加|节约|節約|节省|節省|节支|節支|下降|增长|增長|降低|提高|上升|压减|壓減|压缩|壓縮|超支|结余|結餘)了?\s*$/;
const REVERSE_CHANGE_ZH = /^\s*[)）]?\s*(增长|增長|增加|提高|提升|上升|下降|减少|減少|降低)了?\s*$/;
// 218.6亿元，上年同期为196.2亿元，同比增长11.4%: the base in a clause of its own, then the change.
const BASE_CLAUSE_ZH = /^\s*[，,]\s*(?:上年|去年|上年同期|去年同期|上一年)(?:为|為|是)\s*$/;
const BASE_CHANGE_ZH = /^\s*[，,]\s*(?:同比|比上年|较上年|較上年)?(增长|增長|增加|提高|提升|上升|下降|减少|減少|降低)了?\s*$/;
// 新增开放数据集150个（上年为120个），增长32.5%: the base in brackets after the later amount (上年为, 上年同期为, 去年为,
// 2025年为, 2025年: …), then the change after the bracket closes.
const BRACKET_BASE_ZH = /^\s*[（(]\s*(?:上年|去年|上一年|上年同期|去年同期|(?:19|20)\d\d年(?:同期)?)\s*(?:为|為|是|[:：])\s*$/;
const BRACKET_CHANGE_ZH = /^\s*[)）]\s*[，,]?\s*(?:同比|比上年|较上年|較上年|比上年同期|较上年同期|較上年同期)?(增长|增長|增加|提高|提升|上升|下降|减少|減少|降低)了?\s*$/;
/** The noun after a level's classifier (个工作日), or a unit per unit (千克标准煤/平方米): the same after the other level is the same unit. */
const COUNTED_NOUN_ZH = /^(?:\p{sc=Han}{1,6}?|\p{sc=Han}{0,6}?[/／][\p{sc=Han}A-Za-z²³]{1,6}?)(?=(?:增长|增長|增加|提高|提升|上升|下降|减少|減少|降低|扩大|擴大|缩小|縮小|回落|压缩|壓縮|缩短|縮短|压减|壓減|缩减|縮減|延长|延長)?了?(?:到|至))/u;
// ，增长15.8% with a verb; ，增长率为15.8% · ，同比增幅15.8% · ，降幅为12.5% with the change named as a rate (group 2).
const CHANGE_ZH = /^\s*[，,]\s*(?:同比|比上年|较上年|較上年|比上年同期|较上年同期|較上年同期)?(?:(增长|增長|增加|提高|提升|上升|下降|减少|減少|降低|压缩|壓縮|缩短|縮短|压减|壓減|缩减|縮減|延长|延長)了?|(增长率|增長率|增幅|增长幅度|增長幅度|增速|涨幅|漲幅|降幅|减幅|減幅|下降幅度|下降率)(?:为|為|是|达|達|达到|達到)?)\s*$/;
/** A rate named down (降幅, 减幅): the direction when no verb between the amounts says it. */
const DOWN_RATE_ZH = /降|减|減/;
/** The rest of a sentence after a named rate: 按可比价格计算 there makes it a real growth the nominal amounts do not show. */
const SENTENCE_REST = /^[^。；;！？!?]*/;
const FROM_EN = /\b(rose|grew|increased|climbed|fell|dropped|declined|decreased|went up|went down)\s+from\s+$/i;
const GAP_EN = /^(?:\s+in\s+[\w ]{1,16}?)?\s+to\s+$/i;
// from 182 Ml/d to 175 Ml/d · from 42 ktCO2e to 38 ktCO2e: a unit the figures do not know, written after both.
// Also with the first amount's time after its unit: from 1.21 million m³ in 2024 to 1.09 million m³ in 2025.
const UNIT_GAP_EN = /^\s+([A-Za-z][A-Za-z0-9/.²³]{0,15})(?:\s+in\s+[\w/ ]{1,16}?)?\s+to\s+$/;
// from 145 to 139 litres a day, a fall of 4%: the words of a bare amount's unit before the change.
// The change named as a rate: ", a growth rate of 15.8%", ", representing a percentage increase of" (group 3; the verb
// before "from" gives its way).
const CHANGE_EN = /^(?:\s+in\s+[\w ]{1,16}?|(?:\s+[A-Za-z][A-Za-z0-9/.²³]*){1,4}(?:\s+in\s+[\w/ ]{1,16}?)?)?\s*(?:[,(]\s*(?:(?:an?\s+)?(increase|rise|gain|growth|jump|decrease|decline|drop|fall|reduction|improvement)\s+of\s+|(up|down)\s+(?:by\s+)?|(?:(?:representing|which\s+(?:is|was|represents))\s+)?(?:an?\s+)?((?:annual\s+)?growth\s+rate|rate\s+of\s+growth|percentage\s+(?:increase|decrease|rise|fall|change))\s+of\s+)|\(\s*)$/i;
// 3,840 vessel calls in 2025, against 3,612 in 2024, an increase of 6.3% · £4.6 million, up from £4.0 million in
// 2024/25, an increase of 15% · 1,260 at year end, compared with 1,400 a year earlier, a fall of 10%: the later amount
// first, the base after "against", "compared with" or "up/down from", then the change. The words of what is counted
// and a time may follow the later amount, with an abbreviation in brackets (first-time entrants (FTEs) to the youth
// justice system in 2025/26, down from 131 in 2024/25); "against a target of" names no base.
const REVERSE_EN = /^(?:\s+[A-Za-z][A-Za-z'’ -]{0,40}?(?:\s*\([A-Za-z&]{2,12}\))?(?:\s+[A-Za-z][A-Za-z'’ -]{0,40}?)?)?(?:\s+(?:in|at|for|during|by)\s+[\w/–-]+(?:\s+[\w/–-]+){0,3})?\s*,?\s*(?:(up|down)\s+from|compared\s+(?:with|to)|against|versus)\s+$/i;
const REVERSE_CHANGE_EN = /^(?:\s+(?:in|at|for|during|by)\s+[\w/–-]+(?:\s+[\w/–-]+){0,3}|\s+(?:a|one)\s+year\s+(?:earlier|ago|before)|\s+(?:last|the\s+previous|the\s+prior)\s+(?:year|quarter|month))?\s*[,(]\s*(?:(?:an?\s+)?(increase|rise|gain|growth|jump|decrease|decline|drop|fall|reduction|improvement)\s+of\s+|(up|down)\s+(?:by\s+)?)$/i;
/** "an improvement of 15%": a change with no direction of its own. */
const IMPROVEMENT = /^improvement$/i;
/** After the change: "of 12% in revenue", "on the target" — a change of something else, or against another base. */
const CHANGE_OF_OTHER_EN = /^\s+(?:in|of|on|against|over|compared)\b/i;
/** Measures whose growth is stated at comparable prices. */
const REAL_GROWTH = /增加值|生产总值|生產總值|GDP|gross domestic product|value added/i;
/** Growth that statistics offices state on a comparable basis (固定资产投资 按可比口径), which nominal levels do not show. */
const COMPARABLE_BASIS = /固定资产投资|固定資產投資|可比口径|可比口徑|同口径|同口徑|可比价|可比價/;
const NOT_AMOUNT = new Set(['%', '‰', '百分点', 'points']);

export function readAmountChanges(paragraph: Paragraph, figures: readonly Figure[]): AmountChange[] {
  const text = paragraph.text;
  const out: AmountChange[] = [];
  for (let k = 0; k + 2 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    // an increase of 85 ha or 8.5% · an increase of 724 (1.4%): the change as an amount first, then in %.
    const amount = changeAmount(text, figures, k);
    const c = amount ? figures[k + 3] : figures[k + 2];
    const used = amount ? 3 : 2;
    // fell from 5,200 to 4,600 members: in English the bare first amount counts what the second does.
    // In the later-first order (3,840 vessel calls in 2025, against 3,612) the words follow the first amount.
    const bareCount = (a.dimension === '' && b.dimension === 'count') || (a.dimension === 'count' && b.dimension === '');
    // fell from 74 to 52 minutes: a bare first amount with the unit written after the second (English only, below).
    const bareFirst = bareBefore(a, b);
    if ((a.dimension !== b.dimension && !bareCount && !bareFirst) || NOT_AMOUNT.has(a.dimension) || c.dimension !== '%' || c.unit === '成' || c.unit === 'fraction') continue;
    if (a.approximate || b.approximate || c.approximate || a.words || b.words || c.words || a.value <= 0) continue;
    // 6,840 trees, against a target of 6,000 and compared with 5,210 in 2024/25, an increase of 31.3%: a target set beside
    // the level reported before it is neither level of the change.
    // The change is then from the earlier level to the level reported before the target (5,210 → 6,840), where the
    // target stands as the later level of the words that compare (against …, compared with 5,210).
    const beside = levelBeside(text, a, figures);
    if (targetAside(text, b, figures) || (beside && (beside.dimension !== b.dimension && !(beside.dimension === 'count' && b.dimension === '') && !(beside.dimension === '' && b.dimension === 'count')))) continue;
    const later = beside ?? a;
    const before = text.slice(Math.max(0, a.offset - 24), a.offset);
    const gap = text.slice(a.offset + a.length, b.offset);
    const after = text.slice(b.offset + b.length, (amount ?? c).offset);
    // A long gap only in the later-first order (112 first-time entrants (FTEs) to the youth justice system in 2025/26, down from 131).
    if (after.length > 40 || gap.length > 110) continue;
    // Chinese amounts carry their unit; English ones may be bare (fell from 5,200 to 4,600).
    const baseClause = BASE_CLAUSE_ZH.test(gap);
    const bracketBase = !baseClause && BRACKET_BASE_ZH.test(gap);
    if (a.dimension !== '' && (REVERSE_ZH.test(gap) || baseClause || bracketBase)) {
      // （上年为120个）: the base in brackets is the later amount's measure only in its unit.
      if (bracketBase && (a.dimension !== b.dimension || a.unit !== b.unit)) continue;
      const reverse = (baseClause ? BASE_CHANGE_ZH : bracketBase ? BRACKET_CHANGE_ZH : REVERSE_CHANGE_ZH).exec(after);
      const clause = text.slice(Math.max(0, a.offset - 40), c.offset + c.length + 16).split(/[。；;！？]/);
      // 比年初预算（15.00万元）减少2.64万元，比2025年（13.85万元）下降10.8%: an amount after 减少 is a change against
      // another base, not the level the later 比 compares.
      if (reverse && b.value > 0 && !CHANGE_BEFORE_ZH.test(before) && !clause.some((part) => REAL_GROWTH.test(part) || COMPARABLE_BASIS.test(part))) {
        out.push({ paragraph, from: b, to: later, change: c, up: UP.test(reverse[1]), start: later.offset, end: c.offset + c.length });
        k += used;
      }
      continue;
    }
    // £1.84m (2024/25: £1.62m), an increase of 18%: the later amount, its comparative in brackets, then the change.
    if ((a.dimension === b.dimension && a.unit === b.unit) && PRIOR_BRACKET_EN.test(gap)) {
      const change = PRIOR_CHANGE_EN.exec(after);
      const own = text.slice(Math.max(0, a.offset - 40), a.offset).split(/[。；;！？]|\.\s/).pop() ?? '';
      if (change && b.value > 0 && !CHANGE_OF_OTHER_EN.test(text.slice(c.offset + c.length, c.offset + c.length + 12)) && !REAL_GROWTH.test(own)) {
        const verb = change[1] ?? change[2];
        out.push({ paragraph, from: b, to: later, change: c, up: UP.test(verb), start: later.offset, end: c.offset + c.length });
        k += used;
      }
      continue;
    }
    // In the first year 240 adults joined a course, and in the second year 300 did, an increase of 20%: two periods
    // named by order, each with its amount, the earlier first, then the change.
    // (300 did: the second amount bare, counting what the first does.)
    const sameKind = a.scale === b.scale && ((a.dimension === b.dimension && a.unit === b.unit) || (a.dimension === 'count' && b.dimension === ''));
    if (!amount && !beside && sameKind && a.dimension !== '%' && parallelPeriods(text, a, gap)) {
      const change = PARALLEL_CHANGE_EN.exec(after);
      if (change && b.value > 0 && !CHANGE_OF_OTHER_EN.test(text.slice(c.offset + c.length, c.offset + c.length + 12))) {
        out.push({ paragraph, from: a, to: b, change: c, up: UP.test(change[1]), start: a.offset, end: c.offset + c.length });
        k += used;
      }
      continue;
    }
    const reverseEn = a.dimension === b.dimension || (a.dimension === '' && b.dimension === 'count') || (a.dimension === 'count' && b.dimension === '') ? REVERSE_EN.exec(gap) : null;
    if (gap.length > 30 && !reverseEn) continue;
    if (reverseEn) {
      const change = REVERSE_CHANGE_EN.exec(after);
      const own = text.slice(Math.max(0, a.offset - 40), a.offset).split(/[。；;！？]|\.\s/).pop() ?? '';
      if (change && b.value > 0 && !CHANGE_OF_OTHER_EN.test(text.slice(c.offset + c.length, c.offset + c.length + 12)) && !REAL_GROWTH.test(own)) {
        const verb = change[1] ?? change[2];
        out.push({ paragraph, from: b, to: later, change: c, up: IMPROVEMENT.test(verb) ? undefined : UP.test(verb), start: later.offset, end: c.offset + c.length });
        k += used;
      }
      continue;
    }
    // A target is never the earlier level of the orders below.
    if (beside) continue;
    // 由68个工作日压缩至35个工作日，压缩了48.5%: the noun a classifier counts, written after each level.
    const noun = a.dimension !== '' && a.unit === b.unit ? COUNTED_NOUN_ZH.exec(gap)?.[0] : undefined;
    const counted = noun && text.startsWith(noun, b.offset + b.length) && after.startsWith(noun) ? noun.length : 0;
    const zhGap = a.dimension !== '' && FROM_ZH.test(before) ? GAP_ZH.exec(gap.slice(counted)) : null;
    const zh = zhGap ? CHANGE_ZH.exec(after.slice(counted)) : null;
    const en = zh ? null : FROM_EN.test(before) && (GAP_EN.test(gap) || sameUnknownUnit(text, gap, a, b)) ? CHANGE_EN.exec(after) : null;
    const m = zh ?? en;
    if (!m) continue;
    if (bareFirst && !en) continue;
    // from £2.0 million to £2.4 million (15%): a bracket that holds the change alone.
    if (en && !en[1] && !en[2] && !en[3] && !/^\s*\)/.test(text.slice(c.offset + c.length))) continue;
    const clause = text.slice(Math.max(0, a.offset - 40), a.offset);
    const own = clause.split(/[。；;！？]/).pop() ?? '';
    if (REAL_GROWTH.test(own) || COMPARABLE_BASIS.test(own)) continue;
    // A named rate: the two amounts of one unit, and nothing after it in the sentence that makes the growth real
    // (由243.6亿元增长至268.2亿元，按可比价格计算，增长率为7.2%).
    if (zh?.[2]) {
      if (a.unit !== b.unit || a.perUnit || b.perUnit || !(b.value > 0)) continue;
      const head = text.slice(0, a.offset).search(/[^。；;！？!?]*$/);
      const sentence = text.slice(head, c.offset + c.length) + SENTENCE_REST.exec(text.slice(c.offset + c.length))![0];
      if (REAL_GROWTH.test(sentence) || COMPARABLE_BASIS.test(sentence) || /年均/.test(zh[0])) continue;
    }
    // rose from 46.0 to 60.9 million: the scale written once, after the second amount, is the first one's too; where
    // that reading is far off (from 500 to 1.2 million) the first may be bare, and the claim is left alone.
    let from = a;
    if (en && !a.unit && a.scale === 1 && b.unit && b.scale > 1) {
      const borrowed = Number((a.value * b.scale).toPrecision(15));
      if (b.value / borrowed < 0.1 || b.value / borrowed > 10) continue;
      from = { ...a, unit: b.unit, dimension: b.dimension, scale: b.scale, value: borrowed };
    }
    const verb = zh ? (m[1] ?? zhGap?.[1] ?? '') : (m[1] ?? m[2] ?? (m[3] ? FROM_EN.exec(before)![1] : ''));
    // A rate named with no verb to say its way (由…至…，降幅为12.5%): the name says it.
    const named = zh?.[2] && !verb ? !DOWN_RATE_ZH.test(zh[2]) : undefined;
    // "an improvement of 15%" says no direction (times improve as they fall): the verb before "from" gives none either.
    out.push({ paragraph, from, to: b, change: c, up: named ?? (verb && !IMPROVEMENT.test(verb) ? UP.test(verb) : undefined), start: a.offset - (before.length - (zh ? FROM_ZH : FROM_EN).exec(before)!.index), end: c.offset + c.length });
    k += used;
  }
  if (out.length === 0 && BY_EN_ANYWHERE.test(text)) out.push(...readChangeFirst(paragraph, figures));
  if (out.length === 0 && THAN_EN_ANYWHERE.test(text)) out.push(...readThan(paragraph, figures));
  return out;
}

/** In the first year · during the second term: a period named by its place in order, just before an amount. */
const ORDERED_PERIOD = '(?:in|during|for|over)\\s+(?:the\\s+)?(first|second|third|fourth|fifth|previous|prior|last|next|following)\\s+(year|term|quarter|month|half|round|cohort|intake|season)';
const PERIOD_BEFORE_EN = new RegExp(`\\b${ORDERED_PERIOD}\\s*,?\\s*$`, 'i');
/** " adults joined a course, and in the second year ": the first amount's words, then the second period. */
const PERIOD_GAP_EN = new RegExp(`^\\s+[A-Za-z][A-Za-z'’ -]{0,50}?,\\s+(?:and|while|whereas|but)\\s+${ORDERED_PERIOD}\\s*,?\\s*$`, 'i');
/** " did, an increase of ": the second amount's verb, then the change. */
const PARALLEL_CHANGE_EN = /^\s+(?:did|were|was|had|came|joined|took\s+part|enrolled|attended|used\s+it)?\s*,\s+(?:an?\s+)?(increase|rise|gain|growth|jump|decrease|decline|drop|fall|reduction)\s+of\s+$/i;
const PERIOD_ORDER: Record<string, number> = { previous: 0, prior: 0, last: 0, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, next: 9, following: 9 };

/** The amount `a` in an ordered period, the gap naming a later period of the same kind. */
function parallelPeriods(text: string, a: Figure, gap: string): boolean {
  const first = PERIOD_BEFORE_EN.exec(text.slice(Math.max(0, a.offset - 40), a.offset));
  const second = first ? PERIOD_GAP_EN.exec(gap) : null;
  if (!first || !second || first[2].toLowerCase() !== second[2].toLowerCase()) return false;
  return PERIOD_ORDER[first[1].toLowerCase()] < PERIOD_ORDER[second[1].toLowerCase()];
}

// "rose by 15% from …", and "rose 14% from …", "fell 38%, from …" with the change in % right after the verb.
const BY_EN = /\b(rose|grew|increased|climbed|went up|fell|dropped|declined|decreased|went down)\s+(?:by\s+)?$/i;
const BY_EN_ANYWHERE = /\b(?:rose|grew|increased|climbed|went up|fell|dropped|declined|decreased|went down)\s+(?:by\s|\d[\d.]*\s*%)/i;
const UP_EN = /^(?:rose|grew|increased|climbed|went up)$/i;
/** After the change in %: from A to B. */
const THEN_FROM_EN = /^\s*,?\s+from\s+$/i;
/** After the change in %: to B, from A. */
const THEN_TO_EN = /^\s+to\s+$/i;
const TO_THEN_FROM_EN = /^(?:\s+in\s+[\w/–-]{1,16})?\s*,?\s+(?:up\s+|down\s+)?from\s+$/i;
/** rose by 6,080, or 16.5%, to 42,000 · rose by 6,080 (16.5%) to 42,000. */
const PERCENT_THEN_TO_EN = /^\s*\)?\s*,?\s+to\s+$/i;

/**
 * The change stated first, after "rose by" or "fell by": "increased by 15% from 2,000 to 2,400", "rose by 15% to £2.4m,
 * from £2.0m in 2024/25", and the change as an amount and in % before the later level, "rose by 6,080, or 16.5%, to
 * 42,000" (the earlier level is 42,000 less 6,080). English only; the amounts of one kind.
 */
function readChangeFirst(paragraph: Paragraph, figures: readonly Figure[]): AmountChange[] {
  const text = paragraph.text;
  const out: AmountChange[] = [];
  const between = (x: Figure, y: Figure) => text.slice(x.offset + x.length, y.offset);
  const plain = (f: Figure) => !f.approximate && !f.words && !NOT_AMOUNT.has(f.dimension);
  const sameKind = (x: Figure, y: Figure) => x.dimension === y.dimension && x.unit === y.unit && x.scale === y.scale;
  for (let k = 0; k + 2 < figures.length; k++) {
    const [p, q, r] = [figures[k], figures[k + 1], figures[k + 2]];
    const verb = BY_EN.exec(text.slice(Math.max(0, p.offset - 24), p.offset));
    if (!verb) continue;
    // Without "by" only a change in % (rose 14% from …): "rose 2,400 from …" is no English this reads.
    if (!/\bby\s+$/i.test(verb[0]) && p.dimension !== '%') continue;
    // "grew 5% from 2023 to 2024": years are no levels.
    if (isYear(text, q) || isYear(text, r)) continue;
    const up = UP_EN.test(verb[1]);
    const own = text.slice(Math.max(0, p.offset - 60), p.offset).split(/[。；;！？]|\.\s/).pop() ?? '';
    if (REAL_GROWTH.test(own)) continue;
    const start = p.offset - verb[0].length;
    if (p.dimension === '%' && !p.approximate && !p.words && plain(q) && plain(r) && sameKind(q, r) && q.value > 0) {
      if (CHANGE_OF_OTHER_EN.test(text.slice(r.offset + r.length, r.offset + r.length + 12).replace(/^\s+in\s+(?:19|20)\d\d\b.*/, ''))) continue;
      // increased by 15% from 2,000 to 2,400
      if (THEN_FROM_EN.test(between(p, q)) && GAP_EN.test(between(q, r))) {
        out.push({ paragraph, from: q, to: r, change: p, up, start, end: r.offset + r.length });
        k += 2;
        continue;
      }
      // rose by 15% to £2.4m, from £2.0m in 2024/25 · rose by 18% to 4,720 (2024/25: 4,120)
      const prior = PRIOR_BRACKET_EN.test(between(q, r)) && /^\s*\)/.test(text.slice(r.offset + r.length));
      if (THEN_TO_EN.test(between(p, q)) && (prior || TO_THEN_FROM_EN.test(between(q, r))) && !/^\s+to\b/i.test(text.slice(r.offset + r.length))) {
        out.push({ paragraph, from: r, to: q, change: p, up, start, end: r.offset + r.length });
        k += 2;
      }
      continue;
    }
    // rose by 6,080, or 16.5%, to 42,000: the earlier level is the later one less the change.
    if (q.dimension === '%' && !q.approximate && !q.words && plain(p) && plain(r) && AMOUNT_THEN_PERCENT.test(between(p, q)) && PERCENT_THEN_TO_EN.test(between(q, r))) {
      if (!(sameKind(p, r) || (p.dimension === '' && r.dimension === 'count' && p.scale === 1 && r.scale === 1))) continue;
      const value = Number((up ? r.value - p.value : r.value + p.value).toPrecision(15));
      if (value <= 0) continue;
      const decimals = Math.max(p.decimals, r.decimals);
      const number = groupedFixed(value / r.scale, decimals, /,/.test(text.slice(r.numberStart, r.numberEnd)));
      const fromText = (text.slice(r.offset, r.numberStart) + number + text.slice(r.numberEnd, r.offset + r.length)).replace(/\s+/g, ' ');
      const from: Figure = { ...r, value, decimals };
      out.push({ paragraph, from, to: r, change: q, up, start, end: r.offset + r.length, fromText });
      k += 2;
    }
  }
  return out;
}

/** 2023, 2024: a year written as one (no unit, no digit grouping: 2,000 visits is an amount). */
function isYear(text: string, f: Figure): boolean {
  return !f.unit && /^(?:19|20)\d\d$/.test(text.slice(f.numberStart, f.numberEnd));
}

/** fell from 74 to 52 minutes: a bare number before a figure with a unit of its own (not a year, not a share). */
function bareBefore(a: Figure, b: Figure): boolean {
  if (a.dimension !== '' || a.unit || b.dimension === '' || b.dimension === 'count' || NOT_AMOUNT.has(b.dimension)) return false;
  return !(a.decimals === 0 && a.value >= 1900 && a.value <= 2100);
}

// …, an increase of 85 ha or 8.5% · an increase of 724 (1.4%) · a fall of 480, or 3.9% · 250 visits (21%): the words of
// the amount's unit, then "or" or a bracket, then the change in %.
const AMOUNT_THEN_PERCENT = /^(?:\s+[A-Za-z²]{1,12})?\s*(?:,?\s+or\s+|\(\s*)$/i;

// £1.84m (2024/25: £1.62m): the earlier amount in brackets after the year it is of or "prior year" and a colon, as
// accounts give comparatives.
const PRIOR_BRACKET_EN = /^\s*\(\s*(?:(?:FY\s?)?(?:19|20)\d\d(?:[-/–](?:\d{2}|(?:19|20)\d\d))?|(?:the\s+)?(?:last|prior|previous)\s+year|a\s+year\s+(?:earlier|ago|before))\s*[:：]\s*$/i;
// …), an increase of 18% · …), up 22%: the change after the bracket closes.
const PRIOR_CHANGE_EN = /^\s*\)\s*,?\s*(?:(?:an?\s+)?(increase|rise|gain|growth|jump|decrease|decline|drop|fall|reduction)\s+of\s+|(up|down)\s+(?:by\s+)?)$/i;

/** The change stated as an amount of the levels' kind at figures[k + 2], with the same change in % right after it. */
function changeAmount(text: string, figures: readonly Figure[], k: number): Figure | undefined {
  const [b, m, d] = [figures[k + 1], figures[k + 2], figures[k + 3]];
  if (!d || m.dimension === '%' || d.dimension !== '%' || m.approximate || m.words) return undefined;
  const sameKind = m.dimension === b.dimension || (m.dimension === '' && b.dimension === 'count') || (m.dimension === 'count' && b.dimension === '');
  if (!sameKind || !AMOUNT_THEN_PERCENT.test(text.slice(m.offset + m.length, d.offset))) return undefined;
  // an increase of 60 (25% of them in Leeds): a share of the change, not the change.
  return CHANGE_OF_OTHER_EN.test(text.slice(d.offset + d.length, d.offset + d.length + 12)) ? undefined : m;
}

/** from 182 Ml/d to 175 Ml/d: the word after the first bare amount is written after the second too. */
function sameUnknownUnit(text: string, gap: string, a: Figure, b: Figure): boolean {
  const unit = a.dimension === '' && b.dimension === '' ? UNIT_GAP_EN.exec(gap)?.[1] : undefined;
  if (!unit) return false;
  const after = text.slice(b.offset + b.length, b.offset + b.length + unit.length + 2).trimStart();
  return after.startsWith(unit) && !/[A-Za-z0-9]/.test(after[unit.length] ?? '');
}

const THAN_EN_ANYWHERE = /\b(?:less|lower|fewer|more|higher|greater)\s+than\b/i;
// The later amount's time may follow it (64 staff at 31 March 2026, 12% fewer …).
const THAN_GAP_EN = /^(?:\s+(?:in|at|on|for|during|by)\s+[\w/– ]{1,24}?)?\s*,\s*$/;
// £1.42 million, 3.1% less than in 2024-25 (£1.38 million) · 1,260, 34% more than the year before (940): the change, then
// the earlier amount in brackets after what it was.
const THAN_EN = /^\s+(less|lower|fewer|more|higher|greater)\s+than\s+(?:(?:in|at|for|during|on)\s+)?(?:the\s+)?(?:[\w/–-]+(?:\s+[\w/–-]+){0,3}\s*)?\(\s*$/i;

/** B, C% less/more than in YEAR (A): the later amount, the change, then the earlier amount in brackets. */
function readThan(paragraph: Paragraph, figures: readonly Figure[]): AmountChange[] {
  const text = paragraph.text;
  const out: AmountChange[] = [];
  for (let k = 0; k + 2 < figures.length; k++) {
    const [b, c, a] = [figures[k], figures[k + 1], figures[k + 2]];
    // 64 staff, 12% fewer than a year earlier (72): a bare earlier amount counts what the later one does.
    const bare = a.dimension === '' && b.dimension === 'count';
    if (c.dimension !== '%' || (!bare && (a.dimension !== b.dimension || a.unit !== b.unit)) || NOT_AMOUNT.has(b.dimension)) continue;
    if (a.approximate || b.approximate || c.approximate || a.words || b.words || c.words || a.value <= 0) continue;
    if (!THAN_GAP_EN.test(text.slice(b.offset + b.length, c.offset))) continue;
    const m = THAN_EN.exec(text.slice(c.offset + c.length, a.offset));
    if (!m || !/^\s*\)/.test(text.slice(a.offset + a.length))) continue;
    out.push({ paragraph, from: bare ? { ...a, unit: b.unit, dimension: b.dimension } : a, to: b, change: c, up: /^(?:more|higher|greater)$/i.test(m[1]), comparative: m[1], start: b.offset, end: a.offset + a.length + 1 });
    k += 2;
  }
  return out;
}

// Changes stated as an amount that level-changes.ts does not read (it is another helper's file this round; these
// readers belong there and can move in one piece):
//   improved from 6.2 hours to 4.8 hours, a reduction of 1.2 hours · 由6.2天优化至4.8天，缩短1.2天: a verb that names no
//   direction (times improve as they fall), the change's own noun or verb giving it;
//   £612,400 against a profiled budget of £640,000, an underspend of £17,600 · 全年支出612.4万元，比预算640万元节余17.6万元:
//   an outturn, the budget it is set against (named with a word of its own: profiled, approved, revised) and the variance.
const NEUTRAL_FROM_EN = /\b(improved|worsened|deteriorated)\s+from\s+$/i;
const NEUTRAL_GAP_EN = /^(?:\s+(?:in|at|on|by|during)\s+[\w ]{1,20}?)?\s+to\s+$/i;
const NEUTRAL_CHANGE_EN = /^(?:\s+(?:in|at|on|by|during)\s+[\w ]{1,20}?)?\s*,\s*(?:an?\s+)?(reduction|decrease|fall|drop|cut|increase|rise|improvement|deterioration)\s+of\s+$/i;
const NEUTRAL_FROM_ZH = /(?:由|从|從)$/;
const NEUTRAL_GAP_ZH = /^(\p{sc=Han}{0,4}?)(?:优化|優化|改善|改进|改進)(?:到|至|为|為)$/u;
const NEUTRAL_CHANGE_ZH = /^\s*[，,]\s*(?:共|累计|累計)?(缩短|縮短|压缩|壓縮|减少|減少|降低|下降|压减|壓減|提高|增加|延长|延長|提升)了?\s*$/;
// The deficit narrowed from £6.8m to £5.1m, an improvement of £1.7m · the balance fell from £4.2m to £3.1m, a
// deterioration of £1.1m · 亏损额由6.8亿元收窄至5.1亿元，减亏1.7亿元 · 由86.4万元下降到71.2万元，节约15.2万元: a verb that says
// the way, and the change named by what it is worth (better, worse, saved), which says none (level-changes reads the
// verb's way; only the size is read here).
const WAY_FROM_EN = /\b(?:rose|risen|grew|grown|increased|climbed|went up|gone up|fell|fallen|dropped|declined|decreased|went down|gone down|widened|expanded|swelled|swollen|narrowed|shrank|shrunk|reduced|contracted|eased|moved|changed)\s+from\s+$/i;
const WORTH_CHANGE_EN = /^(?:\s+(?:in|at|on|by|during)\s+[\w ]{1,20}?)?(?:\s+over\s+the\s+(?:last\s+|past\s+)?(?:year|quarter|month|period))?\s*,\s*(?:an?\s+)?(improvement|deterioration|worsening)\s+of\s+$/i;
/** "an improvement of £1.5m on the original plan", "… in the schools budget": the change of another pair, or of a part. */
const OTHER_PAIR_AFTER_EN = /^\s*(?:on|against|compared|relative|versus|vs\b|over|above|below|in|for|from|to|since|than)\b/i;
const WAY_GAP_ZH = /^(\p{sc=Han}{0,4}?)(?:增加|增长|增長|提高|提升|上升|减少|減少|下降|降低|压减|壓減|压缩|壓縮|缩减|縮減|收窄|缩小|縮小|扩大|擴大|回落|降|减|減)了?(?:到|至|为|為)$/u;
const WORTH_CHANGE_ZH = /^\s*[，,]\s*(?:共|累计|累計)?(节约|節約|节省|節省|节支|節支|减亏|減虧|减少亏损|減少虧損)了?(?:资金|資金|经费|經費|开支|開支)?\s*$/;
// (A plain "against a budget of … an overspend of" is level-changes' already: the same variance is read once.)
const BUDGET_GAP_EN = /^\s*,?\s+(?:against|compared\s+with|versus)\s+(?:a|the|its|our)\s+(?:(?:profiled|approved|revised|original|agreed|latest|current|delegated|allocated|planned|annual|full-year|year-end)\s+)?(budget|target|plan)\s+(?:of\s+)?$/i;
const VARIANCE_EN = /^\s*[,(]\s*(?:an?\s+)?(?:(?:forecast|projected|net)\s+)?(overspend|underspend|overrun|underrun|shortfall)\s+of\s+$/i;
// 比预算640万元节余17.6万元 · 比计划10亿元少1.4亿元 · 与预算1,320万元相比缺口43.6万元.
const BUDGET_GAP_ZH = /^\s*[，,]?\s*(比|较|較|与|與|同)(?:年初|全年|年度)?(?:预算|預算|计划|計劃|目标|目標)(?:任务|任務|数|數)?(?:的)?$/;
const VARIANCE_ZH = /^\s*(相比|相較|相较)?\s*[，,]?\s*(节余|節餘|结余|結餘|节约|節約|超支|少支|多支|缺口|多出|少|多)了?\s*$/;
const OVER = /^(?:overspend|overrun|超支|多支|多出|多)$/i;
/** An annual budget against spending to date: the variance may be of the profile, not of the two figures. */
const WHOLE_YEAR = /\b(?:annual|full-year|year-end)\s/i;

export interface NamedDifference {
  from: Figure;
  to: Figure;
  difference: Figure;
  verb: string;
  /** Only a budget's variance says the way for certain (overspend, 超支). */
  up?: boolean;
  start: number;
  end: number;
  /** 20个工作日: the levels with the noun their classifier counts, as a message shows them. */
  periods?: { from: string; to: string };
}

const AVERAGE = /平均|均值|mean|average|median/i;

/** Levels of one amount: one unit, exact, not rates, not per head (an average is a level). */
function oneAmount(a: Figure, b: Figure): boolean {
  // An average (平均办理时间, mean time: the first level is read per unit from its subject) changes by the difference too.
  if (NOT_AMOUNT.has(a.dimension) || NOT_AMOUNT.has(b.dimension) || b.perUnit || (a.perUnit && !AVERAGE.test(a.subject))) return false;
  if (a.approximate || b.approximate || a.words || b.words) return false;
  if (a.dimension === 'count' && b.dimension === 'count') return a.unit.toLowerCase() === b.unit.toLowerCase();
  return a.dimension === b.dimension && (a.dimension !== '' || (!a.unit && !b.unit));
}

export function readNamedDifferences(paragraph: Paragraph, figures: readonly Figure[]): NamedDifference[] {
  const text = paragraph.text;
  const out: NamedDifference[] = [];
  for (let k = 0; k + 2 < figures.length; k++) {
    const [a, b, c] = [figures[k], figures[k + 1], figures[k + 2]];
    const same = oneAmount(a, b) && oneAmount(b, c);
    // 1,040 new homes against a target of 1,200, a shortfall of 150: a bare target and variance count what the outturn does.
    const counted = !same && a.dimension === 'count' && oneAmount(b, c) && b.dimension === '' && !b.unit && !c.unit && b.scale === 1 && c.scale === 1 && oneAmount({ ...a, dimension: '', unit: '' }, b);
    if (!same && !counted) continue;
    const before = text.slice(Math.max(0, a.offset - 24), a.offset);
    const gap = text.slice(a.offset + a.length, b.offset);
    const after = text.slice(b.offset + b.length, c.offset);
    if (gap.length > 80 || after.length > 60) continue;
    const en = same ? NEUTRAL_FROM_EN.exec(before) : null;
    if (en && NEUTRAL_GAP_EN.test(gap)) {
      const m = NEUTRAL_CHANGE_EN.exec(after);
      if (m) {
        // Only the size is checked: a place in a ranking improves as it falls ("from 6th to 3rd, a rise of 3 places").
        out.push({ from: a, to: b, difference: c, verb: m[1], start: a.offset - en[0].length, end: c.offset + c.length });
        k += 2;
      }
      continue;
    }
    const way = same && !en && WAY_FROM_EN.exec(before);
    if (way && NEUTRAL_GAP_EN.test(gap)) {
      const m = WORTH_CHANGE_EN.exec(after);
      if (m && !OTHER_PAIR_AFTER_EN.test(text.slice(c.offset + c.length, c.offset + c.length + 16))) {
        out.push({ from: a, to: b, difference: c, verb: m[1], start: a.offset - way[0].length, end: c.offset + c.length });
        k += 2;
      }
      continue;
    }
    // 由20个工作日优化到12个工作日 (NEUTRAL_GAP_ZH), 由6.8亿元收窄至5.1亿元，减亏1.7亿元 (WAY_GAP_ZH): the noun the
    // classifier counts, after both levels, then the word that names the difference.
    const zhChange = (gapMatch: RegExpExecArray, change: RegExp): NamedDifference | undefined => {
      const noun = gapMatch[1];
      const m = text.startsWith(noun, b.offset + b.length) ? change.exec(after.slice(noun.length)) : null;
      if (!m) return undefined;
      const periods = noun ? { from: `${figureText(a)}${noun}`, to: `${figureText(b)}${noun}` } : undefined;
      return { from: a, to: b, difference: c, verb: m[1], start: a.offset - 1, end: c.offset + c.length, periods };
    };
    const wayZh = same && NEUTRAL_FROM_ZH.test(before) ? WAY_GAP_ZH.exec(gap) : null;
    const named = wayZh ? zhChange(wayZh, WORTH_CHANGE_ZH) : undefined;
    if (named) {
      out.push(named);
      k += 2;
      continue;
    }
    const zhGap = same && NEUTRAL_FROM_ZH.test(before) ? NEUTRAL_GAP_ZH.exec(gap) : null;
    if (zhGap) {
      const neutral = zhChange(zhGap, NEUTRAL_CHANGE_ZH);
      if (neutral) {
        out.push(neutral);
        k += 2;
      }
      continue;
    }
    const budgetEn = BUDGET_GAP_EN.exec(gap);
    if (budgetEn && !WHOLE_YEAR.test(gap)) {
      const m = VARIANCE_EN.exec(after);
      // A shortfall says no way for certain: a target may be a ceiling (emissions of 42 kt against a target of 40 kt).
      // An overspend is against a budget or a plan, a shortfall against anything.
      if (m && (/^shortfall$/i.test(m[1]) || !/^target$/i.test(budgetEn[1]))) {
        out.push({ from: b, to: a, difference: c, verb: m[1], up: /^shortfall$/i.test(m[1]) ? undefined : OVER.test(m[1]), start: a.offset, end: c.offset + c.length });
        k += 2;
      }
      continue;
    }
    const budgetZh = same ? BUDGET_GAP_ZH.exec(gap) : null;
    const m = budgetZh ? VARIANCE_ZH.exec(after) : null;
    // 与预算…相比: the 相比 closes the comparison before the variance.
    if (m && (m[1] !== undefined) === /^[与與同]$/.test(budgetZh![1])) {
      out.push({ from: b, to: a, difference: c, verb: m[2], up: OVER.test(m[2]), start: a.offset, end: c.offset + c.length });
      k += 2;
    }
  }
  return out;
}

// A project's level in an earlier paragraph, its change stated in a later one under the project's own name:
//   3.1 In March the Board approved a capital programme of £27.5 million, made up of …: the Berth 4 quay wall (£11.2 million), …
//   4.1 Berth 4 quay wall. … the cost to complete is now forecast at £12.6 million, an increase of £1.8 million.
// Read only where the base is certain: the later paragraph opens with the name as a run-in heading, states the new level
// and the change with nothing after it that names another base (on last year, since the last report), has no other
// amount in that currency and says nothing of a previous or last figure; the name stands with an amount in brackets in
// exactly one other paragraph, an earlier one, in a sentence that calls it approved or a budget; and no other paragraph
// names it with an amount of that currency (a forecast reported since, another base).
const RUN_IN_NAME_EN = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?([A-Z][A-Za-z0-9'’&-]*(?:[ ][A-Za-z0-9'’&-]+){0,5})\.\s+[A-Z]/;
const NEW_LEVEL_BEFORE_EN = /\b(?:(?:now\s+)?(?:forecast|estimated|projected|expected)\s+(?:at|to\s+be)|(?:has|have)\s+(?:increased|risen|grown|fallen|decreased|reduced)\s+to|(?:increased|rose|grew|fell|decreased)\s+to)\s+$/i;
const NAMED_CHANGE_EN = /^\s*,\s*(?:an?\s+)?(increase|rise|reduction|decrease|fall)\s+of\s+$/i;
/** After the change: the end of the sentence, with nothing that names its base. */
const CHANGE_END_EN = /^\s*(?:[.;]|$)/;
/** A previous or last figure said of in the paragraph: the change may be against it. */
const OTHER_BASE_EN = /\b(?:previous(?:ly)?|last|earlier|prior|since|original(?:ly)?|revised|compared|against|versus|plan(?:ned)?|target)\b/i;
/** The sentence of the earlier level calls it approved or a budget. */
const APPROVED_EN = /\b(?:approved|budget(?:ed)?|allocated|allocation)\b/i;

export interface NamedLaterChange {
  /** The run-in heading's name, in lower case, and as written. */
  name: string;
  title: string;
  to: Figure;
  difference: Figure;
  verb: string;
  up: boolean;
}

/** 4.1 Berth 4 quay wall. … now forecast at £12.6 million, an increase of £1.8 million. */
export function readNamedLaterChange(paragraph: Paragraph, figures: readonly Figure[]): NamedLaterChange | undefined {
  const text = paragraph.text;
  const head = RUN_IN_NAME_EN.exec(text);
  if (!head || OTHER_BASE_EN.test(text)) return undefined;
  const money = figures.filter((f) => /^[A-Z]{3}$/.test(f.dimension));
  if (money.length !== 2) return undefined;
  const [b, c] = money;
  if (b.dimension !== c.dimension || b.approximate || c.approximate || b.words || c.words || b.perUnit || c.perUnit || b.offset < head[0].length - 1) return undefined;
  if (!NEW_LEVEL_BEFORE_EN.test(text.slice(Math.max(0, b.offset - 40), b.offset))) return undefined;
  const m = NAMED_CHANGE_EN.exec(text.slice(b.offset + b.length, c.offset));
  if (!m || !CHANGE_END_EN.test(text.slice(c.offset + c.length, c.offset + c.length + 4))) return undefined;
  return { name: head[1].toLowerCase(), title: head[1], to: b, difference: c, verb: m[1], up: /^(?:increase|rise)$/i.test(m[1]) };
}

const BRACKET_AMOUNT = /^\s*\(\s*(?=[£$€])/;

/**
 * The earlier level of a named later change: the one amount in brackets after the name in another paragraph, before
 * the change's, in a sentence that calls it approved or a budget; undefined where there is none, more than one, or
 * another paragraph names it with an amount in the currency.
 */
export function findNamedBase(change: NamedLaterChange, at: number, paragraphs: readonly Paragraph[], figuresIn: (p: Paragraph) => readonly Figure[]): Figure | undefined {
  let base: Figure | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i === at) continue;
    const p = paragraphs[i];
    const lower = p.text.toLowerCase();
    let from = lower.indexOf(change.name);
    if (from < 0) continue;
    const money = figuresIn(p).filter((f) => f.dimension === change.to.dimension);
    if (money.length === 0) continue;
    if (i > at || base) return undefined;
    for (; from >= 0; from = lower.indexOf(change.name, from + 1)) {
      const end = from + change.name.length;
      if ((from > 0 && /[A-Za-z0-9]/.test(lower[from - 1])) || /[A-Za-z0-9]/.test(lower[end] ?? '')) continue;
      const bracket = BRACKET_AMOUNT.exec(p.text.slice(end, end + 6));
      const f = bracket ? money.find((x) => x.offset === end + bracket[0].length) : undefined;
      if (!f || !/^\s*\)/.test(p.text.slice(f.offset + f.length, f.offset + f.length + 3))) return undefined;
      if (base || f.approximate || f.words || f.perUnit) return undefined;
      const sentenceStart = Math.max(p.text.lastIndexOf('. ', from), p.text.lastIndexOf('; ', from), 0);
      if (!APPROVED_EN.test(p.text.slice(sentenceStart, from))) return undefined;
      base = f;
    }
    if (!base) return undefined;
  }
  return base;
}

/**
 * "The surplus improved from £4.1m in 2024/25 to £2.7m this year" · "waiting times improved from 12 to 14 weeks" ·
 * 平均等待时间由12分钟优化至15分钟: a verb that says better or worse and not which way, between two levels of an amount
 * whose better side its subject names (a surplus is better higher; a deficit, a cost or a wait lower). No change need
 * follow. Only a subject naming one side: "cost recovery", "net cash outflow" and "cost savings" are not read.
 */
export interface JudgedLevels {
  from: Figure;
  to: Figure;
  /** The verb as written, and whether it says better. */
  verb: string;
  better: boolean;
  /** The measure named in the subject, and whether higher is better. */
  measure: string;
  higherBetter: boolean;
  /** The verb's place. */
  start: number;
  end: number;
}

const JUDGED_FROM_EN = /\b(improved|improving|worsened|worsening|deteriorated|deteriorating)\s+from\s+$/i;
const JUDGED_GAP_EN = /^(?:\s+(?:in|at|on|by|during|for)\s+(?:the\s+)?[\w/–-]+(?:\s+[\w/–-]+){0,3}?)?\s+to\s+$/i;
const JUDGED_GAP_ZH = /^(?:\p{sc=Han}{0,4}?)(优化|優化|改善|改进|改進|恶化|惡化)(?:到|至|为|為)$/u;
const wordsRe = (list: readonly string[]) => new RegExp(`(?<![\\w-])(?:${[...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?![\\w-])`, 'gi');
const HIGHER_EN = wordsRe(amountWords.enBetterHigher);
const LOWER_EN = wordsRe(amountWords.enBetterLower);
const HIGHER_ZH = percentWords.amountBetterHigher;
const LOWER_ZH = [...percentWords.amountBetterLower, ...amountWords.zhBetterLowerTimes];

/** Which side the subject names: the one word found, or undefined when it names none or both. */
function betterSide(subject: string, english: boolean): { measure: string; higherBetter: boolean } | undefined {
  let higher: string | undefined;
  let lower: string | undefined;
  if (english) {
    higher = subject.match(HIGHER_EN)?.pop();
    lower = subject.match(LOWER_EN)?.pop();
  } else {
    higher = HIGHER_ZH.find((w) => subject.includes(w));
    lower = LOWER_ZH.find((w) => subject.includes(w));
  }
  if ((higher === undefined) === (lower === undefined)) return undefined;
  // "a lower waiting time is better": the singular when the list has it (not "arrear", "emission").
  const list = higher !== undefined ? amountWords.enBetterHigher : amountWords.enBetterLower;
  // "Turnaround time improved…": the word as a message names it, not capitalised at the start of the sentence (EBITDA stays).
  const word = (higher ?? lower)!.replace(/\s+/g, ' ').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  const singular = english && /s$/i.test(word) && list.some((w) => w.toLowerCase() === word.slice(0, -1).toLowerCase()) ? word.slice(0, -1) : word;
  return { measure: singular, higherBetter: higher !== undefined };
}

export function readJudgedLevels(paragraph: Paragraph, figures: readonly Figure[]): JudgedLevels[] {
  const text = paragraph.text;
  const out: JudgedLevels[] = [];
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    if (!oneAmount(a, b) || a.dimension === '' || a.value === b.value) continue;
    const before = text.slice(Math.max(0, a.offset - 30), a.offset);
    const gap = text.slice(a.offset + a.length, b.offset);
    const en = JUDGED_FROM_EN.exec(before);
    const zh = en ? null : NEUTRAL_FROM_ZH.test(before) ? JUDGED_GAP_ZH.exec(gap) : null;
    if (!(en && JUDGED_GAP_EN.test(gap)) && !zh) continue;
    const verbAt = en ? a.offset - before.length + en.index : a.offset - 1;
    // The subject: the sentence (English) or clause (Chinese) before the verb.
    const head = text.slice(Math.max(0, verbAt - 160), verbAt);
    const subject = en ? head.split(/[.!?;:]\s|\n/).pop() ?? '' : head.split(/[，,。；;：:！？!?]/).pop() ?? '';
    const side = betterSide(subject, !!en);
    if (!side) continue;
    const verb = en ? en[1] : zh![1];
    const start = en ? verbAt : a.offset + a.length + zh![0].indexOf(verb);
    out.push({ from: a, to: b, verb, better: !/^(?:wors|deterior|恶化|惡化)/i.test(verb), ...side, start, end: start + verb.length });
    k += 1;
  }
  return out;
}
