/**
 * percent-arithmetic — 百分数前后矛盾 / Percentages that contradict their own claim
 *
 * What: "由A%提高/增长/上升至B%" where B is not above A; "由A%下降/降低至B%" where B is not below A;
 * a stated difference that does not match ("由52.1%提高到56.4%，提高了5.3个百分点" — it is 4.3);
 * English "rose from A% to B%", "fell from A% to B%" alike. Lists are compared pair by pair
 * (分别由49.9%、79.7%提高至75.5%、93.3%). The difference must follow the claim directly (…，提高了5个百分点;
 * …, up 5 percentage points; (5 percentage points)); …，其中农村地区提高了8个百分点 is about something else.
 *
 * Why: the figures are usually right and the verb or the difference was written from an older draft.
 *
 * 检查：“由A%提高、增长、上升至B%”而B不大于A；“由A%下降、降低至B%”而B不小于A；所述差值与数值不符
 * （由52.1%提高到56.4%，提高了5.3个百分点——实为4.3）；英文rose from A% to B%、fell from A% to B%同样检查。
 * 并列的数值逐对比较（分别由49.9%、79.7%提高至75.5%、93.3%）。差值须紧接在这一说法之后（…，提高了5个百分点），
 * “…，其中农村地区提高了8个百分点”说的是另一回事。
 * 原因：数字通常是对的，动词或差值却是照旧稿写的。
 *
 * Bad:  优良率由61.2%提高至58.7%
 * Good: 优良率由61.2%提高至68.7%
 * Bad:  The pass rate rose from 45% to 40%.
 * Good: The pass rate fell from 45% to 40%.
 */

import type { Quantity } from '../model/numbers';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import type { Rule, RuleContext } from '../rule';

const UP_ZH = ['提高', '提升', '增长', '增長', '增加', '上升', '升', '增', '扩大', '擴大', '攀升'];
const DOWN_ZH = ['下降', '降低', '降', '减少', '減少', '回落', '缩小', '縮小', '下滑'];
const VERB_ZH = [...UP_ZH, ...DOWN_ZH].sort((a, b) => b.length - a.length).join('|');

const FROM_ZH = /(由|从|從)[^，。；,;%％]{0,14}$/;
const GAP_ZH = new RegExp(`^\\s*的?\\s*(${VERB_ZH})了?\\s*(?:至|到|为|為)[^，。；,;%％]{0,14}$`);
// The stated difference follows at once: …，提高了5个百分点 / …，比上年提高5个百分点. Another subject in between
// (…，其中农村地区提高了8个百分点; …，优秀率提高了12个百分点) makes it a different claim.
const DIFF_ZH = new RegExp(`^[，,、\\s]*(?:共|累计|累計|比上年|较上年|較上年|同比|全年|整体|整體)?(${VERB_ZH})了?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:个|個)?百分[点點]`);

const UP_EN = /^(rose|risen|rising|increased|increasing|grew|grown|growing|improved|improving|climbed|climbing|went up|up)$/i;
const FROM_EN = /\b(rose|risen|rising|increased|increasing|grew|grown|growing|improved|improving|climbed|climbing|went up|fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|went down|reduced)\s+from\s+(?:[^.;%]{0,25}?\s)?$/i;
const GAP_EN = /^\s*(?:in\s+\d{4}\s*)?,?\s*to\s+(?:[^.;%]{0,25}?\s)?$/i;
// …, an increase of 7 percentage points / up 5 percentage points / (7 percentage points) / (up 7 pp)
const DIFF_EN = /^\s*[,;]?\s*(?:(?:an?\s+)?(?:increase|rise|gain|improvement|fall|drop|decrease|decline|reduction)\s+of\s+|(?:up|down)\s+(?:by\s+)?|by\s+|\(\s*(?:up\s+|down\s+)?)(\d+(?:\.\d+)?)\s*(?:percentage points?|pp|points?)\b/i;

/** Percentages listed together: 49.9%、79.7%、96.1% */
const LIST_GAP = /^\s*(?:[、，,]|和|及|与|與|and|,\s*and)\s*$/;

interface PercentList {
  items: Quantity[];
  start: number;
  end: number;
}

const rule: Rule = {
  meta: {
    id: 'percent-arithmetic',
    name: { zh: '百分比计算', en: 'Percentage arithmetic' },
    category: 'numbers',
    description: {
      zh: '“由A%提高至B%”而B不大于A、“下降”而B不小于A，或所述百分点差值与前后数值不符',
      en: '"rose from A% to B%" with B not above A (or "fell" with B not below A), or a stated difference that does not match',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      direction: {
        zh: '数值与“{verb}”矛盾：由{from}到{to}实际是{actual}',
        en: '“{verb}” contradicts the figures: {from} to {to} is {actual}',
      },
      difference: {
        zh: '差值不符：由{from}到{to}相差{expected}个百分点，文中为{stated}个百分点',
        en: 'The stated change does not match: {from} to {to} is {expected} percentage points, not {stated}',
      },
      fix: { zh: '改为{expected}', en: 'Change to {expected}' },
      rise: { zh: '上升', en: 'a rise' },
      fall: { zh: '下降', en: 'a fall' },
      same: { zh: '持平', en: 'no change' },
    },
  },

  check(context) {
    const byParagraph = new Map<Paragraph, Quantity[]>();
    for (const q of context.doc.percents) {
      const list = byParagraph.get(q.paragraph) ?? [];
      list.push(q);
      byParagraph.set(q.paragraph, list);
    }
    for (const [paragraph, quantities] of byParagraph) {
      const lists = groupLists(paragraph.text, quantities);
      for (let i = 0; i + 1 < lists.length; i++) checkClaim(context, paragraph, lists[i], lists[i + 1]);
    }
  },
};

export default rule;

function groupLists(text: string, quantities: Quantity[]): PercentList[] {
  const lists: PercentList[] = [];
  for (const q of quantities) {
    const last = lists[lists.length - 1];
    if (last && LIST_GAP.test(text.slice(last.end, q.offset))) {
      last.items.push(q);
      last.end = q.offset + q.length;
    } else {
      lists.push({ items: [q], start: q.offset, end: q.offset + q.length });
    }
  }
  return lists;
}

function checkClaim(context: RuleContext, paragraph: Paragraph, from: PercentList, to: PercentList): void {
  const text = paragraph.text;
  const before = text.slice(Math.max(0, from.start - 40), from.start);
  const gap = text.slice(from.end, to.start);
  let verb: string | undefined;
  let up = true;
  let claimStart = from.start;
  const zhFrom = FROM_ZH.exec(before);
  const zhGap = zhFrom ? GAP_ZH.exec(gap) : null;
  if (zhFrom && zhGap) {
    verb = zhGap[1];
    up = UP_ZH.includes(verb);
    claimStart = from.start - (before.length - zhFrom.index);
  } else {
    const enFrom = FROM_EN.exec(before);
    if (!enFrom || !GAP_EN.test(gap)) return;
    verb = enFrom[1];
    up = UP_EN.test(verb);
    claimStart = from.start - (before.length - enFrom.index);
  }
  if (from.items.length !== to.items.length) return;

  for (let k = 0; k < from.items.length; k++) {
    const a = from.items[k];
    const b = to.items[k];
    const wrong = up ? b.value <= a.value : b.value >= a.value;
    if (!wrong) continue;
    const actual = b.value > a.value ? 'rise' : b.value < a.value ? 'fall' : 'same';
    const range = from.items.length === 1 ? rangeIn(paragraph, claimStart, to.end) : rangeIn(paragraph, b.offset, b.offset + b.length);
    const actualText = context.localize(rule.meta.messages[actual]);
    context.report({ message: 'direction', data: { verb, from: show(text, a), to: show(text, b), actual: actualText }, range });
    return;
  }

  if (from.items.length !== 1) return;
  const a = from.items[0];
  const b = to.items[0];
  const after = text.slice(to.end, to.end + 60);
  const diffZh = DIFF_ZH.exec(after);
  const diffEn = diffZh ? null : DIFF_EN.exec(after);
  const statedText = diffZh ? diffZh[2] : diffEn?.[1];
  if (!statedText) return;
  const stated = Number(statedText);
  const decimals = (s: string) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
  const actual = Math.abs(b.value - a.value);
  // Allow the rounding of the stated difference and of the figures: statistics offices compute the difference
  // from unrounded values (33.3% → 41.7% is “提高8.3个百分点” when they are 1/3 and 5/12), so each figure may be
  // off by half a unit of its last digit. Whole percentages with a whole difference (60% to 64%, “5 points”)
  // are taken as written, and 100% and 0% are exact.
  const precision = (q: Quantity) => (q.value === 100 || q.value === 0 ? Infinity : q.decimals);
  const dD = decimals(statedText);
  const rounding = (q: Quantity) => (precision(q) === Infinity || (precision(q) === 0 && dD === 0) ? 0 : 0.5 * 10 ** -precision(q));
  const tolerance = 0.5 * 10 ** -dD + rounding(a) + rounding(b) + 1e-9;
  if (Math.abs(actual - stated) <= tolerance) return;
  const expected = actual.toFixed(Math.max(a.decimals, b.decimals));
  const statedAt = to.end + (diffZh ? diffZh.index + diffZh[0].lastIndexOf(statedText) : diffEn!.index + diffEn![0].lastIndexOf(statedText));
  const statedRange = rangeIn(paragraph, statedAt, statedAt + statedText.length);
  context.report({
    message: 'difference',
    data: { from: show(text, a), to: show(text, b), expected, stated: statedText },
    range: statedRange,
    fix: { title: 'fix', data: { expected }, edits: [{ range: statedRange, newText: expected }] },
  });
}

function show(text: string, q: Quantity): string {
  return text.slice(q.offset, q.offset + q.length).replace(/\s+/g, '');
}
