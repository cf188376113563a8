// Income, expenditure and the balance between them, stated in one paragraph: 全年总收入1,286.4万元，总支出1,152.8万元，
// 收支结余153.6万元; "Income for the year was £2.51m and expenditure £2.38m, leaving a surplus of £0.31m".

import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import { endsSentenceAt, insideBrackets, sentenceStart } from './breakdowns/shared';

export interface Balance {
  income: Figure;
  spent: Figure;
  /** The surplus or deficit as stated. */
  balance: Figure;
  /** 结余, 赤字, surplus, deficit: as written. */
  label: string;
  /** The label names a deficit (赤字, 缺口, deficit, shortfall), or a balance written below zero (结余-86.8万元). */
  deficit: boolean;
  /** The label names neither side (差额, 收支相抵: income less expenditure, either way): only its size is checked. */
  neutral: boolean;
}

/** Money: the dimensions figures in a currency are read in. */
const MONEY = new Set(['元', 'USD', 'GBP', 'EUR', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'INR', 'JPY', 'CNY', 'RMB']);

// The words straight before each figure (what is left of the text since the figure before, or the clause start).
// 总收入, 本年收入合计, 全年收入, 食堂收入, 收入 (a few words naming whose, at the clause start); 为, 达, 是 or a colon after them.
// 收入2.6亿元、支出2.4亿元 (a 、 between them); 收入增至2.6亿元，支出降至2.4亿元 (the levels they rose or fell to).
const LEVEL_ZH = '(?:为|為|达到|達到|达|達|是|：|:|增至|增加至|增加到|增长至|增长到|增長至|增長到|升至|上升至|上升到|降至|下降至|下降到|减少至|减少到|減少至|減少到|减至|減至)';
const INCOME_ZH = new RegExp(`(?:^|[，,。；;：:、\\s])[\\u4e00-\\u9fff]{0,10}?(?:收入)(?:总额|合计|合計|共计|共計)?${LEVEL_ZH}?\\s*$`);
const SPENT_ZH = new RegExp(`(?:^|[，,。；;：:、\\s])[\\u4e00-\\u9fff]{0,10}?(?:支出)(?:总额|合計|合计|共计|共計)?${LEVEL_ZH}?\\s*$`);
const BALANCE_ZH = /(?:^|[，,。；;：:\s]|当年|當年|本年|全年)(?:收支相抵后?|收支)?(结余|結餘|盈余|盈餘|差额|差額|赤字|缺口|超支)(?:资金|資金|金额|金額)?(?:为|為|是|：|:)?\s*$/;
// Total income was, income for the year was, income of; expenditure, total spending, expenses for the year were.
// "Income rose to £2.6m and expenditure to £2.4m", "rose 4% to": the levels they rose or fell to (the verb left out the
// second time).
const LEVEL_EN = '(?:was|were|is|of|totalled|totaled|reached|amounted\\s+to|stood\\s+at|came\\s+to|(?:(?:rose|fell|increased|decreased|grew|dropped|went\\s+up|went\\s+down)\\s+)?(?:(?:by\\s+)?[\\d.]+\\s*(?:%|per\\s*cent)\\s+)?to)';
const INCOME_EN = new RegExp(`(?:^|[\\s,.;:(])(?:[Tt]otal\\s+)?(?:[Ii]ncome)(?:\\s+for\\s+the\\s+(?:year|period|quarter|half[- ]year|month|term))?(?:\\s+${LEVEL_EN})?\\s*:?\\s*$`);
const SPENT_EN = new RegExp(`(?:^|[\\s,.;:(])(?:[Tt]otal\\s+)?(?:[Ee]xpenditure|[Ss]pending|[Ee]xpenses)(?:\\s+for\\s+the\\s+(?:year|period|quarter|half[- ]year|month|term))?(?:\\s+${LEVEL_EN})?\\s*:?\\s*$`);
const BALANCE_EN = /(?:^|[\s,.;:(])(?:(?:leaving|giving|producing|resulting\s+in|with)\s+)?(?:(?:a|an|the)\s+)?(?:net\s+)?(surplus|deficit|shortfall)(?:\s+for\s+the\s+(?:year|period|quarter|half[- ]year|month|term))?(?:\s+(?:was|is|of))?\s*:?\s*$/i;
// A balance carried from before, or one built up over years, is not this period's income less its spending:
// 年初结转和结余, 累计结余, "accumulated surplus", reserves; nor one after other gains or losses ("after investment gains
// of £0.20m").
const NOT_PERIOD_BALANCE = /结转|結轉|年初|累计|累計|滚存|滾存|历年|歷年|accumulated|cumulative|brought\s+forward|carried\s+forward|after\s+(?:investment|other|gains|losses|transfers|depreciation)|before\s+(?:investment|other|gains|losses|transfers|depreciation)|operating/i;
const DEFICIT = /赤字|缺口|超支|deficit|shortfall/i;
const NEUTRAL = /差额|差額/;
/** The words before a figure, since the last figure (or the paragraph's start), at most this many characters. */
const GAP = 48;

/** The income, expenditure and balance stated one after another in a paragraph (money figures in one currency). */
export function readBalances(paragraph: Paragraph, all: readonly Figure[]): Balance[] {
  const text = paragraph.text;
  const found: Balance[] = [];
  // 收入2.6亿元，增长5.2%，支出2.4亿元，结余0.2亿元: a rate of change said with a level is passed over.
  const figures = all.some(isRate) ? all.filter((f) => !isRate(f)) : all;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [a, b, c] = [figures[i], figures[i + 1], figures[i + 2]];
    if (!MONEY.has(a.dimension) || b.dimension !== a.dimension || c.dimension !== a.dimension) continue;
    if (a.approximate || b.approximate || c.approximate || a.perUnit || b.perUnit || c.perUnit || a.words || b.words || c.words) continue;
    const before = i === 0 ? 0 : figures[i - 1].offset + figures[i - 1].length;
    const gapA = text.slice(Math.max(before, a.offset - GAP), a.offset);
    const gapB = text.slice(a.offset + a.length, b.offset);
    const gapC = text.slice(b.offset + b.length, c.offset);
    if (gapB.length > GAP || gapC.length > GAP) continue;
    const zh = INCOME_ZH.test(gapA) && SPENT_ZH.test(gapB);
    const en = !zh && INCOME_EN.test(gapA) && SPENT_EN.test(gapB);
    if (!zh && !en) continue;
    // 税收收入20.5亿元，非税收入5.2亿元，支出…: one part of the income, an income stated just before it in the sentence
    // (全年收入300万元，其中财政拨款收入280万元): the balance is of the whole.
    if (PART.test(gapA) || (i > 0 && incomeBefore(text, figures, i, zh ? INCOME_ZH : INCOME_EN))) continue;
    // 收入2.6亿元（财政拨款1.8亿元、事业收入0.8亿元）、支出… · 全年收入2.6亿元，其中财政拨款1.8亿元、事业收入0.8亿元；支出…: an
    // income inside a bracket, or after 其中 in its sentence, is a part of the income stated before it.
    if (i > 0) {
      const start = sentenceStart(text, a.offset, REACH);
      if (PART.test(text.slice(start, a.offset)) || insideBrackets(text, start, a.offset)) continue;
    }
    const label = (zh ? BALANCE_ZH : BALANCE_EN).exec(gapC);
    if (!label) continue;
    // The whole sentence: a balance carried over or accumulated, or one after other items, is another sum.
    const sentence = text.slice(sentenceStart(text, a.offset, REACH), sentenceEnd(text, c.offset + c.length));
    if (NOT_PERIOD_BALANCE.test(sentence) || NOT_PERIOD_BALANCE.test(gapA) || NOT_PERIOD_BALANCE.test(gapC)) continue;
    found.push({ income: a, spent: b, balance: c, label: label[1], deficit: DEFICIT.test(label[1]) !== c.value < 0, neutral: NEUTRAL.test(label[1]) });
    i += 2;
  }
  return found;
}

const isRate = (f: Figure) => f.dimension === '%' || f.dimension === '百分点';

/** 其中, of which, including: the figure after it is a part. */
const PART = /其中|其內|of\s+which|including/i;

/** The figure before figures[i], in the same sentence, is money in its currency led by an income's words too. */
function incomeBefore(text: string, figures: readonly Figure[], i: number, income: RegExp): boolean {
  const p = figures[i - 1];
  if (p.dimension !== figures[i].dimension) return false;
  if (sentenceStart(text, figures[i].offset, REACH) > p.offset) return false;
  const before = i === 1 ? 0 : figures[i - 2].offset + figures[i - 2].length;
  return income.test(text.slice(Math.max(before, p.offset - GAP), p.offset));
}

/** How far the sentence around a balance is read either side (a long paragraph of balances stays linear). */
const REACH = 300;

/** Where the sentence holding `at` ends (endsSentenceAt), at most REACH characters on. */
function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + REACH; i++) if (endsSentenceAt(text, i)) return i;
  return Math.min(text.length, at + REACH);
}
